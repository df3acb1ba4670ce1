"""Video posters made with Qt's own FFmpeg: each video's first frame, saved beside it.

WhatsApp's videos are H.264 in MP4 (or 3GP); the FFmpeg that QtMultimedia
ships decodes them on every platform, so the app needs no FFmpeg of its own.
One QMediaPlayer, without sound, plays each video until its first frame
reaches a QVideoSink; decoding happens on FFmpeg's threads, and only the
frame's small JPEG is made here. Videos wait in a queue, one at a time; a
file that never gives a frame (cut short, not a video) fails after a
deadline and gets no poster, as before.
"""

from __future__ import annotations

import logging
from collections import deque
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QImage

from desktop.player import media_player, multimedia_problem
from desktop.poster import POSTER_SIDE, poster_path

log = logging.getLogger(__name__)

# A video whose first frame has not come by then is taken as undecodable.
DEADLINE_MS = 10_000
JPEG_QUALITY = 85


class PosterMaker(QObject):
    """Makes the poster of each video it is given, one after another."""

    made = Signal(str, bool)
    """(video path, whether its poster file now exists) a video asked for is done."""

    def __init__(self, parent: QObject | None = None, deadline_ms: int = DEADLINE_MS) -> None:
        super().__init__(parent)
        self._waiting: deque[Path] = deque()
        self._current: Path | None = None
        # QtMultimedia loads its FFmpeg the first time a video needs a poster, not at start.
        self._player: Any = None
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(deadline_ms)
        self._deadline.timeout.connect(self._gave_up)

    def make(self, video: Path) -> None:
        """Decode `video`'s first frame into its poster file; `made` says when it is done
        (at once, from the event loop, if the poster is already there)."""
        if poster_path(video).exists():
            QTimer.singleShot(0, self, lambda: self.made.emit(str(video), True))
            return
        if video == self._current or video in self._waiting:
            return
        self._waiting.append(video)
        if self._current is None:
            self._next()

    def _next(self) -> None:
        if not self._waiting:
            return
        video = self._waiting.popleft()
        if multimedia_problem():
            self._finish(video, False)
            return
        player = self._ensure_player()
        self._current = video
        self._deadline.start()
        player.setSource(QUrl.fromLocalFile(str(video)))
        player.play()

    def _ensure_player(self) -> Any:
        if self._player is None:
            # Here, not at import: QtMultimedia may be missing (multimedia_problem).
            from PySide6.QtMultimedia import QVideoSink  # noqa: PLC0415

            self._player = media_player(self)
            sink = QVideoSink(self._player)
            self._player.setVideoSink(sink)
            sink.videoFrameChanged.connect(self._on_frame)
            self._player.errorOccurred.connect(self._on_error)
            self._player.mediaStatusChanged.connect(self._on_status)
        return self._player

    def _on_frame(self, frame: Any) -> None:
        video = self._current
        if video is None or not frame.isValid():
            return  # a frame still in flight from a video already done
        self._finish(video, _store(frame.toImage(), poster_path(video)))

    def _playing(self) -> Path | None:
        """The video being made, if the player's signal is about it (not one before it)."""
        video = self._current
        if video is None or self._player.source() != QUrl.fromLocalFile(str(video)):
            return None
        return video

    def _on_error(self, error: Any, message: str) -> None:
        del error
        if video := self._playing():
            log.info("no poster for a video: %s", message)
            self._finish(video, False)

    def _on_status(self, status: Any) -> None:
        from PySide6.QtMultimedia import QMediaPlayer  # noqa: PLC0415 - loaded by now

        # A video that ends before showing a frame (only sound) has no poster either.
        ended = (QMediaPlayer.MediaStatus.InvalidMedia, QMediaPlayer.MediaStatus.EndOfMedia)
        if status in ended and (video := self._playing()):
            self._finish(video, False)

    def _gave_up(self) -> None:
        if self._current is not None:
            log.info("no poster for a video: no frame within %d ms", self._deadline.interval())
            self._finish(self._current, False)

    def _finish(self, video: Path, ok: bool) -> None:
        self._deadline.stop()
        if self._current is not None:
            self._current = None
            self._player.stop()
            self._player.setSource(QUrl())
        self.made.emit(str(video), ok)
        # Next from the event loop: the player is still inside its own signal here.
        QTimer.singleShot(0, self, self._next)


def _store(frame: QImage, target: Path) -> bool:
    """The frame, at most POSTER_SIDE on its longer side, as a JPEG written whole or not at all."""
    if frame.isNull():
        return False
    if max(frame.width(), frame.height()) > POSTER_SIDE:
        frame = frame.scaled(
            POSTER_SIDE,
            POSTER_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    partial = target.with_name(target.name + ".part")
    # PySide6's stubs say the format is bytes; at run time it must be a str.
    if not frame.save(str(partial), "JPEG", JPEG_QUALITY):  # type: ignore[call-overload]
        log.warning("poster not stored in %s", target.parent)
        partial.unlink(missing_ok=True)
        return False
    try:
        partial.replace(target)
    except OSError as exc:
        log.warning("poster not stored: %s", exc)
        return False
    return True


def make_poster(video: Path, deadline_ms: int = DEADLINE_MS) -> bool:
    """Make one video's poster and wait for it: for the self-test and tools, never from a
    window's slot (it runs an event loop of its own until the poster is done)."""
    maker = PosterMaker(deadline_ms=deadline_ms)
    loop = QEventLoop()
    done: list[bool] = []

    def finished(_path: str, made: bool) -> None:
        done.append(made)
        loop.quit()

    maker.made.connect(finished)
    maker.make(video)
    if not done:
        loop.exec()
    return done[0]
