"""What a processing cycle will read, asked for at once under the write lock.

Processing a delivery reads before it writes: is this event's key taken, whose
phone is this BSUID, is this status newer than the one stored, did the
conversation's team resolve it, is this status about one of our sends. One
read per event is one round trip per event on a database across a network
(1 to 5 ms each, while holding the lock that orders seqs). So the cycle names,
before it processes anything, every row its deliveries may read (`wanted`);
the store asks for all of them in the round trip that takes the lock; and
processing reads the answers here, writing without waiting. Answers stay exact:
they are read under the lock (no other instance writes meanwhile) and each
write of the cycle updates them (`learn`). A row nobody named (a BSUID merged
into a phone's conversation, say) is still read from the database, once.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum

from relay.database import Database
from relay.drafts import Draft, MessageDraft, StatusDraft
from relay.sends import CALLBACK_PREFIX


class Known(Enum):
    """What a lookahead answers besides a row's value."""

    ABSENT = "absent"  # asked: no such row
    UNASKED = "unasked"  # not asked: read it from the database


# What each table is asked by, and what its answer is: (key column, value column).
TABLES: dict[str, tuple[str, str]] = {
    "events": ("key", "1"),
    "identities": ("user_id", "phone"),
    "statuses": ("wamid", "rank"),
    "placeholders": ("wamid", "1"),
    "team": ("conversation", "doc"),
    "sends": ("client_id", "state"),
}


@dataclass(frozen=True, slots=True)
class Question:
    """One table's rows to read: a statement with one list parameter."""

    table: str
    keys: tuple[str, ...]


@dataclass
class Lookahead:
    """Rows a cycle may read, by table and key: their values, or Known.ABSENT."""

    _rows: dict[str, dict[Hashable, object]] = field(default_factory=dict)

    def get(self, table: str, key: Hashable) -> object:
        return self._rows.get(table, {}).get(key, Known.UNASKED)

    def answer(self, question: Question, rows: Iterable[Sequence[object]]) -> None:
        """Record what the database said: every asked key absent unless a row names it."""
        known = self._rows.setdefault(question.table, {})
        for key in question.keys:
            known[key] = Known.ABSENT
        for row in rows:
            known[row[0]] = row[1]

    def learn(self, table: str, key: Hashable, value: object) -> None:
        """A write of the cycle: later reads see it (only where the table was asked)."""
        known = self._rows.get(table)
        if known is not None:
            known[key] = value


def wanted(drafts: Iterable[Draft]) -> list[Question]:
    """The rows processing these drafts may read, one question per table."""
    keys: dict[str, dict[str, None]] = {table: {} for table in TABLES}  # ordered sets
    for draft in drafts:
        party = draft.party
        for conversation in (party.phone, party.user_id):
            if conversation is not None:
                keys["team"][conversation] = None
        if party.user_id is not None:
            keys["identities"][party.user_id] = None
        if isinstance(draft, MessageDraft):
            key = f"msg:{draft.wamid}"
            keys["events"][key] = None
            keys["events"][f"{key}:{draft.type}"] = None
            keys["events"][f"team:reopened:{key}"] = None
            keys["placeholders"][draft.wamid] = None
            continue
        keys["events"][draft.key] = None
        if isinstance(draft, StatusDraft):
            keys["statuses"][draft.wamid] = None
            callback = draft.status.callback_data
            if callback is not None and callback.startswith(CALLBACK_PREFIX):
                keys["sends"][callback.removeprefix(CALLBACK_PREFIX)] = None
    return [Question(table, tuple(asked)) for table, asked in keys.items() if asked]


def statement(question: Question, db: Database) -> tuple[str, object]:
    """The SELECT asking `question` (its key and value columns) and its one parameter."""
    key, value = TABLES[question.table]
    select = f"SELECT {key}, {value} FROM {question.table} WHERE {key}"
    # The keys go as one JSON list: SQLite has no arrays, and psycopg adapts a list of
    # texts one element at a time, in Python (an array built from the JSON once keeps
    # PostgreSQL's plan an index scan per key, as `= ANY(?)` had it).
    keys = db.json_param(question.keys)
    if db.dialect == "postgresql":
        return f"{select} = ANY(ARRAY(SELECT json_array_elements_text(?::json)))", keys
    return f"{select} IN (SELECT value FROM json_each(?))", keys
