"""Desktop benchmark: open and scroll a 100,000-message conversation, apply a 50,000-event
catch-up, and hold 1,000,000 cached messages, each next to a reference in the same run.

    .venv/bin/python bench/desktop_bench.py [--messages 100000] [--events 50000]

Runs offscreen (QT_QPA_PLATFORM=offscreen) with the real widgets, the real
engine and cache, and for the catch-up a real relay on loopback. Prints a
Markdown report (docs/benchmarks.md keeps the last one).
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from harness import RelayProcess
from PySide6.QtCore import QEvent, QObject, QSettings, QStringListModel, QTimer
from PySide6.QtWidgets import QApplication, QListView

from desktop.app import tune_gc
from desktop.cache import Cache
from desktop.engine import Engine
from desktop.preferences import Preferences
from desktop.records import MessageRecord
from desktop.session import Session
from desktop.window import MainWindow
from metasim import payloads

CONVERSATION = "5215500000001"
NOWHERE = "http://127.0.0.1:9"  # a relay that is not there: the cache alone is measured
WORDS = ["hola", "gracias", "pedido", "envío", "mañana", "talla", "precio", "dirección"]


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def text(i: int) -> str:
    n = 3 + i % 17
    return " ".join(WORDS[(i * 7 + k) % len(WORDS)] for k in range(n)) + f" #{i}"


def fill(cache: Cache, conversation_of: Callable[[int], str], count: int) -> None:
    """Store `count` messages through the cache's own apply, in batches."""
    start = int(time.time()) - count * 10
    batch: list[MessageRecord] = []
    for i in range(count):
        out = i % 3 == 0
        batch.append(
            MessageRecord(
                seq=i + 1,
                key=f"msg:wamid.B{i}",
                conversation=conversation_of(i),
                account="106",
                timestamp=start + i * 10,
                wamid=f"wamid.B{i}",
                direction="out" if out else "in",
                origin="agent" if out else "customer",
                type="text",
                text=text(i),
                contact_name=None if out else f"Cliente {conversation_of(i)[-4:]}",
                agent="Ana" if out else None,
            )
        )
        if len(batch) == 20_000:
            cache.apply("bench", i + 1, batch)
            batch = []
    if batch:
        cache.apply("bench", count, batch)


