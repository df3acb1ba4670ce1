"""Team inbox benchmark: presence fan-out to 50 desktops, filtering 10,000 conversations,
and catching up 10,000 `conversation` events, each next to a reference in the same run.

    .venv/bin/python bench/team_bench.py [--desktops 50] [--rounds 200] [--conversations 10000]

Presence runs against a real relay on loopback with real WebSocket clients; its
reference is the same fan-out of a stored event (a signed webhook). Filtering
runs the real list model and proxy offscreen; its reference is the same
predicate in a Python list comprehension. The catch-up applies records to a
real cache; its reference is as many plain text messages. Prints Markdown.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from harness import RelayProcess
from PySide6.QtWidgets import QApplication
from websockets.asyncio.client import ClientConnection, connect

from desktop.cache import Cache, ConversationRow
from desktop.conversations import STATE_FILTERS, ConversationFilter, ConversationListModel
from desktop.records import MessageRecord, TeamRecord
from metasim import payloads
from wire.team import ConversationData

AGENTS = ("Ana", "Luis", "Marta", "Beto")
STATES = ("open", "pending", "resolved", "snoozed")


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


async def _desk(url: str, token: str) -> ClientConnection:
    ws = await connect(
        url.replace("http", "ws") + "/api/ws",
        additional_headers={"Authorization": f"Bearer {token}"},
        max_size=None,
    )
    await ws.send(json.dumps({"type": "resume", "epoch": None, "after": 0}))
    while json.loads(await ws.recv())["type"] != "live":
        pass
    return ws


async def _fan_out(
    relay: RelayProcess, desktops: int, rounds: int
) -> tuple[list[float], list[float]]:
    tokens = [relay.add_agent(f"Agente{i}") for i in range(desktops)]
    desks = [await _desk(relay.url, token) for token in tokens]
    sayer, others = desks[0], desks[1:]

    async def until_all(kind: str) -> float:
        async def one(ws: ClientConnection) -> None:
            while json.loads(await ws.recv())["type"] != kind:
                pass

        await asyncio.gather(*(one(ws) for ws in others))
        return time.perf_counter()

    presence: list[float] = []
    for i in range(rounds):
        state = "typing" if i % 2 == 0 else "viewing"
        started = time.perf_counter()
        await sayer.send(json.dumps({"type": "presence", "conversation": "521", "state": state}))
        presence.append((await until_all("presence") - started) * 1000)
    # The reference: a stored event's fan-out (signed webhook, stored durably, streamed).
    events: list[float] = []
    for i in range(min(rounds, 50)):
        body = payloads.text_message("5215500000001", f"hola {i}")
        started = time.perf_counter()
        await asyncio.to_thread(relay.post, body)
        events.append((await until_all("events") - started) * 1000)
    for ws in desks:
        await ws.close()
    return presence, events


def bench_presence(folder: Path, desktops: int, rounds: int) -> list[str]:
    relay = RelayProcess(folder / "relay").start()
    try:
        presence, events = asyncio.run(_fan_out(relay, desktops, rounds))
    finally:
        relay.stop()
    return [
        f"### Presence to {desktops - 1} other desktops ({rounds} rounds)",
        "",
        "| what | p50 ms | p99 ms | max ms |",
        "|---|---|---|---|",
        f"| presence frame, said by one desktop, received by all | "
        f"{statistics.median(presence):.2f} | {p99(presence):.2f} | {max(presence):.2f} |",
        f"| reference: a webhook's event, stored and received by all | "
        f"{statistics.median(events):.2f} | {p99(events):.2f} | {max(events):.2f} |",
        "",
    ]


def _rows(count: int) -> list[ConversationRow]:
    now = int(time.time())
    rows = []
    for i in range(count):
        team = ConversationData(
            STATES[i % 4], None, AGENTS[i % 5] if i % 5 < 4 else None, ("VIP",) if i % 7 else ()
        )
        last_in = now - i * 60
        rows.append(
            ConversationRow(
                str(5215500000000 + i), "106", f"Cliente {i}", None, None, last_in, i % 3, None,
                team=team, last_in=last_in, last_out=last_in - 30 if i % 2 else last_in + 30,
            )
        )  # fmt: skip
    return rows


def bench_filtering(count: int) -> list[str]:
    rows = _rows(count)
    model = ConversationListModel()
    model.reset(rows)
    proxy = ConversationFilter()
    proxy.setSourceModel(model)
    changes: list[tuple[str, Callable[[], None]]] = [
        ("state: open", lambda: proxy.set_states(STATE_FILTERS["open"])),
        ("owner: mine", lambda: proxy.set_owner("mine", "Ana")),
        ("needs reply only", lambda: proxy.set_needs_reply_only(True)),
        ("owner: unassigned", lambda: proxy.set_owner("unassigned", "Ana")),
        ("state: all", lambda: proxy.set_states(STATE_FILTERS["all"])),
        (
            "everything again",
            lambda: (proxy.set_needs_reply_only(False), proxy.set_owner("all", "")),
        ),
    ]
    timings = []
    for name, change in changes * 5:
        started = time.perf_counter()
        change()
        shown = proxy.rowCount()
        timings.append((name, (time.perf_counter() - started) * 1000, shown))
    started = time.perf_counter()
    waiting = model.needing_reply()
    badge_ms = (time.perf_counter() - started) * 1000
    # The counts beside the owner choices, made again at every update of the list.
    proxy.set_owner("all", "Ana")
    owner_ms = []
    for _ in range(30):
        started = time.perf_counter()
        counts = proxy.owner_counts()
        owner_ms.append((time.perf_counter() - started) * 1000)
    # The reference: the same predicate over the same rows, no Qt.
    reference = []
    for _ in range(30):
        started = time.perf_counter()
        kept = [
            r for r in rows
            if r.team.state in STATE_FILTERS["open"] and r.team.assignee == "Ana" and r.needs_reply
        ]  # fmt: skip
        reference.append((time.perf_counter() - started) * 1000)
    per_change = [ms for _, ms, _ in timings]
    return [
        f"### Filtering {count:,} conversations",
        "",
        "| what | median ms | max ms |",
        "|---|---|---|",
        f"| a filter change in the list (proxy model, {len(per_change)} changes) | "
        f"{statistics.median(per_change):.1f} | {max(per_change):.1f} |",
        f"| the badge: conversations needing a reply ({waiting:,}) | {badge_ms:.1f} | - |",
        f"| the owner choices' counts, at each update of the list ({counts['all']:,},"
        f" {counts['mine']:,} mine, {counts['unassigned']:,} unassigned) |"
        f" {statistics.median(owner_ms):.1f} | {max(owner_ms):.1f} |",
        f"| reference: the same predicate as a list comprehension ({len(kept):,} kept) | "
        f"{statistics.median(reference):.1f} | {max(reference):.1f} |",
        "",
    ]


def bench_catch_up(folder: Path, count: int) -> list[str]:
    conversations = [str(5215500000000 + i) for i in range(1000)]
    setup = Cache(folder / "team.db")
    setup.apply("e", 1000, [
        MessageRecord(i + 1, f"msg:w{i}", c, "106", 1_790_000_000 + i, f"w{i}", "in",
                      "customer", "text", f"hola {i}")
        for i, c in enumerate(conversations)
    ])  # fmt: skip
    team = [
        TeamRecord(1000 + i + 1, f"conversation:t{i}", conversations[i % 1000], "106",
                   1_790_100_000 + i,
                   ConversationData(STATES[i % 4], None, AGENTS[i % 4], ("VIP",), "Ana", "state"))
        for i in range(count)
    ]  # fmt: skip
    started = time.perf_counter()
    for at in range(0, count, 500):
        setup.apply("e", 1000 + at + 500, team[at : at + 500])
    team_s = time.perf_counter() - started
    setup.close()
    reference = Cache(folder / "plain.db")
    plain = [
        MessageRecord(i + 1, f"msg:p{i}", conversations[i % 1000], "106", 1_790_000_000 + i,
                      f"p{i}", "in", "customer", "text", f"mensaje {i}")
        for i in range(count)
    ]  # fmt: skip
    started = time.perf_counter()
    for at in range(0, count, 500):
        reference.apply("e", at + 500, plain[at : at + 500])
    plain_s = time.perf_counter() - started
    reference.close()
    return [
        f"### Catching up {count:,} `conversation` events (batches of 500, 1,000 conversations)",
        "",
        "| what | seconds | events/s |",
        "|---|---|---|",
        f"| `conversation` events into the cache | {team_s:.2f} | {count / team_s:,.0f} |",
        f"| reference: as many text messages | {plain_s:.2f} | {count / plain_s:,.0f} |",
        "",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--desktops", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--conversations", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=10_000)
    args = parser.parse_args()
    QApplication([sys.argv[0]])
    report = [
        f"## Team inbox benchmark, {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}, Linux {platform.release()}, Qt offscreen.",
        "",
    ]
    with tempfile.TemporaryDirectory(prefix="puente-team-bench-") as tmp:
        folder = Path(tmp)
        (folder / "relay").mkdir()
        report += bench_presence(folder, args.desktops, args.rounds)
        report += bench_filtering(args.conversations)
        report += bench_catch_up(folder, args.events)
    print("\n".join(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
