"""Before a file goes: its preview, whether WhatsApp takes it, and a caption."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.attachments import Attachment
from wire.media import LIMITS

translate = QCoreApplication.translate
PREVIEW = 320
_ICONS = {"image": "🖼", "video": "🎥", "audio": "🎵", "document": "📄", "sticker": "💟"}


def refusal(item: Attachment) -> str:
    """Why WhatsApp would refuse the file, in the agent's language; "" if it takes it."""
    if item.problem is None:
        return ""
    if item.kind is None:
        return translate("Attachments", "WhatsApp does not take this kind of file.")
    if item.size == 0:
        return translate("Attachments", "The file is empty.")
    limit = LIMITS[item.kind][1]
    if item.size > limit:
        return translate("Attachments", "Too big: WhatsApp takes these files up to %1.").replace(
            "%1", QLocale().formattedDataSize(limit)
        )
    return translate("Attachments", "The file is not what its name says (%1).").replace(
        "%1", item.mime_type
    )


class AttachmentDialog(QDialog):
    """The files to send, each previewed, checked, and captioned when WhatsApp shows one."""

    def __init__(self, items: list[Attachment], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = items
        self.setWindowTitle(translate("Attachments", "Send files"))
        layout = QVBoxLayout(self)
        self.problems: list[str] = []
        self.captions: list[QLineEdit | None] = []
        for item in items:
            preview = QLabel(self)
            preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
            pixmap = _preview(item)
            if pixmap is not None:
                preview.setPixmap(pixmap)
            else:
                preview.setText(_ICONS.get(item.kind or "", "📎"))
                font = preview.font()
                font.setPointSizeF(font.pointSizeF() * 3)
                preview.setFont(font)
            layout.addWidget(preview)
            name = QLabel(f"{item.name} · {QLocale().formattedDataSize(item.size)}", self)
            name.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(name)
            problem = refusal(item)
            if problem:
                self.problems.append(problem)
                note = QLabel(problem, self)
                note.setStyleSheet("QLabel { color: #d93025; }")
                note.setWordWrap(True)
                layout.addWidget(note)
            caption = None
            if item.captioned:
                caption = QLineEdit(self)
                caption.setPlaceholderText(translate("Attachments", "Add a caption"))
                layout.addWidget(caption)
            self.captions.append(caption)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.send_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.send_button.setText(translate("Attachments", "Send"))
        self.send_button.setEnabled(bool(items) and not self.problems)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def caption(self, at: int) -> str:
        """The caption typed for file `at` ("" when it takes none)."""
        box = self.captions[at]
        return box.text().strip() if box is not None else ""


def _preview(item: Attachment) -> QPixmap | None:
    """A picture's preview, decoded at the preview's size."""
    if item.kind not in ("image", "sticker"):
        return None
    reader = QImageReader(item.path)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > PREVIEW:
        reader.setScaledSize(size.scaled(PREVIEW, PREVIEW, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else QPixmap.fromImage(image)
