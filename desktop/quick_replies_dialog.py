"""The team's quick replies, added and edited by any agent, deleted by admins."""

from __future__ import annotations

import re
from collections.abc import Callable
from concurrent.futures import Future

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.commands import Commands
from wire.team import MAX_QUICK_REPLY, QuickReply

translate = QCoreApplication.translate
# As the relay takes them: letters (accents too), digits, - and _.
SHORTCUT = re.compile(r"[0-9a-zA-Z_\-áéíóúñüç]{1,32}")
Deliver = Callable[[Future[str], Callable[[str], None]], None]


class QuickRepliesDialog(QDialog):
    """Lists the quick replies; picking one fills the form, *Save* stores it for the team."""

    def __init__(
        self,
        commands: Commands,
        deliver: Deliver,
        replies: list[QuickReply],
        *,
        admin: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._commands = commands
        self._deliver = deliver
        self.setWindowTitle(translate("QuickReplies", "Quick replies"))
        self.resize(620, 420)
        self.list = QListWidget(self)
        self.shortcut = QLineEdit(self)
        self.shortcut.setPlaceholderText(translate("QuickReplies", "hours"))
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(
            translate("QuickReplies", "We open Monday to Saturday from 9 to 19 h.")
        )
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.save = QPushButton(translate("QuickReplies", "Save"), self)
        self.delete = QPushButton(translate("QuickReplies", "Delete"), self)
        self.delete.setVisible(admin)
        form = QFormLayout()
        form.addRow(translate("QuickReplies", "Shortcut (typed after /)"), self.shortcut)
        form.addRow(translate("QuickReplies", "Text"), self.text)
        actions = QHBoxLayout()
        actions.addWidget(self.save)
        actions.addWidget(self.delete)
        actions.addStretch(1)
        editor = QVBoxLayout()
        editor.addLayout(form)
        editor.addLayout(actions)
        editor.addWidget(self.status)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(editor, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(self._show)
        self.save.clicked.connect(self._save)
        self.delete.clicked.connect(self._delete)
        buttons.rejected.connect(self.reject)
        self.set_replies(replies)

    def set_replies(self, replies: list[QuickReply]) -> None:
        """The team's quick replies as the events left them."""
        self.list.clear()
        for reply in replies:
            item = QListWidgetItem(f"/{reply.shortcut}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, reply)
            item.setToolTip(reply.text)

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        reply: QuickReply = item.data(Qt.ItemDataRole.UserRole)
        self.shortcut.setText(reply.shortcut)
        self.text.setPlainText(reply.text)

    def _save(self) -> None:
        shortcut, text = self.shortcut.text().strip().lstrip("/"), self.text.toPlainText().strip()
        if not SHORTCUT.fullmatch(shortcut):
            self.status.setText(
                translate("QuickReplies", "A shortcut is one word: letters, digits, - or _.")
            )
            return
        if not text or len(text) > MAX_QUICK_REPLY:
            self.status.setText(translate("QuickReplies", "Write the text it inserts."))
            return
        self.status.setText(translate("QuickReplies", "Saving…"))
        self._deliver(self._commands.put_quick_reply(shortcut, text), self._done)

    def _delete(self) -> None:
        shortcut = self.shortcut.text().strip().lstrip("/")
        if shortcut:
            self._deliver(self._commands.delete_quick_reply(shortcut), self._done)

    def _done(self, error: str) -> None:
        if not error:
            self.status.setText(translate("QuickReplies", "Saved for the whole team."))
        elif error == "relay_unreachable":
            self.status.setText(
                translate("QuickReplies", "The relay cannot be reached. Try again.")
            )
        elif error == "forbidden":
            self.status.setText(translate("QuickReplies", "Only an administrator can delete."))
        else:
            self.status.setText(
                translate("QuickReplies", "The relay said: %1").replace("%1", error)
            )
