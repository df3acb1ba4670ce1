"""Commands: what the widgets may ask of the engine, as one typed interface.

`Engine` implements it; the widgets and models see only this `Protocol`, so
they depend on what they may ask, not on the engine's thread or its other
methods. Each call returns at once (thread-safe, posted to the engine's
loop). A request with an answer returns a `Future`, resolved on the engine's
thread; `Session.deliver(future, slot)` calls the slot with the answer on the
GUI thread. mypy checks each call against these signatures, each
implementation against them, and each implementation's arguments against
the work it posts (`Engine._call`, `_ask`, `_read`).
"""

from __future__ import annotations

from concurrent.futures import Future
from dataclasses import dataclass
from typing import Protocol

from desktop.cache import MessageRow, PageKind
from wire.frames import PresenceState
from wire.team import Label, QuickReply, TeamState
from wire.templates import Template


class Unavailable(Exception):
    """The relay could not answer now (offline, or it refused): what was shown stays."""


@dataclass(frozen=True, slots=True)
class TemplateList:
    """The business's approved templates, or (`error`: the relay's code or
    "relay_unreachable") why there are none."""

    templates: list[Template]
    error: str = ""


@dataclass(frozen=True, slots=True)
class FetchedMedia:
    """A media file on disk at `path`, or (`path` "") why it could not be had: the relay's
    code, "relay_unreachable", "disk_error" or "gone"."""

    media_id: str
    path: str
    error: str


class Commands(Protocol):
    """The GUI's requests; see `Engine` for what each does."""

    def send_text(self, conversation: str, text: str, reply_to: str | None = None) -> str:
        """Queue a reply, pending at once; its client_id."""
        ...

    def react(self, conversation: str, target: str, emoji: str) -> str:
        """Queue the business's reaction on `target` ("" takes it back); its client_id."""
        ...

    def send_template(self, conversation: str, template: Template, values: dict[str, str]) -> str:
        """Queue a template with its parameters' values; its client_id."""
        ...

    def send_file(
        self,
        conversation: str,
        path: str,
        mime_type: str,
        caption: str = "",
        reply_to: str | None = None,
    ) -> str:
        """Queue a file (already checked with `wire.media.problem`); its client_id."""
        ...

    def retry(
        self, conversation: str, client_id: str | None, text: str | None, reply_to: str | None
    ) -> None:
        """Try a failed reply again, never sending it twice behind the agent's back."""
        ...

    def load_window(self, conversation: str) -> Future[int | None]:
        """When the 24-hour window closes (None: the customer never wrote)."""
        ...

    def load_templates(self, refresh: bool = False) -> Future[TemplateList]:
        """The approved templates, or why there are none."""
        ...

    def fetch_media(self, media_id: str) -> Future[FetchedMedia]:
        """A media file onto the disk, or why it could not be had."""
        ...

    def jump_to(self, conversation: str, wamid: str) -> Future[list[MessageRow]]:
        """A message and its neighbours, oldest first (empty: not on this computer)."""
        ...

    def mark_unread(self, conversation: str) -> None:
        """Show the conversation as unread on this desktop until the agent opens it."""
        ...

    def open_conversation(self, conversation: str | None) -> None:
        """The conversation on screen (its unread count clears and stays clear)."""
        ...

    def load_page(
        self, conversation: str, kind: PageKind, anchor: tuple[int, int] | None, limit: int
    ) -> Future[list[MessageRow]]:
        """A page of a conversation, oldest first."""
        ...

    def search(self, text: str) -> Future[list[str]]:
        """The conversations matching `text`."""
        ...

    def find_messages(self, text: str) -> Future[list[MessageRow]]:
        """The newest messages whose text contains `text`, newest first."""
        ...

    def reconnect_now(self) -> None:
        """Skip the rest of the backoff wait."""
        ...

    def set_state(
        self, conversation: str, state: TeamState, snoozed_until: int | None = None
    ) -> None:
        """Resolve, reopen, mark pending or snooze a conversation (queued like a reply)."""
        ...

    def assign(self, conversation: str, assignee: str | None) -> None:
        """Give a conversation to an agent, or to nobody (queued)."""
        ...

    def label(self, conversation: str, add: list[str], remove: list[str]) -> None:
        """Put labels on a conversation and take others off (queued)."""
        ...

    def add_note(self, conversation: str, text: str, reply_to: str | None = None) -> None:
        """An internal note for the team, never sent to the customer (queued)."""
        ...

    def load_team(self) -> Future[list[str]]:
        """The active agents' names, for assigning."""
        ...

    def put_quick_reply(self, shortcut: str, text: str) -> Future[str]:
        """Add or change a team quick reply: "" once the relay took it, else its code."""
        ...

    def delete_quick_reply(self, shortcut: str) -> Future[str]:
        """Delete a team quick reply (admins): "" once done, else the relay's code."""
        ...

    def load_catalog(self) -> Future[tuple[list[Label], list[QuickReply]]]:
        """The team's labels and quick replies."""
        ...

    def mark_read(self, conversation: str, wamid: str, typing: bool = False) -> None:
        """Blue ticks for the customer up to `wamid`; `typing` shows them a reply coming."""
        ...

    def set_presence(self, conversation: str | None, state: PresenceState) -> None:
        """What the agent is doing, for the other agents (`Session.presenceChanged`)."""
        ...
