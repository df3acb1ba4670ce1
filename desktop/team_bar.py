"""The open conversation's team controls: resolve or reopen, snooze, assign, labels.

Each choice goes to the engine as a command (queued like a reply, so it also
works offline); the bar shows what the events say, not what was clicked, so
every desktop shows the same state.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.commands import Commands
from desktop.icons import Glyph, icon
from wire.team import MAX_NAME, ConversationData

translate = QCoreApplication.translate
# Snoozed "until later" is this many hours; "tomorrow" and "next week" wake at this hour.
LATER_HOURS = 3
MORNING = 9


def snooze_times(now: dt.datetime) -> list[tuple[str, int]]:
    """The snooze menu's choices from `now` (local time): (label, unix seconds)."""
    tomorrow = (now + dt.timedelta(days=1)).replace(hour=MORNING, minute=0, second=0)
    monday = (now + dt.timedelta(days=7 - now.weekday())).replace(hour=MORNING, minute=0, second=0)
    return [
        (
            translate("TeamBar", "For 3 hours"),
            int((now + dt.timedelta(hours=LATER_HOURS)).timestamp()),
        ),
        (translate("TeamBar", "Until tomorrow morning"), int(tomorrow.timestamp())),
        (translate("TeamBar", "Until next Monday"), int(monday.timestamp())),
    ]


