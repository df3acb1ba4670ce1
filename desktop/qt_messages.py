"""Qt's messages at start: what it says about optional system libraries it lacks goes.

QtMultimedia probes for PipeWire, VA-API and a PulseAudio server on every start
and prints a dozen lines when a machine has none of them (a server, a minimal
Linux), even before `--help`; nothing is wrong for an agent, and voice notes
say themselves whether they can play. Those lines are dropped; every other
Qt message still reaches the terminal, and `QT_LOGGING_RULES` still wins.
The FFmpeg inside QtMultimedia prints a description of every file it opens
straight to stderr: once it is loaded, it is told to say only errors.
"""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import (
    QLibraryInfo,
    QLoggingCategory,
    QMessageLogContext,
    QtMsgType,
    qInstallMessageHandler,
)

# Categories whose probing says nothing an agent can act on.
RULES = "\n".join(
    [
        "qt.multimedia.symbolsresolver.warning=false",
        "qt.multimedia.ffmpeg.info=false",
        # "No HW decoder found": a machine without video acceleration decodes in software.
        "qt.multimedia.playbackengine.codec.info=false",
    ]
)
# Messages of the default category that are the same probing.
HARMLESS = ("PulseAudioService: pa_context_connect() failed",)
# Said wherever there is no GPU to convert a video frame with; the CPU does it instead.
HARMLESS_ANYWHERE = ("No RHI backend. Using CPU conversion",)
AV_LOG_ERROR = 16  # libavutil/log.h


def quiet_probing() -> None:
    """Drop the probing messages from now on; call before QtMultimedia loads."""
    QLoggingCategory.setFilterRules(RULES)
    qInstallMessageHandler(_print_unless_harmless)


def _print_unless_harmless(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if message.startswith(HARMLESS) or any(part in message for part in HARMLESS_ANYWHERE):
        return
    print(message, file=sys.stderr)


def quiet_ffmpeg() -> bool:
    """Tell QtMultimedia's FFmpeg, once loaded (after the first QMediaPlayer), to print only
    errors; False where its libavutil is not found loaded (nothing else changes then)."""
    folders = {Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))}
    folders.add(Path(PySide6.__file__).parent)
    # Only a copy already in the process: loaded alone it misses the symbols Qt provides.
    mode = getattr(os, "RTLD_NOLOAD", 0)
    for folder in folders:
        for candidate in sorted(folder.glob("*avutil*")):
            try:
                avutil = ctypes.CDLL(str(candidate), mode=mode)
                avutil.av_log_set_level(ctypes.c_int(AV_LOG_ERROR))
            except (OSError, AttributeError):
                continue
            return True
    return False
