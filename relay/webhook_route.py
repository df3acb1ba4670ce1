"""Meta's webhook POST as a raw ASGI route: the relay's hot path, without Starlette.

Every delivery Meta sends is a POST to `/api/whatsapp/webhook`: read the body
within its limits, check its signature, append it to the journal, answer 200.
Starlette's Request, routing and Response objects cost more than that work on
SQLite (bench/relay_bench.py), so this one route is answered here, from the
ASGI messages themselves, in front of the Starlette app that serves the rest
(the subscription check, `GET`, included). Errors are the same answers the
rest of the API gives (`relay.bodies.error`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from typing import TYPE_CHECKING, Any

from relay.bodies import BodyCutOff

if TYPE_CHECKING:
    from starlette.responses import Response

WEBHOOK_PATH = "/api/whatsapp/webhook"

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
# (Content-Length, X-Hub-Signature-256, body) -> None once accepted, else the refusal.
Take = Callable[[str | None, str | None, AsyncIterator[bytes]], Awaitable["Response | None"]]

_ACCEPTED = {"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"0")]}
_EMPTY = {"type": "http.response.body", "body": b""}


class WebhookRoute:
    """The ASGI app: webhook POSTs go to `take` (relay.app.Relay.take_webhook), the rest to
    `app`."""

    def __init__(self, app: ASGIApp, take: Take) -> None:
        self.app = app
        self._take = take

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not (
            scope["type"] == "http" and scope["method"] == "POST" and scope["path"] == WEBHOOK_PATH
        ):
            await self.app(scope, receive, send)
            return
        declared = signature = None
        for name, value in scope["headers"]:  # lower-case names (ASGI)
            if name == b"content-length":
                declared = value.decode("latin-1")
            elif name == b"x-hub-signature-256":
                signature = value.decode("latin-1")
        refusal = await self._take(declared, signature, _chunks(receive))
        if refusal is None:
            await send(_ACCEPTED)
            await send(_EMPTY)
        else:
            await refusal(scope, receive, send)


async def _chunks(receive: Receive) -> AsyncIterator[bytes]:
    """The request's body as it arrives; BodyCutOff if the client goes away first."""
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise BodyCutOff
        yield message.get("body", b"")
        if not message.get("more_body", False):
            return
