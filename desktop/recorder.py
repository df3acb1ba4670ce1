"""Recording a voice note from the microphone: raw samples from QtMultimedia, Ogg Opus out."""

from __future__ import annotations

import logging
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.player import multimedia_problem
from desktop.voice_note import encode_opus

log = logging.getLogger(__name__)
RATE = 48000
BYTES_PER_SECOND = RATE * 2  # 16-bit mono
MAX_SECONDS = 15 * 60  # WhatsApp's own limit for a voice note

if not multimedia_problem():
    from PySide6.QtMultimedia import QAudioFormat, QAudioSource, QMediaDevices


class VoiceRecorder(QObject):
    """Records from the default microphone until `finish` (a voice note) or `cancel`."""

    elapsed = Signal(int)
    """(seconds) how long it has been recording."""
    recorded = Signal(str)
    """(path) the voice note, an Ogg Opus file ready to send."""
    failed = Signal(str)
    """(reason) nothing was recorded."""
    stopped = Signal()
    """() the microphone is off again: finished, cancelled, or at WhatsApp's length limit."""

    def __init__(self, folder: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder or tempfile.gettempdir()
        self._source: Any = None
        self._device: Any = None
        self._pcm = bytearray()
        self._started = 0.0
        self._clock = QTimer(self)
        self._clock.setInterval(500)
        self._clock.timeout.connect(self._tick)

    @staticmethod
    def microphone() -> str:
        """The default microphone's name, or "" when there is none (or no QtMultimedia)."""
        if multimedia_problem():
            return ""
        device = QMediaDevices.defaultAudioInput()
        return "" if device.isNull() else device.description()

    @property
    def recording(self) -> bool:
        return self._source is not None

    def start(self) -> bool:
        """Start recording; False when there is no microphone (or it records already)."""
        if self.recording or not self.microphone():
            return False
        audio = QAudioFormat()
        audio.setSampleRate(RATE)
        audio.setChannelCount(1)
        audio.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        self._source = QAudioSource(QMediaDevices.defaultAudioInput(), audio, self)
        self._pcm = bytearray()
        self._device = self._source.start()
        self._device.readyRead.connect(self._read)
        self._started = time.monotonic()
        self._clock.start()
        return True

    def finish(self) -> None:
        """Stop, and turn what was said into a voice note (`recorded`)."""
        pcm = self._stop()
        if len(pcm) < BYTES_PER_SECOND // 2:  # under half a second: a slip of the finger
            self.failed.emit("too_short")
            return
        self.save(pcm)

    def cancel(self) -> None:
        self._stop()

    def save(self, pcm: bytes) -> None:
        """Encode 16-bit mono samples at 48 kHz as a voice note and say where it is."""
        try:
            data = encode_opus(pcm, RATE)
            path = Path(self._folder) / f"voice-{uuid.uuid4().hex[:12]}.ogg"
            path.write_bytes(data)
        except (OSError, RuntimeError, ValueError) as exc:
            log.warning("voice note not saved: %s", exc)
            self.failed.emit("not_saved")
            return
        self.recorded.emit(str(path))

    def _read(self) -> None:
        if self._device is not None:
            self._pcm += bytes(self._device.readAll().data())
            if time.monotonic() - self._started > MAX_SECONDS:
                self.finish()

    def _tick(self) -> None:
        self.elapsed.emit(int(time.monotonic() - self._started))

    def _stop(self) -> bytes:
        self._clock.stop()
        source, self._source = self._source, None
        if source is not None:
            self._pcm += bytes(self._device.readAll().data())
            source.stop()
            source.deleteLater()
        self._device = None
        pcm, self._pcm = bytes(self._pcm), bytearray()
        if source is not None:
            self.stopped.emit()
        return pcm
