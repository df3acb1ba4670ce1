"""Stores side by side: one ingest and fan-out on SQLite, on PostgreSQL, and on two
relay instances sharing one PostgreSQL database.

    .venv/bin/python bench/store_bench.py            # prints a markdown report

PostgreSQL is the local server (PUENTE_BENCH_POSTGRES, default
postgresql://postgres@127.0.0.1:5432/test); each configuration gets a fresh
database. Nothing is pinned: on a small machine the relays, PostgreSQL and the
load generator share the CPUs, as they would on one small VM.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import httpx
import psycopg
import uvloop
from latency_proxy import LatencyProxy
from loadgen import Result, run
from relay_bench import cpu_seconds, fanout, server, signed_requests
from websockets.asyncio.client import ClientConnection, connect

from relay.database import WRITE_LOCK
from wire.frames import ResumeFrame

ADMIN_URL = os.environ.get("PUENTE_BENCH_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
ALL_CPUS = ",".join(str(cpu) for cpu in sorted(os.sched_getaffinity(0)))
# Measured through the latency proxy, per delay asked for (seconds).
ROUND_TRIPS: dict[float, float] = {}
# (label, store, instances, extra round-trip delay to the database in seconds)
CONFIGS: list[tuple[str, str, int, float]] = [
    ("SQLite", "sqlite", 1, 0.0),
    ("PostgreSQL", "postgresql", 1, 0.0),
    ("PostgreSQL", "postgresql", 2, 0.0),
]


@contextmanager
def database(kind: str, data: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{data / 'relay.db'}"
        return
    name = f"puente_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(ADMIN_URL, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    try:
        yield ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(ADMIN_URL, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE {name} WITH (FORCE)")


@contextmanager
def relays(
    kind: str,
    instances: int,
    delay: float = 0.0,
    pids: list[int] | None = None,
    helpers: list[int] | None = None,
) -> Iterator[tuple[list[int], str]]:
    """`instances` relays on one database (`delay` seconds further away per round trip);
    yield their ports and an agent's token (and add their process ids to `pids`, the
    latency proxy's to `helpers`)."""
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        url = stack.enter_context(database(kind, Path(tmp)))
        if delay:
            parts = urlsplit(url)
            proxy = stack.enter_context(
                LatencyProxy((parts.hostname or "127.0.0.1", parts.port or 5432), delay)
            )
            if helpers is not None:
                helpers.append(proxy.pid)
            netloc = f"{parts.username}@127.0.0.1:{proxy.port}"
            url = urlunsplit(parts._replace(netloc=netloc))
            ROUND_TRIPS[delay] = proxy.round_trip(url)
        ports = []
        for i in range(instances):
            folder = Path(tmp) / f"relay{i}"
            folder.mkdir()
            port, pid = stack.enter_context(server("relay", folder, url, ALL_CPUS))
            ports.append(port)
            if pids is not None:
                pids.append(pid)
        token = subprocess.run(
            [sys.executable, "-m", "relay", "agent", "add", "bench"],
            env={**os.environ, "DATABASE_URL": url},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()[-1]
        yield ports, token


async def live_desktop(port: int, token: str) -> ClientConnection:
    """A desktop's WebSocket, resumed at the head and live."""
    ws = await connect(
        f"ws://127.0.0.1:{port}/api/ws",
        additional_headers={"Authorization": f"Bearer {token}"},
        max_size=None,
    )
    await ws.send(ResumeFrame(None, head(port, token)).to_text())
    assert json.loads(await ws.recv())["type"] == "live"
    return ws


async def arrivals(ws: ClientConnection, tag: str, count: int) -> dict[str, float]:
    """When each of `count` events whose text starts with `tag` reached the desktop
    (time.monotonic()), by text."""
    seen: dict[str, float] = {}
    while len(seen) < count:
        frame = json.loads(await ws.recv())
        now = time.monotonic()
        for event in frame.get("events", []):
            text = event.get("data", {}).get("text", "")
            if text.startswith(tag):
                seen[text] = now
    return seen


def one_relay_configs(delays_ms: Sequence[float]) -> list[tuple[str, str, float]]:
    """(label, store, delay): SQLite, PostgreSQL beside the relay, and PostgreSQL each of
    `delays_ms` further away."""
    near = [("SQLite", "sqlite", 0.0), ("PostgreSQL", "postgresql", 0.0)]
    return near + [(f"PostgreSQL, +{ms:g} ms", "postgresql", ms / 1000) for ms in delays_ms]


def print_heading(title: str) -> None:
    print(f"# {title}, {time.strftime('%Y-%m-%d %H:%M')} UTC\n")
    print(
        f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python"
        f" {platform.python_version()}; relay, PostgreSQL and load on the same machine.\n"
    )


def print_round_trips() -> None:
    """What each delay asked for came to, measured through the proxy."""
    for delay, seconds in ROUND_TRIPS.items():
        print(
            f"\n`+{delay * 1000:g} ms`: the database behind bench/latency_proxy.py, which"
            f" delays each chunk half that each way; `SELECT 1` through it took"
            f" {seconds * 1000:.2f} ms (median of 50), about 0.1 ms without it."
        )


def cpu_times() -> tuple[int, int]:
    """(idle, total) clock ticks of the whole machine so far, from /proc/stat."""
    ticks = [int(n) for n in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    return ticks[3] + ticks[4], sum(ticks)  # idle and iowait count as idle


def postgres_cpu() -> float:
    """CPU seconds used so far by every PostgreSQL process alive (its server's, for the
    connections of the configuration measured: they live as long as it does)."""
    total = 0.0
    for comm in Path("/proc").glob("[0-9]*/comm"):
        try:
            if comm.read_text().strip() == "postgres":
                total += cpu_seconds(int(comm.parent.name))
        except OSError:
            continue  # gone meanwhile
    return total


class LockSampler:
    """How often the write lock that orders seqs is held, and waited for, over a stretch:
    pg_locks read every 5 ms on a connection of its own (a bigint advisory key shows as
    its high and low 32 bits)."""

    QUERY = (
        "SELECT count(*) FILTER (WHERE granted), count(*) FILTER (WHERE NOT granted)"
        " FROM pg_locks WHERE locktype = 'advisory' AND classid = %s AND objid = %s"
        " AND objsubid = 1"
    )

    def __init__(self) -> None:
        self.samples = self.held = self.waited = 0
        self.cpu = 0.0  # the sampling thread's own CPU seconds, not the load's
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> LockSampler:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        key = (WRITE_LOCK >> 32, WRITE_LOCK & 0xFFFFFFFF)
        with psycopg.connect(ADMIN_URL, autocommit=True) as conn:
            while not self._stop.wait(0.005):
                granted, waiting = conn.execute(self.QUERY, key).fetchone()  # type: ignore[misc]
                self.samples += 1
                self.held += granted > 0
                self.waited += waiting > 0
        self.cpu = time.thread_time()

    def __str__(self) -> str:
        if not self.samples:
            return "-"
        return f"{self.held / self.samples:.0%} ({self.waited / self.samples:.0%})"


def head(port: int, token: str) -> int:
    answer = httpx.get(
        f"http://127.0.0.1:{port}/api/status", headers={"Authorization": f"Bearer {token}"}
    )
    return int(answer.json()["head"])


async def split_ingest(ports: list[int], requests: list[bytes], concurrency: int) -> Result:
    """Every request once, dealt round-robin to the instances, as a load balancer would."""
    shares = [requests[i :: len(ports)] for i in range(len(ports))]
    results = await asyncio.gather(
        *(
            run(port, share, concurrency // len(ports))
            for port, share in zip(ports, shares, strict=True)
        )
    )
    latencies = [ms for r in results for ms in r.latencies_ms]
    statuses: dict[int, int] = {}
    for r in results:
        for status, n in r.statuses.items():
            statuses[status] = statuses.get(status, 0) + n
    return Result(len(latencies), max(r.seconds for r in results), latencies, statuses)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--posts", type=int, default=300)
    parser.add_argument(
        "--delay-ms",
        type=float,
        nargs="*",
        default=[2.0, 5.0],
        help="also run one and two relays on PostgreSQL this much further away per round trip",
    )
    args = parser.parse_args()
    for delay_ms in args.delay_ms:
        for instances in (1, 2):
            CONFIGS.append(
                (f"PostgreSQL, +{delay_ms:g} ms", "postgresql", instances, delay_ms / 1000)
            )
    uvloop.install()

    print(f"# Store benchmark, {time.strftime('%Y-%m-%d %H:%M')} UTC\n")
    with psycopg.connect(ADMIN_URL) as conn:
        version = conn.execute("SHOW server_version").fetchone()[0]  # type: ignore[index]
    print(
        f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python"
        f" {platform.python_version()}, PostgreSQL {version} on the same machine; nothing pinned.\n"
    )
    print(
        f"## Ingest: {args.requests} signed deliveries, {args.concurrency} concurrent, dealt"
        " round-robin to the instances\n"
    )
    print(
        "Acknowledged: Meta has its 200 (durable in the inbox). Stored: every event is in"
        " the log.\n"
    )
    print(
        "Write lock: how often the lock that orders seqs across instances was held (and"
        " another transaction waited for it), sampled every 5 ms from the first request"
        " until every event was stored.\n"
    )
    print("| round | store | instances | acknowledged/s | p50 ack ms | p99 ack ms | stored/s"
          " | relays' CPU | PostgreSQL's CPU | load's CPU | machine idle"
          " | write lock held (waited) |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    acked: dict[int, list[float]] = {i: [] for i in range(len(CONFIGS))}
    stored: dict[int, list[float]] = {i: [] for i in range(len(CONFIGS))}
    for rnd in range(1, args.rounds + 1):
        for index, (label, kind, instances, delay) in enumerate(CONFIGS):
            pids: list[int] = []
            helpers: list[int] = []
            with relays(kind, instances, delay, pids, helpers) as (ports, token):
                asyncio.run(split_ingest(ports, signed_requests(500), args.concurrency))
                while head(ports[0], token) < 500:
                    time.sleep(0.05)
                requests = signed_requests(args.requests)
                idle_before, total_before = cpu_times()
                busy_before = sum(cpu_seconds(pid) for pid in pids)
                database_before = postgres_cpu()
                load_before = time.process_time() + sum(cpu_seconds(pid) for pid in helpers)
                started = time.perf_counter()
                with ExitStack() as sampling:
                    lock = LockSampler()
                    if kind == "postgresql":
                        sampling.enter_context(lock)
                    result = asyncio.run(split_ingest(ports, requests, args.concurrency))
                    assert set(result.statuses) == {200}, result.statuses
                    while head(ports[0], token) < 500 + args.requests:
                        time.sleep(0.02)
                elapsed = time.perf_counter() - started
                drained = args.requests / elapsed
                cores = (sum(cpu_seconds(pid) for pid in pids) - busy_before) / elapsed
                database = (postgres_cpu() - database_before) / elapsed
                load = time.process_time() + sum(cpu_seconds(pid) for pid in helpers)
                load = (load - load_before - lock.cpu) / elapsed
                idle_after, total_after = cpu_times()
                idle = (idle_after - idle_before) / max(1, total_after - total_before)
            acked[index].append(result.rate)
            stored[index].append(drained)
            print(
                f"| {rnd} | {label} | {instances} | {result.rate:,.0f} |"
                f" {result.percentile(50):.2f} | {result.percentile(99):.2f} | {drained:,.0f} |"
                f" {cores:.2f} cores | {database:.2f} cores | {load:.2f} cores | {idle:.0%} |"
                f" {lock} |",
                flush=True,
            )
    print("\nMedians:\n")
    print("| store | instances | acknowledged/s | stored/s |")
    print("|---|---|---|---|")
    for index, (label, _kind, instances, _delay) in enumerate(CONFIGS):
        print(
            f"| {label} | {instances} | {statistics.median(acked[index]):,.0f} |"
            f" {statistics.median(stored[index]):,.0f} |"
        )
    print_round_trips()

    print(
        f"\n## Fan-out: {args.posts} webhooks at 100/s to the first instance, 10 desktops on"
        " the last\n"
    )
    print("| store | instances | p50 ms | p99 ms | max ms | ack p50 ms | ack p99 ms |")
    print("|---|---|---|---|---|---|---|")
    for label, kind, instances, delay in CONFIGS:
        with relays(kind, instances, delay) as (ports, token):
            r = asyncio.run(fanout(ports[-1], token, 0, 10, args.posts, 100.0, post_port=ports[0]))
        print(
            f"| {label} | {instances} | {r['p50']:.2f} | {r['p99']:.2f} | {r['max']:.2f} |"
            f" {r['ack_p50']:.2f} | {r['ack_p99']:.2f} |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
