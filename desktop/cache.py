"""The desktop's local copy of the relay's log: conversations, messages, outbox, cursor.

One SQLite file in the per-user data folder, used from one thread (the
engine's), so the app opens on the last state at once and reads offline.
`apply` takes a batch of records in one transaction and says what changed,
so models update precisely. Replies typed here are written to the outbox and
shown as pending before the first try to send them.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from desktop.account_state import AccountNotice
from desktop.activity import Activity
from desktop.records import (
    AccountRecord,
    CatalogRecord,
    ContactRecord,
    MessageRecord,
    NoteRecord,
    NoticeRecord,
    Record,
    StatusRecord,
    TeamRecord,
)
from wire.content import Content, decode, encode
from wire.statuses import rank
from wire.team import ConversationData, Label, QuickReply
from wire.window import opens_window

# Which page of a conversation: its newest messages, or those before or after a row;
# "around": a message and its neighbours (a jump to a quoted message).
PageKind = Literal["latest", "older", "newer", "around"]

SCHEMA_VERSION = 5
_OPEN = ConversationData()
# Messages about other messages: applied to them, not shown as messages of their own.
AMENDS = frozenset({"reaction", "edit", "revoke"})
_SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    conversation TEXT NOT NULL,
    key TEXT NOT NULL UNIQUE,
    seq INTEGER,
    wamid TEXT,
    client_id TEXT,
    timestamp INTEGER NOT NULL,
    direction TEXT NOT NULL,
    origin TEXT NOT NULL,
    type TEXT NOT NULL,
    text TEXT,
    reply_to TEXT,
    agent TEXT,
    status TEXT,
    error TEXT,
    unknown INTEGER NOT NULL DEFAULT 0,
    content TEXT,
    edited INTEGER NOT NULL DEFAULT 0,
    previous TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX messages_by_time ON messages (conversation, timestamp, id);
CREATE INDEX messages_by_wamid ON messages (wamid);
-- Only agents' replies have a client_id: the index holds just those.
CREATE UNIQUE INDEX messages_by_client_id ON messages (client_id) WHERE client_id IS NOT NULL;
CREATE TABLE statuses (wamid TEXT PRIMARY KEY, status TEXT NOT NULL, error TEXT) WITHOUT ROWID;
CREATE TABLE conversations (
    id TEXT PRIMARY KEY,
    account TEXT NOT NULL DEFAULT '',
    profile_name TEXT,
    book_name TEXT,
    username TEXT,
    last_id INTEGER,
    last_timestamp INTEGER NOT NULL DEFAULT 0,
    unread INTEGER NOT NULL DEFAULT 0,
    -- The team's state (the latest `conversation` event), and when the customer last
    -- wrote and was last written to: together, whether it needs a reply.
    state TEXT NOT NULL DEFAULT '{}',
    last_in INTEGER,
    last_out INTEGER,
    marked INTEGER NOT NULL DEFAULT 0  -- this agent marked it unread, until they open it
) WITHOUT ROWID;
-- The team's shared lists, as the `catalog` events left them.
CREATE TABLE team_labels (name TEXT PRIMARY KEY, color TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE quick_replies (
    shortcut TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    media_id TEXT
) WITHOUT ROWID;
-- The customer's and the business's reaction to a message (one each, as in WhatsApp).
CREATE TABLE reactions (
    target TEXT NOT NULL,
    side TEXT NOT NULL,
    emoji TEXT NOT NULL,
    by TEXT,
    PRIMARY KEY (target, side)
) WITHOUT ROWID;
-- A business number's display form, by phone_number_id, as Meta's webhooks give it.
CREATE TABLE accounts (id TEXT PRIMARY KEY, phone TEXT NOT NULL) WITHOUT ROWID;
-- The latest account notice of each topic per business number (admins' banner).
CREATE TABLE account_notices (
    account TEXT NOT NULL,
    topic TEXT NOT NULL,
    event TEXT NOT NULL,
    seq INTEGER NOT NULL,
    timestamp INTEGER NOT NULL,
    progress INTEGER,
    PRIMARY KEY (account, topic)
) WITHOUT ROWID;
-- The agent's changes to the team's work (state, assignment, labels, notes) not yet taken
-- by the relay: each POSTed to `path` with its body, in order, exactly once by client_id.
CREATE TABLE team_outbox (
    client_id TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE TABLE outbox (
    client_id TEXT PRIMARY KEY,
    conversation TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    preview TEXT,  -- what the pending bubble says when the body has no text (a template)
    failed INTEGER NOT NULL DEFAULT 0  -- refused by the relay: kept for a retry, not sent
);
"""
_COLUMNS = (
    "id", "conversation", "key", "seq", "wamid", "client_id", "timestamp", "direction", "origin",
    "type", "text", "reply_to", "agent", "status", "error", "unknown", "content", "edited",
    "previous", "deleted",
)  # fmt: skip
# Fields inside the packed reactions and quote columns, and between reactions.
_UNIT, _RECORD = "\x1f", "\x1e"


def _columns(alias: str) -> str:
    """A message row's columns read from `alias`, with its reactions and its quoted message."""
    own = ", ".join(f"{alias}.{column}" for column in _COLUMNS)
    return (
        f"{own}, (SELECT group_concat(r.side || char(31) || r.emoji || char(31) || "
        f"coalesce(r.by, ''), char(30)) FROM reactions AS r WHERE r.target = {alias}.wamid), "
        f"(SELECT q.direction || char(31) || q.origin || char(31) || q.type || char(31) || "
        f"q.deleted || char(31) || coalesce(q.agent, '') || char(31) || coalesce(q.text, '') "
        f"FROM messages AS q WHERE q.wamid = {alias}.reply_to LIMIT 1)"
    )


