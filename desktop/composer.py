"""Where an agent writes: multi-line text, Enter sends, Shift+Enter starts a new line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QWidget

translate = QCoreApplication.translate


class ComposerEdit(QPlainTextEdit):
    """The text box; Enter (without Shift) submits."""

    submitted = Signal()
    """() the agent pressed Enter."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:
        lines = min(6, max(1, int(self.document().size().height())))
        height = self.fontMetrics().lineSpacing() * lines + 16
        return QSize(super().sizeHint().width(), height)


class Composer(QWidget):
    """The text box and its send button."""

    sendRequested = Signal(str)
    """(text) the agent sent this text; the box is already cleared."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = ComposerEdit(self)
        self.edit.setPlaceholderText(translate("Composer", "Write a message"))
        self.edit.setTabChangesFocus(True)
        self.send_button = QPushButton(translate("Composer", "Send"), self)
        self.send_button.setDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.edit.submitted.connect(self.submit)
        self.send_button.clicked.connect(self.submit)
        self.edit.textChanged.connect(self._resize)
        self._resize()

    def submit(self) -> None:
        text = self.edit.toPlainText().strip()
        if not text:
            return
        self.edit.clear()
        self.sendRequested.emit(text)

    def _resize(self) -> None:
        self.edit.setFixedHeight(self.edit.sizeHint().height())
