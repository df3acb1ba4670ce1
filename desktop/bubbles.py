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

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPalette,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from desktop.media_shelf import MediaShelf
from desktop.ticks import MARKS, paint_tick
from desktop.timeline import Presentation, Role, TimelineModel

Index = QModelIndex | QPersistentModelIndex

MARGIN = 6
PAD = 8
RADIUS = 8
DAY_HEIGHT = 28
QUOTE_BAR = 4
AUDIO_BAR = 140  # the width of a voice note's progress bar
# Reactions hang below the bubble's edge by this much of their pill.
REACTION_OVERLAP = 6
CACHE_SIZE = 6000
_URL = re.compile(r"(https?://[^\s<>\"]+|www\.[^\s<>\"]+)")


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
    wallpaper: QColor  # behind the bubbles
    selected: QColor  # the open conversation's row in the list
    note: QColor  # a team's internal note

    @staticmethod
    def for_palette(palette: QPalette) -> Colors:
        return DARK if palette.color(QPalette.ColorRole.Window).lightness() < 128 else LIGHT


# Built once: the delegate asks for them on every paint.
DARK = Colors(
    QColor("#202c33"), QColor("#005c4b"), QColor("#e9edef"), QColor("#8696a0"),
    QColor("#53bdeb"), QColor("#53bdeb"), QColor("#f15c6d"), QColor("#182229"),
    QColor("#0b141a"), QColor("#2a3942"), QColor("#4d4018"),
)  # fmt: skip
LIGHT = Colors(
    QColor("#ffffff"), QColor("#d9fdd3"), QColor("#111b21"), QColor("#667781"),
    QColor("#027eb5"), QColor("#53bdeb"), QColor("#d93025"), QColor("#e1f2fb"),
    QColor("#efeae2"), QColor("#e9edef"), QColor("#fff3c4"),
)  # fmt: skip


def links(text: str) -> list[tuple[int, int, str]]:
    """(start, end, url) of each link in the text, in UTF-16 code units (as Qt counts:
    an emoji before a link counts two)."""
    found = []
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(".,;:!?)")
        target = url if "://" in url else "https://" + url
        start = _utf16_length(text[: match.start()])
        found.append((start, start + _utf16_length(url), target))
    return found


def _utf16_length(text: str) -> int:
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


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
    quote_height: int = 0  # the quote block, its gap below included
    reactions: QRect | None = None  # the pill under the bubble, relative to the row
    media_height: int = 0  # the picture's box, its gap below included
    note_height: int = 0  # the line under a file


