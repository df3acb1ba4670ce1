"""A soak: desktops live for minutes while webhooks come steadily and in bursts.

    cd bench && ../.venv/bin/python soak_bench.py      # 12 minutes; --minutes to shorten

The contract says a delivery's events reach the desktops within a second of
its 200. Here 30 desktops stay live on one relay while signed deliveries
arrive at a steady 50 a second, with a burst of 2,000 posted at once over 64
connections every two minutes on top. Each text names its delivery, so each
200 is matched with the event's arrival at every desktop. Reported: the lag
from 200 to desktop, steady deliveries and bursts apart, minute by minute and
over the whole soak, and the relay's resident memory as it goes.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import sys
import time
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field

import orjson
import uvloop
from loadgen import build_request, post_acked, taking
from relay_bench import PATH, SECRET, rss_mb
from store_bench import live_desktop, one_relay_configs, print_heading, print_round_trips, relays
from websockets.asyncio.client import ClientConnection

from metasim import payloads

TAG = "soak="


@dataclass
class Plan:
    """Which delivery goes when: steady ones at `rate` a second, bursts at their times."""

    seconds: float
    rate: float
    burst: int
    every: float
    steady: int = field(init=False)
    bursts: list[float] = field(init=False)

    def __post_init__(self) -> None:
        self.steady = int(self.seconds * self.rate)
        # The first burst half an interval in, so the soak starts and ends steady.
        count = int(self.seconds // self.every) + 1
        self.bursts = [at for i in range(count) if (at := self.every * (i + 0.5)) < self.seconds]

    @property
    def total(self) -> int:
        return self.steady + self.burst * len(self.bursts)

    def is_burst(self, index: int) -> bool:
        return index >= self.steady


def request(index: int) -> bytes:
    phone = str(5215800000000 + index % 700)
    body = payloads.encode(payloads.text_message(phone, f"{TAG}{index}"))
    return build_request(PATH, body, {"X-Hub-Signature-256": payloads.sign(SECRET, body)})


async def listen(ws: ClientConnection, arrived: array[float], expected: int) -> None:
    """Record when each delivery's event reached this desktop, until all have."""
    seen = 0
    while seen < expected:
        frame = orjson.loads(await ws.recv())
        now = time.monotonic()
        for event in frame.get("events", ()):
            text = event.get("data", {}).get("text", "")
            if text.startswith(TAG):
                index = int(text[len(TAG) :])
                if math.isnan(arrived[index]):
                    arrived[index] = now
                    seen += 1


async def post_all(port: int, indices: Sequence[int], acked: array[float], conns: int) -> None:
    """Post the deliveries over `conns` keep-alive connections, recording each 200."""
    take = taking((index, request(index)) for index in indices)
    await asyncio.gather(*(post_acked(port, take, acked) for _ in range(conns)))


async def steady(port: int, plan: Plan, acked: array[float], started: float) -> None:
    """Post the steady deliveries at their times, over a few connections."""
    due: asyncio.Queue[tuple[int, bytes] | None] = asyncio.Queue()
    workers = [asyncio.create_task(post_acked(port, due.get, acked)) for _ in range(8)]
    for index in range(plan.steady):
        await asyncio.sleep(max(0.0, started + index / plan.rate - time.monotonic()))
        due.put_nowait((index, request(index)))
    for _ in workers:
        due.put_nowait(None)
    await asyncio.gather(*workers)


async def bursts(port: int, plan: Plan, acked: array[float], started: float, conns: int) -> None:
    for n, at in enumerate(plan.bursts):
        await asyncio.sleep(max(0.0, started + at - time.monotonic()))
        first = plan.steady + n * plan.burst
        await post_all(port, range(first, first + plan.burst), acked, conns)


async def sample_memory(pid: int, samples: list[tuple[float, float]], started: float) -> None:
    while True:
        samples.append((time.monotonic() - started, rss_mb(pid)))
        await asyncio.sleep(10)


@dataclass
class Soaked:
    acked: array[float]
    arrived: list[array[float]]
    started: float
    memory: list[tuple[float, float]]


