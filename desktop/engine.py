"""The desktop's network and cache worker: one thread, headless, shared by the app and `tail`.

The engine owns the cache and the relay connection on a thread of its own
(an asyncio loop), so neither the network nor SQLite ever runs on the GUI
thread. It resumes the relay's stream from the cached cursor, reconnects
with exponential backoff and full jitter, applies catch-up in the relay's
batches, sends the outbox exactly once (the relay deduplicates by
`client_id`), and reports everything to a `Listener`, from its own thread:
the Qt side turns those calls into queued signals.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import shutil
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, ParamSpec, Protocol
from urllib.parse import quote

import httpx
import websockets
from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed, InvalidStatus, WebSocketException

from desktop import network
from desktop.account_state import AccountNotice
from desktop.cache import Cache, Changes, ConversationRow, MessageRow
from desktop.poster import is_video, poster_path, write_poster
from desktop.records import MessageRecord, record_of
from desktop.templates import Template, templates_of
from wire import (
    CLOSE_REVOKED,
    Event,
    EventsFrame,
    LiveFrame,
    ProtocolError,
    ResumeFrame,
    ResyncRequiredFrame,
    parse_server_frame,
)
from wire.answers import (
    ConversationInfo,
    RelayStatus,
    error_code,
    sent_event,
    uploaded_media_id,
)
from wire.content import Media
from wire.media import kind_of as media_kind

P = ParamSpec("P")
log = logging.getLogger(__name__)

BACKOFF_BASE = 1.0
BACKOFF_CAP = 30.0
# Connected this long, the next drop starts the backoff from the beginning again.
STABLE_SECONDS = 30.0
OUTBOX_RETRY = 5.0

# The media id of a file this desktop is sending, before the relay gave it Meta's.
LOCAL = "local:"
# Fetched media kept on this computer; the relay keeps its own copy, so this is a cache.
MEDIA_BUDGET = 1024 * 1024 * 1024

# Which page of a conversation: its newest messages, or those before or after a row;
# "around": a message and its neighbours (a jump to a quoted message).
PageKind = Literal["latest", "older", "newer", "around"]
# "failed": this computer, not the network, went wrong (`detail` is a `Failure`); the
# engine waits for the agent's retry rather than fail again in a loop.
Phase = Literal["connecting", "catching_up", "live", "waiting", "unauthorized", "failed", "stopped"]
# "disk": the local cache could not be read or written (a full disk, a broken file);
# "bug": our own code raised.
Failure = Literal["disk", "bug"]


@dataclass(frozen=True, slots=True)
class ConnectionState:
    """What the connection is doing; `retry_at` (monotonic) while `waiting`."""

    phase: Phase
    retry_at: float = 0.0
    detail: str = ""


class Listener(Protocol):
    """What the engine reports, always from its own thread."""

    def on_state(self, state: ConnectionState) -> None: ...
    def on_conversations(self, rows: list[ConversationRow]) -> None: ...
    def on_changes(self, changes: Changes, rows: list[ConversationRow]) -> None: ...
    def on_page(self, conversation: str, rows: list[MessageRow], kind: PageKind) -> None: ...
    def on_progress(self, done: int, total: int) -> None: ...
    def on_resync(self, reason: str) -> None: ...
    def on_search(self, text: str, conversations: list[str]) -> None: ...
    def on_media(self, media_id: str, path: str, error: str) -> None: ...
    def on_window(self, conversation: str, closes_at: int | None) -> None: ...
    def on_templates(self, templates: list[Template], error: str) -> None: ...
    def on_identity(self, agent: str, role: str) -> None: ...
    def on_account(self, notices: list[AccountNotice]) -> None: ...


class _Unauthorized(Exception):
    pass


class _Resync(Exception):
    """The cache was dropped at the relay's request; connect again at once."""