@dataclass(frozen=True, slots=True)
class Reaction:
    """An emoji put on a message by the customer (side `in`) or the business (`out`)."""

    emoji: str
    side: str
    by: str | None  # the agent's name, "phone_app", or None for the customer


@dataclass(frozen=True, slots=True)
class Quote:
    """The message a reply quotes, as far as a quote block shows it."""

    direction: str
    origin: str
    type: str
    deleted: bool
    agent: str | None
    text: str | None


@dataclass(frozen=True, slots=True)
class MessageRow:
    """A message as the cache holds it; `id` orders equal timestamps."""

    id: int
    conversation: str
    key: str
    seq: int | None
    wamid: str | None
    client_id: str | None
    timestamp: int
    direction: str
    origin: str
    type: str
    text: str | None
    reply_to: str | None
    agent: str | None
    status: str | None  # pending, sent, delivered, read, played, failed (None for inbound)
    error: str | None
    unknown: bool
    content: Content | None = None
    edited: bool = False
    previous: str | None = None  # the text before the last edit
    deleted: bool = False
    reactions: tuple[Reaction, ...] = ()
    quote: Quote | None = None  # the message this one answers, when it is here

    @property
    def order(self) -> tuple[int, int]:
        return (self.timestamp, self.id)

    @property
    def opens_window(self) -> bool:
        """Whether the customer wrote it, opening the 24-hour window again (`wire.window`)."""
        return opens_window(self.origin, self.type)


@dataclass(frozen=True, slots=True)
class ConversationRow:
    """A conversation's summary for the list."""

    id: str
    account: str
    profile_name: str | None
    book_name: str | None
    username: str | None
    last_timestamp: int
    unread: int
    last: MessageRow | None
    business_phone: str | None = None  # the display number `account` stands for
    team: ConversationData = field(default_factory=ConversationData)
    last_in: int | None = None  # when the customer last wrote (live, not history)
    last_out: int | None = None  # when an agent or the phone app last wrote to them
    marked: bool = False  # this agent marked it unread (on this desktop only)

    @property
    def needs_reply(self) -> bool:
        """The customer wrote after anyone last answered, and it is neither resolved nor
        snoozed (docs/protocol.md)."""
        if self.team.settled or self.last_in is None:
            return False
        if self.last_out is None or self.last_in > self.last_out:
            return True
        # Within one second (Meta's resolution), the newest message says who spoke last.
        return (
            self.last_in == self.last_out
            and self.last is not None
            and (self.last.origin == "customer")
        )

    @property
    def title(self) -> str:
        """Profile name, the phone's contact name, the phone, or the username."""
        if self.profile_name:
            return self.profile_name
        if self.book_name:
            return self.book_name
        if self.id.isdigit():
            return "+" + self.id
        return f"@{self.username}" if self.username else self.id


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """A reply waiting to be sent (or re-sent) with its `client_id`."""

    client_id: str
    conversation: str
    body: Mapping[str, Any]
    preview: str | None = None


@dataclass(frozen=True, slots=True)
class Changes:
    """What one batch changed: the models update exactly these."""

    conversations: frozenset[str] = frozenset()
    messages: tuple[MessageRow, ...] = ()
    removed_conversations: frozenset[str] = frozenset()  # merged into others
    account: bool = False  # a business number's notices changed (`Cache.account_notices`)
    catalog: bool = False  # the team's labels or quick replies changed


@dataclass
class _Batch:
    conversations: set[str] = field(default_factory=set)
    message_ids: set[int] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)
    accounts: dict[str, str] = field(default_factory=dict)  # conversations ensured, and how
    new_keys: list[str] = field(default_factory=list)  # messages inserted in bulk
    account: bool = False  # an account notice changed
    catalog: bool = False  # a team list changed


