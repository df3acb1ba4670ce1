"""The conversation list as a model sorted by activity, and the filter the search box drives.

`ConversationListModel` owns one `ConversationRow` per conversation, most
recent first; an update moves a row (`beginMoveRows`) and reports its roles
changed, a new conversation is inserted where it belongs. `ConversationFilter`
shows the search's matches and, when asked, only unread conversations.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from enum import IntEnum
from typing import Any, Literal

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)

from desktop.cache import ConversationRow
from desktop.phones import shown
from desktop.ticks import Tick, tick_of
from desktop.timeline import placeholder
from wire.frames import PresenceNotice
from wire.team import DEFAULT_LABEL_COLOR

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
# Conversation summaries are applied at most this often (see `update_soon`).
UPDATE_MS = 100
# Presence nobody refreshed is dropped this often (the relay says `idle` too; this
# covers a relay that went away).
PRESENCE_SWEEP_MS = 5000
Owner = Literal["all", "mine", "unassigned"]
# The state filter's choices: open shows open and pending ones.
STATE_FILTERS: dict[str, frozenset[str]] = {
    "open": frozenset({"open", "pending"}),
    "resolved": frozenset({"resolved"}),
    "snoozed": frozenset({"snoozed"}),
    "all": frozenset({"open", "pending", "resolved", "snoozed"}),
}


class Role(IntEnum):
    """The conversation list's roles."""

    Id = Qt.ItemDataRole.UserRole + 1
    Title = Qt.ItemDataRole.UserRole + 2
    Preview = Qt.ItemDataRole.UserRole + 3
    Time = Qt.ItemDataRole.UserRole + 4
    Unread = Qt.ItemDataRole.UserRole + 5
    Tick = Qt.ItemDataRole.UserRole + 6  # the last message's, when it is outbound
    Account = Qt.ItemDataRole.UserRole + 7
    Subtitle = Qt.ItemDataRole.UserRole + 8  # the phone, when the title is a name
    # The business number the conversation is on, only when there are several.
    Business = Qt.ItemDataRole.UserRole + 9
    NeedsReply = Qt.ItemDataRole.UserRole + 10  # the customer waits for an answer
    Assignee = Qt.ItemDataRole.UserRole + 11  # the agent handling it, or ""
    Labels = Qt.ItemDataRole.UserRole + 12  # list[tuple[str, str]]: (name, #rrggbb)
    State = Qt.ItemDataRole.UserRole + 13  # open, pending, resolved, snoozed
    Presence = Qt.ItemDataRole.UserRole + 14  # "Ana is typing…", or ""
    Marked = Qt.ItemDataRole.UserRole + 15  # this agent marked it unread


def business_number(row: ConversationRow) -> str:
    """The business number a conversation is on, as agents know it."""
    if row.business_phone:
        return "+" + row.business_phone if row.business_phone.isdigit() else row.business_phone
    return row.account


def _sort_key(row: ConversationRow) -> tuple[int, str]:
    return (-row.last_timestamp, row.id)


