"""The open conversation's 24-hour window in its header, counting down."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop.cache import Changes, ConversationRow
from wire.window import closes_at, is_open

translate = QCoreApplication.translate

# The countdown moves on this often: it shows minutes.
TICK_MS = 30_000


class WindowCountdown(QLabel):
    """When the customer-service window closes, from the relay's answer and then from
    the customer's new messages; empty until the relay has answered."""

    openChanged = Signal(bool)
    """(open) whether free text may be sent: True also while not yet known, since the
    relay refuses what the window does not allow anyway."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Short, so the header keeps room for the name; the tooltip says it whole.
        self._conversation: str | None = None
        self._known = False
        self._closes_at: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._show)

    def follow(self, conversation: str | None) -> None:
        """Count for this conversation from now on (not known until `set_closes_at`)."""
        self._conversation, self._known, self._closes_at = conversation, False, None
        self._show()

    def set_closes_at(self, conversation: str, closes: int | None) -> None:
        """The relay's answer: when the conversation's window closes (None: never opened)."""
        if conversation != self._conversation:
            return
        self._known, self._closes_at = True, closes
        self._show()

    def apply(self, changes: Changes, _rows: list[ConversationRow]) -> None:
        """The customer wrote in the open conversation: the window opens again from then."""
        wrote = [
            closes_at(row.timestamp)
            for row in changes.messages
            if row.conversation == self._conversation and row.opens_window
        ]
        if wrote and self._known:
            self._closes_at = max([self._closes_at or 0, *(c for c in wrote if c is not None)])
            self._show()

    def _show(self) -> None:
        if not self._known:
            self.setText("")
            self._timer.stop()
            self.openChanged.emit(True)
            return
        now = int(time.time())
        if not is_open(self._closes_at, now):
            self.setText(translate("WindowCountdown", "24-hour window closed"))
            self.setToolTip(
                translate(
                    "WindowCountdown",
                    "More than 24 hours since the customer last wrote: only a template "
                    "goes until they write again.",
                )
            )
            self.setStyleSheet("QLabel { color: #d93025; }")
            self._timer.stop()
            self.openChanged.emit(False)
            return
        left = (self._closes_at or 0) - now
        hours, minutes = left // 3600, (left % 3600) // 60
        self.setText(
            translate("WindowCountdown", "Window: %1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", f"{minutes:02d}")
        )
        self.setToolTip(
            translate(
                "WindowCountdown",
                "The customer wrote less than 24 hours ago: any reply may go for %1 h %2 min "
                "more, then only a template until they write again.",
            )
            .replace("%1", str(hours))
            .replace("%2", f"{minutes:02d}")
        )
        self.setStyleSheet("QLabel { color: #d93025; }" if left < 3600 else "")
        self._timer.start()
        self.openChanged.emit(True)
