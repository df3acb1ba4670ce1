"""The bare reference for the ingest benchmark: same stack as the relay, no storage.

It reads the body, checks Meta's signature and answers 200, and does nothing
else, so the relay's durable ingest can be compared with the cost of merely
speaking HTTP on this machine.
"""

from __future__ import annotations

import hashlib
import hmac
import os

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

SECRET = os.environ["WHATSAPP_APP_SECRET"].encode("utf-8")


async def webhook(request: Request) -> Response:
    body = await request.body()
    expected = "sha256=" + hmac.new(SECRET, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("x-hub-signature-256", "")):
        return Response(status_code=401)
    return Response(status_code=200)


async def healthz(_request: Request) -> Response:
    return Response("ok")


app = Starlette(
    routes=[
        Route("/api/whatsapp/webhook", webhook, methods=["POST"]),
        Route("/healthz", healthz),
    ]
)

if __name__ == "__main__":
    uvicorn.run(
        app, host="127.0.0.1", port=int(os.environ["PORT"]), access_log=False, log_level="warning"
    )
