"""What psycopg costs the relay per row written, by how the rows are sent to PostgreSQL.

    cd bench && ../.venv/bin/python pg_rows_bench.py     # prints a markdown report

The relay's CPU is what limits it on PostgreSQL (docs/benchmarks.md), and a
processing cycle writes a few rows per message. This measures, in this
process, the client CPU and the wall time per row of the ways to send a
cycle's rows inside one pipelined transaction, as the relay's writer does:

- *a statement per row*: `INSERT ... VALUES (...)` executed once per row (the
  relay before relay.bulk; the reference);
- *executemany*: psycopg's own batch, still a message per row;
- *unnest arrays*: one statement, a list parameter per column;
- *one JSON text*: one statement, `json_populate_recordset` (relay.bulk).

And for acceptance, the inbox's bodies (bytes): a `bytea[]` parameter against
one JSON text with the bodies in base64 (relay.postgres_store._insert).

PostgreSQL is the local server (PUENTE_BENCH_POSTGRES, default
postgresql://postgres@127.0.0.1:5432/test); the tables are made in a fresh
database and dropped after.
"""

from __future__ import annotations

import argparse
import base64
import os
import platform
import statistics
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import orjson
import psycopg

ADMIN_URL = os.environ.get("PUENTE_BENCH_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
COLUMNS = ("seq", "key", "kind", "conversation", "timestamp", "stored_at", "delivery", "doc")
INSERT = f"INSERT INTO events ({', '.join(COLUMNS)}) VALUES ({', '.join(['%s'] * len(COLUMNS))})"
# About the size of a customer's text as the relay stores it.
DOC = orjson.dumps(
    {
        "v": 1,
        "kind": "message",
        "key": "msg:wamid.HBgLNTIxNTU1MDAwMDAwMRUCABIYFjNFQjBDMEY2RjE4QzE1QjNBNkQ4NTAA",
        "account": "106540352242922",
        "conversation": "5215550000001",
        "timestamp": 1764633600,
        "data": {"text": "Hola, ¿tienen la talla M en azul? " * 2, "origin": "customer"},
    }
).decode()

Rows = list[tuple[Any, ...]]


@contextmanager
def database() -> Iterator[psycopg.Connection[Any]]:
    name = f"puente_rows_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(ADMIN_URL, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    try:
        url = ADMIN_URL.rsplit("/", 1)[0] + "/" + name
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(
                "CREATE TABLE events (seq BIGINT PRIMARY KEY, key TEXT NOT NULL UNIQUE, "
                "kind TEXT NOT NULL, conversation TEXT, timestamp BIGINT NOT NULL, "
                "stored_at BIGINT NOT NULL, delivery BIGINT, doc TEXT NOT NULL)"
            )
            conn.execute(
                "CREATE TABLE inbox (id BIGSERIAL PRIMARY KEY, received_at BIGINT NOT NULL, "
                "body BYTEA NOT NULL)"
            )
            yield conn
    finally:
        with psycopg.connect(ADMIN_URL, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE {name} WITH (FORCE)")


def per_row(conn: psycopg.Connection[Any], rows: Rows) -> None:
    for row in rows:
        conn.execute(INSERT, row)


def execute_many(conn: psycopg.Connection[Any], rows: Rows) -> None:
    with conn.cursor() as cur:
        cur.executemany(INSERT, rows)


def unnest(conn: psycopg.Connection[Any], rows: Rows) -> None:
    columns = [list(column) for column in zip(*rows, strict=True)]
    conn.execute(
        f"INSERT INTO events ({', '.join(COLUMNS)}) SELECT * FROM unnest(%s::bigint[], "
        "%s::text[], %s::text[], %s::text[], %s::bigint[], %s::bigint[], %s::bigint[], "
        "%s::text[])",
        columns,
    )


def one_json(conn: psycopg.Connection[Any], rows: Rows) -> None:
    text = orjson.dumps([dict(zip(COLUMNS, row, strict=True)) for row in rows]).decode()
    conn.execute(
        f"INSERT INTO events ({', '.join(COLUMNS)}) SELECT {', '.join(COLUMNS)} FROM "
        "json_populate_recordset(NULL::events, %s::json)",
        (text,),
    )


def bodies_array(conn: psycopg.Connection[Any], rows: Rows) -> None:
    conn.execute(
        "INSERT INTO inbox (received_at, body) SELECT r, b FROM unnest(%s::bigint[], "
        "%s::bytea[]) WITH ORDINALITY AS t(r, b, n) ORDER BY n RETURNING id",
        ([at for at, _ in rows], [body for _, body in rows]),
    ).fetchall()


def bodies_json(conn: psycopg.Connection[Any], rows: Rows) -> None:
    text = orjson.dumps([(at, base64.b64encode(body).decode()) for at, body in rows]).decode()
    conn.execute(
        "INSERT INTO inbox (received_at, body) SELECT (r->>0)::bigint, decode(r->>1, 'base64') "
        "FROM json_array_elements(%s::json) WITH ORDINALITY AS t(r, n) ORDER BY n RETURNING id",
        (text,),
    ).fetchall()


def event_rows(start: int, count: int) -> Rows:
    now = int(time.time())
    return [
        (seq, f"msg:wamid.{seq}", "message", f"52155{seq % 500:08d}", now, now, None, DOC)
        for seq in range(start, start + count)
    ]


def body_rows(count: int) -> Rows:
    return [(int(time.time()), os.urandom(350).hex().encode()) for _ in range(count)]


def measure(
    conn: psycopg.Connection[Any],
    way: Callable[[psycopg.Connection[Any], Rows], None],
    batches: list[Rows],
) -> tuple[float, float]:
    """(client CPU µs a row, wall µs a row): each batch a transaction in one pipeline."""
    rows = sum(len(batch) for batch in batches)
    cpu, wall = time.process_time(), time.perf_counter()
    for batch in batches:
        with conn.transaction(), conn.pipeline():
            way(conn, batch)
    return (
        (time.process_time() - cpu) / rows * 1e6,
        (time.perf_counter() - wall) / rows * 1e6,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--batch", type=int, default=200, help="rows per transaction")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    events = [
        ("a statement per row (reference)", per_row),
        ("executemany", execute_many),
        ("unnest arrays", unnest),
        ("one JSON text", one_json),
    ]
    inbox = [("bytea[] array (reference)", bodies_array), ("one JSON text, base64", bodies_json)]
    results: dict[str, list[tuple[float, float]]] = {}
    with database() as conn:
        server = conn.execute("SHOW server_version").fetchone()
        seq = 0
        for round_ in range(args.rounds + 1):  # the first warms up: not reported
            for label, way in events:
                conn.execute("TRUNCATE events")
                batches = []
                for _ in range(args.rows // args.batch):
                    batches.append(event_rows(seq, args.batch))
                    seq += args.batch
                measured = measure(conn, way, batches)
                if round_:
                    results.setdefault(label, []).append(measured)
            for label, way in inbox:
                conn.execute("TRUNCATE inbox")
                bodies = [body_rows(args.batch) for _ in range(args.rows // args.batch // 4)]
                measured = measure(conn, way, bodies)
                if round_:
                    results.setdefault(label, []).append(measured)
    print(f"# psycopg's cost per row, {time.strftime('%Y-%m-%d %H:%M')} UTC\n")
    print(
        f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python"
        f" {platform.python_version()}, psycopg {psycopg.__version__},"
        f" PostgreSQL {server[0] if server else '?'} on the same machine.\n"
    )
    for title, ways, rows in (
        (f"Event rows ({len(DOC)} bytes of JSON each)", events, args.rows),
        ("Inbox bodies (700 bytes each)", inbox, args.rows // 4),
    ):
        print(
            f"## {title}: {rows} rows a round in transactions of {args.batch},"
            f" medians of {args.rounds} rounds after one to warm up\n"
        )
        print("| way | client CPU µs a row | wall µs a row | CPU against the reference |")
        print("|---|---|---|---|")
        reference = statistics.median(cpu for cpu, _ in results[ways[0][0]])
        for label, _ in ways:
            cpu = statistics.median(c for c, _ in results[label])
            wall = statistics.median(w for _, w in results[label])
            print(f"| {label} | {cpu:.1f} | {wall:.1f} | {cpu / reference:.2f}x |")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
