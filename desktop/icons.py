"""The controls' icons: Material Design Icons (through qtawesome), in the palette's colours.

An icon is drawn when Qt asks for it, in the colour the application's palette
gives its role at that moment, so a switch between light and dark re-tints
every icon without anyone keeping a list of buttons. Emoji stay for what the
customer wrote; controls get icons, which look the same on every system.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from qtawesome.iconic_font import IconicFont

# The one icon font loaded: qtawesome's own instance would load all twelve it ships (the
# frozen app bundles only this one).
MDI_FONT = (
    "mdi6",
    "materialdesignicons6-webfont-6.9.96.ttf",
    "materialdesignicons6-webfont-charmap-6.9.96.json",
)


@cache
def _font() -> IconicFont:
    """Material Design Icons, loaded into the application's fonts the first time an icon draws."""
    return IconicFont(MDI_FONT)


class Glyph(StrEnum):
    """The icons the app uses, by what they do (Material Design Icons' names)."""

    EMOJI = "mdi6.emoticon-outline"
    ATTACH = "mdi6.paperclip"
    MICROPHONE = "mdi6.microphone"
    STOP = "mdi6.stop"
    SEND = "mdi6.send"
    TEMPLATE = "mdi6.file-document-edit-outline"
    NOTE = "mdi6.note-edit-outline"
    SEARCH = "mdi6.magnify"
    CLOSE = "mdi6.close"
    ASSIGN = "mdi6.account-arrow-right-outline"
    LABELS = "mdi6.tag-outline"
    SNOOZE = "mdi6.clock-outline"
    RESOLVE = "mdi6.check-circle-outline"
    REOPEN = "mdi6.restore"
    NEEDS_REPLY = "mdi6.message-reply-text-outline"


def icon(glyph: Glyph, role: QPalette.ColorRole = QPalette.ColorRole.ButtonText) -> QIcon:
    """The glyph as an icon in the palette's colour for `role` (its disabled colour when
    the control is disabled)."""
    return QIcon(_PaletteEngine(glyph, role))


def accent_icon(glyph: Glyph, color: str) -> QIcon:
    """The glyph in one fixed colour, for a control that is its colour (the send button)."""
    drawn: QIcon = _font().icon(str(glyph), color=QColor(color), color_disabled=QColor("#8696a0"))
    return drawn


class _PaletteEngine(QIconEngine):
    """Paints a qtawesome glyph in the colour the palette has now."""

    def __init__(self, glyph: Glyph, role: QPalette.ColorRole) -> None:
        super().__init__()
        self._glyph = glyph
        self._role = role
        self._drawn: dict[int, QIcon] = {}  # by colour: qtawesome's icon, made once

    def _icon(self, mode: QIcon.Mode) -> QIcon:
        group = (
            QPalette.ColorGroup.Disabled
            if mode == QIcon.Mode.Disabled
            else QPalette.ColorGroup.Active
        )
        color = QGuiApplication.palette().color(group, self._role)
        found = self._drawn.get(color.rgba())
        if found is None:
            found = _font().icon(str(self._glyph), color=color, color_disabled=color)
            assert isinstance(found, QIcon)
            self._drawn[color.rgba()] = found
        return found

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._icon(mode).paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _PaletteEngine(self._glyph, self._role)
