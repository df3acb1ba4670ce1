"""The relay's ASGI application: `create_app(settings)` wires store, journal, hub and routes."""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import os
import time
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route, WebSocketRoute
from starlette.websockets import WebSocket

from relay.administration import Administration
from relay.agents import AgentRegistry, Identity
from relay.auth import TokenCache
from relay.bodies import (
    BodyCutOff,
    BodyTooLarge,
    OverBudget,
    error,
    failure,
    json_object,
    read_body,
    read_chunks,
)
from relay.doctor import Doctor, DoctorSettings
from relay.drafts import NoticeDraft
from relay.edge import Budget
from relay.errors import StorageError
from relay.failures import AgentFailure, from_meta, invalid, unreachable
from relay.graph import NO_TOKEN, Ambiguous, GraphClient, Refused, Unreachable
from relay.guards import agents_only, unauthorized
from relay.hub import Hub
from relay.journal import Journal
from relay.media import MEDIA_ID, MediaStore
from relay.numbers import NumberBook
from relay.offload import Offload
from relay.onboarding import Connector
from relay.outbound import parse_outbound
from relay.postgres_store import Broadcast, follow
from relay.presence import Presence
from relay.process import Memory
from relay.sender import Sender
from relay.settings import Settings
from relay.signature import verify
from relay.store import Conversation, Page, open_store
from relay.stream import Release, StreamSession
from relay.tail import Tail
from relay.teamwork import Teamwork
from relay.templates import TemplateCatalog
from relay.webhook_route import WebhookRoute
from wire import media as media_limits
from wire.answers import ConversationInfo, RelayStatus
from wire.frames import MAX_SEQ
from wire.redaction import Redactor
from wire.redaction import install as install_redaction

log = logging.getLogger(__name__)

MAX_PAGE = 1000
DEFAULT_PAGE = 500
# An agent's JSON request (a message is at most 4096 characters, a template's
# parameters a few more); larger bodies are refused unread.
MAX_REQUEST = 64 * 1024
NUMBERS_REFRESH_SECONDS = 5.0
TRIM_SECONDS = 5.0


