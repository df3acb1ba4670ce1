"""An admin's requests to the relay: the team (invite, list, revoke) and the doctor's checks.

Blocking calls, made from a worker thread (see desktop/background.py); every
answer is parsed by `wire.answers` into typed values, and every failure is an
`AdminError` with the relay's code, so the dialogs never read JSON or catch httpx.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar
from urllib.parse import quote

import httpx

from desktop import network
from wire.answers import Check, Invitation, Member, checks_of, refusal, team_of
from wire.frames import ProtocolError

T = TypeVar("T")


class AdminError(Exception):
    """The relay refused or could not be reached; `code` is the relay's (or "unreachable")."""

    def __init__(self, code: str, message: str = "") -> None:
        super().__init__(message or code)
        self.code = code


class AdminClient:
    """Talks to one relay with an admin's token, in the agent's language."""

    def __init__(self, relay_url: str, token: str, language: str, timeout: float = 30.0) -> None:
        self._url = relay_url
        self._headers = {"Authorization": f"Bearer {token}", "Accept-Language": language}
        self._timeout = timeout

    def team(self) -> list[Member]:
        return self._parsed(team_of, self._call("GET", "/api/agents"))

    def invite(self, name: str, role: str) -> Invitation:
        body = self._call("POST", "/api/agents", {"name": name, "role": role})
        return self._parsed(Invitation.parse, body)

    def revoke(self, name: str) -> None:
        self._call("DELETE", f"/api/agents/{quote(name, safe='')}")

    def doctor(self) -> list[Check]:
        return self._parsed(checks_of, self._call("GET", "/api/admin/doctor"))

    def _call(self, method: str, path: str, body: dict[str, str] | None = None) -> bytes:
        """The answer's body; `AdminError` for a refusal or no answer."""
        try:
            with network.client(self._url, timeout=self._timeout) as http:
                answer = http.request(method, path, headers=self._headers, json=body)
        except httpx.HTTPError as exc:
            raise AdminError("unreachable", type(exc).__name__) from None
        if answer.status_code >= 400:
            raise AdminError(refusal(answer.status_code, answer.content), _message(answer))
        return answer.content

    @staticmethod
    def _parsed(parse: Callable[[bytes], T], body: bytes) -> T:
        try:
            return parse(body)
        except ProtocolError as exc:
            raise AdminError("unexpected", str(exc)) from None


def _message(answer: httpx.Response) -> str:
    """A refusal's `error.message`, or its HTTP status."""
    try:
        error = answer.json().get("error")
    except (ValueError, AttributeError):
        error = None
    message = error.get("message") if isinstance(error, dict) else None
    return message if isinstance(message, str) and message else f"HTTP {answer.status_code}"
