"""Two relay processes on one PostgreSQL database, behind one address as far as Meta knows.

Webhooks split between them reach desktops on either in one seq order; dedupe
and client_id hold across them; kill -9 of one mid-stream loses nothing; a
lost notification connection is made good from the log.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from harness import Desk, MetaSimProcess, RelayProcess, running_relay
from test_durability import post_until_stopped

from metasim import payloads

pytestmark = pytest.mark.postgresql_only
CUSTOMER = "5215512345678"


@pytest.fixture
def pair(tmp_path: Path, store_kind: str) -> Iterator[tuple[RelayProcess, RelayProcess]]:
    """Two instances of the relay on one fresh PostgreSQL database, and one Meta for both."""
    assert store_kind == "postgresql"
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    # A send stays in flight as long as Meta holds it (the simulator's "timeout" fault).
    env = {"LOG_LEVEL": "info", "GRAPH_TIMEOUT_SECONDS": "30"}
    with running_relay(tmp_path / "a", store="postgresql", extra_env=env) as a:
        graph = {**env, "GRAPH_API_BASE": a.env["GRAPH_API_BASE"]}
        with running_relay(
            tmp_path / "b", store="postgresql", database_url=a.database_url, extra_env=graph
        ) as b:
            yield a, b


@pytest.fixture
def meta(pair: tuple[RelayProcess, RelayProcess]) -> Iterator[MetaSimProcess]:
    """Meta for both instances, delivering its webhooks to the first."""
    process = MetaSimProcess(pair[0])
    yield process
    process.stop()


def send(relay: RelayProcess, token: str, client_id: str) -> httpx.Response:
    """An agent's "Sí" to CUSTOMER, as a desktop (or its retry) posts it."""
    with httpx.Client(base_url=relay.url, timeout=30) as client:
        return client.post(
            "/api/messages",
            json={"client_id": client_id, "to": CUSTOMER, "text": "Sí"},
            headers={"Authorization": f"Bearer {token}"},
        )


def wamids_of(events: list[dict[str, object]]) -> list[str]:
    return [str(e["data"]["wamid"]) for e in events if e["kind"] == "message"]  # type: ignore[index]


def wait_until(check: object, timeout: float, message: str) -> None:
    deadline = time.monotonic() + timeout
    while not check():  # type: ignore[operator]
        assert time.monotonic() < deadline, message
        time.sleep(0.1)


