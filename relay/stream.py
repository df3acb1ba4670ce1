"""One desktop's WebSocket session: resume from a cursor, catch up from the log, then go live."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from starlette.websockets import WebSocket, WebSocketState

from relay.hub import Hub, Stop, Subscriber, events_frame
from relay.presence import Presence
from relay.store import Page, Store
from wire.frames import (
    CLOSE_BAD_FRAME,
    CLOSE_OUTDATED,
    CLOSE_REVOKED,
    CLOSE_TOO_SLOW,
    MAX_SEQ,
    OLDEST_DESKTOP,
    OLDEST_PROTOCOL,
    PROTOCOL,
    HelloFrame,
    LiveFrame,
    ProtocolError,
    ResumeFrame,
    ResyncRequiredFrame,
    parse_client_frame,
    parse_presence_frame,
)

log = logging.getLogger(__name__)

PAGE_SIZE = 500
RESUME_TIMEOUT = 10.0
# A peer that cannot take one frame in this long is too slow to keep live.
SEND_TIMEOUT = 15.0
# A too-slow peer's close frame queues behind what its socket already holds;
# give it this long to read up to it before the connection is dropped.
CLOSE_GRACE = 30.0

ReadPage = Callable[[int, int], Awaitable[Page]]


@dataclass(frozen=True, slots=True)
class Release:
    """The desktop release to offer agents (settings DESKTOP_LATEST_VERSION and
    DESKTOP_DOWNLOAD_URL); both None when the relay offers none."""

    version: str | None = None
    download_url: str | None = None


class TooSlow(Exception):
    """The desktop did not read its frames in time."""


class StreamSession:
    """Serves `WS /api/ws` for one authenticated agent (docs/protocol.md)."""

    def __init__(
        self,
        ws: WebSocket,
        agent: str,
        store: Store,
        hub: Hub,
        read_page: ReadPage,
        presence: Presence,
        release: Release | None = None,
    ) -> None:
        self._ws = ws
        self._agent = agent
        self._store = store
        self._hub = hub
        self._read_page = read_page
        self._presence = presence
        self._release = release or Release()

    async def run(self) -> None:
        await self._ws.accept()
        try:
            first = await asyncio.wait_for(self._ws.receive(), RESUME_TIMEOUT)
        except TimeoutError:
            await self._close(CLOSE_BAD_FRAME, "no resume frame")
            return
        if first["type"] == "websocket.disconnect":
            return
        try:
            resume = parse_client_frame(first.get("text") or first.get("bytes") or b"")
        except ProtocolError as exc:
            await self._close(CLOSE_BAD_FRAME, str(exc)[:120])
            return
        if resume.protocol is not None:
            # A desktop that says its protocol hears the relay's first (older ones, which
            # did not, would not understand the frame and get none).
            outdated = resume.protocol < OLDEST_PROTOCOL
            hello = HelloFrame(
                PROTOCOL,
                OLDEST_PROTOCOL,
                OLDEST_DESKTOP,
                self._release.version,
                self._release.download_url,
                update_required=outdated,
            )
            await self._send_text(hello.to_text())
            if outdated:
                log.info(
                    "desktop of agent %r speaks protocol %d (oldest served: %d)",
                    self._agent,
                    resume.protocol,
                    OLDEST_PROTOCOL,
                )
                await self._close(CLOSE_OUTDATED, "update the desktop")
                return
        subscriber = self._hub.subscribe(self._agent)
        try:
            sender = asyncio.create_task(self._send(resume, subscriber))
            receiver = asyncio.create_task(self._receive(subscriber))
            done, pending = await asyncio.wait(
                {sender, receiver}, return_when=asyncio.FIRST_COMPLETED
            )
            for task in pending:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
            for task in done:
                failure = task.exception()
                if isinstance(failure, TooSlow):
                    log.info("stream of agent %r closed: too slow", self._agent)
                    await self._close(
                        CLOSE_TOO_SLOW, "too slow; resume from your last seq", CLOSE_GRACE
                    )
                elif failure is not None and not isinstance(failure, ConnectionError):
                    log.warning("stream failed", exc_info=failure)
                    await self._close(1011, "internal error")
        finally:
            self._presence.leave(subscriber)
            self._hub.unsubscribe(subscriber)

    async def _receive(self, subscriber: Subscriber) -> None:
        # After the resume frame a desktop sends only presence; a malformed frame is
        # ignored (presence is a courtesy, not worth a reconnection).
        while True:
            message = await self._ws.receive()
            if message["type"] == "websocket.disconnect":
                return
            try:
                frame = parse_presence_frame(message.get("text") or message.get("bytes") or b"")
            except ProtocolError:
                continue
            self._presence.said(subscriber, frame)

    async def _send(self, resume: ResumeFrame, subscriber: Subscriber) -> None:
        if resume.after > MAX_SEQ:
            # No seq can be that high: the cursor is not from this relay's log.
            reason: str | None = "cursor_ahead"
        else:
            reason = self._resync_reason(resume, await self._read_page(resume.after, 1))
        if reason is not None:
            await self._send_text(ResyncRequiredFrame(self._store.epoch, reason).to_text())
            await self._close(1000, "resync required")
            return
        cursor = resume.after
        while True:  # catch up from the log; live batches queue meanwhile
            if subscriber.revoked:
                await self._close(CLOSE_REVOKED, "token revoked")
                return
            if subscriber.overflowed:
                subscriber.reset()  # what it dropped is in the log: read on
            page = await self._read_page(cursor, PAGE_SIZE)
            if page.events:
                await self._send_text(events_frame(page.events))
                cursor = page.events[-1].seq
            elif not subscriber.overflowed:
                break
        await self._send_text(LiveFrame(cursor).to_text())
        for notice in self._presence.join(subscriber):
            await self._send_text(notice)
        while True:
            batch = await subscriber.next()
            if batch is Stop.REVOKED:
                await self._close(CLOSE_REVOKED, "token revoked")
                return
            if batch is Stop.TOO_SLOW:
                raise TooSlow
            if isinstance(batch, str):
                await self._send_text(batch)
                continue
            if batch.last <= cursor:
                continue
            if batch.first > cursor:
                await self._send_text(batch.frame)
            else:
                await self._send_text(events_frame([e for e in batch.events if e.seq > cursor]))
            cursor = batch.last

    def _resync_reason(self, resume: ResumeFrame, page: Page) -> str | None:
        if resume.epoch is not None and resume.epoch != self._store.epoch:
            return "epoch_changed"
        if resume.after > page.head:
            return "cursor_ahead"
        if resume.after < page.floor:
            return "cursor_expired"
        return None

    async def _send_text(self, text: str) -> None:
        try:
            # asyncio.timeout, not wait_for: no task per frame (measured hot with 100 desktops).
            async with asyncio.timeout(SEND_TIMEOUT):
                await self._ws.send_text(text)
        except TimeoutError:
            raise TooSlow from None

    async def _close(self, code: int, reason: str, grace: float = 2.0) -> None:
        if self._ws.application_state != WebSocketState.CONNECTED:
            return
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self._ws.close(code, reason), grace)
