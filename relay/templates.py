"""The business's approved message templates, with the parameters a form must ask for.

Read from `GET /{waba_id}/message_templates` (every page), kept for ten
minutes, refreshed on request. Each is described for desktops by
`wire.templates.describe`, so a desktop can build a form without parsing
Meta's components itself.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from dataclasses import dataclass, field

from relay.failures import AgentFailure, from_meta, unreachable
from relay.graph import Done, GraphClient, Refused
from relay.numbers import NumberBook
from wire.templates import describe

TTL_SECONDS = 600.0
MAX_PAGES = 20
FIELDS = "name,language,status,category,components,parameter_format,id"


@dataclass
class _Cached:
    templates: list[dict[str, object]] | None = None
    fetched_at: float = 0.0
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


class TemplateCatalog:
    """Approved templates of each WhatsApp Business Account, cached per account."""

    def __init__(self, graph: GraphClient, numbers: NumberBook) -> None:
        self._graph = graph
        self._numbers = numbers
        self._cached: dict[str, _Cached] = {}

    async def fetch(
        self, account: str | None = None, *, refresh: bool = False
    ) -> dict[str, object] | AgentFailure:
        """`{"templates": [...], "fetched_at": unix}` of the account of a business number
        (default: the default number's), or why they cannot be had."""
        waba_id = self._numbers.waba_of(account)
        if waba_id is None:
            return AgentFailure(
                503,
                "no_waba",
                "connect a number on the set-up page (/setup) or set WHATSAPP_WABA_ID "
                "to list templates",
            )
        cached = self._cached.setdefault(waba_id, _Cached())
        async with cached.lock:
            stale = time.time() - cached.fetched_at > TTL_SECONDS
            if cached.templates is None or stale or refresh:
                fetched = await self._fetch(waba_id)
                if isinstance(fetched, AgentFailure):
                    if cached.templates is None:
                        return fetched
                    # Meta is away: the last good list is better than none.
                else:
                    cached.templates, cached.fetched_at = fetched, time.time()
            return {"templates": cached.templates, "fetched_at": int(cached.fetched_at)}

    async def _fetch(self, waba_id: str) -> list[dict[str, object]] | AgentFailure:
        templates: list[dict[str, object]] = []
        params: dict[str, str] = {"fields": FIELDS, "status": "APPROVED", "limit": "100"}
        for _ in range(MAX_PAGES):
            outcome = await self._graph.get_json(
                f"{waba_id}/message_templates", params, token=self._numbers.token_for_waba(waba_id)
            )
            if isinstance(outcome, Refused):
                return from_meta(outcome.error)
            if not isinstance(outcome, Done):
                return unreachable(outcome.reason)
            data = outcome.body.get("data")
            for item in data if isinstance(data, list) else []:
                if isinstance(item, dict) and item.get("status", "APPROVED") == "APPROVED":
                    templates.append(describe(item))
            after = _next_cursor(outcome.body)
            if after is None:
                break
            params = {**params, "after": after}
        return templates


def _next_cursor(body: Mapping[str, object]) -> str | None:
    paging = body.get("paging")
    if not isinstance(paging, dict) or not paging.get("next"):
        return None
    cursors = paging.get("cursors")
    after = cursors.get("after") if isinstance(cursors, dict) else None
    return after if isinstance(after, str) and after else None
