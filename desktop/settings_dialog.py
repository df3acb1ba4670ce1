"""Settings: language, theme, notifications and sending, the relay signed in to, the token."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
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
    changed = Signal()
    """() a setting that applies at once changed (sound, Ctrl+Enter, theme)."""
    teamRequested = Signal()
    """() an admin asked for the Team dialog."""
    doctorRequested = Signal()
    """() an admin asked for the Meta connection check."""

    def __init__(
        self,
        preferences: Preferences,
        relay_url: str,
        token_in_keychain: bool,
        parent: QWidget | None = None,
        *,
        admin: bool = False,
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
        self.theme = QComboBox(self)
        for code, label in (
            ("system", translate("Settings", "Like the system")),
            ("light", translate("Settings", "Light")),
            ("dark", translate("Settings", "Dark")),
        ):
            self.theme.addItem(label, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(preferences.theme)))
        self.sound = QCheckBox(translate("Settings", "Play a sound with notifications"), self)
        self.sound.setChecked(preferences.notification_sound)
        self.ctrl_enter = QCheckBox(
            translate("Settings", "Ctrl+Enter sends (Enter starts a new line)"), self
        )
        self.ctrl_enter.setChecked(preferences.ctrl_enter_sends)
        self.read_receipts = QCheckBox(
            translate("Settings", "Tell customers when their messages are read and answered"),
            self,
        )
        self.read_receipts.setChecked(preferences.read_receipts)
        self.sign_out = QPushButton(translate("Settings", "Sign out"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        form = QFormLayout()
        form.addRow(translate("Settings", "Language"), self.language)
        form.addRow("", restart)
        form.addRow(translate("Settings", "Theme"), self.theme)
        form.addRow("", self.sound)
        form.addRow("", self.ctrl_enter)
        form.addRow("", self.read_receipts)
        form.addRow(translate("Settings", "Relay"), relay)
        form.addRow(translate("Settings", "Your token"), storage)
        self.team = QPushButton(translate("Settings", "Team…"), self)
        self.doctor = QPushButton(translate("Settings", "Check the Meta connection…"), self)
        if admin:
            # An administrator's settings: the team and the number's connection to Meta.
            administration = QHBoxLayout()
            administration.addWidget(self.team)
            administration.addWidget(self.doctor)
            administration.addStretch(1)
            form.addRow(translate("Settings", "Administration"), administration)
        else:
            self.team.hide()
            self.doctor.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.sign_out)
        layout.addWidget(buttons)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.theme.currentIndexChanged.connect(self._store)
        self.sound.toggled.connect(self._store)
        self.ctrl_enter.toggled.connect(self._store)
        self.read_receipts.toggled.connect(self._store)
        self.sign_out.clicked.connect(self._sign_out)
        self.team.clicked.connect(self.teamRequested)
        self.doctor.clicked.connect(self.doctorRequested)
        buttons.rejected.connect(self.reject)

    def _language_chosen(self, _index: int) -> None:
        self._preferences.language = str(self.language.currentData() or "") or None
        self._preferences.sync()

    def _store(self) -> None:
        self._preferences.theme = str(self.theme.currentData())
        self._preferences.notification_sound = self.sound.isChecked()
        self._preferences.ctrl_enter_sends = self.ctrl_enter.isChecked()
        self._preferences.read_receipts = self.read_receipts.isChecked()
        self._preferences.sync()
        self.changed.emit()

    def _sign_out(self) -> None:
        self.accept()
        self.signOutRequested.emit()
