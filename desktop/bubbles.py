"""The delegate that paints the timeline's bubbles from the model's roles, with cached layout.

It only paints and measures: every text comes from a role. Laid-out bodies
(`QTextDocument`s, with links) are kept per (message, text, width), so a size
hint is computed once per message and width, and scrolling repaints only.
"""

from __future__ import annotations

import html
import re
from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.timeline import Role

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

    @classmethod
    def for_palette(cls, palette: QPalette) -> Colors:
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        if dark:
            return cls(
                QColor("#202c33"), QColor("#005c4b"), QColor("#e9edef"), QColor("#8696a0"),
                QColor("#53bdeb"), QColor("#53bdeb"), QColor("#f15c6d"), QColor("#182229"),
            )  # fmt: skip
        return cls(
            QColor("#ffffff"), QColor("#d9fdd3"), QColor("#111b21"), QColor("#667781"),
            QColor("#027eb5"), QColor("#53bdeb"), QColor("#d93025"), QColor("#e1f2fb"),
        )  # fmt: skip


def to_html(text: str) -> str:
    """The body as HTML: escaped, links made clickable, line breaks kept."""
    escaped = html.escape(text)
    linked = _URL.sub(
        lambda m: (
            f'<a href="{m.group(0) if "://" in m.group(0) else "https://" + m.group(0)}">'
            f"{m.group(0)}</a>"
        ),
        escaped,
    )
    return linked.replace("\n", "<br>")


