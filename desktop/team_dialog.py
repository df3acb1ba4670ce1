"""The Team dialog (admins): invite an agent, copy their pairing link, see who was seen, revoke."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import background
from desktop.admin_client import AdminClient, AdminError
from wire.answers import Invitation, Member

translate = QCoreApplication.translate


def describe(error: AdminError) -> str:
    """What an admin's refused request means, in their language."""
    known = {
        "unreachable": translate("Team", "The relay cannot be reached. Try again."),
        "forbidden": translate("Team", "Only an administrator can do this."),
        "unauthorized": translate("Team", "The relay refused your token."),
        "agent_exists": translate("Team", "Someone on the team already has that name."),
        "last_admin": translate("Team", "You are the only administrator: invite another first."),
        "not_found": translate("Team", "That agent was revoked already."),
        "invalid_request": translate("Team", "Names are 1 to 64 printable characters."),
    }
    return known.get(error.code) or translate("Team", "The relay said: %1").replace(
        "%1", str(error)
    )


class TeamDialog(QDialog):
    """Lists the team and invites new agents; every request runs off the GUI thread."""

    changed = Signal()
    """() the team changed (an invitation or a revocation went through)."""

    def __init__(self, client: AdminClient, me: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._client = client
        self._me = me
        self.setWindowTitle(translate("Team", "Team"))
        self.resize(560, 520)
        self.members = QTreeWidget(self)
        self.members.setHeaderLabels(
            [translate("Team", "Name"), translate("Team", "Role"), translate("Team", "Last seen")]
        )
        self.members.setRootIsDecorated(False)
        self.members.setAlternatingRowColors(True)
        self.members.setAccessibleName(translate("Team", "Team members"))
        self.members.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.revoke_button = QPushButton(translate("Team", "Revoke access…"), self)
        self.revoke_button.setEnabled(False)
        self.name = QLineEdit(self)
        self.name.setMaxLength(64)
        self.name.setPlaceholderText(translate("Team", "Name, as the team will see it"))
        self.role = QComboBox(self)
        self.role.addItem(translate("Team", "Agent"), "agent")
        self.role.addItem(translate("Team", "Administrator"), "admin")
        self.invite_button = QPushButton(translate("Team", "Invite"), self)
        self.invite_button.setDefault(True)
        self.link = QLineEdit(self)
        self.link.setReadOnly(True)
        self.link.setAccessibleName(translate("Team", "Pairing link"))
        self.copy_button = QPushButton(translate("Team", "Copy link"), self)
        self.link_help = QLabel(self)
        self.link_help.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #d93025")
        invite_box = QGroupBox(translate("Team", "Invite someone"), self)
        form = QFormLayout(invite_box)
        form.addRow(translate("Team", "Name"), self.name)
        form.addRow(translate("Team", "Role"), self.role)
        form.addRow("", self.invite_button)
        link_row = QHBoxLayout()
        link_row.addWidget(self.link, 1)
        link_row.addWidget(self.copy_button)
        self.link_box = QWidget(self)
        link_layout = QVBoxLayout(self.link_box)
        link_layout.setContentsMargins(0, 0, 0, 0)
        link_layout.addWidget(self.link_help)
        link_layout.addLayout(link_row)
        self.link_box.hide()
        form.addRow(self.link_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.members, 1)
        layout.addWidget(self.revoke_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(invite_box)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.members.itemSelectionChanged.connect(self._selection_changed)
        self.revoke_button.clicked.connect(self._confirm_revoke)
        self.invite_button.clicked.connect(self.invite)
        self.name.returnPressed.connect(self.invite)
        self.copy_button.clicked.connect(self._copy)
        buttons.rejected.connect(self.reject)
        self.reload()

    # -- requests -----------------------------------------------------------------

    def reload(self) -> None:
        background.run(self._client.team, self._show_team, self)

    def invite(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.status.setText(translate("Team", "Write the new agent's name."))
            return
        role = str(self.role.currentData())
        self.invite_button.setEnabled(False)
        self.status.clear()
        background.run(lambda: self._client.invite(name, role), self._invited, self)

    def revoke(self, name: str) -> None:
        """Revoke an agent's token (no confirmation: the button's asks first)."""
        background.run(lambda: self._client.revoke(name), self._revoked, self)

    # -- answers (GUI thread) ---------------------------------------------------------

    def _show_team(self, outcome: object) -> None:
        if isinstance(outcome, AdminError):
            self.status.setText(describe(outcome))
            return
        assert isinstance(outcome, list)
        self.members.clear()
        for member in outcome:
            assert isinstance(member, Member)
            role = (
                translate("Team", "Administrator")
                if member.role == "admin"
                else translate("Team", "Agent")
            )
            item = QTreeWidgetItem([member.name, role, _seen(member.last_seen)])
            item.setData(0, Qt.ItemDataRole.UserRole, member.name)
            if member.name == self._me:
                item.setToolTip(0, translate("Team", "You"))
            self.members.addTopLevelItem(item)
        self.members.resizeColumnToContents(1)

    def _invited(self, outcome: object) -> None:
        self.invite_button.setEnabled(True)
        if isinstance(outcome, AdminError):
            self.status.setText(describe(outcome))
            return
        assert isinstance(outcome, Invitation)
        self.name.clear()
        self.link.setText(outcome.link)
        self.link.setCursorPosition(0)  # the link's start says what it is
        self.link_help.setText(
            translate(
                "Team",
                "Send this link to %1: on a computer with Puente, it opens the sign-in "
                "ready. It is shown only once.",
            ).replace("%1", outcome.name)
        )
        self.link_box.show()
        self.changed.emit()
        self.reload()

    def _revoked(self, outcome: object) -> None:
        if isinstance(outcome, AdminError):
            self.status.setText(describe(outcome))
        else:
            self.status.clear()
            self.changed.emit()
        self.reload()

    # -- the dialog's own ----------------------------------------------------------------

    def selected(self) -> str | None:
        items = self.members.selectedItems()
        return str(items[0].data(0, Qt.ItemDataRole.UserRole)) if items else None

    def _selection_changed(self) -> None:
        self.revoke_button.setEnabled(self.selected() is not None)

    def _confirm_revoke(self) -> None:
        name = self.selected()
        if name is None:
            return
        answer = QMessageBox.question(
            self,
            translate("Team", "Revoke access"),
            translate("Team", "Revoke %1's access? Their Puente disconnects at once.").replace(
                "%1", name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.revoke(name)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.link.text())
        self.copy_button.setText(translate("Team", "Copied"))


def _seen(when: int | None) -> str:
    if when is None:
        return translate("Team", "Not yet")
    moment = QDateTime.fromSecsSinceEpoch(when)
    if datetime.fromtimestamp(when).date() == datetime.now().date():
        return QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat)
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)
