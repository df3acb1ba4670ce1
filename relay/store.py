"""The relay's durable event log, whatever the database: the rules every store keeps.

Two steps, each committed: `accept` puts an authentic delivery's bytes in the
inbox (then Meta gets its 200); `process` appends the events it yields and
takes the delivery out of the inbox, in the same transaction. A crash between
the two leaves the delivery in the inbox, processed at the next start; event
keys make that exactly-once. A delivery holding anything the parser could not
read is also kept byte for byte (deduplicated by its SHA-256), referenced by
its `unknown` events.

`Store` holds the rules and the SQL both databases run; `SqliteStore`
(relay.sqlite_store) and `PostgresStore` (relay.postgres_store) hand out seqs
and mark deliveries processed each in the way its database allows.
`open_store(url)` picks by DATABASE_URL.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from relay.bulk import Bulk, Row
from relay.database import Database, is_postgres, sqlite_path
from relay.documents import dumps
from relay.drafts import Draft, MessageDraft, NoticeDraft, Party, StatusDraft
from relay.lookahead import TABLES, Known, Lookahead, Question, statement, wanted
from relay.sends import Sends
from relay.team import Team
from wire.data import ContactData, UnknownData
from wire.events import envelope, with_seq
from wire.team import ConversationData, Label, QuickReply
from wire.window import opens_window

T = TypeVar("T")
# How often the time of the latest webhook is written down (it costs a row write).
WEBHOOK_NOTE_SECONDS = 10.0
EVENTS = Bulk(
    "events",
    ("seq", "key", "kind", "conversation", "timestamp", "stored_at", "delivery", "doc"),
)
INSERT_EVENT = EVENTS.one_row_sql()
# A status's rank, written once the lookahead knows it moves forward: the last one stays.
STATUSES = Bulk(
    "statuses",
    ("wamid", "rank"),
    "ON CONFLICT (wamid) DO UPDATE SET rank=excluded.rank",
    key=0,
)
UPSERT_STATUS = STATUSES.one_row_sql()


def _later_inbound(earlier: Row, later: Row) -> Row:
    """Two of a conversation's upserts as one: the later account, the latest inbound."""
    inbound = [t for t in (earlier[2], later[2]) if isinstance(t, int)]
    return (later[0], later[1], max(inbound) if inbound else None)


# The account a conversation's last message went through, and when the customer last
# wrote (never moved back).
CONVERSATIONS = Bulk(
    "conversations",
    ("conversation", "account", "last_inbound"),
    "ON CONFLICT (conversation) DO UPDATE SET account=excluded.account, last_inbound="
    "CASE WHEN excluded.last_inbound > coalesce(conversations.last_inbound, 0) "
    "THEN excluded.last_inbound ELSE conversations.last_inbound END",
    key=0,
    merge=_later_inbound,
)


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An event as committed: its seq and its wire JSON (docs/protocol.md)."""

    seq: int
    json: str


@dataclass(frozen=True, slots=True)
class Received:
    """An authentic delivery waiting in the inbox."""

    inbox_id: int
    body: bytes
    received_at: int
    accepted: float = 0.0  # time.monotonic() when accepted; 0 when read back after a restart


@dataclass(frozen=True, slots=True)
class Delivery:
    """An inbox delivery with what the parser made of it."""

    inbox_id: int
    body: bytes
    received_at: int
    drafts: Sequence[Draft]


@dataclass(frozen=True, slots=True)
class Conversation:
    """A conversation's account, when its customer last wrote (unix seconds, or None), and
    the team's state of it."""

    conversation: str
    account: str
    last_inbound: int | None
    team: ConversationData = field(default_factory=ConversationData)


@dataclass(frozen=True, slots=True)
class Page:
    """Events after a cursor, read in one snapshot together with the head."""

    head: int
    floor: int  # events up to this seq were pruned by retention
    events: list[StoredEvent]


