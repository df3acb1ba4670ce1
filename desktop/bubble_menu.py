"""The menu a message opens on right-click: reply, react, copy."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from desktop.timeline import Role

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
# WhatsApp's quick reactions.
REACTIONS = ("👍", "❤️", "😂", "😮", "😢", "🙏")


class BubbleMenu(QMenu):
    """What an agent can do with one message; built for that message, then shown."""

    replyRequested = Signal(int)
    """(row) answer this message, quoting it."""
    reactionChosen = Signal(str, str)
    """(wamid, emoji) put this reaction on the message; "" takes the business's back."""

    retryRequested = Signal(int)
    """(row) send this failed (or unconfirmed) reply again."""
    saveRequested = Signal(int)
    """(row) save this message's file, or its contact cards as a .vcf, where the agent picks."""

    def __init__(
        self, index: Index, own_reaction: str, savable: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        row = index.row()
        wamid = str(index.data(Role.Wamid) or "")
        # A message Meta has not numbered yet (still pending) cannot be answered or reacted to.
        can_answer = bool(wamid) and not index.data(Role.Notice)
        self.retry_action = self.addAction(translate("BubbleMenu", "Try again"))
        self.retry_action.setVisible(index.data(Role.Tick) in ("failed", "unknown"))
        self.retry_action.triggered.connect(lambda: self.retryRequested.emit(row))
        self.reply_action = self.addAction(translate("BubbleMenu", "Reply"))
        self.reply_action.setEnabled(can_answer)
        self.reply_action.triggered.connect(lambda: self.replyRequested.emit(row))
        react = self.addMenu(translate("BubbleMenu", "React"))
        react.setEnabled(can_answer)
        self.reaction_actions = {}
        for emoji in REACTIONS:
            action = react.addAction(emoji)
            action.setCheckable(True)
            action.setChecked(emoji == own_reaction)
            # Choosing the reaction already there takes it back, as in WhatsApp.
            chosen = "" if emoji == own_reaction else emoji
            action.triggered.connect(lambda _=False, e=chosen: self.reactionChosen.emit(wamid, e))
            self.reaction_actions[emoji] = action
        self.remove_reaction_action = react.addAction(translate("BubbleMenu", "Remove reaction"))
        self.remove_reaction_action.setEnabled(bool(own_reaction))
        self.remove_reaction_action.triggered.connect(lambda: self.reactionChosen.emit(wamid, ""))
        self.addSeparator()
        body = str(index.data(Role.Body) or "")
        self.copy_action = self.addAction(translate("BubbleMenu", "Copy text"))
        self.copy_action.setEnabled(bool(body))
        self.copy_action.triggered.connect(lambda: QGuiApplication.clipboard().setText(body))
        self.save_action = self.addAction(translate("BubbleMenu", "Save as…"))
        self.save_action.setEnabled(savable)
        self.save_action.triggered.connect(lambda: self.saveRequested.emit(row))
