"""The agent's token in the OS keychain, or for this session only where there is none.

Tokens never go to a plain file: a `keyring` backend that is not a real
keychain (the "fail" backend of headless Linux, or `keyrings.alt`'s files)
counts as none, and the token lives in memory until the app quits.
"""

from __future__ import annotations

import contextlib

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

SERVICE = "Puente"


def _secure(backend: KeyringBackend) -> bool:
    module = type(backend).__module__
    if module.startswith(("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")):
        return False
    try:
        return float(backend.priority) > 0
    except Exception:  # noqa: BLE001 - a backend that cannot say is not trusted
        return False


class TokenVault:
    """Saves, finds and forgets agent tokens, per relay URL."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend or keyring.get_keyring()
        self._memory: dict[str, str] = {}

    @property
    def secure(self) -> bool:
        """True when tokens survive a restart in a real keychain."""
        return _secure(self._backend)

    def save(self, relay_url: str, token: str) -> bool:
        """Keep the token; False if only for this session (no secure keychain)."""
        self._memory[relay_url] = token
        if not self.secure:
            return False
        try:
            self._backend.set_password(SERVICE, relay_url, token)
        except keyring.errors.KeyringError:
            return False
        return True

    def load(self, relay_url: str) -> str | None:
        if relay_url in self._memory:
            return self._memory[relay_url]
        if not self.secure:
            return None
        try:
            return self._backend.get_password(SERVICE, relay_url)
        except keyring.errors.KeyringError:
            return None

    def forget(self, relay_url: str) -> None:
        self._memory.pop(relay_url, None)
        if self.secure:
            with contextlib.suppress(keyring.errors.KeyringError):
                self._backend.delete_password(SERVICE, relay_url)
