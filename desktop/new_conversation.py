"""Starting a conversation with a number that has not written: the number, checked as typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.phones import home_region, parse, shown

translate = QCoreApplication.translate
# The countries a Spanish- or Portuguese-speaking shop most often writes to, first.
REGIONS = ("MX", "ES", "AR", "CO", "CL", "PE", "BR", "PT", "US", "VE", "EC", "GT", "UY")


class NewConversationDialog(QDialog):
    """Asks for the customer's number; accepted only once it is a valid one. The 24-hour
    window is closed for a number that has not written, so a template comes next."""

    def __init__(self, parent: QWidget | None = None, region: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("NewConversation", "New conversation"))
        self.number = QLineEdit(self)
        self.number.setPlaceholderText("55 1234 5678")
        self.region = QComboBox(self)
        home = region or home_region(QLocale().name())
        for code in dict.fromkeys((home, *REGIONS)):
            self.region.addItem(code, code)
        self.status = QLabel(self)
        self.explanation = QLabel(
            translate(
                "NewConversation",
                "WhatsApp lets a business write first only with an approved template: "
                "choose one next.",
            ),
            self,
        )
        self.explanation.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("NewConversation", "Choose a template")
        )
        form = QFormLayout()
        form.addRow(translate("NewConversation", "Country"), self.region)
        form.addRow(translate("NewConversation", "Phone number"), self.number)
        form.addRow("", self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.explanation)
        layout.addWidget(self.buttons)
        self.number.textChanged.connect(self._check)
        self.region.currentIndexChanged.connect(self._check)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._check()

    def conversation(self) -> str | None:
        """The number as WhatsApp ids it (digits), once valid."""
        return parse(self.number.text(), str(self.region.currentData()))

    def _check(self) -> None:
        found = self.conversation()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(found is not None)
        if found is not None:
            self.status.setText(shown(found))
        elif self.number.text().strip():
            self.status.setText(translate("NewConversation", "Not a valid number yet"))
        else:
            self.status.setText("")
