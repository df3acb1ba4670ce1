"""Real relay processes on loopback ports, and real HTTP and WebSocket clients for them."""

from __future__ import annotations

import base64
import contextlib
import json
import os
import random
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

from metasim.payloads import PHONE_NUMBER_ID, WABA_ID, encode, sign
from relay.probe import wait_healthy
from wire import EventsFrame, Frame, LiveFrame, ResyncRequiredFrame, parse_server_frame
from wire.events import Event
from wire.frames import PresenceNotice

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = Path(os.environ.get("PUENTE_META_SAMPLES", ROOT.parent / "shared" / "meta-samples"))
# A PostgreSQL server the tests may create databases on (trust auth on this machine kind).
POSTGRES_ADMIN_URL = os.environ.get(
    "PUENTE_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test"
)
STORES = ("sqlite", "postgresql")
SECRET = "s3cret-äpp-🔑"  # the app secret is a UTF-8 string, not ASCII
VERIFY_TOKEN = "verify-me-ñ"
# The Meta app and its Facebook Login for Business configuration (Embedded Signup).
APP_ID = "1234567890"
ES_CONFIG_ID = "777000111"
SETUP_LINK = re.compile(r"WARNING .*/setup\?code=([A-Za-z0-9_-]+)")


def free_port() -> int:
    """A loopback port free now, below the kernel's ephemeral range: outgoing connections
    take their source ports from that range, so none can take this one before the server
    it is for binds it (ports from `bind(0)` could be, and once were)."""
    ephemeral = Path("/proc/sys/net/ipv4/ip_local_port_range")
    low = int(ephemeral.read_text().split()[0]) if ephemeral.exists() else 32768
    for _ in range(200):
        port = random.randrange(20000, max(20001, low))
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def postgres_problem() -> str | None:
    """Why the tests cannot use PostgreSQL here, or None if they can."""
    import psycopg  # noqa: PLC0415

    try:
        with psycopg.connect(POSTGRES_ADMIN_URL, connect_timeout=3):
            return None
    except psycopg.Error as exc:
        return f"no PostgreSQL at {POSTGRES_ADMIN_URL} ({str(exc).strip()[:120]})"


def create_postgres_database() -> str:
    """A new, empty database on the test server; its URL."""
    import psycopg  # noqa: PLC0415

    name = f"puente_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    CREATED_DATABASES.append(name)
    return POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + "/" + name


def drop_postgres_databases() -> None:
    import psycopg  # noqa: PLC0415

    with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as conn:
        while CREATED_DATABASES:
            conn.execute(f"DROP DATABASE IF EXISTS {CREATED_DATABASES.pop()} WITH (FORCE)")


CREATED_DATABASES: list[str] = []