class BubbleDelegate(QStyledItemDelegate):
    """Paints a message: day header, bubble, sender, body, time and ticks, failure reason."""

    def __init__(self, parent: QWidget | None = None, shelf: MediaShelf | None = None) -> None:
        super().__init__(parent)
        self.shelf = shelf  # where thumbnails come from
        self._layouts: OrderedDict[tuple[Presentation, int], Geometry] = OrderedDict()
        self.width = 600  # the view's viewport width, set by the view when it resizes
        self._font = QFont()
        self._small = QFont()
        self._small.setPointSizeF(max(6.0, self._font.pointSizeF() * 0.8))
        self._bold = QFont(self._small)
        self._bold.setBold(True)
        self._small_metrics = QFontMetrics(self._small)
        # Names are drawn bold: measured bold, or a short reply cuts its sender's name.
        self._bold_metrics = QFontMetrics(self._bold)

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
        small = self._small_metrics
        if shown.notice:
            return self._keep(key, self._notice_geometry(shown, width, top))
        max_inner = max(80, int(width * 0.72) - 2 * PAD)
        body, body_w, body_h, found_links = self._lay_out_body(shown.body, max_inner)
        sender_h = small.height() if shown.sender else 0
        quote_h = quote_w = 0
        if shown.quote_text:
            quote_h = 2 * small.height() + 2 * 4 + 4
            quote_w = (
                QUOTE_BAR
                + 12
                + max(
                    self._bold_metrics.horizontalAdvance(shown.quote_sender),
                    small.horizontalAdvance(shown.quote_text),
                )
            )
        media_w, media_h = shown.media_box
        if media_h:
            media_h += 4
        note_h = small.height() if shown.media_note else 0
        note_w = small.horizontalAdvance(shown.media_note) if shown.media_note else 0
        if shown.audio is not None:
            note_w += AUDIO_BAR + 8  # the progress bar beside the clock
        if not shown.body:
            body_w = body_h = 0
        footer = f"{shown.edited} {shown.time}" if shown.edited else shown.time
        footer_w = small.horizontalAdvance(f"{footer}  {MARKS.get(shown.tick, '')}") + 4
        error_h = 0
        if shown.error:
            error_h = small.boundingRect(
                0, 0, max_inner, 10_000, Qt.TextFlag.TextWordWrap, shown.error
            ).height()
        inner_w = min(
            max(
                body_w,
                footer_w,
                quote_w,
                media_w,
                note_w,
                self._bold_metrics.horizontalAdvance(shown.sender),
            ),
            max_inner,
        )
        height = sender_h + quote_h + media_h + body_h + note_h + small.height() + error_h + 2 * PAD
        left = width - MARGIN - inner_w - 2 * PAD if shown.outgoing else MARGIN
        row_height = top + height + MARGIN
        reactions = None
        if shown.reactions:
            pill_w = small.horizontalAdvance(shown.reactions) + 16
            pill_h = small.height() + 8
            pill_left = left + inner_w + 2 * PAD - pill_w - PAD if shown.outgoing else left + PAD
            reactions = QRect(pill_left, top + height - REACTION_OVERLAP, pill_w, pill_h)
            row_height += pill_h - REACTION_OVERLAP
        found = Geometry(
            left, top, inner_w + 2 * PAD, height, sender_h, body, body_w, body_h,
            tuple(found_links), row_height, quote_h, reactions, media_h, note_h,
        )  # fmt: skip
        return self._keep(key, found)

    def _keep(self, key: tuple[Presentation, int], found: Geometry) -> Geometry:
        self._layouts[key] = found
        if len(self._layouts) > CACHE_SIZE:
            self._layouts.popitem(last=False)
        return found

    def _notice_geometry(self, shown: Presentation, width: int, top: int) -> Geometry:
        """A system notice: centred, wrapped small text in a pill, no bubble."""
        max_inner = max(80, int(width * 0.8) - 2 * PAD)
        body, body_w, body_h, found_links = self._lay_out_body(shown.body, max_inner, self._small)
        inner_w = body_w
        height = body_h + 2 * 5
        left = (width - inner_w - 2 * PAD) // 2
        return Geometry(
            left, top, inner_w + 2 * PAD, height, 0, body, body_w, body_h,
            tuple(found_links), top + height + MARGIN,
        )  # fmt: skip

    def _lay_out_body(
        self, text: str, width: int, font: QFont | None = None
    ) -> tuple[QTextLayout, int, int, list[tuple[int, int, str]]]:
        """The body wrapped at `width`: (layout, widest line, height, links)."""
        # QTextLayout breaks lines only at U+2028; it has the same length as "\n", so the
        # links' offsets hold.
        layout = QTextLayout(text.replace("\n", "\u2028"), font or self._font)
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
        shown = self._shown(index)
        g = self.geometry(shown, rect.width())
        body = QPointF(rect.left() + g.left + PAD, rect.top() + g.top + self._body_offset(g, shown))
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

    def quote_at(self, rect: QRect, index: Index, pos: QPointF) -> bool:
        """Whether `pos` (view coordinates) is on the quote block of the row drawn in `rect`."""
        shown = self._shown(index)
        g = self.geometry(shown, rect.width())
        if not g.quote_height:
            return False
        return self._quote_rect(rect, g).contains(pos.toPoint())

    def media_at(self, rect: QRect, index: Index, pos: QPointF) -> bool:
        """Whether `pos` (view coordinates) is on the bubble of a message with a file."""
        shown = self._shown(index)
        if shown.media is None:
            return False
        g = self.geometry(shown, rect.width())
        return self._bubble_rect(rect, g).contains(pos.toPoint())

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        """Tooltips: who reacted, over the reactions; the text before an edit, over the bubble."""
        if event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        shown = self._shown(index)
        g = self.geometry(shown, option.rect.width())
        pos = event.pos() - option.rect.topLeft()
        tip = ""
        if g.reactions is not None and g.reactions.contains(pos):
            tip = shown.reacted_by
        elif shown.edit_note and self._bubble_rect(QRect(), g).contains(pos):
            tip = shown.edit_note
        if tip:
            QToolTip.showText(event.globalPos(), tip, view)
            return True
        QToolTip.hideText()
        return False

    @staticmethod
    def _body_offset(g: Geometry, shown: Presentation) -> int:
        return (5 if shown.notice else PAD + g.sender_height) + g.quote_height + g.media_height

    @staticmethod
    def _bubble_rect(rect: QRect, g: Geometry) -> QRect:
        """The bubble of a row drawn in `rect` (an empty `rect`: relative to the row)."""
        return QRect(rect.left() + g.left, rect.top() + g.top, g.width, g.height)

    @staticmethod
    def _quote_rect(rect: QRect, g: Geometry) -> QRect:
        return QRect(
            rect.left() + g.left + PAD,
            rect.top() + g.top + PAD + g.sender_height,
            g.width - 2 * PAD,
            g.quote_height - 4,
        )

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
        bubble = self._bubble_rect(rect, g)
        painter.setPen(Qt.PenStyle.NoPen)
        if shown.notice:
            painter.setBrush(colors.day)
            painter.drawRoundedRect(bubble, RADIUS, RADIUS)
            painter.setPen(colors.muted)
            g.body.draw(painter, QPointF(bubble.left() + PAD, bubble.top() + 5))
            painter.restore()
            return
        if shown.note:
            painter.setBrush(colors.note)
        else:
            painter.setBrush(colors.outgoing if shown.outgoing else colors.incoming)
        painter.drawRoundedRect(bubble, RADIUS, RADIUS)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setBrush(QColor(0, 0, 0, 20))
            painter.drawRoundedRect(bubble, RADIUS, RADIUS)
        if shown.sender:
            painter.setFont(self._bold)
            painter.setPen(colors.sender)
            painter.drawText(
                QRect(bubble.left() + PAD, bubble.top() + PAD, g.width - 2 * PAD, g.sender_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self._bold_metrics.elidedText(
                    shown.sender, Qt.TextElideMode.ElideRight, g.width - 2 * PAD
                ),
            )
        if g.quote_height:
            self._paint_quote(painter, shown, self._quote_rect(rect, g), colors)
        if g.media_height:
            box = QRect(
                bubble.left() + PAD,
                bubble.top() + PAD + g.sender_height + g.quote_height,
                shown.media_box[0],
                shown.media_box[1],
            )
            self._paint_media(painter, shown, box, colors)
        body_top = bubble.top() + self._body_offset(g, shown)
        painter.setPen(colors.muted if shown.muted else colors.text)
        if shown.body:
            g.body.draw(painter, QPointF(bubble.left() + PAD, body_top))
        if g.note_height:
            painter.setFont(self._small)
            painter.setPen(colors.error if shown.media_state == "failed" else colors.sender)
            note = QRect(bubble.left() + PAD, body_top + g.body_height, g.width - 2 * PAD,
                         g.note_height)  # fmt: skip
            painter.drawText(
                note, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown.media_note
            )
            if shown.audio is not None:
                self._paint_progress(painter, shown.audio, note, colors)
        self._paint_footer(painter, shown, bubble, body_top + g.body_height + g.note_height, colors)
        if g.reactions is not None:
            self._paint_reactions(painter, shown, g.reactions.translated(rect.topLeft()), colors)
        painter.restore()

    def _paint_progress(
        self, painter: QPainter, audio: tuple[bool, int, int], line: QRect, colors: Colors
    ) -> None:
        _, position, duration = audio
        track = QRect(line.right() - AUDIO_BAR, line.center().y() - 2, AUDIO_BAR, 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors.day)
        painter.drawRoundedRect(track, 2, 2)
        if duration > 0:
            width = int(track.width() * min(1.0, position / duration))
            done = QRect(track.left(), track.top(), width, track.height())
            painter.setBrush(colors.sender)
            painter.drawRoundedRect(done, 2, 2)

    def _paint_media(
        self, painter: QPainter, shown: Presentation, box: QRect, colors: Colors
    ) -> None:
        media = shown.media
        image = (
            self.shelf.thumbnail(media.media_id)
            if self.shelf and media and media.media_id
            else None
        )
        font = QFont(self._font)
        font.setPointSizeF(font.pointSizeF() * 2)
        painter.setFont(font)
        if image is not None and shown.media_state == "ready":
            painter.drawImage(box, image)
            if media is not None and media.kind == "video":
                # The poster of a video: a play mark on a dark disc, readable on any frame.
                disc = QRect(0, 0, 44, 44)
                disc.moveCenter(box.center())
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(0, 0, 0, 130))
                painter.drawEllipse(disc)
                painter.setPen(QColor(255, 255, 255))
                painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, "▶")
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors.day)
        painter.drawRoundedRect(box, 6, 6)
        mark = {"loading": "⏳", "failed": "⚠"}.get(shown.media_state, "▶")
        painter.setPen(colors.error if shown.media_state == "failed" else colors.muted)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, mark)

    def _paint_quote(
        self, painter: QPainter, shown: Presentation, block: QRect, colors: Colors
    ) -> None:
        small = self._small_metrics
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 18))
        painter.drawRoundedRect(block, 5, 5)
        painter.setBrush(colors.sender)
        painter.drawRoundedRect(QRect(block.left(), block.top(), QUOTE_BAR, block.height()), 2, 2)
        inner = block.adjusted(QUOTE_BAR + 6, 4, -6, -4)
        painter.setFont(self._bold)
        painter.setPen(colors.sender)
        line = QRect(inner.left(), inner.top(), inner.width(), small.height())
        painter.drawText(
            line,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self._bold_metrics.elidedText(
                shown.quote_sender, Qt.TextElideMode.ElideRight, inner.width()
            ),
        )
        painter.setFont(self._small)
        painter.setPen(colors.muted)
        painter.drawText(
            line.translated(0, small.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            small.elidedText(shown.quote_text, Qt.TextElideMode.ElideRight, inner.width()),
        )

    def _paint_reactions(
        self, painter: QPainter, shown: Presentation, pill: QRect, colors: Colors
    ) -> None:
        painter.setPen(colors.day)
        painter.setBrush(colors.incoming)
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setFont(self._small)
        painter.setPen(colors.text)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, shown.reactions)

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
        mark = MARKS.get(shown.tick, "")
        line = QRect(bubble.left() + PAD, y, bubble.width() - 2 * PAD, small.height())
        mark_w = small.horizontalAdvance(mark) if mark else 0
        painter.setPen(colors.muted)
        painter.drawText(
            line.adjusted(0, 0, -(mark_w + 4 if mark else 0), 0),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            f"{shown.edited} {shown.time}" if shown.edited else shown.time,
        )
        paint_tick(
            painter,
            line,
            shown.tick,
            Qt.AlignmentFlag.AlignRight,
            colors.muted,
            colors.read,
            colors.error,
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
