"""Agents and their bearer tokens, stored only as SHA-256 hashes."""

from __future__ import annotations

import hashlib
import re
import secrets
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from relay.errors import AgentError, StorageError
from relay.store import open_database, transaction

TOKEN_PREFIX = "pnt_"  # noqa: S105 - a marker, not a secret
_NAME = re.compile(r"^[^\x00-\x1f\x7f]{1,64}$")


def hash_token(token: str) -> str:
    # Tokens carry 256 random bits, so a plain hash is as strong as a slow one here.
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Agent:
    """One desktop user known to the relay."""

    name: str
    created_at: int
    revoked_at: int | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


class AgentRegistry:
    """The agents table: add, list, revoke, and look tokens up."""

    def __init__(self, path: Path) -> None:
        self._conn = open_database(path)

    def close(self) -> None:
        self._conn.close()

    def add(self, name: str) -> str:
        """Create an agent (or re-enable a revoked one) and return its new token."""
        name = name.strip()
        if not _NAME.match(name):
            raise AgentError("agent names are 1 to 64 printable characters")
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        try:
            with transaction(self._conn):
                row = self._conn.execute(
                    "SELECT revoked_at FROM agents WHERE name=?", (name,)
                ).fetchone()
                if row is not None and row[0] is None:
                    raise AgentError(f"agent {name!r} exists; revoke it first to issue a new token")
                self._conn.execute(
                    "INSERT INTO agents VALUES (?, ?, ?, NULL) ON CONFLICT (name) DO UPDATE "
                    "SET token_hash=excluded.token_hash, created_at=excluded.created_at, "
                    "revoked_at=NULL",
                    (name, hash_token(token), int(time.time())),
                )
        except sqlite3.Error as exc:
            raise StorageError(f"cannot add agent: {exc}") from exc
        return token

    def revoke(self, name: str) -> None:
        try:
            with transaction(self._conn):
                cur = self._conn.execute(
                    "UPDATE agents SET revoked_at=? WHERE name=? AND revoked_at IS NULL",
                    (int(time.time()), name),
                )
        except sqlite3.Error as exc:
            raise StorageError(f"cannot revoke agent: {exc}") from exc
        if cur.rowcount == 0:
            raise AgentError(f"no active agent named {name!r}")

    def agents(self) -> list[Agent]:
        rows = self._conn.execute(
            "SELECT name, created_at, revoked_at FROM agents ORDER BY name"
        ).fetchall()
        return [Agent(*row) for row in rows]

    def lookup(self, token_hash: str) -> str | None:
        """The active agent holding the token with this hash, if any."""
        row = self._conn.execute(
            "SELECT name FROM agents WHERE token_hash=? AND revoked_at IS NULL", (token_hash,)
        ).fetchone()
        return None if row is None else str(row[0])

    def active_tokens(self) -> dict[str, str]:
        """token hash -> agent name, for every agent that is not revoked."""
        rows = self._conn.execute("SELECT token_hash, name FROM agents WHERE revoked_at IS NULL")
        return dict(rows.fetchall())
