"""The team's quick replies under the composer's `/`: typed `/hor`, Enter inserts the text."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from wire.team import QuickReply

# Rows shown at once; more matches scroll.
VISIBLE_ROWS = 6


def matching(replies: list[QuickReply], typed: str) -> list[QuickReply]:
    """The quick replies for what follows the `/`: shortcuts that start with it first,
    then those whose shortcut or text contains it (case and accents as typed)."""
    wanted = typed.casefold()
    starts = [r for r in replies if r.shortcut.casefold().startswith(wanted)]
    contains = [
        r
        for r in replies
        if r not in starts and (wanted in r.shortcut.casefold() or wanted in r.text.casefold())
    ]
    return starts + contains


class QuickReplyMenu(QListWidget):
    """The matches, above the text box; the box keeps the focus and sends it its keys."""

    chosen = Signal(object)
    """(QuickReply) the agent picked this quick reply (Enter, Tab or a click)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setUniformItemSizes(True)
        self.itemClicked.connect(self._pick)
        self.hide()

    def show_matches(self, replies: list[QuickReply]) -> None:
        """Show these quick replies (the first selected), or hide when there are none."""
        self.clear()
        for reply in replies:
            first = reply.text.split("\n", 1)[0]
            item = QListWidgetItem(f"/{reply.shortcut}  ·  {first}", self)
            item.setData(Qt.ItemDataRole.UserRole, reply)
            item.setToolTip(reply.text)
        if not replies:
            self.hide()
            return
        self.setCurrentRow(0)
        rows = min(VISIBLE_ROWS, len(replies))
        self.setFixedHeight(self.sizeHintForRow(0) * rows + 2 * self.frameWidth())
        self.show()

    def handle(self, event: QKeyEvent) -> bool:
        """A key pressed in the text box while the menu shows; True if it was the menu's."""
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            self.setCurrentRow(max(0, min(self.count() - 1, self.currentRow() + step)))
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
            item = self.currentItem()
            if item is not None:
                self._pick(item)
            return True
        if key == Qt.Key.Key_Escape:
            self.hide()
            return True
        return False

    def _pick(self, item: QListWidgetItem) -> None:
        self.hide()
        self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))
