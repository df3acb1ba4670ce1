"""On PostgreSQL a journal cycle waits for the database a fixed number of times, however
many deliveries and events it holds (counted in libpq's own protocol trace)."""

from __future__ import annotations

import contextlib
import itertools
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from harness import create_postgres_database, postgres_problem
from psycopg import errors, pq

from metasim import payloads
from relay.errors import StorageError
from relay.postgres_store import PostgresStore
from relay.store import Delivery, Received, StoredEvent, open_store
from relay.webhook import parse_delivery


@pytest.fixture
def pg_log() -> Iterator[PostgresStore]:
    problem = postgres_problem()
    if problem is not None:
        pytest.skip(problem)
    store = open_store(create_postgres_database())
    assert isinstance(store, PostgresStore)
    yield store
    store.close()


def deliveries(count: int, tag: str) -> list[bytes]:
    """A realistic mix: customers' texts from a few phones, the same text delivered twice
    (Meta retries), statuses of those messages, one a send of ours (callback data)."""
    bodies: list[bytes] = []
    for i in range(count):
        phone = f"5215500{i % 7:06d}"
        wamid = f"wamid.{tag}{i}"
        kind = i % 4
        if kind == 0:
            bodies.append(payloads.encode(payloads.text_message(phone, "hola", wamid=wamid)))
        elif kind == 1:
            bodies.append(bodies[-1])  # a retry of the previous delivery
        elif kind == 2:
            bodies.append(payloads.encode(payloads.status(wamid, "delivered", phone)))
        else:
            callback = f"puente:{tag}-{i}"
            body = payloads.status(wamid, "read", phone, callback_data=callback)
            bodies.append(payloads.encode(body))
    return bodies


@contextlib.contextmanager
def traced(store: PostgresStore, trace: Path) -> Iterator[None]:
    """libpq's trace of the store's writer connection, into `trace`."""
    pgconn = store.db.conn.pgconn  # type: ignore[attr-defined]
    with trace.open("w") as out:
        pgconn.trace(out.fileno())
        pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS | pq.Trace.REGRESS_MODE)
        yield
        pgconn.untrace()


def waits(trace: Path) -> int:
    """How many times the client waited for the server: it says Flush each time it needs
    answers before going on (the Sync ending a pipeline is followed by one)."""
    sent = [line.split("\t") for line in trace.read_text().splitlines()]
    return sum(1 for line in sent if line[0] == "F" and line[2] == "Flush")


def statements(trace: Path) -> int:
    """How many statements the client sent (one Bind each, prepared or not)."""
    sent = [line.split("\t") for line in trace.read_text().splitlines()]
    return sum(1 for line in sent if line[0] == "F" and line[2] == "Bind")


def cycle(
    store: PostgresStore, arrivals: list[bytes], backlog: list[Received], trace: Path
) -> tuple[int, list[Received], list[StoredEvent]]:
    """One cycle as the journal runs it: accept `arrivals`, process `backlog` (accepted
    before), commit. (times it waited, the arrivals as accepted, the events appended)"""
    now = int(time.time())
    parsed = [
        Delivery(r.inbox_id, r.body, r.received_at, parse_delivery(r.body, r.received_at))
        for r in backlog
    ]
    with traced(store, trace):
        store.begin()
        accepted = store.accept_all([(body, now) for body in arrivals])
        events = store.process_all(parsed) if parsed else []
        store.commit()
    return waits(trace), accepted(), events


def waits_in_a_cycle(store: PostgresStore, bodies: list[bytes], trace: Path) -> tuple[int, int]:
    """Accept `bodies` in one cycle, then process them in the next while accepting as many
    again: (times the second cycle waited, events it appended)."""
    _, backlog, _ = cycle(store, bodies, [], trace)
    again = [payloads.encode(payloads.text_message("5215511111111", "más")) for _ in bodies]
    waited, _, events = cycle(store, again, backlog, trace)
    return waited, len(events)


def test_a_cycle_waits_twice_for_one_delivery_or_eighty(
    pg_log: PostgresStore, tmp_path: Path
) -> None:
    accepting_only, _, _ = cycle(pg_log, deliveries(80, "z"), [], tmp_path / "accept")
    assert accepting_only == 1  # BEGIN, the inserts and COMMIT go together
    one, one_event = waits_in_a_cycle(pg_log, deliveries(1, "a"), tmp_path / "one")
    many, many_events = waits_in_a_cycle(pg_log, deliveries(80, "b"), tmp_path / "many")
    assert one_event == 1 and many_events == 60  # 20 texts, 20 retries of them, 40 statuses
    # The arrivals with the lock, the head and every row to read; then the commit.
    assert one == many == 2
    head = pg_log.head()
    assert [e.seq for e in pg_log.page(0, 100).events] == list(range(1, head + 1))


def test_a_cycle_sends_as_many_statements_for_eight_deliveries_as_for_eighty(
    pg_log: PostgresStore, tmp_path: Path
) -> None:
    """Each table's rows go in one statement (relay.bulk), each table's reads in one: the
    statements are as many for 8 deliveries as for 80 of the same kinds."""
    few_trace, many_trace = tmp_path / "few", tmp_path / "many"
    _, few_events = waits_in_a_cycle(pg_log, deliveries(8, "f"), few_trace)
    _, many_events = waits_in_a_cycle(pg_log, deliveries(80, "g"), many_trace)
    assert (few_events, many_events) == (6, 60)
    assert statements(few_trace) == statements(many_trace)


