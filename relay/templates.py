"""The business's approved message templates, with the parameters a form must ask for.

Read from `GET /{waba_id}/message_templates` (every page), kept for ten
minutes, refreshed on request. Each template's parameters are listed in the
order Meta expects them, so a desktop can build a form without parsing
Meta's components itself.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field

from relay.failures import AgentFailure, from_meta, unreachable
from relay.graph import Done, GraphClient, Refused
from relay.numbers import NumberBook

TTL_SECONDS = 600.0
MAX_PAGES = 20
FIELDS = "name,language,status,category,components,parameter_format,id"
_PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z0-9_]+)\s*\}\}")


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


def describe(template: Mapping[str, object]) -> dict[str, object]:
    """A template as desktops get it: Meta's fields plus `parameters` to fill in."""
    components = template.get("components")
    components = components if isinstance(components, list) else []
    return {
        "name": template.get("name"),
        "language": template.get("language"),
        "category": template.get("category"),
        "parameter_format": template.get("parameter_format", "POSITIONAL"),
        "components": components,
        "parameters": _parameters(components),
    }


def _parameters(components: list[object]) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for component in components:
        if not isinstance(component, dict):
            continue
        ctype = str(component.get("type", "")).upper()
        if ctype == "HEADER":
            fmt = str(component.get("format", "TEXT")).upper()
            if fmt in ("IMAGE", "VIDEO", "DOCUMENT"):
                out.append({"component": "header", "type": fmt.lower(), "name": fmt.lower()})
            elif fmt == "LOCATION":
                out.append({"component": "header", "type": "location", "name": "location"})
            else:
                out.extend(_text_params("header", component, "header_text"))
        elif ctype == "BODY":
            out.extend(_text_params("body", component, "body_text"))
        elif ctype == "BUTTONS":
            for index, button in enumerate(component.get("buttons") or []):
                if isinstance(button, dict) and _PLACEHOLDER.search(str(button.get("url", ""))):
                    out.append(
                        {
                            "component": "button",
                            "type": "text",
                            "sub_type": "url",
                            "index": index,
                            "name": "url_suffix",
                            "example": (button.get("example") or [None])[0],
                        }
                    )
    return out


def _text_params(
    where: str, component: Mapping[str, object], example_key: str
) -> list[dict[str, object]]:
    names = _PLACEHOLDER.findall(str(component.get("text", "")))
    example = component.get("example")
    examples: dict[str, object] = {}
    if isinstance(example, dict):
        positional = example.get(example_key)
        if isinstance(positional, list) and positional:
            row = positional[0] if isinstance(positional[0], list) else positional
            examples = {str(i + 1): value for i, value in enumerate(row)}
        for named in example.get(f"{example_key}_named_params") or []:
            if isinstance(named, dict):
                examples[str(named.get("param_name"))] = named.get("example")
    return [
        {"component": where, "type": "text", "name": name, "example": examples.get(name)}
        for name in names
    ]


def _next_cursor(body: Mapping[str, object]) -> str | None:
    paging = body.get("paging")
    if not isinstance(paging, dict) or not paging.get("next"):
        return None
    cursors = paging.get("cursors")
    after = cursors.get("after") if isinstance(cursors, dict) else None
    return after if isinstance(after, str) and after else None
