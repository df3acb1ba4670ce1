"""The tray icon with the unread count, and native notifications of customers' messages.

`News` decides what deserves a notification (`NewMessages`, from the
conversation summaries it receives); the notifier only shows it, through
the tray icon where the desktop has a tray, and remembers which
conversation a click on it should open.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

translate = QCoreApplication.translate
ICON = 64


@dataclass(frozen=True, slots=True)
class NewMessages:
    """Customers' messages that arrived while the agent was elsewhere."""

    conversation: str  # the one a click opens: the latest
    title: str
    text: str
    count: int  # messages
    conversations: int


class Notifier(QObject):
    """Tray icon, unread badge, notifications, optional sound."""

    activated = Signal(str)
    """(conversation) the agent clicked a notification (or "" for the tray icon itself):
    bring the window up, on that conversation."""

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icon = icon
        self.unread = 0
        self.sound = False
        self.shown: list[NewMessages] = []  # what was notified, newest last (kept short)
        self._target = ""
        self.tray = QSystemTrayIcon(icon, self)
        self.tray.setToolTip("Puente")
        self.tray.activated.connect(lambda _reason: self.activated.emit(""))
        self.tray.messageClicked.connect(lambda: self.activated.emit(self._target))
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.show()

    def set_unread(self, unread: int) -> None:
        """The unread total, drawn on the tray icon and said in its tooltip."""
        if unread == self.unread:
            return
        self.unread = unread
        self.tray.setIcon(self._badged(unread))
        self.tray.setToolTip(
            translate("Notifier", "Puente: %1 unread").replace("%1", str(unread))
            if unread
            else "Puente"
        )

    def notify(self, news: NewMessages) -> None:
        self._target = news.conversation
        self.shown = [*self.shown[-19:], news]
        if news.conversations > 1:
            title = translate("Notifier", "%1 new messages in %2 conversations")
            title = title.replace("%1", str(news.count)).replace("%2", str(news.conversations))
        else:
            title = news.title
        if self.tray.isVisible() and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(title, news.text, self._icon, 8000)
        if self.sound:
            QApplication.beep()

    def _badged(self, unread: int) -> QIcon:
        pixmap = self._icon.pixmap(ICON, ICON)
        if not unread:
            return QIcon(pixmap)
        pixmap = QPixmap(pixmap)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        badge = QRect(ICON // 2 - 4, 0, ICON // 2 + 4, ICON // 2 + 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#d93025"))
        painter.drawEllipse(badge)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(ICON // 3)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(
            badge, Qt.AlignmentFlag.AlignCenter, str(unread) if unread < 100 else "99+"
        )
        painter.end()
        return QIcon(pixmap)
