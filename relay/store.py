"""The relay's durable event log on SQLite: one writer thread, readers on their own connections.

Two steps, each committed and then fsync'd (`flush`): `accept` puts an
authentic delivery's bytes in the inbox (then Meta gets its 200); `process`
appends the events it yields and moves the inbox's processed mark past it, in
the same transaction. A crash between the two leaves the delivery past the
mark, processed at the next start; event keys make that exactly-once. A
delivery holding anything the parser could not read is also kept byte for
byte (deduplicated by its SHA-256), referenced by its `unknown` events.
"""

from __future__ import annotations

import hashlib
import json
import os
import reprlib
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TypeVar

import orjson

try:
    import fcntl
except ImportError:  # Windows: os.fsync is the full flush there
    fcntl = None  # type: ignore[assignment]

from relay.drafts import Draft, MessageDraft, NoticeDraft, Party, StatusDraft
from relay.errors import SchemaError, StorageError
from relay.outbound import Outbound, is_phone

SCHEMA_VERSION = 2
# SQLite primary result codes caused by the environment rather than the data:
# BUSY, LOCKED, NOMEM, READONLY, IOERR, FULL, CANTOPEN, PROTOCOL.
_ENVIRONMENTAL = frozenset({5, 6, 7, 8, 10, 13, 14, 15})
# Processed inbox rows are deleted in one statement per this many deliveries.
INBOX_TRIM = 512
T = TypeVar("T")
# Sends carry `biz_opaque_callback_data` = this + client_id; Meta echoes it in statuses.
CALLBACK_PREFIX = "puente:"

_SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE inbox (id INTEGER PRIMARY KEY, received_at INTEGER NOT NULL, body BLOB NOT NULL);
CREATE TABLE deliveries (
    id INTEGER PRIMARY KEY,
    sha256 BLOB NOT NULL UNIQUE,
    received_at INTEGER NOT NULL,
    body BLOB NOT NULL
);
CREATE TABLE events (
    seq INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    conversation TEXT,
    timestamp INTEGER NOT NULL,
    stored_at INTEGER NOT NULL,
    delivery INTEGER,
    doc TEXT NOT NULL
);
CREATE TABLE placeholders (wamid TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE statuses (wamid TEXT PRIMARY KEY, rank INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE identities (user_id TEXT PRIMARY KEY, phone TEXT) WITHOUT ROWID;
CREATE TABLE agents (
    name TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
);
"""

# Each upgrade takes the schema from version N-1 to N, inside the opening transaction.
_UPGRADES: dict[int, str] = {
    2: """
CREATE TABLE conversations (
    conversation TEXT PRIMARY KEY,
    account TEXT NOT NULL,
    last_inbound INTEGER
) WITHOUT ROWID;
INSERT INTO conversations
    SELECT conversation, json_extract(doc, '$.account'),
        (SELECT max(timestamp) FROM events AS i WHERE i.conversation = e.conversation
            AND i.kind = 'message' AND json_extract(i.doc, '$.data.origin') = 'customer'
            AND json_extract(i.doc, '$.data.type') != 'system')
    FROM events AS e WHERE kind = 'message' AND conversation IS NOT NULL
        AND seq = (SELECT max(seq) FROM events AS l
                   WHERE l.conversation = e.conversation AND l.kind = 'message');
CREATE TABLE sends (
    client_id TEXT PRIMARY KEY,
    agent TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    state TEXT NOT NULL,
    account TEXT NOT NULL,
    conversation TEXT NOT NULL,
    doc TEXT NOT NULL,
    wamid TEXT,
    seq INTEGER,
    failure TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;
""",
}


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
class Claim:
    """What the store says when an agent sends with a client_id.

    `new`: reserved, call Meta. `sent` / `unknown`: sent before, `event` says how.
    `in_progress`: another request is sending it now. `conflict`: the id was used
    for a different message. `no_account`: no number to send from is known.
    """

    state: Literal["new", "sent", "unknown", "in_progress", "conflict", "no_account"]
    account: str = ""
    conversation: str = ""
    event: StoredEvent | None = None


@dataclass(frozen=True, slots=True)
class Conversation:
    """A conversation's account and when its customer last wrote (unix seconds, or None)."""

    conversation: str
    account: str
    last_inbound: int | None


@dataclass(frozen=True, slots=True)
class Page:
    """Events after a cursor, read in one snapshot together with the head."""

    head: int
    floor: int  # events up to this seq were pruned by retention
    events: list[StoredEvent]


def connect(path: Path) -> sqlite3.Connection:
    """A connection with the durability and concurrency settings every user needs."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=5.0)
    conn.execute("PRAGMA journal_mode=WAL")
    # FULL fsyncs the WAL at every commit: a 200 to Meta means the delivery is on disk.
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA fullfsync=ON")
    conn.execute("PRAGMA busy_timeout=5000")
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection, mode: str = "IMMEDIATE") -> Iterator[None]:
    conn.execute(f"BEGIN {mode}")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def open_database(path: Path) -> sqlite3.Connection:
    """Open the database, creating or checking its schema; raise SchemaError if foreign."""
    try:
        conn = connect(path)
        with transaction(conn):
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version == 0:
                if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                    raise SchemaError(f"{path} is not a Puente relay database")
                _script(conn, _SCHEMA)
                conn.execute("INSERT INTO meta VALUES ('epoch', ?)", (secrets.token_hex(8),))
                # The highest seq retention has pruned: seqs never restart below it.
                conn.execute("INSERT INTO meta VALUES ('floor', '0')")
                conn.execute("INSERT INTO meta VALUES ('processed', '0')")
                version = 1
            elif version > SCHEMA_VERSION:
                raise SchemaError(
                    f"{path} has schema version {version}; this relay knows up to "
                    f"{SCHEMA_VERSION}. Upgrade the relay."
                )
            for target in range(version + 1, SCHEMA_VERSION + 1):
                _script(conn, _UPGRADES[target])
            conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
    except sqlite3.Error as exc:
        raise StorageError(f"cannot open {path}: {exc}") from exc
    return conn


def _script(conn: sqlite3.Connection, script: str) -> None:
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def dumps(obj: Mapping[str, Any]) -> str:
    """JSON text for any event document; what cannot be encoded is replaced, never raised."""
    try:
        return orjson.dumps(obj).decode()
    except TypeError:
        pass
    try:
        # Lone surrogates and integers beyond 64 bits: stdlib json escapes both safely.
        return json.dumps(obj, ensure_ascii=True, separators=(",", ":"))
    except (ValueError, TypeError, RecursionError):
        # Nesting too deep for any encoder: the delivery's raw bytes are kept in full.
        data = {"unencodable": True, "excerpt": reprlib.repr(obj.get("data"))}
        return json.dumps({**obj, "data": data}, ensure_ascii=True, separators=(",", ":"))


class Store:
    """The event log. Writes come from the journal, one at a time; reads on any thread."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._writer = open_database(path)
        # Checkpoints copy the WAL into the database and fsync it, taking milliseconds:
        # the writer never runs them inside a commit that Meta is waiting on.
        self._writer.execute("PRAGMA wal_autocheckpoint=0")
        # The writer's commits reach the OS only; `flush` fsyncs the WAL behind them,
        # once for every commit made meanwhile (group commit without a writer stall).
        self._writer.execute("PRAGMA synchronous=OFF")
        self._wal_path = path.with_name(path.name + "-wal")
        self._wal_fd: int | None = None
        self._checkpointer = connect(path)
        self._local = threading.local()
        row = self._writer.execute("SELECT value FROM meta WHERE name='epoch'").fetchone()
        self.epoch: str = row[0]
        # One writer hands out seqs in commit order, so readers never see a gap.
        self._head = self._staged_head = _head(self._writer)
        # Inbox ids up to this one are processed (their rows are trimmed in bulk).
        self._processed = self._staged_processed = self._trimmed = int(
            self._writer.execute("SELECT value FROM meta WHERE name='processed'").fetchone()[0]
        )

    def close(self) -> None:
        self._writer.close()
        self._checkpointer.close()
        if self._wal_fd is not None:
            os.close(self._wal_fd)

    def flush(self) -> None:
        """Make every commit so far durable: fsync the WAL file (any thread)."""
        try:
            if self._wal_fd is None:
                self._wal_fd = os.open(self._wal_path, os.O_RDWR)
            # macOS: fsync alone does not reach the platter.
            if fcntl is not None and hasattr(fcntl, "F_FULLFSYNC"):
                fcntl.fcntl(self._wal_fd, fcntl.F_FULLFSYNC)
            else:
                os.fsync(self._wal_fd)
        except OSError as exc:
            raise StorageError(f"fsync of {self._wal_path} failed: {exc}") from exc

    def checkpoint(self) -> None:
        """Copy committed WAL frames into the database, without blocking the writer."""
        try:
            self._checkpointer.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error as exc:
            raise StorageError(f"checkpoint failed: {exc}") from exc

    # -- reading (any thread) ------------------------------------------------

    def _reader(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = connect(self._path)
            self._local.conn = conn
        return conn

    def page(self, after: int, limit: int) -> Page:
        """Events with seq > after, at most `limit`, with the head of the same snapshot."""
        conn = self._reader()
        try:
            with transaction(conn, "DEFERRED"):
                rows = conn.execute(
                    "SELECT seq, doc FROM events WHERE seq > ? ORDER BY seq LIMIT ?",
                    (after, limit),
                ).fetchall()
                head, floor = _head(conn), _floor(conn)
        except sqlite3.Error as exc:
            raise StorageError(f"cannot read events: {exc}") from exc
        return Page(head, floor, [StoredEvent(seq, _wire(seq, doc)) for seq, doc in rows])

    def head(self) -> int:
        return _head(self._reader())

    def conversation(self, conversation: str) -> Conversation | None:
        """What the relay knows of one conversation (its account and service window)."""
        row = (
            self._reader()
            .execute(
                "SELECT account, last_inbound FROM conversations WHERE conversation=?",
                (conversation,),
            )
            .fetchone()
        )
        return None if row is None else Conversation(conversation, row[0], row[1] or None)

    def inbox_size(self) -> int:
        """Deliveries acknowledged to Meta and not yet turned into events."""
        row = (
            self._reader()
            .execute(
                "SELECT count(*) FROM inbox WHERE id > "
                "(SELECT CAST(value AS INTEGER) FROM meta WHERE name='processed')"
            )
            .fetchone()
        )
        return int(row[0])

    # -- writing (the writer thread only) -------------------------------------

    def begin(self) -> None:
        """Open the write transaction that `accept` and `process` add to."""
        self._staged_head = self._head
        self._run(lambda: self._writer.execute("BEGIN IMMEDIATE"))

    def accept(self, body: bytes, received_at: int) -> Received:
        """Put an authentic delivery in the inbox (durable once committed)."""
        inbox_id = self._run(
            lambda: (
                self._writer.execute(
                    "INSERT INTO inbox (received_at, body) VALUES (?, ?)", (received_at, body)
                ).lastrowid
            )
        )
        assert inbox_id is not None
        return Received(inbox_id, body, received_at, time.monotonic())

    def process(self, delivery: Delivery) -> list[StoredEvent]:
        """Append the delivery's events; the inbox's processed mark moves past it at commit.

        Deliveries are processed in inbox order, so one mark, written once per
        transaction, says which are done; the rows go later in bulk.
        """
        events = self._run(lambda: self._apply_delivery(delivery))
        self._processed = delivery.inbox_id
        return events

    def quarantine(self, delivery: Delivery, reason: str) -> list[StoredEvent]:
        """Take a delivery that cannot be processed out of the inbox, kept raw as `unknown`."""
        digest = hashlib.sha256(delivery.body).hexdigest()[:32]
        notice = NoticeDraft(
            "unknown",
            f"unknown:quarantine:{digest}",
            "",
            delivery.received_at,
            {"reason": "processing_failed", "detail": reason[:200]},
        )
        kept = Delivery(delivery.inbox_id, delivery.body, delivery.received_at, [notice])
        return self.process(kept)

    def prune(self, before: float) -> int:
        """Drop events stored before `before` (unix time) and raw bodies as old; return count.

        Only a prefix of seqs goes, so what remains is contiguous, and the floor
        records where it starts: cursors below it get `resync_required`.
        """

        def work() -> int:
            upto = self._writer.execute(
                "SELECT max(seq) FROM events WHERE stored_at < ?", (int(before),)
            ).fetchone()[0]
            if upto is None:
                return 0
            gone = self._writer.execute("DELETE FROM events WHERE seq <= ?", (upto,)).rowcount
            self._writer.execute("UPDATE meta SET value=? WHERE name='floor'", (str(upto),))
            self._writer.execute("DELETE FROM deliveries WHERE received_at < ?", (int(before),))
            return int(gone)

        self.begin()
        pruned = self._run(work)
        self.commit()
        return pruned

    def commit(self) -> None:
        """Commit the transaction (durable at the next `flush`); on failure none of it remains."""

        def work() -> None:
            if self._processed != self._staged_processed:
                self._writer.execute(
                    "UPDATE meta SET value=? WHERE name='processed'", (str(self._processed),)
                )
                if self._processed - self._trimmed >= INBOX_TRIM:
                    self._writer.execute("DELETE FROM inbox WHERE id <= ?", (self._processed,))
                    self._trimmed = self._processed
            self._writer.execute("COMMIT")

        self._run(work)
        self._staged_processed = self._processed

    # -- agents' sends (the writer thread only) -------------------------------

    def claim_send(
        self, out: Outbound, agent: str, default_account: str | None, data: Mapping[str, Any]
    ) -> Claim:
        """Reserve `out.client_id` before calling Meta, or say what became of it.

        `data` is the message event's data without its wamid: kept with the claim,
        it lets a send whose answer never came be shown as `unknown` later.
        """

        def work() -> Claim:
            w = self._writer
            row = w.execute(
                "SELECT fingerprint, state, account, conversation, seq FROM sends "
                "WHERE client_id=?",
                (out.client_id,),
            ).fetchone()
            if row is not None:
                fingerprint, state, account, conversation, seq = row
                if fingerprint != out.fingerprint:
                    return Claim("conflict")
                if state in ("sent", "unknown"):
                    return Claim(state, account, conversation, self._event_at(seq))
                if state == "sending":
                    return Claim("in_progress", account, conversation)
                # A send Meta refused, or never received, may go again under the same id.
            conversation = out.to
            if not is_phone(conversation):
                found = w.execute(
                    "SELECT phone FROM identities WHERE user_id=?", (conversation,)
                ).fetchone()
                conversation = found[0] if found and found[0] else conversation
            account = out.account
            if account is None:
                known = w.execute(
                    "SELECT account FROM conversations WHERE conversation=?", (conversation,)
                ).fetchone()
                account = known[0] if known else default_account
            if account is None:
                return Claim("no_account")
            now = int(time.time())
            w.execute(
                "INSERT INTO sends (client_id, agent, fingerprint, state, account, conversation, "
                "doc, created_at, updated_at) VALUES (?, ?, ?, 'sending', ?, ?, ?, ?, ?) "
                "ON CONFLICT (client_id) DO UPDATE SET state='sending', agent=excluded.agent, "
                "account=excluded.account, conversation=excluded.conversation, doc=excluded.doc, "
                "failure=NULL, updated_at=excluded.updated_at",
                (
                    out.client_id,
                    agent,
                    out.fingerprint,
                    account,
                    conversation,
                    dumps(data),
                    now,
                    now,
                ),
            )
            return Claim("new", account, conversation)

        return self._run(work)

    def settle_sent(self, client_id: str, wamid: str) -> list[StoredEvent]:
        """Meta took the message: it becomes a `message` event under its wamid."""
        events: list[StoredEvent] = []
        self._run(lambda: self._settle(client_id, wamid, events, "sending"))
        return events

    def settle_unknown(self, client_id: str) -> list[StoredEvent]:
        """Meta may or may not have the message: shown as `unknown` until a status settles it."""
        events: list[StoredEvent] = []
        self._run(lambda: self._settle(client_id, None, events, "sending"))
        return events

    def settle_failed(self, client_id: str, failure: Mapping[str, Any]) -> None:
        """Meta did not take the message; the same client_id may try again."""
        self._run(
            lambda: self._writer.execute(
                "UPDATE sends SET state='failed', failure=?, updated_at=? "
                "WHERE client_id=? AND state='sending'",
                (dumps(failure), int(time.time()), client_id),
            )
        )

    def append_notice(self, notice: NoticeDraft) -> list[StoredEvent]:
        """Append one notice of the relay's own (unless its key was seen)."""
        events: list[StoredEvent] = []
        self._run(lambda: self._append(notice, notice.key, None, None, events))
        return events

    def orphaned_sends(self) -> list[StoredEvent]:
        """Sends cut short by a crash while Meta was being called: now `unknown`."""

        def work() -> list[StoredEvent]:
            events: list[StoredEvent] = []
            rows = self._writer.execute(
                "SELECT client_id FROM sends WHERE state='sending'"
            ).fetchall()
            for (client_id,) in rows:
                self._settle(client_id, None, events, "sending")
            return events

        return self._run(work)

    def _settle_by_status(self, client_id: str, wamid: str, events: list[StoredEvent]) -> None:
        w = self._writer
        row = w.execute("SELECT state FROM sends WHERE client_id=?", (client_id,)).fetchone()
        if row is None:
            return
        if row[0] == "unknown":
            self._settle(client_id, wamid, events, "unknown")
        elif row[0] == "sending":
            # Meta's status beat its own answer: remembered, in case the answer never comes.
            w.execute("UPDATE sends SET wamid=? WHERE client_id=?", (wamid, client_id))

    def _settle(
        self, client_id: str, wamid: str | None, events: list[StoredEvent], expected: str
    ) -> None:
        w = self._writer
        row = w.execute(
            "SELECT state, account, conversation, doc, wamid FROM sends WHERE client_id=?",
            (client_id,),
        ).fetchone()
        if row is None or row[0] != expected:
            return
        _, account, conversation, doc, seen = row
        wamid = wamid or seen
        now = int(time.time())
        data = json.loads(doc)
        if wamid is None:
            key, data["send_state"], state = f"send:{client_id}", "unknown", "unknown"
        else:
            key, data, state = f"msg:{wamid}", {"wamid": wamid, **data}, "sent"
        if self._append_doc("message", key, account, conversation, now, data, None, events):
            seq = self._head
        else:  # the event is there already: the send points at it, not at the head
            seq = w.execute("SELECT seq FROM events WHERE key=?", (key,)).fetchone()[0]
        self._note_conversation(conversation, account, None)
        w.execute(
            "UPDATE sends SET state=?, wamid=?, seq=?, updated_at=? WHERE client_id=?",
            (state, wamid, seq, now, client_id),
        )

    def _event_at(self, seq: int | None) -> StoredEvent | None:
        if seq is None:
            return None
        row = self._writer.execute("SELECT doc FROM events WHERE seq=?", (seq,)).fetchone()
        return None if row is None else StoredEvent(seq, _wire(seq, row[0]))

    @property
    def in_transaction(self) -> bool:
        return self._writer.in_transaction

    def rollback(self) -> None:
        if self._writer.in_transaction:
            self._writer.execute("ROLLBACK")
        self._head = self._staged_head  # the seqs handed out are free again
        self._processed = self._staged_processed

    @property
    def processed(self) -> int:
        """The last inbox id whose events are committed."""
        return self._staged_processed

    def inbox(self, after: int, limit: int) -> list[Received]:
        """Accepted deliveries not yet processed, oldest first (read after a restart)."""
        rows = self._writer.execute(
            "SELECT id, body, received_at FROM inbox WHERE id > ? ORDER BY id LIMIT ?",
            (after, limit),
        ).fetchall()
        return [Received(int(i), bytes(body), int(at)) for i, body, at in rows]

    def _run(self, work: Callable[[], T]) -> T:
        try:
            return work()
        except sqlite3.Error as exc:
            self.rollback()
            code = getattr(exc, "sqlite_errorcode", None)
            transient = code is None or code & 0xFF in _ENVIRONMENTAL
            raise StorageError(str(exc), transient=transient) from exc

    def _apply_delivery(self, delivery: Delivery) -> list[StoredEvent]:
        raw: int | None = None
        if any(draft.kind == "unknown" for draft in delivery.drafts):
            # What we could not read is kept byte for byte, for a later relay to read.
            raw = self._writer.execute(
                "INSERT INTO deliveries (sha256, received_at, body) VALUES (?, ?, ?) "
                "ON CONFLICT (sha256) DO UPDATE SET received_at=received_at RETURNING id",
                (hashlib.sha256(delivery.body).digest(), delivery.received_at, delivery.body),
            ).fetchone()[0]
        events: list[StoredEvent] = []
        for draft in delivery.drafts:
            self._apply(draft, raw, events)
        return events

    def _apply(self, draft: Draft, raw: int | None, events: list[StoredEvent]) -> None:
        w = self._writer
        conversation = self._conversation(draft, raw, events)
        if isinstance(draft, MessageDraft):
            key = f"msg:{draft.wamid}"
            if self._append(draft, key, conversation, raw, events):
                if draft.type == "media_placeholder":
                    w.execute("INSERT INTO placeholders VALUES (?)", (draft.wamid,))
                return
            # Seen before. History announces media as a placeholder and sends it later.
            if (
                draft.type != "media_placeholder"
                and w.execute(
                    "DELETE FROM placeholders WHERE wamid=? RETURNING 1", (draft.wamid,)
                ).fetchone()
            ):
                self._append(draft, f"{key}:{draft.type}", conversation, raw, events)
            return
        if isinstance(draft, StatusDraft):
            callback = draft.extras.get("callback_data")
            if isinstance(callback, str) and callback.startswith(CALLBACK_PREFIX):
                # One of our sends: if its answer was lost, this status settles it.
                self._settle_by_status(callback.removeprefix(CALLBACK_PREFIX), draft.wamid, events)
        if isinstance(draft, StatusDraft) and draft.rank:
            moved = w.execute(
                "INSERT INTO statuses VALUES (?, ?) ON CONFLICT (wamid) DO UPDATE "
                "SET rank=excluded.rank WHERE excluded.rank > statuses.rank",
                (draft.wamid, draft.rank),
            ).rowcount
            if not moved:
                return  # a late or repeated status never takes one back
        self._append(draft, draft.key, conversation, raw, events)

    def _conversation(self, draft: Draft, raw: int | None, events: list[StoredEvent]) -> str | None:
        """The customer's conversation id: the phone when known, else the BSUID.

        A BSUID-only conversation whose phone later becomes known is merged into
        the phone's with a `contact` event (action `merge`), so no person splits in two.
        """
        party: Party = draft.party
        if party.user_id is None:
            return party.phone
        w = self._writer
        row = w.execute("SELECT phone FROM identities WHERE user_id=?", (party.user_id,)).fetchone()
        if party.phone is None:
            if row is None:
                w.execute("INSERT INTO identities VALUES (?, NULL)", (party.user_id,))
                return party.user_id
            return row[0] or party.user_id
        if row is None:
            w.execute("INSERT INTO identities VALUES (?, ?)", (party.user_id, party.phone))
        elif row[0] != party.phone:
            w.execute("UPDATE identities SET phone=? WHERE user_id=?", (party.phone, party.user_id))
            if row[0] is None:
                # The window the customer opened under their BSUID stays open under the phone.
                w.execute(
                    "INSERT INTO conversations SELECT ?, account, last_inbound FROM conversations "
                    "WHERE conversation=? ON CONFLICT (conversation) DO UPDATE SET last_inbound="
                    "max(coalesce(last_inbound, 0), coalesce(excluded.last_inbound, 0))",
                    (party.phone, party.user_id),
                )
                merge = NoticeDraft(
                    "contact",
                    f"contact:merge:{party.user_id}:{party.phone}",
                    draft.account,
                    draft.timestamp,
                    {"action": "merge", "from": party.user_id, "phone": party.phone},
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
        added = self._append_doc(
            draft.kind, key, draft.account, conversation, draft.timestamp, data, raw, events
        )
        if added and conversation is not None and isinstance(draft, MessageDraft):
            opens = draft.origin == "customer" and draft.type != "system"
            self._note_conversation(conversation, draft.account, draft.timestamp if opens else None)
        return added

    def _note_conversation(self, conversation: str, account: str, inbound: int | None) -> None:
        """A message went through `account`; `inbound` is when the customer wrote, if they did."""
        self._writer.execute(
            "INSERT INTO conversations VALUES (?, ?, ?) ON CONFLICT (conversation) DO UPDATE "
            "SET account=excluded.account, last_inbound=CASE WHEN excluded.last_inbound > "
            "coalesce(last_inbound, 0) THEN excluded.last_inbound ELSE last_inbound END",
            (conversation, account, inbound),
        )

    def _append_doc(
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
        doc: dict[str, Any] = {"kind": kind, "key": key, "account": account}
        if conversation is not None:
            doc["conversation"] = conversation
        doc["timestamp"] = timestamp
        doc["data"] = data
        text = dumps(doc)
        seq = self._head + 1
        added = self._writer.execute(
            "INSERT INTO events (seq, key, kind, conversation, timestamp, stored_at, delivery, "
            "doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING",
            (seq, key, kind, conversation, timestamp, int(time.time()), raw, text),
        ).rowcount
        if not added:
            return False
        self._head = seq
        events.append(StoredEvent(seq, _wire(seq, text)))
        return True


def _floor(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT value FROM meta WHERE name='floor'").fetchone()[0])


def _head(conn: sqlite3.Connection) -> int:
    top = conn.execute("SELECT coalesce(max(seq), 0) FROM events").fetchone()[0]
    return max(int(top), _floor(conn))


def _wire(seq: int, doc: str) -> str:
    return f'{{"seq":{seq},{doc[1:]}'