class Cache:
    """The local database. Not thread-safe: the engine's thread owns it."""

    def __init__(self, path: Path | str) -> None:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._db = _connect(path)
        if self._db.execute("PRAGMA user_version").fetchone()[0] not in (0, SCHEMA_VERSION):
            # A cache is a copy: one from another version is rebuilt from the relay.
            self._db.close()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            self._db = _connect(path)
        if self._db.execute("PRAGMA user_version").fetchone()[0] == 0:
            with self._transaction():
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        self._account_phones: dict[str, str] = dict(
            self._db.execute("SELECT id, phone FROM accounts").fetchall()
        )

    def close(self) -> None:
        self._db.close()

    # -- the cursor -----------------------------------------------------------

    def cursor(self) -> tuple[str | None, int]:
        """(epoch, last applied seq) to resume from."""
        rows = dict(self._db.execute("SELECT name, value FROM meta").fetchall())
        return rows.get("epoch"), int(rows.get("seq") or 0)

    def reset(self, epoch: str) -> None:
        """Forget everything the relay sent (a resync); the outbox stays."""
        with self._transaction():
            for table in (
                "messages",
                "statuses",
                "reactions",
                "conversations",
                "accounts",
                "account_notices",
                "team_labels",
                "quick_replies",
                "meta",
            ):
                self._db.execute(f"DELETE FROM {table}")
            self._db.execute("INSERT INTO meta VALUES ('epoch', ?), ('seq', '0')", (epoch,))
            self._db.execute("DELETE FROM outbox WHERE failed=1")  # their bubbles are gone
            self._account_phones.clear()
            for item in self.outbox():
                # Replies not yet sent stay visible as pending.
                self._insert_pending(
                    item.client_id, item.conversation, item.body, _Batch(), None, item.preview
                )

    # -- applying the relay's records ----------------------------------------

    def apply(
        self,
        epoch: str,
        seq: int,
        records: Sequence[Record],
        *,
        open_conversation: str | None = None,
        rows_of: str | bool | None = True,
    ) -> Changes:
        """Apply a batch from the stream and move the cursor to `seq`, atomically.

        `rows_of` says which changed rows to report: all (True), one conversation's
        (its id: the one on screen), or none (None); reading back rows nobody shows
        would cost a catch-up a third of its time.
        """
        batch = _Batch()
        with self._transaction():
            self._note_accounts(records)
            plain: list[MessageRecord] = []
            for record in records:
                if isinstance(record, MessageRecord) and _plain(record):
                    plain.append(record)
                    continue
                # Order matters (a status after its message): what waits goes in first.
                self._insert_plain(plain, batch, open_conversation)
                plain = []
                self._apply(record, batch, open_conversation)
            self._insert_plain(plain, batch, open_conversation)
            self._db.execute(
                "INSERT OR REPLACE INTO meta VALUES ('epoch', ?), ('seq', ?)", (epoch, str(seq))
            )
            return self._changes(batch, rows_of)

    def _note_accounts(self, records: Sequence[Record]) -> None:
        """Remember each business number's display form, written only when it is new."""
        seen: dict[str, str] = {}
        for record in records:
            if isinstance(record, MessageRecord) and record.business_phone:
                seen[record.account] = record.business_phone
        for account, phone in seen.items():
            if self._account_phones.get(account) != phone:
                self._db.execute(
                    "INSERT INTO accounts VALUES (?, ?) ON CONFLICT (id) DO UPDATE "
                    "SET phone=excluded.phone",
                    (account, phone),
                )
                self._account_phones[account] = phone

    def apply_answer(self, record: MessageRecord) -> Changes:
        """Apply the relay's answer to a send (the cursor does not move: the stream will
        bring the same event in order, and it will change nothing then)."""
        batch = _Batch()
        with self._transaction():
            self._apply(record, batch, record.conversation)
            self._db.execute("DELETE FROM outbox WHERE client_id=?", (record.client_id,))
            return self._changes(batch)

    def _apply(self, record: Record, batch: _Batch, open_conversation: str | None) -> None:
        if isinstance(record, MessageRecord):
            self._message(record, batch, open_conversation)
        elif isinstance(record, StatusRecord):
            self._status(record, batch)
        elif isinstance(record, ContactRecord):
            self._contact(record, batch)
        elif isinstance(record, TeamRecord):
            self._team(record, batch)
        elif isinstance(record, NoteRecord):
            self._note(record, batch)
        elif isinstance(record, CatalogRecord):
            self._catalog(record)
            batch.catalog = True
        elif isinstance(record, AccountRecord):
            self._db.execute(
                "INSERT INTO account_notices VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT "
                "(account, topic) DO UPDATE SET event=excluded.event, seq=excluded.seq, "
                "timestamp=excluded.timestamp, progress=excluded.progress "
                "WHERE excluded.seq > account_notices.seq",
                (
                    record.account,
                    record.topic,
                    record.event,
                    record.seq,
                    record.timestamp,
                    record.progress,
                ),
            )
            batch.account = True
        else:
            assert isinstance(record, NoticeRecord)

    def _message(self, m: MessageRecord, batch: _Batch, open_conversation: str | None) -> None:
        db = self._db
        self._ensure_once(m.conversation, m.account, batch)
        if m.type in AMENDS and m.target and self._amend(m, batch):
            return
        if m.contact_name or m.username:
            db.execute(
                "UPDATE conversations SET profile_name=coalesce(?, profile_name), "
                "username=coalesce(?, username) WHERE id=?",
                (m.contact_name, m.username, m.conversation),
            )
            batch.conversations.add(m.conversation)
        status = _initial_status(m)
        # A status may have come before its message (Meta can be faster than its answer).
        known = None
        if m.direction == "out" and m.wamid and m.origin != "history":
            known = db.execute(
                "SELECT status, error FROM statuses WHERE wamid=?", (m.wamid,)
            ).fetchone()
        error = None
        if known is not None and _rank(known[0]) > _rank(status):
            status, error = known
        existing = None
        if m.client_id:
            existing = db.execute(
                "SELECT id, status, conversation FROM messages WHERE client_id=?", (m.client_id,)
            ).fetchone()
        if existing is not None:
            # Our own reply, confirmed (or settled) by the relay: the same row, updated.
            row_id, current, written_in = existing
            if written_in != m.conversation:
                self._refile(row_id, written_in, m.conversation, batch)
            if _rank(current) > _rank(status) and current != "pending":
                status = current
            db.execute(
                "UPDATE messages SET key=?, seq=?, wamid=coalesce(?, wamid), timestamp=?, "
                "status=?, error=coalesce(?, error), unknown=?, agent=?, "
                "content=coalesce(?, content) WHERE id=?",
                (
                    m.key,
                    m.seq,
                    m.wamid,
                    m.timestamp,
                    status,
                    error,
                    int(m.unknown),
                    m.agent,
                    _encoded(m.content),
                    row_id,
                ),
            )
            batch.message_ids.add(row_id)
            batch.conversations.add(m.conversation)
            return
        row_id = self._insert_one(_NewRow.of(m, status, error))
        if row_id is None:
            return  # seen already
        batch.message_ids.add(row_id)
        batch.conversations.add(m.conversation)
        if m.origin == "customer" and m.conversation != open_conversation:
            db.execute("UPDATE conversations SET unread=unread+1 WHERE id=?", (m.conversation,))

    def _refile(self, row_id: int, old: str, new: str, batch: _Batch) -> None:
        """A first message to a number went to the id WhatsApp knows it by (the relay says
        where): the row moves there, and the conversation it leaves empty goes."""
        db = self._db
        db.execute("UPDATE messages SET conversation=? WHERE id=?", (new, row_id))
        db.execute("UPDATE outbox SET conversation=? WHERE conversation=?", (new, old))
        left = db.execute("SELECT 1 FROM messages WHERE conversation=? LIMIT 1", (old,)).fetchone()
        if left is None and db.execute("DELETE FROM conversations WHERE id=?", (old,)).rowcount:
            batch.removed.add(old)
        else:
            batch.conversations.add(old)

    def _note(self, n: NoteRecord, batch: _Batch) -> None:
        """A note is a row of its conversation's timeline (origin `note`; its id in the
        wamid column, so a reply can quote it), never the customer's, never counted."""
        self._ensure_once(n.conversation, n.account, batch)
        note = n.note
        row = _NewRow(
            n.conversation, n.key, n.timestamp, "out", "note", "note", note.text,
            note.reply_to, None, None, n.seq, note.id, None, note.author,
        )  # fmt: skip
        row_id = self._insert_one(row)
        if row_id is not None:
            batch.message_ids.add(row_id)
            batch.conversations.add(n.conversation)

    def _team(self, t: TeamRecord, batch: _Batch) -> None:
        """The conversation's team state becomes the event's; what changed from the state
        before it is a line of its timeline (origin `activity`, the `Activity` as text)."""
        self._ensure_once(t.conversation, t.account, batch)
        found = self._db.execute(
            "SELECT state FROM conversations WHERE id=?", (t.conversation,)
        ).fetchone()
        before = _team_state(found[0]) if found is not None else _OPEN
        self._db.execute(
            "UPDATE conversations SET state=? WHERE id=?",
            (json.dumps(t.state.to_json()), t.conversation),
        )
        batch.conversations.add(t.conversation)
        activity = Activity.of(before, t.state, t.timestamp)
        if activity is None:
            return
        row = _NewRow(
            t.conversation, t.key, t.timestamp, "out", "activity", "activity",
            activity.to_text(), None, None, None, t.seq, None, None, t.state.by,
        )  # fmt: skip
        row_id = self._insert_one(row)
        if row_id is not None:
            batch.message_ids.add(row_id)

    def _catalog(self, c: CatalogRecord) -> None:
        item = c.change.item
        if c.change.catalog == "labels":
            if isinstance(item, Label):
                self._db.execute(
                    "INSERT OR REPLACE INTO team_labels VALUES (?, ?)", (item.name, item.color)
                )
            else:
                self._db.execute("DELETE FROM team_labels WHERE name=?", (c.change.name,))
        elif isinstance(item, QuickReply):
            self._db.execute(
                "INSERT OR REPLACE INTO quick_replies VALUES (?, ?, ?)",
                (item.shortcut, item.text, item.media_id),
            )
        else:
            self._db.execute("DELETE FROM quick_replies WHERE shortcut=?", (c.change.name,))

    def labels(self) -> list[Label]:
        """The team's labels, by name."""
        rows = self._db.execute("SELECT name, color FROM team_labels ORDER BY name").fetchall()
        return [Label(name, color) for name, color in rows]

    def quick_replies(self) -> list[QuickReply]:
        """The team's quick replies, by shortcut."""
        rows = self._db.execute(
            "SELECT shortcut, text, media_id FROM quick_replies ORDER BY shortcut"
        ).fetchall()
        return [QuickReply(*row) for row in rows]

    def _amend(self, m: MessageRecord, batch: _Batch) -> bool:
        """A reaction, edit or deletion, applied to the message it is about; False when an
        edit or deletion finds no such message here (it then shows as a message itself)."""
        db = self._db
        assert m.target is not None
        if m.type == "reaction":
            by = m.agent or ("phone_app" if m.origin == "phone_app" else None)
            self._react(m.target, m.direction, m.text, by, batch)
            return True
        targets = db.execute(
            "SELECT id, conversation, text FROM messages WHERE wamid=?", (m.target,)
        ).fetchall()
        if not targets:
            return False
        for row_id, conversation, text in targets:
            if m.type == "edit" and m.text is not None and m.text != text:
                db.execute(
                    "UPDATE messages SET text=?, previous=?, edited=1 WHERE id=?",
                    (m.text, text, row_id),
                )
            elif m.type == "revoke":
                # What the customer took back is not kept here either.
                db.execute(
                    "UPDATE messages SET deleted=1, text=NULL, previous=NULL, content=NULL "
                    "WHERE id=?",
                    (row_id,),
                )
            batch.message_ids.add(row_id)
            batch.conversations.add(conversation)
        return True

    def _insert_plain(
        self, records: list[MessageRecord], batch: _Batch, open_conversation: str | None
    ) -> None:
        """Messages that need no lookup (all but agents' replies), in one statement: a
        catch-up of a history import is mostly these."""
        if not records:
            return
        db = self._db
        fresh: dict[str, MessageRecord] = {}
        for m in records:
            fresh.setdefault(m.key, m)
        for (key,) in self._select_in("SELECT key FROM messages WHERE key IN ({})", list(fresh)):
            del fresh[key]  # seen already: adds nothing
        names: dict[str, tuple[str | None, str | None]] = {}
        unread: dict[str, int] = {}
        for m in fresh.values():
            self._ensure_once(m.conversation, m.account, batch)
            if m.contact_name or m.username:
                names[m.conversation] = (m.contact_name, m.username)
            if m.origin == "customer" and m.conversation != open_conversation:
                unread[m.conversation] = unread.get(m.conversation, 0) + 1
        rows = [_NewRow.of(m, _initial_status(m)).values() for m in fresh.values()]
        db.executemany(_INSERT, rows)
        db.executemany(
            "UPDATE conversations SET profile_name=coalesce(?, profile_name), "
            "username=coalesce(?, username) WHERE id=?",
            [(name, username, conversation) for conversation, (name, username) in names.items()],
        )
        db.executemany(
            "UPDATE conversations SET unread=unread+? WHERE id=?",
            [(count, conversation) for conversation, count in unread.items()],
        )
        batch.conversations.update(m.conversation for m in fresh.values())
        batch.new_keys.extend(fresh)

    def _status(self, s: StatusRecord, batch: _Batch) -> None:
        db = self._db
        previous = db.execute("SELECT status FROM statuses WHERE wamid=?", (s.wamid,)).fetchone()
        if previous is not None and _rank(previous[0]) >= _rank(s.status):
            return
        db.execute("INSERT OR REPLACE INTO statuses VALUES (?, ?, ?)", (s.wamid, s.status, s.error))
        for row_id, conversation, current in db.execute(
            "SELECT id, conversation, status FROM messages WHERE wamid=?", (s.wamid,)
        ).fetchall():
            if _rank(s.status) > _rank(current):
                db.execute(
                    "UPDATE messages SET status=?, error=? WHERE id=?", (s.status, s.error, row_id)
                )
                batch.message_ids.add(row_id)
                batch.conversations.add(conversation)

    def _contact(self, c: ContactRecord, batch: _Batch) -> None:
        db = self._db
        if c.action == "merge" and c.merged_from:
            # A BSUID conversation whose phone became known: one person, one conversation.
            self._ensure_conversation(c.conversation, "")
            db.execute(
                "UPDATE messages SET conversation=? WHERE conversation=?",
                (c.conversation, c.merged_from),
            )
            db.execute(
                "UPDATE conversations SET unread=unread+coalesce((SELECT unread FROM "
                "conversations WHERE id=?), 0), username=coalesce(username, (SELECT username "
                "FROM conversations WHERE id=?)) WHERE id=?",
                (c.merged_from, c.merged_from, c.conversation),
            )
            if db.execute("DELETE FROM conversations WHERE id=?", (c.merged_from,)).rowcount:
                batch.removed.add(c.merged_from)
            batch.conversations.add(c.conversation)
            return
        if c.action == "remove":
            db.execute("UPDATE conversations SET book_name=NULL WHERE id=?", (c.conversation,))
        else:
            self._ensure_conversation(c.conversation, "")
            db.execute("UPDATE conversations SET book_name=? WHERE id=?", (c.name, c.conversation))
        batch.conversations.add(c.conversation)

    def _ensure_once(self, conversation: str, account: str, batch: _Batch) -> None:
        """`_ensure_conversation`, once per conversation and account in a batch."""
        if batch.accounts.get(conversation) != account:
            self._ensure_conversation(conversation, account)
            batch.accounts[conversation] = account

    def _ensure_conversation(self, conversation: str, account: str) -> None:
        self._db.execute(
            "INSERT INTO conversations (id, account) VALUES (?, ?) ON CONFLICT (id) DO UPDATE "
            "SET account=CASE WHEN excluded.account != '' THEN excluded.account ELSE account END",
            (conversation, account),
        )

    def _changes(self, batch: _Batch, rows_of: str | bool | None = True) -> Changes:
        for conversation in batch.conversations:
            self._refresh_last(conversation)
        rows: list[MessageRow] = []
        if rows_of is True or (isinstance(rows_of, str) and rows_of in batch.conversations):
            ids = batch.message_ids | set(self._ids_of(batch.new_keys))
            rows = self._rows_by_id(ids)
            if rows_of is not True:
                rows = [r for r in rows if r.conversation == rows_of]
        return Changes(
            frozenset(batch.conversations),
            tuple(rows),
            frozenset(batch.removed),
            batch.account,
            batch.catalog,
        )

    def account_notices(self) -> list[AccountNotice]:
        """The latest notice of each topic for each business number, with its display form."""
        rows = self._db.execute(
            "SELECT n.account, n.topic, n.event, n.seq, n.timestamp, n.progress, a.phone "
            "FROM account_notices AS n LEFT JOIN accounts AS a ON a.id = n.account "
            "ORDER BY n.seq"
        ).fetchall()
        return [AccountNotice(*row) for row in rows]

    def _refresh_last(self, conversation: str) -> None:
        # Each subquery walks the conversation's index from its newest row: a few rows.
        self._db.execute(
            "UPDATE conversations SET (last_id, last_timestamp) = (SELECT id, timestamp FROM "
            "messages WHERE conversation=?1 AND origin NOT IN ('note', 'activity') "
            "ORDER BY timestamp DESC, id DESC LIMIT 1), "
            "last_in = (SELECT timestamp FROM messages WHERE conversation=?1 "
            "AND origin='customer' AND type NOT IN ('reaction', 'system') "
            "ORDER BY timestamp DESC, id DESC LIMIT 1), "
            "last_out = (SELECT timestamp FROM messages WHERE conversation=?1 "
            "AND direction='out' AND origin NOT IN ('note', 'activity') AND type != 'reaction' "
            "ORDER BY timestamp DESC, id DESC LIMIT 1) "
            "WHERE id=?1 AND EXISTS (SELECT 1 FROM messages WHERE conversation=?1 "
            "AND origin NOT IN ('note', 'activity'))",
            (conversation,),
        )

    # -- replies typed here ---------------------------------------------------

    def enqueue(
        self,
        client_id: str,
        conversation: str,
        body: Mapping[str, Any],
        now: int,
        preview: str | None = None,
        content: Content | None = None,
    ) -> Changes:
        """Write a reply to the outbox and show it as pending, in one transaction;
        `preview` is its bubble's text when the body has none (a template's, a caption),
        `content` what it carries (a file being sent)."""
        batch = _Batch()
        with self._transaction():
            self._db.execute(
                "INSERT INTO outbox VALUES (?, ?, ?, ?, ?, 0)",
                (client_id, conversation, json.dumps(body), now, preview),
            )
            if body.get("type") == "reaction":
                # Shown under its message at once, as WhatsApp does; never a bubble.
                self._react(str(body.get("target")), "out", body.get("emoji") or None, None, batch)
            else:
                self._insert_pending(client_id, conversation, body, batch, now, preview, content)
            return self._changes(batch)

    def rewrite(self, client_id: str, body: Mapping[str, Any]) -> None:
        """Replace a queued reply's body (its file uploaded: it now names the media id)."""
        with self._transaction():
            self._db.execute(
                "UPDATE outbox SET body=? WHERE client_id=?", (json.dumps(body), client_id)
            )

    def _react(
        self, target: str, side: str, emoji: str | None, by: str | None, batch: _Batch
    ) -> None:
        if emoji:
            self._db.execute(
                "INSERT OR REPLACE INTO reactions VALUES (?, ?, ?, ?)", (target, side, emoji, by)
            )
        else:
            self._db.execute("DELETE FROM reactions WHERE target=? AND side=?", (target, side))
        self._react_changed(target, batch)

    def _react_changed(self, target: str, batch: _Batch) -> None:
        for row_id, conversation in self._db.execute(
            "SELECT id, conversation FROM messages WHERE wamid=?", (target,)
        ).fetchall():
            batch.message_ids.add(row_id)
            batch.conversations.add(conversation)

    def _insert_pending(
        self,
        client_id: str,
        conversation: str,
        body: Mapping[str, Any],
        batch: _Batch,
        now: int | None = None,
        preview: str | None = None,
        content: Content | None = None,
    ) -> None:
        self._ensure_conversation(conversation, "")
        if now is None:
            now = int(
                self._db.execute(
                    "SELECT created_at FROM outbox WHERE client_id=?", (client_id,)
                ).fetchone()[0]
            )
        row_id = self._insert_one(
            _NewRow(
                conversation,
                f"local:{client_id}",
                now,
                "out",
                "agent",
                str(body.get("type", "text")),
                body.get("text") or preview,
                body.get("reply_to"),
                "pending",
                _encoded(content),
                client_id=client_id,
            )
        )
        if row_id is not None:
            batch.message_ids.add(row_id)
            batch.conversations.add(conversation)

    def _insert_one(self, row: _NewRow) -> int | None:
        """The new row's id; None when its key (or client_id) is there already."""
        cursor = self._db.execute(_INSERT, row.values())
        return int(cursor.lastrowid or 0) if cursor.rowcount else None

    def queue_change(self, client_id: str, path: str, body: Mapping[str, object], now: int) -> None:
        """Keep a change to the team's work until the relay takes it (`team_changes`)."""
        with self._transaction():
            self._db.execute(
                "INSERT OR IGNORE INTO team_outbox VALUES (?, ?, ?, ?)",
                (client_id, path, json.dumps(body), now),
            )

    def team_changes(self) -> list[tuple[str, str, dict[str, object]]]:
        """The changes waiting, oldest first: (client_id, path, body)."""
        return [
            (client_id, path, json.loads(body))
            for client_id, path, body in self._db.execute(
                "SELECT client_id, path, body FROM team_outbox ORDER BY rowid"
            ).fetchall()
        ]

    def change_done(self, client_id: str) -> None:
        """The relay took the change (or refused it for good): it leaves the queue."""
        with self._transaction():
            self._db.execute("DELETE FROM team_outbox WHERE client_id=?", (client_id,))

    def outbox(self) -> list[OutboxItem]:
        """Replies not yet taken by the relay, oldest first."""
        return [
            OutboxItem(client_id, conversation, json.loads(body), preview)
            for client_id, conversation, body, preview in self._db.execute(
                "SELECT client_id, conversation, body, preview FROM outbox WHERE failed=0 "
                "ORDER BY rowid"
            ).fetchall()
        ]

    def fail(self, client_id: str, reason: str) -> Changes:
        """The relay refused the reply: it stays in the outbox, not sent, marked failed,
        until the agent tries again (`retry`); a refused reaction just goes."""
        batch = _Batch()
        with self._transaction():
            queued = self._db.execute(
                "UPDATE outbox SET failed=1 WHERE client_id=? RETURNING body", (client_id,)
            ).fetchone()
            body = json.loads(queued[0]) if queued else {}
            if body.get("type") == "reaction":
                self._db.execute("DELETE FROM outbox WHERE client_id=?", (client_id,))
                if body.get("emoji"):
                    # The reaction shown at once did not happen: it goes (what it replaced,
                    # if anything, comes back with the next resync).
                    self._db.execute(
                        "DELETE FROM reactions WHERE target=? AND side='out' AND emoji=?",
                        (body.get("target"), body["emoji"]),
                    )
                    self._react_changed(str(body.get("target")), batch)
            row = self._db.execute(
                "SELECT id, conversation FROM messages WHERE client_id=?", (client_id,)
            ).fetchone()
            if row is not None:
                self._db.execute(
                    "UPDATE messages SET status='failed', error=? WHERE id=?", (reason, row[0])
                )
                batch.message_ids.add(row[0])
                batch.conversations.add(row[1])
            return self._changes(batch)

    def retry(self, client_id: str) -> Changes | None:
        """Queue a refused reply again with its own `client_id` (Meta never took it, so
        the relay really sends it); None when it is not a refused reply of the outbox."""
        batch = _Batch()
        with self._transaction():
            if not self._db.execute(
                "UPDATE outbox SET failed=0 WHERE client_id=? AND failed=1", (client_id,)
            ).rowcount:
                return None
            for row_id, conversation in self._db.execute(
                "UPDATE messages SET status='pending', error=NULL WHERE client_id=? "
                "RETURNING id, conversation",
                (client_id,),
            ).fetchall():
                batch.message_ids.add(row_id)
                batch.conversations.add(conversation)
            return self._changes(batch)

    # -- reading --------------------------------------------------------------

    def conversations(self, ids: Iterable[str] | None = None) -> list[ConversationRow]:
        """Conversation summaries, most recent first (only `ids` when given)."""
        query = (
            "SELECT c.id, c.account, c.profile_name, c.book_name, c.username, c.last_timestamp, "
            "c.unread, a.phone, c.state, c.last_in, c.last_out, c.marked, " + _columns("m") +
            " FROM conversations AS c "
            "LEFT JOIN messages AS m ON m.id = c.last_id "
            "LEFT JOIN accounts AS a ON a.id = c.account"
        )  # fmt: skip
        params: tuple[str, ...] = ()
        if ids is not None:
            wanted = tuple(ids)
            query += f" WHERE c.id IN ({','.join('?' * len(wanted))})"
            params = wanted
        query += " ORDER BY c.last_timestamp DESC, c.id"
        out = []
        for row in self._db.execute(query, params).fetchall():
            last = _message_row(row[12:]) if row[12] is not None else None
            cid, account, profile, book, username, last_ts, unread, phone = row[:8]
            state, last_in, last_out, marked = row[8:12]
            team = _team_state(state)
            out.append(
                ConversationRow(
                    cid, account, profile, book, username, last_ts, unread, last,
                    business_phone=phone, team=team, last_in=last_in, last_out=last_out,
                    marked=bool(marked),
                )
            )  # fmt: skip
        return out

    def page(
        self, conversation: str, before: tuple[int, int] | None, limit: int
    ) -> list[MessageRow]:
        """Up to `limit` messages older than `before` (timestamp, id), oldest first."""
        if before is None:
            before = (2**62, 0)
        rows = self._db.execute(
            f"SELECT {_columns('m')} FROM messages AS m WHERE conversation=? AND "
            "(timestamp, id) < (?, ?) ORDER BY timestamp DESC, id DESC LIMIT ?",
            (conversation, before[0], before[1], limit),
        ).fetchall()
        return [_message_row(row) for row in reversed(rows)]

    def page_after(self, conversation: str, after: tuple[int, int], limit: int) -> list[MessageRow]:
        """Up to `limit` messages newer than `after` (timestamp, id), oldest first."""
        rows = self._db.execute(
            f"SELECT {_columns('m')} FROM messages AS m WHERE conversation=? AND "
            "(timestamp, id) > (?, ?) ORDER BY timestamp, id LIMIT ?",
            (conversation, after[0], after[1], limit),
        ).fetchall()
        return [_message_row(row) for row in rows]

    def page_around(self, conversation: str, wamid: str, half: int) -> list[MessageRow]:
        """The message `wamid` with up to `half` messages either side, oldest first; empty
        when it is not here."""
        found = self._db.execute(
            "SELECT timestamp, id FROM messages WHERE wamid=? AND conversation=? LIMIT 1",
            (wamid, conversation),
        ).fetchone()
        if found is None:
            return []
        timestamp, row_id = found
        older = self.page(conversation, (timestamp, row_id + 1), half + 1)
        return older + self.page_after(conversation, (timestamp, row_id), half)

    def mark_read(self, conversation: str) -> Changes:
        with self._transaction():
            self._db.execute(
                "UPDATE conversations SET unread=0, marked=0 WHERE id=?", (conversation,)
            )
        return Changes(frozenset({conversation}))

    def mark_unread(self, conversation: str) -> Changes:
        """This agent's own reminder: the conversation shows as unread here until opened."""
        with self._transaction():
            self._db.execute("UPDATE conversations SET marked=1 WHERE id=?", (conversation,))
        return Changes(frozenset({conversation}))

    def search(self, text: str, limit: int = 200) -> list[str]:
        """Conversations whose name or messages contain `text` (case-insensitive)."""
        pattern = _like(text)
        rows = self._db.execute(
            "SELECT id FROM conversations WHERE profile_name LIKE ?1 ESCAPE '\\' OR book_name "
            "LIKE ?1 ESCAPE '\\' OR username LIKE ?1 ESCAPE '\\' OR id LIKE ?1 ESCAPE '\\' "
            "UNION SELECT DISTINCT conversation FROM messages WHERE text LIKE ?1 ESCAPE '\\' "
            "AND origin != 'activity' "
            "LIMIT ?2",
            (pattern, limit),
        ).fetchall()
        return [row[0] for row in rows]

    def find_messages(self, text: str, limit: int = 50) -> list[MessageRow]:
        """The newest `limit` messages (and notes) whose text contains `text`
        (case-insensitive for ASCII, as SQLite's LIKE), newest first."""
        pattern = _like(text)
        rows = self._db.execute(
            f"SELECT {_columns('m')} FROM messages AS m WHERE m.text LIKE ? ESCAPE '\\' "
            "AND m.deleted=0 AND m.origin != 'activity' ORDER BY m.timestamp DESC, m.id DESC "
            "LIMIT ?",
            (pattern, limit),
        ).fetchall()
        return [_message_row(row) for row in rows]

    def message_count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM messages").fetchone()[0])

    def _ids_of(self, keys: list[str]) -> list[int]:
        return [
            row[0] for row in self._select_in("SELECT id FROM messages WHERE key IN ({})", keys)
        ]

    def _rows_by_id(self, ids: Iterable[int]) -> list[MessageRow]:
        query = f"SELECT {_columns('m')} FROM messages AS m WHERE id IN ({{}})"
        return [_message_row(row) for row in self._select_in(query, sorted(ids))]

    def _select_in(self, query: str, values: Sequence[Any]) -> list[Any]:
        """Rows of `query`, its `{}` the placeholders for `values`, asked 500 at a time
        (SQLite limits a statement's parameters)."""
        out: list[Any] = []
        for start in range(0, len(values), 500):
            chunk = values[start : start + 500]
            out.extend(self._db.execute(query.format(",".join("?" * len(chunk))), chunk))
        return out

    def _transaction(self) -> _Tx:
        return _Tx(self._db)


