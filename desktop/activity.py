"""A change to the team's work as a line of the conversation's timeline.

Each `conversation` event says the whole state after a change; what a
colleague wants to read in the timeline ("Ana asignó la conversación a Luis",
"Luis añadió VIP") is the difference from the state before it. `Activity.of`
computes it once, when the cache applies the event; the cache keeps it as the
row's text (`to_text`), and the timeline and the terminal read it back
(`from_text`) and say it in their reader's language (`words`). No Qt here: the
cache computes it headless, and `tail` says it without Qt.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, get_args

from desktop.summaries import Translate
from wire.team import ConversationData

# The kinds of line, one sentence each (`Activity.words`).
Kind = Literal[
    "resolved",
    "pending",
    "reopened_by",
    "customer_wrote",
    "snooze_ended",
    "snoozed",
    "assigned",
    "took",
    "unassigned",
    "labels",
]
_KINDS: dict[object, Kind] = {name: name for name in get_args(Kind)}


@dataclass(frozen=True, slots=True)
class Activity:
    """What one change did: its kind, who did it, and what it names."""

    kind: Kind
    by: str | None = None
    assignee: str | None = None
    until: int | None = None  # a snooze's end, unix seconds
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

    @classmethod
    def of(cls, before: ConversationData, after: ConversationData, at: int) -> Activity | None:
        """The change from `before` to `after`, made at `at` (unix seconds); None when
        nothing an agent sees changed."""
        by = after.by
        if after.change == "reopened":
            # The relay reopens for one of two reasons, and the event does not say which.
            ended = before.state == "snoozed" and (before.snoozed_until or at + 1) <= at
            return cls("snooze_ended" if ended else "customer_wrote")
        if after.change == "assignee":
            if after.assignee == before.assignee:
                return None
            if after.assignee is None:
                return cls("unassigned", by)
            return cls("took" if after.assignee == by else "assigned", by, after.assignee)
        if after.change == "labels":
            added = tuple(name for name in after.labels if name not in before.labels)
            removed = tuple(name for name in before.labels if name not in after.labels)
            return cls("labels", by, added=added, removed=removed) if added or removed else None
        if after.state == before.state and after.snoozed_until == before.snoozed_until:
            return None
        if after.state == "snoozed":
            return cls("snoozed", by, until=after.snoozed_until)
        if after.state == "open":
            return cls("reopened_by", by)
        return cls(_KINDS[after.state], by)

    def to_text(self) -> str:
        return json.dumps(
            {
                "kind": self.kind,
                "by": self.by,
                "assignee": self.assignee,
                "until": self.until,
                "added": list(self.added),
                "removed": list(self.removed),
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_text(cls, text: str | None) -> Activity | None:
        """The activity the cache kept; None for anything it cannot read."""
        try:
            raw = json.loads(text or "")
        except ValueError:
            return None
        if not isinstance(raw, dict) or raw.get("kind") not in _KINDS:
            return None

        def name(key: str) -> str | None:
            value = raw.get(key)
            return value if isinstance(value, str) else None

        def names(key: str) -> tuple[str, ...]:
            value = raw.get(key)
            return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()

        until = raw.get("until")
        return cls(
            _KINDS[raw["kind"]],
            name("by"),
            name("assignee"),
            until if isinstance(until, int) and not isinstance(until, bool) else None,
            names("added"),
            names("removed"),
        )

    def words(self, translate: Translate, when: Callable[[int], str]) -> str:
        """The line as people read it, in the language `translate` speaks; `when` says a
        snooze's end (unix seconds) as the reader's dates read."""
        by = self.by or translate("Activity", "Someone")
        if self.kind == "snoozed":
            if self.until is None:
                return translate("Activity", "%1 snoozed it").replace("%1", by)
            return (
                translate("Activity", "%1 snoozed it until %2")
                .replace("%1", by)
                .replace("%2", when(self.until))
            )
        if self.kind == "labels":
            parts = []
            if self.added:
                parts.append(
                    translate("Activity", "%1 added %2")
                    .replace("%1", by)
                    .replace("%2", ", ".join(self.added))
                )
            if self.removed:
                parts.append(
                    translate("Activity", "%1 removed %2")
                    .replace("%1", by)
                    .replace("%2", ", ".join(self.removed))
                )
            return " · ".join(parts)
        sentences = {
            "resolved": translate("Activity", "%1 marked it resolved"),
            "pending": translate("Activity", "%1 marked it pending"),
            "reopened_by": translate("Activity", "%1 reopened it"),
            "customer_wrote": translate("Activity", "The customer wrote: open again"),
            "snooze_ended": translate("Activity", "The snooze ended: open again"),
            "took": translate("Activity", "%1 took this conversation"),
            "assigned": translate("Activity", "%1 assigned it to %2"),
            "unassigned": translate("Activity", "%1 unassigned it"),
        }
        return sentences[self.kind].replace("%1", by).replace("%2", self.assignee or "")