async def soak(port: int, token: str, pid: int, plan: Plan, desktops: int, conns: int) -> Soaked:
    acked = array("d", [math.nan] * plan.total)
    arrived = [array("d", [math.nan] * plan.total) for _ in range(desktops)]
    sockets = [await live_desktop(port, token) for _ in range(desktops)]
    listeners = [
        asyncio.create_task(listen(ws, got, plan.total))
        for ws, got in zip(sockets, arrived, strict=True)
    ]
    memory: list[tuple[float, float]] = []
    started = time.monotonic()
    sampler = asyncio.create_task(sample_memory(pid, memory, started))
    await asyncio.gather(
        steady(port, plan, acked, started), bursts(port, plan, acked, started, conns)
    )
    await asyncio.wait_for(asyncio.gather(*listeners), 300)
    sampler.cancel()
    memory.append((time.monotonic() - started, rss_mb(pid)))
    for ws in sockets:
        await ws.close()
    return Soaked(acked, arrived, started, memory)


def percentiles(lags: list[float], sep: str = " | ") -> str:
    """p50, p99 and max of `lags`, as table cells (or as `sep` says)."""
    if not lags:
        return sep.join(["", "", ""])
    lags.sort()
    p50, p99 = lags[len(lags) // 2], lags[int(len(lags) * 0.99)]
    return sep.join(f"{lag:.0f}" for lag in (p50, p99, lags[-1]))


def report(label: str, plan: Plan, s: Soaked) -> None:
    """Lags in ms per minute (by when the 200 came), steady and burst apart, then overall."""
    minutes = math.ceil(plan.seconds / 60)
    steady_by: list[list[float]] = [[] for _ in range(minutes + 1)]
    burst_by: list[list[float]] = [[] for _ in range(minutes + 1)]
    for index in range(plan.total):
        minute = min(minutes, int((s.acked[index] - s.started) // 60))
        into = burst_by if plan.is_burst(index) else steady_by
        into[minute].extend((got[index] - s.acked[index]) * 1000 for got in s.arrived)
    print(f"\n#### {label}: lag from each 200 to each desktop, ms (by the minute of the 200)\n")
    print("| minute | steady p50 | steady p99 | steady max | burst p50 | burst p99 | burst max"
          " | relay RSS MB |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|")
    for minute in range(minutes):
        rss = [mb for t, mb in s.memory if minute * 60 <= t < (minute + 1) * 60]
        print(
            f"| {minute + 1} | {percentiles(steady_by[minute])} | {percentiles(burst_by[minute])}"
            f" | {max(rss) if rss else math.nan:.0f} |"
        )
    everything_steady = [lag for bucket in steady_by for lag in bucket]
    everything_burst = [lag for bucket in burst_by for lag in bucket]
    over = sum(lag > 1000 for lag in everything_steady + everything_burst)
    print(f"\nWhole soak, steady: p50/p99/max {percentiles(everything_steady, '/')} ms;"
          f" bursts: {percentiles(everything_burst, '/')} ms;"
          f" arrivals later than 1 s after their 200: {over} of"
          f" {len(everything_steady) + len(everything_burst)}.")  # fmt: skip
    first, last = s.memory[0][1], s.memory[-1][1]
    print(f"Relay RSS: {first:.0f} MB at the start, {max(mb for _, mb in s.memory):.0f} MB at"
          f" most, {last:.0f} MB at the end.")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--minutes", type=float, default=12)
    parser.add_argument("--desktops", type=int, default=30)
    parser.add_argument("--rate", type=float, default=50)
    parser.add_argument("--burst", type=int, default=2000)
    parser.add_argument("--burst-every", type=float, default=120)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--stores", nargs="*", default=["SQLite"], help="SQLite, PostgreSQL")
    parser.add_argument("--delay-ms", type=float, nargs="*", default=[])
    args = parser.parse_args()
    plan = Plan(args.minutes * 60, args.rate, args.burst, args.burst_every)
    uvloop.install()
    print_heading("Soak benchmark")
    print(
        f"{args.desktops} desktops live on one relay for {args.minutes:g} minutes;"
        f" {args.rate:g} deliveries a second, and {len(plan.bursts)} bursts of {args.burst}"
        f" posted at once over {args.connections} connections, every {args.burst_every:g} s"
        f" from {plan.bursts[0] if plan.bursts else 0:g} s: {plan.total} deliveries."
    )
    configs = [c for c in one_relay_configs(args.delay_ms) if c[0] in args.stores or c[2]]
    for label, kind, delay in configs:
        pids: list[int] = []
        with relays(kind, 1, delay, pids) as (ports, token):
            soaked = asyncio.run(
                soak(ports[0], token, pids[0], plan, args.desktops, args.connections)
            )
        report(label, plan, soaked)
    print_round_trips()
    return 0


if __name__ == "__main__":
    sys.exit(main())
