"""Rows a transaction writes to one table, gathered and written in one statement.

A processing cycle writes a few rows per message (its event, its
conversation's last inbound, a status's rank). One statement per row costs
little on SQLite, but on PostgreSQL each goes through psycopg's pipeline, in
Python: several times the CPU of one statement carrying all the rows as one
JSON text (bench/pg_rows_bench.py), and the relay's CPU is what limits it on
PostgreSQL (docs/benchmarks.md). So the store hands such rows to
the connection (`Database.write`), which keeps them per table (`Pending`)
and writes them in one statement before anything else runs on it: the next
statement, the commit. Nothing can tell the difference: rows of different
tables commute, and rows of one table are merged into what writing them one
after another would have left (`Bulk.merge`, for an upsert's key seen twice).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

Row = tuple[object, ...]


@dataclass(frozen=True)
class Bulk:
    """One kind of row: `INSERT INTO table (columns) ... conflict`, the same SQL on both
    dialects; an upsert names its key column and how two rows for one key combine."""

    table: str
    columns: tuple[str, ...]
    # ON CONFLICT ..., written for a row at a time (`excluded` is the row).
    conflict: str = ""
    # The conflict's column (its index in `columns`), for an upsert.
    key: int | None = None
    # (earlier, later) -> the one row whose upsert leaves what the two would have.
    merge: Callable[[Row, Row], Row] | None = field(default=None, compare=False)

    def one_row_sql(self) -> str:
        """The statement for one row, `?` parameters."""
        columns, marks = ", ".join(self.columns), ", ".join("?" * len(self.columns))
        return f"INSERT INTO {self.table} ({columns}) VALUES ({marks}) {self.conflict}".rstrip()


class Pending:
    """The rows written and not yet sent, by kind, in the order first written."""

    def __init__(self) -> None:
        self._inserts: dict[Bulk, list[Row]] = {}
        self._upserts: dict[Bulk, dict[object, Row]] = {}

    def __bool__(self) -> bool:
        return bool(self._inserts or self._upserts)

    def add(self, bulk: Bulk, row: Row) -> None:
        if bulk.key is None:
            self._inserts.setdefault(bulk, []).append(row)
            return
        rows = self._upserts.setdefault(bulk, {})
        key = row[bulk.key]
        earlier = rows.get(key)
        if earlier is None:
            rows[key] = row
        elif bulk.merge is None:
            rows[key] = row  # the later row's upsert is all that shows
        else:
            rows[key] = bulk.merge(earlier, row)

    def take(self) -> Iterator[tuple[Bulk, list[Row]]]:
        """Every kind's rows, emptying this (taken before written: a failed write leaves
        nothing to write twice; its transaction is rolled back anyway)."""
        inserts, upserts = self._inserts, self._upserts
        self._inserts, self._upserts = {}, {}
        yield from inserts.items()
        for bulk, rows in upserts.items():
            yield bulk, list(rows.values())

    def clear(self) -> None:
        self._inserts.clear()
        self._upserts.clear()
