"""How long the relay takes to start: from its process's start to its first `/healthz` answer.

    .venv/bin/python bench/start_bench.py            # prints a markdown report

Side by side, in the same run: the bare reference server (bench/reference_server.py,
uvicorn and Starlette answering webhooks with nothing behind them), the relay on a new
SQLite file, the relay on a SQLite file holding 50,000 events, and the relay on a local
PostgreSQL (skipped, saying why, where none answers). Each is started five times.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import httpx

from metasim import payloads

ROOT = Path(__file__).resolve().parents[1]
POSTGRES = os.environ.get("PUENTE_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
RUNS = 5


def free_port() -> int:
    import socket  # noqa: PLC0415

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def env_for(port: int, database_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "WEBHOOK_VERIFY_TOKEN": "v",
        "WHATSAPP_APP_SECRET": "bench",
        "WHATSAPP_ACCESS_TOKEN": "t",
        "DATABASE_URL": database_url,
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "LOG_LEVEL": "error",
    }


def start_once(command: list[str], env: dict[str, str], url: str) -> float:
    """Seconds from Popen to the first 200 on /healthz; the process is stopped after."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, env=env)
    try:
        while True:
            try:
                if httpx.get(f"{url}/healthz", timeout=0.5).status_code == 200:
                    return time.perf_counter() - started
            except httpx.TransportError:
                pass
            if proc.poll() is not None:
                raise RuntimeError(f"{command} exited with {proc.returncode}")
            time.sleep(0.005)
    finally:
        proc.terminate()
        proc.wait(15)


def series(command: list[str], env_of: Callable[[int], dict[str, str]]) -> list[float]:
    times = []
    for _ in range(RUNS):
        port = free_port()
        times.append(start_once(command, env_of(port), f"http://127.0.0.1:{port}"))
    return times


def filled_sqlite(folder: Path, events: int) -> str:
    """A SQLite relay database holding `events` events (posted through a running relay)."""
    url = f"sqlite:///{folder / 'full.db'}"
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "relay"], env=env_for(port, url))
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=0.5).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.05)
            if time.monotonic() > deadline:
                raise RuntimeError("the relay did not start")
        with httpx.Client(base_url=base, timeout=30) as client:
            for n in range(events // 500):
                body = payloads.encode(payloads.batch(500, phone_base=5215500000000 + n * 500))
                headers = {"X-Hub-Signature-256": payloads.sign("bench", body)}
                assert (
                    client.post("/api/whatsapp/webhook", content=body, headers=headers).status_code
                    == 200
                )
        time.sleep(2)  # processed into events
    finally:
        proc.terminate()
        proc.wait(15)
    return url


def postgres_database() -> str | None:
    try:
        import psycopg  # noqa: PLC0415

        name = f"puente_start_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(POSTGRES, autocommit=True, connect_timeout=3) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return POSTGRES.rsplit("/", 1)[0] + "/" + name
    except Exception as exc:  # noqa: BLE001 - any reason means: no PostgreSQL here
        print(f"no PostgreSQL ({exc}); skipped", file=sys.stderr)
        return None


def drop(url: str) -> None:
    import psycopg  # noqa: PLC0415

    with psycopg.connect(POSTGRES, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {url.rsplit('/', 1)[1]} WITH (FORCE)")


def main() -> int:
    relay = [sys.executable, "-m", "relay"]
    rows: list[tuple[str, list[float]]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rows.append(
            (
                "reference (bare uvicorn + Starlette)",
                series(
                    [sys.executable, str(ROOT / "bench" / "reference_server.py")],
                    lambda port: env_for(port, "sqlite:///unused.db"),
                ),
            )
        )
        rows.append(
            (
                "relay, new SQLite file",
                series(relay, lambda port: env_for(port, f"sqlite:///{folder / f'{port}.db'}")),
            )
        )
        full = filled_sqlite(folder, 50_000)
        rows.append(("relay, SQLite with 50,000 events", series(relay, lambda p: env_for(p, full))))
        pg = postgres_database()
        if pg is not None:
            try:
                rows.append(("relay, local PostgreSQL", series(relay, lambda p: env_for(p, pg))))
            finally:
                drop(pg)
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    host = f"{platform.machine()}, {os.cpu_count()} vCPUs, Python {platform.python_version()}"
    print(f"### Results, {when} ({host})")
    print()
    print(f"| server | median s ({RUNS} starts) | slowest s |")
    print("|---|---:|---:|")
    for name, times in rows:
        print(f"| {name} | {statistics.median(times):.2f} | {max(times):.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
