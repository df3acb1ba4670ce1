"""Media files: fetched once from Meta and kept on disk, and uploads for sending.

Meta hands out a media file's URL for five minutes and keeps the file thirty
days; agents look at a photo hours or months later, several of them. So the
first look fetches it (`GET /{media_id}` for the URL, then the URL itself, both
with the access token), checks Meta's SHA-256, and keeps the file in the
media folder; every later look is served from there. Uploads go to Meta and
are kept the same way. The folder is a cache with a size budget: the least
recently used files go first.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

from relay.failures import AgentFailure, from_meta, unreachable
from relay.graph import NO_TOKEN, Ambiguous, Done, GraphClient, Refused, Unreachable
from relay.numbers import NumberBook
from wire import media as limits

log = logging.getLogger(__name__)

MEDIA_ID = re.compile(r"[0-9]{1,64}")
NOT_FOUND = AgentFailure(404, "media_error", "Meta has no such media (or no longer has it)")


@dataclass(frozen=True, slots=True)
class CachedMedia:
    """A media file on disk with what Meta said about it."""

    media_id: str
    path: Path
    mime_type: str
    size: int
    filename: str | None = None


class MediaStore:
    """The media folder, filled from Meta on demand."""

    def __init__(
        self, folder: Path, graph: GraphClient, numbers: NumberBook, budget_bytes: int
    ) -> None:
        self._folder = folder
        self._graph = graph
        self._numbers = numbers
        self._budget = budget_bytes
        self._fetching: dict[str, asyncio.Task[CachedMedia | AgentFailure]] = {}
        folder.mkdir(parents=True, exist_ok=True)

    def cached(self, media_id: str) -> CachedMedia | None:
        info = self._folder / f"{media_id}.json"
        try:
            meta = json.loads(info.read_text())
            path = self._folder / media_id
            os.utime(path)  # recently used: evicted last
        except (OSError, ValueError):
            return None
        return CachedMedia(media_id, path, meta["mime_type"], meta["size"], meta.get("filename"))

    async def get(self, media_id: str) -> CachedMedia | AgentFailure:
        """The media file, from the folder or fetched from Meta (once, however many ask)."""
        found = self.cached(media_id)
        if found is not None:
            return found
        task = self._fetching.get(media_id)
        if task is None:
            task = asyncio.get_running_loop().create_task(self._fetch(media_id))
            self._fetching[media_id] = task
            task.add_done_callback(lambda _: self._fetching.pop(media_id, None))
        return await asyncio.shield(task)

    async def _fetch(self, media_id: str) -> CachedMedia | AgentFailure:
        # A media id names no number: each business's token is tried until one sees it.
        tokens = self._numbers.tokens()
        if not tokens:
            return from_meta(NO_TOKEN.error)
        for token in tokens:
            outcome = await self._graph.get_json(media_id, token=token)
            if not (isinstance(outcome, Refused) and outcome.error.http_status in (400, 404)):
                break
        if isinstance(outcome, Refused):
            return (
                NOT_FOUND if outcome.error.http_status in (400, 404) else from_meta(outcome.error)
            )
        if isinstance(outcome, Unreachable | Ambiguous):
            return unreachable(outcome.reason)
        url, mime = outcome.body.get("url"), outcome.body.get("mime_type")
        if not isinstance(url, str) or not isinstance(mime, str):
            return AgentFailure(502, "media_error", "Meta's answer had no media URL")
        expected = outcome.body.get("sha256")
        if not self._graph.may_carry_token(url):
            log.warning("media %s: Meta's URL is not on Meta's hosts; not fetched", media_id)
            return AgentFailure(502, "media_error", "Meta's media URL is not one of Meta's hosts")
        async with self._graph.download(url, token=token) as response:
            if not isinstance(response, httpx.Response):
                if isinstance(response, Refused):
                    return NOT_FOUND
                return unreachable(getattr(response, "reason", "download failed"))
            with self._spooled() as (tmp, handle):
                digest, size = hashlib.sha256(), 0
                async for chunk in response.aiter_bytes(1 << 16):
                    size += len(chunk)
                    if size > limits.MAX_BYTES:
                        return AgentFailure(502, "media_error", "Meta sent more than any media")
                    digest.update(chunk)
                    handle.write(chunk)
                handle.close()
                if isinstance(expected, str) and digest.hexdigest() != expected.lower():
                    log.warning("media %s: SHA-256 differs from Meta's; not kept", media_id)
                    return AgentFailure(502, "media_error", "the file Meta sent was damaged")
                return self._keep(media_id, tmp, mime, size, None)

    async def upload(
        self, account: str, content: bytes, mime: str, filename: str | None
    ) -> CachedMedia | AgentFailure:
        """Upload a file to Meta for sending; it is kept here too, under Meta's new id."""
        token = self._numbers.token_for(account)
        if token is None:
            return from_meta(NO_TOKEN.error)
        outcome = await self._graph.post_file(
            f"{account}/media",
            {"messaging_product": "whatsapp", "type": limits.base_mime(mime)},
            filename or "file",
            limits.base_mime(mime),
            content,
            token=token,
        )
        if isinstance(outcome, Refused):
            return from_meta(outcome.error)
        if isinstance(outcome, Unreachable | Ambiguous):
            return unreachable(outcome.reason)
        assert isinstance(outcome, Done)
        media_id = outcome.body.get("id")
        if not isinstance(media_id, str) or not MEDIA_ID.fullmatch(media_id):
            return AgentFailure(502, "media_error", "Meta's answer had no media id")
        with self._spooled() as (tmp, handle):
            handle.write(content)
            handle.close()
            return self._keep(media_id, tmp, limits.base_mime(mime), len(content), filename)

    @contextlib.contextmanager
    def _spooled(self) -> Iterator[tuple[Path, tempfile._TemporaryFileWrapper[bytes]]]:
        handle = tempfile.NamedTemporaryFile(dir=self._folder, prefix=".part-", delete=False)  # noqa: SIM115
        tmp = Path(handle.name)
        try:
            yield tmp, handle
        finally:
            handle.close()
            tmp.unlink(missing_ok=True)

    def _keep(
        self, media_id: str, tmp: Path, mime: str, size: int, filename: str | None
    ) -> CachedMedia:
        path = self._folder / media_id
        os.replace(tmp, path)
        info = {"mime_type": mime, "size": size, "filename": filename}
        (self._folder / f"{media_id}.json").write_text(json.dumps(info))
        self._evict(keep=path)
        return CachedMedia(media_id, path, mime, size, filename)

    def _evict(self, keep: Path) -> None:
        """Drop the least recently used files (but `keep`) until the folder fits its budget."""
        files = [
            (entry.stat().st_mtime, entry.stat().st_size, Path(entry.path))
            for entry in os.scandir(self._folder)
            if entry.is_file() and MEDIA_ID.fullmatch(entry.name)
        ]
        total = sum(size for _, size, _ in files)
        for _, size, path in sorted(files):
            if total <= self._budget:
                break
            if path == keep:
                continue
            path.unlink(missing_ok=True)
            path.with_name(path.name + ".json").unlink(missing_ok=True)
            total -= size
