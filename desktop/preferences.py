"""The agent's settings (not secrets): relay URL, language, window geometry."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings


class Preferences:
    """Typed access to one QSettings file."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    @property
    def relay_url(self) -> str:
        return str(self._settings.value("relay/url", "") or "")

    @relay_url.setter
    def relay_url(self, url: str) -> None:
        self._settings.setValue("relay/url", url)

    @property
    def language(self) -> str | None:
        """The language override, or None to follow the system."""
        value = self._settings.value("ui/language", "")
        return str(value) if value else None

    @language.setter
    def language(self, language: str | None) -> None:
        self._settings.setValue("ui/language", language or "")

    @property
    def theme(self) -> str:
        """ "system" (follow the OS), "light" or "dark"."""
        value = str(self._settings.value("ui/theme", "system") or "system")
        return value if value in ("system", "light", "dark") else "system"

    @theme.setter
    def theme(self, theme: str) -> None:
        self._settings.setValue("ui/theme", theme)

    @property
    def notification_sound(self) -> bool:
        return _flag(self._settings.value("ui/notification_sound", False))

    @notification_sound.setter
    def notification_sound(self, on: bool) -> None:
        self._settings.setValue("ui/notification_sound", on)

    @property
    def ctrl_enter_sends(self) -> bool:
        """Enter starts a new line and Ctrl+Enter sends (for long replies)."""
        return _flag(self._settings.value("ui/ctrl_enter_sends", False))

    @ctrl_enter_sends.setter
    def ctrl_enter_sends(self, on: bool) -> None:
        self._settings.setValue("ui/ctrl_enter_sends", on)

    @property
    def read_receipts(self) -> bool:
        """Opening a conversation tells the customer their messages were read (blue
        ticks), and writing shows them "typing…", as WhatsApp does. On by default."""
        return _flag(self._settings.value("ui/read_receipts", True))

    @read_receipts.setter
    def read_receipts(self, on: bool) -> None:
        self._settings.setValue("ui/read_receipts", on)

    @property
    def recent_emoji(self) -> list[str]:
        """The emoji this agent picked last, newest first (the picker's top row)."""
        value = self._settings.value("ui/recent_emoji", "")
        return [e for e in str(value or "").split(" ") if e]

    @recent_emoji.setter
    def recent_emoji(self, emoji: list[str]) -> None:
        # One string: QSettings stores a list of one item as that item on some systems.
        self._settings.setValue("ui/recent_emoji", " ".join(emoji))

    @property
    def geometry(self) -> QByteArray | None:
        value = self._settings.value("ui/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._settings.setValue("ui/geometry", value)

    def sync(self) -> None:
        self._settings.sync()


def _flag(value: object) -> bool:
    # QSettings' INI files give booleans back as the strings "true" and "false".
    return value is True or str(value).lower() == "true"
