"""Bearer tokens to agent names, kept fresh so a revoked token stops working within a second."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from concurrent.futures import Executor

from relay.agents import AgentRegistry, hash_token
from relay.errors import StorageError

log = logging.getLogger(__name__)

REFRESH_SECONDS = 0.5


class TokenCache:
    """Answers "which agent holds this token?" from memory, refreshed from the registry.

    Agents are added and revoked by the CLI in another process, so the cache
    polls; `on_revoked` is called with the names that lost their token.
    """

    def __init__(
        self, registry: AgentRegistry, executor: Executor, on_revoked: Callable[[set[str]], None]
    ) -> None:
        self._registry = registry
        self._executor = executor
        self._on_revoked = on_revoked
        self._tokens: dict[str, str] = registry.active_tokens()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._poll(), name="token-cache")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def agent(self, authorization: str | None) -> str | None:
        """The agent named by an `Authorization: Bearer <token>` header, or None."""
        if authorization is None:
            return None
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return None
        digest = hash_token(token.strip())
        name = self._tokens.get(digest)
        if name is None:
            # A token added a moment ago works at once: one indexed lookup per miss.
            loop = asyncio.get_running_loop()
            name = await loop.run_in_executor(self._executor, self._registry.lookup, digest)
            if name is not None:
                self._tokens[digest] = name
        return name

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
        gone = {name for digest, name in self._tokens.items() if fresh.get(digest) != name}
        self._tokens = fresh
        if gone:
            log.info("closing streams of %d revoked agent(s)", len(gone))
            self._on_revoked(gone)
