"""The engine seen from Qt: its reports as signals, delivered queued to the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Signal, SignalInstance

from desktop.account_state import AccountNotice
from desktop.admin_client import AdminClient
from desktop.cache import Changes, ConversationRow, MessageRow, PageKind
from desktop.commands import Commands
from desktop.engine import ConnectionState, Engine
from desktop.templates import Template


class Session(QObject):
    """One signed-in agent's connection to a relay, for the widgets.

    The engine calls the listener methods below from its own thread; each one
    emits a signal, and Qt queues it to the slots on GUI objects (this object
    lives on the GUI thread). Widgets ask the engine through `commands` and
    never touch its data otherwise.
    """

    stateChanged = Signal(object)
    """(ConnectionState) the connection's phase changed."""
    conversationsLoaded = Signal(list)
    """(list[ConversationRow]) every conversation, most recent first: the list starts over."""
    changed = Signal(object, list)
    """(Changes, list[ConversationRow]) messages inserted or updated, and the touched
    conversations' new summaries."""
    pageLoaded = Signal(str, list, str)
    """(conversation, list[MessageRow] oldest first, kind) a page of a conversation:
    kind is "latest", "older", "newer" (see `Engine.load_page`) or "around" (`jump_to`)."""
    progressed = Signal(int, int)
    """(done, total) events applied while catching up."""
    resynced = Signal(str)
    """(reason) the relay asked for a full resync; local state was dropped."""
    searchDone = Signal(str, list)
    """(text, list[str] conversation ids) matches for a search."""
    windowLoaded = Signal(str, object)
    """(conversation, closes_at: int | None) when its 24-hour window closes (unix seconds),
    or None when the customer has not written."""
    templatesLoaded = Signal(list, str)
    """(list[Template], error) the business's approved templates, or why there are none."""
    identified = Signal(str, str)
    """(agent, role) who the token belongs to, as the relay says at each connection;
    role is "admin" or "agent"."""
    accountChanged = Signal(list)
    """(list[AccountNotice]) the business numbers' latest notices (connection, history
    import, token), for the admins' banner."""
    mediaFetched = Signal(str, str, str)
    """(media_id, path, error) a media file is on disk at `path`, or could not be had
    (`error`: the relay's code, "relay_unreachable" or "disk_error"; path "")."""

    def __init__(
        self, cache_path: Path, relay_url: str, token: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.relay_url = relay_url
        self._token = token
        self._engine = Engine(cache_path, relay_url, token, self)
        self.commands: Commands = self._engine
        """What the widgets ask of the engine; the answers come back as this object's signals."""
        self._stopped = False

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

    def on_page(self, conversation: str, rows: list[MessageRow], kind: PageKind) -> None:
        self._emit(self.pageLoaded, conversation, rows, kind)

    def on_progress(self, done: int, total: int) -> None:
        self._emit(self.progressed, done, total)

    def on_resync(self, reason: str) -> None:
        self._emit(self.resynced, reason)

    def on_search(self, text: str, conversations: list[str]) -> None:
        self._emit(self.searchDone, text, conversations)

    def on_media(self, media_id: str, path: str, error: str) -> None:
        self._emit(self.mediaFetched, media_id, path, error)

    def on_window(self, conversation: str, closes_at: int | None) -> None:
        self._emit(self.windowLoaded, conversation, closes_at)

    def on_templates(self, templates: list[Template], error: str) -> None:
        self._emit(self.templatesLoaded, templates, error)

    def on_identity(self, agent: str, role: str) -> None:
        self._emit(self.identified, agent, role)

    def on_account(self, notices: list[AccountNotice]) -> None:
        self._emit(self.accountChanged, notices)

    def _emit(self, signal: SignalInstance, *args: object) -> None:
        if self._stopped:
            return
        try:
            signal.emit(*args)
        except RuntimeError:
            # The window (and this object with it) went away while the engine was
            # still reporting: nobody is left to tell.
            self._stopped = True
