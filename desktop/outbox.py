"""Replies on their way: pending at once, then sent in order, each exactly once.

A reply (text, reaction, template or file) is written to the cache's outbox with
its pending row in one transaction, before anything is tried. The drain sends
the outbox in order whenever the stream is live, under the reply's `client_id`,
which the relay deduplicates: however often a reply is tried, it goes out once.
A file is uploaded first (`POST /api/media`) from a copy kept in the media
folder, and its outbox body then names the media id.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from desktop.cache import Cache, Changes
from desktop.media_folder import LOCAL, MediaFolder
from desktop.records import MessageRecord, record_of
from wire.answers import refusal, sent_event, uploaded_media_id
from wire.content import Media
from wire.frames import ProtocolError
from wire.media import kind_of as media_kind

log = logging.getLogger(__name__)

# Seconds before trying again a reply the relay did not take for now.
OUTBOX_RETRY = 5.0


class Outbox:
    """The queue and its drain, on the engine's loop; the cache and client come from the
    engine once its loop runs (`attach`)."""

    def __init__(
        self, media: MediaFolder, report: Callable[[Changes], None], live: asyncio.Event
    ) -> None:
        """`report`: hands the cache's changes to the listener. `live`: set while the stream
        is live (cleared here when the relay refuses the token)."""
        self._media = media
        self._report = report
        self._live = live
        self.wakeup = asyncio.Event()
        self._cache: Cache | None = None
        self._http: httpx.AsyncClient | None = None

    def attach(self, cache: Cache, http: httpx.AsyncClient) -> None:
        self._cache, self._http = cache, http

    def _resources(self) -> tuple[Cache, httpx.AsyncClient]:
        if self._cache is None or self._http is None:
            raise RuntimeError("the outbox is used before the engine attached it")
        return self._cache, self._http

    def enqueue(
        self,
        client_id: str,
        conversation: str,
        body: dict[str, Any],
        preview: str | None = None,
        content: Media | None = None,
    ) -> None:
        cache = self._resources()[0]
        now = int(time.time())
        self._report(cache.enqueue(client_id, conversation, body, now, preview, content))
        self.wakeup.set()

    def queue_file(
        self,
        client_id: str,
        conversation: str,
        path: str,
        mime_type: str,
        caption: str,
        reply_to: str | None,
    ) -> None:
        kind = media_kind(mime_type) or "document"
        kept = self._media.keep_upload(client_id, path)
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
        self.enqueue(client_id, conversation, body, caption or None, local)

    async def _upload(self, client_id: str, body: dict[str, Any]) -> float | str | None:
        """Upload a queued file to the relay; None when done (the body now names the media
        id, also in the outbox), seconds to wait, or the code it was refused with."""
        cache, http = self._resources()
        upload = body["upload"]
        try:
            content = await asyncio.to_thread(Path(upload["path"]).read_bytes)
        except OSError:
            return "media_error"  # the kept copy is gone: nothing can be sent
        try:
            answer = await http.post(
                "/api/media",
                params={"filename": upload["filename"]},
                content=content,
                headers={"Content-Type": upload["mime_type"]},
                timeout=httpx.Timeout(300.0, connect=10.0),
            )
        except httpx.HTTPError:
            return OUTBOX_RETRY
        if answer.status_code != 201:
            error = refusal(answer.status_code, answer.content)
            wait = self._later(answer, error)
            return error if wait is None else wait
        try:
            body["media_id"] = uploaded_media_id(answer.content)
        except ProtocolError:
            log.warning("the relay's upload answer is not the protocol; will retry")
            return OUTBOX_RETRY
        del body["upload"]
        cache.rewrite(client_id, body)
        return None

    def retry(self, client_id: str) -> bool:
        """Queue a reply the relay refused again, under its client_id; False when it is not
        one (Meta took it, or its fate is unknown): then only a new reply may go."""
        cache = self._resources()[0]
        changes = cache.retry(client_id)
        if changes is None:
            return False
        self._report(changes)
        self.wakeup.set()
        return True

    async def drain_forever(self) -> None:
        """Send queued replies in order whenever the relay is reachable."""
        while True:
            await self.wakeup.wait()
            self.wakeup.clear()
            if not self._live.is_set():
                continue
            try:
                await self._drain_once()
            except Exception:
                # The replies stay in the outbox for the next wake-up (a reconnection, a new
                # reply, Try again); this task must outlive a full disk or a bug.
                log.exception("the outbox failed")

    def change(self, path: str, body: dict[str, object]) -> str:
        """Queue a change to the team's work (`POST path` with `body` and a new client_id);
        its event shows it once the relay took it. Returns its client_id."""
        cache = self._resources()[0]
        client_id = str(uuid.uuid4())
        cache.queue_change(client_id, path, {**body, "client_id": client_id}, int(time.time()))
        self.wakeup.set()
        return client_id

    async def _drain_once(self) -> None:
        cache = self._resources()[0]
        for item in cache.outbox():
            wait = await self._send(item.client_id, dict(item.body))
            if wait is not None:
                # Not taken yet: try again later (or as soon as the stream is back).
                loop = asyncio.get_running_loop()
                loop.call_later(wait, self.wakeup.set)
                return
        for client_id, path, body in cache.team_changes():
            wait = await self._post_change(client_id, path, body)
            if wait is not None:
                asyncio.get_running_loop().call_later(wait, self.wakeup.set)
                return

    async def _post_change(
        self, client_id: str, path: str, body: dict[str, object]
    ) -> float | None:
        """POST one team change; None when settled, else seconds to wait."""
        cache, http = self._resources()
        try:
            answer = await http.post(path, json=body)
        except httpx.HTTPError as exc:
            log.info("change %s not answered (%s); will retry", client_id, type(exc).__name__)
            return OUTBOX_RETRY
        if answer.status_code == 200:
            cache.change_done(client_id)  # its event comes with the stream
            return None
        error = refusal(answer.status_code, answer.content)
        wait = self._later(answer, error)
        if wait is not None:
            return wait
        # Refused for good (the conversation is unknown, an agent revoked): nothing to
        # retry; the state stays what the events say.
        log.warning("change %s refused: %s", client_id, error)
        cache.change_done(client_id)
        return None

    async def _send(self, client_id: str, body: dict[str, Any]) -> float | None:
        """POST one reply; None when settled, else seconds to wait before trying again."""
        cache, http = self._resources()
        if "upload" in body:
            uploaded = await self._upload(client_id, body)
            if isinstance(uploaded, float):
                return uploaded
            if isinstance(uploaded, str):
                log.info("upload for %s refused: %s", client_id, uploaded)
                self._report(cache.fail(client_id, uploaded))
                return None
        try:
            answer = await http.post("/api/messages", json=body)
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
                self._report(cache.apply_answer(record))
            return None
        error = refusal(answer.status_code, answer.content)
        wait = self._later(answer, error)
        if wait is not None:
            return wait
        log.info("send %s refused: %s", client_id, error)
        self._report(cache.fail(client_id, error))
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
