"""Settings: the UI's language, where the agent is signed in and how the token is kept."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.preferences import Preferences

translate = QCoreApplication.translate
# Each language under its own name, as language pickers do.
NATIVE_NAMES = (("es", "Español"), ("pt_BR", "Português (Brasil)"), ("en", "English"))


class SettingsDialog(QDialog):
    """Shown from Account → Settings."""

    signOutRequested = Signal()
    """() the agent asked to sign out (the token is then forgotten)."""

    def __init__(
        self,
        preferences: Preferences,
        relay_url: str,
        token_in_keychain: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._preferences = preferences
        self.setWindowTitle(translate("Settings", "Settings"))
        self.language = QComboBox(self)
        self.language.addItem(translate("Settings", "System language"), "")
        for code, name in NATIVE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.language or "")))
        restart = QLabel(translate("Settings", "The language changes when Puente starts again."))
        restart.setWordWrap(True)
        relay = QLabel(relay_url, self)
        storage = QLabel(
            translate("Settings", "In this computer's keychain")
            if token_in_keychain
            else translate("Settings", "For this session only (no secure keychain here)"),
            self,
        )
        self.sign_out = QPushButton(translate("Settings", "Sign out"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        form = QFormLayout()
        form.addRow(translate("Settings", "Language"), self.language)
        form.addRow("", restart)
        form.addRow(translate("Settings", "Relay"), relay)
        form.addRow(translate("Settings", "Your token"), storage)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.sign_out)
        layout.addWidget(buttons)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.sign_out.clicked.connect(self._sign_out)
        buttons.rejected.connect(self.reject)

    def _language_chosen(self, _index: int) -> None:
        self._preferences.language = str(self.language.currentData() or "") or None
        self._preferences.sync()

    def _sign_out(self) -> None:
        self.accept()
        self.signOutRequested.emit()
