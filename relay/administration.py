"""The set-up page and the admins' API: first admin, agents and invitations, numbers, doctor.

Routes (docs/protocol.md, "Setting up"):

- `GET /setup`, `/setup/setup.js`, `/setup/setup.css`: the page (static, shipped in
  the package; no build step, no CDN but Meta's SDK);
- `GET /api/setup/config`: what the page needs (public: the Meta app's id is
  public), with its texts in the browser's language;
- `POST /api/setup/admin`: the first admin, with the set-up code from the log;
- `GET|POST /api/agents`, `DELETE /api/agents/{name}`: the team (admins only);
- `POST /api/setup/meta`: connect a number after Embedded Signup (admins only);
- `GET /api/admin/numbers`, `GET /api/admin/doctor` (admins only).

Every handler here answers with a value: an agent's token gets 403, a missing
one 401; the business's tokens and the app secret are never in an answer.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from urllib.parse import quote, urlsplit

from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

from relay import i18n
from relay.agents import ROLES, AgentRegistry, Identity
from relay.auth import TokenCache
from relay.bodies import error, json_object
from relay.doctor import Doctor
from relay.errors import AgentError, SetupError, StorageError
from relay.guards import Handler, admins_only
from relay.numbers import NumberBook
from relay.offload import Offload
from relay.onboarding import Connector
from relay.settings import DEFAULT_SDK_URL, Settings
from wire.answers import Member, Role

log = logging.getLogger(__name__)

STATIC = Path(__file__).resolve().parent / "static"
PAGE_FILES = {
    "setup.js": "text/javascript",
    "setup-texts.js": "text/javascript",
    "setup.css": "text/css",
}
MAX_ADMIN_REQUEST = 16 * 1024
META_ORIGINS = ("https://www.facebook.com", "https://web.facebook.com")
IDS = "0123456789"


class Administration:
    """The admin routes, wired to the relay's parts."""

    def __init__(
        self,
        settings: Settings,
        registry: AgentRegistry,
        tokens: TokenCache,
        book: NumberBook,
        connector: Connector,
        doctor: Doctor,
        io: Offload,
    ) -> None:
        self._settings = settings
        self._registry = registry
        self._tokens = tokens
        self._book = book
        self._connector = connector
        self._doctor = doctor
        self._io = io

    def _admin_only(self, handler: Handler) -> Callable[[Request], Awaitable[Response]]:
        return _stored(admins_only(self._tokens, handler))

    def routes(self) -> list[Route]:
        return [
            Route("/setup", self.page, methods=["GET"]),
            Route("/setup/{name}", self.page_file, methods=["GET"]),
            Route("/api/setup/config", _stored(self.config), methods=["GET"]),
            Route("/api/setup/admin", _stored(self.first_admin), methods=["POST"]),
            Route("/api/setup/meta", self._admin_only(self.connect), methods=["POST"]),
            Route("/api/agents", self._admin_only(self.list_agents), methods=["GET"]),
            Route("/api/agents", self._admin_only(self.invite), methods=["POST"]),
            Route("/api/agents/{name}", self._admin_only(self.revoke), methods=["DELETE"]),
            Route("/api/admin/numbers", self._admin_only(self.numbers), methods=["GET"]),
            Route("/api/admin/doctor", self._admin_only(self.run_doctor), methods=["GET"]),
        ]

    # -- the page ---------------------------------------------------------------------

    async def page(self, _request: Request) -> Response:
        return FileResponse(STATIC / "setup.html", headers=self._page_headers("text/html"))

    async def page_file(self, request: Request) -> Response:
        name = request.path_params["name"]
        media_type = PAGE_FILES.get(name)
        if media_type is None:
            return error(404, "not_found", "no such file")
        return FileResponse(
            STATIC / name, media_type=media_type, headers=self._page_headers(media_type)
        )

    def _page_headers(self, media_type: str) -> dict[str, str]:
        sdk = _origin(self._settings.facebook_sdk_url)
        facebook = "https://*.facebook.com https://*.facebook.net"
        headers = {
            "Cache-Control": "no-cache",
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer",
        }
        if media_type == "text/html":
            headers["Content-Security-Policy"] = (
                f"default-src 'self'; script-src 'self' {sdk} {facebook}; "
                f"connect-src 'self' {sdk} {facebook}; frame-src {sdk} {facebook}; "
                "img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; "
                "frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
            )
        return headers

    async def config(self, request: Request) -> Response:
        """What the page needs: the Meta app (public values), whether an admin exists,
        and its texts in the browser's language."""
        language = i18n.negotiate(request.headers.get("accept-language"))
        code = await self._io(self._registry.setup_code)
        origins = list(META_ORIGINS)
        if self._settings.facebook_sdk_url != DEFAULT_SDK_URL:
            # A stand-in SDK (the tests'): its popup posts from its own origin.
            origins.append(_origin(self._settings.facebook_sdk_url))
        return JSONResponse(
            {
                "admin_exists": code is None,
                "app_id": self._settings.meta_app_id,
                "config_id": self._settings.meta_es_config_id,
                "sdk_url": self._settings.facebook_sdk_url,
                "graph_version": self._settings.graph_api_version,
                "message_origins": origins,
                "relay_url": self._public_url(request),
                "language": language,
                "strings": i18n.strings(language, "Setup"),
            },
            headers={"Cache-Control": "no-store"},
        )

    # -- the first admin --------------------------------------------------------------

    async def first_admin(self, request: Request) -> Response:
        body = await json_object(request, MAX_ADMIN_REQUEST)
        if isinstance(body, Response):
            return body
        code, name = body.get("code"), body.get("name")
        if not isinstance(code, str) or not isinstance(name, str):
            return error(400, "invalid_request", "give code and name", field="name")
        try:
            token = await self._io(self._registry.create_first_admin, code, name)
        except SetupError as exc:
            log.warning("set-up refused: %s", exc.code)
            return error(403, exc.code, str(exc))
        except AgentError as exc:
            return error(400, "invalid_request", str(exc), field="name")
        log.info("the first administrator was created")
        return self._created(request, name.strip(), None, token)

    # -- agents -----------------------------------------------------------------------

    async def list_agents(self, _request: Request, _who: Identity) -> Response:
        agents = await self._io(self._registry.agents)
        return JSONResponse(
            {
                "agents": [
                    Member(a.name, a.role, a.created_at, a.last_seen).to_json()
                    for a in agents
                    if a.active
                ]
            },
            headers={"Cache-Control": "no-store"},
        )

    async def invite(self, request: Request, _who: Identity) -> Response:
        body = await json_object(request, MAX_ADMIN_REQUEST)
        if isinstance(body, Response):
            return body
        name, role = body.get("name"), body.get("role", "agent")
        if not isinstance(name, str):
            return error(400, "invalid_request", "give the agent's name", field="name")
        if role not in ROLES:
            return error(400, "invalid_request", "role is admin or agent", field="role")
        chosen: Role = "admin" if role == "admin" else "agent"
        try:
            token = await self._io(self._registry.add, name, chosen)
        except AgentError as exc:
            exists = "exists" in str(exc)
            return error(
                409 if exists else 400,
                "agent_exists" if exists else "invalid_request",
                str(exc),
                field="name",
            )
        log.info("an administrator invited a new %s", chosen)
        return self._created(request, name.strip(), chosen, token)

    async def revoke(self, request: Request, _who: Identity) -> Response:
        name = request.path_params["name"]
        try:
            await self._io(lambda: self._registry.revoke(name, keep_an_admin=True))
        except SetupError as exc:
            return error(409, exc.code, str(exc))
        except AgentError as exc:
            return error(404, "not_found", str(exc))
        # Here at once; other instances notice on their next poll (within a second).
        self._tokens.forget(name)
        return JSONResponse({"revoked": name})

    def _created(self, request: Request, name: str, role: str | None, token: str) -> Response:
        """201 with the new token and its pairing link (`role` for an invitation)."""
        body = {"name": name} | ({"role": role} if role else {})
        body |= {"token": token, "link": pairing_link(self._public_url(request), token)}
        return JSONResponse(body, 201, headers={"Cache-Control": "no-store"})

    # -- numbers ---------------------------------------------------------------------

    async def connect(self, request: Request, _who: Identity) -> Response:
        body = await json_object(request, MAX_ADMIN_REQUEST)
        if isinstance(body, Response):
            return body
        language = i18n.negotiate(request.headers.get("accept-language"))
        code, waba, pnid = body.get("code"), body.get("waba_id"), body.get("phone_number_id")
        if not isinstance(code, str) or not code or len(code) > 2048:
            return error(400, "invalid_request", "code is Embedded Signup's code", field="code")
        if not _is_id(waba):
            return error(400, "invalid_request", "waba_id is Meta's numeric id", field="waba_id")
        if pnid is not None and not _is_id(pnid):
            return error(
                400, "invalid_request", "phone_number_id is Meta's numeric id",
                field="phone_number_id",
            )  # fmt: skip
        result = await self._connector.connect(code, str(waba), str(pnid) if pnid else None)
        steps = [step.to_json(language) for step in result.steps]
        numbers = [number.to_json() for number in result.numbers]
        if result.ok:
            return JSONResponse(
                {"number": numbers[0], "numbers": numbers, "steps": steps},
                headers={"Cache-Control": "no-store"},
            )
        failed = next((s for s in steps if not s["ok"]), None)
        return JSONResponse(
            {
                "error": {
                    "code": "connect_failed",
                    "message": failed["detail"] if failed else "nothing was connected",
                },
                "number": numbers[0] if numbers else None,
                "numbers": numbers,
                "steps": steps,
            },
            502,
            headers={"Cache-Control": "no-store"},
        )

    async def numbers(self, _request: Request, _who: Identity) -> Response:
        numbers = await self._io(self._book.numbers)
        found = []
        for number in numbers:
            syncs = await self._io(self._book.syncs, number.phone_number_id)
            found.append({**number.to_json(), "syncs": [sync.to_json() for sync in syncs.values()]})
        return JSONResponse({"numbers": found}, headers={"Cache-Control": "no-store"})

    async def run_doctor(self, request: Request, _who: Identity) -> Response:
        language = i18n.negotiate(request.headers.get("accept-language"))
        started = time.monotonic()
        checks = await self._doctor.run(self._public_url(request))
        log.info("doctor ran %d checks in %.1f s", len(checks), time.monotonic() - started)
        return JSONResponse(
            {
                "ok": all(check.ok for check in checks),
                "checks": [check.rendered(language).to_json() for check in checks],
            },
            headers={"Cache-Control": "no-store"},
        )

    # -- helpers ------------------------------------------------------------------------

    def _public_url(self, request: Request) -> str:
        if self._settings.public_url:
            return self._settings.public_url
        return f"{request.url.scheme}://{request.url.netloc}"


def _stored(
    handler: Callable[[Request], Awaitable[Response]],
) -> Callable[[Request], Awaitable[Response]]:
    """The handler, answering 503 (retry) when the database cannot be read or written."""

    async def answering(request: Request) -> Response:
        try:
            return await handler(request)
        except StorageError as exc:
            log.error("set-up request failed, storage: %s", exc)
            return error(503, "storage_unavailable", "the relay cannot store this now; retry")

    return answering


def pairing_link(relay_url: str, token: str) -> str:
    """`puente://connect?relay=<relay's URL>&token=<token>`: opens Puente at sign-in."""
    return f"puente://connect?relay={quote(relay_url, safe='')}&token={quote(token, safe='')}"


def _is_id(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value) <= 32 and all(ch in IDS for ch in value)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"
