"""Request bodies read within a limit, and the error answers every handler gives alike."""

from __future__ import annotations

from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from relay.failures import AgentFailure, invalid


class BodyTooLarge(Exception):
    """The body is (or claims to be) over the limit; nothing past it was read."""


async def read_body(request: Request, limit: int) -> bytes:
    """The body, refused (`BodyTooLarge`) past `limit` bytes, whatever Content-Length
    claims, chunked or not: nothing past the limit is read."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not (declared.isascii() and declared.isdigit()) or int(declared) > limit:
            raise BodyTooLarge
        return await request.body()  # the server reads exactly the declared length
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise BodyTooLarge
    return bytes(body)


async def json_object(request: Request, limit: int) -> dict[str, Any] | Response:
    """The request's JSON object, or the error answer saying why there is none."""
    try:
        body = await read_body(request, limit)
    except BodyTooLarge:
        return error(413, "too_large", f"requests over {limit} bytes")
    try:
        parsed = orjson.loads(body)
    except orjson.JSONDecodeError:
        return failure(invalid("", "the body is not JSON"))
    if not isinstance(parsed, dict):
        return failure(invalid("", "the body must be a JSON object"))
    return parsed


def error(
    status: int, code: str, message: str, headers: dict[str, str] | None = None, **extra: Any
) -> Response:
    """`{"error": {"code", "message", ...extra}}` with this status."""
    return JSONResponse({"error": {"code": code, "message": message, **extra}}, status, headers)


def failure(refused: AgentFailure) -> Response:
    """An agent's request refused, as docs/protocol.md writes it."""
    return JSONResponse(refused.to_json(), refused.http_status, headers=refused.headers)
