"""The desktop's engine (network and cache, headless) against the real relay and simulator."""

from __future__ import annotations

import base64
import contextlib
import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from harness import (
    ROOT,
    Desk,
    MetaSimProcess,
    RelayProcess,
    fill_up,
    not_a_relay,
    running_relay,
)

from demo.showcase import png
from desktop.account_state import AccountNotice
from desktop.cache import Cache, Changes, ConversationRow, MessageRow
from desktop.engine import ConnectionState, Engine
from metasim import payloads
from wire.content import Media
from wire.frames import OLDEST_DESKTOP, OLDEST_PROTOCOL, PROTOCOL, HelloFrame, PresenceNotice

pytestmark = pytest.mark.sqlite_only("a desktop suite: the relay is a fixture")

CUSTOMER = "5215512345678"


class Recorder:
    """A Listener that keeps everything, for tests to wait on."""

    def __init__(self) -> None:
        self.lock = threading.Condition()
        self.states: list[ConnectionState] = []
        self.messages: dict[int, MessageRow] = {}
        self.history: list[MessageRow] = []
        self.conversations: dict[str, ConversationRow] = {}
        self.progress_seen: list[tuple[int, int]] = []
        self.resyncs: list[str] = []
        self.identities: list[tuple[str, str]] = []
        self.accounts: list[list[AccountNotice]] = []
        self.presence: list[PresenceNotice] = []
        self.hellos: list[HelloFrame] = []

    def _note(self, fn: Callable[[], None]) -> None:
        with self.lock:
            fn()
            self.lock.notify_all()

    def on_state(self, state: ConnectionState) -> None:
        self._note(lambda: self.states.append(state))

    def on_conversations(self, rows: list[ConversationRow]) -> None:
        self._note(lambda: self.conversations.update({r.id: r for r in rows}))

    def on_changes(self, changes: Changes, rows: list[ConversationRow]) -> None:
        def note() -> None:
            for row in changes.messages:
                self.messages[row.id] = row
                self.history.append(row)
            self.conversations.update({r.id: r for r in rows})

        self._note(note)

    def on_progress(self, done: int, total: int) -> None:
        self._note(lambda: self.progress_seen.append((done, total)))

    def on_resync(self, reason: str) -> None:
        self._note(lambda: self.resyncs.append(reason))

    def on_identity(self, agent: str, role: str) -> None:
        self._note(lambda: self.identities.append((agent, role)))

    def on_account(self, notices: list[AccountNotice]) -> None:
        self._note(lambda: self.accounts.append(notices))

    def on_presence(self, notice: PresenceNotice) -> None:
        self._note(lambda: self.presence.append(notice))

    def on_hello(self, hello: HelloFrame) -> None:
        self._note(lambda: self.hellos.append(hello))

    def wait(self, predicate: Callable[[], Any], timeout: float = 15.0) -> Any:
        deadline = time.monotonic() + timeout
        with self.lock:
            while not (result := predicate()):
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"timed out; states {self.states[-5:]}")
                self.lock.wait(left)
            return result

    @property
    def phase(self) -> str:
        return self.states[-1].phase if self.states else ""


@pytest.fixture
def desk(relay: RelayProcess, tmp_path: Path) -> Iterator[tuple[Engine, Recorder]]:
    recorder = Recorder()
    engine = Engine(
        tmp_path / "cache.db", relay.url, relay.add_agent("Ana"), recorder, every_row=True
    )
    engine.start()
    yield engine, recorder
    engine.stop()


def test_a_customer_message_arrives_live(
    relay: RelayProcess, sim: MetaSimProcess, desk: tuple[Engine, Recorder]
) -> None:
    _, seen = desk
    seen.wait(lambda: seen.phase == "live")
    sim.customer_says(CUSTOMER, "¿Tienen talla M?", name="Lucía")
    row = seen.wait(lambda: next(iter(seen.messages.values()), None))
    assert (row.conversation, row.text, row.direction, row.origin) == (
        CUSTOMER,
        "¿Tienen talla M?",
        "in",
        "customer",
    )
    conversation = seen.wait(lambda: seen.conversations.get(CUSTOMER))
    assert conversation.title == "Lucía"
    assert conversation.unread == 1


