"""The event log on PostgreSQL, shared by any number of relay instances.

Seqs: a writer takes a transaction-level advisory lock before its first seq
and reads the head under it, so transactions that append events run one at a
time and commit in seq order; a reader can never see seq N+1 before N. (A
sequence object would hand out numbers in call order but commit them in any
order, and a reader would skip the late one for good.) Work that only accepts
deliveries takes no lock, so acknowledging Meta never waits for another
instance's processing.

Round trips: the database may be milliseconds away, so a writer transaction
runs in one psycopg pipeline from BEGIN to COMMIT, and waits only where it
reads an answer. A journal cycle waits twice, however many deliveries it
holds: once for the lock, the head, the inbox rows it takes and every row its
deliveries may read (`relay.lookahead`); and once for the commit, which
carries every write and the notification. Acceptance runs apart, on a
connection of its own (`accept_apart`): one round trip, no lock.

The inbox: a delivery's row is deleted in the transaction that stores its
events. An instance that dies leaves its rows behind, and any other adopts
them (`orphans`); whichever commits first wins, the other finds the row gone.

Fan-out: a transaction that appended events notifies `puente_events` with its
last seq; `follow` listens on its own connection and also reads the head every
second, so a lost notification, or a lost connection, costs a second, not an event.
Presence (never stored) crosses instances on `puente_presence` (`Broadcast`),
best effort: a lost notification is made good by the next refresh.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from base64 import b64encode
from collections.abc import Callable, Sequence

from relay.database import KEEPALIVE, OWNER_SPACE, WRITE_LOCK, PostgresDatabase, redact
from relay.lookahead import Lookahead, Question, statement
from relay.store import HEAD_AND_FLOOR, Received, Store, head_and_floor, new_instance

log = logging.getLogger(__name__)

CHANNEL = "puente_events"
PRESENCE_CHANNEL = "puente_presence"
# How often `follow` reads the head whatever the notifications say.
POLL_SECONDS = 1.0


class PostgresStore(Store):
    """A store several relay instances write at once."""

    shared = True
    fast_commit = False
    accepts_apart = True

    def __init__(self, url: str) -> None:
        self.instance = new_instance()  # the writer's session holds it from the start
        self._pg = PostgresDatabase(url, on_connect=self._hold_instance)
        super().__init__(self._pg, self.instance)
        self._url = url
        self._locked = False
        self._first = 0
        # The open transaction's pipeline, from `begin` to `commit` or `rollback`.
        self._pipeline: contextlib.ExitStack | None = None
        # Acceptance's own connection (the journal's acceptor thread), opened when first used.
        self._acceptor: PostgresDatabase | None = None

    def _open_reader(self) -> PostgresDatabase:
        return PostgresDatabase(self._url, create=False, purpose="reader")

    def inbox_size(self) -> int:
        db = self._reader()
        with db.transaction("cannot read the inbox", read_only=True):
            return int(db.execute("SELECT count(*) FROM inbox").fetchone()[0])

    def begin(self) -> None:
        self._locked = False
        self._pipeline = self.run(self._pg.open_pipeline, writes=False)
        super().begin()

    def _insert_arrivals(self, arrivals: Sequence[tuple[bytes, int]]) -> Callable[[], list[int]]:
        return _insert(self._pg, arrivals)

    def accept_apart(self, arrivals: Sequence[tuple[bytes, int]]) -> list[Received]:
        # BEGIN, the inserts, the note and COMMIT in one send: one round trip, no lock.
        if self._acceptor is None:
            self._acceptor = PostgresDatabase(self._url, create=False, purpose="acceptor")
        db, now = self._acceptor, time.monotonic()
        with db.storage_errors("not accepted"):
            try:
                with db.open_pipeline():
                    db.begin()
                    ids = _insert(db, arrivals)
                    self._note_webhook(db, arrivals, now)
                    db.commit()
            except BaseException:
                with contextlib.suppress(Exception):
                    db.rollback()
                raise
            return [
                Received(inbox_id, body, received_at, now)
                for inbox_id, (body, received_at) in zip(ids(), arrivals, strict=True)
            ]

    def close(self) -> None:
        if self._acceptor is not None:
            self._acceptor.close()
        super().close()

    def _writing(self) -> None:
        self._lock_and_ask([], [])

    def _lock_and_ask(
        self, inbox_ids: Sequence[int], questions: Sequence[Question]
    ) -> tuple[set[int], Lookahead]:
        # All sent before any answer is read: one round trip, the statements running
        # in order once the lock is granted.
        db = self._db
        head = None
        if not self._locked:
            db.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))
            head = db.execute(HEAD_AND_FLOOR)
        taking = (
            db.execute(
                "DELETE FROM inbox WHERE id = ANY(ARRAY("
                "SELECT json_array_elements_text(?::json)::bigint)) RETURNING id",
                (db.json_param(list(inbox_ids)),),
            )
            if inbox_ids
            else None
        )
        asked = []
        for question in questions:
            sql, param = statement(question, db)
            asked.append((question, db.execute(sql, (param,))))
        if head is not None:
            self._head = self._first = head_and_floor(head.fetchone())[0]
            self._locked = True
        taken = {int(row[0]) for row in taking.fetchall()} if taking is not None else set()
        ahead = Lookahead()
        for question, cursor in asked:
            ahead.answer(question, cursor.fetchall())
        return taken, ahead

    def commit(self) -> None:
        def work() -> None:
            if self._locked and self._head > self._first:
                # Delivered at commit, to every instance listening (this one too).
                self._db.execute("SELECT pg_notify(?, ?)", (CHANNEL, str(self._head)))
            self._db.commit()
            self._end_pipeline()  # sends it all and waits: the cycle's last round trip

        try:
            self.run(work, writes=False)
        finally:
            self._locked = False

    def rollback(self) -> None:
        # Whatever the pipeline holds fails with the transaction; its error was raised.
        with contextlib.suppress(Exception):
            self._end_pipeline()
        super().rollback()
        self._locked = False

    def _end_pipeline(self) -> None:
        pipeline, self._pipeline = self._pipeline, None
        if pipeline is not None:
            pipeline.close()

    def _hold_instance(self, db: PostgresDatabase) -> None:
        """Hold this instance's lock on the writer's session: it lives while we do."""
        db.execute("SELECT pg_advisory_lock(?, ?)", (OWNER_SPACE, self.instance))

    def orphaned_client_ids(self) -> list[str]:
        rows = self._db.execute(
            "SELECT client_id FROM sends WHERE state='sending' AND (owner IS NULL OR owner NOT IN "
            "(SELECT objid::bigint FROM pg_locks WHERE locktype='advisory' AND granted "
            "AND classid=? AND objsubid=2 AND database="
            "(SELECT oid FROM pg_database WHERE datname=current_database())))",
            (OWNER_SPACE,),
        ).fetchall()
        return [row[0] for row in rows]

    def orphans(self, older_than: float, limit: int) -> list[Received]:
        return self._inbox_rows("received_at < ?", int(older_than), limit)


def _insert(db: PostgresDatabase, arrivals: Sequence[tuple[bytes, int]]) -> Callable[[], list[int]]:
    """Insert deliveries into the inbox in one statement; what gives their ids, in order.

    Inside a pipeline nothing waits for it: the ids are read once the pipeline has been
    sent. Rows are made in the list's order, each taking the next id, so the ids in
    order are the arrivals' in order. The rows go as one JSON text, the bodies in
    base64: psycopg adapts a list of bytes one element at a time, in Python, for about
    three times the CPU (bench/pg_rows_bench.py)."""
    if not arrivals:
        return list
    rows = [(received_at, b64encode(body).decode()) for body, received_at in arrivals]
    cursor = db.execute(
        "INSERT INTO inbox (received_at, body) SELECT (r->>0)::bigint, decode(r->>1, 'base64') "
        "FROM json_array_elements(?::json) WITH ORDINALITY AS t(r, n) ORDER BY n RETURNING id",
        (db.json_param(rows),),
    )
    return lambda: sorted(int(row[0]) for row in cursor.fetchall())


async def follow(
    url: str, advance: Callable[[int], None], heard: Callable[[str], None] | None = None
) -> None:
    """Tell `advance` the head, at every notification and every POLL_SECONDS, forever;
    and `heard` every presence notification (another instance's, or this one's)."""
    import psycopg  # noqa: PLC0415

    backoff = 0.5
    while True:
        try:
            conn = await psycopg.AsyncConnection.connect(
                url, autocommit=True, application_name="puente-listen", **KEEPALIVE
            )
        except psycopg.Error as exc:
            log.warning("cannot listen for commits on %s (%s); retrying", redact(url), exc)
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, 10.0)
            continue
        try:
            async with conn:
                await conn.execute(f"LISTEN {CHANNEL}")
                if heard is not None:
                    await conn.execute(f"LISTEN {PRESENCE_CHANNEL}")
                backoff = 0.5
                while True:
                    async with asyncio.timeout(10 * POLL_SECONDS):
                        cur = await conn.execute("SELECT coalesce(max(seq), 0) FROM events")
                        row = await cur.fetchone()
                    advance(int(row[0]) if row else 0)
                    async for note in conn.notifies(timeout=POLL_SECONDS):
                        if note.channel == PRESENCE_CHANNEL:
                            if heard is not None:
                                heard(note.payload)
                        elif note.payload.isdigit():
                            advance(int(note.payload))
        except (psycopg.Error, TimeoutError) as exc:
            # Whatever was committed meanwhile is read from the log once reconnected.
            log.warning("lost the commit notifications (%s); reconnecting", exc)
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, 10.0)


class Broadcast:
    """Sends this instance's presence notices to the others (`NOTIFY puente_presence`),
    in order, on a connection of its own; a failure drops the notice (the sender's next
    refresh says it again) and reconnects."""

    def __init__(self, url: str) -> None:
        self._url = url
        self._queue: asyncio.Queue[str] = asyncio.Queue(maxsize=1000)
        self._task: asyncio.Task[None] | None = None

    def send(self, payload: str) -> None:
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run(), name="broadcast")
        if self._queue.full():
            return  # the database is away: presence waits for no one
        self._queue.put_nowait(payload)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _run(self) -> None:
        import psycopg  # noqa: PLC0415

        conn: psycopg.AsyncConnection[tuple[object, ...]] | None = None
        try:
            while True:
                payload = await self._queue.get()
                try:
                    if conn is None or conn.closed:
                        conn = await psycopg.AsyncConnection.connect(
                            self._url,
                            autocommit=True,
                            application_name="puente-presence",
                            **KEEPALIVE,
                        )
                    await conn.execute("SELECT pg_notify(%s, %s)", (PRESENCE_CHANNEL, payload))
                except psycopg.Error as exc:
                    log.warning("cannot tell the other instances about presence (%s)", exc)
                    conn = None
        finally:
            if conn is not None:
                await conn.close()