class Store:
    """The event log. Writes come from the journal's writer, one at a time; reads on any thread.

    Subclasses say how seqs are handed out (`_writing`), how a processed
    delivery leaves the inbox (`_take_all`), and what `flush` makes durable.
    """

    # Several relay instances may write this database at once.
    shared = False
    # A commit is quick enough to run on the event loop (no network, no fsync).
    fast_commit = False
    # Acceptance has a connection of its own (`accept_apart`), beside the writer's.
    accepts_apart = False

    def __init__(self, writer: Database, instance: int) -> None:
        self._db = writer
        self.epoch: str = writer.value("epoch")
        # This process, in the sends it makes (`owner`): a send whose owner is gone
        # was cut short.
        self.instance = instance
        # The last seq handed out in the open transaction (valid once `_writing` ran).
        self._head = 0
        self._local = threading.local()
        self._readers: list[Database] = []
        self._readers_lock = threading.Lock()
        self._webhook_noted = -WEBHOOK_NOTE_SECONDS
        # While a cycle processes deliveries: the rows it may read, read ahead under the lock.
        self._ahead: Lookahead | None = None
        # Agents' sends and the team's shared work: their own rules, run in this log's
        # writer transactions.
        self.sends = Sends(self)
        self.team = Team(self)

    @property
    def db(self) -> Database:
        """The writer's connection (for `relay.sends`, inside `run`)."""
        return self._db

    @property
    def last_seq(self) -> int:
        """The last seq appended in the open transaction."""
        return self._head

    def close(self) -> None:
        self._db.close()
        with self._readers_lock:
            for reader in self._readers:
                reader.close()
            self._readers.clear()

    def flush(self) -> None:
        """Make every commit so far durable (any thread)."""

    def checkpoint(self) -> None:
        """Housekeeping the database needs now and then (any thread)."""

    # -- reading (any thread) ------------------------------------------------

    def _open_reader(self) -> Database:
        """A new read connection (one per reading thread)."""
        raise NotImplementedError

    def _reader(self) -> Database:
        """This thread's read connection, closed with the store."""
        db: Database | None = getattr(self._local, "db", None)
        if db is None:
            db = self._open_reader()
            self._local.db = db
            with self._readers_lock:
                self._readers.append(db)
        return db

    def page(self, after: int, limit: int) -> Page:
        """Events with seq > after, at most `limit`, with the head of the same snapshot:
        one statement, so one round trip to a database across the network."""
        rows = self._reader().read_once(PAGE, (after, limit), "cannot read events")
        head, floor = head_and_floor(rows[0][:2])
        events = [StoredEvent(seq, with_seq(seq, doc)) for _, _, seq, doc in rows if seq]
        return Page(head, floor, events)

    def head(self) -> int:
        rows = self._reader().read_once(HEAD_AND_FLOOR, (), "cannot read the head")
        return head_and_floor(rows[0])[0]

    def conversation(self, conversation: str) -> Conversation | None:
        """What the relay knows of one conversation (its account and service window)."""
        db = self._reader()
        with db.transaction("cannot read the conversation", read_only=True):
            row = db.execute(
                "SELECT c.account, c.last_inbound, t.doc FROM conversations AS c "
                "LEFT JOIN team AS t ON t.conversation = c.conversation WHERE c.conversation=?",
                (conversation,),
            ).fetchone()
        if row is None:
            return None
        team = ConversationData.from_json(json.loads(row[2])) if row[2] else ConversationData()
        return Conversation(conversation, row[0], row[1] or None, team)

    def next_snooze_end(self) -> int | None:
        """When the first snoozed conversation wakes (unix seconds), if any is snoozed."""
        db = self._reader()
        with db.transaction("cannot read the snoozes", read_only=True):
            row = db.execute(
                "SELECT min(snoozed_until) FROM team WHERE state = 'snoozed'"
            ).fetchone()
        return int(row[0]) if row and row[0] is not None else None

    def labels(self) -> list[Label]:
        """The team's labels, by name."""
        db = self._reader()
        with db.transaction("cannot read the labels", read_only=True):
            rows = db.execute("SELECT name, color FROM labels ORDER BY name").fetchall()
        return [Label(name, color) for name, color in rows]

    def quick_replies(self) -> list[QuickReply]:
        """The team's quick replies, by shortcut."""
        db = self._reader()
        with db.transaction("cannot read the quick replies", read_only=True):
            rows = db.execute(
                "SELECT shortcut, text, media_id FROM quick_replies ORDER BY shortcut"
            ).fetchall()
        return [QuickReply(shortcut, text, media_id) for shortcut, text, media_id in rows]

    def inbox_size(self) -> int:
        """Deliveries acknowledged to Meta and not yet turned into events."""
        raise NotImplementedError

    # -- writing (the writer thread only) -------------------------------------

    def begin(self) -> None:
        """Open the write transaction that `accept`, `process` and the rest add to."""
        self.run(self._db.begin, writes=False)

    def accept(self, body: bytes, received_at: int) -> Received:
        """Put an authentic delivery in the inbox (durable once committed)."""
        inbox_id = self.run(
            lambda: self._db.execute(
                "INSERT INTO inbox (received_at, body) VALUES (?, ?) RETURNING id",
                (received_at, body),
            ).fetchone()[0],
            writes=False,
        )
        return Received(int(inbox_id), body, received_at, time.monotonic())

    def accept_all(self, arrivals: Sequence[tuple[bytes, int]]) -> Callable[[], list[Received]]:
        """`accept` for each (body, received_at), in order; returns what gives them once the
        transaction has committed (on PostgreSQL their inbox ids come with the commit's
        round trip, not one of their own)."""
        now = time.monotonic()
        ids = self.run(lambda: self._insert_arrivals(arrivals), writes=False)
        self.run(lambda: self._note_webhook(self._db, arrivals, now), writes=False)

        def received() -> list[Received]:
            return [
                Received(int(inbox_id), body, received_at, now)
                for inbox_id, (body, received_at) in zip(ids(), arrivals, strict=True)
            ]

        return received

    def _note_webhook(
        self, db: Database, arrivals: Sequence[tuple[bytes, int]], now: float
    ) -> None:
        """For the doctor: when Meta last reached this relay (to the nearest few seconds)."""
        if arrivals and now - self._webhook_noted > WEBHOOK_NOTE_SECONDS:
            db.execute(
                "INSERT INTO meta VALUES ('last_webhook', ?) ON CONFLICT (name) "
                "DO UPDATE SET value=excluded.value",
                (str(arrivals[-1][1]),),
            )
            self._webhook_noted = now

    def accept_apart(self, arrivals: Sequence[tuple[bytes, int]]) -> list[Received]:
        """Accept the deliveries in a transaction of their own, on the acceptor's connection
        (its own thread); committed when this returns."""
        raise NotImplementedError

    def _insert_arrivals(self, arrivals: Sequence[tuple[bytes, int]]) -> Callable[[], list[int]]:
        """Insert the deliveries into the inbox, in one statement (each store has its own
        way); what gives their ids once committed."""
        raise NotImplementedError

    def process(self, delivery: Delivery) -> list[StoredEvent]:
        """Append the delivery's events and take it out of the inbox, in this transaction.

        A delivery already processed (by another instance that adopted it) yields nothing.
        """
        return self.process_all([delivery])

    def process_all(self, deliveries: Sequence[Delivery]) -> list[StoredEvent]:
        """`process` for each delivery, in order, in this transaction.

        Everything the deliveries may read is asked for with the write lock (one
        round trip on PostgreSQL, `relay.lookahead`), so what follows only writes:
        on PostgreSQL those wait for nobody and go with the commit.
        """
        questions = wanted(draft for delivery in deliveries for draft in delivery.drafts)

        def work() -> list[StoredEvent]:
            taken, self._ahead = self._lock_and_ask(
                [delivery.inbox_id for delivery in deliveries], questions
            )
            events: list[StoredEvent] = []
            try:
                for delivery in deliveries:
                    if delivery.inbox_id in taken:
                        events.extend(self._apply_delivery(delivery))
            finally:
                self._ahead = None
            return events

        return self.run(work, writes=False)

    def _lock_and_ask(
        self, inbox_ids: Sequence[int], questions: Sequence[Question]
    ) -> tuple[set[int], Lookahead]:
        """Take the write lock, take the deliveries out of the inbox (those still in it),
        and ask `questions`: (the inbox ids taken, the answers)."""
        self._writing()
        taken = self._take_all(inbox_ids)
        ahead = Lookahead()
        for question in questions:
            sql, param = statement(question, self._db)
            ahead.answer(question, self._db.execute(sql, (param,)).fetchall())
        return taken, ahead

    def known_row(self, table: str, key: str) -> Sequence[Any] | None:
        """One of `relay.lookahead.TABLES`' rows, as its value column alone (None if there
        is no row): from the cycle's lookahead when it was asked, else from the database."""
        value = self._known(table, key)
        if value is Known.UNASKED:
            key_column, value_column = TABLES[table]
            return self._db.execute(  # type: ignore[no-any-return]
                f"SELECT {value_column} FROM {table} WHERE {key_column}=?", (key,)
            ).fetchone()
        return None if value is Known.ABSENT else (value,)

    def _known(self, table: str, key: str) -> object:
        """The lookahead's answer for a row: its value, Known.ABSENT, or Known.UNASKED."""
        return self._ahead.get(table, key) if self._ahead is not None else Known.UNASKED

    def learn(self, table: str, key: str, value: object) -> None:
        """A row the cycle wrote, with its value column, for the lookahead's later reads."""
        if self._ahead is not None:
            self._ahead.learn(table, key, value)

    def forget(self, table: str, key: str) -> None:
        """A row the cycle deleted."""
        if self._ahead is not None:
            self._ahead.learn(table, key, Known.ABSENT)

    def quarantine(self, delivery: Delivery, reason: str) -> list[StoredEvent]:
        """Take a delivery that cannot be processed out of the inbox, kept raw as `unknown`."""
        digest = hashlib.sha256(delivery.body).hexdigest()[:32]
        notice = NoticeDraft(
            f"unknown:quarantine:{digest}",
            "",
            delivery.received_at,
            UnknownData("processing_failed", {"detail": reason[:200]}),
        )
        kept = Delivery(delivery.inbox_id, delivery.body, delivery.received_at, [notice])
        return self.process(kept)

    def prune(self, before: float) -> int:
        """Drop events stored before `before` (unix time) and raw bodies as old; return count.

        Only a prefix of seqs goes, so what remains is contiguous, and the floor
        records where it starts: cursors below it get `resync_required`.
        """

        def work() -> int:
            db = self._db
            upto, floor = db.execute(
                "SELECT max(seq), (SELECT value FROM meta WHERE name='floor') FROM events "
                "WHERE stored_at < ?",
                (int(before),),
            ).fetchone()
            if upto is None:
                return 0
            db.execute("DELETE FROM events WHERE seq <= ?", (upto,))
            db.execute("UPDATE meta SET value=? WHERE name='floor'", (str(upto),))
            db.execute("DELETE FROM deliveries WHERE received_at < ?", (int(before),))
            # Seqs above the floor have no gaps: this many went (no rowcount in a pipeline).
            return int(upto) - int(floor)

        self.begin()
        pruned = self.run(work)
        self.commit()
        return pruned

    def commit(self) -> None:
        """Commit the transaction; on failure none of it remains."""
        self.run(self._db.commit, writes=False)

    @property
    def in_transaction(self) -> bool:
        return self._db.in_transaction

    def rollback(self) -> None:
        self._db.rollback()

    @property
    def processed(self) -> int:
        """Inbox ids up to this one are processed; the journal reads back the rest at start."""
        return 0

    def inbox(self, after: int, limit: int) -> list[Received]:
        """Accepted deliveries not yet processed, oldest first (read after a restart)."""
        return self._inbox_rows("id > ?", after, limit)

    def orphans(self, older_than: float, limit: int) -> list[Received]:
        """Deliveries accepted before `older_than` (unix time) and still not processed."""
        return []

    def _inbox_rows(self, condition: str, value: int, limit: int) -> list[Received]:
        """Inbox rows meeting `condition` (one `?`, for `value`), oldest first."""
        rows = self.run(
            lambda: self._db.execute(
                f"SELECT id, body, received_at FROM inbox WHERE {condition} ORDER BY id LIMIT ?",
                (value, limit),
            ).fetchall(),
            writes=False,
        )
        return [Received(int(i), bytes(body), int(at)) for i, body, at in rows]

    def orphaned_client_ids(self) -> list[str]:
        """The client_ids of sends whose instance died while calling Meta."""
        raise NotImplementedError

    def _writing(self) -> None:
        """Called before any write but `accept`: `self._head` is the last seq from here on."""
        raise NotImplementedError

    def _take_all(self, inbox_ids: Sequence[int]) -> set[int]:
        """Mark the deliveries processed in this transaction; those that were not already."""
        raise NotImplementedError

    def run(self, work: Callable[[], T], *, writes: bool = True) -> T:
        """Run writer work; a driver error rolls the transaction back as StorageError.

        `writes`: the work may append events or change what sends and
        conversations hold, so it must be the only writer (`_writing`).
        """
        try:
            if writes:
                self._writing()
            return work()
        except Exception as exc:
            error = self._db.storage_error(exc, "storage failed")
            if error is None:
                raise
            self.rollback()
            raise error from exc

    def append_notice(self, notice: NoticeDraft) -> list[StoredEvent]:
        """Append one notice of the relay's own (unless its key was seen)."""
        events: list[StoredEvent] = []
        self.run(lambda: self._append(notice, notice.key, None, None, events))
        return events

    def event_at(self, seq: int | None) -> StoredEvent | None:
        """The stored event at `seq` (for the sends: the event a send became)."""
        if seq is None:
            return None
        row = self._db.execute("SELECT doc FROM events WHERE seq=?", (seq,)).fetchone()
        return None if row is None else StoredEvent(seq, with_seq(seq, row[0]))

    def _apply_delivery(self, delivery: Delivery) -> list[StoredEvent]:
        raw: int | None = None
        if any(draft.kind == "unknown" for draft in delivery.drafts):
            # What we could not read is kept byte for byte, for a later relay to read.
            raw = self._db.execute(
                "INSERT INTO deliveries (sha256, received_at, body) VALUES (?, ?, ?) "
                "ON CONFLICT (sha256) DO UPDATE SET received_at=deliveries.received_at "
                "RETURNING id",
                (hashlib.sha256(delivery.body).digest(), delivery.received_at, delivery.body),
            ).fetchone()[0]
        events: list[StoredEvent] = []
        for draft in delivery.drafts:
            self._apply(draft, raw, events)
        return events

    def _apply(self, draft: Draft, raw: int | None, events: list[StoredEvent]) -> None:
        w = self._db
        conversation = self._conversation(draft, raw, events)
        if isinstance(draft, MessageDraft):
            key = f"msg:{draft.wamid}"
            if self._append(draft, key, conversation, raw, events):
                if draft.type == "media_placeholder":
                    w.execute("INSERT INTO placeholders VALUES (?)", (draft.wamid,))
                    self.learn("placeholders", draft.wamid, 1)
                return
            # Seen before. History announces media as a placeholder and sends it later.
            if draft.type != "media_placeholder" and self._take_placeholder(draft.wamid):
                self._append(draft, f"{key}:{draft.type}", conversation, raw, events)
            return
        if isinstance(draft, StatusDraft):
            callback = draft.status.callback_data
            if callback is not None:
                # Perhaps one of our sends: if its answer was lost, this status settles it.
                self.sends.settle_by_status(callback, draft.wamid, events)
        if isinstance(draft, StatusDraft) and draft.rank and not self._moves(draft):
            return  # a late or repeated status never takes one back
        self._append(draft, draft.key, conversation, raw, events)

    def _take_placeholder(self, wamid: str) -> bool:
        """Whether media was announced for `wamid` and not yet sent (the announcement goes)."""
        w = self._db
        known = self._known("placeholders", wamid)
        if known is Known.UNASKED:
            found = w.execute("DELETE FROM placeholders WHERE wamid=? RETURNING 1", (wamid,))
            return found.fetchone() is not None
        if known is Known.ABSENT:
            return False
        w.execute("DELETE FROM placeholders WHERE wamid=?", (wamid,))
        self.forget("placeholders", wamid)
        return True

    def _moves(self, draft: StatusDraft) -> bool:
        """Record the status's rank if it is past the message's last one; whether it was."""
        w = self._db
        known = self._known("statuses", draft.wamid)
        row = (draft.wamid, draft.rank)
        if known is Known.UNASKED:
            moved = f"{UPSERT_STATUS} WHERE excluded.rank > statuses.rank RETURNING 1"
            return bool(w.execute(moved, row).fetchall())
        if known is not Known.ABSENT and draft.rank <= int(known):  # type: ignore[call-overload]
            return False
        w.write(STATUSES, row)
        self.learn("statuses", draft.wamid, draft.rank)
        return True

    def _conversation(self, draft: Draft, raw: int | None, events: list[StoredEvent]) -> str | None:
        """The customer's conversation id: the phone when known, else the BSUID.

        A BSUID-only conversation whose phone later becomes known is merged into
        the phone's with a `contact` event (action `merge`), so no person splits in two.
        """
        party: Party = draft.party
        if party.user_id is None:
            return party.phone
        w = self._db
        user_id = party.user_id
        row = self.known_row("identities", user_id)
        if party.phone is None:
            if row is None:
                w.execute("INSERT INTO identities VALUES (?, NULL)", (user_id,))
                self.learn("identities", user_id, None)
                return user_id
            return row[0] or user_id
        if row is None:
            w.execute("INSERT INTO identities VALUES (?, ?)", (user_id, party.phone))
            self.learn("identities", user_id, party.phone)
        elif row[0] != party.phone:
            w.execute("UPDATE identities SET phone=? WHERE user_id=?", (party.phone, user_id))
            self.learn("identities", user_id, party.phone)
            if row[0] is None:
                # The window the customer opened under their BSUID stays open under the phone.
                w.execute(
                    "INSERT INTO conversations SELECT ?, account, last_inbound FROM conversations "
                    "WHERE conversation=? ON CONFLICT (conversation) DO UPDATE SET last_inbound="
                    "CASE WHEN coalesce(excluded.last_inbound, 0) > "
                    "coalesce(conversations.last_inbound, 0) THEN excluded.last_inbound "
                    "ELSE conversations.last_inbound END",
                    (party.phone, party.user_id),
                )
                merge = NoticeDraft(
                    f"contact:merge:{party.user_id}:{party.phone}",
                    draft.account,
                    draft.timestamp,
                    ContactData("merge", party.phone, merged_from=party.user_id),
                )
                self._append(merge, merge.key, party.phone, raw, events)
        return party.phone

    def _append(
        self,
        draft: Draft,
        key: str,
        conversation: str | None,
        raw: int | None,
        events: list[StoredEvent],
    ) -> bool:
        """Append the event unless its key is taken; True if it was appended."""
        data = draft.data()
        added = self.append_doc(
            draft.kind, key, draft.account, conversation, draft.timestamp, data, raw, events
        )
        if added and conversation is not None and isinstance(draft, MessageDraft):
            opens = opens_window(draft.origin, draft.type)
            self.note_conversation(conversation, draft.account, draft.timestamp if opens else None)
            if draft.origin == "customer" and draft.type not in ("reaction", "system"):
                self.team.customer_wrote(conversation, draft.account, key, events)
        return added

    def note_conversation(self, conversation: str, account: str, inbound: int | None) -> None:
        """A message went through `account`; `inbound` is when the customer wrote, if they did."""
        self._db.write(CONVERSATIONS, (conversation, account, inbound))

    def append_doc(
        self,
        kind: str,
        key: str,
        account: str,
        conversation: str | None,
        timestamp: int,
        data: Mapping[str, Any],
        raw: int | None,
        events: list[StoredEvent],
    ) -> bool:
        known = self._known("events", key)
        if known is not Known.UNASKED and known is not Known.ABSENT:
            return False  # the key is taken: read ahead, or appended earlier in this cycle
        text = dumps(envelope(kind, key, account, conversation, timestamp, data))
        seq = self._head + 1
        row = (seq, key, kind, conversation, timestamp, int(time.time()), raw, text)
        if known is Known.ABSENT:
            # Known free under the lock: nothing to wait for (a clash would fail the cycle,
            # never leave a gap in the seqs).
            self._db.write(EVENTS, row)
            self.learn("events", key, 1)
        # RETURNING, not rowcount: reading it is what waits for the pipeline (PostgreSQL).
        elif not self._db.execute(
            f"{INSERT_EVENT} ON CONFLICT (key) DO NOTHING RETURNING 1", row
        ).fetchall():
            return False
        self._head = seq
        events.append(StoredEvent(seq, with_seq(seq, text)))
        return True


