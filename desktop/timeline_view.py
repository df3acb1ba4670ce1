"""The timeline's view: per-pixel scrolling, links that open, pages asked for at either end.

It keeps the agent's place itself: before its model's rows change it notes whether
the agent is at the newest message and which row is at the top, and once the
model says the batch is over (`TimelineModel.settled`, or the next event-loop
turn for a lone change) it stays at the bottom or puts that row back where it was.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QContextMenuEvent, QDesktopServices, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListView, QWidget

from desktop.bubbles import BubbleDelegate, Colors
from desktop.timeline import TimelineModel

# Where the agent was before a change: at the bottom, or with this row this far
# from the viewport's top.
_Place = tuple[bool, tuple[QPersistentModelIndex, int] | None]


class TimelineView(QListView):
    """A QListView tuned for a chat: bottom-anchored, variable heights, no widget per row."""

    olderWanted = Signal()
    """() the agent scrolled near the top: load the page before the first row."""
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
        self.verticalScrollBar().rangeChanged.connect(self._range_changed)
        # At the newest message, the view stays there while rows above it grow or shrink
        # (their layout done, a thumbnail decoded, the scroll bar appearing), until the
        # agent scrolls away.
        self._pinned = True
        self._before: _Place | None = None
        # A change outside a batch (a thumbnail decoded) is settled on the next turn.
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(0)
        self._settle.timeout.connect(self._put_back)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is None:
            return
        model.rowsAboutToBeInserted.connect(self._remember)
        model.rowsAboutToBeRemoved.connect(self._remember)
        # The layout is delayed, so at dataChanged the scroll bar still says where the
        # agent was; a grown bubble keeps them at the bottom, nothing else moves.
        model.dataChanged.connect(self._remember_bottom)
        model.modelAboutToBeReset.connect(self._starting_over)
        if isinstance(model, TimelineModel):
            model.settled.connect(self._put_back)

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

    def _remember(self, *_: object) -> None:
        if self._before is None:
            index = self.indexAt(self.viewport().rect().topLeft())
            anchor = (QPersistentModelIndex(index), self.visualRect(index).top())
            self._before = (self._pinned, anchor if index.isValid() else None)
            self._settle.start()

    def _remember_bottom(self, *_: object) -> None:
        if self._before is None and self._pinned:
            self._before = (True, None)
            self._settle.start()

    def _starting_over(self) -> None:
        self._delegate.forget()  # another conversation: its layouts would only take room
        self._pinned = True
        self._before = (True, None)
        self._settle.start()

    def _put_back(self) -> None:
        self._settle.stop()
        before, self._before = self._before, None
        if before is None:
            return
        bottom, anchor = before
        if bottom:
            if self._pinned:  # unless the agent scrolled away since
                self.scrollToBottom()
            return
        if anchor is None or not anchor[0].isValid():
            return  # the row at the top left the window: nothing to hold on to
        self.doItemsLayout()
        index = self.model().index(anchor[0].row(), 0)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.visualRect(index).top() - anchor[1])

    def _range_changed(self, _minimum: int, maximum: int) -> None:
        if self._pinned:
            self.verticalScrollBar().setValue(maximum)

    def _scrolled(self, value: int) -> None:
        self._pinned = value >= self.verticalScrollBar().maximum() - 4
        model = self.model()
        if model is None or model.rowCount() == 0:
            return
        # Ask two screens ahead, so the page is usually there before the agent is.
        ahead = 2 * self.viewport().height()
        if value <= ahead:
            self.olderWanted.emit()
        if value >= self.verticalScrollBar().maximum() - ahead and model.canFetchMore(
            QModelIndex()
        ):
            model.fetchMore(QModelIndex())

    def resizeEvent(self, event: QResizeEvent) -> None:
        bottom = self._pinned
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
        self._settle.stop()
        self._before = None
        index = self.model().index(row, 0)
        self.doItemsLayout()
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.setCurrentIndex(index)
