"""kill -9 under load, and a full disk: every acknowledged delivery survives, none is doubled."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import httpx
import pytest
from harness import (
    POSTGRES_ADMIN_URL,
    Desk,
    RelayProcess,
    create_postgres_database,
    running_relay,
)

from metasim import payloads
from relay.database import PostgresDatabase


def post_until_stopped(relay: RelayProcess, acked: list[str], stop: threading.Event) -> None:
    """Post unique messages; remember the wamids that got a 200."""
    with httpx.Client(base_url=relay.url, timeout=5) as client:
        while not stop.is_set():
            wamid = payloads.new_wamid("K")
            body = payloads.encode(payloads.text_message("5215500000030", "¿Llegó?", wamid=wamid))
            try:
                response = client.post(
                    "/api/whatsapp/webhook",
                    content=body,
                    headers={
                        "X-Hub-Signature-256": payloads.sign(relay.env["WHATSAPP_APP_SECRET"], body)
                    },
                )
            except httpx.TransportError:
                time.sleep(0.02)  # the relay is down: Meta would retry later
                continue
            if response.status_code == 200:
                acked.append(wamid)


@pytest.mark.slow
def test_kill_9_under_load_loses_and_doubles_nothing(relay: RelayProcess) -> None:
    token = relay.add_agent("Ana")
    watcher = Desk(relay, token)
    watcher.until_live()
    acked: list[str] = []
    stop = threading.Event()
    posters = [
        threading.Thread(target=post_until_stopped, args=(relay, acked, stop)) for _ in range(8)
    ]
    for thread in posters:
        thread.start()
    time.sleep(1.5)
    relay.kill()
    acked_before_kill = len(acked)
    relay.start()  # the same database, as a supervisor would restart it
    time.sleep(1.0)
    stop.set()
    for thread in posters:
        thread.join()
    assert acked_before_kill > 50, "the load never got going"

    events = relay.all_events(token)
    wamids = [e["data"]["wamid"] for e in events]
    assert len(wamids) == len(set(wamids)), "an event was doubled"
    assert set(acked) <= set(wamids), "an acknowledged delivery was lost"
    assert [e["seq"] for e in events] == list(range(1, len(events) + 1))

    # The desk that was live when the relay died resumes from its last seq.
    cursor = watcher.events[-1].seq if watcher.events else 0
    resumed = Desk(relay, token, after=cursor)
    resumed.until_live()
    streamed = [e.seq for e in watcher.events] + [e.seq for e in resumed.events]
    assert streamed == list(range(1, len(events) + 1)), "streamed not exactly once"
    resumed.close()


@pytest.mark.sqlite_only("a full disk under PostgreSQL is the server's, not the relay's")
def test_full_disk_answers_503_and_loses_nothing(tiny_disk: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tiny_disk / 'relay.db'}"
    with running_relay(tmp_path, extra_env={"DATABASE_URL": url, "LOG_LEVEL": "info"}) as relay:
        token = relay.add_agent("Ana")
        filler = tiny_disk / "filler"
        filler.write_bytes(b"\0" * (2 * 1024 * 1024))
        acked, refused = [], []
        for i in range(200):
            body = payloads.batch(20, phone_base=5215500100000 + i * 100, body="relleno " * 40)
            response = relay.post(body)
            assert response.status_code in (200, 503), response.text
            (acked if response.status_code == 200 else refused).append(body)
            if len(refused) >= 3:
                break
        assert refused, "the disk never filled up"
        assert relay.http.get("/healthz").status_code == 200
        filler.unlink()  # space comes back; Meta retries what got 503
        for body in refused:
            assert relay.post(body).status_code == 200
        wamids = [e["data"]["wamid"] for e in relay.all_events(token)]
        sent = [
            m["id"]
            for body in acked + refused
            for entry in body["entry"]
            for change in entry["changes"]
            for m in change["value"]["messages"]
        ]
        assert sorted(wamids) == sorted(sent)
    log = relay.log()
    assert "answering 503 so Meta retries" in log
    assert "relleno" not in log  # the failure is logged, never the customer's words


def test_a_delivery_that_cannot_be_stored_is_quarantined_not_blocking(relay: RelayProcess) -> None:
    """A database-level fault on one delivery's events: it is kept raw, the rest flow on."""
    token = relay.add_agent("Ana")
    if relay.store == "sqlite":
        relay.sql(
            "CREATE TRIGGER poison BEFORE INSERT ON events WHEN NEW.key LIKE 'msg:wamid.POISON%' "
            "BEGIN SELECT RAISE(ABORT, 'poisoned for the test'); END"
        )
    else:
        relay.sql(
            "CREATE FUNCTION poison() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF NEW.key LIKE 'msg:wamid.POISON%' THEN RAISE 'poisoned for the test'; END IF; "
            "RETURN NEW; END $$"
        )
        relay.sql(
            "CREATE TRIGGER poison BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION poison()"
        )
    bodies = [
        payloads.text_message("5215500000040", "antes"),
        payloads.text_message("5215500000041", "veneno", wamid="wamid.POISON1"),
        payloads.text_message("5215500000042", "después"),
    ]
    for body in bodies:
        assert relay.post(body).status_code == 200  # accepting never depended on processing
    events = relay.events(token)["events"]
    assert [e["data"].get("text") for e in events if e["kind"] == "message"] == ["antes", "después"]
    (quarantined,) = [e for e in events if e["kind"] == "unknown"]
    assert quarantined["data"]["reason"] == "processing_failed"
    assert "poisoned for the test" in quarantined["data"]["detail"]
    ((raw,),) = relay.sql("SELECT body FROM deliveries")
    assert b"wamid.POISON1" in bytes(raw)
    assert "quarantining inbox delivery" in relay.log()


@pytest.mark.postgresql_only
def test_commits_wait_for_the_disk_whatever_the_database_says(store_kind: str) -> None:
    # A database (or role) set to synchronous_commit=off would make COMMIT, and so
    # Meta's 200, come before the WAL's flush: the relay's sessions set it back on.
    url = create_postgres_database()
    name = url.rsplit("/", 1)[1]
    import psycopg  # noqa: PLC0415

    with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as admin:
        admin.execute(f"ALTER DATABASE {name} SET synchronous_commit = off")
    with psycopg.connect(url) as plain:
        assert plain.execute("SHOW synchronous_commit").fetchone() == ("off",)
    db = PostgresDatabase(url)
    try:
        assert db.execute("SHOW synchronous_commit").fetchone() == ("on",)
        db.conn.close()  # a dropped connection comes back with it on as well
        db.begin()
        assert db.execute("SHOW synchronous_commit").fetchone() == ("on",)
        db.rollback()
    finally:
        db.close()