def new_instance() -> int:
    """A fresh id for this process: random, since a restarted process is another owner."""
    return secrets.randbelow(2**31 - 1) + 1


HEAD_AND_FLOOR = (
    "SELECT coalesce(max(seq), 0), (SELECT value FROM meta WHERE name='floor') FROM events"
)
# A page of events after a cursor, each row with the head and floor (one row of them alone
# when the page is empty): one statement sees one snapshot.
PAGE = (
    f"SELECT h.*, e.seq, e.doc FROM ({HEAD_AND_FLOOR}) AS h LEFT JOIN "
    "(SELECT seq, doc FROM events WHERE seq > ? ORDER BY seq LIMIT ?) AS e ON 1 = 1 "
    "ORDER BY e.seq"
)


def head_and_floor(row: Sequence[Any]) -> tuple[int, int]:
    """`HEAD_AND_FLOOR`'s answer: (the last seq, never below the floor; the floor)."""
    top, floor = row
    return max(int(top), int(floor)), int(floor)


def _head(db: Database) -> int:
    return head_and_floor(db.execute(HEAD_AND_FLOOR).fetchone())[0]


def open_store(url: str) -> Store:
    """The store DATABASE_URL names: PostgreSQL for postgresql:// URLs, else a SQLite file."""
    if is_postgres(url):
        from relay.postgres_store import PostgresStore  # noqa: PLC0415

        return PostgresStore(url)
    from relay.sqlite_store import SqliteStore  # noqa: PLC0415

    return SqliteStore(sqlite_path(url))
