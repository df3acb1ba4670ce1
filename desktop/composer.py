"""Where an agent writes: multi-line text, Enter sends, Shift+Enter starts a new line.

A reply quotes the message it answers in a bar above the text; Esc or its
close button drops the quote.
"""

from __future__ import annotations

import itertools
import os
import tempfile
import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from desktop.icons import Glyph, accent_icon, icon
from desktop.quick_replies import QuickReplyMenu, matching
from desktop.recorder import VoiceRecorder
from desktop.timeline import clock_text
from wire.team import QuickReply

translate = QCoreApplication.translate


class ComposerEdit(QPlainTextEdit):
    """The text box; Enter (without Shift) submits, or Ctrl+Enter when `ctrl_enter_sends`.
    Files dropped or pasted on it, and pasted pictures, become attachments."""

    ctrl_enter_sends = False
    # The quick-reply menu, when the composer has one: it takes the keys it handles.
    picker: QuickReplyMenu | None = None

    submitted = Signal()
    """() the agent pressed Enter."""
    escaped = Signal()
    """() the agent pressed Esc."""
    filesDropped = Signal(list)
    """(list[str] paths) files dropped or pasted here, or a pasted picture saved as PNG."""

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return (
            source.hasImage() or _local_files(source) != [] or super().canInsertFromMimeData(source)
        )

    def insertFromMimeData(self, source: QMimeData) -> None:
        files = _local_files(source)
        if files:
            self.filesDropped.emit(files)
            return
        if source.hasImage():
            image = source.imageData()
            if isinstance(image, QImage) and not image.isNull():
                path = os.path.join(tempfile.gettempdir(), f"pasted-{uuid.uuid4().hex[:12]}.png")
                if image.save(path):  # PNG, from the name
                    self.filesDropped.emit([path])
                return
        super().insertFromMimeData(source)

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Polish, QEvent.Type.StyleChange, QEvent.Type.FontChange):
            # The style sheet's padding arrives with the polish: the height follows it.
            handled = super().event(event)
            self.fit()
            return handled
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
        if self.picker is not None and self.picker.isVisible() and self.picker.handle(event):
            return
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

    def fit(self) -> None:
        """As tall as its text, up to six lines; a scroll bar only past them."""
        lines = int(self.document().size().height())
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if lines > 6
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.setFixedHeight(self.sizeHint().height())

    def sizeHint(self) -> QSize:
        lines = min(6, max(1, int(self.document().size().height())))
        # The style sheet's border and padding are the contents margins; without one,
        # the frame is.
        margins = self.contentsMargins()
        chrome = margins.top() + margins.bottom() or 2 * self.frameWidth()
        height = (
            self.fontMetrics().lineSpacing() * lines
            + int(2 * self.document().documentMargin())
            + chrome
        )
        return QSize(super().sizeHint().width(), height)


