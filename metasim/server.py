"""The Meta simulator's HTTP server: the Cloud API's send endpoint, and webhooks back to a relay.

It speaks Meta's documented formats: the `POST /{version}/{phone_number_id}/messages`
request and response, Graph error bodies (`OAuthException` 190, `(#100)`
parameter errors, throttling 130429), and `statuses` webhooks (sent, delivered,
read) signed with the app secret and retried like Meta retries them.
Everything is on loopback; nothing here reaches Meta.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from collections import deque
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from metasim import payloads

log = logging.getLogger(__name__)

STATUS_STEPS = ("sent", "delivered", "read")
RETRY_DELAYS = (0.2, 0.5, 1.0, 2.0, 5.0)


@dataclass(frozen=True)
class SimSettings:
    """How the simulator plays Meta."""

    relay_url: str
    app_secret: str
    access_token: str
    status_delay: float = 0.05


@dataclass(frozen=True)
class Fault:
    """A Graph API error the next send will get instead of success."""

    http_status: int
    code: int
    message: str
    subcode: int | None = None


@dataclass
class SimState:
    """What the simulator has seen and been told to do."""

    sent: list[dict[str, Any]] = field(default_factory=list)
    faults: deque[Fault] = field(default_factory=deque)
    delivered: int = 0


def graph_error(
    status: int,
    code: int,
    message: str,
    *,
    kind: str = "OAuthException",
    subcode: int | None = None,
) -> JSONResponse:
    """A Graph API error body, as Meta writes them."""
    error: dict[str, Any] = {
        "message": message,
        "type": kind,
        "code": code,
        "fbtrace_id": "A" + secrets.token_urlsafe(16),
    }
    if subcode is not None:
        error["error_subcode"] = subcode
    if code not in (190, 100):
        error["error_data"] = {"messaging_product": "whatsapp", "details": message}
    return JSONResponse({"error": error}, status)


class MetaSimulator:
    """The Cloud API endpoints a relay calls, and the webhooks Meta would send it."""

    def __init__(self, settings: SimSettings) -> None:
        self.settings = settings
        self.state = SimState()
        self._client: httpx.AsyncClient | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    @contextlib.asynccontextmanager
    async def lifespan(self, _app: Starlette) -> AsyncIterator[None]:
        self._client = httpx.AsyncClient(timeout=10)
        try:
            yield
        finally:
            for task in self._tasks:
                task.cancel()
            await self._client.aclose()

    async def send_message(self, request: Request) -> Response:
        auth = request.headers.get("authorization", "")
        if auth != f"Bearer {self.settings.access_token}":
            return graph_error(401, 190, "Invalid OAuth access token - Cannot parse access token")
        try:
            body = await request.json()
        except ValueError:
            return graph_error(400, 100, "(#100) Invalid parameter", kind="OAuthException")
        if not isinstance(body, dict) or body.get("messaging_product") != "whatsapp":
            return graph_error(400, 100, "(#100) The parameter messaging_product is required.")
        if body.get("status") == "read":
            return JSONResponse({"success": True})
        to, mtype = body.get("to"), body.get("type", "text")
        if not isinstance(to, str) or not to:
            return graph_error(400, 100, "(#100) The parameter to is required.")
        if mtype == "text" and not str((body.get("text") or {}).get("body", "")).strip():
            return graph_error(400, 100, "(#100) The parameter text['body'] is required.")
        if self.state.faults:
            fault = self.state.faults.popleft()
            return graph_error(fault.http_status, fault.code, fault.message, subcode=fault.subcode)
        wamid = payloads.new_wamid("OUT")
        self.state.sent.append(
            {"wamid": wamid, "phone_number_id": request.path_params["pnid"], "request": body}
        )
        self._spawn(self._statuses(wamid, to))
        return JSONResponse(
            {
                "messaging_product": "whatsapp",
                "contacts": [{"input": to, "wa_id": "".join(c for c in to if c.isdigit())}],
                "messages": [{"id": wamid}],
            }
        )

    async def add_faults(self, request: Request) -> Response:
        items = (await request.json()).get("faults", [])
        for item in items:
            self.state.faults.append(
                Fault(
                    int(item["http_status"]),
                    int(item["code"]),
                    str(item.get("message", "")),
                    item.get("subcode"),
                )
            )
        return JSONResponse({"queued": len(self.state.faults)})

    async def customer_says(self, request: Request) -> Response:
        """Play a customer writing to the business: a signed `messages` webhook to the relay."""
        item = await request.json()
        wamid = payloads.new_wamid("IN")
        body = payloads.text_message(
            item["phone"],
            item["text"],
            name=item.get("name", "Cliente"),
            wamid=wamid,
            reply_to=item.get("reply_to"),
        )
        self._spawn(self._deliver(body))
        return JSONResponse({"wamid": wamid})

    async def owner_says(self, request: Request) -> Response:
        """Play the owner answering from the phone app: an `smb_message_echoes` webhook."""
        item = await request.json()
        wamid = payloads.new_wamid("ECHO")
        self._spawn(self._deliver(payloads.echo(item["phone"], item["text"], wamid=wamid)))
        return JSONResponse({"wamid": wamid})

    async def import_history(self, request: Request) -> Response:
        """Replay an onboarding history import: `{"threads": {phone: [[from_business, text]]}}`."""
        item = await request.json()
        threads = {
            str(phone): [(bool(mine), str(text)) for mine, text in messages]
            for phone, messages in item["threads"].items()
        }
        body = payloads.history_chunk(threads, progress=int(item.get("progress", 100)))
        self._spawn(self._deliver(body))
        messages = body["entry"][0]["changes"][0]["value"]["history"][0]["threads"]
        return JSONResponse({"wamids": [m["id"] for t in messages for m in t["messages"]]})

    async def report(self, _request: Request) -> Response:
        return JSONResponse(
            {
                "sent": self.state.sent,
                "delivered": self.state.delivered,
                "faults_queued": len(self.state.faults),
            }
        )

    def _spawn(self, work: Any) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _statuses(self, wamid: str, to: str) -> None:
        for step in STATUS_STEPS:
            await asyncio.sleep(self.settings.status_delay)
            await self._deliver(payloads.status(wamid, step, to))

    async def _deliver(self, payload: dict[str, Any]) -> None:
        """POST a signed webhook; retry like Meta until the relay answers 200."""
        assert self._client is not None
        body = payloads.encode(payload)
        headers = {
            "Content-Type": "application/json",
            "X-Hub-Signature-256": payloads.sign(self.settings.app_secret, body),
        }
        for delay in (0.0, *RETRY_DELAYS):
            await asyncio.sleep(delay)
            try:
                answer = await self._client.post(
                    self.settings.relay_url, content=body, headers=headers
                )
            except httpx.TransportError as exc:
                log.info("webhook delivery failed (%s); retrying", type(exc).__name__)
                continue
            if answer.status_code == 200:
                self.state.delivered += 1
                return
            log.info("relay answered %d; retrying", answer.status_code)
        log.warning("gave up delivering a webhook after %d tries", len(RETRY_DELAYS) + 1)


def create_app(settings: SimSettings) -> Starlette:
    sim = MetaSimulator(settings)
    app = Starlette(
        routes=[
            Route("/{version}/{pnid}/messages", sim.send_message, methods=["POST"]),
            Route("/_sim/faults", sim.add_faults, methods=["POST"]),
            Route("/_sim/customer", sim.customer_says, methods=["POST"]),
            Route("/_sim/phone_app", sim.owner_says, methods=["POST"]),
            Route("/_sim/history", sim.import_history, methods=["POST"]),
            Route("/_sim/report", sim.report, methods=["GET"]),
            Route("/healthz", lambda _r: Response("ok"), methods=["GET"]),
        ],
        lifespan=sim.lifespan,
    )
    app.state.sim = sim
    return app
