"""The engine seen from Qt: its reports as signals and its answers to slots, on the GUI thread."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QLocale, QObject, Signal, SignalInstance

from desktop.account_state import AccountNotice
from desktop.admin_client import AdminClient
from desktop.cache import Changes, ConversationRow
from desktop.commands import Commands, Unavailable
from desktop.engine import ConnectionState, Engine
from wire.frames import HelloFrame, PresenceNotice

T = TypeVar("T")
log = logging.getLogger(__name__)


class Session(QObject):
    """One signed-in agent's connection to a relay, for the widgets.

    The engine calls the listener methods below from its own thread; each one
    emits a signal, and Qt queues it to the slots on GUI objects (this object
    lives on the GUI thread). Widgets ask the engine through `commands`, get
    the answers through `deliver`, and never touch its data otherwise.
    """

    stateChanged = Signal(object)
    """(ConnectionState) the connection's phase changed."""
    conversationsLoaded = Signal(list)
    """(list[ConversationRow]) every conversation, most recent first: the list starts over."""
    changed = Signal(object, list)
    """(Changes, list[ConversationRow]) messages inserted or updated, and the touched
    conversations' new summaries."""
    progressed = Signal(int, int)
    """(done, total) events applied while catching up."""
    resynced = Signal(str)
    """(reason) the relay asked for a full resync; local state was dropped."""
    identified = Signal(str, str)
    """(agent, role) who the token belongs to, as the relay says at each connection;
    role is "admin" or "agent"."""
    accountChanged = Signal(list)
    """(list[AccountNotice]) the business numbers' latest notices (connection, history
    import, token), for the admins' banner."""
    presenceChanged = Signal(object)
    """(PresenceNotice) another agent is viewing or typing in a conversation, or stopped."""
    helloReceived = Signal(object)
    """(HelloFrame) the relay's protocol, and the desktop release it offers."""
    _answered = Signal(object)
    """(Callable[[], None]) an answer with its slot, to call on the GUI thread."""

    def __init__(
        self, cache_path: Path, relay_url: str, token: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.relay_url = relay_url
        self._token = token
        self._engine = Engine(cache_path, relay_url, token, self)
        self.commands: Commands = self._engine
        """What the widgets ask of the engine; answers come to them through `deliver`."""
        self._stopped = False
        self._answered.connect(self._run)

    def start(self) -> None:
        self._engine.start()

    def admin(self) -> AdminClient:
        """A client for an admin's requests (the team, the doctor), in the UI's language."""
        return AdminClient(self.relay_url, self._token, QLocale().bcp47Name())

    def stop(self) -> None:
        # Reports still on their way from the engine's thread are dropped from now on.
        self._stopped = True
        self._engine.stop()

    # -- the engine's Listener (engine thread) --------------------------------

    def on_state(self, state: ConnectionState) -> None:
        self._emit(self.stateChanged, state)

    def on_conversations(self, rows: list[ConversationRow]) -> None:
        self._emit(self.conversationsLoaded, rows)

    def on_changes(self, changes: Changes, rows: list[ConversationRow]) -> None:
        self._emit(self.changed, changes, rows)

    def on_progress(self, done: int, total: int) -> None:
        self._emit(self.progressed, done, total)

    def on_resync(self, reason: str) -> None:
        self._emit(self.resynced, reason)

    def on_identity(self, agent: str, role: str) -> None:
        self._emit(self.identified, agent, role)

    def on_account(self, notices: list[AccountNotice]) -> None:
        self._emit(self.accountChanged, notices)

    def on_presence(self, notice: PresenceNotice) -> None:
        self._emit(self.presenceChanged, notice)

    def on_hello(self, hello: HelloFrame) -> None:
        self._emit(self.helloReceived, hello)

    # -- answers (either thread) -----------------------------------------------

    def deliver(self, answer: Future[T], slot: Callable[[T], None]) -> None:
        """Call `slot` with the request's answer on the GUI thread, once it is there.

        An `Unavailable` answer (offline, refused) calls nothing: what is shown
        stays. Any other failure is ours (a bug, the disk), logged with its traceback.
        """

        def arrived(done: Future[T]) -> None:
            if done.cancelled():
                return
            error = done.exception()
            if isinstance(error, Unavailable):
                log.debug("a request could not be answered now: %s", error)
            elif error is not None:
                log.error("an engine request failed", exc_info=error)
            else:
                self._emit(self._answered, functools.partial(slot, done.result()))

        answer.add_done_callback(arrived)

    def _run(self, call: Callable[[], None]) -> None:
        call()

    def _emit(self, signal: SignalInstance, *args: object) -> None:
        if self._stopped:
            return
        try:
            signal.emit(*args)
        except RuntimeError:
            # The window (and this object with it) went away while the engine was
            # still reporting: nobody is left to tell.
            self._stopped = True
