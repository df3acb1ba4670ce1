"""Copying a relay's database into an empty one (SQLite to PostgreSQL, or back).

The epoch and every seq stay the same, so desktops pointed at the relay on the
new database resume where they were, with their caches. Deliveries accepted
and not yet processed are copied too, and processed by the relay at its next
start. The source is read inside one transaction (on SQLite it holds the write
lock: a relay still running on it waits, so stop it first).
"""

from __future__ import annotations

from collections.abc import Callable

from relay.database import Database, open_database, redact
from relay.errors import StorageError

# Each table with its columns, parents before the rows that point at them.
TABLES: tuple[tuple[str, str], ...] = (
    ("deliveries", "id, sha256, received_at, body"),
    ("events", "seq, key, kind, conversation, timestamp, stored_at, delivery, doc"),
    ("placeholders", "wamid"),
    ("statuses", "wamid, rank"),
    ("identities", "user_id, phone"),
    ("agents", "name, token_hash, created_at, revoked_at, role, last_seen"),
    ("conversations", "conversation, account, last_inbound"),
    (
        "sends",
        "client_id, agent, fingerprint, state, account, conversation, doc, wamid, seq, "
        "failure, created_at, updated_at, owner",
    ),
    (
        "numbers",
        "phone_number_id, waba_id, token, display_phone_number, verified_name, "
        "is_on_biz_app, platform_type, quality_rating, connected_at, updated_at",
    ),
    ("syncs", "phone_number_id, sync_type, request_id, requested_at, error_code, error"),
    (
        "onboardings",
        "code_hash, waba_id, phone_number_id, token, steps, created_at, updated_at",
    ),
    ("team", "conversation, state, snoozed_until, doc"),
    ("team_changes", "client_id, agent, fingerprint, seq"),
    ("labels", "name, color"),
    ("quick_replies", "shortcut, text, media_id"),
)
BATCH = 2000


def copy_database(
    source_url: str, target_url: str, report: Callable[[str, int], None] = lambda _t, _n: None
) -> dict[str, int]:
    """Copy every row of the source into the empty target; the rows copied per table.

    Raises StorageError if the target already holds a relay's data: nothing is
    merged, and nothing of a failed copy remains in the target.
    """
    source = open_database(source_url, purpose="copy")
    target = open_database(target_url, purpose="copy")
    counts: dict[str, int] = {}
    try:
        # SQLite: the write lock, so no relay writes meanwhile. PostgreSQL: one snapshot.
        read_only = source.dialect == "postgresql"
        with (
            source.transaction("cannot read the source", read_only=read_only),
            target.transaction("cannot write the target"),
        ):
            for table in ("events", "agents", "inbox", "sends"):
                if target.execute(f"SELECT count(*) FROM {table}").fetchone()[0]:
                    raise StorageError(
                        f"{redact(target_url)} already holds a relay's data ({table}); "
                        "copy into an empty database",
                        transient=False,
                    )
            for table, columns in TABLES:
                counts[table] = _copy(source, target, table, columns, "")
                report(table, counts[table])
            # What the source processed is in its events; only the rest is still to do.
            processed = int(source.value("processed")) if source.dialect == "sqlite" else 0
            counts["inbox"] = _copy(
                source, target, "inbox", "id, received_at, body", f"WHERE id > {processed}"
            )
            report("inbox", counts["inbox"])
            for name in ("epoch", "floor"):
                target.execute("UPDATE meta SET value=? WHERE name=?", (source.value(name), name))
            if target.dialect == "sqlite":
                # The new inbox rows are all unprocessed.
                target.execute("UPDATE meta SET value='0' WHERE name='processed'")
            else:
                for table in ("inbox", "deliveries"):
                    # Rows came with their ids; new ones must be numbered after them.
                    target.execute(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)"
                    )
    finally:
        source.close()
        target.close()
    return counts


def _copy(source: Database, target: Database, table: str, columns: str, where: str) -> int:
    marks = ", ".join("?" for _ in columns.split(","))
    insert = f"INSERT INTO {table} ({columns}) VALUES ({marks})"
    cursor = source.execute(f"SELECT {columns} FROM {table} {where} ORDER BY 1")
    copied = 0
    while rows := cursor.fetchmany(BATCH):
        target.execute_many(insert, rows)
        copied += len(rows)
    return copied
