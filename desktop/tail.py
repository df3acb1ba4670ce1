"""`python -m desktop tail`: print a relay's conversation events as they arrive (headless)."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
import time
from collections.abc import Callable

from desktop import __version__
from desktop.account_state import AccountNotice
from desktop.activity import Activity
from desktop.cache import Changes, ConversationRow, MessageRow
from desktop.engine import ConnectionState, Engine
from desktop.phones import shown
from desktop.releases import newer
from desktop.summaries import Translate, notice_words, summary
from desktop.words import shell_words
from wire.content import Notice
from wire.frames import HelloFrame, PresenceNotice
from wire.redaction import Redactor
from wire.redaction import install as install_redaction


class Printer:
    """A `Listener` that prints: what an agent's screen would show, as lines, in the
    shell's language (`translate`)."""

    def __init__(
        self,
        done: threading.Event,
        translate: Translate,
        say: Callable[[str], None] = print,
    ) -> None:
        self._names: dict[str, str] = {}
        self._lock = threading.Lock()
        self._done = done
        self._translate = translate
        self._say = say
        self._seen_notices: set[tuple[str, str, int]] = set()
        # The relay refused the token: nothing will ever come, so tail ends (non-zero).
        self.refused = False
        # The cache or our code failed (the log says which): also the end.
        self.failed = False
        # The relay serves this desktop's protocol no more.
        self.outdated = False

    def say(self, line: str) -> None:
        """Print one line whole, whichever thread says it."""
        with self._lock:
            self._say(line)

    def on_state(self, state: ConnectionState) -> None:
        translate = self._translate
        detail = f" ({state.detail})" if state.detail else ""
        if state.phase == "waiting":
            wait = max(0.0, state.retry_at - time.monotonic())
            said = translate("Tail", "reconnecting in %1 s").replace("%1", f"{wait:.1f}")
        else:
            said = {
                "connecting": translate("Tail", "connecting"),
                "catching_up": translate("Tail", "catching up"),
                "live": translate("Tail", "live: what arrives shows here"),
                "unauthorized": translate("Tail", "the relay refused this token"),
                "outdated": translate("Tail", "stopped: this desktop must be updated"),
                "failed": translate("Tail", "stopped"),
                "stopped": translate("Tail", "stopped"),
            }[state.phase]
        self.say(f"· {said}{detail}")
        if state.phase == "unauthorized":
            self.refused = True
            self._done.set()
        if state.phase == "outdated":
            self.outdated = True
            self._done.set()
        if state.phase == "failed":
            # Headless, no one can fix the disk and press "try again": end, non-zero.
            self.failed = True
            self._done.set()

    def on_conversations(self, rows: list[ConversationRow]) -> None:
        self._names.update({row.id: row.title for row in rows})
        translate = self._translate
        if rows:
            said = translate("Tail", "%1 conversations in the cache")
            self.say("· " + said.replace("%1", str(len(rows))))

    def on_changes(self, changes: Changes, rows: list[ConversationRow]) -> None:
        self._names.update({row.id: row.title for row in rows})
        for message in changes.messages:
            self.say(self.line(message, self._names.get(message.conversation)))

    def on_progress(self, done: int, total: int) -> None:
        translate = self._translate
        said = translate("Tail", "catching up %1 of %2")
        self.say("· " + said.replace("%1", str(done)).replace("%2", str(total)))

    def on_resync(self, reason: str) -> None:
        translate = self._translate
        self.say("· " + translate("Tail", "starting over (%1)").replace("%1", reason))

    def on_identity(self, agent: str, role: str) -> None:
        del agent, role

    def on_account(self, notices: list[AccountNotice]) -> None:
        for notice in notices:
            key = (notice.account, notice.topic, notice.seq)
            if key in self._seen_notices:
                continue
            self._seen_notices.add(key)
            self.say("· " + self._account_words(notice))

    def on_hello(self, hello: HelloFrame) -> None:
        translate = self._translate
        if hello.update_required:
            said = translate("Tail", "this desktop is too old for the relay: update Puente (%1)")
            self.say("· " + said.replace("%1", hello.download_url or hello.oldest_desktop))
        elif hello.latest_desktop and newer(hello.latest_desktop, __version__):
            said = translate("Tail", "Puente %1 is out: %2")
            self.say(
                "· "
                + said.replace("%1", hello.latest_desktop).replace("%2", hello.download_url or "")
            )

    def on_presence(self, notice: PresenceNotice) -> None:
        translate = self._translate
        where = self._names.get(notice.conversation, notice.conversation)
        state = {
            "typing": translate("Tail", "%1 is typing in %2"),
            "viewing": translate("Tail", "%1 is looking at %2"),
        }.get(notice.state, translate("Tail", "%1 left %2"))
        self.say("· " + state.replace("%1", notice.agent).replace("%2", where))

    def line(self, m: MessageRow, name: str | None) -> str:
        """One message: its direction, who wrote it, what it says, and its ticks."""
        translate = self._translate
        arrow = "→" if m.direction == "out" else "←"
        who = {
            "customer": translate("Tail", "customer"),
            "phone_app": translate("Timeline", "WhatsApp Business app"),
            "history": translate("Timeline", "Imported"),
            "note": translate("Tail", "note"),
            "activity": translate("Tail", "team"),
        }.get(m.origin, m.origin)
        if m.origin in ("agent", "note") and m.agent:
            who = m.agent if m.origin == "agent" else f"{who} · {m.agent}"
        if m.deleted:
            said = translate("Timeline", "🚫 This message was deleted")
        elif m.type == "activity":
            activity = Activity.from_text(m.text)
            said = activity.words(translate, _short_date) if activity is not None else ""
        elif isinstance(m.content, Notice):
            said = notice_words(m.content, m.text, translate)
        else:
            said = summary(m.type, m.text, translate).replace("\n", " · ")
        state = {
            "pending": " 🕓",
            "sent": " ✓",
            "delivered": " ✓✓",
            "read": " ✓✓ " + translate("Tail", "read"),
            "played": " ✓✓ " + translate("Tail", "played"),
            "failed": " ⚠ " + translate("Tail", "failed"),
        }.get(m.status or "", "")
        if not name or name == "+" + m.conversation:
            name = shown(m.conversation)
        return f"{arrow} {name} ({who}) {said}{state}"

    def _account_words(self, notice: AccountNotice) -> str:
        translate = self._translate
        number = shown(notice.phone) if notice.phone else notice.account
        said = {
            "HISTORY_CHUNK": translate("Tail", "importing the phone's history of %1: %2 %"),
            "HISTORY_DECLINED": translate("Tail", "the owner chose not to share %1's history"),
            "NUMBER_CONNECTED": translate("Tail", "%1 is connected"),
            "ACCOUNT_RECONNECTED": translate("Tail", "%1 is connected again"),
            "PARTNER_REMOVED": translate("Tail", "%1 was disconnected from the phone"),
            "ACCOUNT_OFFBOARDED": translate("Tail", "%1 was disconnected from the phone"),
            "ACCESS_TOKEN_INVALID": translate("Tail", "Meta refused the relay's access token"),
            "SYNC_REQUESTED": translate("Tail", "asked Meta for %1's contacts and history"),
            "SYNC_FAILED": translate("Tail", "Meta could not sync %1"),
        }.get(notice.event, notice.event)
        return said.replace("%1", number).replace("%2", str(notice.progress or 0))


def _short_date(timestamp: int) -> str:
    """A moment as a terminal says it: the local date and time."""
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(timestamp))


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
    printer = Printer(done, shell_words())
    engine = Engine(args.cache, args.relay, token, printer, every_row=True)
    engine.start()
    done.wait(args.seconds or None)
    engine.stop()
    if printer.refused:
        print("tail: the relay refused this token (revoked, or another relay's)", file=sys.stderr)
        return 1
    if printer.outdated:
        print("tail: this desktop is too old for the relay; update Puente", file=sys.stderr)
        return 1
    if printer.failed:
        print(
            "tail: stopped: the cache could not be written, or a bug (see above)", file=sys.stderr
        )
        return 1
    return 0
