"""A history import of 10,000 messages: from Meta's first chunk to the last event at a desktop.

    cd bench && ../.venv/bin/python history_bench.py      # needs the local PostgreSQL

At onboarding Meta sends the phone's chat history as `history` webhooks, a
chunk after another (metasim.payloads.history_chunk builds them as Meta
documents them). Here ten chunks of 1,000 messages (50 conversations each) are
posted one after the other, as Meta does, each signed and waiting for its 200,
while one desktop is live; timed until the desktop has every message.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time

import uvloop
from loadgen import _read_response, build_request
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


def chunks(messages: int, per_chunk: int, threads: int, tag: str) -> list[bytes]:
    count = messages // per_chunk
    out = []
    for chunk in range(count):
        body = payloads.encode(
            payloads.history_chunk(
                {
                    str(5215800000000 + chunk * threads + t): [
                        (i % 3 == 0, f"{tag} {chunk}.{t}.{i}") for i in range(per_chunk // threads)
                    ]
                    for t in range(threads)
                },
                chunk_order=chunk + 1,
                progress=int(100 * (chunk + 1) / count),
            )
        )
        out.append(build_request(PATH, body, {"X-Hub-Signature-256": payloads.sign(SECRET, body)}))
    return out


async def measure(port: int, token: str, messages: int) -> dict[str, float]:
    tag = f"h{time.monotonic_ns()}"
    requests = chunks(messages, 1000, 50, tag)
    ws = await live_desktop(port, token)
    listener = asyncio.create_task(arrivals(ws, tag, messages))
    started = time.monotonic()
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for request in requests:
        writer.write(request)
        assert await _read_response(reader) == 200
    acked = time.monotonic() - started
    writer.close()
    done = max((await asyncio.wait_for(listener, 300)).values())
    await ws.close()
    return {"acked_s": acked, "streamed_s": done - started}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--delay-ms", type=float, nargs="*", default=[2.0])
    args = parser.parse_args()
    configs = one_relay_configs(args.delay_ms)
    uvloop.install()
    print_heading("History import benchmark")
    print(f"{args.messages:,} history messages in chunks of 1,000, one desktop live.\n")
    print("| round | store | all chunks acknowledged in s | all at the desktop in s |")
    print("|---|---|---|---|")
    totals: dict[str, list[float]] = {label: [] for label, _, _ in configs}
    for rnd in range(1, args.rounds + 1):
        for label, kind, delay in configs:
            with relays(kind, 1, delay) as (ports, token):
                r = asyncio.run(measure(ports[0], token, args.messages))
            totals[label].append(r["streamed_s"])
            print(f"| {rnd} | {label} | {r['acked_s']:.2f} | {r['streamed_s']:.2f} |", flush=True)
    print("\nMedian time to the desktop:\n")
    for label, values in totals.items():
        print(f"- {label}: {statistics.median(values):.2f} s")
    print_round_trips()
    return 0


if __name__ == "__main__":
    sys.exit(main())