class TeamBar(QWidget):
    """Resolve / reopen, snooze, assign and label the conversation on screen."""

    changed = Signal()
    """() the agent asked for a change (it shows once its event comes back)."""
    teamWanted = Signal()
    """() the assign menu opens: the team may have changed since it was last asked for."""

    def __init__(
        self,
        commands: Commands,
        team: Callable[[], list[str]],
        labels: Callable[[], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        """`team`: the agents one may assign to; `labels`: the team's label names."""
        super().__init__(parent)
        self._commands = commands
        self._team = team
        self._labels = labels
        self.me = ""
        self.conversation: str | None = None
        self.state = ConversationData()
        self.resolve_button = QToolButton(self)
        self.resolve_button.clicked.connect(self._resolve_or_reopen)
        self.snooze_button = QToolButton(self)
        self.snooze_button.setIcon(icon(Glyph.SNOOZE))
        self.snooze_button.setText(translate("TeamBar", "Snooze"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snooze_menu = QMenu(self)
        self.snooze_menu.aboutToShow.connect(self._fill_snooze)
        self.snooze_button.setMenu(self.snooze_menu)
        self.assign_button = QToolButton(self)
        self.assign_button.setIcon(icon(Glyph.ASSIGN))
        self.assign_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.assign_menu = QMenu(self)
        self.assign_menu.aboutToShow.connect(self._fill_assign)
        self.assign_menu.aboutToShow.connect(self.teamWanted)
        self.assign_button.setMenu(self.assign_menu)
        self.labels_button = QToolButton(self)
        self.labels_button.setIcon(icon(Glyph.LABELS))
        self.labels_button.setText(translate("TeamBar", "Labels"))
        self.labels_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.labels_menu = QMenu(self)
        self.labels_menu.aboutToShow.connect(self._fill_labels)
        self.labels_button.setMenu(self.labels_menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.assign_button,
            self.labels_button,
            self.snooze_button,
            self.resolve_button,
        ):
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            layout.addWidget(button)
        self.show_state(None, ConversationData())

    def show_state(self, conversation: str | None, state: ConversationData) -> None:
        """The conversation on screen and its team state, as the events say."""
        self.conversation, self.state = conversation, state
        settled = state.settled
        self.resolve_button.setText(
            translate("TeamBar", "Reopen") if settled else translate("TeamBar", "Resolve")
        )
        self.resolve_button.setIcon(icon(Glyph.REOPEN if settled else Glyph.RESOLVE))
        self.assign_button.setText(state.assignee or translate("TeamBar", "Assign"))
        self.assign_button.setToolTip(
            translate("TeamBar", "Assigned to %1").replace("%1", state.assignee)
            if state.assignee
            else translate("TeamBar", "Nobody handles it yet")
        )
        self.snooze_button.setEnabled(state.state != "snoozed")
        self.labels_button.setText(
            ", ".join(state.labels) if state.labels else translate("TeamBar", "Labels")
        )
        # Said by a screen reader: what the button shows would not say what it is for.
        self.assign_button.setAccessibleName(self.assign_button.toolTip())
        self.labels_button.setAccessibleName(
            translate("TeamBar", "Labels: %1").replace("%1", ", ".join(state.labels))
            if state.labels
            else translate("TeamBar", "Labels")
        )
        self.snooze_button.setAccessibleName(translate("TeamBar", "Snooze"))
        self.resolve_button.setAccessibleName(self.resolve_button.text())

    def _resolve_or_reopen(self) -> None:
        if self.conversation is None:
            return
        self._commands.set_state(self.conversation, "open" if self.state.settled else "resolved")
        self.changed.emit()

    def _fill_snooze(self) -> None:
        self.snooze_menu.clear()
        for label, until in snooze_times(dt.datetime.now().astimezone()):
            action = self.snooze_menu.addAction(label)
            action.triggered.connect(lambda _=False, u=until: self._snooze(u))
        self.snooze_menu.addSeparator()
        self.snooze_menu.addAction(translate("TeamBar", "Until a date…")).triggered.connect(
            self._snooze_until_date
        )

    def _snooze_until_date(self) -> None:
        dialog = SnoozeDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._snooze(dialog.until())

    def _snooze(self, until: int) -> None:
        if self.conversation is not None:
            self._commands.set_state(self.conversation, "snoozed", until)
            self.changed.emit()

    def _fill_assign(self) -> None:
        self.assign_menu.clear()
        names = sorted(set(self._team()) | ({self.me} if self.me else set()))
        if self.me and self.state.assignee != self.me:
            self._assign_action(translate("TeamBar", "Assign to me"), self.me)
            self.assign_menu.addSeparator()
        for name in names:
            action = self._assign_action(name, name)
            action.setCheckable(True)
            action.setChecked(name == self.state.assignee)
        if self.state.assignee:
            self.assign_menu.addSeparator()
            self._assign_action(translate("TeamBar", "Unassign"), None)

    def _assign_action(self, label: str, assignee: str | None) -> QAction:
        action = self.assign_menu.addAction(label)
        action.triggered.connect(lambda _=False, a=assignee: self._assign(a))
        return action

    def _assign(self, assignee: str | None) -> None:
        if self.conversation is not None and assignee != self.state.assignee:
            self._commands.assign(self.conversation, assignee)
            self.changed.emit()

    def _fill_labels(self) -> None:
        self.labels_menu.clear()
        on = set(self.state.labels)
        for name in sorted(set(self._labels()) | on):
            action = self.labels_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(name in on)
            action.toggled.connect(lambda checked, n=name: self._label(n, checked))
        self.labels_menu.addSeparator()
        self.labels_menu.addAction(translate("TeamBar", "New label…")).triggered.connect(
            self._new_label
        )

    def _label(self, name: str, on: bool) -> None:
        if self.conversation is None:
            return
        self._commands.label(self.conversation, [name] if on else [], [] if on else [name])
        self.changed.emit()

    def _new_label(self) -> None:
        name, ok = QInputDialog.getText(
            self, translate("TeamBar", "New label"), translate("TeamBar", "Label name:")
        )
        name = name.strip()[:MAX_NAME]
        if ok and name:
            self._label(name, True)


class SnoozeDialog(QDialog):
    """When a snoozed conversation comes back: a date and time to come (within a year)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("TeamBar", "Snooze until"))
        now = QDateTime.currentDateTime()
        self.when = QDateTimeEdit(now.addDays(1), self)
        self.when.setCalendarPopup(True)
        self.when.setMinimumDateTime(now.addSecs(60))
        self.when.setMaximumDateTime(now.addDays(365))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.when)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def until(self) -> int:
        """The chosen moment, unix seconds."""
        return int(self.when.dateTime().toSecsSinceEpoch())
