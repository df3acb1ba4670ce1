"""The delegate that paints a conversation in the list: avatar, name, time, preview, whether
it needs a reply, and who handles it, its labels and who is typing in it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.bubbles import Colors
from desktop.conversations import Role
from desktop.ticks import MARKS, Tick, paint_tick

Index = QModelIndex | QPersistentModelIndex
HEIGHT = 80
AVATAR = 42
_AVATAR_COLORS = ("#25d366", "#34b7f1", "#f5a623", "#9b59b6", "#e67e22", "#16a085", "#e84393")


class ConversationCard(QStyledItemDelegate):
    """Paints one row of the conversation list from its roles."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = QFont()
        self._title.setBold(True)
        self._small = QFont()
        self._small.setPointSizeF(max(6.0, self._small.pointSizeF() * 0.85))
        self._title_metrics = QFontMetrics(self._title)
        self._small_metrics = QFontMetrics(self._small)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(option.rect.width(), HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect: QRect = option.rect
        palette: QPalette = option.palette
        colors = Colors.for_palette(palette)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, colors.selected)
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        title = str(index.data(Role.Title) or "")
        conversation = str(index.data(Role.Id) or "")
        color = QColor(_AVATAR_COLORS[sum(map(ord, conversation)) % len(_AVATAR_COLORS)])
        avatar = QRect(rect.left() + 10, rect.center().y() - AVATAR // 2, AVATAR, AVATAR)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawEllipse(avatar)
        painter.setPen(QColor("white"))
        painter.setFont(self._title)
        painter.drawText(avatar, Qt.AlignmentFlag.AlignCenter, _initials(title))
        left = avatar.right() + 12
        right = rect.right() - 10
        text_color = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        small = self._small_metrics
        when = str(index.data(Role.Time) or "")
        # The team's badge: the customer waits for an answer (with this desktop's unread
        # count when it has one), whoever on the team would give it.
        waiting = bool(index.data(Role.NeedsReply))
        unread = int(index.data(Role.Unread) or 0) if waiting else 0
        when_w = small.horizontalAdvance(when)
        top = QRect(left, rect.top() + 8, right - left, 22)
        painter.setFont(self._small)
        painter.setPen(QColor("#1fa855") if waiting else muted)
        painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, when)
        painter.setFont(self._title)
        painter.setPen(text_color)
        title_w = top.width() - when_w - 8
        elided = self._title_metrics.elidedText(title, Qt.TextElideMode.ElideRight, title_w)
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        bottom = QRect(left, rect.top() + 31, right - left, 20)
        badge_w = 0
        marked = bool(index.data(Role.Marked))
        if waiting or marked:
            label = (str(unread) if unread < 1000 else "999+") if unread else ""
            badge_w = max(20, small.horizontalAdvance(label) + 10) if label else 12
            size = 20 if label else 12
            badge = QRect(right - badge_w, bottom.center().y() - size // 2, badge_w, size)
            painter.setPen(Qt.PenStyle.NoPen)
            # Green: the customer waits; grey: only this agent's "mark as unread".
            painter.setBrush(QColor("#25d366") if waiting else muted)
            painter.drawRoundedRect(badge, size // 2, size // 2)
            painter.setPen(QColor("white"))
            painter.setFont(self._small)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
        business = str(index.data(Role.Business) or "")
        if business:
            # Which of the relay's numbers the customer wrote to, before the preview is cut.
            business_w = min(small.horizontalAdvance(business) + 12, bottom.width() // 2)
            tag = QRect(right - badge_w - (6 if badge_w else 0) - business_w, bottom.top() + 2,
                        business_w, bottom.height() - 4)  # fmt: skip
            painter.setPen(muted)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(tag, 7, 7)
            painter.setFont(self._small)
            painter.drawText(
                tag,
                Qt.AlignmentFlag.AlignCenter,
                small.elidedText(business, Qt.TextElideMode.ElideLeft, business_w - 8),
            )
            badge_w += business_w + (6 if badge_w else 0)
        tick = Tick(index.data(Role.Tick) or "")
        preview = str(index.data(Role.Preview) or "")
        painter.setFont(self._small)
        left_edge, width = bottom.left(), bottom.width() - badge_w - 8
        if MARKS.get(tick):
            # The same tick as the timeline's, as muted as the preview until read.
            tick_w = small.horizontalAdvance(MARKS[tick] + " ")
            paint_tick(
                painter,
                QRect(left_edge, bottom.top(), tick_w, bottom.height()),
                tick,
                Qt.AlignmentFlag.AlignLeft,
                muted,
                colors.read,
                colors.error,
            )
            left_edge, width = left_edge + tick_w, width - tick_w
        painter.setPen(muted)
        painter.drawText(
            QRect(left_edge, bottom.top(), width, bottom.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            small.elidedText(preview, Qt.TextElideMode.ElideRight, width),
        )
        self._paint_team(painter, index, QRect(left, rect.top() + 53, right - left, 18), muted)
        painter.restore()

    def _paint_team(self, painter: QPainter, index: Index, line: QRect, muted: QColor) -> None:
        """Who is typing, else who handles it and its labels, on the row's last line."""
        small = self._small_metrics
        painter.setFont(self._small)
        presence = str(index.data(Role.Presence) or "")
        if presence:
            painter.setPen(QColor("#1fa855"))
            painter.drawText(
                line,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                small.elidedText(presence, Qt.TextElideMode.ElideRight, line.width()),
            )
            return
        x = line.left()
        assignee = str(index.data(Role.Assignee) or "")
        # (text, ink, fill): who handles it in blue, then each label in its own colour.
        chips: list[tuple[str, QColor, QColor]] = []
        if assignee:
            chips.append((f"→ {assignee}", QColor("#027eb5"), _tint(muted)))
        for name, color in index.data(Role.Labels) or []:
            chips.append((name, QColor(color).darker(130), _tint(QColor(color))))
        for text, ink, fill in chips:
            width = small.horizontalAdvance(text) + 12
            if x + width > line.right():
                break
            box = QRect(x, line.top(), width, line.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(box, 8, 8)
            painter.setPen(ink)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            x += width + 4


def _tint(color: QColor) -> QColor:
    """A chip's background: its colour, faint."""
    return QColor(color.red(), color.green(), color.blue(), 45)


def _initials(title: str) -> str:
    words = [w for w in title.replace("+", "").split() if w]
    if not words:
        return "?"
    if words[0].isdigit():
        return "#"
    return "".join(w[0] for w in words[:2]).upper()