def test_a_reply_shows_pending_at_once_then_is_confirmed_and_ticks_advance(
    relay: RelayProcess, sim: MetaSimProcess, desk: tuple[Engine, Recorder]
) -> None:
    engine, seen = desk
    seen.wait(lambda: seen.phase == "live")
    sim.customer_says(CUSTOMER, "Hola")
    seen.wait(lambda: seen.messages)
    client_id = engine.send_text(CUSTOMER, "¡Hola! ¿En qué le ayudo?")
    mine = [r for r in seen.wait(lambda: [r for r in seen.history if r.client_id == client_id])]
    assert mine[0].status == "pending"  # shown before the relay answered
    row_id = mine[0].id
    seen.wait(lambda: seen.messages[row_id].status == "read")
    final = seen.messages[row_id]
    assert final.wamid and final.wamid.startswith("wamid.")
    assert final.agent == "Ana"
    statuses = [r.status for r in seen.history if r.id == row_id]
    assert statuses[0] == "pending" and statuses[-1] == "read"
    assert statuses == sorted(statuses, key=["pending", "sent", "delivered", "read"].index)
    assert len(sim.report()["sent"]) == 1
    assert len({r.id for r in seen.history if r.client_id == client_id}) == 1  # never two rows


def test_offline_replies_wait_in_the_outbox_and_go_out_exactly_once(
    relay: RelayProcess, sim: MetaSimProcess, tmp_path: Path
) -> None:
    token = relay.add_agent("Ana")
    sim.customer_says(CUSTOMER, "¿Siguen abiertos?")
    time.sleep(0.5)
    relay.stop()
    seen = Recorder()
    engine = Engine(tmp_path / "cache.db", relay.url, token, seen, every_row=True)
    engine.start()
    try:
        seen.wait(lambda: seen.phase == "waiting")
        client_id = engine.send_text(CUSTOMER, "Sí, hasta las 8")
        seen.wait(lambda: any(r.client_id == client_id for r in seen.history))
        engine.stop()  # the app is closed while offline
        assert [item.client_id for item in Cache(tmp_path / "cache.db").outbox()] == [client_id]
        relay.start()
        seen = Recorder()
        engine = Engine(tmp_path / "cache.db", relay.url, token, seen, every_row=True)
        engine.start()
        engine.reconnect_now()
        seen.wait(lambda: any(r.client_id == client_id and r.wamid for r in seen.history))
        time.sleep(1.0)
        assert [s["request"]["text"]["body"] for s in sim.report()["sent"]] == ["Sí, hasta las 8"]
        assert Cache(tmp_path / "cache.db").outbox() == []
    finally:
        engine.stop()


def test_a_relay_restart_mid_stream_loses_and_doubles_nothing(
    relay: RelayProcess, desk: tuple[Engine, Recorder], tmp_path: Path
) -> None:
    engine, seen = desk
    seen.wait(lambda: seen.phase == "live")
    sent: list[str] = []
    for i in range(60):
        if i == 30:
            relay.kill()
            relay.start()
        body = payloads.text_message(f"52155000{i:05d}", f"mensaje {i}")
        sent.append(body["entry"][0]["changes"][0]["value"]["messages"][0]["id"])
        assert relay.post(body).status_code == 200
    seen.wait(lambda: len(seen.messages) >= 60, timeout=40)
    time.sleep(0.5)
    engine.stop()
    cache = Cache(tmp_path / "cache.db")
    assert cache.message_count() == 60
    wamids = sorted(r.wamid for r in seen.messages.values() if r.wamid)
    assert wamids == sorted(sent)
    phases = [s.phase for s in seen.states]
    assert "waiting" in phases and phases[-2:] == ["live", "stopped"]


