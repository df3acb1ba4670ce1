"""One connection to the relay's database, SQLite or PostgreSQL, speaking one SQL.

Statements are written once, with `?` parameters and the SQL both databases
share (upserts with `ON CONFLICT`, `RETURNING`, qualified columns in `DO
UPDATE`). Each dialect creates its schema, upgrades it version by version
inside one transaction, and refuses a database made by a newer relay or by
something else. Driver errors become `StorageError` here, saying whether the
environment (transient) or the work itself is at fault.
"""

from __future__ import annotations

import contextlib
import secrets
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import orjson

from relay.bulk import Bulk, Pending, Row
from relay.errors import SchemaError, SettingsError, StorageError

if TYPE_CHECKING:
    import psycopg

SCHEMA_VERSION = 5
# SQLite primary result codes caused by the environment rather than the data:
# BUSY, LOCKED, NOMEM, READONLY, IOERR, FULL, CANTOPEN, PROTOCOL.
_ENVIRONMENTAL = frozenset({5, 6, 7, 8, 10, 13, 14, 15})
# PostgreSQL SQLSTATE classes caused by the environment: connection exception,
# invalid SQL statement name (a prepared statement the session lost: the driver's
# state, which the rollback after a failed cycle resets, never the data), transaction
# rollback (serialization, deadlock), insufficient resources, object not in
# prerequisite state (lock not available), operator intervention, system error,
# internal error.
_PG_ENVIRONMENTAL = frozenset({"08", "26", "40", "53", "55", "57", "58", "XX"})

