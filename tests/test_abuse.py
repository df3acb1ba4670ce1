"""The public edge under attack: a real relay process on loopback, each attack bounded.

Each attack gets the answer docs/deploy.md defines, a signed webhook sent
meanwhile is acknowledged, and the relay's memory returns to within 50 MB of
what it was before (read from /proc; Linux). The limits are set tighter than
the defaults so that each attack is over in seconds.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import selectors
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import httpx
import pytest
from harness import (
    SECRET,
    Desk,
    MetaSimProcess,
    RelayProcess,
    StalledDesk,
    open_ws,
    running_relay,
)
from websockets.exceptions import ConnectionClosed

from metasim import payloads
from wire import CLOSE_TOO_SLOW

pytestmark = pytest.mark.sqlite_only("the edge is the relay's HTTP layer, the same on both stores")

if not sys.platform.startswith("linux"):
    pytest.skip("reads the relay's memory from /proc", allow_module_level=True)

MIB = 1024 * 1024
EDGE = {
    "HEADER_TIMEOUT_SECONDS": "2",
    "BODY_RATE_WINDOW_SECONDS": "2",
    "MIN_BODY_RATE_KBPS": "64",
    "KEEPALIVE_SECONDS": "2",
    "MAX_CONNECTIONS": "400",
    "UNSIGNED_BODY_BUDGET_MB": "16",
    "WS_PING_INTERVAL": "1",
    "WS_PING_TIMEOUT": "1",
}
# Memory the relay may keep after an attack ends (allocator slack, caches warmed).
SLACK_MB = 50


def rss_mb(relay: RelayProcess) -> float:
    assert relay.proc is not None
    status = Path(f"/proc/{relay.proc.pid}/status").read_text()
    line = next(line for line in status.splitlines() if line.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


def memory_comes_back(relay: RelayProcess, before: float, wait: float = 15.0) -> None:
    """Within `wait` seconds (the relay trims every few), its memory is back within
    SLACK_MB of `before`."""
    deadline = time.monotonic() + wait
    while (now := rss_mb(relay)) - before >= SLACK_MB:
        assert time.monotonic() < deadline, f"{now:.0f} MB held, {before:.0f} MB before"
        time.sleep(0.25)


@pytest.fixture(scope="module")
def edge(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RelayProcess]:
    with running_relay(tmp_path_factory.mktemp("edge"), extra_env=EDGE) as relay:
        yield relay


def connect(relay: RelayProcess) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", relay.port), timeout=10)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 64 * 1024)
    return sock


def answer_of(sock: socket.socket, timeout: float = 10.0) -> bytes:
    """What the relay wrote before closing (b"" if it closed without a word)."""
    sock.settimeout(timeout)
    got = b""
    try:
        while chunk := sock.recv(65536):
            got += chunk
    except (ConnectionResetError, TimeoutError):
        pass
    return got


def readable(socks: list[socket.socket], wait: float) -> set[socket.socket]:
    """The sockets with something to read (an answer, or the end) within `wait` seconds."""
    with selectors.DefaultSelector() as selector:
        for sock in socks:
            selector.register(sock, selectors.EVENT_READ)
        time.sleep(wait)
        return {key.fileobj for key, _ in selector.select(0)}  # type: ignore[misc]


def signed_webhook_is_acknowledged(relay: RelayProcess, text: str) -> None:
    with httpx.Client(base_url=relay.url, timeout=10) as fresh:  # its own connection
        body = payloads.encode(payloads.text_message("5215500000999", text))
        headers = {"X-Hub-Signature-256": payloads.sign(SECRET, body)}
        assert fresh.post("/api/whatsapp/webhook", content=body, headers=headers).status_code == 200


def test_slow_and_oversized_bodies_are_cut_and_memory_comes_back(edge: RelayProcess) -> None:
    before = rss_mb(edge)
    declared = 8 * MIB - 1
    head = (
        b"POST /api/whatsapp/webhook HTTP/1.1\r\nHost: relay\r\nContent-Type: application/json\r\n"
        b"X-Hub-Signature-256: sha256=00\r\nContent-Length: %d\r\n\r\n" % declared
    )
    socks = [connect(edge) for _ in range(40)]
    chunk = b"x" * (64 * 1024)

    # Each sends all but a byte of its body, then waits, as the attack did.
    def send_all_but_one(sock: socket.socket) -> None:
        try:
            sock.sendall(head)
            for _ in range((declared - 1) // len(chunk)):
                sock.sendall(chunk)
        except OSError:
            pass  # the relay cut it off: what it should do

    threads = [threading.Thread(target=send_all_but_one, args=(s,)) for s in socks]
    for thread in threads:
        thread.start()
    signed_webhook_is_acknowledged(edge, "durante el ataque")
    peak = rss_mb(edge)
    answers = [answer_of(s) for s in socks]
    for thread in threads:
        thread.join(10)
    busy = [a for a in answers if a.startswith(b"HTTP/1.1 503")]
    slow = [a for a in answers if a.startswith(b"HTTP/1.1 408")]
    assert busy and all(b"retry-after: 1" in a.lower() for a in busy)
    assert len(busy) + len(slow) == len(socks), [a[:40] for a in answers]
    for sock in socks:
        sock.close()
    assert peak - before < 16 + 40 * 0.2 + SLACK_MB  # the budget, the free part, slack
    memory_comes_back(edge, before)
    signed_webhook_is_acknowledged(edge, "después del ataque")


@contextlib.contextmanager
def dripping(
    headers: Sequence[socket.socket] = (), bodies: Sequence[socket.socket] = ()
) -> Iterator[None]:
    """While inside, every half second: a header line to each of `headers`, a byte of
    body to each of `bodies`, never the end of either (slowloris)."""
    stop = threading.Event()

    def drip() -> None:
        n = 0
        while not stop.wait(0.5):
            n += 1
            for sock, data in [(s, b"X-Drip-%d: 1\r\n" % n) for s in headers] + [
                (s, b" ") for s in bodies
            ]:
                with contextlib.suppress(OSError):
                    sock.sendall(data)

    thread = threading.Thread(target=drip)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def test_idle_and_slowloris_connections_are_closed(edge: RelayProcess) -> None:
    before = rss_mb(edge)
    idle = [connect(edge) for _ in range(200)]
    slow = [connect(edge) for _ in range(150)]
    for sock in slow:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: relay\r\n")
    with dripping(headers=slow):
        signed_webhook_is_acknowledged(edge, "entre los ociosos")
        for sock in idle + slow:
            answer = answer_of(sock, 10)
            assert answer.startswith(b"HTTP/1.1 408") or answer == b"", answer[:60]
    for sock in idle + slow:
        sock.close()
    memory_comes_back(edge, before)


def one_response(sock: socket.socket) -> bytes:
    """Read one whole response (headers and a Content-Length body) off a kept-alive socket."""
    sock.settimeout(10)
    got = b""
    while b"\r\n\r\n" not in got:
        got += sock.recv(65536)
    head, _, body = got.partition(b"\r\n\r\n")
    length = next(
        int(line.split(b":")[1])
        for line in head.split(b"\r\n")
        if line.lower().startswith(b"content-length:")
    )
    while len(body) < length:
        body += sock.recv(65536)
    return head


def test_a_kept_alive_connections_next_request_has_the_same_deadlines(
    edge: RelayProcess,
) -> None:
    """The request after a first one on the same connection is held to the same header
    and body deadlines, and told why it was cut (408), though the connection's previous
    request was answered in full."""
    heads = [connect(edge) for _ in range(20)]
    bodies = [connect(edge) for _ in range(20)]
    for sock in heads + bodies:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: relay\r\n\r\n")
        assert one_response(sock).startswith(b"HTTP/1.1 200")
    for sock in heads:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: relay\r\n")
    for sock in bodies:
        sock.sendall(
            b"POST /api/whatsapp/webhook HTTP/1.1\r\nHost: relay\r\n"
            b"Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"
        )
    with dripping(headers=heads, bodies=bodies):  # never idle past the keep-alive, never done
        started = time.monotonic()
        answers = [answer_of(sock, 10) for sock in heads + bodies]
        took = time.monotonic() - started
    for sock in heads + bodies:
        sock.close()
    assert all(a.startswith(b"HTTP/1.1 408") for a in answers), {a[:40] for a in answers}
    assert took < 8, took  # cut at their deadlines (2 s), not by a client's timeout


def test_at_the_cap_the_longest_waiting_connections_make_room(tmp_path: Path) -> None:
    env = {"MAX_CONNECTIONS": "100", "HEADER_TIMEOUT_SECONDS": "60"}
    with running_relay(tmp_path, extra_env=env) as relay:
        idle = [connect(relay) for _ in range(100)]
        # Past the cap, the connections that have waited longest for their headers are
        # closed; those that send a request at once get through.
        extra = [connect(relay) for _ in range(20)]
        for sock in extra:
            sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: relay\r\nConnection: close\r\n\r\n")
        answered = [answer_of(sock, 5) for sock in extra]
        assert all(a.startswith(b"HTTP/1.1 200") for a in answered), [a[:40] for a in answered]
        # As many as needed went, the oldest first.
        ready = readable(idle, 1.0)
        closed = [sock in ready and answer_of(sock, 1).startswith(b"HTTP/1.1 503") for sock in idle]
        went = closed.index(False) if False in closed else len(closed)
        assert went >= 1 and not any(closed[went:]), closed
        signed_webhook_is_acknowledged(relay, "con el tope lleno")
        for sock in idle + extra:
            sock.close()


def test_a_huge_header_is_refused_unparsed(edge: RelayProcess) -> None:
    before = rss_mb(edge)
    sock = connect(edge)
    sent = [0]
    cut = threading.Event()

    def send_64_mib() -> None:
        try:
            sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: relay\r\nX-Huge: ")
            piece = b"a" * MIB
            for _ in range(64):
                sock.sendall(piece)
                sent[0] += len(piece)
        except OSError:
            cut.set()  # the relay closed the connection before 64 MiB went

    sending = threading.Thread(target=send_64_mib)
    sending.start()
    signed_webhook_is_acknowledged(edge, "junto a la cabecera enorme")
    assert edge.http.get("/healthz").status_code == 200
    answer = answer_of(sock, 5)
    sending.join(30)
    sock.close()
    # Refused after the cap's worth, not parsed to the end: a 431, or the socket closed
    # under the sender before all 64 MiB went.
    assert answer.startswith(b"HTTP/1.1 431") or (cut.is_set() and sent[0] < 64 * MIB)
    memory_comes_back(edge, before)


def test_desktops_that_stop_reading_are_told_they_are_too_slow(edge: RelayProcess) -> None:
    token = edge.add_agent("Lento")
    stalled = [StalledDesk(edge, token) for _ in range(20)]
    try:
        signed_webhook_is_acknowledged(edge, "con escritorios dormidos")
        for desk in stalled:
            _, code = desk.drain_until_close(15)
            assert code == CLOSE_TOO_SLOW  # never the keepalive's 1011
    finally:
        for desk in stalled:
            desk.close()


def test_numbers_and_frames_outside_the_contract(edge: RelayProcess) -> None:
    token = edge.add_agent("Curiosa")
    headers = {"Authorization": f"Bearer {token}"}
    for after in ("9223372036854775808", "²", "-1", "1e3", "1" * 30):
        page = edge.http.get("/api/events", params={"after": after}, headers=headers)
        assert page.status_code == 400, after
    assert (
        edge.http.get("/api/events", params={"after": str(2**63 - 1)}, headers=headers).json()[
            "events"
        ]
        == []
    )
    desk = Desk(edge, token, after=2**63)
    frame = desk.read()
    assert desk.resync is not None and desk.resync.reason == "cursor_ahead", frame
    desk.close()
    ws = open_ws(edge, token)
    ws.send("[" * 5000 + "]" * 5000)
    with pytest.raises(ConnectionClosed) as closed:
        ws.recv(timeout=5)
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 4002
    ws.__exit__(None, None, None)
    sent = edge.http.post(
        "/api/messages",
        json={"client_id": "c-sup", "to": "5215500000001", "account": "²", "text": "hola"},
        headers=headers,
    )
    assert (sent.status_code, sent.json()["error"]["field"]) == (400, "account")
    # No redirect is built from the Host header.
    slash = edge.http.get("/api/events/", headers={**headers, "Host": "evil.example"})
    assert slash.status_code == 404 and "location" not in slash.headers


def deep_send(client_id: str, depth: int) -> str:
    """A template send whose image parameter nests `depth` objects (written as text: no
    JSON encoder of ours would write it)."""
    image = '{"deeper":' * depth + '{"id":"1"}' + "}" * depth
    return (
        f'{{"client_id":"{client_id}","to":"5215500000002","type":"template","template":'
        '{"name":"seguimiento_pedido","language":"es_MX","components":[{"type":"header",'
        f'"parameters":[{{"type":"image","image":{image}}}]}}]}}}}'
    )


@pytest.mark.parametrize("depth", [20, 960, 1000, 5000])
def test_deep_requests_are_refused_before_anything_is_stored(
    edge: RelayProcess, depth: int
) -> None:
    token = edge.add_agent(f"Honda-{depth}")
    headers = {"Authorization": f"Bearer {token}"}
    client_id = f"deep-{depth}"
    body = deep_send(client_id, depth)
    if depth == 20:
        assert json.loads(body)["template"]["components"][0]["type"] == "header"
    answer = edge.http.post("/api/messages", content=body, headers=headers)
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"]["code"] == "invalid_request"
    assert answer.json()["error"]["field"] in ("template", "")
    assert edge.sql("SELECT state FROM sends WHERE client_id=?", (client_id,)) == []


def test_debug_logs_carry_no_token(tmp_path: Path) -> None:
    with running_relay(tmp_path, extra_env={"LOG_LEVEL": "debug"}) as relay:
        token = relay.add_agent("Ana")
        desk = Desk(relay, token)
        desk.until_live()
        relay.http.get("/api/status", headers={"Authorization": f"Bearer {token}"})
        desk.close()
        relay.stop()
        log = relay.log()
    assert "authorization" in log.lower()  # the handshake was logged...
    assert token not in log  # ...without the token


def test_the_token_follows_only_metas_media_urls(relay: RelayProcess, sim: MetaSimProcess) -> None:
    token = relay.add_agent("Ana")
    photo = base64.b64encode(b"\xff\xd8\xff\xe0" + b"\x00" * 100).decode()
    sim.customer_says("5215500000003", "", media={"mime_type": "image/jpeg", "data": photo})
    sim.until_delivered(1)
    relay.settle(token)
    (event,) = [e for e in relay.all_events(token) if e["data"].get("type") == "image"]
    media_id = event["data"]["content"]["id"]
    sim.fault(media_url_host="localhost")  # Meta's answer names a host not Meta's
    answer = relay.http.get(f"/api/media/{media_id}", headers={"Authorization": f"Bearer {token}"})
    assert (answer.status_code, answer.json()["error"]["code"]) == (502, "media_error")
    assert sim.report()["media_downloads"] == 0


def test_sigterm_closes_desktops_with_1012_and_ends(tmp_path: Path) -> None:
    with running_relay(tmp_path) as relay:
        token = relay.add_agent("Ana")
        desk = Desk(relay, token)
        desk.until_live()
        assert relay.proc is not None
        relay.proc.terminate()
        code, _ = desk.until_closed(10)
        assert code == 1012
        # Ended by the signal, after its graceful shutdown, as supervisors expect.
        assert relay.proc.wait(15) in (0, -15)


def test_the_relay_raises_its_open_files_limit(edge: RelayProcess) -> None:
    assert edge.proc is not None
    limits = Path(f"/proc/{edge.proc.pid}/limits").read_text()
    (line,) = [line for line in limits.splitlines() if line.startswith("Max open files")]
    soft, hard = line.split()[3:5]
    assert soft == hard


def test_agent_commands_do_not_make_a_database_by_accident(tmp_path: Path) -> None:
    env = {**os.environ, "PUENTE_DATA_DIR": str(tmp_path / "nowhere"),
           "WEBHOOK_VERIFY_TOKEN": "v", "WHATSAPP_APP_SECRET": "s"}  # fmt: skip
    env.pop("DATABASE_URL", None)
    listed = subprocess.run(
        [sys.executable, "-m", "relay", "agent", "list"],
        env=env,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=30,
    )
    assert listed.returncode == 2
    assert str((tmp_path / "nowhere" / "relay.db").resolve()) in listed.stderr
    assert "--create" in listed.stderr
    assert not (tmp_path / "nowhere" / "relay.db").exists()
    created = subprocess.run(
        [sys.executable, "-m", "relay", "agent", "add", "Ana", "--create"],
        env=env,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=30,
    )
    assert created.returncode == 0, created.stderr
    assert (tmp_path / "nowhere" / "relay.db").exists()


def test_desktop_tail_exits_non_zero_when_refused(edge: RelayProcess) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "tail", "--relay", edge.url],
        env={**os.environ, "PUENTE_TOKEN": "pnt_not-a-token"},
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 1
    assert "refused" in done.stderr
