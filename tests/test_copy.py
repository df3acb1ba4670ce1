"""`python -m relay copy-to`: a SQLite relay moved to PostgreSQL and back, desktops unaware."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from harness import Desk, RelayProcess, create_postgres_database
from test_instances import wait_until

from metasim import payloads
from wire import LiveFrame

pytestmark = pytest.mark.postgresql_only


def test_a_sqlite_relay_moves_to_postgresql_keeping_epoch_seqs_tokens_and_inbox(
    tmp_path: Path, store_kind: str
) -> None:
    assert store_kind == "postgresql"
    old = RelayProcess(tmp_path / "old", store="sqlite")
    (tmp_path / "old").mkdir()
    old.start()
    token = old.add_agent("Ana")
    old.add_agent("Beto")
    old.cli("agent", "revoke", "Beto")
    for n in range(30):
        assert old.post(payloads.text_message("5215500000060", f"mensaje {n}")).status_code == 200
    assert old.post(b'{"object": "whatsapp_business_account", "entry": 7}').status_code == 200
    old.settle(token)
    before = old.events(token)
    desk = Desk(old, token)
    desk.until_live()
    old.stop()
    # Accepted by Meta's 200, not processed yet when the relay stopped.
    body = payloads.encode(payloads.text_message("5215500000060", "en la bandeja", wamid="wamid.T"))
    old.sql("INSERT INTO inbox (received_at, body) VALUES (?, ?)", (int(time.time()), body))

    target = create_postgres_database()
    done = old.cli("copy-to", target)
    assert done.returncode == 0, done.stderr
    assert "events: 31 rows" in done.stdout and "inbox: 1 rows" in done.stdout
    again = old.cli("copy-to", target)
    assert again.returncode == 2
    assert "already holds a relay's data" in again.stderr

    (tmp_path / "new").mkdir()
    new = RelayProcess(tmp_path / "new", store="postgresql", database_url=target).start()
    try:
        wait_until(lambda: new.events(token)["head"] == 32, 5, "the inbox was not processed")
        after = new.events(token)
        assert after["epoch"] == before["epoch"]
        assert after["events"][:31] == before["events"]
        assert after["events"][31]["data"]["wamid"] == "wamid.T"
        # The desktop resumes from its cursor: no resync, just what is new.
        resumed = Desk(new, token, epoch=before["epoch"], after=desk.events[-1].seq)
        assert resumed.until_live() == 32
        assert [e.seq for e in resumed.events] == [32]
        # Revoked stays revoked; the raw body of the unreadable delivery came along.
        assert new.http.get("/api/events", headers={"Authorization": "Bearer x"}).status_code == 401
        assert "Beto\trevoked" in new.cli("agent", "list").stdout
        assert len(new.sql("SELECT id FROM deliveries")) == 1
        assert new.post(payloads.text_message("5215500000060", "nuevo")).status_code == 200
        wait_until(lambda: new.events(token)["head"] == 33, 5, "a new delivery was not stored")
        final = new.events(token)
    finally:
        new.stop()

    # And back: PostgreSQL into a new SQLite file.
    (tmp_path / "back").mkdir()
    back = RelayProcess(tmp_path / "back", store="sqlite")
    done = new.cli("copy-to", back.database_url)
    assert done.returncode == 0, done.stderr
    back.start()
    try:
        assert back.events(token) == final
        current = Desk(back, token, epoch=final["epoch"], after=33)
        assert isinstance(current.read(), LiveFrame)
    finally:
        back.stop()
