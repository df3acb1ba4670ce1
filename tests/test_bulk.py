"""Rows written in bulk leave what writing them one by one leaves, on both databases."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relay.bulk import Bulk, Row
from relay.database import Database
from relay.errors import StorageError
from relay.store import CONVERSATIONS, EVENTS, STATUSES, Store

RUNS = itertools.count()
# A few conversations and accounts, so that one key comes back within a transaction.
conversation_rows = st.lists(
    st.tuples(
        st.sampled_from(["a", "b", "c"]),
        st.sampled_from(["acct1", "acct2"]),
        st.none() | st.integers(min_value=1, max_value=2_000_000_000),
    ),
    max_size=12,
)
status_rows = st.lists(
    st.tuples(st.sampled_from(["w1", "w2", "w3"]), st.integers(min_value=1, max_value=5)),
    max_size=12,
)
SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def prefixed(bulk: Bulk, rows: list[Row], prefix: str) -> list[Row]:
    """The rows with their key in a namespace of this run's own."""
    assert bulk.key is not None
    return [
        tuple(f"{prefix}{v}" if i == bulk.key else v for i, v in enumerate(row)) for row in rows
    ]


def table(db: Database, bulk: Bulk, prefix: str) -> list[tuple[object, ...]]:
    key = bulk.columns[bulk.key or 0]
    rows = db.execute(
        f"SELECT {', '.join(bulk.columns)} FROM {bulk.table} WHERE {key} LIKE ? ORDER BY {key}",
        (f"{prefix}%",),
    ).fetchall()
    return [
        tuple(row[i] if i != bulk.key else row[i][len(prefix) :] for i in range(len(row)))
        for row in rows
    ]


def both_ways(db: Database, bulk: Bulk, before: list[Row], rows: list[Row]) -> None:
    """Write `before` one by one and commit; then `rows` one by one in one namespace and in
    bulk in another, from the same start: the tables must match."""
    run = next(RUNS)
    one, bulk_prefix = f"one{run}:", f"bulk{run}:"
    with db.transaction("start"):
        for prefix in (one, bulk_prefix):
            for row in prefixed(bulk, before, prefix):
                db.execute(bulk.one_row_sql(), row)
    with db.transaction("one by one"):
        for row in prefixed(bulk, rows, one):
            db.execute(bulk.one_row_sql(), row)
    with db.transaction("in bulk"):
        for row in prefixed(bulk, rows, bulk_prefix):
            db.write(bulk, row)
    assert table(db, bulk, bulk_prefix) == table(db, bulk, one)


# Each upsert kind with the rows it is written with.
UPSERTS = {"conversations": (CONVERSATIONS, conversation_rows), "statuses": (STATUSES, status_rows)}


@pytest.mark.parametrize("kind", UPSERTS)
@SETTINGS
@given(data=st.data())
def test_upserts_in_bulk_end_as_one_by_one(log: Store, kind: str, data: st.DataObject) -> None:
    bulk, rows = UPSERTS[kind]
    both_ways(log.db, bulk, data.draw(rows, "before"), data.draw(rows, "rows"))


def test_a_statement_after_writes_sees_them_and_a_rollback_forgets_them(log: Store) -> None:
    db = log.db
    with db.transaction("write and read"):
        db.write(CONVERSATIONS, ("seen:1", "acct", 5))
        db.write(CONVERSATIONS, ("seen:1", "acct", 3))  # an older inbound never goes back
        row = db.execute(
            "SELECT account, last_inbound FROM conversations WHERE conversation='seen:1'"
        ).fetchone()
        assert tuple(row) == ("acct", 5)
    db.begin()
    db.write(CONVERSATIONS, ("gone:1", "acct", 7))
    db.rollback()
    with db.transaction("after the rollback"):
        pass  # a commit: what the rollback dropped must not come back with it
    assert not db.execute("SELECT 1 FROM conversations WHERE conversation='gone:1'").fetchall()


def test_rows_the_database_cannot_hold_fail_their_transaction_only(log: Store) -> None:
    """A clash (two events with one key) fails as one statement per row would: the
    transaction, as the work's own fault; the connection goes on."""
    db = log.db
    event = (10**9, "clash:1", "message", None, 1, 1, None, "{}")

    def clash() -> None:
        with db.transaction("clash"):
            db.write(EVENTS, event)
            db.write(EVENTS, (10**9 + 1, *event[1:]))

    with pytest.raises(StorageError) as failed:
        clash()
    assert not failed.value.transient
    with db.transaction("after"):
        db.write(EVENTS, event)
    assert db.execute("SELECT key FROM events WHERE seq=?", (10**9,)).fetchone()[0] == "clash:1"
    with db.transaction("clean up"):
        db.execute("DELETE FROM events WHERE seq=?", (10**9,))
