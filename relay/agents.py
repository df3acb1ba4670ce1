"""Agents and their bearer tokens, stored only as SHA-256 hashes."""

from __future__ import annotations

import hashlib
import re
import secrets
import threading
import time
from dataclasses import dataclass

from relay.database import open_database
from relay.errors import AgentError

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

    def __init__(self, database_url: str) -> None:
        self._db = open_database(database_url, purpose="agents")
        # The relay asks from a worker thread, the CLI from its own: one at a time.
        self._lock = threading.Lock()

    def close(self) -> None:
        self._db.close()

    def add(self, name: str) -> str:
        """Create an agent (or re-enable a revoked one) and return its new token."""
        name = name.strip()
        if not _NAME.match(name):
            raise AgentError("agent names are 1 to 64 printable characters")
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        with self._lock, self._db.transaction("cannot add agent"):
            row = self._db.execute("SELECT revoked_at FROM agents WHERE name=?", (name,)).fetchone()
            if row is not None and row[0] is None:
                raise AgentError(f"agent {name!r} exists; revoke it first to issue a new token")
            self._db.execute(
                "INSERT INTO agents VALUES (?, ?, ?, NULL) ON CONFLICT (name) DO UPDATE "
                "SET token_hash=excluded.token_hash, created_at=excluded.created_at, "
                "revoked_at=NULL",
                (name, hash_token(token), int(time.time())),
            )
        return token

    def revoke(self, name: str) -> None:
        with self._lock, self._db.transaction("cannot revoke agent"):
            cur = self._db.execute(
                "UPDATE agents SET revoked_at=? WHERE name=? AND revoked_at IS NULL",
                (int(time.time()), name),
            )
            changed = cur.rowcount
        if changed == 0:
            raise AgentError(f"no active agent named {name!r}")

    def agents(self) -> list[Agent]:
        with self._lock, self._db.transaction("cannot list agents", read_only=True):
            rows = self._db.execute(
                "SELECT name, created_at, revoked_at FROM agents ORDER BY name"
            ).fetchall()
        return [Agent(*row) for row in rows]

    def lookup(self, token_hash: str) -> str | None:
        """The active agent holding the token with this hash, if any."""
        with self._lock, self._db.transaction("cannot look the token up", read_only=True):
            row = self._db.execute(
                "SELECT name FROM agents WHERE token_hash=? AND revoked_at IS NULL", (token_hash,)
            ).fetchone()
        return None if row is None else str(row[0])

    def active_tokens(self) -> dict[str, str]:
        """token hash -> agent name, for every agent that is not revoked."""
        with self._lock, self._db.transaction("cannot read tokens", read_only=True):
            rows = self._db.execute(
                "SELECT token_hash, name FROM agents WHERE revoked_at IS NULL"
            ).fetchall()
        return dict(rows)