class _Tx:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: object, *_: object) -> None:
        self._db.execute("ROLLBACK" if kind is not None else "COMMIT")


# The one way a message row is added: from the relay's event, in bulk, or pending.
_INSERT = (
    "INSERT INTO messages (conversation, key, timestamp, direction, origin, type, text, "
    "reply_to, status, content, seq, wamid, client_id, agent, error, unknown) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"
)


@dataclass(frozen=True, slots=True)
class _NewRow:
    """A message row about to be added (the columns of `_INSERT`)."""

    conversation: str
    key: str
    timestamp: int
    direction: str
    origin: str
    type: str
    text: str | None
    reply_to: str | None
    status: str | None
    content: str | None
    seq: int | None = None
    wamid: str | None = None
    client_id: str | None = None
    agent: str | None = None
    error: str | None = None
    unknown: bool = False

    @classmethod
    def of(cls, m: MessageRecord, status: str | None, error: str | None = None) -> _NewRow:
        return cls(
            m.conversation, m.key, m.timestamp, m.direction, m.origin, m.type, m.text,
            m.reply_to, status, _encoded(m.content), m.seq, m.wamid, m.client_id, m.agent,
            error, m.unknown,
        )  # fmt: skip

    def values(self) -> tuple[object, ...]:
        return (
            self.conversation, self.key, self.timestamp, self.direction, self.origin, self.type,
            self.text, self.reply_to, self.status, self.content, self.seq, self.wamid,
            self.client_id, self.agent, self.error, int(self.unknown),
        )  # fmt: skip


