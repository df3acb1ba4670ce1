"""Request bodies read within a limit, and the error answers every handler gives alike."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import orjson
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response

from relay.edge import Budget
from relay.failures import AgentFailure, invalid

# Agents' requests nest a few levels (a template's components: five); Meta's documented
# objects fewer than ten.
MAX_DEPTH = 16


# Each body may hold this much without drawing on a budget (Meta's webhooks are a few KB).
FREE_BYTES = 64 * 1024


class BodyTooLarge(Exception):
    """The body is (or claims to be) over the limit; nothing past it was read."""


class OverBudget(Exception):
    """A body grew past what the relay may hold now; nothing more was read."""


class BodyCutOff(Exception):
    """The client went away (or the edge cut it off) before its body was whole."""


async def read_body(request: Request, limit: int, budget: Budget | None = None) -> bytes:
    """The body, refused (`BodyTooLarge`) past `limit` bytes, whatever Content-Length
    claims, chunked or not: nothing past the limit is read.

    With `budget`, a body's bytes beyond its first FREE_BYTES are taken from it while
    the body is read and handed back after (`OverBudget` when it is spent): small
    bodies, Meta's usual, never wait for large ones, and the bytes all bodies hold
    at once stay bounded by the connection cap and the budget.
    """
    try:
        return await read_chunks(
            request.headers.get("content-length"), request.stream(), limit, budget
        )
    except ClientDisconnect:
        raise BodyCutOff from None


async def read_chunks(
    declared: str | None, chunks: AsyncIterator[bytes], limit: int, budget: Budget | None = None
) -> bytes:
    """`read_body` for any stream of chunks with its Content-Length (or None); the stream
    raises BodyCutOff if the client goes away."""
    if declared is not None and (
        not (declared.isascii() and declared.isdigit()) or int(declared) > limit
    ):
        raise BodyTooLarge
    body = bytearray()
    taken = 0
    try:
        async for chunk in chunks:
            body += chunk
            if len(body) > limit:
                raise BodyTooLarge
            if budget is not None:
                wanted = max(0, len(body) - FREE_BYTES) - taken
                if wanted > 0:
                    if not budget.take(wanted):
                        raise OverBudget
                    taken += wanted
        return bytes(body)
    finally:
        if budget is not None:
            budget.give_back(taken)


async def json_object(request: Request, limit: int) -> dict[str, Any] | Response:
    """The request's JSON object, or the error answer saying why there is none."""
    try:
        body = await read_body(request, limit)
    except BodyTooLarge:
        return error(413, "too_large", f"requests over {limit} bytes")
    except BodyCutOff:
        return error(400, "incomplete", "the connection ended before the body did")
    try:
        parsed = orjson.loads(body)
    except orjson.JSONDecodeError:
        return failure(invalid("", "the body is not JSON"))
    if not isinstance(parsed, dict):
        return failure(invalid("", "the body must be a JSON object"))
    deep = too_deep(parsed)
    if deep is not None:
        return failure(invalid(deep, f"nesting deeper than {MAX_DEPTH} levels"))
    return parsed


def too_deep(obj: dict[str, Any]) -> str | None:
    """The top-level field under which `obj` nests deeper than MAX_DEPTH, or None.

    Iterative: a body nested a thousand levels must not exhaust the stack of
    whatever reads it next (hashing, encoding for Meta).
    """
    for key, value in obj.items():
        stack: list[tuple[Any, int]] = [(value, 2)]
        while stack:
            item, depth = stack.pop()
            if isinstance(item, dict | list):
                if depth > MAX_DEPTH:
                    return str(key)
                children = item.values() if isinstance(item, dict) else item
                stack.extend((child, depth + 1) for child in children)
    return None


def error(
    status: int, code: str, message: str, headers: dict[str, str] | None = None, **extra: Any
) -> Response:
    """`{"error": {"code", "message", ...extra}}` with this status."""
    return JSONResponse({"error": {"code": code, "message": message, **extra}}, status, headers)


def failure(refused: AgentFailure) -> Response:
    """An agent's request refused, as docs/protocol.md writes it."""
    return JSONResponse(refused.to_json(), refused.http_status, headers=refused.headers)