class Relay:
    """The running relay's parts; `create_app` exposes them as `app.state.relay`."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        # Before anything can log: no record, at any level, carries a secret.
        self.redactor = Redactor(
            [settings.app_secret, settings.verify_token, settings.access_token]
        )
        self._unredact = install_redaction(self.redactor)
        self.store = open_store(settings.database_url)
        self.registry = AgentRegistry(settings.database_url)
        self.numbers = NumberBook(
            settings.database_url,
            env_token=settings.access_token,
            env_number=settings.phone_number_id,
            env_waba=settings.waba_id,
        )
        for token in self.numbers.tokens():
            self.redactor.add(token)
        self.hub = Hub()
        self.broadcast = Broadcast(settings.database_url) if self.store.shared else None
        self.presence = Presence(
            self.hub,
            instance=self.store.instance,
            broadcast=self.broadcast.send if self.broadcast is not None else None,
        )
        self.release = Release(settings.desktop_latest_version, settings.desktop_download_url)
        self.unsigned = Budget(settings.edge.unsigned_budget)
        self.memory = Memory()
        self.readers = ThreadPoolExecutor(max_workers=4, thread_name_prefix="relay-reader")
        # Own commits and, on a shared database, other instances' reach the hub in seq order.
        self.tail = Tail(self.hub.publish, self.read_page, self.store.head())
        self.journal = Journal(
            self.store, self.tail.committed, retention_seconds=settings.retention_days * 86400
        )
        self._following: asyncio.Task[None] | None = None
        self.admin_executor = ThreadPoolExecutor(1, thread_name_prefix="relay-admin")
        # The set-up's, the doctor's and the number book's database work, off the loop.
        self.admin_io = Offload(self.admin_executor)
        self.tokens = TokenCache(
            self.registry,
            ThreadPoolExecutor(1, thread_name_prefix="relay-auth"),
            self.hub.revoke,
            self.hub.agents,
        )
        self.graph = GraphClient(
            settings.graph_api_base,
            settings.graph_api_version,
            settings.graph_timeout,
            settings.meta_hosts,
        )
        self.media = MediaStore(
            settings.media_dir, self.graph, self.numbers, settings.media_cache_bytes
        )
        self.templates = TemplateCatalog(self.graph, self.numbers)
        self.teamwork = Teamwork(
            self.journal, self.store, self.registry, self.tokens, Offload(self.readers)
        )
        self.sender = Sender(
            self.journal,
            self.graph,
            numbers=self.numbers,
            retry_seconds=settings.send_retry_seconds,
            # On a shared database another instance may die mid-send at any time.
            sweep_seconds=5.0 if self.store.shared else None,
        )
        self.connector = Connector(
            self.graph,
            self.numbers,
            self.admin_io,
            self._append_notice,
            app_id=settings.meta_app_id,
            app_secret=settings.app_secret,
        )
        self.doctor = Doctor(
            self.graph,
            self.numbers,
            DoctorSettings.of(settings),
            self.admin_io,
        )
        self.administration = Administration(
            settings,
            self.registry,
            self.tokens,
            self.numbers,
            self.connector,
            self.doctor,
            self.admin_io,
        )
        self._refreshing: asyncio.Task[None] | None = None
        self._trimming: asyncio.Task[None] | None = None

    async def _append_notice(self, notice: NoticeDraft) -> None:
        """An account event of the relay's own (onboarding progress), in the log."""
        self.redactor.add(self.numbers.token_for(notice.account))
        await self.journal.write(lambda store: (None, store.append_notice(notice)))

    async def _trim_memory(self) -> None:
        """Hand freed memory back to the system, so a burst (or an attack) leaves none held."""
        while True:
            await asyncio.sleep(TRIM_SECONDS)
            self.memory.trim()

    async def _refresh_numbers(self) -> None:
        """Numbers another instance (or the CLI) connected work here within seconds."""
        while True:
            await asyncio.sleep(NUMBERS_REFRESH_SECONDS)
            try:
                await self.admin_io(self.numbers.reload)
            except StorageError as exc:
                log.warning("could not read the connected numbers: %s", exc)
                continue
            for token in self.numbers.tokens():
                self.redactor.add(token)

    async def read_page(self, after: int, limit: int) -> Page:
        return await asyncio.get_running_loop().run_in_executor(
            self.readers, self.store.page, after, limit
        )

    # -- Meta's webhook -------------------------------------------------------

    async def verify_subscription(self, request: Request) -> Response:
        params = request.query_params
        token = params.get("hub.verify_token", "")
        if params.get("hub.mode") == "subscribe" and hmac.compare_digest(
            token.encode("utf-8"), self.settings.verify_token.encode("utf-8")
        ):
            return PlainTextResponse(params.get("hub.challenge", ""))
        return Response(status_code=403)

    async def take_webhook(
        self, declared: str | None, signature: str | None, chunks: AsyncIterator[bytes]
    ) -> Response | None:
        """A POSTed delivery (its Content-Length, X-Hub-Signature-256 and body): None once
        it is durably accepted (Meta's 200), else the error answer (`relay.webhook_route`)."""
        try:
            # Held before its signature is checked: large bodies draw on a relay-wide
            # budget while they are read (docs/deploy.md, "Limits at the edge").
            body = await read_chunks(declared, chunks, self.settings.max_body_bytes, self.unsigned)
        except BodyTooLarge:
            return error(413, "too_large", f"bodies over {self.settings.max_body_bytes} bytes")
        except OverBudget:
            log.info("webhook refused for now: the unverified-body budget is spent")
            return _busy()
        except BodyCutOff:
            return error(400, "incomplete", "the connection ended before the body did")
        if not verify(self.settings.app_secret, body, signature):
            log.warning("webhook refused: bad or missing signature (%d bytes)", len(body))
            return error(401, "bad_signature", "X-Hub-Signature-256 does not match the body")
        try:
            await self.journal.append(body, int(time.time()))
        except StorageError as exc:
            log.error("webhook not stored, answering 503 so Meta retries: %s", exc)
            return error(503, "storage_unavailable", "could not store the delivery; retry")
        log.debug("webhook accepted: %d bytes", len(body))
        return None

    # -- desktops -------------------------------------------------------------

    async def list_events(self, request: Request, _who: Identity) -> Response:
        after = _whole(request.query_params.get("after", "0"))
        limit = _whole(request.query_params.get("limit", str(DEFAULT_PAGE)))
        if after is None or limit is None:
            return error(400, "bad_request", "after and limit must be whole numbers")
        if after > MAX_SEQ or limit < 1:
            return error(400, "bad_request", f"after must be at most {MAX_SEQ}, limit at least 1")
        try:
            page = await self.read_page(after, min(limit, MAX_PAGE))
        except StorageError as exc:
            log.error("cannot read events: %s", exc)
            return error(503, "storage_unavailable", "cannot read events; retry")
        body = (
            f'{{"epoch":"{self.store.epoch}","head":{page.head},"events":['
            + ",".join(e.json for e in page.events)
            + "]}"
        )
        return Response(body, media_type="application/json")

    async def status(self, request: Request, who: Identity) -> Response:
        """Processing lag and connections, for operators and tests, and who is asking
        (`GET /api/status`)."""
        loop = asyncio.get_running_loop()
        inbox = await loop.run_in_executor(self.readers, self.store.inbox_size)
        answer = RelayStatus(
            self.store.epoch, self.tail.published, inbox, len(self.hub), who.name, who.role
        )
        return JSONResponse(answer.to_json())

    async def send_message(self, request: Request, who: Identity) -> Response:
        """`POST /api/messages`: an agent's message, sent once whatever the retries."""
        body = await json_object(request, MAX_REQUEST)
        if isinstance(body, Response):
            return body
        out = parse_outbound(body)
        if isinstance(out, AgentFailure):
            return failure(out)
        answer = await self.sender.send(who.name, out)
        return Response(answer.body, answer.status, answer.headers, "application/json")

    async def mark_read(self, request: Request, _who: Identity) -> Response:
        """`POST /api/read`: mark a customer's message read, optionally showing "typing…"."""
        body = await json_object(request, MAX_REQUEST)
        if isinstance(body, Response):
            return body
        wamid, conversation = body.get("wamid"), body.get("conversation")
        if not isinstance(wamid, str) or not wamid or len(wamid) > 512:
            return failure(invalid("wamid", "wamid must be the message's id"))
        if not isinstance(conversation, str) or not conversation:
            return failure(invalid("conversation", "conversation must be given"))
        known = await self._conversation(conversation)
        account = known.account if known else self.numbers.default_account()
        if account is None:
            return failure(invalid("conversation", "no business number is known for it"))
        token = self.numbers.token_for(account)
        if token is None:
            return failure(from_meta(NO_TOKEN.error))
        request_body: dict[str, object] = {
            "messaging_product": "whatsapp",
            "status": "read",
            "message_id": wamid,
        }
        if body.get("typing") is True:
            request_body["typing_indicator"] = {"type": "text"}
        outcome = await self.graph.post_json(f"{account}/messages", request_body, token=token)
        if isinstance(outcome, Refused):
            return failure(from_meta(outcome.error))
        if isinstance(outcome, Unreachable | Ambiguous):
            return failure(unreachable(outcome.reason))
        return JSONResponse({"ok": True})

    async def conversation(self, request: Request, _who: Identity) -> Response:
        """`GET /api/conversations/{id}`: its number and 24-hour customer-service window."""
        conversation = request.path_params["conversation"]
        try:
            known = await self._conversation(conversation)
        except StorageError:
            return error(503, "storage_unavailable", "cannot read; retry")
        if known is None:
            return error(404, "not_found", "no message in this conversation yet")
        info = ConversationInfo(known.conversation, known.account, known.last_inbound, known.team)
        return JSONResponse(info.to_json(time.time()))

    async def get_media(self, request: Request, _who: Identity) -> Response:
        """`GET /api/media/{media_id}`: the file, from the relay's folder or fetched from Meta."""
        media_id = request.path_params["media_id"]
        if not MEDIA_ID.fullmatch(media_id):
            return failure(invalid("media_id", "media ids are Meta's numeric ids"))
        found = await self.media.get(media_id)
        if isinstance(found, AgentFailure):
            return failure(found)
        headers = {"Cache-Control": "private, max-age=31536000, immutable"}
        if found.filename:
            return FileResponse(
                found.path, media_type=found.mime_type, filename=found.filename, headers=headers
            )
        return FileResponse(found.path, media_type=found.mime_type, headers=headers)

    async def upload_media(self, request: Request, _who: Identity) -> Response:
        """`POST /api/media?filename=F`: the file as the body, its type as Content-Type."""
        mime = request.headers.get("content-type", "")
        kind = media_limits.kind_of(mime)
        if kind is None:
            return failure(
                AgentFailure(
                    415, "media_error", f"{mime or 'this type'} cannot be sent", field="file"
                )
            )
        limit = media_limits.LIMITS[kind][1]
        try:
            content = await read_body(request, limit)
        except BodyTooLarge:
            return failure(_too_big(kind, limit))
        except BodyCutOff:
            return error(400, "incomplete", "the connection ended before the file did")
        problem = media_limits.problem(mime, content[:64], len(content))
        if problem is not None:
            return failure(AgentFailure(400, "media_error", problem, field="file"))
        filename = request.query_params.get("filename") or None
        if filename is not None and len(filename) > 240:
            return failure(invalid("filename", "file names are at most 240 characters"))
        account = request.query_params.get("account") or self.numbers.default_account()
        if account is None or not (account.isascii() and account.isdigit()):
            return failure(
                invalid("account", "give ?account=, or connect a number on the set-up page")
            )
        stored = await self.media.upload(account, content, mime, filename)
        if isinstance(stored, AgentFailure):
            return failure(stored)
        return JSONResponse(
            {
                "media_id": stored.media_id,
                "type": kind,
                "mime_type": stored.mime_type,
                "size": stored.size,
                "filename": stored.filename,
            },
            201,
        )

    async def list_templates(self, request: Request, _who: Identity) -> Response:
        """`GET /api/templates[?refresh=1]`: approved templates with their parameters."""
        refresh = request.query_params.get("refresh") in ("1", "true")
        account = request.query_params.get("account") or None
        found = await self.templates.fetch(account, refresh=refresh)
        if isinstance(found, AgentFailure):
            return failure(found)
        return JSONResponse(found)

    async def _conversation(self, conversation: str) -> Conversation | None:
        return await asyncio.get_running_loop().run_in_executor(
            self.readers, self.store.conversation, conversation
        )

    async def stream(self, ws: WebSocket) -> None:
        agent = await self.tokens.agent(ws.headers.get("authorization"))
        if agent is None:
            await ws.send_denial_response(unauthorized())
            return
        await StreamSession(
            ws, agent, self.store, self.hub, self.read_page, self.presence, self.release
        ).run()

    @contextlib.asynccontextmanager
    async def lifespan(self, _app: Starlette) -> AsyncIterator[None]:
        self.journal.start()
        self.tokens.start()
        if self.store.shared:
            self._following = asyncio.get_running_loop().create_task(
                follow(self.settings.database_url, self.tail.advance, self.presence.heard),
                name="follow",
            )
        await self.sender.start()
        self.teamwork.start()
        self.presence.start()
        self._refreshing = asyncio.get_running_loop().create_task(
            self._refresh_numbers(), name="numbers"
        )
        self._trimming = asyncio.get_running_loop().create_task(self._trim_memory(), name="memory")
        await self._announce_setup()
        if os.environ.get("REPLIT_DEPLOYMENT") and not self.store.shared:
            log.warning(
                "running on Replit with SQLite: a redeploy starts from an empty disk and "
                "loses every event; attach Replit's PostgreSQL (DATABASE_URL), see docs/deploy.md"
            )
        log.info(
            "relay ready: %s store, epoch %s, head %d",
            "shared PostgreSQL" if self.store.shared else "SQLite",
            self.store.epoch,
            self.tail.published,
        )
        try:
            yield
        finally:
            for task in (self._refreshing, self._trimming):
                if task is not None:
                    task.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await task
            if self._following is not None:
                self._following.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await self._following
            await self.teamwork.stop()
            await self.presence.stop()
            if self.broadcast is not None:
                await self.broadcast.stop()
            await self.tail.stop()
            await self.tokens.stop()
            await self.sender.stop()
            await self.graph.aclose()
            await self.journal.stop()
            self.readers.shutdown(wait=False)
            self.admin_executor.shutdown(wait=True)
            self.store.close()
            self.registry.close()
            self.numbers.close()
            self._unredact()

    async def _announce_setup(self) -> None:
        """Without an admin, say where to create the first one (the set-up code is in the
        database, so every start says the same until it is used)."""
        code = await self.admin_io(self.registry.setup_code)
        if code is None:
            return
        base = self.settings.public_url
        if base is None:
            loopback = self.settings.host in ("127.0.0.1", "localhost", "::1")
            base = f"http://127.0.0.1:{self.settings.port}" if loopback else "https://<relay>"
        log.warning(
            "no administrator yet: open %s/setup?code=%s to create the first one "
            "(set PUBLIC_URL to show this relay's own address here)",
            base,
            code,
        )