def test_webhooks_split_between_instances_reach_every_desktop_in_one_order(
    pair: tuple[RelayProcess, RelayProcess],
) -> None:
    a, b = pair
    token = a.add_agent("Ana")  # the CLI on one instance: the other knows her at once
    desks = [Desk(a, token), Desk(b, token), Desk(b, token)]
    for desk in desks:
        assert desk.until_live() == 0
    sent: list[str] = []
    lock = threading.Lock()

    def post(relay: RelayProcess, count: int) -> None:
        for _ in range(count):
            wamid = payloads.new_wamid("S")
            assert (
                relay.post(payloads.text_message("5215500000050", "hola", wamid=wamid)).status_code
                == 200
            )
            with lock:
                sent.append(wamid)

    threads = [threading.Thread(target=post, args=(relay, 60)) for relay in (a, b, a, b)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for desk in desks:
        desk.until_seq(len(sent), timeout=15)
    orders = [[(e.seq, e.key) for e in desk.events] for desk in desks]
    assert orders[0] == orders[1] == orders[2], "desktops on different instances disagree"
    assert [seq for seq, _ in orders[0]] == list(range(1, len(sent) + 1))
    assert sorted(key.removeprefix("msg:") for _, key in orders[0]) == sorted(sent)
    # Either instance's log reads the same.
    assert a.all_events(token) == b.all_events(token)


def test_dedupe_and_client_ids_hold_across_instances(
    pair: tuple[RelayProcess, RelayProcess], meta: MetaSimProcess
) -> None:
    a, b = pair
    token = a.add_agent("Ana")
    body = payloads.text_message(CUSTOMER, "¿hay stock?")
    # Meta retries a delivery; the retry may reach the other instance.
    assert a.post(body).status_code == 200
    assert b.post(body).status_code == 200
    wait_until(lambda: a.events(token)["head"] >= 1, 5, "the message never arrived")
    time.sleep(0.5)
    assert len(a.all_events(token)) == 1

    client_id = str(uuid.uuid4())
    answers: list[httpx.Response] = []
    # A desktop retrying through the load balancer lands on both at once.
    threads = [
        threading.Thread(target=lambda r=relay: answers.append(send(r, token, client_id)))
        for relay in (a, b, a, b)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(meta.report()["sent"]) == 1, "one client_id was sent twice"
    statuses = sorted(answer.status_code for answer in answers)
    assert statuses[0] in (200, 201) and set(statuses) <= {200, 201, 202, 409}, statuses
    # Once settled, every instance answers with the same message.
    again = [send(relay, token, client_id) for relay in (a, b)]
    assert [answer.status_code for answer in again] == [200, 200]
    assert again[0].json()["event"] == again[1].json()["event"]


@pytest.mark.slow
def test_kill_9_of_one_instance_mid_stream_loses_and_doubles_nothing(
    pair: tuple[RelayProcess, RelayProcess],
) -> None:
    a, b = pair
    token = a.add_agent("Ana")
    on_a, on_b = Desk(a, token), Desk(b, token)
    on_a.until_live()
    on_b.until_live()
    acked: list[str] = []
    stop = threading.Event()
    posters = [
        threading.Thread(target=post_until_stopped, args=(relay, acked, stop))
        for relay in (a, b, a, b)
    ]
    for thread in posters:
        thread.start()
    time.sleep(1.5)
    a.kill()  # its acknowledged, unprocessed deliveries are b's to adopt
    time.sleep(1.0)
    stop.set()
    for thread in posters:
        thread.join()
    assert len(acked) > 100, "the load never got going"

    wait_until(
        lambda: set(acked) <= set(wamids_of(b.all_events(token))),
        20,
        "an acknowledged delivery was lost with the instance that took it",
    )
    events = b.all_events(token)
    wamids = wamids_of(events)
    assert len(wamids) == len(set(wamids)), "an event was doubled"
    assert [e["seq"] for e in events] == list(range(1, len(events) + 1))

    # The desktop on the dead instance resumes on the other; each seq arrives once.
    on_b.until_seq(len(events), timeout=10)
    assert [e.seq for e in on_b.events] == list(range(1, len(events) + 1))
    cursor = on_a.events[-1].seq if on_a.events else 0
    moved = Desk(b, token, after=cursor)
    moved.until_live()
    assert [e.seq for e in on_a.events] + [e.seq for e in moved.events] == list(
        range(1, len(events) + 1)
    )


def test_a_dead_instances_unprocessed_deliveries_are_adopted(
    pair: tuple[RelayProcess, RelayProcess],
) -> None:
    a, b = pair
    token = a.add_agent("Ana")
    # What an instance leaves when it dies between Meta's 200 and processing.
    body = payloads.encode(
        payloads.text_message("5215500000053", "¿me oyen?", wamid="wamid.ORPHAN")
    )
    a.sql("INSERT INTO inbox (received_at, body) VALUES (?, ?)", (int(time.time()) - 60, body))
    wait_until(lambda: a.events(token)["head"] == 1, 10, "the orphaned delivery was never adopted")
    assert wamids_of(a.all_events(token)) == ["wamid.ORPHAN"]
    assert a.sql("SELECT count(*) FROM inbox") == [(0,)]
    # Both may have adopted it; it was processed once.
    time.sleep(3)
    assert len(b.all_events(token)) == 1
    assert "deliveries left unprocessed, adopting: 1" in a.log() + b.log()


def test_a_lost_notification_connection_is_made_good_from_the_log(
    pair: tuple[RelayProcess, RelayProcess],
) -> None:
    a, b = pair
    token = a.add_agent("Ana")
    desk = Desk(a, token)
    desk.until_live()
    # Cut every instance's LISTEN connection, as a database failover or a proxy would.
    killed = a.sql(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        "WHERE application_name = 'puente-listen' AND datname = current_database()"
    )
    assert len(killed) == 2
    for n in range(5):
        assert b.post(payloads.text_message("5215500000052", f"mensaje {n}")).status_code == 200
    events = desk.until_seq(5, timeout=10)
    assert [e.seq for e in events] == [1, 2, 3, 4, 5]
    wait_until(lambda: "lost the commit notifications" in a.log(), 5, "the loss went unnoticed")
    # Reconnected: live again by notification.
    wait_until(
        lambda: (
            len(
                a.sql(
                    "SELECT 1 FROM pg_stat_activity WHERE application_name='puente-listen' "
                    "AND datname = current_database()"
                )
            )
            == 2
        ),
        10,
        "the notification connection never came back",
    )
    assert b.post(payloads.text_message("5215500000052", "otra vez")).status_code == 200
    assert [e.seq for e in desk.until_seq(6, timeout=5)] == [1, 2, 3, 4, 5, 6]


def test_a_send_cut_short_on_a_dead_instance_becomes_unknown_on_the_other(
    pair: tuple[RelayProcess, RelayProcess], meta: MetaSimProcess
) -> None:
    a, b = pair
    token = a.add_agent("Ana")
    meta.customer_says(CUSTOMER, "Hola, ¿tienen envío a domicilio?", name="Lucía")
    wait_until(lambda: b.events(token)["head"] >= 1, 5, "the customer's message never came")
    meta.fault(faults=[{"timeout": 15}])  # Meta holds the request: a is sending

    def cut_short() -> None:
        with pytest.raises(httpx.TransportError):
            send(a, token, "cut")

    request = threading.Thread(target=cut_short)
    request.start()
    wait_until(lambda: meta.report()["calls"], 5, "the send never reached Meta")
    # While a lives, b leaves its send alone (b sweeps every 5 s).
    time.sleep(6)
    assert not [e for e in b.all_events(token) if e["data"].get("client_id") == "cut"]
    a.kill()
    request.join()
    wait_until(
        lambda: any(e["key"] == "send:cut" for e in b.all_events(token)),
        10,
        "the dead instance's send was never settled",
    )
    (shown,) = [e for e in b.all_events(token) if e["data"].get("client_id") == "cut"]
    assert shown["data"]["send_state"] == "unknown"
    # A retry through the survivor answers with what is known; nothing is resent.
    again = send(b, token, "cut")
    assert again.status_code == 202, again.text  # accepted, fate unknown (protocol.md)
    assert again.json()["event"]["key"] == "send:cut"
    assert len(meta.report()["sent"]) <= 1


def test_the_database_dropping_every_connection_costs_retries_not_events(
    pair: tuple[RelayProcess, RelayProcess],
) -> None:
    a, b = pair
    token = a.add_agent("Ana")
    desk = Desk(b, token)
    desk.until_live()
    assert a.post(payloads.text_message("5215500000054", "antes")).status_code == 200
    desk.until_seq(1)
    # As a PostgreSQL restart or failover does: every session of the relays is cut.
    cut = a.sql(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        "WHERE datname = current_database() AND pid != pg_backend_pid()"
    )
    assert len(cut) >= 6  # writers, readers, listeners, registries of both
    acked: list[str] = []
    for n in range(10):
        relay = (a, b)[n % 2]
        wamid = f"wamid.RESTART{n}"
        body = payloads.text_message("5215500000054", f"después {n}", wamid=wamid)
        deadline = time.monotonic() + 10
        while (status := relay.post(body).status_code) != 200:
            assert status == 503, status  # Meta retries a 503
            assert time.monotonic() < deadline, "the relay never reconnected"
            time.sleep(0.2)
        acked.append(wamid)
    events = desk.until_seq(11, timeout=15)
    assert [e.seq for e in events] == list(range(1, 12))
    stored = [e.key.removeprefix("msg:") for e in events[1:]]
    assert sorted(stored) == sorted(acked)
    # Each instance keeps the order it acknowledged in; between two instances, seqs follow
    # whichever processed first (as between any two deliveries Meta sends at once).
    for first in (0, 1):
        mine = acked[first::2]
        assert [wamid for wamid in stored if wamid in mine] == mine
    # Each noticed, and got its notifications back.
    for relay in (a, b):
        assert "lost the commit notifications" in relay.log()


def test_the_teams_work_and_presence_cross_instances(
    pair: tuple[RelayProcess, RelayProcess], meta: MetaSimProcess
) -> None:
    a, b = pair
    ana, luis = a.add_agent("Ana"), a.add_agent("Luis")
    meta.customer_says(CUSTOMER, "Hola")
    on_a, on_b = Desk(a, ana), Desk(b, luis)
    on_a.until_live()
    on_b.until_live()
    on_b.until(lambda events: any(e.kind == "message" for e in events))

    # Ana, on instance A, assigns the conversation to Luis and leaves a note.
    headers = {"Authorization": f"Bearer {ana}"}
    assigned = a.http.post(
        f"/api/conversations/{CUSTOMER}/assign",
        json={"client_id": "assign-1", "assignee": "Luis"},
        headers=headers,
    )
    assert assigned.status_code == 200, assigned.text
    noted = a.http.post(
        "/api/notes",
        json={"client_id": "note-1", "conversation": CUSTOMER, "text": "Es mayorista"},
        headers=headers,
    )
    assert noted.status_code == 200, noted.text
    seen = on_b.until(lambda events: any(e.kind == "note" for e in events))
    change = next(e for e in seen if e.kind == "conversation")
    assert change.data["assignee"] == "Luis" and change.data["by"] == "Ana"
    # The same client_id on the other instance is the same change.
    again = b.http.post(
        f"/api/conversations/{CUSTOMER}/assign",
        json={"client_id": "assign-1", "assignee": "Luis"},
        headers=headers,
    )
    assert again.json()["event"]["seq"] == assigned.json()["event"]["seq"]

    # Presence said on A reaches a desktop on B, and a desktop that connects to B later.
    on_a.say(CUSTOMER, "typing")
    notice = on_b.until_presence(lambda notices: any(n.agent == "Ana" for n in notices))[-1]
    assert (notice.conversation, notice.state) == (CUSTOMER, "typing")
    late = Desk(b, luis)
    late.until_live()
    late.until_presence(lambda notices: any(n.agent == "Ana" for n in notices))
    on_a.close()
    on_b.until_presence(lambda notices: notices[-1].agent == "Ana" and notices[-1].state == "idle")
