"""What the Cloud API accepts as media: types, size limits, and a check of the bytes themselves.

Shared by the relay (which refuses what Meta would) and the desktop (which can
say so before uploading). From Meta's "Supported media types" table.
"""

from __future__ import annotations

from collections.abc import Mapping

MIB = 1024 * 1024

# message type -> (MIME types, maximum bytes)
LIMITS: Mapping[str, tuple[frozenset[str], int]] = {
    "image": (frozenset({"image/jpeg", "image/png"}), 5 * MIB),
    "sticker": (frozenset({"image/webp"}), 500 * 1024),
    "audio": (
        frozenset({"audio/aac", "audio/amr", "audio/mpeg", "audio/mp4", "audio/ogg"}),
        16 * MIB,
    ),
    "video": (frozenset({"video/mp4", "video/3gpp"}), 16 * MIB),
    "document": (
        frozenset(
            {
                "text/plain",
                "application/pdf",
                "application/msword",
                "application/vnd.ms-excel",
                "application/vnd.ms-powerpoint",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            }
        ),
        100 * MIB,
    ),
}
MAX_BYTES = max(limit for _, limit in LIMITS.values())


def base_mime(mime: str) -> str:
    """`audio/ogg; codecs=opus` -> `audio/ogg`."""
    return mime.split(";", 1)[0].strip().lower()


def kind_of(mime: str) -> str | None:
    """The message type a MIME type is sent as, or None if Meta does not take it."""
    base = base_mime(mime)
    for kind, (types, _) in LIMITS.items():
        if base in types:
            return kind
    return None


def problem(mime: str, head: bytes, size: int) -> str | None:
    """Why Meta would refuse this file, or None. `head` is its first bytes (64 are enough)."""
    kind = kind_of(mime)
    if kind is None:
        return f"{base_mime(mime) or 'this type'} cannot be sent on WhatsApp"
    limit = LIMITS[kind][1]
    if size == 0:
        return "the file is empty"
    if size > limit:
        return f"{kind} files must be at most {limit // 1024} KiB"
    if not _looks_like(base_mime(mime), head):
        return f"the file's content is not {base_mime(mime)}"
    return None


_MAGIC: Mapping[str, tuple[bytes, ...]] = {
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "application/pdf": (b"%PDF-",),
    "audio/ogg": (b"OggS",),
    "audio/amr": (b"#!AMR",),
}


def _looks_like(mime: str, head: bytes) -> bool:
    if mime == "image/webp":
        return head[:4] == b"RIFF" and head[8:12] == b"WEBP"
    if mime in ("video/mp4", "video/3gpp", "audio/mp4"):
        return head[4:8] == b"ftyp"
    if mime == "audio/ogg":
        # Meta takes Ogg only with the Opus codec (voice notes).
        return head.startswith(b"OggS") and b"OpusHead" in head
    magic = _MAGIC.get(mime)
    return magic is None or head.startswith(magic)