def _too_big(kind: str, limit: int) -> AgentFailure:
    return AgentFailure(
        413, "media_error", f"{kind} files must be at most {limit // 1024} KiB", field="file"
    )


def _whole(text: str) -> int | None:
    """A non-negative whole number written in ASCII digits (not "²", not "1e3"), or None."""
    if not (text.isascii() and text.isdigit()) or len(text) > 20:
        return None
    return int(text)


def _busy() -> Response:
    # Meta retries a 503; the budget frees as soon as bodies in flight are verified.
    return error(
        503,
        "busy",
        "too many webhook bytes awaiting verification; retry",
        {"Retry-After": "1", "Connection": "close"},
    )


async def _healthz(_request: Request) -> Response:
    return PlainTextResponse("ok")


def create_app(settings: Settings) -> WebhookRoute:
    """The relay as an ASGI app; opening the database happens here, at start-up. Meta's
    webhook POSTs are answered in front of Starlette (`relay.webhook_route`)."""
    relay = Relay(settings)
    app = Starlette(
        routes=[
            Route("/api/whatsapp/webhook", relay.verify_subscription, methods=["GET"]),
            Route("/healthz", _healthz, methods=["GET", "HEAD"]),
            # Replit's deployment health check asks for the home page.
            Route("/", _healthz, methods=["GET", "HEAD"]),
            Route("/api/events", agents_only(relay.tokens, relay.list_events), methods=["GET"]),
            Route("/api/status", agents_only(relay.tokens, relay.status), methods=["GET"]),
            Route("/api/messages", agents_only(relay.tokens, relay.send_message), methods=["POST"]),
            Route("/api/read", agents_only(relay.tokens, relay.mark_read), methods=["POST"]),
            Route("/api/media", agents_only(relay.tokens, relay.upload_media), methods=["POST"]),
            Route(
                "/api/media/{media_id}", agents_only(relay.tokens, relay.get_media), methods=["GET"]
            ),
            Route(
                "/api/templates", agents_only(relay.tokens, relay.list_templates), methods=["GET"]
            ),
            Route(
                "/api/conversations/{conversation}",
                agents_only(relay.tokens, relay.conversation),
                methods=["GET"],
            ),
            WebSocketRoute("/api/ws", relay.stream),
            *relay.teamwork.routes(),
            *relay.administration.routes(),
        ],
        lifespan=relay.lifespan,
    )
    # A missing or extra slash is a 404, never a redirect built from the Host header.
    app.router.redirect_slashes = False
    app.state.relay = relay
    return WebhookRoute(app, relay.take_webhook)
