"""The admins' banner: the number disconnected, the history importing, the token refused."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from desktop.account_state import AccountNotice, Banner, banner
from desktop.icons import Glyph, icon

translate = QCoreApplication.translate
# Problems the admin must act on, and news that only informs.
URGENT = frozenset({"disconnected", "token", "sync_failed"})


def text_of(shown: Banner) -> str:
    """The banner's sentence, in the agent's language."""
    number = shown.phone and ("+" + shown.phone if shown.phone.isdigit() else shown.phone)
    if shown.kind == "disconnected":
        if number:
            return translate(
                "AccountBanner", "The phone disconnected %1 from Puente: connect it again."
            ).replace("%1", number)
        return translate("AccountBanner", "The phone disconnected the number: connect it again.")
    if shown.kind == "token":
        return translate(
            "AccountBanner",
            "Meta refused the relay's access token: replies cannot be sent. Check the connection.",
        )
    if shown.kind == "sync_failed":
        return translate("AccountBanner", "Meta did not take the request for the chat history.")
    if shown.kind == "importing":
        return translate("AccountBanner", "Importing the chat history: %1 %").replace(
            "%1", str(shown.progress or 0)
        )
    if shown.kind == "waiting":
        return translate(
            "AccountBanner",
            "Waiting for the chat history from the phone: keep WhatsApp Business open there.",
        )
    return translate(
        "AccountBanner",
        "The phone did not share the chat history: only new messages appear here.",
    )


class AccountBanner(QFrame):
    """One line above the conversations, shown to admins only, with the way to fix it."""

    setupRequested = Signal()
    """() the admin wants the relay's set-up page (to connect the number again)."""
    checkRequested = Signal()
    """() the admin wants the Meta connection check."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AccountBanner")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.action = QPushButton(self)
        self.close_button = QToolButton(self)
        self.close_button.setIcon(icon(Glyph.CLOSE))
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(translate("AccountBanner", "Hide this notice"))
        self.close_button.setToolTip(self.close_button.accessibleName())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action)
        layout.addWidget(self.close_button)
        self.shown: Banner | None = None
        self._dismissed: tuple[str, str] | None = None  # (kind, account) hidden by the admin
        self._enabled = False
        self._notices: list[AccountNotice] = []
        self.action.clicked.connect(self._act)
        self.close_button.clicked.connect(self._dismiss)
        self.hide()

    def set_enabled_for(self, admin: bool) -> None:
        """Only admins see it (agents cannot fix any of it)."""
        self._enabled = admin
        self._refresh()

    def set_notices(self, notices: list[AccountNotice]) -> None:
        self._notices = notices
        self._refresh()

    def _refresh(self) -> None:
        self.shown = banner(self._notices, time.time()) if self._enabled else None
        if self.shown is None or (self.shown.kind, self.shown.account) == self._dismissed:
            self.hide()
            return
        urgent = self.shown.kind in URGENT
        self.setStyleSheet(
            "#AccountBanner { background: rgba(217, 48, 37, 0.14); }"
            if urgent
            else "#AccountBanner { background: rgba(0, 128, 105, 0.14); }"
        )
        self.label.setText(text_of(self.shown))
        if self.shown.kind == "disconnected":
            self.action.setText(translate("AccountBanner", "Open the set-up page"))
        else:
            self.action.setText(translate("AccountBanner", "Check the connection"))
        self.action.setVisible(self.shown.kind not in ("importing", "waiting"))
        self.close_button.setVisible(not urgent)
        self.show()

    def _act(self) -> None:
        if self.shown is not None and self.shown.kind == "disconnected":
            self.setupRequested.emit()
        else:
            self.checkRequested.emit()

    def _dismiss(self) -> None:
        if self.shown is not None:
            self._dismissed = (self.shown.kind, self.shown.account)
        self.hide()
