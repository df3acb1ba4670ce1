"""A video's poster: its first frame, saved beside it, for the timeline to show.

WhatsApp's videos are H.264, which Qt's own multimedia cannot decode on every
platform; PyAV's FFmpeg can, and encodes the frame as a JPEG too, so this
needs no Qt (it runs on the engine's thread, off the screen's). The poster is
written once, next to the video (`poster_path`), and read like any photo.
"""

from __future__ import annotations

import logging
from fractions import Fraction
from pathlib import Path

log = logging.getLogger(__name__)

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


def write_poster(video: Path) -> bool:
    """Decode the first frame of `video` into its poster file; False if it cannot be had."""
    try:
        import av  # noqa: PLC0415 - FFmpeg loads only when a video arrives
    except ImportError:
        log.info("no PyAV: videos show without a poster")
        return False
    try:
        with av.open(str(video)) as container:
            stream = container.streams.video[0]
            frame = next(container.decode(stream), None)
            if frame is None:
                return False
            scale = min(1.0, POSTER_SIDE / max(frame.width, frame.height))
            # JPEG's 4:2:0 wants even sides.
            width = max(2, int(frame.width * scale) // 2 * 2)
            height = max(2, int(frame.height * scale) // 2 * 2)
            encoder = av.CodecContext.create("mjpeg", "w")
            encoder.width, encoder.height = width, height
            encoder.pix_fmt = "yuvj420p"
            encoder.time_base = Fraction(1, 25)
            small = frame.reformat(width=width, height=height, format="yuvj420p")
            jpeg = b"".join(bytes(p) for p in [*encoder.encode(small), *encoder.encode(None)])
    except (av.FFmpegError, IndexError, ValueError, OSError) as exc:
        log.info("no poster for a video: %s", type(exc).__name__)
        return False
    target = poster_path(video)
    partial = target.with_name(target.name + ".part")
    try:
        partial.write_bytes(jpeg)
        partial.replace(target)
    except OSError as exc:
        log.warning("poster not stored: %s", exc)
        return False
    return True