class BubbleDelegate(QStyledItemDelegate):
    """Paints a message: day header, bubble, sender, body, time and ticks, failure reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._docs: OrderedDict[tuple[int, str, int], QTextDocument] = OrderedDict()
        self.width = 600  # the view's viewport width, set by the view when it resizes
        self._font = QFont()
        self._small = QFont()
        self._small.setPointSizeF(max(6.0, self._font.pointSizeF() * 0.8))
        self._bold = QFont(self._small)
        self._bold.setBold(True)

    def forget(self) -> None:
        """Drop cached layouts (a new conversation, another font)."""
        self._docs.clear()

    # -- geometry -------------------------------------------------------------

    def _document(self, index: Index, width: int) -> QTextDocument:
        body = str(index.data(Role.Body) or "")
        key = (int(index.data(Role.Id) or 0), body, width)
        doc = self._docs.get(key)
        if doc is not None:
            self._docs.move_to_end(key)
            return doc
        doc = QTextDocument()
        doc.setDefaultFont(self._font)
        doc.setDocumentMargin(0)
        doc.setHtml(to_html(body))
        doc.setTextWidth(width)
        # Short messages get a bubble as wide as their text, not the maximum.
        doc.setTextWidth(min(width, int(doc.idealWidth()) + 1))
        self._docs[key] = doc
        if len(self._docs) > CACHE_SIZE:
            self._docs.popitem(last=False)
        return doc

    def _layout(self, rect: QRect, index: Index) -> tuple[QRect, QRectF, QTextDocument, int]:
        """(bubble rect, body rect, body, top of the bubble) for a row drawn in `rect`."""
        top = rect.top() + MARGIN + (DAY_HEIGHT if index.data(Role.Day) else 0)
        max_inner = max(80, int(rect.width() * 0.72) - 2 * PAD)
        doc = self._document(index, max_inner)
        small = QFontMetrics(self._small)
        sender = str(index.data(Role.Sender) or "")
        sender_h = small.height() if sender else 0
        footer = f"{index.data(Role.Time) or ''}  {TICKS.get(str(index.data(Role.Tick)), '')}"
        footer_w = small.horizontalAdvance(footer) + 4
        error = str(index.data(Role.Error) or "")
        error_h = 0
        if error:
            error_h = small.boundingRect(
                0, 0, max_inner, 10_000, Qt.TextFlag.TextWordWrap, error
            ).height()
        inner_w = max(int(doc.size().width()), footer_w, small.horizontalAdvance(sender))
        inner_w = min(max(inner_w, footer_w), max_inner)
        height = sender_h + int(doc.size().height()) + small.height() + error_h + 2 * PAD
        outgoing = bool(index.data(Role.Outgoing))
        left = rect.right() - MARGIN - inner_w - 2 * PAD if outgoing else rect.left() + MARGIN
        bubble = QRect(left, top, inner_w + 2 * PAD, height)
        body = QRectF(left + PAD, top + PAD + sender_h, doc.size().width(), doc.size().height())
        return bubble, body, doc, sender_h

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # QListView asks with an empty rect: the width is the view's, kept here.
        width = self.width
        rect = QRect(0, 0, width, 0)
        bubble, _, _, _ = self._layout(rect, index)
        return QSize(width, bubble.bottom() + MARGIN)

    def anchor_at(self, rect: QRect, index: Index, pos: QPointF) -> str:
        """The link under `pos` (view coordinates) in the row drawn in `rect`, or ""."""
        _, body, doc, _ = self._layout(rect, index)
        if not body.contains(pos):
            return ""
        return doc.documentLayout().anchorAt(pos - body.topLeft())

    # -- painting -------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect: QRect = option.rect
        colors = Colors.for_palette(option.palette)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        day = str(index.data(Role.Day) or "")
        if day:
            self._paint_day(painter, rect, day, colors)
        bubble, body, doc, sender_h = self._layout(rect, index)
        outgoing = bool(index.data(Role.Outgoing))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors.outgoing if outgoing else colors.incoming)
        painter.drawRoundedRect(bubble, RADIUS, RADIUS)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setBrush(QColor(0, 0, 0, 20))
            painter.drawRoundedRect(bubble, RADIUS, RADIUS)
        small = QFontMetrics(self._small)
        sender = str(index.data(Role.Sender) or "")
        if sender:
            painter.setFont(self._bold)
            painter.setPen(colors.sender)
            painter.drawText(
                QRect(bubble.left() + PAD, bubble.top() + PAD, bubble.width() - 2 * PAD, sender_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                small.elidedText(sender, Qt.TextElideMode.ElideRight, bubble.width() - 2 * PAD),
            )
        painter.translate(body.topLeft())
        doc.drawContents(painter)
        painter.translate(-body.topLeft())
        self._paint_footer(painter, index, bubble, body, colors)
        painter.restore()

    def _paint_day(self, painter: QPainter, rect: QRect, day: str, colors: Colors) -> None:
        metrics = QFontMetrics(self._small)
        width = metrics.horizontalAdvance(day) + 24
        pill = QRect(rect.center().x() - width // 2, rect.top() + MARGIN, width, DAY_HEIGHT - 8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors.day)
        painter.drawRoundedRect(pill, RADIUS, RADIUS)
        painter.setFont(self._small)
        painter.setPen(colors.muted)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, day)

    def _paint_footer(
        self, painter: QPainter, index: Index, bubble: QRect, body: QRectF, colors: Colors
    ) -> None:
        small = QFontMetrics(self._small)
        painter.setFont(self._small)
        tick = str(index.data(Role.Tick) or "")
        mark = TICKS.get(tick, "")
        time_text = str(index.data(Role.Time) or "")
        y = int(body.bottom())
        line = QRect(bubble.left() + PAD, y, bubble.width() - 2 * PAD, small.height())
        mark_w = small.horizontalAdvance(mark) if mark else 0
        painter.setPen(colors.muted)
        painter.drawText(
            line.adjusted(0, 0, -(mark_w + 4 if mark else 0), 0),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            time_text,
        )
        if mark:
            painter.setPen(
                colors.read
                if tick in ("read", "played")
                else colors.error
                if tick == "failed"
                else colors.muted
            )
            painter.drawText(
                line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, mark
            )
        error = str(index.data(Role.Error) or "")
        if error:
            painter.setPen(colors.error)
            painter.drawText(
                QRect(
                    line.left(), line.bottom() + 1, line.width(), bubble.bottom() - line.bottom()
                ),
                Qt.TextFlag.TextWordWrap,
                error,
            )
