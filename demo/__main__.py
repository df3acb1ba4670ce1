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
import shutil
import sys
import threading
from pathlib import Path

from demo.day import play_day
from demo.screen import why_no_window
from demo.showcase import CUSTOMER as SHOWCASE_CUSTOMER
from demo.stack import Stack
from desktop.engine import Engine
from desktop.summaries import Translate
from desktop.tail import Printer
from desktop.words import shell_words


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m demo", description=__doc__)
    parser.add_argument("--data", default="data/demo", help="data folder (default: data/demo)")
    parser.add_argument("--once", action="store_true", help="exit after the script has played")
    parser.add_argument("--console", action="store_true", help="stream events, no window")
    args = parser.parse_args()
    data = Path(args.data).resolve()
    _fresh(data)
    translate = shell_words()
    why_console = "" if args.console else why_no_window(translate)
    if why_console:
        print(translate("Demo", "(no window: %1; the events show here)").replace("%1", why_console))
    try:
        # An administrator: the window's Team and Meta check work against the simulator.
        # Agents are people: the replies the demo sends are signed by Ana.
        with Stack(data, agent="Ana", admin=True) as stack:
            started = translate(
                "Demo", "Relay on %1 (SQLite at %2), Meta simulator on %3. %4 signed in."
            )
            for n, value in enumerate(
                (stack.relay_url, str(data / "relay.db"), stack.sim_url, stack.agent), 1
            ):
                started = started.replace(f"%{n}", value)
            print(started)
            if args.console or why_console:
                _console(stack, args.once, translate)
            else:
                from desktop.qt_messages import quiet_probing  # noqa: PLC0415 - Qt if shown

                quiet_probing()
                from demo.window import run_desktop  # noqa: PLC0415

                return run_desktop(
                    stack,
                    data / "desktop",
                    lambda: play_day(stack, translate=translate),
                    args.once,
                    SHOWCASE_CUSTOMER,
                    translate,
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


def _console(stack: Stack, once: bool, translate: Translate) -> None:
    """The day, and every event as the desktop understands it, in the shell's language."""
    done = threading.Event()
    printer = Printer(done, translate)
    engine = Engine(":memory:", stack.relay_url, stack.token, printer, every_row=True)
    engine.start()
    try:
        print(translate("Demo", "What arrives, as a desktop sees it (Ctrl+C to stop):"))
        play_day(stack, say=printer.say, translate=translate)
        # Meta's receipts come a moment after the last message.
        done.wait(3 if once else None)
    finally:
        engine.stop()


if __name__ == "__main__":
    sys.exit(main())