# Version 1 of the schema, as the first relay made it (upgrades take it to SCHEMA_VERSION).
SQLITE_SCHEMA = """
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

# The business numbers the relay sends from, as the set-up page connected them (a
# number set up by hand in the environment needs no row), the sync requests Meta
# allows once per number, and each Embedded Signup's progress (a retry resumes it).
# Tokens are Meta's business tokens: no endpoint, log or event ever shows them.
NUMBERS_SCHEMA = """
CREATE TABLE numbers (
    phone_number_id TEXT PRIMARY KEY,
    waba_id TEXT NOT NULL,
    token TEXT,
    display_phone_number TEXT,
    verified_name TEXT,
    is_on_biz_app INTEGER,
    platform_type TEXT,
    quality_rating TEXT,
    connected_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE TABLE syncs (
    phone_number_id TEXT NOT NULL,
    sync_type TEXT NOT NULL,
    request_id TEXT,
    requested_at INTEGER NOT NULL,
    error_code INTEGER,
    error TEXT,
    PRIMARY KEY (phone_number_id, sync_type)
);
CREATE TABLE onboardings (
    code_hash TEXT PRIMARY KEY,
    waba_id TEXT NOT NULL,
    phone_number_id TEXT,
    token TEXT,
    steps TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
"""

# The team's shared work (relay/team.py): each conversation's state now, the agents'
# changes by client_id, the team's labels and quick replies.
TEAM_SCHEMA = """
CREATE TABLE team (
    conversation TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    snoozed_until INTEGER,
    doc TEXT NOT NULL
);
CREATE INDEX team_snoozed ON team (snoozed_until) WHERE state = 'snoozed';
CREATE TABLE team_changes (
    client_id TEXT PRIMARY KEY,
    agent TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    seq INTEGER NOT NULL
);
CREATE TABLE labels (name TEXT PRIMARY KEY, color TEXT NOT NULL);
CREATE TABLE quick_replies (shortcut TEXT PRIMARY KEY, text TEXT NOT NULL, media_id TEXT);
"""

# Each upgrade takes the schema from version N-1 to N, inside the opening transaction.
SQLITE_UPGRADES: dict[int, str] = {
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
    # The relay instance sending: one whose instance is gone was cut short.
    3: "ALTER TABLE sends ADD COLUMN owner INTEGER",
    # Admins, and numbers connected from the set-up page (each with its business token).
    4: """
ALTER TABLE agents ADD COLUMN role TEXT NOT NULL DEFAULT 'agent';
ALTER TABLE agents ADD COLUMN last_seen INTEGER;
"""
    + NUMBERS_SCHEMA,
    5: TEAM_SCHEMA,
}

# The same tables on PostgreSQL. The inbox has no processed mark: a delivery's row
# is deleted in the transaction that stores its events, so any instance can take
# over the rows of one that died.
POSTGRES_SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE inbox (id BIGSERIAL PRIMARY KEY, received_at BIGINT NOT NULL, body BYTEA NOT NULL);
CREATE TABLE deliveries (
    id BIGSERIAL PRIMARY KEY,
    sha256 BYTEA NOT NULL UNIQUE,
    received_at BIGINT NOT NULL,
    body BYTEA NOT NULL
);
CREATE TABLE events (
    seq BIGINT PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    conversation TEXT,
    timestamp BIGINT NOT NULL,
    stored_at BIGINT NOT NULL,
    delivery BIGINT,
    doc TEXT NOT NULL
);
CREATE INDEX events_stored_at ON events (stored_at);
CREATE TABLE placeholders (wamid TEXT PRIMARY KEY);
CREATE TABLE statuses (wamid TEXT PRIMARY KEY, rank INTEGER NOT NULL);
CREATE TABLE identities (user_id TEXT PRIMARY KEY, phone TEXT);
CREATE TABLE agents (
    name TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);
"""

POSTGRES_UPGRADES: dict[int, str] = {
    2: """
CREATE TABLE conversations (
    conversation TEXT PRIMARY KEY,
    account TEXT NOT NULL,
    last_inbound BIGINT
);
INSERT INTO conversations
    SELECT conversation, doc::jsonb ->> 'account',
        (SELECT max(timestamp) FROM events AS i WHERE i.conversation = e.conversation
            AND i.kind = 'message' AND i.doc::jsonb #>> '{data,origin}' = 'customer'
            AND i.doc::jsonb #>> '{data,type}' != 'system')
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
    seq BIGINT,
    failure TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX sends_sending ON sends (updated_at) WHERE state = 'sending';
""",
    3: "ALTER TABLE sends ADD COLUMN owner BIGINT",
    4: """
ALTER TABLE agents ADD COLUMN role TEXT NOT NULL DEFAULT 'agent';
ALTER TABLE agents ADD COLUMN last_seen BIGINT;
"""
    + NUMBERS_SCHEMA.replace("INTEGER", "BIGINT"),
    5: TEAM_SCHEMA.replace("INTEGER", "BIGINT"),
}

# Held while a PostgreSQL schema is created or upgraded, so instances starting together
# do it once. Advisory locks are per database: two Puente databases never share one.
SCHEMA_LOCK = 0x70756E7465_00
# Held by whichever instance is writing events, from its first seq to its commit.
WRITE_LOCK = 0x70756E7465_01
# (OWNER_SPACE, instance) is held by each live instance for as long as it runs.
OWNER_SPACE = 0x7075
# synchronous_commit values that wait for the local WAL flush (`on` and stronger).
DURABLE_COMMITS = frozenset({"on", "remote_write", "remote_apply"})
# A dead peer's connection must not hang a relay: TCP keepalives notice it in ~25 s.
KEEPALIVE: dict[str, Any] = {
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
}


class Cursor(Protocol):
    """What both drivers' cursors offer."""

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def fetchmany(self, size: int) -> list[Any]: ...


class Database:
    """A connection to the relay's database; subclasses are the two dialects."""

    dialect: str
    url: str

    def __init__(self) -> None:
        # Rows `write` gathered, sent before the next statement (relay.bulk).
        self._pending = Pending()

    def execute(self, sql: str, params: Sequence[object] = ()) -> Cursor:
        raise NotImplementedError

    def write(self, bulk: Bulk, row: Row) -> None:
        """Write a row of `bulk`'s kind, in one statement with the others written before
        the next statement runs (relay.bulk): no answer, nothing waits."""
        self._pending.add(bulk, row)

    def json_param(self, value: object) -> str:
        """`value` as one JSON text parameter (rows, keys); what the database could not
        hold raises StorageError, the work's own fault."""
        try:
            return orjson.dumps(value).decode()
        except orjson.JSONEncodeError as exc:  # a lone surrogate, an integer past 64 bits
            raise StorageError(f"cannot encode it: {exc}", transient=False) from exc

    def _send_pending(self) -> None:
        """Write the rows `write` gathered, if any: before any other statement runs."""
        if self._pending:
            for bulk, rows in self._pending.take():
                self._write_rows(bulk, rows)

    def _write_rows(self, bulk: Bulk, rows: list[Row]) -> None:
        """Write `rows` of one kind, as `bulk.one_row_sql()` would one after another."""
        raise NotImplementedError

    def begin(self, *, read_only: bool = False) -> None:
        raise NotImplementedError

    def execute_many(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        """One statement for many rows (pipelined on PostgreSQL)."""
        raise NotImplementedError

    def pipeline(self) -> contextlib.AbstractContextManager[object]:
        """Statements inside are sent without waiting, until a result is read."""
        return contextlib.nullcontext()

    def commit(self) -> None:
        self.execute("COMMIT")

    def rollback(self) -> None:
        if self.in_transaction:
            self.execute("ROLLBACK")

    @property
    def in_transaction(self) -> bool:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def storage_error(self, exc: Exception, doing: str) -> StorageError | None:
        """The driver's error as a StorageError, or None if `exc` is not the driver's."""
        raise NotImplementedError

    def value(self, name: str) -> str:
        """A row of the `meta` table (epoch, floor, ...)."""
        return str(self.execute("SELECT value FROM meta WHERE name=?", (name,)).fetchone()[0])

    def read_once(self, sql: str, params: Sequence[object], doing: str) -> list[Any]:
        """The rows of one statement, which sees one snapshot without a transaction of our
        own: one round trip. Driver errors become StorageError."""
        with self.storage_errors(doing):
            self._ready()
            return self.execute(sql, params).fetchall()

    @contextmanager
    def storage_errors(self, doing: str) -> Iterator[None]:
        """The driver's errors inside, raised as StorageError (others as they are)."""
        try:
            yield
        except Exception as exc:
            error = self.storage_error(exc, doing)
            if error is None:
                raise
            raise error from exc

    def _ready(self) -> None:
        """Reconnect if the connection was lost (PostgreSQL)."""

    @contextmanager
    def transaction(self, doing: str, *, read_only: bool = False) -> Iterator[None]:
        """A transaction, rolled back on any exception; driver errors become StorageError."""
        with self.storage_errors(doing):
            self.begin(read_only=read_only)
            try:
                yield
                self.commit()  # may fail before COMMIT is sent (rows written in bulk)
            except BaseException:
                self.rollback()
                raise


class SqliteDatabase(Database):
    """A SQLite file in WAL mode, fsync'd at every commit unless its user says otherwise."""

    dialect = "sqlite"

    def __init__(self, path: Path, *, create: bool = True) -> None:
        super().__init__()
        self.path = path
        self.url = f"sqlite:///{path}"
        try:
            self.conn = connect_sqlite(path)
            if create:
                self._prepare()
        except sqlite3.Error as exc:
            raise StorageError(f"cannot open {path}: {exc}") from exc

    def execute(self, sql: str, params: Sequence[object] = ()) -> Cursor:
        self._send_pending()
        return self.conn.execute(sql, params)

    def execute_many(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        self._send_pending()
        self.conn.executemany(sql, rows)

    def _write_rows(self, bulk: Bulk, rows: list[Row]) -> None:
        self.conn.executemany(bulk.one_row_sql(), rows)

    def begin(self, *, read_only: bool = False) -> None:
        self._send_pending()
        # IMMEDIATE takes the write lock at once, so a writer never fails half-way.
        self.conn.execute("BEGIN DEFERRED" if read_only else "BEGIN IMMEDIATE")

    def rollback(self) -> None:
        self._pending.clear()
        super().rollback()

    @property
    def in_transaction(self) -> bool:
        return self.conn.in_transaction

    def close(self) -> None:
        self.conn.close()

    def storage_error(self, exc: Exception, doing: str) -> StorageError | None:
        if isinstance(exc, StorageError | UnicodeEncodeError):
            return _as_storage_error(exc, doing)
        if not isinstance(exc, sqlite3.Error):
            return None
        code = getattr(exc, "sqlite_errorcode", None)
        transient = code is None or code & 0xFF in _ENVIRONMENTAL
        return StorageError(f"{doing}: {exc}", transient=transient)

    def _prepare(self) -> None:
        with self.transaction(f"cannot prepare {self.path}"):
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            if version == 0:
                if self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                    raise SchemaError(f"{self.path} is not a Puente relay database")
                _script(self, SQLITE_SCHEMA)
                _first_rows(self)
                version = 1
            elif version > SCHEMA_VERSION:
                raise SchemaError(_too_new(str(self.path), version))
            for target in range(version + 1, SCHEMA_VERSION + 1):
                _script(self, SQLITE_UPGRADES[target])
            self.conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")


def _as_storage_error(exc: StorageError | UnicodeEncodeError, doing: str) -> StorageError:
    if isinstance(exc, StorageError):
        return exc
    # A lone surrogate (JSON's \ud800 decodes to one) has no UTF-8: neither driver can
    # send it, and it would fail again, so it is the work's own fault.
    return StorageError(f"{doing}: text with a lone surrogate ({exc.reason})", transient=False)


def _holds_nul(value: object) -> bool:
    """Whether a NUL character is in any text of `value` (lists, tuples, dicts of them)."""
    if isinstance(value, str):
        return "\0" in value
    if isinstance(value, list | tuple):
        return any(_holds_nul(item) for item in value)
    if isinstance(value, dict):
        return any(_holds_nul(item) for item in value.values())
    return False


def connect_sqlite(path: Path) -> sqlite3.Connection:
    """A connection with the durability and concurrency settings every user needs."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=5.0)
    conn.execute("PRAGMA journal_mode=WAL")
    # FULL fsyncs the WAL at every commit: a 200 to Meta means the delivery is on disk.
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA fullfsync=ON")
    conn.execute("PRAGMA busy_timeout=5000")
    return conn


class PostgresDatabase(Database):
    """A PostgreSQL connection; commits are durable when COMMIT returns (synchronous_commit)."""

    dialect = "postgresql"

    def __init__(
        self,
        url: str,
        *,
        create: bool = True,
        purpose: str = "relay",
        on_connect: Callable[[PostgresDatabase], None] | None = None,
    ) -> None:
        import psycopg  # noqa: PLC0415 - only a relay on PostgreSQL needs the driver

        super().__init__()
        self._psycopg = psycopg
        self.url = url
        self._purpose = purpose
        self._on_connect = on_connect
        self._sql: dict[str, str] = {}
        try:
            self.conn: psycopg.Connection[Any] = self._connect()
            if create:
                self._prepare()
            if on_connect is not None:
                on_connect(self)
        except psycopg.Error as exc:
            raise StorageError(f"cannot open the PostgreSQL database: {exc}") from exc

    def _connect(self) -> psycopg.Connection[Any]:
        # autocommit: transactions are opened with BEGIN, as on SQLite, and a failed
        # statement outside one leaves no transaction hanging.
        conn = self._psycopg.connect(
            self.url,
            autocommit=True,
            application_name=f"puente-{self._purpose}",
            connect_timeout=10,
            **KEEPALIVE,
        )
        # A 200 to Meta means the delivery is on disk: COMMIT must wait for the WAL's
        # flush, whatever the server's or the database's default (measured: a database
        # set to `off` answered COMMIT, and so the 200, before the flush).
        conn.execute("SET synchronous_commit TO on")
        level = conn.execute("SHOW synchronous_commit").fetchone()
        if level is None or level[0] not in DURABLE_COMMITS:
            conn.close()
            raise StorageError(
                f"{redact(self.url)} keeps synchronous_commit at {level[0] if level else '?'} "
                "after SET synchronous_commit TO on: acknowledged webhooks could be lost, "
                "so the relay does not start",
                transient=False,
            )
        return conn

    def execute(self, sql: str, params: Sequence[object] = ()) -> Cursor:
        self._send_pending()
        text = self._sql.get(sql)
        if text is None:
            text = self._sql[sql] = sql.replace("?", "%s")
        return self.conn.execute(text, params)

    def execute_many(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        self._send_pending()
        with self.conn.cursor() as cur:
            cur.executemany(sql.replace("?", "%s"), rows)

    def _write_rows(self, bulk: Bulk, rows: list[Row]) -> None:
        # One JSON text for all the rows: psycopg adapts one parameter, where a statement
        # per row, or an array per column, cost it several times the CPU a row
        # (bench/pg_rows_bench.py).
        text = self.json_param([dict(zip(bulk.columns, row, strict=True)) for row in rows])
        columns = ", ".join(bulk.columns)
        self.execute(
            f"INSERT INTO {bulk.table} ({columns}) SELECT {columns} FROM "
            f"json_populate_recordset(NULL::{bulk.table}, ?::json) {bulk.conflict}",
            (text,),
        )

    def json_param(self, value: object) -> str:
        text = super().json_param(value)
        if "\\u0000" in text and _holds_nul(value):
            # In psycopg's words for a text parameter: JSON would carry the NUL as far as
            # the server, which would refuse it less plainly.
            raise StorageError(
                "PostgreSQL text fields cannot contain NUL (0x00) bytes", transient=False
            )
        return text

    def pipeline(self) -> contextlib.AbstractContextManager[object]:
        # Inside a pipeline already (a writer transaction's), statements join it: a nested
        # block would cost a round trip to enter and another to leave.
        if self.conn.pgconn.pipeline_status != self._psycopg.pq.PipelineStatus.OFF:
            return contextlib.nullcontext()
        return self.conn.pipeline()

    def open_pipeline(self) -> contextlib.ExitStack:
        """Enter pipeline mode until the returned stack is closed (which sends what is
        queued and waits for it: a round trip, raising the first error)."""
        self._ready()
        stack = contextlib.ExitStack()
        stack.enter_context(self.conn.pipeline())
        return stack

    def _ready(self) -> None:
        if self.conn.broken or self.conn.closed:
            self._reconnect()

    def begin(self, *, read_only: bool = False) -> None:
        self._ready()
        self._send_pending()
        # A reader's page and head come from one snapshot.
        self.conn.execute(
            "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" if read_only else "BEGIN"
        )

    @property
    def in_transaction(self) -> bool:
        status = self.conn.info.transaction_status
        return bool(status != self._psycopg.pq.TransactionStatus.IDLE)

    def rollback(self) -> None:
        self._pending.clear()
        if self.conn.broken or self.conn.closed:
            return  # the server rolled it back when the connection dropped
        # psycopg's own rollback also forgets the session's prepared statements: after a
        # statement fails in a pipeline the server skips the rest, their preparations
        # included, which psycopg (3.3) would go on using (tests/test_round_trips.py).
        self.conn.rollback()

    def close(self) -> None:
        self.conn.close()

    def storage_error(self, exc: Exception, doing: str) -> StorageError | None:
        if isinstance(exc, StorageError | UnicodeEncodeError):
            return _as_storage_error(exc, doing)
        if not isinstance(exc, self._psycopg.Error):
            return None
        # By SQLSTATE class: the connection, the server's resources (a full disk is
        # 53100), an operator, an I/O error or a lost race may go away; any other
        # error is the work's own (bad data, a broken constraint) and would recur.
        state = getattr(exc, "sqlstate", None)
        if state is None:
            # No server code: the connection failed (transient), or the driver refused
            # the data before sending it (a NUL in a text, say: the work's own fault).
            psycopg = self._psycopg
            transient = isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError)
        else:
            transient = state[:2] in _PG_ENVIRONMENTAL
        text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return StorageError(f"{doing}: {text}", transient=transient)

    def _reconnect(self) -> None:
        self.conn.close()
        self.conn = self._connect()
        if self._on_connect is not None:
            self._on_connect(self)

    def _prepare(self) -> None:
        with self.transaction("cannot prepare the PostgreSQL database"):
            self.execute("SELECT pg_advisory_xact_lock(?)", (SCHEMA_LOCK,))
            has_meta = self.execute("SELECT to_regclass('meta') IS NOT NULL").fetchone()[0]
            if not has_meta:
                tables = self.execute(
                    "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"
                ).fetchone()[0]
                if tables:
                    raise SchemaError(
                        f"{redact(self.url)} holds other tables and is not a Puente relay "
                        "database; give the relay a database of its own"
                    )
                _script(self, POSTGRES_SCHEMA)
                _first_rows(self)
                self.execute("INSERT INTO meta VALUES ('schema_version', '1')")
            version = int(self.value("schema_version"))
            if version > SCHEMA_VERSION:
                raise SchemaError(_too_new(redact(self.url), version))
            for target in range(version + 1, SCHEMA_VERSION + 1):
                _script(self, POSTGRES_UPGRADES[target])
            self.execute(
                "UPDATE meta SET value=? WHERE name='schema_version'", (str(SCHEMA_VERSION),)
            )


def database_exists(url: str) -> bool:
    """Whether DATABASE_URL names a relay's database already (without creating one)."""
    if not is_postgres(url):
        path = sqlite_path(url)
        if not path.is_file():
            return False
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            found = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'"
            ).fetchone()
        except sqlite3.Error:
            return False
        finally:
            conn.close()
        return found is not None
    import psycopg  # noqa: PLC0415

    try:
        with psycopg.connect(url, connect_timeout=10) as pg:
            found = pg.execute("SELECT to_regclass('meta') IS NOT NULL").fetchone()
    except psycopg.Error as exc:
        raise StorageError(f"cannot reach {redact(url)}: {str(exc).strip()[:200]}") from exc
    return bool(found and found[0])


def describe(url: str) -> str:
    """The database a URL names, as a person should read it (no password)."""
    if is_postgres(url):
        return redact(url)
    return str(sqlite_path(url).resolve())


def open_database(url: str, *, purpose: str = "relay") -> Database:
    """Connect to DATABASE_URL, creating or upgrading the schema; SchemaError if foreign."""
    if is_postgres(url):
        return PostgresDatabase(url, purpose=purpose)
    return SqliteDatabase(sqlite_path(url))


def is_postgres(url: str) -> bool:
    return url.startswith(("postgres://", "postgresql://"))


def sqlite_path(url: str) -> Path:
    """The file a `sqlite:///relative` or `sqlite:////absolute` URL names."""
    if not url.startswith("sqlite:///") or len(url) == len("sqlite:///"):
        raise SettingsError(
            "DATABASE_URL must look like sqlite:///path/to/relay.db or postgresql://host/db"
        )
    return Path(url.removeprefix("sqlite:///"))


def redact(url: str) -> str:
    """The URL without a password, for logs and errors."""
    scheme, sep, rest = url.partition("://")
    if "@" in rest:
        creds, _, host = rest.rpartition("@")
        user = creds.split(":", 1)[0]
        return f"{scheme}{sep}{user}:***@{host}"
    return url


def _first_rows(db: Database) -> None:
    db.execute("INSERT INTO meta VALUES ('epoch', ?)", (secrets.token_hex(8),))
    # The highest seq retention has pruned: seqs never restart below it.
    db.execute("INSERT INTO meta VALUES ('floor', '0')")
    db.execute("INSERT INTO meta VALUES ('processed', '0')")


def _too_new(where: str, version: int) -> str:
    return (
        f"{where} has schema version {version}; this relay knows up to {SCHEMA_VERSION}. "
        "Upgrade the relay."
    )


def _script(db: Database, script: str) -> None:
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)
