"""Voice notes and audio played in place: one at a time, with position and duration.

QtMultimedia comes with PySide6-Addons and, on Linux, needs the system's
PulseAudio client library; where it cannot load, `available` is False and
the timeline opens audio in the OS's player instead.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer, QUrl, Signal

from desktop.qt_messages import quiet_ffmpeg

log = logging.getLogger(__name__)
TICK_MS = 250  # how often the position moves on screen while playing

try:  # a missing system library raises ImportError (libpulse) or OSError
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

    _MULTIMEDIA: str = ""
except (ImportError, OSError) as exc:  # pragma: no cover - depends on the machine
    _MULTIMEDIA = str(exc)


def media_player(parent: QObject) -> Any:
    """A QMediaPlayer; the first one loads QtMultimedia's FFmpeg, which is then told to
    print only errors (it describes every file it opens otherwise)."""
    player = QMediaPlayer(parent)
    quiet_ffmpeg()
    return player


def multimedia_problem() -> str:
    """Why QtMultimedia cannot be used here, or "" when it can."""
    return _MULTIMEDIA


class VoicePlayer(QObject):
    """Plays one media file at a time and says where it is."""

    changed = Signal(str)
    """(media_id) its playing state, position or duration changed."""
    failed = Signal(str, str)
    """(media_id, reason) it could not be played."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current = ""  # the media id playing or paused, "" for none
        self.playing = False
        self.position = 0  # milliseconds
        self.durations: dict[str, int] = {}
        self._player: Any = None
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._moved)
        if _MULTIMEDIA:
            log.info("audio plays in the OS's player: QtMultimedia unavailable (%s)", _MULTIMEDIA)

    @property
    def available(self) -> bool:
        return not _MULTIMEDIA

    def state(self, media_id: str) -> tuple[bool, int, int]:
        """(playing, position ms, duration ms) of `media_id`; at rest and at its start unless it
        is the current one, its duration once it has been loaded."""
        duration = self.durations.get(media_id, 0)
        if media_id != self.current:
            return False, 0, duration
        return self.playing, self.position, duration

    def toggle(self, media_id: str, path: str) -> None:
        """Play `media_id` from `path` (from where it was paused), or pause it if it plays."""
        player = self._ensure()
        if media_id == self.current:
            if self.playing:
                player.pause()
            else:
                player.play()
            return
        previous, self.current, self.position = self.current, media_id, 0
        player.setSource(QUrl.fromLocalFile(path))
        player.play()
        if previous:
            self.changed.emit(previous)
        self.changed.emit(media_id)

    def stop(self) -> None:
        if self._player is not None and self.current:
            self._player.stop()

    def _ensure(self) -> Any:
        if self._player is None:
            player = media_player(self)
            output = QAudioOutput(player)
            player.setAudioOutput(output)
            player.playbackStateChanged.connect(self._state_changed)
            player.durationChanged.connect(self._duration_changed)
            player.errorOccurred.connect(self._error)
            self._player = player
        return self._player

    def _state_changed(self, state: object) -> None:
        self.playing = state == QMediaPlayer.PlaybackState.PlayingState
        if self.playing:
            self._tick.start()
        else:
            self._tick.stop()
            self.position = self._player.position()
            if state == QMediaPlayer.PlaybackState.StoppedState:
                self.position = 0  # the end, or stopped: it starts again from the top
        self.changed.emit(self.current)

    def _duration_changed(self, duration: int) -> None:
        if self.current and duration > 0:
            self.durations[self.current] = duration
            self.changed.emit(self.current)

    def _moved(self) -> None:
        self.position = self._player.position()
        self.changed.emit(self.current)

    def _error(self, _error: object, reason: str) -> None:
        media_id, self.current, self.playing = self.current, "", False
        self._tick.stop()
        log.warning("audio %s could not be played: %s", media_id, reason)
        self.failed.emit(media_id, reason)
        self.changed.emit(media_id)