class Engine:
    """Runs the relay connection and the cache on its own thread."""

    def __init__(
        self,
        cache_path: Path | str,
        relay_url: str,
        token: str,
        listener: Listener,
        *,
        every_row: bool = False,
        media_budget: int = MEDIA_BUDGET,
    ) -> None:
        """`every_row`: report every changed message row (`tail`), not only the open
        conversation's (the app, whose timeline shows one). `media_budget`: bytes of
        fetched media kept beside the cache; the least recently used go first."""
        self._media_budget = media_budget
        self._every_row = every_row
        self._cache_path = cache_path
        self._relay_url = relay_url.rstrip("/")
        self._token = token
        self._listener = listener
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._cache: Cache | None = None
        self._http: httpx.AsyncClient | None = None
        self._open_conversation: str | None = None
        self._live = asyncio.Event()
        self._outbox_wakeup = asyncio.Event()
        self._kick = asyncio.Event()
        self._main_task: asyncio.Task[None] | None = None
        # Requests in flight (a media fetch, a page load): ended before the client closes.
        self._spawned: set[asyncio.Task[object]] = set()

    # -- lifecycle (any thread) -----------------------------------------------

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="puente-engine", daemon=True)
        self._thread.start()
        self._ready.wait(10)

    def stop(self) -> None:
        loop, thread, task = self._loop, self._thread, self._main_task
        if loop is None or thread is None or task is None or not thread.is_alive():
            return
        with contextlib.suppress(RuntimeError):  # the loop may have ended meanwhile
            loop.call_soon_threadsafe(task.cancel)
        thread.join(10)

    # -- requests from the GUI (any thread; results come back to the listener) --

    def send_text(self, conversation: str, text: str, reply_to: str | None = None) -> str:
        """Queue a reply; it shows as pending at once. Returns its client_id."""
        client_id = str(uuid.uuid4())
        body: dict[str, Any] = {"client_id": client_id, "to": conversation, "type": "text"}
        body["text"] = text
        if reply_to:
            body["reply_to"] = reply_to
        self._call(self._enqueue, client_id, conversation, body)
        return client_id

    def react(self, conversation: str, target: str, emoji: str) -> str:
        """Put the business's reaction on message `target` ("" takes it back); it shows at
        once and goes out through the outbox like a reply. Returns its client_id."""
        client_id = str(uuid.uuid4())
        body = {
            "client_id": client_id,
            "to": conversation,
            "type": "reaction",
            "target": target,
            "emoji": emoji,
        }
        self._call(self._enqueue, client_id, conversation, body)
        return client_id

    def send_template(self, conversation: str, template: Template, values: dict[str, str]) -> str:
        """Queue a template (the only message allowed once the 24-hour window closed);
        its bubble shows the text the customer will read. Returns its client_id."""
        client_id = str(uuid.uuid4())
        body: dict[str, Any] = {
            "client_id": client_id,
            "to": conversation,
            "type": "template",
            "template": {
                "name": template.name,
                "language": template.language,
                "components": template.components(values),
            },
        }
        self._call(self._enqueue, client_id, conversation, body, template.render(values))
        return client_id

    def retry(
        self, conversation: str, client_id: str | None, text: str | None, reply_to: str | None
    ) -> None:
        """Try a failed reply again: the same `client_id` when the relay refused it (Meta
        never took it), else (Meta took it, then it failed, or its fate is unknown) as a new
        text reply, so nothing is sent twice behind the agent's back."""
        self._call(self._retry, conversation, client_id, text, reply_to)

    def send_file(
        self,
        conversation: str,
        path: str,
        mime_type: str,
        caption: str = "",
        reply_to: str | None = None,
    ) -> str:
        """Queue a photo, video, audio, document or sticker (checked already with
        `wire.media.problem`): it is copied beside the cache at once, shows as pending with
        its own picture, and is uploaded to the relay when the outbox drains."""
        client_id = str(uuid.uuid4())
        self._call(self._queue_file, client_id, conversation, path, mime_type, caption, reply_to)
        return client_id

    def load_window(self, conversation: str) -> None:
        """Ask the relay when the conversation's 24-hour window closes (`on_window`)."""
        self._call(self._window, conversation)

    def load_templates(self, refresh: bool = False) -> None:
        """The business's approved templates (`on_templates`); `refresh` skips the relay's
        ten-minute cache."""
        self._call(self._templates, refresh)

    def fetch_media(self, media_id: str) -> None:
        """Bring a photo, video, audio or document from the relay into the media folder;
        `on_media` reports its path, or why it could not be had."""
        self._call(self._fetch_media, media_id)

    @property
    def media_dir(self) -> Path:
        """Where fetched media is kept: beside the cache, one folder per relay and token."""
        cache = Path(self._cache_path)
        return cache.with_name(cache.stem + "-media")

    def trim_media(self) -> int:
        """Keep fetched media within the budget, the least recently used leaving first;
        files still to be uploaded always stay. Returns the bytes freed (at start-up)."""
        folder = self.media_dir
        if not folder.is_dir():
            return 0
        files = [f for f in folder.iterdir() if f.is_file() and not f.name.startswith("upload-")]
        stats = {f: f.stat() for f in files}
        total = sum(st.st_size for st in stats.values())
        freed = 0
        # Last access where the filesystem records it, else last change.
        for file in sorted(files, key=lambda f: max(stats[f].st_atime, stats[f].st_mtime)):
            if total - freed <= self._media_budget:
                break
            with contextlib.suppress(OSError):
                file.unlink()
                freed += stats[file].st_size
        if freed:
            log.info("media folder trimmed by %d bytes", freed)
        return freed

    def jump_to(self, conversation: str, wamid: str, half: int = 100) -> None:
        """Load the message `wamid` with its neighbours (an "around" page; empty if it is not
        in the cache)."""
        self._call(self._around, conversation, wamid, half)

    def open_conversation(self, conversation: str | None) -> None:
        """The conversation on screen: its unread count clears and stays clear."""
        self._call(self._open, conversation)

    def load_page(
        self,
        conversation: str,
        kind: PageKind,
        anchor: tuple[int, int] | None = None,
        limit: int = 200,
    ) -> None:
        """The newest page, or the page before or after `anchor` (timestamp, id)."""
        self._call(self._page, conversation, kind, anchor, limit)

    def search(self, text: str) -> None:
        self._call(self._search, text)

    def reconnect_now(self) -> None:
        """Skip the rest of the backoff wait."""
        self._call(self._kick.set)

    # -- the engine's thread ----------------------------------------------------

    def _call(
        self,
        fn: Callable[P, Coroutine[object, object, object] | object],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> None:
        """Run `fn(*args)` on the engine's thread; mypy checks the arguments against it."""
        if self._loop is None:
            raise RuntimeError("the engine is not running")
        self._loop.call_soon_threadsafe(lambda: self._spawn(fn, *args, **kwargs))

    def _spawn(
        self,
        fn: Callable[P, Coroutine[object, object, object] | object],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> None:
        try:
            result = fn(*args, **kwargs)
        except Exception:
            log.exception("engine request failed")
            return
        if asyncio.iscoroutine(result):
            task: asyncio.Task[object] = asyncio.ensure_future(result)
            task.add_done_callback(_log_failure)
            self._spawned.add(task)
            task.add_done_callback(self._spawned.discard)

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            self._main_task = loop.create_task(self._main())
            self._ready.set()
            with contextlib.suppress(asyncio.CancelledError):
                loop.run_until_complete(self._main_task)
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    async def _main(self) -> None:
        self._cache = Cache(self._cache_path)
        self._http = network.async_client(
            self._relay_url,
            headers={"Authorization": f"Bearer {self._token}"},
            timeout=httpx.Timeout(30.0, connect=10.0),
        )
        self._listener.on_conversations(self._cache.conversations())
        self._listener.on_account(self._cache.account_notices())
        # After the list is on screen: opening on the cache never waits for housekeeping.
        await asyncio.to_thread(self.trim_media)
        outbox = asyncio.create_task(self._drain_outbox())
        try:
            await self._connect_forever()
        finally:
            outbox.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await outbox
            for task in self._spawned:
                task.cancel()
            await asyncio.gather(*self._spawned, return_exceptions=True)
            await self._http.aclose()
            self._cache.close()
            self._listener.on_state(ConnectionState("stopped"))

    async def _connect_forever(self) -> None:
        attempt = 0
        while True:
            started = time.monotonic()
            try:
                await self._session()
            except _Unauthorized:
                self._listener.on_state(
                    ConnectionState("unauthorized", detail="the relay refused this token")
                )
                return
            except _Resync:
                attempt = 0
                continue
            # Everything the network or a server that is not (or not yet) a relay can do:
            # refused connections, handshakes gone wrong, bodies that are not the protocol.
            except (OSError, WebSocketException, httpx.HTTPError, ProtocolError,
                    TimeoutError) as exc:  # fmt: skip
                log.info("relay connection lost: %s", type(exc).__name__)
                detail = type(exc).__name__
            # Not the connection: retrying at once would fail the same way, so the agent
            # sees why and chooses when to try again (after freeing space, say).
            except sqlite3.Error:
                log.exception("the local cache failed")
                await self._failed("disk")
                attempt = 0
                continue
            except Exception:
                log.exception("the engine failed")
                await self._failed("bug")
                attempt = 0
                continue
            finally:
                self._live.clear()
            if time.monotonic() - started > STABLE_SECONDS:
                attempt = 0
            delay = random.uniform(0, min(BACKOFF_CAP, BACKOFF_BASE * 2**attempt))
            attempt += 1
            self._listener.on_state(ConnectionState("waiting", time.monotonic() + delay, detail))
            self._kick.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._kick.wait(), delay)

    async def _failed(self, failure: Failure) -> None:
        self._listener.on_state(ConnectionState("failed", detail=failure))
        self._kick.clear()
        await self._kick.wait()

    async def _session(self) -> None:
        assert self._cache is not None and self._http is not None
        self._listener.on_state(ConnectionState("connecting"))
        answer = await self._http.get("/api/status")
        if answer.status_code == 401:
            raise _Unauthorized
        answer.raise_for_status()
        status = RelayStatus.parse(answer.content)
        # Who this token is: an admin's desktop shows the team and the numbers' state.
        self._listener.on_identity(status.agent, status.role)
        epoch, after = self._cache.cursor()
        if epoch is None:
            self._cache.reset(status.epoch)
            epoch = status.epoch
        ws_url = "ws" + self._relay_url.removeprefix("http") + "/api/ws"
        try:
            connection = await websockets.connect(
                ws_url,
                additional_headers={"Authorization": f"Bearer {self._token}"},
                open_timeout=10,
                ping_interval=20,
                ping_timeout=20,
                max_size=None,
                **network.websocket_options(ws_url),
            )
        except InvalidStatus as exc:
            if exc.response.status_code == 401:
                raise _Unauthorized from exc
            raise
        async with connection:
            await connection.send(ResumeFrame(epoch, after).to_text())
            await self._stream(connection, epoch, after, status.head)

    async def _stream(self, ws: ClientConnection, epoch: str, after: int, head: int) -> None:
        assert self._cache is not None
        start, total = after, max(0, head - after)
        seq = after
        if total:
            self._listener.on_state(ConnectionState("catching_up"))
            self._listener.on_progress(0, total)
        try:
            async for text in ws:
                frame = parse_server_frame(text)
                if isinstance(frame, ResyncRequiredFrame):
                    self._resync(frame)
                    raise _Resync
                if isinstance(frame, LiveFrame):
                    if total:
                        self._listener.on_progress(total, total)
                    self._listener.on_state(ConnectionState("live"))
                    self._live.set()
                    self._outbox_wakeup.set()
                    continue
                assert isinstance(frame, EventsFrame)
                if not frame.events:
                    continue
                seq = frame.events[-1].seq
                self._apply(epoch, seq, frame.events)
                if total and not self._live.is_set():
                    self._listener.on_progress(min(seq - start, total), total)
        except ConnectionClosed as closed:
            if closed.rcvd is not None and closed.rcvd.code == CLOSE_REVOKED:
                raise _Unauthorized from closed
            raise

    def _apply(self, epoch: str, seq: int, events: tuple[Event, ...]) -> None:
        assert self._cache is not None
        records = [record_of(event) for event in events]
        changes = self._cache.apply(
            epoch,
            seq,
            records,
            open_conversation=self._open_conversation,
            rows_of=True if self._every_row else self._open_conversation,
        )
        self._report(changes)

    def _report(self, changes: Changes) -> None:
        assert self._cache is not None
        rows = self._cache.conversations(changes.conversations) if changes.conversations else []
        self._listener.on_changes(changes, rows)
        if changes.account:
            self._listener.on_account(self._cache.account_notices())

    def _resync(self, frame: ResyncRequiredFrame) -> None:
        assert self._cache is not None
        log.warning("relay asked for a resync (%s)", frame.reason)
        self._cache.reset(frame.epoch)
        self._listener.on_resync(frame.reason)
        self._listener.on_conversations(self._cache.conversations())
        self._listener.on_account(self._cache.account_notices())

    # -- requests ---------------------------------------------------------------

    def _enqueue(
        self,
        client_id: str,
        conversation: str,
        body: dict[str, Any],
        preview: str | None = None,
        content: Media | None = None,
    ) -> None:
        assert self._cache is not None
        now = int(time.time())
        self._report(self._cache.enqueue(client_id, conversation, body, now, preview, content))
        self._outbox_wakeup.set()

    def _queue_file(
        self,
        client_id: str,
        conversation: str,
        path: str,
        mime_type: str,
        caption: str,
        reply_to: str | None,
    ) -> None:
        kind = media_kind(mime_type) or "document"
        # A copy of our own: the outbox must survive the original moving or a restart.
        self.media_dir.mkdir(parents=True, exist_ok=True)
        kept = self.media_dir / f"upload-{client_id}{Path(path).suffix.lower()[:10]}"
        shutil.copyfile(path, kept)
        filename = Path(path).name
        body: dict[str, Any] = {"client_id": client_id, "to": conversation, "type": kind}
        if caption and kind in ("image", "video", "document"):
            body["caption"] = caption
        if kind == "document":
            body["filename"] = filename
        if reply_to:
            body["reply_to"] = reply_to
        body["upload"] = {"path": str(kept), "mime_type": mime_type, "filename": filename}
        local = Media(
            kind,
            LOCAL + client_id,
            mime_type,
            filename if kind == "document" else None,
            # Ogg Opus audio is what WhatsApp shows as a voice note.
            voice=kind == "audio" and mime_type.startswith("audio/ogg"),
        )
        self._enqueue(client_id, conversation, body, caption or None, local)

    async def _upload(self, client_id: str, body: dict[str, Any]) -> float | str | None:
        """Upload a queued file to the relay; None when done (the body now names the media
        id, also in the outbox), seconds to wait, or the code it was refused with."""
        assert self._cache is not None and self._http is not None
        upload = body["upload"]
        try:
            content = await asyncio.to_thread(Path(upload["path"]).read_bytes)
        except OSError:
            return "media_error"  # the kept copy is gone: nothing can be sent
        try:
            answer = await self._http.post(
                "/api/media",
                params={"filename": upload["filename"]},
                content=content,
                headers={"Content-Type": upload["mime_type"]},
                timeout=httpx.Timeout(300.0, connect=10.0),
            )
        except httpx.HTTPError:
            return OUTBOX_RETRY
        if answer.status_code != 201:
            error = _error_code(answer)
            wait = self._later(answer, error)
            return error if wait is None else wait
        try:
            body["media_id"] = uploaded_media_id(answer.content)
        except ProtocolError:
            log.warning("the relay's upload answer is not the protocol; will retry")
            return OUTBOX_RETRY
        del body["upload"]
        self._cache.rewrite(client_id, body)
        return None

    def _retry(
        self, conversation: str, client_id: str | None, text: str | None, reply_to: str | None
    ) -> None:
        assert self._cache is not None
        changes = self._cache.retry(client_id) if client_id else None
        if changes is not None:
            self._report(changes)
            self._outbox_wakeup.set()
        elif text:
            self.send_text(conversation, text, reply_to)

    async def _window(self, conversation: str) -> None:
        assert self._http is not None
        try:
            answer = await self._http.get(f"/api/conversations/{quote(conversation, safe='')}")
        except httpx.HTTPError:
            return  # offline: the window stays as last known
        if answer.status_code == 404:
            self._listener.on_window(conversation, None)  # the customer never wrote
        elif answer.status_code == 200:
            try:
                info = ConversationInfo.parse(answer.content)
            except ProtocolError:
                log.warning("the relay's conversation answer is not the protocol")
                return
            self._listener.on_window(conversation, info.window_closes_at)

    async def _templates(self, refresh: bool) -> None:
        assert self._http is not None
        try:
            answer = await self._http.get(
                "/api/templates", params={"refresh": 1} if refresh else {}
            )
        except httpx.HTTPError:
            self._listener.on_templates([], "relay_unreachable")
            return
        if answer.status_code != 200:
            self._listener.on_templates([], _error_code(answer))
            return
        self._listener.on_templates(templates_of(answer.json()), "")

    def _open(self, conversation: str | None) -> None:
        assert self._cache is not None
        self._open_conversation = conversation
        if conversation is not None:
            self._report(self._cache.mark_read(conversation))

    def _page(
        self, conversation: str, kind: PageKind, anchor: tuple[int, int] | None, limit: int
    ) -> None:
        assert self._cache is not None
        if kind == "newer" and anchor is not None:
            rows = self._cache.page_after(conversation, anchor, limit)
        else:
            rows = self._cache.page(conversation, anchor if kind == "older" else None, limit)
        self._listener.on_page(conversation, rows, kind)

    def _around(self, conversation: str, wamid: str, half: int) -> None:
        assert self._cache is not None
        rows = self._cache.page_around(conversation, wamid, half)
        self._listener.on_page(conversation, rows, "around")

    async def _fetch_media(self, media_id: str) -> None:
        assert self._http is not None
        if media_id.startswith(LOCAL):
            # A file this desktop is sending: its kept copy, until the relay has it.
            kept = sorted(self.media_dir.glob(f"upload-{media_id.removeprefix(LOCAL)}*"))
            self._listener.on_media(media_id, str(kept[0]) if kept else "", "" if kept else "gone")
            return
        # Meta's ids are digits; anything else must not become a path.
        name = "".join(c for c in media_id if c.isalnum() or c in "-_.")[:120] or "media"
        target = self.media_dir / name
        if target.exists():
            if is_video(target) and not poster_path(target).exists():
                await asyncio.to_thread(write_poster, target)
            self._listener.on_media(media_id, str(target), "")
            return
        error = ""
        video = False
        try:
            async with self._http.stream("GET", f"/api/media/{quote(media_id, safe='')}") as got:
                if got.status_code != 200:
                    await got.aread()
                    error = _error_code(got)
                else:
                    self.media_dir.mkdir(parents=True, exist_ok=True)
                    partial = target.with_suffix(".part")
                    with partial.open("wb") as out:
                        async for chunk in got.aiter_bytes():
                            out.write(chunk)
                    partial.replace(target)  # never a half file under the real name
                    video = got.headers.get("content-type", "").startswith("video/")
        except httpx.HTTPError as exc:
            error = "relay_unreachable"
            log.info("media %s not fetched: %s", media_id, type(exc).__name__)
        except OSError as exc:
            error = "disk_error"
            log.warning("media %s not stored: %s", media_id, exc)
        if video and not error:
            # Decoding takes a few ms to a few hundred: not on this loop.
            await asyncio.to_thread(write_poster, target)
        self._listener.on_media(media_id, "" if error else str(target), error)

    def _search(self, text: str) -> None:
        assert self._cache is not None
        self._listener.on_search(text, self._cache.search(text) if text else [])

    async def _drain_outbox(self) -> None:
        """Send queued replies in order whenever the relay is reachable."""
        assert self._cache is not None
        while True:
            await self._outbox_wakeup.wait()
            self._outbox_wakeup.clear()
            if not self._live.is_set():
                continue
            for item in self._cache.outbox():
                wait = await self._send(item.client_id, dict(item.body))
                if wait is not None:
                    # Not taken yet: try again later (or as soon as the stream is back).
                    loop = asyncio.get_running_loop()
                    loop.call_later(wait, self._outbox_wakeup.set)
                    break

    async def _send(self, client_id: str, body: dict[str, Any]) -> float | None:
        """POST one reply; None when settled, else seconds to wait before trying again."""
        assert self._cache is not None and self._http is not None
        if "upload" in body:
            uploaded = await self._upload(client_id, body)
            if isinstance(uploaded, float):
                return uploaded
            if isinstance(uploaded, str):
                log.info("upload for %s refused: %s", client_id, uploaded)
                self._report(self._cache.fail(client_id, uploaded))
                return None
        try:
            answer = await self._http.post("/api/messages", json=body)
        except httpx.HTTPError as exc:
            log.info("send %s not answered (%s); will retry", client_id, type(exc).__name__)
            return OUTBOX_RETRY
        if answer.status_code in (200, 201, 202):
            # Taken: whatever the answer's body, the stream brings the message's event.
            try:
                event = sent_event(answer.content)
            except ProtocolError:
                log.warning("the relay's send answer is not the protocol")
                return None
            record = record_of(event) if event is not None else None
            if isinstance(record, MessageRecord):
                self._report(self._cache.apply_answer(record))
            return None
        error = _error_code(answer)
        wait = self._later(answer, error)
        if wait is not None:
            return wait
        log.info("send %s refused: %s", client_id, error)
        self._report(self._cache.fail(client_id, error))
        return None

    def _later(self, answer: httpx.Response, error: str) -> float | None:
        """Seconds to wait when the relay's refusal of an upload or a send is for now (busy,
        the token refused until the stream says why, a server error); None when for good."""
        if answer.status_code in (429, 503) or error == "send_in_progress":
            return float(answer.headers.get("retry-after") or OUTBOX_RETRY)
        if answer.status_code == 401:
            self._live.clear()
            return OUTBOX_RETRY
        if answer.status_code >= 500:
            return OUTBOX_RETRY
        return None


def _error_code(answer: httpx.Response) -> str:
    return error_code(answer.content) or f"http_{answer.status_code}"


def _log_failure(task: asyncio.Task[object]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("engine request failed", exc_info=task.exception())
