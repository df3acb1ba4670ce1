"""The team's shared work as event data: a conversation's state, internal notes, shared lists.

`conversation` events carry the whole team state of one conversation after
each change (who handles it, whether it is answered, its labels); `note`
events carry internal notes, never sent to Meta; `catalog` events carry the
team's labels and quick replies. docs/protocol.md is the contract; reading
is lenient as in `wire.data`: a field of the wrong type reads as absent.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar, Literal, get_args

TeamState = Literal["open", "pending", "resolved", "snoozed"]
Change = Literal["state", "assignee", "labels", "reopened"]
CatalogName = Literal["labels", "quick_replies"]
_STATES: dict[object, TeamState] = {name: name for name in get_args(TeamState)}
_CHANGES: dict[object, Change] = {name: name for name in get_args(Change)}
# A label made by naming it, before anyone chose its colour.
DEFAULT_LABEL_COLOR = "#607d8b"
MAX_LABELS = 20
MAX_NAME = 40
MAX_NOTE = 4096
MAX_QUICK_REPLY = 4096


@dataclass(frozen=True, slots=True)
class ConversationData:
    """A `conversation` event's data: the team's state of one conversation after a change.

    A conversation without any such event is `ConversationData()`: open,
    unassigned, without labels. `by` is None when the relay changed it
    (reopened when the customer wrote, or when a snooze ended).
    """

    state: TeamState = "open"
    snoozed_until: int | None = None  # unix seconds, for `snoozed`
    assignee: str | None = None
    labels: tuple[str, ...] = ()
    by: str | None = None
    change: Change = "state"

    kind: ClassVar[Literal["conversation"]] = "conversation"

    @property
    def settled(self) -> bool:
        """Resolved or snoozed: it does not need a reply, whatever its messages say."""
        return self.state in ("resolved", "snoozed")

    def to_json(self) -> dict[str, object]:
        return {
            "state": self.state,
            "snoozed_until": self.snoozed_until,
            "assignee": self.assignee,
            "labels": list(self.labels),
            "by": self.by,
            "change": self.change,
        }

    def team_json(self) -> dict[str, object]:
        """The state alone, as `GET /api/conversations/{id}` carries it under `team`."""
        return {
            "state": self.state,
            "snoozed_until": self.snoozed_until,
            "assignee": self.assignee,
            "labels": list(self.labels),
        }

    @classmethod
    def from_json(cls, obj: Mapping[str, object]) -> ConversationData:
        labels = obj.get("labels")
        return cls(
            _STATES.get(_str(obj.get("state")), "open"),
            _int(obj.get("snoozed_until")),
            _str(obj.get("assignee")),
            tuple(x for x in labels if isinstance(x, str)) if isinstance(labels, list) else (),
            _str(obj.get("by")),
            _CHANGES.get(_str(obj.get("change")), "state"),
        )


@dataclass(frozen=True, slots=True)
class NoteData:
    """A `note` event's data: an agent's internal note on a conversation."""

    id: str
    text: str
    author: str
    reply_to: str | None = None  # a wamid, or another note's id

    kind: ClassVar[Literal["note"]] = "note"

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"id": self.id, "text": self.text, "author": self.author}
        if self.reply_to is not None:
            out["reply_to"] = self.reply_to
        return out

    @classmethod
    def from_json(cls, obj: Mapping[str, object]) -> NoteData | None:
        note_id, text, author = _str(obj.get("id")), obj.get("text"), _str(obj.get("author"))
        if note_id is None or not isinstance(text, str) or author is None:
            return None
        return cls(note_id, text, author, _str(obj.get("reply_to")))


@dataclass(frozen=True, slots=True)
class Label:
    """A team label: its name and colour (`#rrggbb`)."""

    name: str
    color: str = DEFAULT_LABEL_COLOR

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "color": self.color}

    @classmethod
    def from_json(cls, obj: object) -> Label | None:
        if not isinstance(obj, Mapping) or _str(obj.get("name")) is None:
            return None
        return cls(str(obj["name"]), _str(obj.get("color")) or DEFAULT_LABEL_COLOR)


@dataclass(frozen=True, slots=True)
class QuickReply:
    """A team quick reply: typed as `/shortcut` in the composer, it inserts `text`."""

    shortcut: str
    text: str
    media_id: str | None = None

    def to_json(self) -> dict[str, object]:
        return {"shortcut": self.shortcut, "text": self.text, "media_id": self.media_id}

    @classmethod
    def from_json(cls, obj: object) -> QuickReply | None:
        if not isinstance(obj, Mapping):
            return None
        shortcut, text = _str(obj.get("shortcut")), obj.get("text")
        if shortcut is None or not isinstance(text, str):
            return None
        return cls(shortcut, text, _str(obj.get("media_id")))


@dataclass(frozen=True, slots=True)
class CatalogData:
    """A `catalog` event's data: one item of a team list changed (`item` None: deleted)."""

    catalog: CatalogName
    name: str  # the label's name, or the quick reply's shortcut
    item: Label | QuickReply | None
    by: str | None

    kind: ClassVar[Literal["catalog"]] = "catalog"

    def to_json(self) -> dict[str, object]:
        return {
            "catalog": self.catalog,
            "name": self.name,
            "item": self.item.to_json() if self.item is not None else None,
            "by": self.by,
        }

    @classmethod
    def from_json(cls, obj: Mapping[str, object]) -> CatalogData | None:
        catalog, name = obj.get("catalog"), _str(obj.get("name"))
        if name is None:
            return None
        raw = obj.get("item")
        if catalog == "labels":
            return cls("labels", name, Label.from_json(raw), _str(obj.get("by")))
        if catalog == "quick_replies":
            return cls("quick_replies", name, QuickReply.from_json(raw), _str(obj.get("by")))
        return None


TeamData = ConversationData | NoteData | CatalogData


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
