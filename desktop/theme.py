"""Light and dark: the app's palette and style sheet, following the OS unless the agent
chose one."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop.resources import resources_dir

THEMES = ("system", "light", "dark")

_DARK = {
    QPalette.ColorRole.Window: "#111b21",
    QPalette.ColorRole.WindowText: "#e9edef",
    QPalette.ColorRole.Base: "#111b21",
    QPalette.ColorRole.AlternateBase: "#202c33",
    QPalette.ColorRole.Text: "#e9edef",
    QPalette.ColorRole.PlaceholderText: "#8696a0",
    QPalette.ColorRole.Button: "#202c33",
    QPalette.ColorRole.ButtonText: "#e9edef",
    QPalette.ColorRole.Highlight: "#005c4b",
    QPalette.ColorRole.HighlightedText: "#e9edef",
    QPalette.ColorRole.ToolTipBase: "#202c33",
    QPalette.ColorRole.ToolTipText: "#e9edef",
    QPalette.ColorRole.Link: "#53bdeb",
}
_LIGHT = {
    QPalette.ColorRole.Window: "#f0f2f5",
    QPalette.ColorRole.WindowText: "#111b21",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f5f6f6",
    QPalette.ColorRole.Text: "#111b21",
    QPalette.ColorRole.PlaceholderText: "#667781",
    QPalette.ColorRole.Button: "#ffffff",
    QPalette.ColorRole.ButtonText: "#111b21",
    QPalette.ColorRole.Highlight: "#d1f4cc",
    QPalette.ColorRole.HighlightedText: "#111b21",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#111b21",
    QPalette.ColorRole.Link: "#027eb5",
}


# The style sheet's colours (resources/style/puente.qss names them @like_this@), as
# WhatsApp Desktop has them.
_DARK_STYLE = {
    "window": "#111b21",
    "panel": "#111b21",
    "field": "#202c33",
    "hover": "#2a3942",
    "pressed": "#374248",
    "selection": "#005c4b",
    "border": "#222d34",
    "text": "#e9edef",
    "muted": "#8696a0",
    "accent": "#00a884",
    "accent_hover": "#06cf9c",
    "accent_text": "#111b21",
    "chip": "#0a332c",
    "chip_text": "#00a884",
    "handle": "#374248",
    "input": "#2a3942",
    "arrow": "chevron-down-dark.png",
}
_LIGHT_STYLE = {
    "window": "#f0f2f5",
    "panel": "#ffffff",
    "field": "#f0f2f5",
    "hover": "#e9edef",
    "pressed": "#d1d7db",
    "selection": "#d1f4cc",
    "border": "#e9edef",
    "text": "#111b21",
    "muted": "#667781",
    "accent": "#00a884",
    "accent_hover": "#008069",
    "accent_text": "#ffffff",
    "chip": "#d9fdd3",
    "chip_text": "#008069",
    "handle": "#c4cacd",
    "input": "#ffffff",
    "arrow": "chevron-down-light.png",
}
_TOKEN = re.compile(r"@([a-z_]+)@")


def style_sheet(dark: bool) -> str:
    """resources/style/puente.qss with the theme's colours (and its images' paths) filled
    in."""
    folder = resources_dir() / "style"
    colors = dict(_DARK_STYLE if dark else _LIGHT_STYLE)
    # Qt reads forward slashes on every system, Windows' drive letters included.
    colors["arrow"] = (folder / colors["arrow"]).as_posix()
    template = (folder / "puente.qss").read_text(encoding="utf-8")
    return _TOKEN.sub(lambda m: colors[m.group(1)], template)


def system_is_dark() -> bool:
    """Whether the OS asks for dark (Qt 6.5+ reads it on Windows, macOS and GNOME/KDE)."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def apply(app: QApplication, theme: str) -> bool:
    """Give the app the palette of `theme` ("system", "light" or "dark"); True when dark.

    The Fusion style is used for both, so a dark palette never meets a native
    style that paints light controls; the style sheet draws the controls over it.
    """
    dark = system_is_dark() if theme == "system" else theme == "dark"
    app.setStyle("Fusion")
    palette = QPalette()
    for role, color in (_DARK if dark else _LIGHT).items():
        palette.setColor(role, QColor(color))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8696a0"))
    app.setPalette(palette)
    app.setStyleSheet(style_sheet(dark))
    return dark