class ConversationListModel(QAbstractListModel):
    """Every conversation, most recent activity first."""

    updated = Signal()
    """() summaries went into the rows (the list started over, or a batch was applied):
    the count of conversations needing a reply may have changed."""
    presenceChanged = Signal(str)
    """(conversation) who is looking at or typing in it changed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ConversationRow] = []
        self._keys: list[tuple[int, str]] = []
        self._locale = QLocale()
        self.accounts: set[str] = set()
        # Summaries not applied yet: a catch-up of thousands of events then repaints
        # the list a few times a second, not once per batch.
        self._waiting: dict[str, ConversationRow] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(UPDATE_MS)
        self._timer.timeout.connect(self.flush)
        self._label_colors: dict[str, str] = {}
        # Other agents' presence: conversation -> agent -> (state, expires).
        self._presence: dict[str, dict[str, tuple[str, int]]] = {}
        self._presence_timer = QTimer(self)
        self._presence_timer.setInterval(PRESENCE_SWEEP_MS)
        self._presence_timer.timeout.connect(self._expire_presence)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:
        return {role.value: QByteArray(role.name.lower().encode()) for role in Role}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Role.Title):
            return shown(row.id) if row.title == "+" + row.id else row.title
        if role == Role.Id:
            return row.id
        if role == Role.Preview:
            return self.preview(row)
        if role == Role.Time:
            return self._when(row.last_timestamp)
        if role == Qt.ItemDataRole.ToolTipRole and row.last_timestamp:
            # The relative date's exact one, on hover.
            return self._locale.toString(
                QDateTime.fromSecsSinceEpoch(row.last_timestamp), QLocale.FormatType.LongFormat
            )
        if role == Role.Unread:
            return row.unread
        if role == Role.Tick:
            last = row.last
            return (
                Tick.NONE
                if last is None
                else tick_of(last.direction, last.status, last.unknown, last.origin)
            )
        if role == Role.Account:
            return row.account
        if role == Role.Subtitle:
            return shown(row.id) if row.id.isdigit() and row.title != "+" + row.id else ""
        if role == Role.Business:
            return business_number(row) if len(self.accounts) > 1 else ""
        if role == Role.NeedsReply:
            return row.needs_reply
        if role == Role.Assignee:
            return row.team.assignee or ""
        if role == Role.Labels:
            return [
                (name, self._label_colors.get(name, DEFAULT_LABEL_COLOR))
                for name in row.team.labels
            ]
        if role == Role.State:
            return row.team.state
        if role == Role.Presence:
            return self.presence_text(row.id, typing_only=True)
        if role == Role.Marked:
            return row.marked
        return None

    # -- who else is here ----------------------------------------------------------

    def set_label_colors(self, colors: dict[str, str]) -> None:
        """The team's labels' colours (by name), for the rows' chips."""
        if colors == self._label_colors:
            return
        self._label_colors = dict(colors)
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), [Role.Labels])

    def set_presence(self, notice: PresenceNotice) -> None:
        """Another agent's presence in a conversation (`Session.presenceChanged`)."""
        present = self._presence.setdefault(notice.conversation, {})
        if notice.state == "idle":
            present.pop(notice.agent, None)
        else:
            present[notice.agent] = (notice.state, notice.expires)
        self._presence_changed(notice.conversation)
        if present and not self._presence_timer.isActive():
            self._presence_timer.start()

    def typing_in(self, conversation: str) -> list[str]:
        """The other agents typing in the conversation now."""
        now = time.time()
        present = self._presence.get(conversation, {})
        return sorted(
            a for a, (state, until) in present.items() if state == "typing" and until > now
        )

    def presence_text(self, conversation: str, *, typing_only: bool = False) -> str:
        """Who is typing in the conversation (else, unless `typing_only`, who is looking),
        as a line under its name."""
        now = time.time()
        present = self._presence.get(conversation, {})
        live = {agent: state for agent, (state, until) in present.items() if until > now}
        typing = self.typing_in(conversation)
        if typing:
            if len(typing) == 1:
                return translate("Conversations", "%1 is typing…").replace("%1", typing[0])
            return translate("Conversations", "%1 are typing…").replace("%1", ", ".join(typing))
        viewing = sorted(live)
        if typing_only or not viewing:
            return ""
        if len(viewing) == 1:
            return translate("Conversations", "%1 is looking at this conversation").replace(
                "%1", viewing[0]
            )
        return translate("Conversations", "%1 are looking at this conversation").replace(
            "%1", ", ".join(viewing)
        )

    def _presence_changed(self, conversation: str) -> None:
        at = self.row_of(conversation)
        if at >= 0:
            index = self.index(at)
            self.dataChanged.emit(index, index, [Role.Presence])
        self.presenceChanged.emit(conversation)

    def _expire_presence(self) -> None:
        now = time.time()
        for conversation, present in list(self._presence.items()):
            gone = [agent for agent, (_state, until) in present.items() if until <= now]
            for agent in gone:
                del present[agent]
            if not present:
                del self._presence[conversation]
            if gone:
                self._presence_changed(conversation)
        if not self._presence:
            self._presence_timer.stop()

    def reset(self, rows: list[ConversationRow]) -> None:
        self._timer.stop()
        self._waiting.clear()
        self.beginResetModel()
        self._rows = sorted(rows, key=_sort_key)
        self._keys = [_sort_key(r) for r in self._rows]
        self.accounts = {r.account for r in rows if r.account}
        self.endResetModel()
        self.updated.emit()

    def update_soon(self, rows: list[ConversationRow], *, now: bool = False) -> None:
        """New summaries, applied within `UPDATE_MS` (`now`: at once, with those waiting)."""
        self._waiting.update({row.id: row for row in rows})
        if now:
            self.flush()
        elif not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        """Apply the summaries waiting."""
        self._timer.stop()
        rows, self._waiting = list(self._waiting.values()), {}
        self.upsert(rows)
        self.updated.emit()

    def latest(self, conversation: str) -> ConversationRow | None:
        """A conversation's newest summary, applied or still waiting."""
        return self._waiting.get(conversation) or self.get(conversation)

    def upsert(self, rows: list[ConversationRow]) -> None:
        """New summaries for some conversations: each moves to where it now belongs."""
        several = len(self.accounts) > 1
        for row in rows:
            if row.account:
                self.accounts.add(row.account)
            self._upsert(row)
        if not several and len(self.accounts) > 1 and self._rows:
            # A second number appeared: every row now says which number it is on.
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), [Role.Business])

    def remove(self, ids: set[str] | frozenset[str]) -> None:
        for conversation in ids:
            at = self.row_of(conversation)
            if at >= 0:
                self.beginRemoveRows(QModelIndex(), at, at)
                del self._rows[at]
                del self._keys[at]
                self.endRemoveRows()

    def row_of(self, conversation: str) -> int:
        for i, row in enumerate(self._rows):
            if row.id == conversation:
                return i
        return -1

    def row_at(self, at: int) -> ConversationRow:
        """The summary on row `at`."""
        return self._rows[at]

    def rows(self) -> Sequence[ConversationRow]:
        """Every summary, in the list's order (not to be changed)."""
        return self._rows

    def get(self, conversation: str) -> ConversationRow | None:
        at = self.row_of(conversation)
        return self._rows[at] if at >= 0 else None

    def _upsert(self, row: ConversationRow) -> None:
        old = self.row_of(row.id)
        key = _sort_key(row)
        if old < 0:
            at = bisect.bisect(self._keys, key)
            self.beginInsertRows(QModelIndex(), at, at)
            self._rows.insert(at, row)
            self._keys.insert(at, key)
            self.endInsertRows()
            return
        others = self._keys[:old] + self._keys[old + 1 :]
        at = bisect.bisect(others, key)  # its place among the others
        if at != old:
            # Qt's destination counts the moving row itself when moving down.
            destination = at + 1 if at > old else at
            self.beginMoveRows(QModelIndex(), old, old, QModelIndex(), destination)
            del self._rows[old]
            del self._keys[old]
            self._rows.insert(at, row)
            self._keys.insert(at, key)
            self.endMoveRows()
        self._keys[at] = key
        self._rows[at] = row
        index = self.index(at)
        self.dataChanged.emit(index, index, [])

    def unread_total(self) -> int:
        return sum(row.unread for row in self._rows)

    def needing_reply(self) -> int:
        """How many conversations wait for an answer."""
        return sum(1 for row in self._rows if row.needs_reply)

    def preview(self, row: ConversationRow) -> str:
        """The last message as the list shows it, on one line."""
        last = row.last
        if last is None:
            return ""
        text = placeholder(last.type, last.text).replace("\n", " ")
        if last.direction == "out" and last.origin == "phone_app":
            return translate("Conversations", "📱 %1").replace("%1", text)
        return text

    def _when(self, timestamp: int) -> str:
        if not timestamp:
            return ""
        when = QDateTime.fromSecsSinceEpoch(timestamp)
        day = dt.date.fromtimestamp(timestamp)
        today = dt.date.today()
        if day == today:
            return self._locale.toString(
                when, self._locale.timeFormat(QLocale.FormatType.ShortFormat)
            )
        if day == today - dt.timedelta(days=1):
            return translate("Conversations", "Yesterday")
        return self._ago((today - day).days, day.isoweekday())

    def _ago(self, days: int, weekday: int) -> str:
        """How long ago a day was, as people say it: this week by its name, then in weeks,
        months and years ("hace 2 años"); the exact date is the row's tooltip. (One and
        many are all the plural forms of es, pt_BR and en.)"""
        if days < 7:
            return self._locale.standaloneDayName(weekday, QLocale.FormatType.LongFormat)
        units = (
            (
                365,
                QT_TRANSLATE_NOOP("Conversations", "a year ago"),
                QT_TRANSLATE_NOOP("Conversations", "%1 years ago"),
            ),
            (
                30,
                QT_TRANSLATE_NOOP("Conversations", "a month ago"),
                QT_TRANSLATE_NOOP("Conversations", "%1 months ago"),
            ),
            (
                7,
                QT_TRANSLATE_NOOP("Conversations", "a week ago"),
                QT_TRANSLATE_NOOP("Conversations", "%1 weeks ago"),
            ),
        )
        for size, one, many in units:
            count = days // size
            if count:
                if count == 1:
                    return translate("Conversations", str(one))
                return translate("Conversations", str(many)).replace(
                    "%1", self._locale.toString(count)
                )
        return ""


