"""The Meta connection check (admins): the relay's doctor, each check with its verdict and fix."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import background
from desktop.admin_client import AdminClient, AdminError
from desktop.team_dialog import describe
from wire.answers import Check

translate = QCoreApplication.translate
PASS_COLOUR, FAIL_COLOUR = "#1f8f4e", "#d93025"


class DoctorDialog(QDialog):
    """Runs the checks when opened (and again on request) and shows what to fix."""

    def __init__(self, client: AdminClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._client = client
        self.setWindowTitle(translate("Doctor", "Meta connection check"))
        self.resize(620, 560)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.results = QTextBrowser(self)
        self.results.setOpenExternalLinks(False)
        self.results.setAccessibleName(translate("Doctor", "Check results"))
        self.again = QPushButton(translate("Doctor", "Check again"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.again, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)
        self.again.clicked.connect(self.run)
        buttons.rejected.connect(self.reject)
        self.checks: list[Check] = []
        self.run()

    def run(self) -> None:
        self.again.setEnabled(False)
        self.summary.setText(translate("Doctor", "Asking Meta…"))
        background.run(self._client.doctor, self._show, self)

    def _show(self, outcome: object) -> None:
        self.again.setEnabled(True)
        if isinstance(outcome, AdminError):
            self.summary.setText(describe(outcome))
            return
        assert isinstance(outcome, list)
        self.checks = [check for check in outcome if isinstance(check, Check)]
        failed = sum(not check.ok for check in self.checks)
        self.summary.setText(
            translate("Doctor", "Every check passed.")
            if not failed
            else translate("Doctor", "%1 of %2 checks failed: the fixes are below.")
            .replace("%1", str(failed))
            .replace("%2", str(len(self.checks)))
        )
        self.results.setHtml("".join(_entry(check) for check in self.checks))


def _entry(check: Check) -> str:
    mark, colour = ("✓", PASS_COLOUR) if check.ok else ("✗", FAIL_COLOUR)
    subject = f" ({html.escape(check.subject)})" if check.subject else ""
    fix = ""
    if check.fix:
        label = html.escape(translate("Doctor", "Fix:"))
        fix = f"<br><b>{label}</b> {html.escape(check.fix)}"
    return (
        f'<p><span style="color:{colour}; font-weight:bold">{mark}</span> '
        f"<b>{html.escape(check.title)}</b>{subject}<br>{html.escape(check.detail)}{fix}</p>"
    )
