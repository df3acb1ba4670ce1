"""A file an agent wants to send: its type as WhatsApp sees it, and why Meta would refuse it."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from pathlib import Path

from wire.media import kind_of, problem

# What the platforms' tables miss or get wrong for WhatsApp's formats.
_TYPES = {
    ".opus": "audio/ogg",
    ".ogg": "audio/ogg",
    ".oga": "audio/ogg",
    ".m4a": "audio/mp4",
    ".amr": "audio/amr",
    ".aac": "audio/aac",
    ".webp": "image/webp",
    ".3gp": "video/3gpp",
}


@dataclass(frozen=True, slots=True)
class Attachment:
    """One file, checked before anything is uploaded."""

    path: str
    name: str
    size: int
    mime_type: str
    kind: str | None  # image, video, audio, document, sticker; None if WhatsApp takes none
    problem: str | None  # why Meta would refuse it, or None

    @property
    def captioned(self) -> bool:
        """WhatsApp shows a caption under photos, videos and documents only."""
        return self.kind in ("image", "video", "document")


def attachment(path: str | Path) -> Attachment:
    """The file at `path`, typed and checked (its first bytes too, as the relay will)."""
    file = Path(path)
    suffix = file.suffix.lower()
    mime = _TYPES.get(suffix) or mimetypes.guess_type(file.name)[0] or "application/octet-stream"
    try:
        size = file.stat().st_size
        with file.open("rb") as handle:
            head = handle.read(64)
    except OSError as exc:
        return Attachment(str(file), file.name, 0, mime, None, f"cannot read it: {exc.strerror}")
    return Attachment(str(file), file.name, size, mime, kind_of(mime), problem(mime, head, size))
