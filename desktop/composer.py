"""Where an agent writes: multi-line text, Enter sends, Shift+Enter starts a new line.

A reply quotes the message it answers in a bar above the text; Esc or its
close button drops the quote.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


class ComposerEdit(QPlainTextEdit):
    """The text box; Enter (without Shift) submits, or Ctrl+Enter when `ctrl_enter_sends`."""

    ctrl_enter_sends = False

    submitted = Signal()
    """() the agent pressed Enter."""
    escaped = Signal()
    """() the agent pressed Esc."""

    def event(self, event: QEvent) -> bool:
        # Ctrl+Up/Down belong to the window (the next conversation), not to the text box.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        modifiers = event.modifiers()
        if enter and self.ctrl_enter_sends:
            if modifiers & Qt.KeyboardModifier.ControlModifier:
                self.submitted.emit()
                return
            self.insertPlainText("\n")
            return
        if enter and not modifiers & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:
        lines = min(6, max(1, int(self.document().size().height())))
        height = self.fontMetrics().lineSpacing() * lines + 16
        return QSize(super().sizeHint().width(), height)


class Composer(QWidget):
    """The text box, its send button, and the message a reply quotes."""

    sendRequested = Signal(str, str)
    """(text, reply_to) the agent sent this text, answering message `reply_to` ("" if
    none); the box and the quote are already cleared."""
    templateRequested = Signal()
    """() the agent wants to send a template."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reply_to = ""
        self.quote_bar = QWidget(self)
        self.quote_label = QLabel(self.quote_bar)
        self.quote_label.setTextFormat(Qt.TextFormat.PlainText)
        self.quote_label.setStyleSheet(
            "QLabel { border-left: 4px solid #027eb5; padding: 2px 6px; }"
        )
        close = QToolButton(self.quote_bar)
        close.setText("✕")
        close.setToolTip(translate("Composer", "Do not quote"))
        close.setAutoRaise(True)
        close.clicked.connect(self.clear_reply)
        bar = QHBoxLayout(self.quote_bar)
        bar.setContentsMargins(8, 6, 8, 0)
        bar.addWidget(self.quote_label, 1)
        bar.addWidget(close)
        self.quote_bar.hide()
        self.edit = ComposerEdit(self)
        self.edit.setPlaceholderText(translate("Composer", "Write a message"))
        self.edit.setTabChangesFocus(True)
        self.send_button = QPushButton(translate("Composer", "Send"), self)
        self.send_button.setDefault(False)
        self.template_button = QToolButton(self)
        self.template_button.setText("📋")
        self.template_button.setToolTip(translate("Composer", "Send a template"))
        self.template_button.clicked.connect(self.templateRequested)
        self.closed_note = QLabel(
            translate(
                "Composer",
                "More than 24 hours since the customer last wrote: WhatsApp only lets a "
                "template through until they write again.",
            ),
            self,
        )
        self.closed_note.setWordWrap(True)
        self.closed_note.setContentsMargins(8, 6, 8, 0)
        self.closed_note.hide()
        row = QHBoxLayout()
        row.setContentsMargins(8, 6, 8, 8)
        row.addWidget(self.template_button, 0, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.edit, 1)
        row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.quote_bar)
        layout.addWidget(self.closed_note)
        layout.addLayout(row)
        self.edit.submitted.connect(self.submit)
        self.edit.escaped.connect(self.clear_reply)
        self.send_button.clicked.connect(self.submit)
        self.edit.textChanged.connect(self._resize)
        self._resize()

    def set_reply(self, wamid: str, sender: str, text: str) -> None:
        """Answer message `wamid`: its sender and first line show above the text box."""
        self.reply_to = wamid
        first = text.split("\n", 1)[0]
        metrics = self.quote_label.fontMetrics()
        self.quote_label.setText(
            translate("Composer", "Replying to %1: %2")
            .replace("%1", sender)
            .replace("%2", metrics.elidedText(first, Qt.TextElideMode.ElideRight, 480))
        )
        self.quote_bar.show()
        self.edit.setFocus()

    def set_window_open(self, is_open: bool) -> None:
        """Free text only while the customer's 24-hour window is open; templates always."""
        self.edit.setEnabled(is_open)
        self.send_button.setEnabled(is_open)
        self.closed_note.setVisible(not is_open)
        if not is_open:
            self.clear_reply()

    def clear_reply(self) -> None:
        self.reply_to = ""
        self.quote_bar.hide()

    def submit(self) -> None:
        text = self.edit.toPlainText().strip()
        if not text:
            return
        reply_to = self.reply_to
        self.edit.clear()
        self.clear_reply()
        self.sendRequested.emit(text, reply_to)

    def _resize(self) -> None:
        self.edit.setFixedHeight(self.edit.sizeHint().height())