class Composer(QWidget):
    """The text box, its send button, and the message a reply quotes."""

    sendRequested = Signal(str, str)
    """(text, reply_to) the agent sent this text, answering message `reply_to` ("" if
    none); the box and the quote are already cleared."""
    templateRequested = Signal()
    """() the agent wants to send a template."""
    attachRequested = Signal(list)
    """(list[str] paths) the agent chose, dropped or pasted these files to send."""
    voiceRecorded = Signal(str)
    """(path) the agent recorded this voice note (Ogg Opus) to send now."""
    noteRequested = Signal(str, str)
    """(text, reply_to) the agent wrote an internal note (the note toggle was on), about
    message or note `reply_to` ("" if none); the box is already cleared."""
    typed = Signal()
    """() the agent is writing (the text changed and is not empty)."""

    def __init__(
        self, parent: QWidget | None = None, recorder: VoiceRecorder | None = None
    ) -> None:
        super().__init__(parent)
        self.recorder = recorder or VoiceRecorder(parent=self)
        self.reply_to = ""
        self.quote_bar = QWidget(self)
        self.quote_label = QLabel(self.quote_bar)
        self.quote_label.setTextFormat(Qt.TextFormat.PlainText)
        self.quote_label.setStyleSheet(
            "QLabel { border-left: 4px solid #027eb5; padding: 2px 6px; }"
        )
        close = QToolButton(self.quote_bar)
        close.setIcon(icon(Glyph.CLOSE))
        close.setToolTip(translate("Composer", "Do not quote"))
        close.setAccessibleName(close.toolTip())
        close.setAutoRaise(True)
        close.clicked.connect(self.clear_reply)
        bar = QHBoxLayout(self.quote_bar)
        bar.setContentsMargins(8, 6, 8, 0)
        bar.addWidget(self.quote_label, 1)
        bar.addWidget(close)
        self.quote_bar.hide()
        self.edit = ComposerEdit(self)
        self.edit.setObjectName("composerEdit")
        self.quick_replies: list[QuickReply] = []
        # Asked before a message goes (not a note); False keeps it in the box.
        self.confirm: Callable[[], bool] | None = None
        self.quick_menu = QuickReplyMenu(self)
        self.edit.picker = self.quick_menu
        self.quick_menu.chosen.connect(self._insert_quick_reply)
        self.edit.setPlaceholderText(self._invitation())
        self.edit.setTabChangesFocus(True)
        self.send_button = QPushButton(self)
        self.send_button.setObjectName("sendButton")
        self.send_button.setIcon(accent_icon(Glyph.SEND, "#ffffff"))
        self.send_button.setIconSize(QSize(20, 20))
        self.send_button.setToolTip(translate("Composer", "Send (Enter)"))
        self.send_button.setAccessibleName(translate("Composer", "Send"))
        self.send_button.setDefault(False)
        self.template_button = QToolButton(self)
        self.template_button.setIcon(icon(Glyph.TEMPLATE))
        self.template_button.setToolTip(translate("Composer", "Send a template"))
        self.template_button.clicked.connect(self.templateRequested)
        self.emoji_button = QToolButton(self)
        self.emoji_button.setIcon(icon(Glyph.EMOJI))
        self.emoji_button.setToolTip(translate("Composer", "Emoji"))
        self.emoji_picker = EmojiPicker(self)
        self.emoji_picker.chosen.connect(self._insert_emoji)
        self.emoji_button.setMenu(self.emoji_picker)
        self.emoji_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.mic_button = QToolButton(self)
        self.mic_button.setIcon(icon(Glyph.MICROPHONE))
        self.mic_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        microphone = self.recorder.microphone()
        self.mic_button.setEnabled(bool(microphone))
        self.mic_button.setToolTip(
            translate("Composer", "Record a voice note (%1)").replace("%1", microphone)
            if microphone
            else translate("Composer", "No microphone found")
        )
        self.mic_button.clicked.connect(self._record_or_send)
        self.cancel_recording = QToolButton(self)
        self.cancel_recording.setIcon(icon(Glyph.CLOSE))
        self.cancel_recording.setToolTip(translate("Composer", "Discard the recording"))
        self.cancel_recording.hide()
        self.cancel_recording.clicked.connect(self.recorder.cancel)
        self.recorder.elapsed.connect(self._show_elapsed)
        self.recorder.stopped.connect(self._recording_ended)
        self.recorder.recorded.connect(self.voiceRecorded)
        self.attach_button = QToolButton(self)
        self.attach_button.setIcon(icon(Glyph.ATTACH))
        self.attach_button.setToolTip(translate("Composer", "Send a file"))
        self.attach_button.clicked.connect(self._choose_files)
        self.note_button = QToolButton(self)
        self.note_button.setIcon(icon(Glyph.NOTE))
        self.note_button.setText(translate("Composer", "Note"))
        self.note_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.note_button.setToolTip(
            translate("Composer", "Internal note: only the team sees it, never the customer")
        )
        self.note_button.setCheckable(True)
        self.note_button.toggled.connect(self._note_mode)
        self._window_open = True
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
        for button in (
            self.emoji_button,
            self.attach_button,
            self.template_button,
            self.note_button,
            self.mic_button,
            self.cancel_recording,
        ):
            button.setAccessibleName(button.toolTip())
            button.setIconSize(QSize(22, 22))
        self.edit.setAccessibleName(translate("Composer", "Message"))
        row = QHBoxLayout()
        row.setContentsMargins(10, 8, 10, 10)
        row.setSpacing(4)
        row.addWidget(self.emoji_button, 0, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.template_button, 0, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.note_button, 0, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.edit, 1)
        row.addWidget(self.cancel_recording, 0, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.mic_button, 0, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.quote_bar)
        layout.addWidget(self.quick_menu)
        layout.addWidget(self.closed_note)
        layout.addLayout(row)
        # Tab goes as the eye does: the buttons before the text, then record and send.
        chain = [
            self.emoji_button,
            self.attach_button,
            self.template_button,
            self.note_button,
            self.edit,
            self.cancel_recording,
            self.mic_button,
            self.send_button,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.edit.submitted.connect(self.submit)
        self.edit.escaped.connect(self.clear_reply)
        self.edit.filesDropped.connect(self.attachRequested)
        self.send_button.clicked.connect(self.submit)
        self.edit.textChanged.connect(self.edit.fit)
        self.edit.textChanged.connect(self._typing)
        self.edit.fit()

    @property
    def writing_note(self) -> bool:
        return self.note_button.isChecked()

    def _note_mode(self, on: bool) -> None:
        """A note is for the team: yellow like its bubble, and possible whatever the
        customer's 24-hour window says."""
        self.edit.setPlaceholderText(
            translate("Composer", "Write an internal note for the team")
            if on
            else self._invitation()
        )
        self.edit.setStyleSheet(
            "QPlainTextEdit { background: #fff3c4; color: #111b21; }" if on else ""
        )
        self.set_window_open(self._window_open)
        self.edit.setFocus()

    def _typing(self) -> None:
        text = self.edit.toPlainText()
        typed = text[1:] if text.startswith("/") and not any(c.isspace() for c in text) else None
        if typed is None:
            self.quick_menu.hide()
        else:
            self.quick_menu.show_matches(matching(self.quick_replies, typed))
        if text.strip() and not self.writing_note:
            self.typed.emit()

    def set_quick_replies(self, replies: list[QuickReply]) -> None:
        """The team's quick replies, offered when the text starts with `/`."""
        self.quick_replies = replies
        if not self.writing_note:
            self.edit.setPlaceholderText(self._invitation())

    def _invitation(self) -> str:
        """The empty field's hint: where the quick replies are, once the team has some."""
        if self.quick_replies:
            return translate("Composer", "Write a message, or / for a quick reply")
        return translate("Composer", "Write a message")

    def _insert_quick_reply(self, reply: QuickReply) -> None:
        self.edit.setPlainText(reply.text)
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)
        self.edit.setFocus()

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

    def _record_or_send(self) -> None:
        """The mic starts a voice note; pressed again, it stops and sends it."""
        if self.recorder.recording:
            self.recorder.finish()
            return
        if self.recorder.start():
            self._show_elapsed(0)
            self.cancel_recording.show()

    def _recording_ended(self) -> None:
        self.mic_button.setIcon(icon(Glyph.MICROPHONE))
        self.mic_button.setText("")
        self.cancel_recording.hide()

    def _show_elapsed(self, seconds: int) -> None:
        self.mic_button.setIcon(icon(Glyph.STOP))
        self.mic_button.setText(clock_text(seconds * 1000))

    def _insert_emoji(self, emoji: str) -> None:
        self.edit.insertPlainText(emoji)
        self.edit.setFocus()

    def _choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, translate("Composer", "Send a file"))
        if paths:
            self.attachRequested.emit(paths)

    def set_window_open(self, is_open: bool) -> None:
        """Free text and files only while the customer's 24-hour window is open; templates
        and notes always."""
        self._window_open = is_open
        writable = is_open or self.writing_note
        self.edit.setEnabled(writable)
        self.send_button.setEnabled(writable)
        self.emoji_button.setEnabled(writable)
        self.attach_button.setEnabled(is_open and not self.writing_note)
        self.mic_button.setEnabled(
            is_open and not self.writing_note and bool(self.recorder.microphone())
        )
        self.closed_note.setVisible(not is_open and not self.writing_note)
        if not is_open and not self.writing_note:
            self.clear_reply()

    def clear_reply(self) -> None:
        self.reply_to = ""
        self.quote_bar.hide()

    def submit(self) -> None:
        text = self.edit.toPlainText().strip()
        if not text:
            return
        if not self.writing_note and self.confirm is not None and not self.confirm():
            return  # the agent held it back: the text and the quote stay
        reply_to = self.reply_to
        self.edit.clear()
        self.clear_reply()
        if self.writing_note:
            self.note_button.setChecked(False)  # one note at a time, as WhatsApp Business
            self.noteRequested.emit(text, reply_to)
        else:
            self.sendRequested.emit(text, reply_to)


