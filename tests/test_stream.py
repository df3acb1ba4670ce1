"""`WS /api/ws` on a real relay: resume, catch-up, live switch, resync, revocation, slow peers."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from harness import Desk, RelayProcess, StalledDesk, running_relay
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.sync.client import connect

from metasim import payloads
from wire import CLOSE_REVOKED, CLOSE_TOO_SLOW, EventsFrame, LiveFrame, ResyncRequiredFrame


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer not-a-token"}])
def test_refused_with_401_before_the_upgrade(relay: RelayProcess, headers: dict[str, str]) -> None:
    relay.add_agent("Ana")
    with pytest.raises(InvalidStatus) as refused, connect(relay.ws_url, additional_headers=headers):
        pass
    assert refused.value.response.status_code == 401


def test_resume_catches_up_then_goes_live(relay: RelayProcess) -> None:
    token = relay.add_agent("Ana")
    relay.post(payloads.batch(1200))
    relay.settle(token)
    desk = Desk(relay, token, after=100)
    assert desk.until_live() == 1200
    assert [e.seq for e in desk.events] == list(range(101, 1201))
    started = time.perf_counter()
    relay.post(payloads.text_message("5215500000020", "¿Sigue disponible?"))
    (event,) = desk.until_seq(1201)[-1:]
    assert event.data["text"] == "¿Sigue disponible?"
    assert time.perf_counter() - started < 1.0  # the contract: streamed within a second
    desk.close()


def test_no_gap_and_no_duplicate_at_the_live_switch(relay: RelayProcess) -> None:
    token = relay.add_agent("Ana")
    stop = threading.Event()
    posted: list[int] = []

    def feed() -> None:
        while not stop.is_set():
            assert relay.post(payloads.batch(7)).status_code == 200
            posted.append(7)

    feeder = threading.Thread(target=feed)
    feeder.start()
    desks = []
    try:
        for _ in range(8):  # join at random moments while events keep arriving
            time.sleep(0.05)
            desks.append(Desk(relay, token))
        time.sleep(0.2)
    finally:
        stop.set()
        feeder.join()
    head = sum(posted)
    for desk in desks:
        desk.until_live()
        desk.until_seq(head, timeout=10)
        assert [e.seq for e in desk.events] == list(range(1, head + 1))
        desk.close()


@pytest.mark.parametrize(
    ("epoch", "after", "reason"),
    [("0000000000000000", 0, "epoch_changed"), (None, 99, "cursor_ahead")],
)
def test_resync_required(relay: RelayProcess, epoch: str | None, after: int, reason: str) -> None:
    token = relay.add_agent("Ana")
    relay.post(payloads.batch(3))
    desk = Desk(relay, token, epoch=epoch, after=after)
    frame = desk.read()
    assert isinstance(frame, ResyncRequiredFrame)
    assert frame.reason == reason
    assert frame.epoch == relay.events(token)["epoch"]
    with pytest.raises(ConnectionClosed):
        desk.read()


def test_right_epoch_resumes(relay: RelayProcess) -> None:
    token = relay.add_agent("Ana")
    relay.post(payloads.batch(3))
    epoch = relay.events(token)["epoch"]
    desk = Desk(relay, token, epoch=epoch, after=3)
    assert isinstance(desk.read(), LiveFrame)
    desk.close()


def test_bad_resume_frame_is_closed(relay: RelayProcess) -> None:
    token = relay.add_agent("Ana")
    with connect(relay.ws_url, additional_headers={"Authorization": f"Bearer {token}"}) as ws:
        ws.send('{"type": "hello"}')
        with pytest.raises(ConnectionClosed) as closed:
            ws.recv(timeout=5)
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 4002


def test_revoked_token_closes_its_sockets_within_a_second(relay: RelayProcess) -> None:
    ana, bea = relay.add_agent("Ana"), relay.add_agent("Bea")
    ana_desk, bea_desk = Desk(relay, ana), Desk(relay, bea)
    ana_desk.until_live()
    bea_desk.until_live()
    assert relay.cli("agent", "revoke", "Ana").returncode == 0
    code, waited = ana_desk.until_closed()
    assert (code, waited < 1.0) == (CLOSE_REVOKED, True)
    relay.post(payloads.batch(1))
    assert bea_desk.until_seq(1)[-1].seq == 1  # others carry on
    assert (
        relay.http.get("/api/events", headers={"Authorization": f"Bearer {ana}"}).status_code == 401
    )
    bea_desk.close()


def test_a_slow_desk_is_cut_off_without_slowing_others(relay: RelayProcess) -> None:
    token = relay.add_agent("Ana")
    stalled = StalledDesk(relay, token)
    fast = Desk(relay, token)
    fast.until_live()
    total = 0
    for _ in range(25):  # ~25 MB of events: more than socket buffers and the queue hold
        assert relay.post(payloads.batch(1000, body="x" * 1000)).status_code == 200
        total += 1000
        fast.until_seq(total, timeout=20)
    assert [e.seq for e in fast.events] == list(range(1, total + 1))
    frames, code = stalled.drain_until_close(timeout=60)
    stalled.close()
    assert code == CLOSE_TOO_SLOW
    assert frames < 25  # it was cut off, not served everything
    again = Desk(relay, token, after=0)  # it comes back and catches up from the log
    again.until_live(timeout=30)
    assert [e.seq for e in again.events] == list(range(1, total + 1))
    fast.close()
    again.close()


def test_events_frames_are_typed(relay: RelayProcess) -> None:
    token = relay.add_agent("Ana")
    relay.post(payloads.echo("5215500000021", "Listo ✅"))
    relay.settle(token)
    desk = Desk(relay, token)
    frame = desk.read()
    assert isinstance(frame, EventsFrame)
    (event,) = frame.events
    assert (event.kind, event.conversation, event.data["origin"]) == (
        "message",
        "5215500000021",
        "phone_app",
    )
    desk.close()


def test_a_dead_peer_is_dropped_by_pings(tmp_path: Path, store_kind: str) -> None:
    env = {"WS_PING_INTERVAL": "1", "WS_PING_TIMEOUT": "1"}
    with running_relay(tmp_path, extra_env=env, store=store_kind) as relay:
        token = relay.add_agent("Ana")
        dead = StalledDesk(relay, token)  # never reads, so never answers a ping

        def connected() -> int:
            status = relay.http.get("/api/status", headers={"Authorization": f"Bearer {token}"})
            return int(status.json()["desktops"])

        deadline = time.monotonic() + 5
        while connected() == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert connected() == 1
        while connected() == 1 and time.monotonic() < deadline + 5:
            time.sleep(0.1)
        assert connected() == 0
        dead.close()
