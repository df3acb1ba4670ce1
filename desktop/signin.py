"""First run and sign-out: the relay's address and token (or a pairing link), checked."""

from __future__ import annotations

import threading

import httpx
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import network
from desktop.pairing import Pairing, parse_pairing_link
from wire.answers import RelayStatus
from wire.frames import ProtocolError

translate = QCoreApplication.translate


class SignInDialog(QDialog):
    """Asks for the relay URL and a token; accepts only once the relay took the token."""

    checked = Signal(str, bool)
    """(problem, ok) the relay's verdict on the token, from the checking thread."""

    def __init__(self, relay_url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SignIn", "Sign in to Puente"))
        self.hint = QLabel(
            translate(
                "SignIn",
                "Paste the pairing link your administrator sent you (puente://…) in either "
                "field, or type the relay's address and your token.",
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.url = QLineEdit(relay_url or "https://", self)
        self.url.setPlaceholderText("https://relay.example.com")
        self.url.setAccessibleName(translate("SignIn", "Relay address"))
        self.token = QLineEdit(self)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(translate("SignIn", "The token your administrator gave you"))
        self.token.setAccessibleName(translate("SignIn", "Agent token"))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #d93025")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("SignIn", "Sign in"))
        form = QFormLayout()
        form.addRow(translate("SignIn", "Relay address"), self.url)
        form.addRow(translate("SignIn", "Agent token"), self.token)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        self.checked.connect(self._verdict)
        self.url.textChanged.connect(self._maybe_pairing_link)
        self.token.textChanged.connect(self._maybe_pairing_link)

    def fill(self, pairing: Pairing) -> None:
        """Put a pairing link's relay and token in the fields (the agent still confirms)."""
        for field, value in ((self.url, pairing.relay_url), (self.token, pairing.token)):
            field.blockSignals(True)
            field.setText(value)
            field.blockSignals(False)
        self.problem.setText(translate("SignIn", "Check the relay's address, then sign in."))

    def receive_link(self, link: str) -> None:
        """A link opened while this dialog waits (another start of Puente passed it on)."""
        pairing = parse_pairing_link(link)
        if pairing is not None:
            self.fill(pairing)
        self.raise_()
        self.activateWindow()

    def _maybe_pairing_link(self, text: str) -> None:
        pairing = parse_pairing_link(text)
        if pairing is not None:
            self.fill(pairing)

    def credentials(self) -> tuple[str, str]:
        return self.url.text().strip().rstrip("/"), self.token.text().strip()

    def _check(self) -> None:
        url, token = self.credentials()
        if not url.startswith(("http://", "https://")) or not token:
            self.problem.setText(translate("SignIn", "Give the relay's address and your token."))
            return
        self.buttons.setEnabled(False)
        self.problem.setText(translate("SignIn", "Checking…"))
        # The network never runs on the GUI thread; the verdict comes back as a signal.
        threading.Thread(target=self._ask_relay, args=(url, token), daemon=True).start()

    def _ask_relay(self, url: str, token: str) -> None:
        try:
            with network.client(url, timeout=10) as http:
                answer = http.get("/api/status", headers={"Authorization": f"Bearer {token}"})
        except httpx.HTTPError:
            self.checked.emit("unreachable", False)
            return
        if answer.status_code == 401:
            self.checked.emit("refused", False)
            return
        try:
            answer.raise_for_status()
            RelayStatus.parse(answer.content)
        except (httpx.HTTPError, ProtocolError):  # another server answers at this address
            self.checked.emit("unreachable", False)
            return
        self.checked.emit("", True)

    def _verdict(self, problem: str, ok: bool) -> None:
        self.buttons.setEnabled(True)
        if ok:
            self.problem.clear()
            self.accept()
            return
        if problem == "refused":
            self.problem.setText(translate("SignIn", "The relay refused this token."))
        else:
            self.problem.setText(
                translate("SignIn", "Cannot reach a Puente relay at this address.")
            )
