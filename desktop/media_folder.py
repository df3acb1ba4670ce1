"""The media kept on this computer: fetched from the relay within a budget, and files being sent."""

from __future__ import annotations

import contextlib
import logging
import shutil
from pathlib import Path
from urllib.parse import quote

import httpx

from wire.answers import refusal

log = logging.getLogger(__name__)

# The media id of a file this desktop is sending, before the relay gave it Meta's.
LOCAL = "local:"
# Fetched media kept on this computer; the relay keeps its own copy, so this is a cache.
MEDIA_BUDGET = 1024 * 1024 * 1024


class MediaFolder:
    """A folder beside the cache: fetched media (least recently used leave first, past the
    budget) and `upload-*` copies of files waiting in the outbox (never trimmed)."""

    def __init__(self, path: Path, budget: int = MEDIA_BUDGET) -> None:
        self.path = path
        self._budget = budget

    def keep_upload(self, client_id: str, original: str) -> Path:
        """A copy of a file to send: the outbox must survive the original moving or a restart."""
        self.path.mkdir(parents=True, exist_ok=True)
        kept = self.path / f"upload-{client_id}{Path(original).suffix.lower()[:10]}"
        shutil.copyfile(original, kept)
        return kept

    def trim(self) -> int:
        """Keep fetched media within the budget, the least recently used leaving first;
        files still to be uploaded always stay. Returns the bytes freed."""
        if not self.path.is_dir():
            return 0
        files = [f for f in self.path.iterdir() if f.is_file() and not f.name.startswith("upload-")]
        stats = {f: f.stat() for f in files}
        total = sum(st.st_size for st in stats.values())
        freed = 0
        # Last access where the filesystem records it, else last change.
        for file in sorted(files, key=lambda f: max(stats[f].st_atime, stats[f].st_mtime)):
            if total - freed <= self._budget:
                break
            with contextlib.suppress(OSError):
                file.unlink()
                freed += stats[file].st_size
        if freed:
            log.info("media folder trimmed by %d bytes", freed)
        return freed

    async def fetch(self, http: httpx.AsyncClient, media_id: str) -> tuple[str, str]:
        """The media's path here, fetching it from the relay once: `(path, "")`, or
        `("", error)` with the relay's code, "relay_unreachable", "disk_error" or "gone"."""
        if media_id.startswith(LOCAL):
            # A file this desktop is sending: its kept copy, until the relay has it.
            kept = sorted(self.path.glob(f"upload-{media_id.removeprefix(LOCAL)}*"))
            return (str(kept[0]), "") if kept else ("", "gone")
        # Meta's ids are digits; anything else must not become a path.
        name = "".join(c for c in media_id if c.isalnum() or c in "-_.")[:120] or "media"
        target = self.path / name
        if target.exists():
            return str(target), ""
        error = ""
        try:
            async with http.stream("GET", f"/api/media/{quote(media_id, safe='')}") as got:
                if got.status_code != 200:
                    body = await got.aread()
                    error = refusal(got.status_code, body)
                else:
                    self.path.mkdir(parents=True, exist_ok=True)
                    partial = target.with_suffix(".part")
                    with partial.open("wb") as out:
                        async for chunk in got.aiter_bytes():
                            out.write(chunk)
                    partial.replace(target)  # never a half file under the real name
        except httpx.HTTPError as exc:
            error = "relay_unreachable"
            log.info("media %s not fetched: %s", media_id, type(exc).__name__)
        except OSError as exc:
            error = "disk_error"
            log.warning("media %s not stored: %s", media_id, exc)
        return ("", error) if error else (str(target), "")
