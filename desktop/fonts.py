"""The bundled colour emoji font (Noto Color Emoji), every text's fallback for emoji."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter

from desktop.resources import resources_dir

EMOJI_FONT = resources_dir() / "fonts" / "NotoColorEmoji.ttf"
EMOJI_FAMILY = "Noto Color Emoji"


def load_emoji_font() -> str | None:
    """Load the font into the application and make it where Qt looks for emoji first,
    whatever the system has (Linux often has none: emoji were empty boxes). The family's
    name, or None when the file is missing or unreadable (emoji then fall back to the
    system's fonts). Needs the QGuiApplication; loading twice is harmless."""
    if EMOJI_FAMILY in QFontDatabase.families():
        family = EMOJI_FAMILY  # loaded already, or the system has the same font
    else:
        found = QFontDatabase.addApplicationFont(str(EMOJI_FONT))
        families = QFontDatabase.applicationFontFamilies(found) if found >= 0 else []
        if not families:
            return None
        family = families[0]
    if family not in QFontDatabase.applicationEmojiFontFamilies():
        # First in the list: ours wins over a system font that draws emoji as outlines.
        QFontDatabase.setApplicationEmojiFontFamilies(
            [family, *QFontDatabase.applicationEmojiFontFamilies()]
        )
    return family


def emoji_renders(text: str = "👋") -> bool:
    """Whether `text` draws in colour in the application's default font: an empty box or
    nothing at all is grey or blank (the self-test's and the tests' check)."""
    image = QImage(64, 48, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont()
    font.setPixelSize(28)
    painter.setFont(font)
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return coloured_pixels(image) > 40


def coloured_pixels(image: QImage) -> int:
    """How many pixels are neither grey nor white: an emoji's, not a box's or a "…"'s
    (grey has red, green and blue alike; an emoji's yellows and skins do not)."""
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            color = image.pixelColor(x, y)
            channels = (color.red(), color.green(), color.blue())
            count += max(channels) - min(channels) > 60
    return count