def test_statuses_and_duplicates_read_ahead_give_what_reading_each_gave(
    pg_log: PostgresStore, tmp_path: Path
) -> None:
    """What the cycle decides from its reads ahead (a retry is no new event, a status never
    goes back) holds across cycles too, where the rows come from the database."""
    first = deliveries(8, "c")
    waits_in_a_cycle(pg_log, first, tmp_path / "first")
    wamid = "wamid.c2"
    older = payloads.encode(payloads.status(wamid, "sent", "5215500000002"))
    newer = payloads.encode(payloads.status(wamid, "read", "5215500000002"))
    _, appended = waits_in_a_cycle(pg_log, [*first, older, newer, newer], tmp_path / "again")
    assert appended == 1  # only `read`: the rest was stored, or is older than `delivered`
    kinds = [e.json for e in pg_log.page(0, 100).events]
    assert sum('"status":"read"' in doc and wamid in doc for doc in kinds) == 1


def test_a_catch_up_page_is_one_round_trip(pg_log: PostgresStore, tmp_path: Path) -> None:
    waits_in_a_cycle(pg_log, deliveries(12, "d"), tmp_path / "fill")
    pg_log.page(0, 1)  # this thread's reader connection, opened
    reader = pg_log._reader()
    pgconn = reader.conn.pgconn  # type: ignore[attr-defined]
    trace = tmp_path / "page"
    with trace.open("w") as out:
        pgconn.trace(out.fileno())
        pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS)
        page = pg_log.page(3, 5)
        empty = pg_log.page(1000, 5)
        pgconn.untrace()
    assert [e.seq for e in page.events] == [4, 5, 6, 7, 8] and page.head == 9
    assert empty.events == [] and empty.head == 9 and empty.floor == 0
    # Each read: the client speaks, then the server answers; never back and forth.
    sides = [line.split("\t", 1)[0] for line in trace.read_text().splitlines()]
    turns = sum(1 for a, b in itertools.pairwise(sides) if a == "F" and b == "B")
    assert turns == 2


def test_accepting_apart_waits_once_and_takes_no_lock(
    pg_log: PostgresStore, tmp_path: Path
) -> None:
    """The journal accepts on a connection of its own: Meta's 200s never wait for a cycle."""
    pg_log.accept_apart([(b"{}", 1)])  # the acceptor's connection, opened
    acceptor = pg_log._acceptor
    assert acceptor is not None
    trace = tmp_path / "accept"
    with trace.open("w") as out:
        acceptor.conn.pgconn.trace(out.fileno())
        acceptor.conn.pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS | pq.Trace.REGRESS_MODE)
        accepted = pg_log.accept_apart([(body, 2) for body in deliveries(80, "e")])
        acceptor.conn.pgconn.untrace()
    assert waits(trace) == 1
    assert "pg_advisory" not in trace.read_text()
    ids = [received.inbox_id for received in accepted]
    assert ids == sorted(ids) and len(set(ids)) == 80
    # In the inbox, in order, for the writer to process.
    assert [r.inbox_id for r in pg_log.inbox(0, 100)] == [ids[0] - 1, *ids]


def test_cycles_failing_inside_their_pipeline_leave_the_writer_usable(
    pg_log: PostgresStore, tmp_path: Path
) -> None:
    """A statement that fails in a pipeline makes the server skip the rest of it, their
    statement preparations included (psycopg counted them prepared; every later use failed,
    "prepared statement _pg3_2 does not exist", until the relay restarted)."""
    pg_log.db.execute(
        "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF starts_with(NEW.key, 'msg:wamid.refused') THEN RAISE 'refused'; END IF; "
        "RETURN NEW; END $$"
    )
    pg_log.db.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION refuse()"
    )
    phone = "5215522222222"
    refused = [payloads.text_message(phone, "no", wamid=f"wamid.refused{i}") for i in range(8)]
    _, backlog, _ = cycle(pg_log, [payloads.encode(body) for body in refused], [], tmp_path / "a")
    for received in backlog:  # more cycles fail than a statement needs to be prepared
        with pytest.raises(StorageError, match="refused"):
            cycle(pg_log, [], [received], tmp_path / "failing")
        pg_log.rollback()
    fine = payloads.encode(payloads.text_message(phone, "sí", wamid="wamid.fine"))
    _, backlog, _ = cycle(pg_log, [fine], [], tmp_path / "b")
    _, _, events = cycle(pg_log, [], backlog, tmp_path / "c")
    assert len(events) == 1 and '"key":"msg:wamid.fine"' in events[0].json


@pytest.mark.parametrize(
    ("error", "transient"),
    [
        (errors.InvalidSqlStatementName, True),  # 26000: a prepared statement the session lost
        (errors.DiskFull, True),  # 53100
        (errors.AdminShutdown, True),  # 57P01
        (errors.UniqueViolation, False),  # 23505: the work's own, it would recur
        (errors.UntranslatableCharacter, False),  # 22P05
    ],
)
def test_errors_are_the_environments_or_the_works_own_by_sqlstate(
    pg_log: PostgresStore, error: type[Exception], transient: bool
) -> None:
    """The environment's errors are retried as they are; the work's own are isolated."""
    classified = pg_log.db.storage_error(error("refused"), "writing")
    assert classified is not None and classified.transient is transient
