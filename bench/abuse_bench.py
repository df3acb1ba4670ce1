"""The public edge under attack: webhook acknowledgement and relay memory, with and without.

    .venv/bin/python bench/abuse_bench.py            # prints a markdown report

One relay (SQLite, default limits) pinned to CPU 0. For each attack, the
attacker runs here (CPU 1) and, while it lasts, signed webhooks are posted one
at a time and timed; the relay's resident memory is sampled every 0.1 s.
The reference is the same relay with no attack, in the same run. The attacks
are the ones that held memory or connections before the limits (issue 14):

- 100 connections that declare an 8 MiB body, send all of it but a byte, and wait;
- 1,000 idle connections;
- 500 slowloris connections (a header line every 5 s, never the end);
- one 64 MiB header;
- 200 desktops that resume their stream and stop reading.
"""

from __future__ import annotations

import argparse
import base64
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import httpx
from relay_bench import rss_mb

from metasim import payloads
from relay.probe import wait_healthy

ROOT = Path(__file__).resolve().parents[1]
SECRET = "bench-secret-ñ"
MIB = 1024 * 1024
Attack = Callable[[int, threading.Event, list[socket.socket]], None]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def relay(data: Path) -> Iterator[tuple[int, int, str]]:
    """The relay on CPU 0 with its default limits; (port, pid, an agent's token)."""
    port = free_port()
    env = {
        **os.environ,
        "WEBHOOK_VERIFY_TOKEN": "v",
        "WHATSAPP_APP_SECRET": SECRET,
        "WHATSAPP_ACCESS_TOKEN": "t",
        "DATABASE_URL": f"sqlite:///{data / 'relay.db'}",
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "LOG_LEVEL": "error",
    }
    proc = subprocess.Popen(["taskset", "-c", "0", sys.executable, "-m", "relay"], env=env)
    try:
        if not wait_healthy(f"http://127.0.0.1:{port}", proc):
            raise RuntimeError("the relay did not start")
        added = subprocess.run(
            [sys.executable, "-m", "relay", "agent", "add", "bench"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        yield port, proc.pid, added.stdout.strip().splitlines()[-1]
    finally:
        proc.terminate()
        proc.wait(15)


def connect(port: int) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 64 * 1024)
    return sock


def no_attack(_port: int, stop: threading.Event, _socks: list[socket.socket]) -> None:
    stop.wait()


def slow_bodies(port: int, stop: threading.Event, socks: list[socket.socket]) -> None:
    declared = 8 * MIB
    head = (
        b"POST /api/whatsapp/webhook HTTP/1.1\r\nHost: r\r\nX-Hub-Signature-256: sha256=0\r\n"
        b"Content-Length: %d\r\n\r\n" % declared
    )
    chunk = b"x" * (256 * 1024)

    def one() -> None:
        sock = connect(port)
        socks.append(sock)
        with suppress(OSError):
            sock.sendall(head)
            sent = 0
            while sent + len(chunk) < declared and not stop.is_set():
                sock.sendall(chunk)
                sent += len(chunk)
            sock.sendall(b"x" * (declared - sent - 1))

    threads = [threading.Thread(target=one, daemon=True) for _ in range(100)]
    for thread in threads:
        thread.start()
    stop.wait()


def idle(port: int, stop: threading.Event, socks: list[socket.socket]) -> None:
    for _ in range(1000):
        with suppress(OSError):
            socks.append(connect(port))
    stop.wait()


def slowloris(port: int, stop: threading.Event, socks: list[socket.socket]) -> None:
    mine = []
    for _ in range(500):
        with suppress(OSError):
            sock = connect(port)
            sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: r\r\n")
            mine.append(sock)
    socks.extend(mine)
    n = 0
    while not stop.wait(5):
        n += 1
        for sock in mine:
            with suppress(OSError):
                sock.sendall(b"X-Drip-%d: 1\r\n" % n)


def huge_header(port: int, stop: threading.Event, socks: list[socket.socket]) -> None:
    sock = connect(port)
    socks.append(sock)
    with suppress(OSError):
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: r\r\nX-Huge: ")
        piece = b"a" * MIB
        for _ in range(64):
            sock.sendall(piece)
    stop.wait()


def stalled_desktops(token: str) -> Attack:
    def attack(port: int, stop: threading.Event, socks: list[socket.socket]) -> None:
        for _ in range(200):
            with suppress(OSError):
                sock = connect(port)
                key = base64.b64encode(os.urandom(16)).decode()
                sock.sendall(
                    f"GET /api/ws HTTP/1.1\r\nHost: r\r\nUpgrade: websocket\r\n"
                    f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                    f"Sec-WebSocket-Version: 13\r\nAuthorization: Bearer {token}\r\n\r\n".encode()
                )
                sock.recv(4096)
                frame = b'{"type":"resume","epoch":null,"after":0}'
                mask = os.urandom(4)
                masked = bytes(b ^ mask[i % 4] for i, b in enumerate(frame))
                sock.sendall(bytes([0x81, 0x80 | len(frame)]) + mask + masked)
                socks.append(sock)  # and never read again
        stop.wait()

    return attack


def measure(port: int, pid: int, attack: Attack, seconds: float) -> dict[str, float]:
    stop, socks = threading.Event(), []
    before = rss_mb(pid)
    attacker = threading.Thread(target=attack, args=(port, stop, socks), daemon=True)
    attacker.start()
    peak = before
    samples: list[float] = []
    refused = 0
    end = time.monotonic() + seconds
    time.sleep(1.0)  # the attack in place
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
        n = 0
        while time.monotonic() < end:
            body = payloads.encode(payloads.text_message("5215500001000", f"m{n}"))
            headers = {"X-Hub-Signature-256": payloads.sign(SECRET, body)}
            started = time.perf_counter()
            try:
                status = client.post("/api/whatsapp/webhook", content=body, headers=headers)
                ok = status.status_code == 200
            except httpx.HTTPError:
                ok = False
            elapsed = (time.perf_counter() - started) * 1000
            if ok:
                samples.append(elapsed)
            else:
                refused += 1
            peak = max(peak, rss_mb(pid))
            n += 1
            time.sleep(0.02)
    stop.set()
    for sock in socks:
        with suppress(OSError):
            sock.close()
    attacker.join(30)
    time.sleep(8)  # the relay trims every 5 s
    after = rss_mb(pid)
    samples.sort()
    return {
        "acked": len(samples),
        "refused": refused,
        "p50": statistics.median(samples) if samples else float("nan"),
        "p99": samples[int(len(samples) * 0.99) - 1] if samples else float("nan"),
        "before": before,
        "peak": peak,
        "after": after,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=20.0, help="each attack's length")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp, relay(Path(tmp)) as (port, pid, token):
        for name, attack in (
            ("no attack (reference)", no_attack),
            ("100 slow 8 MiB bodies", slow_bodies),
            ("1,000 idle sockets", idle),
            ("500 slowloris sockets", slowloris),
            ("one 64 MiB header", huge_header),
            ("200 desktops not reading", stalled_desktops(token)),
        ):
            result = measure(port, pid, attack, args.seconds)
            rows.append((name, result))
            print(f"{name}: {result}", file=sys.stderr)
    base = rows[0][1]["p99"]
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    host = f"{platform.machine()}, {os.cpu_count()} vCPUs, Python {platform.python_version()}"
    print(f"### Results, {when} ({host})")
    print()
    print(
        "| attack | webhooks acked | refused | ack p50 ms | ack p99 ms | p99 / reference "
        "| RSS before MB | RSS peak MB | RSS after MB |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, r in rows:
        print(
            f"| {name} | {r['acked']:.0f} | {r['refused']:.0f} | {r['p50']:.1f} | {r['p99']:.1f} "
            f"| {r['p99'] / base:.2f}x | {r['before']:.0f} | {r['peak']:.0f} | {r['after']:.0f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
