"""The messages a search found, under the conversation list: a click or Enter shows one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from desktop.cache import MessageRow

# Characters of context either side of the match in a result's snippet.
CONTEXT = 30


def snippet(text: str, found: str) -> str:
    """The part of `text` around the first match of `found`, on one line."""
    flat = " ".join(text.split())
    at = flat.casefold().find(found.casefold())
    if at < 0:
        return flat[: 2 * CONTEXT]
    start, end = max(0, at - CONTEXT), min(len(flat), at + len(found) + CONTEXT)
    return ("…" if start else "") + flat[start:end] + ("…" if end < len(flat) else "")


class SearchResults(QListWidget):
    """Each message found: its conversation, when, and its words around the match."""

    chosen = Signal(str, str)
    """(conversation, wamid) the agent picked this message: show it in its conversation."""

    def __init__(self, title_of: Callable[[str], str], parent: QWidget | None = None) -> None:
        """`title_of`: a conversation's name as the list shows it."""
        super().__init__(parent)
        self._title_of = title_of
        self._locale = QLocale()
        self.setWordWrap(True)
        self.itemActivated.connect(self._pick)
        self.itemClicked.connect(self._pick)
        self.hide()

    def show_hits(self, text: str, rows: list[MessageRow]) -> None:
        """The messages found for `text` (none: the panel hides)."""
        self.clear()
        for row in rows:
            if not row.wamid:
                continue  # not yet confirmed by the relay: it cannot be jumped to
            when = self._locale.toString(
                QDateTime.fromSecsSinceEpoch(row.timestamp), QLocale.FormatType.ShortFormat
            )
            item = QListWidgetItem(
                f"{self._title_of(row.conversation)} · {when}\n{snippet(row.text or '', text)}",
                self,
            )
            item.setData(Qt.ItemDataRole.UserRole, (row.conversation, row.wamid))
        self.setVisible(self.count() > 0)
        if self.count():
            self.setCurrentRow(0)

    def choose_current(self) -> bool:
        """Show the selected result (Enter in the search box); False when there is none."""
        item = self.currentItem()
        if item is None or not self.isVisible():
            return False
        self._pick(item)
        return True

    def _pick(self, item: QListWidgetItem) -> None:
        conversation, wamid = item.data(Qt.ItemDataRole.UserRole)
        self.chosen.emit(conversation, wamid)