OWNER_NAMES: tuple[Owner, ...] = ("all", "mine", "unassigned")


def owner_name(owner: Owner, count: int | None = None) -> str:
    """An owner choice as the list's filter names it, with its count when known."""
    name = {
        "all": translate("MainWindow", "Everyone's"),
        "mine": translate("MainWindow", "Mine"),
        "unassigned": translate("MainWindow", "Unassigned"),
    }[owner]
    return name if count is None else f"{name} · {count}"


class ConversationFilter(QSortFilterProxyModel):
    """The list as the agent asked to see it: search matches, needing a reply, whose
    (all, mine, unassigned), in which state."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._matches: set[str] | None = None
        self._needs_reply_only = False
        self._owner: Owner = "all"
        self._me = ""
        self._states = STATE_FILTERS["all"]
        self._label: str | None = None

    def set_matches(self, ids: list[str] | None) -> None:
        """Conversations matching the search, or None for no search."""
        with self._changing_filter():
            self._matches = None if ids is None else set(ids)

    def set_needs_reply_only(self, on: bool) -> None:
        with self._changing_filter():
            self._needs_reply_only = on

    def set_owner(self, owner: Owner, me: str) -> None:
        """Everyone's conversations, the agent `me`'s, or nobody's."""
        with self._changing_filter():
            self._owner, self._me = owner, me

    def set_label(self, label: str | None) -> None:
        """Only the conversations carrying this label (None: any)."""
        with self._changing_filter():
            self._label = label

    def set_states(self, states: frozenset[str]) -> None:
        """The team states shown (`STATE_FILTERS`)."""
        with self._changing_filter():
            self._states = states

    @contextlib.contextmanager
    def _changing_filter(self) -> Iterator[None]:
        # Qt 6.10 replaced invalidateFilter() with a begin/end pair around the change.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            yield
            self.endFilterChange()
        else:
            yield
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ConversationListModel) or source_parent.isValid():
            return True
        # The row itself, not its roles through Qt: a filter change reads every row.
        row = model.row_at(source_row)
        return self._shown_by_others(row) and self._owned(row.team.assignee, self._owner)

    def owner_counts(self) -> dict[Owner, int]:
        """How many conversations each of all, mine and unassigned would show, the other
        filters as they are: what the owner choices say beside their names."""
        model = self.sourceModel()
        if not isinstance(model, ConversationListModel):
            return {"all": 0, "mine": 0, "unassigned": 0}
        # Made at every update of the list, over all of it: the shown rows are counted by
        # assignee in one pass, and `_owned` asked once per assignee, not per row.
        shown = self._shown_by_others
        by_assignee = Counter(row.team.assignee for row in model.rows() if shown(row))
        owners: tuple[Owner, ...] = ("all", "mine", "unassigned")
        return {
            owner: sum(n for who, n in by_assignee.items() if self._owned(who, owner))
            for owner in owners
        }

    def _shown_by_others(self, row: ConversationRow) -> bool:
        """Whether every filter but the owner's lets `row` through."""
        if self._matches is not None and row.id not in self._matches:
            return False
        if self._needs_reply_only and not row.needs_reply:
            return False
        team = row.team
        if team.state not in self._states:
            return False
        return self._label is None or self._label in team.labels

    def _owned(self, assignee: str | None, owner: Owner) -> bool:
        if owner == "mine":
            return assignee == self._me
        return owner != "unassigned" or not assignee