def test_a_new_relay_database_triggers_a_visible_resync(
    relay: RelayProcess, desk: tuple[Engine, Recorder], tmp_path: Path
) -> None:
    engine, seen = desk
    seen.wait(lambda: seen.phase == "live")
    assert relay.post(payloads.text_message(CUSTOMER, "antes")).status_code == 200
    seen.wait(lambda: seen.messages)
    # The relay's database is replaced (a new epoch); the agent keeps their token.
    with sqlite3.connect(relay.data_dir / "relay.db") as db:
        agents = db.execute("SELECT * FROM agents").fetchall()
    relay.stop()
    for name in os.listdir(relay.data_dir):
        if name.startswith("relay.db"):
            (relay.data_dir / name).unlink()
    assert relay.cli("agent", "list", "--create").returncode == 0  # the new database
    with sqlite3.connect(relay.data_dir / "relay.db") as db:
        marks = ", ".join("?" for _ in agents[0])
        db.executemany(f"INSERT INTO agents VALUES ({marks})", agents)
    relay.start()
    assert relay.post(payloads.text_message(CUSTOMER, "después")).status_code == 200
    engine.reconnect_now()
    seen.wait(lambda: seen.resyncs == ["epoch_changed"])
    seen.wait(lambda: any(r.text == "después" for r in seen.messages.values()))
    seen.wait(lambda: seen.phase == "live")
    engine.stop()
    cache = Cache(tmp_path / "cache.db")
    assert [r.text for r in cache.page(CUSTOMER, None, 10)] == ["después"]


def test_catch_up_reports_progress(relay: RelayProcess, tmp_path: Path) -> None:
    token = relay.add_agent("Ana")
    for i in range(12):
        relay.post(payloads.batch(100, phone_base=5215500000000 + i * 1000))
    relay.settle(token)
    seen = Recorder()
    engine = Engine(tmp_path / "cache.db", relay.url, token, seen, every_row=True)
    engine.start()
    try:
        seen.wait(lambda: seen.phase == "live", timeout=30)
        assert seen.progress_seen[0] == (0, 1200)
        assert seen.progress_seen[-1] == (1200, 1200)
        assert len(seen.progress_seen) > 2  # several batches, each reported
        assert len(seen.messages) == 1200
    finally:
        engine.stop()