class RelayProcess:
    """`python -m relay` in a child process with its own data folder (and database)."""

    def __init__(
        self,
        data_dir: Path,
        *,
        port: int | None = None,
        extra_env: Mapping[str, str] | None = None,
        store: str = "sqlite",
        database_url: str | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.store = store
        if database_url is None:
            database_url = (
                create_postgres_database()
                if store == "postgresql"
                else f"sqlite:///{data_dir / 'relay.db'}"
            )
        self.database_url = database_url
        self.port = port or free_port()
        # Where a MetaSimProcess for this relay listens: the relay's Graph API.
        self.sim_port = free_port()
        self.env = {
            **os.environ,
            "WEBHOOK_VERIFY_TOKEN": VERIFY_TOKEN,
            "WHATSAPP_APP_SECRET": SECRET,
            "WHATSAPP_ACCESS_TOKEN": "EAAG-test-token",
            "DATABASE_URL": database_url,
            "PUENTE_DATA_DIR": str(data_dir),
            "HOST": "127.0.0.1",
            "PORT": str(self.port),
            "LOG_LEVEL": "warning",
            "GRAPH_API_BASE": f"http://127.0.0.1:{self.sim_port}",
            "WHATSAPP_PHONE_NUMBER_ID": PHONE_NUMBER_ID,
            "WHATSAPP_WABA_ID": WABA_ID,
            "GRAPH_TIMEOUT_SECONDS": "2",
            "SEND_RETRY_SECONDS": "3",
            "META_APP_ID": APP_ID,
            "META_ES_CONFIG_ID": ES_CONFIG_ID,
            # The Meta simulator's stand-in for Meta's JavaScript SDK.
            "FACEBOOK_SDK_URL": f"http://127.0.0.1:{self.sim_port}/sdk.js",
            **(extra_env or {}),
        }
        self.proc: subprocess.Popen[bytes] | None = None
        self.http = httpx.Client(base_url=self.url, timeout=10)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/api/ws"

    def start(self) -> RelayProcess:
        with (self.data_dir / "relay.log").open("ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "relay"],
                env=self.env,
                stdout=log,
                stderr=log,
                cwd=self.data_dir,
            )
        if not wait_healthy(self.url, self.proc):
            raise RuntimeError(f"relay did not start (exit {self.proc.poll()}): {self.log()}")
        return self

    def log(self) -> str:
        path = self.data_dir / "relay.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def sql(self, statement: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """Run one statement on the relay's database (as an operator would); its rows."""
        url = self.env["DATABASE_URL"]
        if url.startswith("postgresql://"):
            import psycopg  # noqa: PLC0415

            with psycopg.connect(url, autocommit=True) as conn:
                cur = conn.execute(statement.replace("?", "%s"), params or None)  # type: ignore[arg-type]
                return cur.fetchall() if cur.description else []
        db = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
        try:
            return db.execute(statement, params).fetchall()
        finally:
            db.close()

    def kill(self) -> None:
        """kill -9: no chance to flush or say goodbye."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self.http.close()
        self.http = httpx.Client(base_url=self.url, timeout=10)

    def cli(
        self, *args: str, env: Mapping[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "relay", *args],
            env={**self.env, **(env or {})},
            cwd=self.data_dir,
            capture_output=True,
            text=True,
            timeout=30,
        )

    def add_agent(self, name: str, *, admin: bool = False) -> str:
        result = self.cli("agent", "add", name, *(["--admin"] if admin else []))
        assert result.returncode == 0, result.stderr
        return result.stdout.strip().splitlines()[-1]

    def setup_codes(self) -> list[str]:
        """The set-up codes the relay logged (one line per start without an admin)."""
        return SETUP_LINK.findall(self.log())

    def post(
        self,
        payload: Mapping[str, Any] | bytes,
        *,
        secret: str = SECRET,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        body = payload if isinstance(payload, bytes) else encode(payload)
        all_headers = {
            "X-Hub-Signature-256": sign(secret, body),
            "Content-Type": "application/json",
            **(headers or {}),
        }
        return self.http.post("/api/whatsapp/webhook", content=body, headers=all_headers)

    def settle(self, token: str, timeout: float = 10.0) -> None:
        """Wait until every acknowledged delivery has become events (the contract allows 1 s)."""
        deadline = time.monotonic() + timeout
        while True:
            status = self.http.get("/api/status", headers={"Authorization": f"Bearer {token}"})
            assert status.status_code == 200, status.text
            if status.json()["inbox"] == 0:
                return
            assert time.monotonic() < deadline, f"inbox still holds {status.json()['inbox']}"
            time.sleep(0.01)

    def events(self, token: str, after: int = 0, limit: int = 1000) -> dict[str, Any]:
        """One page of `GET /api/events`, once what was acknowledged is processed."""
        self.settle(token)
        response = self.http.get(
            "/api/events",
            params={"after": after, "limit": limit},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    def all_events(self, token: str, after: int = 0) -> list[dict[str, Any]]:
        """Page on by `after` until the head, as the contract tells clients to."""
        events: list[dict[str, Any]] = []
        while True:
            page = self.events(token, after)
            events.extend(page["events"])
            if not page["events"] or page["events"][-1]["seq"] >= page["head"]:
                return events
            after = page["events"][-1]["seq"]


def connect_body(plan: Mapping[str, Any]) -> dict[str, Any]:
    """What the set-up page posts to `/api/setup/meta` after Embedded Signup."""
    body = {"code": plan["code"], "waba_id": plan["data"]["waba_id"]}
    if plan["data"].get("phone_number_id"):
        body["phone_number_id"] = plan["data"]["phone_number_id"]
    return body


OPEN_DESKS: list[Desk] = []


def open_ws(relay: RelayProcess, token: str | None, **options: Any) -> ClientConnection:
    """A connected WebSocket; the caller closes it (websockets wants `with`, so enter it here)."""
    headers = {} if token is None else {"Authorization": f"Bearer {token}"}
    # No keepalive pings: their thread draws from `random`, which Hypothesis forbids.
    # A short close timeout: a desk whose relay was killed, and which stopped reading
    # (its buffer full, so it never saw the end of the stream), waits that long on
    # close for a goodbye nobody will send; websockets' default is 10 s.
    options = {
        "open_timeout": 10,
        "close_timeout": 1,
        "max_size": None,
        "ping_interval": None,
        **options,
    }
    return connect(relay.ws_url, additional_headers=headers, **options).__enter__()


class StalledDesk:
    """A WebSocket peer that resumes and then stops reading, as a laptop lid closing mid-stream.

    Written on a raw socket with a small receive buffer, because client libraries keep
    reading into memory on a thread of their own.
    """

    def __init__(self, relay: RelayProcess, token: str) -> None:
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 64 * 1024)
        self.sock.connect(("127.0.0.1", relay.port))
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(
            f"GET /api/ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
            f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
            f"Authorization: Bearer {token}\r\n\r\n".encode()
        )
        self._buffer = b""
        while b"\r\n\r\n" not in self._buffer:
            self._buffer += self.sock.recv(4096)
        status, _, self._buffer = self._buffer.partition(b"\r\n\r\n")
        assert status.startswith(b"HTTP/1.1 101"), status
        payload = b'{"type":"resume","epoch":null,"after":0}'
        mask = os.urandom(4)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(bytes([0x81, 0x80 | len(payload)]) + mask + masked)

    def drain_until_close(self, timeout: float) -> tuple[int, int | None]:
        """Read everything; return (text frames seen, close code or None if dropped)."""
        self.sock.settimeout(timeout)
        frames, data = 0, self._buffer
        while True:
            while len(data) >= 2:
                opcode, length, start = data[0] & 0x0F, data[1] & 0x7F, 2
                if length == 126:
                    length, start = int.from_bytes(data[2:4], "big"), 4
                elif length == 127:
                    length, start = int.from_bytes(data[2:10], "big"), 10
                if len(data) < start + length:
                    break
                payload, data = data[start : start + length], data[start + length :]
                if opcode == 0x8:
                    return frames, int.from_bytes(payload[:2], "big")
                frames += opcode == 0x1
            chunk = self.sock.recv(1 << 20)
            if not chunk:
                return frames, None
            data += chunk

    def close(self) -> None:
        self.sock.close()


class Desk:
    """A minimal desktop: one WebSocket, resumed from a cursor."""

    def __init__(
        self, relay: RelayProcess, token: str, *, epoch: str | None = None, after: int = 0
    ) -> None:
        self.ws: ClientConnection = open_ws(relay, token)
        OPEN_DESKS.append(self)
        self.ws.send(json.dumps({"type": "resume", "epoch": epoch, "after": after}))
        self.events: list[Event] = []
        self.head: int | None = None
        self.resync: ResyncRequiredFrame | None = None
        self.presence: list[PresenceNotice] = []

    @staticmethod
    def parse(text: str | bytes) -> Frame:
        return parse_server_frame(text)

    def read(self, timeout: float = 5.0) -> Frame:
        frame = parse_server_frame(self.ws.recv(timeout=timeout))
        if isinstance(frame, EventsFrame):
            self.events.extend(frame.events)
        elif isinstance(frame, LiveFrame):
            self.head = frame.head
        elif isinstance(frame, PresenceNotice):
            self.presence.append(frame)
        else:
            self.resync = frame
        return frame

    def say(self, conversation: str, state: str) -> None:
        """Send a presence frame, as a desktop does while its agent views or types."""
        self.ws.send(json.dumps({"type": "presence", "conversation": conversation, "state": state}))

    def until_presence(
        self, done: Callable[[list[PresenceNotice]], bool], timeout: float = 5.0
    ) -> list[PresenceNotice]:
        """Read until the presence notices seen so far satisfy `done`; all of them."""
        deadline = time.monotonic() + timeout
        while not done(self.presence):
            self.read(max(0.01, deadline - time.monotonic()))
        return self.presence

    def until_live(self, timeout: float = 10.0) -> int:
        deadline = time.monotonic() + timeout
        while self.head is None:
            frame = self.read(max(0.01, deadline - time.monotonic()))
            if isinstance(frame, ResyncRequiredFrame):
                raise AssertionError(f"unexpected resync: {frame}")
        return self.head

    def until(self, done: Callable[[list[Event]], bool], timeout: float = 10.0) -> list[Event]:
        """Read until the events seen so far satisfy `done`; all of them."""
        deadline = time.monotonic() + timeout
        while not done(self.events):
            self.read(max(0.01, deadline - time.monotonic()))
        return self.events

    def until_closed(self, timeout: float = 5.0) -> tuple[int | None, float]:
        """Read until the relay closes the socket: its close code, and how long it took."""
        started = time.monotonic()
        deadline = started + timeout
        while True:
            try:
                self.read(max(0.01, deadline - time.monotonic()))
            except ConnectionClosed as closed:
                code = closed.rcvd.code if closed.rcvd is not None else None
                return code, time.monotonic() - started

    def until_seq(self, seq: int, timeout: float = 5.0) -> list[Event]:
        deadline = time.monotonic() + timeout
        while not self.events or self.events[-1].seq < seq:
            self.read(max(0.01, deadline - time.monotonic()))
        return self.events

    def close(self) -> None:
        self.ws.__exit__(None, None, None)


class MetaSimProcess:
    """`python -m metasim` delivering its webhooks to `relay`."""

    def __init__(
        self, relay: RelayProcess, *, status_delay: float = 0.02, access_token: str | None = None
    ) -> None:
        self.port = relay.sim_port
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "metasim",
                "--port",
                str(self.port),
                "--relay-url",
                f"{relay.url}/api/whatsapp/webhook",
                "--status-delay",
                str(status_delay),
            ],
            env={
                **relay.env,
                # Meta's system user token (a relay set up from the browser has none).
                "WHATSAPP_ACCESS_TOKEN": access_token
                or relay.env["WHATSAPP_ACCESS_TOKEN"]
                or "EAAG-system-user",
            },
        )
        if not wait_healthy(self.url, self.proc):
            raise RuntimeError("the Meta simulator did not start")
        self.http = httpx.Client(base_url=self.url, timeout=10)

    def customer_says(self, phone: str, text: str, **extra: Any) -> str:
        """A customer writes (opening the 24-hour window); returns the message's wamid."""
        answer = self.http.post("/_sim/customer", json={"phone": phone, "text": text, **extra})
        answer.raise_for_status()
        return str(answer.json()["wamid"])

    def fault(self, **script: Any) -> None:
        self.http.post("/_sim/faults", json=script).raise_for_status()

    def until_delivered(self, count: int, timeout: float = 10.0) -> None:
        """Wait until the simulator has had `count` webhooks answered 200 in all: it posts
        them in the background, so a relay's empty inbox alone may come before the POST."""
        deadline = time.monotonic() + timeout
        while self.report()["delivered"] < count:
            assert time.monotonic() < deadline, f"the simulator delivered {self.report()}"
            time.sleep(0.01)

    def report(self) -> dict[str, Any]:
        return dict(self.http.get("/_sim/report").json())

    def meta(self, **script: Any) -> None:
        """Script what Meta answers the doctor and onboarding calls (`/_sim/meta`)."""
        self.http.post("/_sim/meta", json=script).raise_for_status()

    def signup(self, **script: Any) -> dict[str, Any]:
        """Play an owner through Embedded Signup without a browser: what the popup would
        post (`event`, `data`) and the code `FB.login` would hand the page."""
        self.http.post("/_sim/es", json=script).raise_for_status()
        plan = self.http.post(
            "/_sim/es/complete",
            json={"app_id": APP_ID, "config_id": ES_CONFIG_ID, "response_type": "code"},
        )
        plan.raise_for_status()
        return dict(plan.json())

    def stop(self) -> None:
        self.http.close()
        self.proc.terminate()
        self.proc.wait(10)


@contextmanager
def running_relay(data_dir: Path, **kwargs: Any) -> Iterator[RelayProcess]:
    relay = RelayProcess(data_dir, **kwargs).start()
    try:
        yield relay
    finally:
        relay.stop()


@contextmanager
def answering(body: bytes, status: int = 200, content_type: str = "text/html") -> Iterator[str]:
    """The address of a web server that gives the same answer to every GET and POST."""

    class Same(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_POST = do_GET

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Same)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


def not_a_relay() -> contextlib.AbstractContextManager[str]:
    """The address of a web server that is not a relay: 200 and an HTML page to anything."""
    return answering(b"<html>hello</html>")


def fill_up(disk: Path) -> Path:
    """Fill a small disk to the last byte; the filler file, to delete to free it again."""
    filler = disk / "filler"
    with filler.open("wb") as out, contextlib.suppress(OSError):  # until ENOSPC
        while True:
            out.write(b"\0" * 65536)
            out.flush()
    return filler


def sample(path: str) -> bytes:
    return (SAMPLES / path).read_bytes()


def sample_paths() -> list[str]:
    if not SAMPLES.is_dir():
        raise RuntimeError(f"Meta samples not found at {SAMPLES}; set PUENTE_META_SAMPLES")
    return sorted(
        str(p.relative_to(SAMPLES)) for p in SAMPLES.glob("*/*.json") if p.parent.name != "api"
    )
