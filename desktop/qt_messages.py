"""Qt's messages at start: what it says about optional system libraries it lacks goes.

QtMultimedia probes for PipeWire, VA-API and a PulseAudio server on every start
and prints a dozen lines when a machine has none of them (a server, a minimal
Linux), even before `--help`; nothing is wrong for an agent, and voice notes
say themselves whether they can play. Those lines are dropped; every other
Qt message still reaches the terminal, and `QT_LOGGING_RULES` still wins.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QLoggingCategory, QMessageLogContext, QtMsgType, qInstallMessageHandler

# Categories whose probing says nothing an agent can act on.
RULES = "\n".join(
    [
        "qt.multimedia.symbolsresolver.warning=false",
        "qt.multimedia.ffmpeg.info=false",
    ]
)
# Messages of the default category that are the same probing.
HARMLESS = ("PulseAudioService: pa_context_connect() failed",)


def quiet_probing() -> None:
    """Drop the probing messages from now on; call before QtMultimedia loads."""
    QLoggingCategory.setFilterRules(RULES)
    qInstallMessageHandler(_print_unless_harmless)


def _print_unless_harmless(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if message.startswith(HARMLESS):
        return
    print(message, file=sys.stderr)
