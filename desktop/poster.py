"""A video's poster file: where its first frame is kept, and which files are videos.

The frame itself is decoded by Qt's own FFmpeg (`desktop.poster_maker`); this
part needs no Qt, so the engine and tools can ask about posters headless.
"""

from __future__ import annotations

from pathlib import Path

# The largest side a poster is kept at: a bubble shows at most 260 x 200, at 2x on HiDPI.
POSTER_SIDE = 640
# Containers WhatsApp sends videos in (MP4 and 3GP): an ISO box `ftyp` at byte 4.
_FTYP = b"ftyp"


def poster_path(video: Path) -> Path:
    return video.with_name(video.name + ".poster.jpg")


def is_video(path: Path) -> bool:
    """Whether the file is an MP4 or 3GP container (what WhatsApp sends videos in)."""
    try:
        with path.open("rb") as file:
            return file.read(8)[4:8] == _FTYP
    except OSError:
        return False