class Frames(QObject):
    """Counts paint events of a widget."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def until(app: QApplication, done: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        app.processEvents()
        if time.monotonic() > deadline:
            raise TimeoutError("benchmark step timed out")
        time.sleep(0.0005)


def window_on(folder: Path, cache_file: Path, relay_url: str, token: str) -> MainWindow:
    preferences = Preferences(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    session = Session(cache_file, relay_url, token)
    window = MainWindow(session, preferences)
    window.resize(1100, 760)
    window.show()
    tune_gc()  # as the app does once its window is up
    session.start()
    return window


def bench_long_conversation(app: QApplication, folder: Path, messages: int) -> list[str]:
    cache_file = folder / "long.db"
    cache = Cache(cache_file)
    fill(cache, lambda i: CONVERSATION, messages)
    cache.close()
    window = window_on(folder, cache_file, NOWHERE, "x")
    until(app, lambda: window.conversations.rowCount() == 1)
    frames = Frames()
    window.view.viewport().installEventFilter(frames)
    started = time.perf_counter()
    window.open(CONVERSATION)
    until(app, lambda: window.timeline.rowCount() > 0 and frames.paints > 0)
    opened_ms = (time.perf_counter() - started) * 1000
    # Scroll from the newest message to the oldest and back, a flick (400 px) per frame.
    step_ms: list[float] = []
    bar = window.view.verticalScrollBar()
    for direction in (-1, 1):
        end = time.monotonic() + 600
        while time.monotonic() < end:
            before = (bar.value(), window.timeline.rowCount())
            t0 = time.perf_counter()
            bar.setValue(bar.value() + direction * 400)
            window.view.viewport().repaint()
            app.processEvents()
            elapsed = (time.perf_counter() - t0) * 1000
            # Frames spent waiting at an end for the next page move nothing: not counted.
            if (bar.value(), window.timeline.rowCount()) != before or elapsed > 16:
                step_ms.append(elapsed)
            at_end = bar.value() <= 0 if direction < 0 else bar.value() >= bar.maximum()
            model_end = window.timeline.complete if direction < 0 else window.timeline.latest
            if at_end and model_end and not window.timeline.loading:
                break
    rows_held = window.timeline.rowCount()
    window.session.stop()
    window.close()

    # The reference: one QListView over all the rows (plain text, no delegate), as the
    # issue measured it, the way a naive client would show the conversation.
    reference = QListView()
    reference.resize(760, 700)
    reference.show()
    strings = [text(i) for i in range(messages)]
    ref_frames = Frames()
    reference.viewport().installEventFilter(ref_frames)
    started = time.perf_counter()
    reference.setModel(QStringListModel(strings))
    reference.scrollToBottom()
    until(app, lambda: ref_frames.paints > 0)
    ref_open_ms = (time.perf_counter() - started) * 1000
    reference.close()
    return [
        f"### Opening and scrolling a {messages:,}-message conversation",
        "",
        "| client | open ms | moving frames | frame p50 ms | frame p99 ms | longest frame ms | "
        "rows held |",
        "|---|---|---|---|---|---|---|",
        f"| Puente (windowed model, delegate) | {opened_ms:.1f} | {len(step_ms)} | "
        f"{statistics.median(step_ms):.2f} | {_p99(step_ms):.2f} | {max(step_ms):.2f} | "
        f"{rows_held:,} |",
        f"| reference: QListView over every row | {ref_open_ms:.1f} | - | - | - | - | "
        f"{messages:,} |",
        "",
    ]


def bench_catch_up(app: QApplication, folder: Path, events: int) -> list[str]:
    (folder / "relay").mkdir()
    relay = RelayProcess(folder / "relay").start()
    try:
        token = relay.add_agent("Ana")
        per_chunk, threads = 1000, 4
        for chunk in range(events // per_chunk):
            body = payloads.history_chunk(
                {
                    str(5215600000000 + chunk * threads + t): [
                        (i % 2 == 0, text(i)) for i in range(per_chunk // threads)
                    ]
                    for t in range(threads)
                },
                chunk_order=chunk + 1,
                progress=int(100 * (chunk + 1) / (events // per_chunk)),
            )
            assert relay.post(body).status_code == 200
        relay.settle(token, timeout=120)
        status = relay.http.get("/api/status", headers={"Authorization": f"Bearer {token}"})
        head = int(status.json()["head"])

        # Reference: the engine alone, no GUI, applying the same catch-up.
        live: list[bool] = []
        quiet = _Quiet(live)
        engine = Engine(folder / "headless.db", relay.url, token, quiet)
        started = time.perf_counter()
        engine.start()
        until(app, lambda: bool(live), timeout=300)
        headless_s = time.perf_counter() - started
        engine.stop()

        gaps: list[float] = []
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            gaps.append((now - last[0]) * 1000)
            last[0] = now

        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(tick)
        rss_before = rss_mb()
        started = time.perf_counter()
        window = window_on(folder, folder / "catchup.db", relay.url, token)
        timer.start()
        last[0] = time.perf_counter()
        until(app, lambda: window.connection.phase == "live", timeout=300)
        gui_s = time.perf_counter() - started
        timer.stop()
        conversations = window.conversations.rowCount()
        window.session.stop()
        window.close()
        stall = max(gaps) if gaps else 0.0
        return [
            f"### Applying a catch-up of {head:,} events (a history import, {conversations} "
            "conversations)",
            "",
            "| client | seconds | longest GUI stall ms | stall p99 ms | RSS growth MB |",
            "|---|---|---|---|---|",
            f"| Puente app (engine thread + models) | {gui_s:.2f} | {stall:.1f} | "
            f"{_p99(gaps):.1f} | {rss_mb() - rss_before:.0f} |",
            f"| reference: the engine alone, headless | {headless_s:.2f} | - | - | - |",
            "",
        ]
    finally:
        relay.stop()


class _Quiet:
    """A Listener that only notes when the stream went live."""

    def __init__(self, live: list[bool]) -> None:
        self._live = live

    def on_state(self, state: object) -> None:
        if getattr(state, "phase", "") == "live":
            self._live.append(True)

    def on_conversations(self, rows: object) -> None: ...
    def on_changes(self, changes: object, rows: object) -> None: ...
    def on_progress(self, done: object, total: object) -> None: ...
    def on_resync(self, reason: object) -> None: ...
    def on_identity(self, agent: object, role: object) -> None: ...
    def on_account(self, notices: object) -> None: ...
    def on_presence(self, notice: object) -> None: ...
    def on_hello(self, hello: object) -> None: ...


def bench_memory(app: QApplication, folder: Path, cached: int) -> list[str]:
    empty = window_on(folder, folder / "empty.db", NOWHERE, "x")
    until(app, lambda: empty.connection.phase == "waiting")
    baseline = rss_mb()
    empty.session.stop()
    empty.close()
    cache_file = folder / "million.db"
    cache = Cache(cache_file)
    per_conversation = 1000
    fill(cache, lambda i: str(5215700000000 + i // per_conversation), cached)
    cache.close()
    before = rss_mb()
    window = window_on(folder, cache_file, NOWHERE, "x")
    until(app, lambda: window.conversations.rowCount() == cached // per_conversation)
    for n in range(10):  # an agent reading ten conversations, scrolling up in each
        window.open(str(5215700000000 + n * 37))
        until(app, lambda: window.timeline.rowCount() > 0)
        for _ in range(5):
            window.view.verticalScrollBar().setValue(0)
            window.view.viewport().repaint()
            app.processEvents()
    after = rss_mb()
    window.session.stop()
    window.close()
    size = cache_file.stat().st_size / 1024 / 1024
    return [
        f"### Memory with {cached:,} cached messages ({cached // per_conversation:,} "
        f"conversations, cache file {size:.0f} MB)",
        "",
        "| state | RSS MB |",
        "|---|---|",
        f"| reference: the app with an empty cache | {baseline:.0f} |",
        f"| before opening (cache filled in this process) | {before:.0f} |",
        f"| the app on {cached:,} cached messages, after reading ten conversations | {after:.0f} |",
        f"| peak of the whole run | {peak_mb():.0f} |",
        "",
    ]


def _p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] if ordered else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--cached", type=int, default=1_000_000)
    parser.add_argument(
        "--only", choices=("open", "catchup", "memory"), help="run one part of the benchmark"
    )
    args = parser.parse_args()
    app = QApplication([sys.argv[0]])
    report = [
        f"## Desktop benchmark, {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}, Linux {platform.release()}, Qt offscreen.",
        "",
    ]
    with tempfile.TemporaryDirectory(prefix="puente-desk-bench-") as tmp:
        folder = Path(tmp)
        if args.only in (None, "open"):
            report += bench_long_conversation(app, folder, args.messages)
        if args.only in (None, "catchup"):
            report += bench_catch_up(app, folder, args.events)
        if args.only in (None, "memory"):
            report += bench_memory(app, folder, args.cached)
    print("\n".join(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
