"""Agents, their roles and bearer tokens (stored only as SHA-256 hashes), and the first admin."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import get_args

from relay.database import open_database
from relay.errors import AgentError, SetupError
from wire.answers import Role

TOKEN_PREFIX = "pnt_"  # noqa: S105 - a marker, not a secret
_NAME = re.compile(r"^[^\x00-\x1f\x7f]{1,64}$")
ROLES: frozenset[str] = frozenset(get_args(Role))


def hash_token(token: str) -> str:
    # Tokens carry 256 random bits, so a plain hash is as strong as a slow one here.
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Agent:
    """One desktop user known to the relay."""

    name: str
    created_at: int
    revoked_at: int | None
    role: Role = "agent"
    last_seen: int | None = None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


@dataclass(frozen=True, slots=True)
class Identity:
    """Who holds a token: the agent's name and role."""

    name: str
    role: Role

    @property
    def admin(self) -> bool:
        return self.role == "admin"


class AgentRegistry:
    """The agents table: add, list, revoke, look tokens up, and the first admin's set-up code."""

    def __init__(self, database_url: str) -> None:
        self._db = open_database(database_url, purpose="agents")
        # The relay asks from a worker thread, the CLI from its own: one at a time.
        self._lock = threading.Lock()

    def close(self) -> None:
        self._db.close()

    def add(self, name: str, role: Role = "agent") -> str:
        """Create an agent (or re-enable a revoked one) and return its new token."""
        name = _valid_name(name)
        if role not in ROLES:
            raise AgentError("the role must be admin or agent")
        with self._lock, self._db.transaction("cannot add agent"):
            return self._add(name, role)

    def _add(self, name: str, role: Role) -> str:
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        row = self._db.execute("SELECT revoked_at FROM agents WHERE name=?", (name,)).fetchone()
        if row is not None and row[0] is None:
            raise AgentError(f"agent {name!r} exists; revoke it first to issue a new token")
        self._db.execute(
            "INSERT INTO agents (name, token_hash, created_at, revoked_at, role) "
            "VALUES (?, ?, ?, NULL, ?) ON CONFLICT (name) DO UPDATE "
            "SET token_hash=excluded.token_hash, created_at=excluded.created_at, "
            "revoked_at=NULL, role=excluded.role, last_seen=NULL",
            (name, hash_token(token), int(time.time()), role),
        )
        return token

    def revoke(self, name: str, *, keep_an_admin: bool = False) -> None:
        """Revoke an agent's token. With `keep_an_admin`, the last active admin stays."""
        with self._lock, self._db.transaction("cannot revoke agent"):
            row = self._db.execute(
                "SELECT role FROM agents WHERE name=? AND revoked_at IS NULL", (name,)
            ).fetchone()
            if row is None:
                raise AgentError(f"no active agent named {name!r}")
            if keep_an_admin and row[0] == "admin" and self._admins() == 1:
                raise SetupError(
                    "last_admin", "this is the only administrator; invite another one first"
                )
            self._db.execute(
                "UPDATE agents SET revoked_at=? WHERE name=? AND revoked_at IS NULL",
                (int(time.time()), name),
            )

    def agents(self) -> list[Agent]:
        with self._lock, self._db.transaction("cannot list agents", read_only=True):
            rows = self._db.execute(
                "SELECT name, created_at, revoked_at, role, last_seen FROM agents ORDER BY name"
            ).fetchall()
        return [Agent(*row) for row in rows]

    def lookup(self, token_hash: str) -> Identity | None:
        """The active agent holding the token with this hash, if any."""
        with self._lock, self._db.transaction("cannot look the token up", read_only=True):
            row = self._db.execute(
                "SELECT name, role FROM agents WHERE token_hash=? AND revoked_at IS NULL",
                (token_hash,),
            ).fetchone()
        return None if row is None else Identity(str(row[0]), _role(row[1]))

    def active_tokens(self) -> dict[str, Identity]:
        """token hash -> who holds it, for every agent that is not revoked."""
        with self._lock, self._db.transaction("cannot read tokens", read_only=True):
            rows = self._db.execute(
                "SELECT token_hash, name, role FROM agents WHERE revoked_at IS NULL"
            ).fetchall()
        return {digest: Identity(str(name), _role(role)) for digest, name, role in rows}

    def seen(self, when: Mapping[str, int]) -> None:
        """Record when agents were last seen (name -> unix time), never moving it back."""
        if not when:
            return
        with self._lock, self._db.transaction("cannot record when agents were seen"):
            self._db.execute_many(
                "UPDATE agents SET last_seen=? WHERE name=? "
                "AND (last_seen IS NULL OR last_seen < ?)",
                [(at, name, at) for name, at in when.items()],
            )

    # -- the first administrator ------------------------------------------------

    def setup_code(self) -> str | None:
        """The single-use code that creates the first admin; None once an admin exists.

        Made at the first start without an admin and kept until used, so every
        start logs the same code.
        """
        with self._lock, self._db.transaction("cannot read the set-up code"):
            if self._admins():
                return None
            row = self._db.execute("SELECT value FROM meta WHERE name='setup_code'").fetchone()
            if row is not None:
                return str(row[0])
            code = secrets.token_urlsafe(18)
            self._db.execute(
                "INSERT INTO meta VALUES ('setup_code', ?) ON CONFLICT (name) DO NOTHING", (code,)
            )
            # Another instance may have made one first: theirs stands.
            return str(self._db.value("setup_code"))

    def create_first_admin(self, code: str, name: str) -> str:
        """Spend the set-up code on the first admin; their token.

        Raises SetupError `setup_done` once an admin exists, `wrong_code` for
        any other code (compared in constant time), AgentError for a bad name.
        """
        name = _valid_name(name)
        with self._lock, self._db.transaction("cannot create the first admin"):
            if self._admins():
                raise SetupError("setup_done", "the first administrator exists already")
            row = self._db.execute("SELECT value FROM meta WHERE name='setup_code'").fetchone()
            expected = str(row[0]) if row is not None else ""
            if not (expected and hmac.compare_digest(code.encode(), expected.encode())):
                raise SetupError("wrong_code", "this set-up code is not the relay's")
            self._db.execute("DELETE FROM meta WHERE name='setup_code'")
            return self._add(name, "admin")

    def _admins(self) -> int:
        return int(
            self._db.execute(
                "SELECT count(*) FROM agents WHERE role='admin' AND revoked_at IS NULL"
            ).fetchone()[0]
        )


def _valid_name(name: str) -> str:
    name = name.strip()
    if not _NAME.match(name):
        raise AgentError("agent names are 1 to 64 printable characters")
    return name


def _role(value: object) -> Role:
    return "admin" if value == "admin" else "agent"
