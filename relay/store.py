"""The relay's durable event log on SQLite: one writer thread, readers on their own connections.

Every authentic delivery is kept verbatim (deduplicated by its SHA-256) and
the events it yields are appended in the same fsync'd transaction, so an
acknowledged delivery survives kill -9 and power loss.
"""

from __future__ import annotations

import hashlib
import json
import reprlib
import secrets
import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from relay.drafts import Draft, MessageDraft, Party, StatusDraft
from relay.errors import SchemaError, StorageError

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE deliveries (
    id INTEGER PRIMARY KEY,
    sha256 BLOB NOT NULL UNIQUE,
    received_at INTEGER NOT NULL,
    body BLOB NOT NULL
);
CREATE TABLE events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    account TEXT NOT NULL,
    conversation TEXT,
    timestamp INTEGER NOT NULL,
    delivery INTEGER,
    doc TEXT NOT NULL
);
CREATE INDEX events_conversation ON events (conversation, seq);
CREATE TABLE messages (wamid TEXT PRIMARY KEY, type TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE statuses (wamid TEXT PRIMARY KEY, rank INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE identities (user_id TEXT PRIMARY KEY, phone TEXT) WITHOUT ROWID;
CREATE TABLE agents (
    name TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
);
"""


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An event as committed: its seq and its wire JSON (docs/protocol.md)."""

    seq: int
    json: str


@dataclass(frozen=True, slots=True)
class Delivery:
    """One authentic webhook POST: its exact bytes and what the parser made of them."""

    body: bytes
    received_at: int
    drafts: Sequence[Draft]


@dataclass(frozen=True, slots=True)
class Page:
    """Events after a cursor, read in one snapshot together with the head."""

    head: int
    oldest: int
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
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute("INSERT INTO meta VALUES ('epoch', ?)", (secrets.token_hex(8),))
                conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            elif version > SCHEMA_VERSION:
                raise SchemaError(
                    f"{path} has schema version {version}; this relay knows up to "
                    f"{SCHEMA_VERSION}. Upgrade the relay."
                )
    except sqlite3.Error as exc:
        raise StorageError(f"cannot open {path}: {exc}") from exc
    return conn


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
    """The event log. `ingest` runs on one writer thread; reads on any thread."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._writer = open_database(path)
        self._local = threading.local()
        row = self._writer.execute("SELECT value FROM meta WHERE name='epoch'").fetchone()
        self.epoch: str = row[0]

    def close(self) -> None:
        self._writer.close()

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
                head = _head(conn)
                oldest = conn.execute("SELECT min(seq) FROM events").fetchone()[0] or head + 1
        except sqlite3.Error as exc:
            raise StorageError(f"cannot read events: {exc}") from exc
        return Page(head, oldest, [StoredEvent(seq, _wire(seq, doc)) for seq, doc in rows])

    def head(self) -> int:
        return _head(self._reader())

    # -- writing (the writer thread only) -------------------------------------

    def ingest(self, batch: Sequence[Delivery]) -> list[list[StoredEvent] | StorageError]:
        """Commit deliveries in one fsync'd transaction; isolate failures per delivery."""
        try:
            return list(self._commit(batch))
        except sqlite3.Error as exc:
            if len(batch) == 1:
                return [StorageError(f"commit failed: {exc}")]
        results: list[list[StoredEvent] | StorageError] = []
        for delivery in batch:
            try:
                results.extend(self._commit([delivery]))
            except sqlite3.Error as exc:
                results.append(StorageError(f"commit failed: {exc}"))
        return results

    def _commit(self, batch: Sequence[Delivery]) -> list[list[StoredEvent]]:
        with transaction(self._writer):
            return [self._apply_delivery(delivery) for delivery in batch]

    def _apply_delivery(self, delivery: Delivery) -> list[StoredEvent]:
        row = self._writer.execute(
            "INSERT INTO deliveries (sha256, received_at, body) VALUES (?, ?, ?) "
            "ON CONFLICT (sha256) DO NOTHING RETURNING id",
            (hashlib.sha256(delivery.body).digest(), delivery.received_at, delivery.body),
        ).fetchone()
        if row is None:
            return []  # the same bytes were committed before, with all their events
        events: list[StoredEvent] = []
        for draft in delivery.drafts:
            events.extend(self._apply(draft, row[0]))
        return events

    def _apply(self, draft: Draft, delivery: int) -> list[StoredEvent]:
        w = self._writer
        events: list[StoredEvent] = []
        conversation = self._conversation(draft, delivery, events)
        if isinstance(draft, MessageDraft):
            seen = w.execute("SELECT type FROM messages WHERE wamid=?", (draft.wamid,)).fetchone()
            if seen is None:
                w.execute("INSERT INTO messages VALUES (?, ?)", (draft.wamid, draft.type))
                key = f"msg:{draft.wamid}"
            elif seen[0] == "media_placeholder" and draft.type != "media_placeholder":
                # History announces media as a placeholder first and sends it later.
                w.execute("UPDATE messages SET type=? WHERE wamid=?", (draft.type, draft.wamid))
                key = f"msg:{draft.wamid}:{draft.type}"
            else:
                return events
        elif isinstance(draft, StatusDraft):
            key = draft.key
            if draft.rank:
                seen = w.execute("SELECT rank FROM statuses WHERE wamid=?", (draft.wamid,))
                rank = seen.fetchone()
                if rank is not None and rank[0] >= draft.rank:
                    return events
                w.execute(
                    "INSERT INTO statuses VALUES (?, ?) ON CONFLICT (wamid) DO UPDATE SET rank=?",
                    (draft.wamid, draft.rank, draft.rank),
                )
        else:
            key = draft.key
        events.extend(
            self._append(
                draft.kind,
                key,
                draft.account,
                conversation,
                draft.timestamp,
                draft.data(),
                delivery,
            )
        )
        return events

    def _conversation(self, draft: Draft, delivery: int, events: list[StoredEvent]) -> str | None:
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
                events.extend(
                    self._append(
                        "contact",
                        f"contact:merge:{party.user_id}:{party.phone}",
                        draft.account,
                        party.phone,
                        draft.timestamp,
                        {"action": "merge", "from": party.user_id, "phone": party.phone},
                        delivery,
                    )
                )
        return party.phone

    def _append(
        self,
        kind: str,
        key: str,
        account: str,
        conversation: str | None,
        timestamp: int,
        data: Mapping[str, Any],
        delivery: int | None,
    ) -> list[StoredEvent]:
        doc: dict[str, Any] = {"kind": kind, "key": key, "account": account}
        if conversation is not None:
            doc["conversation"] = conversation
        doc["timestamp"] = timestamp
        doc["data"] = data
        text = dumps(doc)
        row = self._writer.execute(
            "INSERT INTO events (key, kind, account, conversation, timestamp, delivery, doc) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING RETURNING seq",
            (key, kind, account, conversation, timestamp, delivery, text),
        ).fetchone()
        return [] if row is None else [StoredEvent(row[0], _wire(row[0], text))]


def _head(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name='events'").fetchone()
    return int(row[0]) if row else 0


def _wire(seq: int, doc: str) -> str:
    return f'{{"seq":{seq},{doc[1:]}'
