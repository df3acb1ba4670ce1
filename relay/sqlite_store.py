"""The event log on a SQLite file: one writer connection, readers on their own, group fsync.

The writer's commits reach the OS only; `flush` fsyncs the WAL behind them,
once for every commit made meanwhile, and the journal acknowledges nothing
before it. One writer hands out seqs from memory, in commit order, so readers
never see a gap. Deliveries are processed in inbox order, so one mark, written
once per transaction, says which are done; their rows go later in bulk.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: os.fsync is the full flush there
    fcntl = None  # type: ignore[assignment]

from relay.database import SqliteDatabase
from relay.errors import StorageError
from relay.store import Store, _head, new_instance

# Processed inbox rows are deleted in one statement per this many deliveries.
INBOX_TRIM = 512


class SqliteStore(Store):
    """The embedded default: one relay process per file."""

    fast_commit = True

    def __init__(self, path: Path) -> None:
        self._path = path
        writer = SqliteDatabase(path)
        super().__init__(writer, new_instance())
        conn = writer.conn
        # Checkpoints copy the WAL into the database and fsync it, taking milliseconds:
        # the writer never runs them inside a commit that Meta is waiting on.
        conn.execute("PRAGMA wal_autocheckpoint=0")
        conn.execute("PRAGMA synchronous=OFF")
        self._wal_path = path.with_name(path.name + "-wal")
        self._wal_fd: int | None = None
        self._checkpointer = SqliteDatabase(path, create=False)
        self._head = self._staged_head = _head(writer)
        self._processed = self._staged_processed = self._trimmed = int(writer.value("processed"))

    def close(self) -> None:
        super().close()
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

    def _open_reader(self) -> SqliteDatabase:
        return SqliteDatabase(self._path, create=False)

    def inbox_size(self) -> int:
        db = self._reader()
        row = db.execute(
            "SELECT count(*) FROM inbox WHERE id > "
            "(SELECT CAST(value AS INTEGER) FROM meta WHERE name='processed')"
        ).fetchone()
        return int(row[0])

    def begin(self) -> None:
        self._staged_head = self._head
        super().begin()

    def orphaned_client_ids(self) -> list[str]:
        # One process per file: at start, every send still `sending` lost its process.
        rows = self._db.execute("SELECT client_id FROM sends WHERE state='sending'").fetchall()
        return [row[0] for row in rows]

    def _insert_arrivals(self, arrivals: Sequence[tuple[bytes, int]]) -> Callable[[], list[int]]:
        """One statement for all of them: the one writer numbers each new row after the
        highest (which trimming keeps), so theirs are the last `len(arrivals)` ids."""
        if not arrivals:
            return list
        self._db.execute_many(
            "INSERT INTO inbox (received_at, body) VALUES (?, ?)",
            [(received_at, body) for body, received_at in arrivals],
        )
        last = int(self._db.execute("SELECT last_insert_rowid()").fetchone()[0])
        ids = list(range(last - len(arrivals) + 1, last + 1))
        return lambda: ids

    def _writing(self) -> None:
        pass  # the one writer knows the head: `_head` is kept between transactions

    def _take_all(self, inbox_ids: Sequence[int]) -> set[int]:
        taken = set()
        for inbox_id in inbox_ids:  # in inbox order: the mark only moves forward
            if inbox_id > self._processed:
                self._processed = inbox_id
                taken.add(inbox_id)
        return taken

    def commit(self) -> None:
        def work() -> None:
            if self._processed != self._staged_processed:
                self._db.execute(
                    "UPDATE meta SET value=? WHERE name='processed'", (str(self._processed),)
                )
                if self._processed - self._trimmed >= INBOX_TRIM:
                    # The last processed row stays: SQLite numbers a new row after the
                    # highest one left, and an emptied table would start again at 1.
                    self._db.execute("DELETE FROM inbox WHERE id < ?", (self._processed,))
                    self._trimmed = self._processed
            self._db.commit()

        self.run(work, writes=False)
        self._staged_processed = self._processed

    def rollback(self) -> None:
        super().rollback()
        self._head = self._staged_head  # the seqs handed out are free again
        self._processed = self._staged_processed

    @property
    def processed(self) -> int:
        """The last inbox id whose events are committed."""
        return self._staged_processed
