"""The timeline's view: per-pixel scrolling, links that open, older pages asked for at the top."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from desktop.bubbles import BubbleDelegate


class TimelineView(QListView):
    """A QListView tuned for a chat: bottom-anchored, variable heights, no widget per row."""

    olderWanted = Signal()
    """() the agent scrolled to the top: load the page before the first row."""
    newerWanted = Signal()
    """() the agent scrolled to the bottom of a window that lacks the newest rows."""

    def __init__(self, delegate: BubbleDelegate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._delegate = delegate
        self.setItemDelegate(delegate)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(self.horizontalScrollBarPolicy().ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(False)
        self.setMouseTracking(True)
        self.setStyleSheet("QListView { background: #efeae2; border: none; }")
        self.verticalScrollBar().setSingleStep(24)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._stick_to_bottom = True

    def at_bottom(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - 4

    def keep_bottom(self) -> None:
        """Called before rows change: stay at the newest message if the agent was there."""
        self._stick_to_bottom = self.at_bottom()

    def follow(self) -> None:
        """Called after rows changed."""
        if self._stick_to_bottom:
            self.scrollToBottom()

    def _scrolled(self, value: int) -> None:
        model = self.model()
        if model is None or model.rowCount() == 0:
            return
        # Ask two screens ahead, so the page is usually there before the agent is.
        ahead = 2 * self.viewport().height()
        if value <= ahead:
            self.olderWanted.emit()
        if value >= self.verticalScrollBar().maximum() - ahead:
            self.newerWanted.emit()

    def anchor(self) -> tuple[int, int] | None:
        """(row, offset from the viewport's top) of the first visible row, to keep it still."""
        index = self.indexAt(self.viewport().rect().topLeft())
        return (index.row(), self.visualRect(index).top()) if index.isValid() else None

    def restore(self, anchor: tuple[int, int] | None, removed_above: int) -> None:
        """Put the anchored row back where it was after `removed_above` rows left above it."""
        if anchor is None:
            return
        row, top = anchor
        index = self.model().index(row - removed_above, 0)
        if not index.isValid():
            return
        self.doItemsLayout()
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.visualRect(index).top() - top)

    def resizeEvent(self, event: QResizeEvent) -> None:
        bottom = self.at_bottom()
        self._delegate.width = self.viewport().width()
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()
        if bottom:
            self.scrollToBottom()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid():
            link = self._delegate.anchor_at(
                self.visualRect(index), index, QPointF(event.position())
            )
            if link:
                QDesktopServices.openUrl(QUrl(link))
                return
        super().mouseReleaseEvent(event)
