"""Commands: what the widgets may ask of the engine, as one typed interface.

`Engine` implements it; the widgets and models see only this `Protocol`, so
they depend on what they may ask, not on the engine's thread or its other
methods. Each call returns at once (thread-safe, posted to the engine's
loop); answers come back as `Session` signals. mypy checks each call against
these signatures, and each implementation's arguments against its coroutine
(`Engine._call`).
"""

from __future__ import annotations

from typing import Protocol

from desktop.cache import PageKind
from desktop.templates import Template


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

    def load_window(self, conversation: str) -> None:
        """When the 24-hour window closes: `Session.windowLoaded`."""
        ...

    def load_templates(self, refresh: bool = False) -> None:
        """The approved templates: `Session.templatesLoaded`."""
        ...

    def fetch_media(self, media_id: str) -> None:
        """A media file onto the disk: `Session.mediaFetched`."""
        ...

    def jump_to(self, conversation: str, wamid: str) -> None:
        """A message and its neighbours: `Session.pageLoaded`, kind "around"."""
        ...

    def open_conversation(self, conversation: str | None) -> None:
        """The conversation on screen (its unread count clears and stays clear)."""
        ...

    def load_page(
        self, conversation: str, kind: PageKind, anchor: tuple[int, int] | None, limit: int
    ) -> None:
        """A page of a conversation: `Session.pageLoaded`."""
        ...

    def search(self, text: str) -> None:
        """Conversations matching `text`: `Session.searchDone`."""
        ...

    def reconnect_now(self) -> None:
        """Skip the rest of the backoff wait."""
        ...
