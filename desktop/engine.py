"""The desktop's network and cache worker: one thread, headless, shared by the app and `tail`.

The engine owns the cache and the relay connection on a thread of its own
(an asyncio loop), so neither the network nor SQLite ever runs on the GUI
thread. It resumes the relay's stream from the cached cursor, reconnects
with exponential backoff and full jitter, applies catch-up in the relay's
batches, sends the outbox exactly once (the relay deduplicates by
`client_id`), and reports what happens to a `Listener`, from its own thread:
the Qt side turns those calls into queued signals. A request with an answer
(a page, a search, a file) returns a `concurrent.futures.Future` at once,
resolved on the engine's thread (`Session.deliver` brings it to a slot).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Coroutine
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, ParamSpec, Protocol, TypeVar
from urllib.parse import quote

import httpx
import websockets
from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed, InvalidStatus, WebSocketException

from desktop import __version__, network
from desktop.account_state import AccountNotice
from desktop.cache import Cache, Changes, ConversationRow, MessageRow, PageKind
from desktop.commands import FetchedMedia, TemplateList, Unavailable
from desktop.media_folder import MEDIA_BUDGET, MediaFolder
from desktop.outbox import Outbox
from desktop.records import record_of
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
    refusal,
    team_names,
)
from wire.frames import (
    CLOSE_OUTDATED,
    PROTOCOL,
    HelloFrame,
    PresenceFrame,
    PresenceNotice,
    PresenceState,
)
from wire.team import Label, QuickReply, TeamState
from wire.templates import Template, templates_of

P = ParamSpec("P")
T = TypeVar("T")
log = logging.getLogger(__name__)

# What the agent is doing is said again this often while it lasts (the relay forgets
# a state after 30 seconds).
PRESENCE_REFRESH = 10.0
BACKOFF_BASE = 1.0
BACKOFF_CAP = 30.0
# Connected this long, the next drop starts the backoff from the beginning again.
STABLE_SECONDS = 30.0


# "failed": this computer, not the network, went wrong (`detail` is a `Failure`); the
# engine waits for the agent's retry rather than fail again in a loop.
Phase = Literal[
    "connecting", "catching_up", "live", "waiting", "unauthorized", "outdated", "failed", "stopped"
]
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
    def on_progress(self, done: int, total: int) -> None: ...
    def on_resync(self, reason: str) -> None: ...
    def on_identity(self, agent: str, role: str) -> None: ...
    def on_account(self, notices: list[AccountNotice]) -> None: ...
    def on_presence(self, notice: PresenceNotice) -> None: ...
    def on_hello(self, hello: HelloFrame) -> None: ...


class _Unauthorized(Exception):
    pass


class _Outdated(Exception):
    """The relay no longer serves this desktop's protocol: it must be updated."""


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
        version: str = __version__,
        protocol: int = PROTOCOL,
    ) -> None:
        """`every_row`: report every changed message row (`tail`), not only the open
        conversation's (the app, whose timeline shows one). `media_budget`: bytes of
        fetched media kept beside the cache; the least recently used go first.
        `version` and `protocol`: what this desktop tells the relay it is."""
        self._version = version
        self._protocol = protocol
        cache = Path(cache_path)
        self._media = MediaFolder(cache.with_name(cache.stem + "-media"), media_budget)
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
        self._outbox = Outbox(self._media, self._report, self._live)
        self._kick = asyncio.Event()
        self._main_task: asyncio.Task[None] | None = None
        # Requests in flight (a media fetch, a page load): ended before the client closes.
        self._spawned: set[asyncio.Task[object]] = set()
        # The socket while connected, and what this agent is doing (said again every
        # PRESENCE_REFRESH seconds while it lasts, and after each reconnection).
        self._ws: ClientConnection | None = None
        self._presence: PresenceFrame | None = None

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
        self._call(self._outbox.enqueue, client_id, conversation, body)
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
        self._call(self._outbox.enqueue, client_id, conversation, body)
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
        self._call(self._outbox.enqueue, client_id, conversation, body, template.render(values))
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
        self._call(
            self._outbox.queue_file, client_id, conversation, path, mime_type, caption, reply_to
        )
        return client_id

    def load_window(self, conversation: str) -> Future[int | None]:
        """When the conversation's 24-hour window closes (unix seconds; None if the customer
        never wrote), as the relay says; `Unavailable` offline."""
        return self._ask(self._window, conversation)

    def load_templates(self, refresh: bool = False) -> Future[TemplateList]:
        """The business's approved templates, or why there are none; `refresh` skips the
        relay's ten-minute cache."""
        return self._ask(self._templates, refresh)

    def fetch_media(self, media_id: str) -> Future[FetchedMedia]:
        """Bring a photo, video, audio or document from the relay into the media folder:
        its path, or why it could not be had."""
        return self._ask(self._fetch_media, media_id)

    @property
    def media_dir(self) -> Path:
        """Where fetched media is kept: beside the cache, one folder per relay and token."""
        return self._media.path

    def trim_media(self) -> int:
        """Keep fetched media within its budget (`MediaFolder.trim`); the bytes freed."""
        return self._media.trim()

    def jump_to(self, conversation: str, wamid: str, half: int = 100) -> Future[list[MessageRow]]:
        """The message `wamid` with its neighbours, oldest first (empty if it is not in the
        cache)."""
        return self._read(self._around, conversation, wamid, half)

    def mark_unread(self, conversation: str) -> None:
        """Show the conversation as unread on this desktop until the agent opens it."""
        self._call(self._mark_unread, conversation)

    def open_conversation(self, conversation: str | None) -> None:
        """The conversation on screen: its unread count clears and stays clear."""
        self._call(self._open, conversation)

    def load_page(
        self,
        conversation: str,
        kind: PageKind,
        anchor: tuple[int, int] | None = None,
        limit: int = 200,
    ) -> Future[list[MessageRow]]:
        """The newest page, or the page before or after `anchor` (timestamp, id)."""
        return self._read(self._page, conversation, kind, anchor, limit)

    def search(self, text: str) -> Future[list[str]]:
        """The conversations whose names or messages match `text`."""
        return self._read(self._search, text)

    def find_messages(self, text: str) -> Future[list[MessageRow]]:
        """The newest messages whose text contains `text`, newest first."""
        return self._read(self._find_messages, text)

    def reconnect_now(self) -> None:
        """Skip the rest of the backoff wait."""
        self._call(self._kick.set)

    def set_state(
        self, conversation: str, state: TeamState, snoozed_until: int | None = None
    ) -> None:
        """Resolve, reopen, mark pending or snooze a conversation (through the outbox:
        offline, it goes when the relay is back; its event shows it)."""
        body: dict[str, object] = {"state": state}
        if snoozed_until is not None:
            body["snoozed_until"] = snoozed_until
        self._call(self._outbox.change, _team_path(conversation, "state"), body)

    def assign(self, conversation: str, assignee: str | None) -> None:
        """Give a conversation to an agent (None: to nobody)."""
        body: dict[str, object] = {"assignee": assignee}
        self._call(self._outbox.change, _team_path(conversation, "assign"), body)

    def label(self, conversation: str, add: list[str], remove: list[str]) -> None:
        """Put labels on a conversation and take others off."""
        body: dict[str, object] = {"add": add, "remove": remove}
        self._call(self._outbox.change, _team_path(conversation, "labels"), body)

    def add_note(self, conversation: str, text: str, reply_to: str | None = None) -> None:
        """An internal note for the team; never sent to the customer."""
        body: dict[str, object] = {"conversation": conversation, "text": text}
        if reply_to:
            body["reply_to"] = reply_to
        self._call(self._outbox.change, "/api/notes", body)

    def load_team(self) -> Future[list[str]]:
        """The active agents' names, for assigning; `Unavailable` offline."""
        return self._ask(self._team)

    def put_quick_reply(self, shortcut: str, text: str) -> Future[str]:
        """Add or change a team quick reply; "" when the relay took it, else its code."""
        return self._ask(self._quick_reply, "PUT", shortcut, {"text": text})

    def delete_quick_reply(self, shortcut: str) -> Future[str]:
        """Delete a team quick reply (admins); "" when done, else the relay's code."""
        return self._ask(self._quick_reply, "DELETE", shortcut, None)

    def load_catalog(self) -> Future[tuple[list[Label], list[QuickReply]]]:
        """The team's labels and quick replies, as the events left them here."""
        return self._read(self._catalog)

    def mark_read(self, conversation: str, wamid: str, typing: bool = False) -> None:
        """Tell the customer (blue ticks) that their messages up to `wamid` were read, and
        with `typing` that a reply is being written. Best effort: not queued."""
        self._call(self._mark_read, conversation, wamid, typing)

    def set_presence(self, conversation: str | None, state: PresenceState) -> None:
        """What the agent is doing, for the other agents: viewing or typing in
        `conversation`; `idle` (or no conversation) says they stopped."""
        self._call(self._say_presence, conversation, state)

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

    def _ask(
        self, fn: Callable[P, Coroutine[object, object, T]], /, *args: P.args, **kwargs: P.kwargs
    ) -> Future[T]:
        """Run the coroutine `fn(*args)` on the engine's thread; its result as a future."""
        return self._submit(fn(*args, **kwargs))

    def _read(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        """Run `fn(*args)` (a cache read) on the engine's thread; its result as a future."""

        async def read() -> T:
            return fn(*args, **kwargs)

        return self._submit(read())

    def _submit(self, work: Coroutine[object, object, T]) -> Future[T]:
        if self._loop is None:
            work.close()
            raise RuntimeError("the engine is not running")
        answer: Future[T] = Future()

        async def run() -> None:
            # The answer is set here, in the step that finished the work, so its slot is
            # called before any later report (a page read, then the batch after it). An
            # asyncio future chained to it would be set a loop turn later, after a batch
            # the page does not hold had already been reported.
            try:
                result = await work
            except asyncio.CancelledError:
                answer.cancel()
                raise
            except Exception as exc:  # noqa: BLE001 - the future carries it to the slot
                answer.set_exception(exc)
            else:
                answer.set_result(result)

        self._loop.call_soon_threadsafe(lambda: self._spawn(run))
        return answer

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
        self._outbox.attach(self._cache, self._http)
        self._listener.on_conversations(self._cache.conversations())
        self._listener.on_account(self._cache.account_notices())
        # After the list is on screen: opening on the cache never waits for housekeeping.
        await asyncio.to_thread(self.trim_media)
        outbox = asyncio.create_task(self._outbox.drain_forever())
        presence = asyncio.create_task(self._keep_presence())
        try:
            await self._connect_forever()
        finally:
            for chore in (outbox, presence):
                chore.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await chore
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
            except _Outdated:
                # Retrying cannot help, only a newer desktop can (the hello said where);
                # the cache stays readable meanwhile, until the app closes.
                self._listener.on_state(ConnectionState("outdated"))
                await asyncio.Event().wait()
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
            resume = ResumeFrame(epoch, after, self._version, self._protocol)
            await connection.send(resume.to_text())
            try:
                await self._stream(connection, epoch, after, status.head)
            finally:
                self._ws = None

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
                    self._outbox.wakeup.set()
                    self._ws = ws
                    await self._send_presence()
                    continue
                if isinstance(frame, PresenceNotice):
                    self._listener.on_presence(frame)
                    continue
                if isinstance(frame, HelloFrame):
                    self._listener.on_hello(frame)
                    if frame.update_required:
                        raise _Outdated
                    continue
                if not isinstance(frame, EventsFrame):
                    continue  # a newer relay's frame: ignored, as the protocol says
                if not frame.events:
                    continue
                seq = frame.events[-1].seq
                self._apply(epoch, seq, frame.events)
                if total and not self._live.is_set():
                    self._listener.on_progress(min(seq - start, total), total)
        except ConnectionClosed as closed:
            if closed.rcvd is not None and closed.rcvd.code == CLOSE_REVOKED:
                raise _Unauthorized from closed
            if closed.rcvd is not None and closed.rcvd.code == CLOSE_OUTDATED:
                raise _Outdated from closed
            raise

    async def _say_presence(self, conversation: str | None, state: PresenceState) -> None:
        before = self._presence
        if before is not None and (before.conversation != conversation or state == "idle"):
            self._presence = PresenceFrame(before.conversation, "idle")
            await self._send_presence()  # the last thing said about it: stopped
        self._presence = (
            PresenceFrame(conversation, state) if conversation and state != "idle" else None
        )
        if self._presence is not None and self._presence != before:
            await self._send_presence()

    async def _send_presence(self) -> None:
        if self._ws is None or self._presence is None:
            return
        with contextlib.suppress(ConnectionClosed):  # the stream notices and reconnects
            await self._ws.send(self._presence.to_text())

    async def _keep_presence(self) -> None:
        while True:
            await asyncio.sleep(PRESENCE_REFRESH)
            await self._send_presence()

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

    def _retry(
        self, conversation: str, client_id: str | None, text: str | None, reply_to: str | None
    ) -> None:
        if client_id and self._outbox.retry(client_id):
            return
        if text:
            self.send_text(conversation, text, reply_to)

    async def _window(self, conversation: str) -> int | None:
        assert self._http is not None
        try:
            answer = await self._http.get(f"/api/conversations/{quote(conversation, safe='')}")
        except httpx.HTTPError:
            raise Unavailable("relay_unreachable") from None  # it stays as last known
        if answer.status_code == 404:
            return None  # the customer never wrote
        if answer.status_code != 200:
            raise Unavailable(refusal(answer.status_code, answer.content))
        try:
            return ConversationInfo.parse(answer.content).window_closes_at
        except ProtocolError:
            log.warning("the relay's conversation answer is not the protocol")
            raise Unavailable("unexpected") from None

    async def _team(self) -> list[str]:
        assert self._http is not None
        try:
            answer = await self._http.get("/api/team")
        except httpx.HTTPError:
            raise Unavailable("relay_unreachable") from None
        if answer.status_code != 200:
            raise Unavailable(refusal(answer.status_code, answer.content))
        try:
            return team_names(answer.content)
        except ProtocolError:
            raise Unavailable("unexpected") from None

    async def _quick_reply(self, method: str, shortcut: str, body: dict[str, object] | None) -> str:
        assert self._http is not None
        try:
            answer = await self._http.request(
                method, f"/api/quick-replies/{quote(shortcut, safe='')}", json=body
            )
        except httpx.HTTPError:
            return "relay_unreachable"
        return "" if answer.status_code == 200 else refusal(answer.status_code, answer.content)

    async def _mark_read(self, conversation: str, wamid: str, typing: bool) -> None:
        assert self._http is not None
        body: dict[str, object] = {"conversation": conversation, "wamid": wamid}
        if typing:
            body["typing"] = True
        try:
            answer = await self._http.post("/api/read", json=body)
        except httpx.HTTPError:
            return  # offline: the customer learns it from the reply
        if answer.status_code != 200:
            log.info("mark read refused: %s", refusal(answer.status_code, answer.content))

    async def _templates(self, refresh: bool) -> TemplateList:
        assert self._http is not None
        try:
            answer = await self._http.get(
                "/api/templates", params={"refresh": 1} if refresh else {}
            )
        except httpx.HTTPError:
            return TemplateList([], "relay_unreachable")
        if answer.status_code != 200:
            return TemplateList([], refusal(answer.status_code, answer.content))
        return TemplateList(templates_of(answer.json()), "")

    def _mark_unread(self, conversation: str) -> None:
        assert self._cache is not None
        if self._open_conversation == conversation:
            self._open_conversation = None  # it is not being read any more
        self._report(self._cache.mark_unread(conversation))

    def _open(self, conversation: str | None) -> None:
        assert self._cache is not None
        self._open_conversation = conversation
        if conversation is not None:
            self._report(self._cache.mark_read(conversation))

    def _page(
        self, conversation: str, kind: PageKind, anchor: tuple[int, int] | None, limit: int
    ) -> list[MessageRow]:
        assert self._cache is not None
        if kind == "newer" and anchor is not None:
            return self._cache.page_after(conversation, anchor, limit)
        return self._cache.page(conversation, anchor if kind == "older" else None, limit)

    def _around(self, conversation: str, wamid: str, half: int) -> list[MessageRow]:
        assert self._cache is not None
        return self._cache.page_around(conversation, wamid, half)

    async def _fetch_media(self, media_id: str) -> FetchedMedia:
        assert self._http is not None
        path, error = await self._media.fetch(self._http, media_id)
        return FetchedMedia(media_id, path, error)

    def _catalog(self) -> tuple[list[Label], list[QuickReply]]:
        assert self._cache is not None
        return self._cache.labels(), self._cache.quick_replies()

    def _find_messages(self, text: str) -> list[MessageRow]:
        assert self._cache is not None
        return self._cache.find_messages(text) if text else []

    def _search(self, text: str) -> list[str]:
        assert self._cache is not None
        return self._cache.search(text) if text else []


def _team_path(conversation: str, what: str) -> str:
    return f"/api/conversations/{quote(conversation, safe='')}/{what}"


def _log_failure(task: asyncio.Task[object]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("engine request failed", exc_info=task.exception())
