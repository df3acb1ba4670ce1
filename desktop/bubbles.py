"""The delegate that paints the timeline's bubbles from the model's roles, with cached layout.

It only paints and measures: everything comes from the model's `Presentation`
role. Each body is laid out once per (presentation, width) with a
`QTextLayout` (lighter than a `QTextDocument`; links are format ranges), so a
size hint is a dictionary lookup and scrolling only repaints.
"""

from __future__ import annotations

import math
import re
from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.timeline import Presentation, Role, TimelineModel

Index = QModelIndex | QPersistentModelIndex

MARGIN = 6
PAD = 8
RADIUS = 8
DAY_HEIGHT = 28
CACHE_SIZE = 6000
_URL = re.compile(r"(https?://[^\s<>\"]+|www\.[^\s<>\"]+)")
TICKS = {
    "pending": "🕓",
    "sent": "✓",
    "delivered": "✓✓",
    "read": "✓✓",
    "played": "✓✓",
    "failed": "⚠",
    "unknown": "?",
}


@dataclass(frozen=True, slots=True)
class Colors:
    """The bubbles' colors for a light or dark palette."""

    incoming: QColor
    outgoing: QColor
    text: QColor
    muted: QColor
    sender: QColor
    read: QColor
    error: QColor
    day: QColor

    @staticmethod
    def for_palette(palette: QPalette) -> Colors:
        return DARK if palette.color(QPalette.ColorRole.Window).lightness() < 128 else LIGHT


# Built once: the delegate asks for them on every paint.
DARK = Colors(
    QColor("#202c33"), QColor("#005c4b"), QColor("#e9edef"), QColor("#8696a0"),
    QColor("#53bdeb"), QColor("#53bdeb"), QColor("#f15c6d"), QColor("#182229"),
)  # fmt: skip
LIGHT = Colors(
    QColor("#ffffff"), QColor("#d9fdd3"), QColor("#111b21"), QColor("#667781"),
    QColor("#027eb5"), QColor("#53bdeb"), QColor("#d93025"), QColor("#e1f2fb"),
)  # fmt: skip


def links(text: str) -> list[tuple[int, int, str]]:
    """(start, end, url) of each link in the text."""
    found = []
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(".,;:!?)")
        target = url if "://" in url else "https://" + url
        found.append((match.start(), match.start() + len(url), target))
    return found


@dataclass(frozen=True, slots=True)
class Geometry:
    """A bubble's layout relative to its row's top-left corner."""

    left: int
    top: int
    width: int
    height: int
    sender_height: int
    body: QTextLayout
    body_width: int
    body_height: int
    links: tuple[tuple[int, int, str], ...]
    row_height: int


