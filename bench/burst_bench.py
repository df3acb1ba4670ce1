"""A burst: 2,000 deliveries posted at once, and how long after its 200 each reaches a desktop.

    cd bench && ../.venv/bin/python burst_bench.py      # needs the local PostgreSQL

The contract says a delivery's events are streamed within a second of its 200.
A burst tests it: every delivery is posted at once over 64 keep-alive
connections while one desktop is live; each delivery's text names it, so its
200 and its arrival at the desktop are matched. Reported per store: how fast
the burst was acknowledged, and the time from each 200 to the desktop (p50,
p99, max). The relay must either process as fast as it acknowledges, or slow
its acknowledgements (backpressure) before its backlog passes a second.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time

import uvloop
from loadgen import build_request, post_acked, taking
from relay_bench import PATH, SECRET
from store_bench import (
    arrivals,
    live_desktop,
    one_relay_configs,
    print_heading,
    print_round_trips,
    relays,
)

from metasim import payloads


def burst(count: int, tag: str, messages: int) -> list[bytes]:
    """`count` signed requests; each delivery's texts say `<tag>=<its index>`."""
    out = []
    for i in range(count):
        phone = str(5215700000000 + i % 500)
        if messages == 1:
            payload = payloads.text_message(phone, f"{tag}={i}")
        else:  # Meta batches: texts "<tag>=<i> <k>" from `messages` customers
            payload = payloads.batch(messages, phone_base=int(phone) * 100, body=f"{tag}={i}")
        body = payloads.encode(payload)
        out.append(build_request(PATH, body, {"X-Hub-Signature-256": payloads.sign(SECRET, body)}))
    return out


async def measure(
    port: int, token: str, count: int, connections: int, messages: int
) -> dict[str, float]:
    tag = f"b{time.monotonic_ns()}"
    requests = burst(count, tag, messages)
    acked = [0.0] * count
    ws = await live_desktop(port, token)

    take = taking(enumerate(requests))
    listener = asyncio.create_task(arrivals(ws, f"{tag}=", count * messages))
    started = time.monotonic()
    await asyncio.gather(*(post_acked(port, take, acked) for _ in range(connections)))
    acked_in = max(acked) - started
    by_text = await asyncio.wait_for(listener, 120)
    await ws.close()
    # A delivery has arrived when its last event has.
    last: dict[str, float] = {}
    for text, at in by_text.items():
        delivery = text.split(" ", 1)[0]
        last[delivery] = max(at, last.get(delivery, 0.0))
    arrived = [last[f"{tag}={i}"] for i in range(count)]
    lags = sorted((a - b) * 1000 for a, b in zip(arrived, acked, strict=True))
    return {
        "acked_s": acked_in,
        "p50": lags[len(lags) // 2],
        "p99": lags[int(len(lags) * 0.99)],
        "max": lags[-1],
        "streamed_s": max(arrived) - started,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--deliveries", type=int, default=2000)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--messages", type=int, default=1, help="customer texts per delivery")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--delay-ms", type=float, nargs="*", default=[2.0])
    args = parser.parse_args()
    configs = one_relay_configs(args.delay_ms)
    uvloop.install()
    print_heading("Burst benchmark")
    carrying = f", each carrying {args.messages} texts" if args.messages > 1 else ""
    print(
        f"{args.deliveries} deliveries{carrying} posted at once over {args.connections}"
        " connections, one desktop live. Lag: from a delivery's 200 to its (last) event at"
        " the desktop.\n"
    )
    print("| round | store | all acknowledged in s | all streamed in s | lag p50 ms"
          " | lag p99 ms | lag max ms |")  # fmt: skip
    print("|---|---|---|---|---|---|---|")
    p99s: dict[str, list[float]] = {label: [] for label, _, _ in configs}
    for rnd in range(1, args.rounds + 1):
        for label, kind, delay in configs:
            with relays(kind, 1, delay) as (ports, token):
                r = asyncio.run(
                    measure(ports[0], token, args.deliveries, args.connections, args.messages)
                )
            p99s[label].append(r["p99"])
            print(
                f"| {rnd} | {label} | {r['acked_s']:.2f} | {r['streamed_s']:.2f} |"
                f" {r['p50']:.0f} | {r['p99']:.0f} | {r['max']:.0f} |",
                flush=True,
            )
    print("\nMedian lag p99 per store:\n")
    for label, values in p99s.items():
        print(f"- {label}: {statistics.median(values):.0f} ms")
    print_round_trips()
    return 0


if __name__ == "__main__":
    sys.exit(main())
