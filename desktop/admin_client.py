"""An admin's requests to the relay: the team (invite, list, revoke) and the doctor's checks.

Blocking calls, made from a worker thread (see desktop/background.py); every
answer is parsed here into typed values, and every failure is an `AdminError`
with the relay's code, so the dialogs never read JSON or catch httpx.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx

from desktop import network


class AdminError(Exception):
    """The relay refused or could not be reached; `code` is the relay's (or "unreachable")."""

    def __init__(self, code: str, message: str = "") -> None:
        super().__init__(message or code)
        self.code = code


@dataclass(frozen=True, slots=True)
class Member:
    """An agent of the team, as the relay lists them."""

    name: str
    role: str  # "admin" or "agent"
    created_at: int
    last_seen: int | None


@dataclass(frozen=True, slots=True)
class Invitation:
    """A new agent's sign-in: the pairing link carries the token (shown once)."""

    name: str
    role: str
    link: str

    def __repr__(self) -> str:  # the link holds a token: never in a log
        return f"Invitation(name={self.name!r}, role={self.role!r})"


@dataclass(frozen=True, slots=True)
class Check:
    """One of the doctor's checks, in the language asked for."""

    id: str
    ok: bool
    title: str
    detail: str
    fix: str | None
    subject: str | None


class AdminClient:
    """Talks to one relay with an admin's token, in the agent's language."""

    def __init__(self, relay_url: str, token: str, language: str, timeout: float = 30.0) -> None:
        self._url = relay_url
        self._headers = {"Authorization": f"Bearer {token}", "Accept-Language": language}
        self._timeout = timeout

    def team(self) -> list[Member]:
        body = self._call("GET", "/api/agents")
        return [
            Member(a["name"], str(a.get("role") or "agent"), created, _int(a.get("last_seen")))
            for a in _list(body.get("agents"))
            if isinstance(a, dict)
            and isinstance(a.get("name"), str)
            and (created := _int(a.get("created_at"))) is not None
        ]

    def invite(self, name: str, role: str) -> Invitation:
        body = self._call("POST", "/api/agents", {"name": name, "role": role})
        made, link = body.get("name"), body.get("link")
        if not isinstance(made, str) or not isinstance(link, str):
            raise AdminError("unexpected", "the invitation lacks its name or link")
        return Invitation(made, str(body.get("role") or role), link)

    def revoke(self, name: str) -> None:
        self._call("DELETE", f"/api/agents/{quote(name, safe='')}")

    def doctor(self) -> list[Check]:
        body = self._call("GET", "/api/admin/doctor")
        return [
            Check(
                str(c.get("id")),
                c.get("ok") is True,
                str(c.get("title") or ""),
                str(c.get("detail") or ""),
                c.get("fix") if isinstance(c.get("fix"), str) else None,
                c.get("subject") if isinstance(c.get("subject"), str) else None,
            )
            for c in _list(body.get("checks"))
            if isinstance(c, dict)
        ]

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        try:
            with network.client(self._url, timeout=self._timeout) as http:
                answer = http.request(method, path, headers=self._headers, json=body)
        except httpx.HTTPError as exc:
            raise AdminError("unreachable", type(exc).__name__) from None
        try:
            parsed = answer.json()
        except ValueError:
            parsed = None
        if not isinstance(parsed, dict):
            raise AdminError("unexpected", f"HTTP {answer.status_code}")
        if answer.status_code >= 400:
            error = parsed.get("error")
            error = error if isinstance(error, dict) else {}
            raise AdminError(
                str(error.get("code") or answer.status_code), str(error.get("message") or "")
            )
        return parsed


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
