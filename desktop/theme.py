"""Light and dark: the app's palette, following the OS unless the agent chose one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

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


def system_is_dark() -> bool:
    """Whether the OS asks for dark (Qt 6.5+ reads it on Windows, macOS and GNOME/KDE)."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def apply(app: QApplication, theme: str) -> bool:
    """Give the app the palette of `theme` ("system", "light" or "dark"); True when dark.

    The Fusion style is used for both, so a dark palette never meets a native
    style that paints light controls.
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
    return dark