class BubbleDelegate(QStyledItemDelegate):
    """Paints a message: day header, bubble, sender, body, time and ticks, failure reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layouts: OrderedDict[tuple[Presentation, int], Geometry] = OrderedDict()
        self.width = 600  # the view's viewport width, set by the view when it resizes
        self._font = QFont()
        self._small = QFont()
        self._small.setPointSizeF(max(6.0, self._font.pointSizeF() * 0.8))
        self._bold = QFont(self._small)
        self._bold.setBold(True)
        self._small_metrics = QFontMetrics(self._small)

    def forget(self) -> None:
        """Drop cached layouts (a new conversation, another font)."""
        self._layouts.clear()

    # -- geometry -------------------------------------------------------------

    def geometry(self, shown: Presentation, width: int) -> Geometry:
        """The layout of a row shown `shown` at `width`, computed once and kept."""
        key = (shown, width)
        found = self._layouts.get(key)
        if found is not None:
            self._layouts.move_to_end(key)
            return found
        top = MARGIN + (DAY_HEIGHT if shown.day else 0)
        max_inner = max(80, int(width * 0.72) - 2 * PAD)
        body, body_w, body_h, found_links = self._lay_out_body(shown.body, max_inner)
        small = self._small_metrics
        sender_h = small.height() if shown.sender else 0
        footer_w = small.horizontalAdvance(f"{shown.time}  {TICKS.get(shown.tick, '')}") + 4
        error_h = 0
        if shown.error:
            error_h = small.boundingRect(
                0, 0, max_inner, 10_000, Qt.TextFlag.TextWordWrap, shown.error
            ).height()
        inner_w = min(max(body_w, footer_w, small.horizontalAdvance(shown.sender)), max_inner)
        height = sender_h + body_h + small.height() + error_h + 2 * PAD
        left = width - MARGIN - inner_w - 2 * PAD if shown.outgoing else MARGIN
        found = Geometry(
            left, top, inner_w + 2 * PAD, height, sender_h, body, body_w, body_h,
            tuple(found_links), top + height + MARGIN,
        )  # fmt: skip
        self._layouts[key] = found
        if len(self._layouts) > CACHE_SIZE:
            self._layouts.popitem(last=False)
        return found

    def _lay_out_body(
        self, text: str, width: int
    ) -> tuple[QTextLayout, int, int, list[tuple[int, int, str]]]:
        """The body wrapped at `width`: (layout, widest line, height, links)."""
        layout = QTextLayout(text, self._font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        found = links(text)
        if found:
            ranges = []
            for start, end, _ in found:
                link = QTextLayout.FormatRange()
                link.start, link.length = start, end - start
                link.format.setForeground(QColor("#027eb5"))
                link.format.setFontUnderline(True)
                ranges.append(link)
            layout.setFormats(ranges)
        layout.beginLayout()
        y, widest = 0.0, 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            y += line.height()
            widest = max(widest, line.naturalTextWidth())
        layout.endLayout()
        return layout, math.ceil(widest), math.ceil(y), found

    def prepare(self, shown: Presentation) -> None:
        """Lay out a row before it is inserted, so its insertion frame does not."""
        self.geometry(shown, self.width)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # QListView asks with an empty rect: the width is the view's, kept here.
        shown = self._shown(index)
        return QSize(self.width, self.geometry(shown, self.width).row_height)

    def _shown(self, index: Index) -> Presentation:
        """The row's presentation; straight from our model when it is ours (a view lays out
        every row of its window, and Qt's data() round trip costs more than the lookup)."""
        model = index.model()
        if isinstance(model, TimelineModel):
            return model.presentation(index.row())
        shown: Presentation = index.data(Role.Presentation)
        return shown

    def anchor_at(self, rect: QRect, index: Index, pos: QPointF) -> str:
        """The link under `pos` (view coordinates) in the row drawn in `rect`, or ""."""
        g = self.geometry(index.data(Role.Presentation), rect.width())
        body = QPointF(rect.left() + g.left + PAD, rect.top() + g.top + PAD + g.sender_height)
        local = pos - body
        inside = 0 <= local.x() <= g.body_width and 0 <= local.y() <= g.body_height
        if not g.links or not inside:
            return ""
        for i in range(g.body.lineCount()):
            line = g.body.lineAt(i)
            if line.y() <= local.y() < line.y() + line.height():
                at = line.xToCursor(local.x())
                return next((url for start, end, url in g.links if start <= at < end), "")
        return ""

    # -- painting -------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect: QRect = option.rect
        shown = self._shown(index)
        colors = Colors.for_palette(option.palette)
        g = self.geometry(shown, rect.width())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if shown.day:
            self._paint_day(painter, rect, shown.day, colors)
        bubble = QRect(rect.left() + g.left, rect.top() + g.top, g.width, g.height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors.outgoing if shown.outgoing else colors.incoming)
        painter.drawRoundedRect(bubble, RADIUS, RADIUS)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setBrush(QColor(0, 0, 0, 20))
            painter.drawRoundedRect(bubble, RADIUS, RADIUS)
        small = self._small_metrics
        if shown.sender:
            painter.setFont(self._bold)
            painter.setPen(colors.sender)
            painter.drawText(
                QRect(bubble.left() + PAD, bubble.top() + PAD, g.width - 2 * PAD, g.sender_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                small.elidedText(shown.sender, Qt.TextElideMode.ElideRight, g.width - 2 * PAD),
            )
        body_top = bubble.top() + PAD + g.sender_height
        painter.setPen(colors.text)
        g.body.draw(painter, QPointF(bubble.left() + PAD, body_top))
        self._paint_footer(painter, shown, bubble, body_top + g.body_height, colors)
        painter.restore()

    def _paint_day(self, painter: QPainter, rect: QRect, day: str, colors: Colors) -> None:
        width = self._small_metrics.horizontalAdvance(day) + 24
        pill = QRect(rect.center().x() - width // 2, rect.top() + MARGIN, width, DAY_HEIGHT - 8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors.day)
        painter.drawRoundedRect(pill, RADIUS, RADIUS)
        painter.setFont(self._small)
        painter.setPen(colors.muted)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, day)

    def _paint_footer(
        self, painter: QPainter, shown: Presentation, bubble: QRect, y: int, colors: Colors
    ) -> None:
        small = self._small_metrics
        painter.setFont(self._small)
        mark = TICKS.get(shown.tick, "")
        line = QRect(bubble.left() + PAD, y, bubble.width() - 2 * PAD, small.height())
        mark_w = small.horizontalAdvance(mark) if mark else 0
        painter.setPen(colors.muted)
        painter.drawText(
            line.adjusted(0, 0, -(mark_w + 4 if mark else 0), 0),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            shown.time,
        )
        if mark:
            if shown.tick in ("read", "played"):
                painter.setPen(colors.read)
            elif shown.tick == "failed":
                painter.setPen(colors.error)
            painter.drawText(
                line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, mark
            )
        if shown.error:
            painter.setPen(colors.error)
            painter.drawText(
                QRect(
                    line.left(), line.bottom() + 1, line.width(), bubble.bottom() - line.bottom()
                ),
                Qt.TextFlag.TextWordWrap,
                shown.error,
            )
