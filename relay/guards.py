"""Who may call a route: one check for agents' routes and one for admins', written once.

A route's handler takes the request and who is calling (`Identity`); the guard
answers `401` (with `WWW-Authenticate: Bearer`) without a valid token, and `403`
when an agent's token calls an admin's route.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import Response

from relay.agents import Identity
from relay.auth import TokenCache
from relay.bodies import error

Handler = Callable[[Request, Identity], Awaitable[Response]]
Endpoint = Callable[[Request], Awaitable[Response]]


def unauthorized(message: str = "a valid agent token is required") -> Response:
    return error(401, "unauthorized", message, {"WWW-Authenticate": "Bearer"})


def agents_only(tokens: TokenCache, handler: Handler) -> Endpoint:
    """The handler, for any agent's token."""

    async def guarded(request: Request) -> Response:
        who = await tokens.identity(request.headers.get("authorization"))
        if who is None:
            return unauthorized()
        return await handler(request, who)

    return guarded


def admins_only(tokens: TokenCache, handler: Handler) -> Endpoint:
    """The handler, for an admin's token only."""

    async def guarded(request: Request) -> Response:
        who = await tokens.identity(request.headers.get("authorization"))
        if who is None:
            return unauthorized("a valid admin token is required")
        if not who.admin:
            return error(403, "forbidden", "only an administrator may do this")
        return await handler(request, who)

    return guarded