def _local_files(source: QMimeData) -> list[str]:
    return [url.toLocalFile() for url in source.urls() if url.isLocalFile()]


# The emoji agents reach for most in customer service, in WhatsApp's order of kinds.
EMOJI = [
    "😀",
    "😃",
    "😄",
    "😁",
    "😊",
    "🙂",
    "😉",
    "😍",
    "🥰",
    "😘",
    "😅",
    "😂",
    "🤣",
    "😇",
    "🤗",
    "🤔",
    "😮",
    "😢",
    "😭",
    "😡",
    "🙏",
    "👍",
    "👎",
    "👏",
    "🙌",
    "👋",
    "🤝",
    "💪",
    "❤️",
    "🧡",
    "💛",
    "💚",
    "💙",
    "💜",
    "🔥",
    "✨",
    "🎉",
    "🎁",
    "✅",
    "❌",
    "⚠️",
    "❓",
    "⏰",
    "📅",
    "📍",
    "📦",
    "🚚",
    "💳",
    "💰",
    "🛒",
    "📷",
    "📄",
    "☎️",
    "📞",
    "💬",
    "⭐",
    "🌟",
    "🌸",
]


class EmojiPicker(QMenu):
    """A grid of emoji, the ones used last on top; choosing one puts it in the text box
    at the cursor."""

    chosen = Signal(str)
    """(emoji) the agent picked this one."""

    RECENT = 10  # one row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recent: list[str] = []
        holder = QWidget(self)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        self.recent_title = QLabel(translate("Composer", "Recent"), holder)
        self.recent_grid = QGridLayout()
        self.recent_grid.setSpacing(2)
        self.all_title = QLabel(translate("Composer", "Emoji"), holder)
        grid = QGridLayout()
        grid.setSpacing(2)
        for i, emoji in enumerate(EMOJI):
            grid.addWidget(self._button(emoji, holder), i // 10, i % 10)
        layout.addWidget(self.recent_title)
        layout.addLayout(self.recent_grid)
        layout.addWidget(self.all_title)
        layout.addLayout(grid)
        self._holder = holder
        action = QWidgetAction(self)
        action.setDefaultWidget(holder)
        self.addAction(action)
        self.set_recent([])

    def set_recent(self, recent: list[str]) -> None:
        """The emoji used last, newest first (the row on top; hidden while empty)."""
        self.recent = list(dict.fromkeys(recent))[: self.RECENT]
        while self.recent_grid.count():
            item = self.recent_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for i, emoji in enumerate(self.recent):
            self.recent_grid.addWidget(self._button(emoji, self._holder), 0, i)
        self.recent_title.setVisible(bool(self.recent))
        self.all_title.setVisible(bool(self.recent))

    def _button(self, emoji: str, parent: QWidget) -> QToolButton:
        button = QToolButton(parent)
        button.setObjectName("emojiCell")  # no padding: the glyph fills its cell
        button.setText(emoji)
        button.setAccessibleName(emoji)
        button.setAutoRaise(True)
        font = button.font()
        font.setPixelSize(24)  # emoji read at their size in WhatsApp's picker
        button.setFont(font)
        button.setFixedSize(42, 42)
        button.clicked.connect(lambda _=False, e=emoji: self._pick(e))
        return button

    def _pick(self, emoji: str) -> None:
        self.set_recent([emoji, *self.recent])
        self.chosen.emit(emoji)
        self.close()
