"""`python -m demo`: a local relay on SQLite, the Meta simulator playing a small shop's day,
and the desktop app signed in to watch it and answer.

No Meta account and no network are needed. The simulator (`metasim`) plays
Meta: it replays the owner's chat history, then customers write (one of them
every kind of message WhatsApp has), the owner answers from the WhatsApp
Business app on the phone, an agent answers through the relay (which sends
through the simulated Cloud API), and every webhook is signed and delivered
to the relay, which stores it and streams it to the desktop. Reply from the
window: the simulator plays Meta's delivery and read receipts. Closing the
window or Ctrl+C stops everything. `--console` streams the events in the
terminal instead (also where there is no screen or no PySide6).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from websockets.sync.client import connect

from demo.day import play_day
from demo.showcase import CUSTOMER as SHOWCASE_CUSTOMER
from demo.stack import Stack
from wire.frames import ResumeFrame

# What Qt 6's X11 plugin needs that minimal Linux installs lack.
XCB_LIBRARIES = "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1"


# (simulator control path, or "relay:" + a relay path for the agent; body; what it plays)
def _describe(event: dict[str, Any]) -> str:
    data = event.get("data", {})
    who = data.get("contact_name") or event.get("conversation") or "-"
    if event["kind"] == "message":
        arrow = "→" if data.get("direction") == "out" else "←"
        origin = data.get("agent") or data.get("origin")
        return f"{arrow} {who} [{origin}] {data.get('text') or data.get('type')}"
    if event["kind"] == "status":
        return f"✓ {data.get('status')} {data.get('wamid')}"
    return f"{event['kind']}: {data.get('event') or data.get('action') or data.get('reason') or ''}"


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m demo", description=__doc__)
    parser.add_argument("--data", default="data/demo", help="data folder (default: data/demo)")
    parser.add_argument("--once", action="store_true", help="exit after the script has played")
    parser.add_argument("--console", action="store_true", help="stream events, no window")
    args = parser.parse_args()
    data = Path(args.data).resolve()
    _fresh(data)
    why_console = "" if args.console else _no_desktop()
    if why_console:
        print(f"(no window: {why_console}; streaming the events here)")
    try:
        # An administrator: the window's Team and Meta check work against the simulator.
        # Agents are people: the replies the demo sends are signed by Ana.
        with Stack(data, agent="Ana", admin=True) as stack:
            print(
                f"Relay on {stack.relay_url} (SQLite at {data / 'relay.db'}), Meta simulator on "
                f"{stack.sim_url}. Administrator {stack.agent!r} signed in."
            )
            if args.console or why_console:
                _console(stack, args.once)
            else:
                from desktop.qt_messages import quiet_probing  # noqa: PLC0415 - Qt if shown

                quiet_probing()
                from demo.window import run_desktop  # noqa: PLC0415

                return run_desktop(
                    stack, data / "desktop", lambda: play_day(stack), args.once, SHOWCASE_CUSTOMER
                )
    except KeyboardInterrupt:
        print()
    return 0


def _fresh(data: Path) -> None:
    """Each run plays the same day from the start: what an earlier run left goes."""
    if not data.exists():
        return
    for name in ("relay.db", "relay.db-wal", "relay.db-shm"):
        (data / name).unlink(missing_ok=True)
    for folder in ("desktop", "media"):
        shutil.rmtree(data / folder, ignore_errors=True)


def _no_desktop() -> str:
    """Why the window cannot be shown here, or ""."""
    try:
        import PySide6.QtWidgets  # noqa: F401, PLC0415
    except ImportError:
        return "PySide6 is not installed (pip install -e '.[relay,desktop]')"
    graphical = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    if sys.platform.startswith("linux") and not any(os.environ.get(v) for v in graphical):
        return "no screen (DISPLAY is not set)"
    # Qt aborts the whole process when it cannot open a window (a missing system library):
    # find out in a throwaway process first.
    probe = subprocess.run(
        [sys.executable, "-c", "from PySide6.QtWidgets import QApplication; QApplication([])"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if probe.returncode != 0:
        said = [line for line in probe.stderr.splitlines() if line.strip()]
        hint = f" (on Linux: sudo apt install {XCB_LIBRARIES})" if "xcb" in probe.stderr else ""
        return f"Qt cannot open a window here: {said[0] if said else probe.returncode}{hint}"
    return ""


def _console(stack: Stack, once: bool) -> None:
    headers = {"Authorization": f"Bearer {stack.token}"}
    ws_url = stack.relay_url.replace("http://", "ws://") + "/api/ws"
    with connect(ws_url, additional_headers=headers) as ws:
        ws.send(ResumeFrame(None, 0).to_text())
        play_day(stack)
        deadline = time.monotonic() + (3 if once else float("inf"))
        print("Live stream (Ctrl+C to stop):")
        while time.monotonic() < deadline:
            try:
                frame = json.loads(ws.recv(timeout=0.5))
            except TimeoutError:
                continue
            for event in frame.get("events", []):
                print(f"  #{event['seq']:<4} {_describe(event)}")
            if frame.get("type") == "live":
                print(f"  (caught up at seq {frame['head']}; waiting for more)")


if __name__ == "__main__":
    sys.exit(main())
