"""How big the frozen desktop is and how long it takes to show its window.

    .venv/bin/pyinstaller build.spec --noconfirm        # first: the app to measure
    .venv/bin/python bench/desktop_start_bench.py       # prints a markdown report

Side by side, in the same run: a reference, the plainest one-folder PyInstaller app of
an empty PySide6 window (built here, in a temporary folder), and Puente's frozen folder
(dist/Puente). For each: the folder's size, and the time from starting the process to its
window's first paint (`PUENTE_EXIT_ON_FIRST_PAINT`: the app says "painted" and quits),
started five times on the offscreen platform with a profile and no relay answering (the
app opens on its cache, as after any restart). Cold starts, as after a reboot: the kernel's
page cache is dropped before each (`/proc/sys/vm/drop_caches`, so they need root; without
it the column says so). Warm starts: the files already in memory. The installers in
dist/installers are listed with their sizes when there.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5
COLD_RUNS = 3
DROP_CACHES = Path("/proc/sys/vm/drop_caches")

REFERENCE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

class First(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication(sys.argv)
window = QWidget()
window.resize(800, 600)
first = First()
window.installEventFilter(first)
window.show()
app.exec()
"""


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def build_reference(work: Path) -> Path:
    script = work / "reference.py"
    script.write_text(REFERENCE)
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
         "--onedir", "--name", "reference", "--distpath", str(work / "dist"),
         "--workpath", str(work / "build"), "--specpath", str(work), str(script)],
        check=True,
    )  # fmt: skip
    return work / "dist" / "reference" / "reference"


def first_paint(executable: Path, profile: Path) -> float:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PUENTE_EXIT_ON_FIRST_PAINT": "1",
        "PUENTE_RELAY_URL": "http://127.0.0.1:9",
        "PUENTE_TOKEN": "bench",
    }
    started = time.perf_counter()
    done = subprocess.run(
        [str(executable), "--profile", str(profile)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    elapsed = time.perf_counter() - started
    if "painted" not in done.stdout:
        raise SystemExit(f"{executable} did not paint: {done.stderr[-500:]}")
    return elapsed


def drop_page_cache() -> bool:
    """Empty the kernel's page cache (as a reboot would); False if this process may not."""
    os.sync()
    try:
        DROP_CACHES.write_text("3\n")
    except OSError:
        return False
    return True


def measure(executable: Path, work: Path) -> tuple[list[float], list[float]]:
    """(cold starts, empty if the page cache cannot be dropped; warm starts)."""
    cold = []
    for i in range(COLD_RUNS):
        if not drop_page_cache():
            cold = []
            break
        cold.append(first_paint(executable, work / f"cold-{i}"))
    first_paint(executable, work / "warming")  # into the page cache
    warm = [first_paint(executable, work / f"profile-{i}") for i in range(RUNS)]
    return cold, warm


def main() -> int:
    app = ROOT / "dist" / "Puente" / "Puente"
    if not app.exists():
        raise SystemExit("no dist/Puente: run `.venv/bin/pyinstaller build.spec` first")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        reference = build_reference(work)
        rows = []
        for name, executable in (("reference: an empty PySide6 window", reference),
                                 ("Puente", app)):  # fmt: skip
            cold, warm = measure(executable, work / name.split(":")[0])
            size = folder_size(executable.parent)
            cold_cell = f"{statistics.median(cold):.2f}" if cold else "not measured (needs root)"
            rows.append(
                f"| {name} | {size / 1e6:.0f} | {size / 2**20:.0f} | {cold_cell} "
                f"| {statistics.median(warm):.2f} | {max(warm):.2f} |"
            )
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    machine = f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    print(f"### Results, {when} ({machine})")
    print()
    print(
        f"| app | folder MB | folder MiB | cold start s (median of {COLD_RUNS}) "
        f"| warm start s (median of {RUNS}) | slowest warm s |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    print("\n".join(rows))
    installers = sorted((ROOT / "dist" / "installers").glob("*"))
    if installers:
        print()
        print("| installer | MB |")
        print("|---|---:|")
        for path in installers:
            print(f"| {path.name} | {path.stat().st_size / 1e6:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
