"""Group commit of webhook deliveries: durable acceptance first, processing into events after.

Each cycle is one fsync'd transaction that accepts every delivery waiting for
its 200 and processes a slice of the accepted backlog into events. While
deliveries keep arriving the slice stays small, so Meta's acknowledgements
never wait for parsing; when they pause, the backlog drains in large slices.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

from relay.errors import StorageError
from relay.store import Delivery, Received, Store, StoredEvent
from relay.webhook import parse_delivery

log = logging.getLogger(__name__)

MAX_ACCEPT = 256
# Processing per cycle while deliveries wait for their 200, and when none do.
BUSY_SLICE = 24
IDLE_SLICE = 256
# Parsing and staging this much on the event loop would stall it for milliseconds.
ON_LOOP_BYTES = 256 * 1024
# The in-memory backlog; beyond it, processing reads the inbox back from the database.
BACKLOG_BYTES = 64 * 1024 * 1024
RETRY_SECONDS = 0.2


class Journal:
    """Accepts deliveries durably, turns them into events, and hands events to `publish`."""

    def __init__(self, store: Store, publish: Callable[[Sequence[StoredEvent]], None]) -> None:
        self._store = store
        self._publish = publish
        self._pending: list[tuple[bytes, int, asyncio.Future[None]]] = []
        self._backlog: deque[Received] = deque()
        self._backlog_bytes = 0
        # Set while part of the backlog lives only in the database (after a restart,
        # or when memory filled up): the last inbox id read back so far.
        self._unread_after: int | None = 0
        self._wakeup = asyncio.Event()
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="relay-writer")
        self._task: asyncio.Task[None] | None = None
        self.head = store.head()

    @property
    def backlog(self) -> int:
        """Accepted deliveries not yet processed (in memory)."""
        return len(self._backlog)

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="journal")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self._writer.shutdown(wait=True)

    async def append(self, body: bytes, received_at: int) -> None:
        """Return once the delivery is durably in the inbox; raise StorageError if it is not."""
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._pending.append((body, received_at, future))
        self._wakeup.set()
        # A client hanging up cancels only its own future; the shared commit goes on.
        await future

    async def _run(self) -> None:
        while True:
            if not self._pending and not self._backlog and self._unread_after is None:
                await self._wakeup.wait()
            self._wakeup.clear()
            try:
                await self._cycle()
            except StorageError as exc:
                log.error("storage failing, retrying in %.1f s: %s", RETRY_SECONDS, exc)
                await asyncio.sleep(RETRY_SECONDS)

    async def _cycle(self) -> None:
        loop = asyncio.get_running_loop()
        if not self._backlog and self._unread_after is not None:
            await self._read_back()
        arrivals, self._pending = self._pending[:MAX_ACCEPT], self._pending[MAX_ACCEPT:]
        slice_size = BUSY_SLICE if arrivals else IDLE_SLICE
        work = [self._backlog[i] for i in range(min(slice_size, len(self._backlog)))]
        heavy = sum(len(r.body) for r in work) + sum(len(b) for b, _, _ in arrivals) > ON_LOOP_BYTES
        try:
            if heavy:
                accepted, events = await loop.run_in_executor(
                    self._writer, self._transact_and_commit, arrivals, work
                )
            else:
                accepted, events = self._transact(arrivals, work)
                await loop.run_in_executor(self._writer, self._store.commit)
        except StorageError as exc:
            self._store.rollback()
            await self._recover(arrivals, work, exc)
            return
        self._settle(arrivals, accepted, len(work), events)

    def _transact(
        self, arrivals: Sequence[tuple[bytes, int, asyncio.Future[None]]], work: Sequence[Received]
    ) -> tuple[list[Received], list[StoredEvent]]:
        store = self._store
        store.begin()
        accepted = [store.accept(body, received_at) for body, received_at, _ in arrivals]
        events: list[StoredEvent] = []
        for received in work:
            events.extend(store.process(_parsed(received)))
        return accepted, events

    def _transact_and_commit(
        self, arrivals: Sequence[tuple[bytes, int, asyncio.Future[None]]], work: Sequence[Received]
    ) -> tuple[list[Received], list[StoredEvent]]:
        result = self._transact(arrivals, work)
        self._store.commit()
        return result

    def _settle(
        self,
        arrivals: Sequence[tuple[bytes, int, asyncio.Future[None]]],
        accepted: Sequence[Received],
        processed: int,
        events: list[StoredEvent],
    ) -> None:
        for _ in range(processed):
            self._backlog_bytes -= len(self._backlog.popleft().body)
        for (_, _, future), received in zip(arrivals, accepted, strict=True):
            if not future.done():
                future.set_result(None)
            self._remember(received)
        if events:
            self.head = events[-1].seq
            self._publish(events)

    def _remember(self, received: Received) -> None:
        if self._unread_after is not None:
            return  # it is read back from the inbox, in order, after what precedes it
        if self._backlog_bytes + len(received.body) > BACKLOG_BYTES and self._backlog:
            self._unread_after = self._backlog[-1].inbox_id
            return
        self._backlog.append(received)
        self._backlog_bytes += len(received.body)

    async def _read_back(self) -> None:
        assert self._unread_after is not None
        loop = asyncio.get_running_loop()
        rows = await loop.run_in_executor(self._writer, self._store.inbox, self._unread_after, 256)
        if not rows:
            self._unread_after = None
            return
        if self._unread_after == 0:
            log.info("processing deliveries left in the inbox by the previous run")
        for received in rows:
            self._backlog.append(received)
            self._backlog_bytes += len(received.body)
        self._unread_after = rows[-1].inbox_id

    async def _recover(
        self,
        arrivals: Sequence[tuple[bytes, int, asyncio.Future[None]]],
        work: Sequence[Received],
        error: StorageError,
    ) -> None:
        """A cycle failed: accept the arrivals on their own, then process one by one.

        If even accepting fails, storage is down: the arrivals get StorageError
        (Meta retries) and the caller waits before the next cycle. A delivery whose
        processing fails alone is quarantined, so one bad body never blocks the rest.
        """
        loop = asyncio.get_running_loop()
        if arrivals:
            try:
                accepted, _ = await loop.run_in_executor(
                    self._writer, self._transact_and_commit, arrivals, []
                )
            except StorageError as exc:
                self._store.rollback()
                for _, _, future in arrivals:
                    if not future.done():
                        future.set_exception(exc)
                raise
            self._settle(arrivals, accepted, 0, [])
        for received in work:
            try:
                _, events = await loop.run_in_executor(
                    self._writer, self._transact_and_commit, [], [received]
                )
            except StorageError as exc:
                self._store.rollback()
                log.error("quarantining inbox delivery %d: %s", received.inbox_id, exc)
                events = await loop.run_in_executor(self._writer, self._quarantine, received, exc)
            self._settle([], [], 1, events)
        log.warning("recovered from a failed cycle: %s", error)

    def _quarantine(self, received: Received, error: StorageError) -> list[StoredEvent]:
        store = self._store
        store.begin()
        events = store.quarantine(
            Delivery(received.inbox_id, received.body, received.received_at, []), str(error)
        )
        store.commit()
        return events


def _parsed(received: Received) -> Delivery:
    drafts = parse_delivery(received.body, received.received_at)
    return Delivery(received.inbox_id, received.body, received.received_at, drafts)
