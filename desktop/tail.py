"""`python -m desktop tail`: print a relay's conversation events as they arrive (headless)."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
import time

from desktop.account_state import AccountNotice
from desktop.cache import Changes, ConversationRow, MessageRow
from desktop.engine import ConnectionState, Engine
from wire.frames import PresenceNotice
from wire.redaction import Redactor
from wire.redaction import install as install_redaction


class Printer:
    """A `Listener` that prints: what an agent's screen would show, as lines."""

    def __init__(self, done: threading.Event) -> None:
        self._names: dict[str, str] = {}
        self._lock = threading.Lock()
        self._done = done
        # The relay refused the token: nothing will ever come, so tail ends (non-zero).
        self.refused = False
        # The cache or our code failed (the log says which): also the end.
        self.failed = False

    def _print(self, line: str) -> None:
        with self._lock:
            print(line, flush=True)

    def on_state(self, state: ConnectionState) -> None:
        detail = f" ({state.detail})" if state.detail else ""
        if state.phase == "waiting":
            wait = max(0.0, state.retry_at - time.monotonic())
            self._print(f"· reconnecting in {wait:.1f} s{detail}")
        else:
            self._print(f"· {state.phase}{detail}")
        if state.phase == "unauthorized":
            self.refused = True
            self._done.set()
        if state.phase == "failed":
            # Headless, no one can fix the disk and press "try again": end, non-zero.
            self.failed = True
            self._done.set()

    def on_conversations(self, rows: list[ConversationRow]) -> None:
        self._names.update({row.id: row.title for row in rows})
        self._print(f"· {len(rows)} conversations in the cache")

    def on_changes(self, changes: Changes, rows: list[ConversationRow]) -> None:
        self._names.update({row.id: row.title for row in rows})
        for message in changes.messages:
            self._print(_line(message, self._names.get(message.conversation)))

    def on_progress(self, done: int, total: int) -> None:
        self._print(f"· catching up {done}/{total}")

    def on_resync(self, reason: str) -> None:
        self._print(f"· resync ({reason})")

    def on_identity(self, agent: str, role: str) -> None:
        del agent, role

    def on_account(self, notices: list[AccountNotice]) -> None:
        del notices

    def on_presence(self, notice: PresenceNotice) -> None:
        where = self._names.get(notice.conversation, notice.conversation)
        self._print(f"· {notice.agent}: {notice.state} ({where})")


def _line(m: MessageRow, name: str | None) -> str:
    arrow = "→" if m.direction == "out" else "←"
    who = m.agent or m.origin
    state = f" [{m.status}]" if m.status else ""
    return f"{arrow} {name or m.conversation} ({who}) {m.text or m.type}{state}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop tail", description=__doc__)
    parser.add_argument("--relay", default=os.environ.get("PUENTE_RELAY_URL"))
    parser.add_argument("--cache", default=":memory:", help="cache file (default: none kept)")
    parser.add_argument("--seconds", type=float, default=0, help="stop after this long")
    args = parser.parse_args(argv)
    token = os.environ.get("PUENTE_TOKEN")
    if not args.relay or not token:
        print(
            "tail: set PUENTE_TOKEN (an agent token) and --relay or PUENTE_RELAY_URL",
            file=sys.stderr,
        )
        return 2
    install_redaction(Redactor([token]))  # whatever logs, the token never shows
    done = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: done.set())
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    printer = Printer(done)
    engine = Engine(args.cache, args.relay, token, printer, every_row=True)
    engine.start()
    done.wait(args.seconds or None)
    engine.stop()
    if printer.refused:
        print("tail: the relay refused this token (revoked, or another relay's)", file=sys.stderr)
        return 1
    if printer.failed:
        print(
            "tail: stopped: the cache could not be written, or a bug (see above)", file=sys.stderr
        )
        return 1
    return 0
