"""The timeline's view: per-pixel scrolling, links that open, older pages asked for at the top."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QUrl, Signal
from PySide6.QtGui import QContextMenuEvent, QDesktopServices, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListView, QWidget

from desktop.bubbles import BubbleDelegate, Colors


class TimelineView(QListView):
    """A QListView tuned for a chat: bottom-anchored, variable heights, no widget per row."""

    olderWanted = Signal()
    """() the agent scrolled to the top: load the page before the first row."""
    newerWanted = Signal()
    """() the agent scrolled to the bottom of a window that lacks the newest rows."""
    quoteActivated = Signal(int)
    """(row) the agent clicked the quote block of this row: show the quoted message."""
    mediaActivated = Signal(int)
    """(row) the agent clicked a message with a file: open it, or try again to load it."""
    menuRequested = Signal(int, QPoint)
    """(row, global position) the agent right-clicked this row's bubble."""

    def __init__(self, delegate: BubbleDelegate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._delegate = delegate
        self.setItemDelegate(delegate)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(self.horizontalScrollBarPolicy().ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(False)
        self.setMouseTracking(True)
        self._paint_wallpaper()
        self.verticalScrollBar().setSingleStep(24)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._stick_to_bottom = True

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._paint_wallpaper()

    def _paint_wallpaper(self) -> None:
        # The application's palette: the view's own takes the style sheet's background.
        wallpaper = Colors.for_palette(QApplication.palette()).wallpaper.name()
        sheet = f"QListView {{ background: {wallpaper}; border: none; }}"
        # Polishing a new style sheet changes the palette, which comes back here.
        if self.styleSheet() != sheet:
            self.setStyleSheet(sheet)

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
        if index.isValid() and event.button() == Qt.MouseButton.LeftButton:
            rect, pos = self.visualRect(index), QPointF(event.position())
            link = self._delegate.anchor_at(rect, index, pos)
            if link:
                QDesktopServices.openUrl(QUrl(link))
                return
            if self._delegate.quote_at(rect, index, pos):
                self.quoteActivated.emit(index.row())
                return
            if self._delegate.media_at(rect, index, pos):
                self.mediaActivated.emit(index.row())
                return
        super().mouseReleaseEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if index.isValid():
            self.setCurrentIndex(index)
            self.menuRequested.emit(index.row(), event.globalPos())

    def show_row(self, row: int) -> None:
        """Bring a row to the middle of the view and select it (a jump to a message)."""
        index = self.model().index(row, 0)
        self.doItemsLayout()
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.setCurrentIndex(index)
