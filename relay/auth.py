"""Bearer tokens to agents, kept fresh so a revoked token stops working within a second."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from concurrent.futures import Executor

from relay.agents import AgentRegistry, Identity, hash_token
from relay.errors import StorageError

log = logging.getLogger(__name__)

REFRESH_SECONDS = 0.5
# How often "last seen" is written: the team list needs minutes, not milliseconds.
SEEN_SECONDS = 30.0


class TokenCache:
    """Answers "which agent holds this token?" from memory, refreshed from the registry.

    Agents are added and revoked by the CLI in another process (or another
    relay instance), so the cache polls; `on_revoked` is called with the names
    that lost their token. It also notes when each agent was last seen
    (a request, or a stream still open: `connected()` names those) and writes
    it to the registry every SEEN_SECONDS.
    """

    def __init__(
        self,
        registry: AgentRegistry,
        executor: Executor,
        on_revoked: Callable[[set[str]], None],
        connected: Callable[[], set[str]] = set,
    ) -> None:
        self._registry = registry
        self._executor = executor
        self._on_revoked = on_revoked
        self._connected = connected
        self._tokens: dict[str, Identity] = registry.active_tokens()
        self._seen: dict[str, int] = {}
        self._tasks: list[asyncio.Task[None]] = []

    def start(self) -> None:
        loop = asyncio.get_running_loop()
        self._tasks = [
            loop.create_task(self._poll(), name="token-cache"),
            loop.create_task(self._record_seen(), name="last-seen"),
        ]

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        with contextlib.suppress(StorageError):
            await self._write_seen()

    async def agent(self, authorization: str | None) -> str | None:
        """The agent named by an `Authorization: Bearer <token>` header, or None."""
        who = await self.identity(authorization)
        return None if who is None else who.name

    async def identity(self, authorization: str | None) -> Identity | None:
        """Who holds the token of an `Authorization: Bearer <token>` header, or None."""
        if authorization is None:
            return None
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return None
        digest = hash_token(token.strip())
        who = self._tokens.get(digest)
        if who is None:
            # A token added a moment ago works at once: one indexed lookup per miss.
            loop = asyncio.get_running_loop()
            who = await loop.run_in_executor(self._executor, self._registry.lookup, digest)
            if who is not None:
                self._tokens[digest] = who
        if who is not None:
            self._seen[who.name] = int(time.time())
        return who

    def forget(self, name: str) -> None:
        """An agent revoked on this instance: their token stops now, their streams close."""
        self._tokens = {digest: who for digest, who in self._tokens.items() if who.name != name}
        self._on_revoked({name})

    async def _poll(self) -> None:
        while True:
            await asyncio.sleep(REFRESH_SECONDS)
            try:
                await self._refresh()
            except StorageError as exc:  # the database is away; the next poll retries
                log.warning("could not refresh agent tokens: %s", exc)
            except Exception:
                log.warning("could not refresh agent tokens", exc_info=True)

    async def _refresh(self) -> None:
        loop = asyncio.get_running_loop()
        fresh = await loop.run_in_executor(self._executor, self._registry.active_tokens)
        gone = {who.name for digest, who in self._tokens.items() if fresh.get(digest) != who}
        self._tokens = fresh
        if gone:
            log.info("closing streams of %d revoked agent(s)", len(gone))
            self._on_revoked(gone)

    async def _record_seen(self) -> None:
        while True:
            await asyncio.sleep(SEEN_SECONDS)
            try:
                await self._write_seen()
            except StorageError as exc:
                log.warning("could not record when agents were seen: %s", exc)

    async def _write_seen(self) -> None:
        now = int(time.time())
        seen = {**self._seen, **dict.fromkeys(self._connected(), now)}
        self._seen = {}
        if seen:
            loop = asyncio.get_running_loop()
            await loop.run_in_executor(self._executor, self._registry.seen, seen)
