"""Group commit: deliveries that arrive while a commit is in flight share the next one."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

from relay.errors import StorageError
from relay.store import Delivery, Store, StoredEvent

log = logging.getLogger(__name__)

MAX_BATCH = 512


class Journal:
    """Appends deliveries to the store durably and hands what they add to `publish`.

    One fsync serves every delivery waiting when a commit starts, so throughput
    grows with concurrency instead of being capped by the disk's sync latency.
    """

    def __init__(self, store: Store, publish: Callable[[Sequence[StoredEvent]], None]) -> None:
        self._store = store
        self._publish = publish
        self._pending: list[tuple[Delivery, asyncio.Future[list[StoredEvent]]]] = []
        self._wakeup = asyncio.Event()
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="relay-writer")
        self._task: asyncio.Task[None] | None = None
        self.head = store.head()

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="journal")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self._writer.shutdown(wait=True)

    async def append(self, delivery: Delivery) -> list[StoredEvent]:
        """Return the delivery's new events once they are on disk; raise StorageError if not."""
        future: asyncio.Future[list[StoredEvent]] = asyncio.get_running_loop().create_future()
        self._pending.append((delivery, future))
        self._wakeup.set()
        # shield: a client hanging up must not cancel a commit that others share.
        return await asyncio.shield(future)

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            await self._wakeup.wait()
            self._wakeup.clear()
            while self._pending:
                batch, self._pending = self._pending[:MAX_BATCH], self._pending[MAX_BATCH:]
                deliveries = [delivery for delivery, _ in batch]
                try:
                    results = await loop.run_in_executor(
                        self._writer, self._store.ingest, deliveries
                    )
                except Exception as exc:
                    log.exception("commit failed")
                    results = [StorageError(str(exc))] * len(batch)
                added: list[StoredEvent] = []
                for (_, future), result in zip(batch, results, strict=True):
                    if isinstance(result, StorageError):
                        future.set_exception(result)
                    else:
                        added.extend(result)
                        future.set_result(result)
                if added:
                    added.sort(key=lambda event: event.seq)
                    self.head = max(self.head, added[-1].seq)
                    self._publish(added)