def test_tail_prints_live_events(relay: RelayProcess, sim: MetaSimProcess) -> None:
    token = relay.add_agent("Ana")
    sim.customer_says(CUSTOMER, "¿Hay envío gratis?", name="Rosa")
    time.sleep(0.5)
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "tail", "--relay", relay.url, "--seconds", "2"],
        env={**os.environ, "PUENTE_TOKEN": token, "LANG": "C.UTF-8", "LC_ALL": "", "LANGUAGE": ""},
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 0, done.stderr
    assert "← Rosa (customer) ¿Hay envío gratis?" in done.stdout
    assert "· live: what arrives shows here" in done.stdout
    # In a Spanish shell, in Spanish (the same .ts files as the window, read without Qt).
    shell = {"PUENTE_TOKEN": token, "LANG": "es_MX.UTF-8", "LC_ALL": "", "LANGUAGE": ""}
    spanish = subprocess.run(
        [sys.executable, "-m", "desktop", "tail", "--relay", relay.url, "--seconds", "1"],
        env={**os.environ, **shell},
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert "← Rosa (cliente) ¿Hay envío gratis?" in spanish.stdout
    assert "· en vivo: lo que llega se muestra aquí" in spanish.stdout


def test_a_server_that_is_not_a_relay_is_retried_not_fatal() -> None:
    seen = Recorder()
    with not_a_relay() as url:
        engine = Engine(":memory:", url, "x", seen)
        engine.start()
        try:
            state = seen.wait(lambda: next((s for s in seen.states if s.phase == "waiting"), None))
            assert state.detail == "ProtocolError"
            engine.reconnect_now()
            seen.wait(lambda: [s.phase for s in seen.states].count("waiting") >= 2)
        finally:
            engine.stop()


def test_a_full_disk_stops_the_engine_visibly_until_the_agent_retries_and_loses_nothing(
    relay: RelayProcess, sim: MetaSimProcess, tiny_disk: Path
) -> None:
    seen = Recorder()
    token = relay.add_agent("Ana")
    engine = Engine(tiny_disk / "cache.db", relay.url, token, seen, every_row=True)
    engine.start()
    try:
        seen.wait(lambda: seen.phase == "live")
        filler = fill_up(tiny_disk)
        wamids = [sim.customer_says(CUSTOMER, f"{n} " + "¿Hay stock? " * 300) for n in range(40)]
        failed = seen.wait(lambda: next((s for s in seen.states if s.phase == "failed"), None))
        assert failed.detail == "disk"
        # Not retried on its own: the engine waits for the agent, however long.
        time.sleep(1.5)
        assert seen.phase == "failed"
        assert sum(s.phase == "failed" for s in seen.states) == 1
        filler.unlink()
        engine.reconnect_now()
        seen.wait(lambda: seen.phase == "live")
        arrived = seen.wait(lambda: {r.wamid for r in seen.history} >= set(wamids) or None)
        assert arrived
        rows = [r for r in seen.messages.values() if r.wamid in set(wamids)]
        assert len(rows) == len(wamids)  # every message once, none doubled
    finally:
        engine.stop()


class FailingOnce(Recorder):
    """A listener with a bug: its first report of changes raises."""

    def __init__(self) -> None:
        super().__init__()
        self.raised = False

    def on_changes(self, changes: Changes, rows: list[ConversationRow]) -> None:
        if not self.raised and changes.messages:
            self.raised = True
            raise RuntimeError("a bug in a report's receiver")
        super().on_changes(changes, rows)


def test_our_own_failure_is_shown_and_logged_not_taken_for_a_dropped_connection(
    relay: RelayProcess,
    sim: MetaSimProcess,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    seen = FailingOnce()
    token = relay.add_agent("Ana")
    engine = Engine(tmp_path / "cache.db", relay.url, token, seen, every_row=True)
    engine.start()
    try:
        seen.wait(lambda: seen.phase == "live")
        sim.customer_says(CUSTOMER, "Hola")
        failed = seen.wait(lambda: next((s for s in seen.states if s.phase == "failed"), None))
        assert failed.detail == "bug"
        assert not any(s.phase == "waiting" for s in seen.states)
        logged = [r for r in caplog.records if r.getMessage() == "the engine failed"]
        assert logged and logged[0].exc_info is not None  # with its traceback
        time.sleep(1.0)
        assert seen.phase == "failed"
        engine.reconnect_now()
        seen.wait(lambda: seen.phase == "live")
        sim.customer_says(CUSTOMER, "¿Siguen abiertos?")
        seen.wait(lambda: any(r.text == "¿Siguen abiertos?" for r in seen.history))
    finally:
        engine.stop()


def test_media_is_fetched_once_into_the_media_folder(
    relay: RelayProcess, sim: MetaSimProcess, desk: tuple[Engine, Recorder]
) -> None:
    engine, seen = desk
    seen.wait(lambda: seen.phase == "live")
    picture = png()
    sim.customer_says(
        CUSTOMER, "", media={"mime_type": "image/png", "data": base64.b64encode(picture).decode()}
    )
    row = seen.wait(lambda: next(iter(seen.messages.values()), None))
    assert isinstance(row.content, Media) and row.content.media_id
    first = engine.fetch_media(row.content.media_id).result(timeout=15)
    assert (first.media_id, first.error) == (row.content.media_id, "")
    assert Path(first.path).read_bytes() == picture and Path(first.path).parent == engine.media_dir
    lookups = sim.report()["media_lookups"]
    again = engine.fetch_media(row.content.media_id).result(timeout=15)
    assert again == first and sim.report()["media_lookups"] == lookups  # not asked again
    outside = engine.fetch_media("../../etc/passwd").result(timeout=15)  # never a path there
    assert outside.path == "" and outside.error == "http_404"  # no such route, let alone file
    assert sorted(p.name for p in engine.media_dir.iterdir()) == [Path(first.path).name]


def test_fetched_media_stays_within_its_budget_and_uploads_are_never_dropped(
    tmp_path: Path,
) -> None:
    engine = Engine(tmp_path / "cache.db", "http://127.0.0.1:9", "x", Recorder(), media_budget=250)
    folder = engine.media_dir
    folder.mkdir()
    for age, name in enumerate(("old", "middle", "new")):
        (folder / name).write_bytes(b"x" * 100)
        os.utime(folder / name, (1_700_000_000 + age, 1_700_000_000 + age))
    (folder / "upload-1.png").write_bytes(b"u" * 1000)  # waiting in the outbox
    assert engine.trim_media() == 100
    assert sorted(p.name for p in folder.iterdir()) == ["middle", "new", "upload-1.png"]
    assert engine.trim_media() == 0  # within the budget now


def test_the_engine_says_what_its_agent_does_and_hears_the_others(
    relay: RelayProcess, desk: tuple[Engine, Recorder]
) -> None:
    engine, seen = desk
    seen.wait(lambda: seen.phase == "live")
    luis = Desk(relay, relay.add_agent("Luis"))
    luis.until_live()
    engine.set_presence(CUSTOMER, "typing")
    luis.until_presence(lambda notices: any(n.agent == "Ana" for n in notices))
    assert (luis.presence[-1].conversation, luis.presence[-1].state) == (CUSTOMER, "typing")
    engine.set_presence("5215599999999", "viewing")  # elsewhere: the first one ends
    luis.until_presence(lambda notices: notices[-1].conversation == "5215599999999")
    assert [(n.conversation, n.state) for n in luis.presence] == [
        (CUSTOMER, "typing"), (CUSTOMER, "idle"), ("5215599999999", "viewing"),
    ]  # fmt: skip
    luis.say(CUSTOMER, "viewing")
    notice = seen.wait(lambda: seen.presence and seen.presence[-1])
    assert (notice.agent, notice.conversation, notice.state) == ("Luis", CUSTOMER, "viewing")


# The last commit whose relay knew nothing of versions: a real old relay, not a stand-in.
RELAY_BEFORE_VERSIONS = "0642e1b9d2766d3552e1e94ad3cf4d0b6d11bed4"


@contextlib.contextmanager
def desk_on_relay(tmp_path: Path, env: dict[str, str], says: str) -> Iterator[Recorder]:
    """A relay started with `env`, a customer who `says` something, and a desktop's
    engine live on it, with the message in."""
    (tmp_path / "relay").mkdir()
    with running_relay(tmp_path / "relay", extra_env=env) as relay:
        token = relay.add_agent("Ana")
        meta = MetaSimProcess(relay)
        meta.customer_says(CUSTOMER, says)
        seen = Recorder()
        engine = Engine(tmp_path / "cache.db", relay.url, token, seen, every_row=True)
        engine.start()
        try:
            seen.wait(lambda: seen.phase == "live" and seen.messages)
            yield seen
        finally:
            engine.stop()
            meta.stop()


def test_a_desktop_hears_the_relays_protocol_and_the_release_it_offers(tmp_path: Path) -> None:
    offered = {
        "DESKTOP_LATEST_VERSION": "9.4.0",
        "DESKTOP_DOWNLOAD_URL": "https://puente.example/descargas",
    }
    with desk_on_relay(tmp_path, offered, "Hola") as seen:
        (hello,) = seen.hellos
        assert hello == HelloFrame(
            PROTOCOL, OLDEST_PROTOCOL, OLDEST_DESKTOP, "9.4.0",
            "https://puente.example/descargas", update_required=False,
        )  # fmt: skip


def test_a_desktop_older_than_the_relay_serves_is_told_to_update_and_applies_nothing(
    relay: RelayProcess, sim: MetaSimProcess, tmp_path: Path
) -> None:
    token = relay.add_agent("Ana")
    sim.customer_says(CUSTOMER, "¿Me atienden?")
    time.sleep(0.5)
    seen = Recorder()
    old = Engine(
        tmp_path / "cache.db", relay.url, token, seen, version="0.0.1",
        protocol=OLDEST_PROTOCOL - 1,
    )  # fmt: skip
    old.start()
    try:
        seen.wait(lambda: seen.phase == "outdated")
        assert [h.update_required for h in seen.hellos] == [True]
        time.sleep(1.5)  # it does not try again: only a newer desktop can help
        assert [s.phase for s in seen.states].count("connecting") == 1
        assert seen.phase == "outdated"
    finally:
        old.stop()
    assert Cache(tmp_path / "cache.db").message_count() == 0


def test_a_desktop_against_a_relay_from_before_versions_still_works(tmp_path: Path) -> None:
    old = tmp_path / "old-relay"
    old.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", RELAY_BEFORE_VERSIONS, "relay", "wire"],
        capture_output=True,
    )
    if archive.returncode != 0:
        pytest.skip(f"this checkout lacks the history to build an old relay: {archive.stderr!r}")
    subprocess.run(["tar", "-x", "-C", str(old)], input=archive.stdout, check=True)
    # The old relay's code first on the path: `python -m relay` runs it, with today's
    # installed libraries.
    with desk_on_relay(tmp_path, {"PYTHONPATH": str(old)}, "¿Tienen envío?") as seen:
        assert seen.hellos == []  # an old relay says nothing of versions
        assert [r.text for r in seen.messages.values()] == ["¿Tienen envío?"]
