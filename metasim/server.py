"""The Meta simulator's HTTP server: the Cloud API a relay calls, and the webhooks Meta sends back.

It speaks Meta's documented formats: `POST /{version}/{phone_number_id}/messages`
(every type the relay sends, mark-as-read and the typing indicator), media
upload (`POST /{version}/{phone_number_id}/media`), media lookup
(`GET /{version}/{media_id}`) and download from the short-lived URL it hands
out, the template list (`GET /{version}/{waba_id}/message_templates`), Graph
error bodies, and signed webhooks (statuses sent → delivered → read, with the
`biz_opaque_callback_data` the send carried) retried like Meta retries them.

Like Meta, it enforces the 24-hour customer-service window: a free-form message
to a customer who has not written in 24 hours is accepted and then fails with
a `failed` status, error 131047. Faults are scripted through `/_sim/...`.
Everything is on loopback; nothing here reaches Meta.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import logging
import secrets
import time
from collections import deque
from collections.abc import AsyncIterator, Coroutine
from dataclasses import dataclass, field
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from metasim import catalog, payloads
from metasim.signup import SignupSim

log = logging.getLogger(__name__)

STATUS_STEPS = ("sent", "delivered", "read")
RETRY_DELAYS = (0.2, 0.5, 1.0, 2.0, 5.0)
WINDOW_SECONDS = 24 * 3600
MEDIA_URL_SECONDS = 300  # Meta's media URLs expire after five minutes
SEND_TYPES = frozenset(
    {"text", "reaction", "image", "audio", "video", "document", "sticker", "location",
     "template", "interactive", "contacts"}
)  # fmt: skip


@dataclass(frozen=True)
class SimSettings:
    """How the simulator plays Meta."""

    relay_url: str
    app_secret: str
    access_token: str
    status_delay: float = 0.05
    public_url: str = "http://127.0.0.1:8010"
    app_id: str = "1234567890"


@dataclass(frozen=True)
class Fault:
    """What the next send gets instead of Meta's usual answer.

    An error body (`http_status`, `code`, ...), or with `timeout` an answer that
    comes only after that many seconds (the message goes out then, or at once
    with `statuses_first`, so its statuses may beat the answer). `sent` says
    whether a message answered with an error went out all the same (Meta may
    have sent it before a 5xx).
    """

    http_status: int = 200
    code: int = 0
    message: str = ""
    subcode: int | None = None
    retry_after: float | None = None
    timeout: float = 0.0
    sent: bool = False
    statuses_first: bool = False


@dataclass
class Media:
    mime_type: str
    content: bytes
    filename: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()


@dataclass
class SimState:
    """What the simulator has seen and been told to do."""

    sent: list[dict[str, Any]] = field(default_factory=list)
    read: list[dict[str, Any]] = field(default_factory=list)
    faults: deque[Fault] = field(default_factory=deque)
    failed_statuses: deque[dict[str, Any]] = field(default_factory=deque)
    last_inbound: dict[str, float] = field(default_factory=dict)
    media: dict[str, Media] = field(default_factory=dict)
    media_urls: dict[str, tuple[str, float]] = field(default_factory=dict)
    duplicate_webhooks: bool = False
    reorder_statuses: bool = False
    delivered: int = 0
    calls: int = 0
    media_lookups: int = 0
    media_downloads: int = 0
    # A host other than its own to name in media URLs (a URL a token must not follow).
    media_url_host: str | None = None


def graph_error(
    status: int,
    code: int,
    message: str,
    *,
    kind: str = "OAuthException",
    subcode: int | None = None,
    details: str | None = None,
    retry_after: float | None = None,
) -> JSONResponse:
    """A Graph API error body, as Meta writes them (meta-samples/api/14_error_response_130429)."""
    error: dict[str, Any] = {
        "message": message,
        "type": kind,
        "code": code,
        "fbtrace_id": "A" + secrets.token_urlsafe(16),
    }
    if subcode is not None:
        error["error_subcode"] = subcode
    if code not in (190, 100):
        error["error_data"] = {"messaging_product": "whatsapp", "details": details or message}
    headers = {"Retry-After": f"{retry_after:g}"} if retry_after is not None else None
    return JSONResponse({"error": error}, status, headers=headers)


def _bad_token() -> JSONResponse:
    return graph_error(401, 190, "Invalid OAuth access token - Cannot parse access token")


def _param(message: str) -> JSONResponse:
    return graph_error(400, 100, f"(#100) {message}")


class MetaSimulator:
    """The Cloud API endpoints a relay calls, and the webhooks Meta would send it."""

    def __init__(self, settings: SimSettings) -> None:
        self.settings = settings
        self.state = SimState()
        self._client: httpx.AsyncClient | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.signup = SignupSim(
            app_id=settings.app_id,
            app_secret=settings.app_secret,
            system_token=settings.access_token,
            relay_url=settings.relay_url,
            public_url=settings.public_url,
            deliver=self._deliver,
            spawn=self._spawn,
            graph_error=graph_error,
            status_delay=settings.status_delay,
        )

    @contextlib.asynccontextmanager
    async def lifespan(self, _app: Starlette) -> AsyncIterator[None]:
        self._client = httpx.AsyncClient(timeout=10)
        try:
            yield
        finally:
            for task in self._tasks:
                task.cancel()
            await self._client.aclose()

    def _authorized(self, request: Request) -> bool:
        return self.signup.valid(self.signup.token_of(request))

    def _reaches(self, request: Request, pnid: str) -> bool:
        """Whether the request's token may act for this number (the system user's token
        reaches the numbers set up by hand; a business token its own WABA's)."""
        number = self.signup.number(pnid)
        return number is None or self.signup.may_use(self.signup.token_of(request), number.waba_id)

    # -- the Cloud API ----------------------------------------------------------

    async def messages(self, request: Request) -> Response:
        self.state.calls += 1
        if not self._authorized(request):
            return _bad_token()
        if not self._reaches(request, request.path_params["pnid"]):
            return graph_error(
                400, 100, "(#100) Object does not exist or the token cannot reach it",
                kind="GraphMethodException", subcode=33,
            )  # fmt: skip
        try:
            body = await request.json()
        except ValueError:
            return _param("Invalid parameter")
        if not isinstance(body, dict) or body.get("messaging_product") != "whatsapp":
            return _param("The parameter messaging_product is required.")
        if body.get("status") == "read":
            return self._mark_read(body)
        problem = self._invalid(body)
        if problem is not None:
            return problem
        to = body.get("to") or body.get("recipient")
        if self.state.faults:
            fault = self.state.faults.popleft()
            # A slow answer's statuses come after it, unless `statuses_first`.
            early = fault.statuses_first or not fault.timeout
            if early and (fault.sent or fault.timeout):
                self._accept(request, body, str(to))
            if fault.timeout:
                await asyncio.sleep(fault.timeout)
                if not early:
                    self._accept(request, body, str(to))
            if fault.http_status != 200:
                return graph_error(
                    fault.http_status,
                    fault.code,
                    fault.message or f"(#{fault.code}) simulated",
                    subcode=fault.subcode,
                    retry_after=fault.retry_after,
                )
            return JSONResponse(self._receipt(str(to), self.state.sent[-1]["wamid"]))
        wamid = self._accept(request, body, str(to))
        return JSONResponse(self._receipt(str(to), wamid))

    def _receipt(self, to: str, wamid: str) -> dict[str, Any]:
        contact: dict[str, str] = {"input": to}
        digits = to.lstrip("+")
        if digits.isdigit():
            # As WhatsApp does, a Mexican mobile is id'd with the "1" Mexico dropped in 2019.
            mexican = digits.startswith("52") and len(digits) == 12
            contact["wa_id"] = "521" + digits[2:] if mexican else digits
        else:
            contact["user_id"] = to
        return {"messaging_product": "whatsapp", "contacts": [contact], "messages": [{"id": wamid}]}

    def _accept(self, request: Request, body: dict[str, Any], to: str) -> str:
        wamid = payloads.new_wamid("OUT")
        self.state.sent.append(
            {"wamid": wamid, "phone_number_id": request.path_params["pnid"], "request": body}
        )
        recipient = to.lstrip("+")
        failure: dict[str, Any] | None = None
        if self.state.failed_statuses:
            failure = self.state.failed_statuses.popleft()
        elif body.get("type") != "template" and not self._window_open(recipient):
            failure = {
                "code": 131047,
                "title": "Re-engagement message",
                "message": "Re-engagement message",
                "error_data": {
                    "details": "Message failed to send because more than 24 hours have passed "
                    "since the customer last replied to this number."
                },
            }
        callback = body.get("biz_opaque_callback_data")
        self._spawn(self._statuses(wamid, recipient, callback, failure))
        return wamid

    def _window_open(self, recipient: str) -> bool:
        last = self.state.last_inbound.get(recipient)
        return last is not None and time.time() - last < WINDOW_SECONDS

    def _invalid(self, body: dict[str, Any]) -> Response | None:
        """Meta's validation of a send, with its error codes and wording."""
        to, recipient = body.get("to"), body.get("recipient")
        if not (isinstance(to, str) and to) and not (isinstance(recipient, str) and recipient):
            return _param("The parameter to is required.")
        mtype = body.get("type", "text")
        if mtype not in SEND_TYPES:
            return graph_error(400, 131051, "(#131051) Unsupported message type")
        content = body.get(mtype)
        if not isinstance(content, dict):
            return _param(f"The parameter {mtype} is required.")
        if mtype == "text":
            text = content.get("body")
            if not isinstance(text, str) or not text.strip():
                return _param("The parameter text['body'] is required.")
            if len(text) > 4096:
                return _param("Param text['body'] must be at most 4096 characters long.")
        if mtype in catalog.MEDIA_LIMITS:
            media_id = content.get("id")
            if media_id not in self.state.media:
                return graph_error(
                    400,
                    131053,
                    "(#131053) Media upload error",
                    details=f"Media id {media_id} is not valid or has expired",
                )
        if mtype == "template":
            return self._invalid_template(content)
        return None

    def _invalid_template(self, content: dict[str, Any]) -> Response | None:
        language = content.get("language")
        code = language.get("code") if isinstance(language, dict) else None
        template = catalog.find_template(str(content.get("name")), str(code))
        if template is None or template["status"] != "APPROVED":
            return graph_error(
                404,
                132001,
                "(#132001) Template name does not exist in the translation",
                details=f"template name ({content.get('name')}) does not exist in {code}",
            )
        expected = catalog.body_placeholders(template)
        given = [
            p
            for c in content.get("components", [])
            if isinstance(c, dict) and c.get("type") == "body"
            for p in c.get("parameters", [])
        ]
        if len(given) != len(expected):
            return graph_error(
                400,
                132000,
                "(#132000) Number of parameters does not match the expected number of params",
                details=f"body: number of localizable_params ({len(given)}) does not match "
                f"the expected number of params ({len(expected)})",
            )
        if template["parameter_format"] == "NAMED":
            names = {p.get("parameter_name") for p in given if isinstance(p, dict)}
            if names != set(expected):
                return graph_error(
                    400,
                    132000,
                    "(#132000) Parameter name is missing or invalid",
                    details=f"expected parameters {sorted(expected)}",
                )
        return None

    def _mark_read(self, body: dict[str, Any]) -> Response:
        if not isinstance(body.get("message_id"), str):
            return _param("The parameter message_id is required.")
        self.state.read.append(body)
        return JSONResponse({"success": True})

    async def upload_media(self, request: Request) -> Response:
        if not self._authorized(request):
            return _bad_token()
        form = await request.form(max_part_size=200 * 1024 * 1024)
        upload = form.get("file")
        if form.get("messaging_product") != "whatsapp":
            return _param("The parameter messaging_product is required.")
        if not isinstance(upload, UploadFile):
            return _param("The parameter file is required.")
        mime = str(form.get("type") or upload.content_type or "")
        content = await upload.read()
        kind = catalog.media_kind(mime)
        if kind is None:
            return graph_error(
                400,
                131053,
                "(#131053) Media upload error",
                details=f"Param file must be a file with one of the supported types, not {mime}",
            )
        if len(content) > catalog.MEDIA_LIMITS[kind][1]:
            return graph_error(
                400,
                131053,
                "(#131053) Media upload error",
                details=f"{kind} files must be at most {catalog.MEDIA_LIMITS[kind][1]} bytes",
            )
        media_id = self._store_media(Media(mime, content, upload.filename))
        return JSONResponse({"id": media_id})

    def _store_media(self, media: Media) -> str:
        media_id = str(10**15 + secrets.randbelow(9 * 10**15))
        self.state.media[media_id] = media
        return media_id

    async def media_info(self, request: Request) -> Response:
        if not self._authorized(request):
            return _bad_token()
        number = self.signup.number(request.path_params["media_id"])
        if number is not None:  # `GET /{phone_number_id}?fields=...` shares the path
            return self.signup.number_fields(request, number)
        media_id = request.path_params["media_id"]
        self.state.media_lookups += 1
        media = self.state.media.get(media_id)
        if media is None:
            return graph_error(
                400,
                100,
                f"Unsupported get request. Object with ID '{media_id}' does not exist",
                kind="GraphMethodException",
                subcode=33,
            )
        ticket = secrets.token_urlsafe(12)
        self.state.media_urls[ticket] = (media_id, time.time() + MEDIA_URL_SECONDS)
        base = self.settings.public_url
        if self.state.media_url_host:
            base = base.replace("127.0.0.1", self.state.media_url_host)
        return JSONResponse(
            {
                "messaging_product": "whatsapp",
                "url": f"{base}/_media/{ticket}",
                "mime_type": media.mime_type,
                "sha256": media.sha256,
                "file_size": len(media.content),
                "id": media_id,
            }
        )

    async def media_download(self, request: Request) -> Response:
        self.state.media_downloads += 1
        # Meta's lookaside URLs also need the access token.
        if not self._authorized(request):
            return Response(status_code=401)
        found = self.state.media_urls.get(request.path_params["ticket"])
        if found is None or found[1] < time.time() or found[0] not in self.state.media:
            return Response(status_code=404)
        media = self.state.media[found[0]]
        return Response(media.content, media_type=media.mime_type)

    async def templates(self, request: Request) -> Response:
        if not self._authorized(request):
            return _bad_token()
        refused = self.signup.templates_refused()
        if refused is not None:
            return refused
        wanted = request.query_params.get("status")
        data = [t for t in catalog.TEMPLATES if wanted is None or t["status"] == wanted.upper()]
        return JSONResponse({"data": data, "paging": {"cursors": {"before": "MA", "after": "MQ"}}})

    # -- scripting ------------------------------------------------------------

    async def add_faults(self, request: Request) -> Response:
        """Queue faults for the next sends and failed statuses, set webhook disorder, or clear."""
        item = await request.json()
        if item.get("clear"):
            self.state.faults.clear()
            self.state.failed_statuses.clear()
        for fault in item.get("faults", []):
            self.state.faults.append(
                Fault(
                    http_status=int(fault.get("http_status", 200)),
                    code=int(fault.get("code", 0)),
                    message=str(fault.get("message", "")),
                    subcode=fault.get("subcode"),
                    retry_after=fault.get("retry_after"),
                    timeout=float(fault.get("timeout", 0.0)),
                    sent=bool(fault.get("sent", False)),
                    statuses_first=bool(fault.get("statuses_first", False)),
                )
            )
        for failure in item.get("failed_statuses", []):
            self.state.failed_statuses.append(dict(failure))
        if "media_url_host" in item:
            self.state.media_url_host = item["media_url_host"] or None
        webhooks = item.get("webhooks", {})
        self.state.duplicate_webhooks = bool(webhooks.get("duplicate", False))
        self.state.reorder_statuses = bool(webhooks.get("reorder", False))
        return JSONResponse({"queued": len(self.state.faults)})

    async def customer_says(self, request: Request) -> Response:
        """Play a customer writing: text, media (`{"media": {"mime_type", "data"}}`, with
        `"voice": true` for a voice note), a
        reaction, or any message object Meta sends (`{"message": {"type": ..., ...}}`)."""
        item = await request.json()
        phone = str(item["phone"])
        name = item.get("name", "Cliente")
        wamid = payloads.new_wamid("IN")
        if "message" in item:
            # Any type Meta sends, as Meta's message object without from, id and timestamp.
            message = {**item["message"], "from": phone, "id": wamid}
            message.setdefault("timestamp", str(int(time.time())))
            contacts = [{"profile": {"name": name}, "wa_id": phone}]
            body = payloads.envelope(
                [("messages", payloads.value(contacts=contacts, messages=[message]))]
            )
        elif "emoji" in item:
            body = payloads.reaction(phone, item["reply_to"], item["emoji"], name=name)
            wamid = body["entry"][0]["changes"][0]["value"]["messages"][0]["id"]
        elif "media" in item:
            spec = item["media"]
            media = Media(spec["mime_type"], base64.b64decode(spec["data"]), spec.get("filename"))
            kind = catalog.media_kind(media.mime_type) or "document"
            media_id = self._store_media(media)
            content: dict[str, Any] = {
                "mime_type": media.mime_type,
                "sha256": media.sha256,
                "id": media_id,
            }
            if item.get("text"):
                content["caption"] = item["text"]
            if media.filename and kind == "document":
                content["filename"] = media.filename
            if item.get("voice") and kind == "audio":
                content["voice"] = True
            body = payloads.media_message(phone, kind, content, name=name, wamid=wamid)
        else:
            body = payloads.text_message(
                phone, item["text"], name=name, wamid=wamid, reply_to=item.get("reply_to")
            )
        self.state.last_inbound[phone] = time.time()
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

    async def sync_contacts(self, request: Request) -> Response:
        """Replay the phone's contacts: `{"contacts": [[action, phone, name], ...]}`."""
        item = await request.json()
        contacts = [(str(a), str(p), str(n)) for a, p, n in item["contacts"]]
        self._spawn(self._deliver(payloads.contacts_sync(contacts)))
        return JSONResponse({"contacts": len(contacts)})

    async def report(self, _request: Request) -> Response:
        return JSONResponse(
            {
                "sent": self.state.sent,
                "read": self.state.read,
                "calls": self.state.calls,
                "media_lookups": self.state.media_lookups,
                "media_downloads": self.state.media_downloads,
                "media": {
                    media_id: {"mime_type": m.mime_type, "sha256": m.sha256, "size": len(m.content)}
                    for media_id, m in self.state.media.items()
                },
                "delivered": self.state.delivered,
                "faults_queued": len(self.state.faults),
                "signup": self.signup.report(),
            }
        )

    # -- webhooks -------------------------------------------------------------

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _statuses(
        self, wamid: str, to: str, callback: object, failure: dict[str, Any] | None
    ) -> None:
        steps: list[tuple[str, list[dict[str, Any]] | None]]
        if failure is not None:
            steps = [("failed", [failure])]
        else:
            steps = [(step, None) for step in STATUS_STEPS]
        bodies = [
            payloads.status(
                wamid,
                step,
                to,
                errors=errors,
                callback_data=callback if isinstance(callback, str) else None,
            )
            for step, errors in steps
        ]
        if self.state.reorder_statuses:
            bodies.reverse()
        for body in bodies:
            await asyncio.sleep(self.settings.status_delay)
            await self._deliver(body)
            if self.state.duplicate_webhooks:
                await self._deliver(body)

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
        # The simulator's own routes first: `/{version}/{media_id}` would match them too.
        routes=[
            Route("/healthz", lambda _r: Response("ok"), methods=["GET"]),
            *sim.signup.routes(),
            Route("/_media/{ticket}", sim.media_download, methods=["GET"]),
            Route("/_sim/faults", sim.add_faults, methods=["POST"]),
            Route("/_sim/customer", sim.customer_says, methods=["POST"]),
            Route("/_sim/phone_app", sim.owner_says, methods=["POST"]),
            Route("/_sim/history", sim.import_history, methods=["POST"]),
            Route("/_sim/contacts", sim.sync_contacts, methods=["POST"]),
            Route("/_sim/report", sim.report, methods=["GET"]),
            Route("/{version}/{pnid}/messages", sim.messages, methods=["POST"]),
            Route("/{version}/{pnid}/media", sim.upload_media, methods=["POST"]),
            Route("/{version}/{waba}/message_templates", sim.templates, methods=["GET"]),
            Route("/{version}/{media_id}", sim.media_info, methods=["GET"]),
        ],
        lifespan=sim.lifespan,
    )
    app.state.sim = sim
    return app