def _team_state(stored: str) -> ConversationData:
    """A conversation's team state as its row keeps it ("{}": no event yet, open)."""
    return ConversationData.from_json(json.loads(stored)) if stored != "{}" else _OPEN


def _like(text: str) -> str:
    """A LIKE pattern for text containing `text` (its %, _ and \\ taken literally)."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _message_row(row: Sequence[Any]) -> MessageRow:
    (rid, conversation, key, seq, wamid, client_id, timestamp, direction, origin, mtype, text,
     reply_to, agent, status, error, unknown, content, edited, previous, deleted, reactions,
     quote) = row  # fmt: skip
    return MessageRow(
        rid, conversation, key, seq, wamid, client_id, timestamp, direction, origin, mtype, text,
        reply_to, agent, status, error, bool(unknown), decode(content), bool(edited), previous,
        bool(deleted), _reactions(reactions), _quote(quote),
    )  # fmt: skip


def _reactions(packed: str | None) -> tuple[Reaction, ...]:
    if not packed:
        return ()
    out = []
    for record in packed.split(_RECORD):
        side, emoji, by = [*record.split(_UNIT, 2), "", ""][:3]
        out.append(Reaction(emoji, side, by or None))
    # The customer's first, as WhatsApp lists them.
    return tuple(sorted(out, key=lambda r: r.side != "in"))


def _quote(packed: str | None) -> Quote | None:
    if not packed:
        return None
    fields = packed.split(_UNIT, 5)
    if len(fields) != 6:
        return None
    direction, origin, mtype, deleted, agent, text = fields
    return Quote(direction, origin, mtype, deleted == "1", agent or None, text or None)


def _encoded(content: Content | None) -> str | None:
    return encode(content) if content is not None else None


def _connect(path: Path | str) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    return db


def _initial_status(m: MessageRecord) -> str | None:
    """An outbound message's status before any status event: as the phone had it for
    history, sent once Meta gave it a wamid, pending before."""
    if m.direction != "out":
        return None
    if m.origin == "history":
        return m.history_status or "sent"
    return "sent" if m.wamid else "pending"


def _plain(m: MessageRecord) -> bool:
    """A message that needs no lookup: not an agent's reply (those match a pending row by
    client_id, and a status may have come before them), nor one about another message."""
    return (
        m.client_id is None
        and not (m.direction == "out" and m.origin == "agent")
        and m.type not in AMENDS
    )


def _rank(status: str | None) -> int:
    return -1 if status is None else rank(status)
