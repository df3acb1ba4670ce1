"""The feed of committed events into this instance's hub, in seq order, whoever committed them.

This instance's own commits arrive with their events (`committed`) and go
straight out when they follow the last seq published. Another instance's
commits arrive as a head only (`advance`), and the events up to it are read
from the log; so is any own batch that would otherwise jump ahead of them.
The hub therefore sees every seq once, in order, on one instance or several.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence

from relay.store import Page, StoredEvent

log = logging.getLogger(__name__)

PAGE = 1000
RETRY_SECONDS = 0.5


class Tail:
    """Publishes each seq once, in order, reading from the log whatever it was not handed."""

    def __init__(
        self,
        publish: Callable[[Sequence[StoredEvent]], None],
        read_page: Callable[[int, int], Awaitable[Page]],
        head: int,
    ) -> None:
        self._publish = publish
        self._read_page = read_page
        self.published = head
        self._wanted = head
        self._reading: asyncio.Task[None] | None = None

    def committed(self, events: Sequence[StoredEvent]) -> None:
        """This instance committed `events` (in seq order), now durable."""
        if not events:
            return
        if self._reading is None and events[0].seq == self.published + 1:
            self.published = events[-1].seq
            self._wanted = max(self._wanted, self.published)
            self._publish(events)
            return
        self.advance(events[-1].seq)

    def advance(self, head: int) -> None:
        """Some instance has committed up to `head`."""
        if head <= self._wanted:
            return
        self._wanted = head
        if self._reading is None:
            self._reading = asyncio.get_running_loop().create_task(self._catch_up(), name="tail")

    async def stop(self) -> None:
        if self._reading is not None:
            self._reading.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reading

    async def _catch_up(self) -> None:
        try:
            while self.published < self._wanted:
                try:
                    page = await self._read_page(self.published, PAGE)
                except Exception as exc:  # noqa: BLE001 - any failure: the log is read again
                    log.warning("cannot read committed events (%s); retrying", exc)
                    await asyncio.sleep(RETRY_SECONDS)
                    continue
                if not page.events:
                    # A head from a transaction not visible yet here; the next advance says.
                    self._wanted = self.published
                    break
                self.published = page.events[-1].seq
                self._wanted = max(self._wanted, self.published)
                self._publish(page.events)
        finally:
            self._reading = None
