"""Meta's side of connecting a number: Embedded Signup, onboarding calls, and what the doctor asks.

A stand-in for Meta's JavaScript SDK (`GET /sdk.js`: `FB.init`, `FB.login`)
opens a popup (`/_sim/es/dialog`) that plays the owner going through
Embedded Signup: it makes a WhatsApp Business Account and number on the
WhatsApp Business app, then posts to the opener what Meta's popup posts (a
`WA_EMBEDDED_SIGNUP` message event, JSON in a string) and hands `FB.login`'s
callback an exchangeable code, in the order a test scripts.

The Graph calls that follow answer as Meta documents them: the code exchange
(`GET /oauth/access_token`), `subscribed_apps`, a number's fields, a WABA's
`phone_numbers`, `smb_app_data` (each sync type once per number, within 24
hours of onboarding, error 2593107 / 2593108 otherwise; a sync that is taken
sends its `smb_app_state_sync` or `history` webhooks), `debug_token` and the
app's webhook `subscriptions`. Faults for each are scripted with
`POST /_sim/meta`, the signup's course with `POST /_sim/es`.
"""

from __future__ import annotations

import asyncio
import secrets
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from metasim import payloads

SYNC_WINDOW = 24 * 3600
FIELDS = (
    "messages",
    "smb_message_echoes",
    "history",
    "smb_app_state_sync",
    "account_update",
    "message_template_status_update",
    "message_template_quality_update",
)
SCOPES = ["whatsapp_business_management", "whatsapp_business_messaging", "business_management"]
FINISH_EVENTS = ("FINISH", "FINISH_WHATSAPP_BUSINESS_APP_ONBOARDING", "FINISH_ONLY_WABA")

Deliver = Callable[[dict[str, Any]], Awaitable[None]]
GraphError = Callable[..., JSONResponse]


@dataclass
class SimNumber:
    """A business number Meta knows."""

    phone_number_id: str
    waba_id: str
    display_phone_number: str
    verified_name: str
    is_on_biz_app: bool = True
    platform_type: str = "CLOUD_API"
    quality_rating: str = "GREEN"
    onboarded_at: float = field(default_factory=time.time)

    def fields(self) -> dict[str, Any]:
        return {
            "display_phone_number": self.display_phone_number,
            "verified_name": self.verified_name,
            "is_on_biz_app": self.is_on_biz_app,
            "platform_type": self.platform_type,
            "quality_rating": self.quality_rating,
            "id": self.phone_number_id,
        }

    @property
    def business(self) -> payloads.Business:
        digits = "".join(ch for ch in self.display_phone_number if ch.isdigit())
        return payloads.Business(self.waba_id, self.phone_number_id, digits)


@dataclass
class Script:
    """How the next Embedded Signup goes (`POST /_sim/es`)."""

    event: str = "FINISH_WHATSAPP_BUSINESS_APP_ONBOARDING"
    order: str = "event_first"  # or "code_first": which reaches the page first
    with_number: bool = False  # Meta's coexistence finish names only the WABA
    on_biz_app: bool = True
    history: str = "share"  # or "decline": the owner's choice on the phone
    display_phone_number: str = "+52 55 1234 5678"
    verified_name: str = "Panadería La Espiga"
    # The number was onboarded this long ago (Meta syncs within 24 hours only), and its
    # syncs were requested before (by another app, say): Meta answers 2593107.
    onboarded_hours_ago: float = 0.0
    synced_before: bool = False


@dataclass
class MetaScript:
    """What Meta says to the doctor's questions (`POST /_sim/meta`)."""

    token_valid: bool = True
    scopes: list[str] = field(default_factory=lambda: list(SCOPES))
    expires_at: int = 0
    callback_url: str | None = None  # None: the relay's webhook URL
    fields: list[str] = field(default_factory=lambda: list(FIELDS))
    active: bool = True
    templates_error: bool = False
    # Paths (their last segment: "subscribed_apps", "smb_app_data", "access_token", ...)
    # whose next call answers with this HTTP status and a Graph error.
    fail_next: dict[str, int] = field(default_factory=dict)


class SignupSim:
    """Embedded Signup and the onboarding Graph calls; shares the simulator's webhook sender."""

    def __init__(
        self,
        *,
        app_id: str,
        app_secret: str,
        system_token: str,
        relay_url: str,
        public_url: str,
        deliver: Deliver,
        spawn: Callable[[Coroutine[Any, Any, None]], None],
        graph_error: GraphError,
        status_delay: float,
    ) -> None:
        self.app_id = app_id
        self._app_secret = app_secret
        self._system_token = system_token
        self._relay_url = relay_url
        self._public_url = public_url
        self._deliver = deliver
        self._spawn = spawn
        self._error = graph_error
        self._delay = status_delay
        self.script = Script()
        self.meta = MetaScript()
        default = SimNumber(
            payloads.PHONE_NUMBER_ID,
            payloads.WABA_ID,
            payloads.DISPLAY_PHONE,
            "Puente Demo",
        )
        self.numbers: dict[str, SimNumber] = {default.phone_number_id: default}
        self.wabas: dict[str, list[str]] = {default.waba_id: [default.phone_number_id]}
        self.subscribed: dict[str, set[str]] = {default.waba_id: {app_id}}
        self._codes: dict[str, tuple[str, str, bool]] = {}  # code -> (waba, token, used)
        self._tokens: dict[str, str] = {}  # business token -> its WABA
        self._synced: dict[tuple[str, str], str] = {}
        self.counts: Counter[str] = Counter()
        self.logins: list[dict[str, str]] = []

    def routes(self) -> list[Route]:
        """Routes to list before the simulator's catch-all `/{version}/{id}`."""
        return [
            Route("/sdk.js", self.sdk, methods=["GET"]),
            Route("/_sim/es/dialog", self.dialog, methods=["GET"]),
            Route("/_sim/es/complete", self.complete, methods=["POST"]),
            Route("/_sim/es", self.set_script, methods=["POST"]),
            Route("/_sim/meta", self.set_meta, methods=["POST"]),
            Route("/{version}/oauth/access_token", self.exchange, methods=["GET"]),
            Route("/{version}/debug_token", self.debug_token, methods=["GET"]),
            Route("/{version}/{app}/subscriptions", self.app_subscriptions, methods=["GET"]),
            Route("/{version}/{waba}/subscribed_apps", self.subscribe, methods=["POST"]),
            Route("/{version}/{waba}/subscribed_apps", self.subscriptions, methods=["GET"]),
            Route("/{version}/{waba}/phone_numbers", self.phone_numbers, methods=["GET"]),
            Route("/{version}/{pnid}/smb_app_data", self.smb_app_data, methods=["POST"]),
        ]

    # -- tokens ---------------------------------------------------------------------

    def token_of(self, request: Request) -> str | None:
        # Headers arrive as Latin-1; an app token holds the app secret, sent as UTF-8.
        raw = request.headers.get("authorization", "").encode("latin-1")
        scheme, _, token = raw.decode("utf-8", errors="replace").partition(" ")
        return token if scheme.lower() == "bearer" and token else None

    def valid(self, token: str | None) -> bool:
        """A token Meta would take: the system user's, or a business token it issued."""
        return token is not None and (token == self._system_token or token in self._tokens)

    def may_use(self, token: str | None, waba: str) -> bool:
        """Whether the token reaches this WABA (the system user's reaches the default one)."""
        if token == self._system_token:
            return waba == payloads.WABA_ID or waba not in self._owned_wabas()
        return token is not None and self._tokens.get(token) == waba

    def _owned_wabas(self) -> set[str]:
        return set(self._tokens.values())

    def number(self, pnid: str) -> SimNumber | None:
        return self.numbers.get(pnid)

    # -- the stand-in SDK and popup -----------------------------------------------------

    async def sdk(self, _request: Request) -> Response:
        script = _SDK.replace("{ORIGIN}", self._public_url)
        # Loaded with crossorigin="anonymous", as Meta's CDN serves it.
        return Response(
            script, media_type="text/javascript", headers={"Access-Control-Allow-Origin": "*"}
        )

    async def dialog(self, request: Request) -> Response:
        self.logins.append(dict(request.query_params))
        return HTMLResponse(_DIALOG)

    async def complete(self, request: Request) -> Response:
        """The owner finished (or left) the popup: what it posts, and the code."""
        options = await request.json()
        script = self.script
        problem = self._bad_login(options)
        if problem is not None:
            return JSONResponse(
                {"event": "ERROR", "order": script.order, "code": None,
                 "data": {"error_message": problem, "error_id": "SIM", "session_id": "sim"}}
            )  # fmt: skip
        if script.event == "CANCEL":
            data: dict[str, Any] = {"current_step": "PHONE_NUMBER_SETUP"}
            return JSONResponse({"event": "CANCEL", "order": script.order, "code": None,
                                 "data": data})  # fmt: skip
        if script.event == "ERROR":
            data = {"error_message": "Your verified name violates WhatsApp guidelines.",
                    "error_id": "524126", "session_id": "f34b51dab5e0498",
                    "timestamp": str(int(time.time()))}  # fmt: skip
            return JSONResponse({"event": "ERROR", "order": script.order, "code": None,
                                 "data": data})  # fmt: skip
        waba = _new_id()
        number = SimNumber(
            _new_id(),
            waba,
            script.display_phone_number,
            script.verified_name,
            is_on_biz_app=script.on_biz_app,
            onboarded_at=time.time() - script.onboarded_hours_ago * 3600,
        )
        if script.synced_before:
            for sync_type in ("smb_app_state_sync", "history"):
                self._synced[(number.phone_number_id, sync_type)] = "elsewhere"
        self.numbers[number.phone_number_id] = number
        self.wabas[waba] = [number.phone_number_id]
        token = "EAAsim" + secrets.token_hex(24)
        self._tokens[token] = waba
        code = "AQ" + secrets.token_urlsafe(24)
        self._codes[code] = (waba, token, False)
        data = {"waba_id": waba, "business_id": _new_id()}
        if script.with_number or script.event == "FINISH":
            data["phone_number_id"] = number.phone_number_id
        return JSONResponse({"event": script.event, "order": script.order, "code": code,
                             "data": data})  # fmt: skip

    def _bad_login(self, options: dict[str, Any]) -> str | None:
        if options.get("app_id") != self.app_id:
            return f"app {options.get('app_id')} is not this app"
        if not options.get("config_id"):
            return "config_id is missing"
        if options.get("response_type") != "code":
            return "response_type must be code"
        return None

    async def set_script(self, request: Request) -> Response:
        item = await request.json()
        self.script = Script(**{**self.script.__dict__, **item})
        return JSONResponse({"ok": True})

    async def set_meta(self, request: Request) -> Response:
        item = dict(await request.json())
        for pnid, changes in dict(item.pop("numbers", {})).items():
            number = self.numbers[pnid]
            for name, value in changes.items():
                if name == "onboarded_hours_ago":
                    number.onboarded_at = time.time() - float(value) * 3600
                else:
                    setattr(number, name, value)
        for waba in item.pop("unsubscribe", []):
            self.subscribed.get(waba, set()).discard(self.app_id)
        for waba in item.pop("subscribe", []):
            self.subscribed.setdefault(waba, set()).add(self.app_id)
        self.meta = MetaScript(**{**self.meta.__dict__, **item})
        return JSONResponse({"ok": True})

    def report(self) -> dict[str, Any]:
        return {
            "counts": dict(self.counts),
            "logins": self.logins,
            "numbers": {pnid: n.fields() for pnid, n in self.numbers.items()},
            "subscribed": {waba: sorted(apps) for waba, apps in self.subscribed.items()},
            # What Meta gave out, for tests to look for where it must never appear.
            "tokens": sorted(self._tokens),
            "codes": sorted(self._codes),
        }

    # -- the Graph calls ------------------------------------------------------------

    def _fault(self, name: str) -> Response | None:
        status = self.meta.fail_next.pop(name, None)
        if status is None:
            return None
        return self._error(status, 2, "(#2) Service temporarily unavailable", kind="OAuthException")

    async def exchange(self, request: Request) -> Response:
        self.counts["exchange_calls"] += 1
        fault = self._fault("access_token")
        if fault is not None:
            return fault
        params = request.query_params
        if params.get("client_id") != self.app_id or params.get("client_secret") != (
            self._app_secret
        ):
            return self._error(400, 1, "Error validating client secret.", subcode=None)
        found = self._codes.get(params.get("code", ""))
        if found is None:
            return self._error(
                400, 100, "Invalid verification code format.", kind="OAuthException",
                subcode=36008,
            )  # fmt: skip
        waba, token, used = found
        if used:
            return self._error(
                400, 100, "This authorization code has been used.", kind="OAuthException",
                subcode=36009,
            )  # fmt: skip
        self._codes[params["code"]] = (waba, token, True)
        self.counts["exchanges"] += 1
        return JSONResponse({"access_token": token, "token_type": "bearer"})

    async def subscribe(self, request: Request) -> Response:
        waba = request.path_params["waba"]
        self.counts["subscribe_calls"] += 1
        fault = self._fault("subscribed_apps")
        if fault is not None:
            return fault
        if not self.may_use(self.token_of(request), waba):
            return _no_permission(self._error)
        self.subscribed.setdefault(waba, set()).add(self.app_id)
        self.counts[f"subscriptions:{waba}"] += 1
        return JSONResponse({"success": True})

    async def subscriptions(self, request: Request) -> Response:
        waba = request.path_params["waba"]
        if not self.may_use(self.token_of(request), waba):
            return _no_permission(self._error)
        data = [
            {"whatsapp_business_api_data": {
                "link": f"https://www.facebook.com/games/?app_id={app}", "name": "Puente",
                "id": app}}
            for app in sorted(self.subscribed.get(waba, set()))
        ]  # fmt: skip
        return JSONResponse({"data": data})

    async def phone_numbers(self, request: Request) -> Response:
        waba = request.path_params["waba"]
        if not self.may_use(self.token_of(request), waba):
            return _no_permission(self._error)
        data = [self.numbers[pnid].fields() for pnid in self.wabas.get(waba, [])]
        return JSONResponse(
            {"data": data, "paging": {"cursors": {"before": "QVFI", "after": "QVFI"}}}
        )

    def number_fields(self, request: Request, number: SimNumber) -> Response:
        """`GET /{pnid}?fields=...`: the fields asked for (all, without `fields`)."""
        if not self.may_use(self.token_of(request), number.waba_id):
            return _no_permission(self._error)
        everything = number.fields()
        wanted = request.query_params.get("fields")
        if not wanted:
            return JSONResponse(everything)
        chosen = {
            name: everything[name] for name in wanted.split(",") if name.strip() in everything
        }
        return JSONResponse({**chosen, "id": number.phone_number_id})

    async def smb_app_data(self, request: Request) -> Response:
        pnid = request.path_params["pnid"]
        fault = self._fault("smb_app_data")
        if fault is not None:
            return fault
        number = self.numbers.get(pnid)
        if number is None or not self.may_use(self.token_of(request), number.waba_id):
            return _no_permission(self._error)
        body = await request.json()
        sync_type = body.get("sync_type")
        if body.get("messaging_product") != "whatsapp" or sync_type not in (
            "smb_app_state_sync",
            "history",
        ):
            return self._error(400, 100, "(#100) Invalid parameter", kind="OAuthException")
        self.counts[f"sync_calls:{pnid}:{sync_type}"] += 1
        if (pnid, sync_type) in self._synced:
            return self._error(
                400,
                2593107,
                "Synchronization of WhatsApp Business app data was already requested "
                "for this phone number.",
                kind="OAuthException",
            )
        if time.time() - number.onboarded_at > SYNC_WINDOW:
            return self._error(
                400,
                2593108,
                "WhatsApp Business app data can only be synchronized within 24 hours "
                "of onboarding.",
                kind="OAuthException",
            )
        request_id = secrets.token_hex(8)
        self._synced[(pnid, sync_type)] = request_id
        self.counts[f"syncs:{pnid}:{sync_type}"] += 1
        self._spawn(self._send_sync(number, sync_type))
        return JSONResponse({"messaging_product": "whatsapp", "request_id": request_id})

    async def _send_sync(self, number: SimNumber, sync_type: str) -> None:
        """The webhooks a sync request brings, a moment later, as the phone uploads."""
        await asyncio.sleep(self._delay)
        business = number.business
        if sync_type == "smb_app_state_sync":
            contacts = [("add", "5215511110001", "Rosa Martínez"),
                        ("add", "5215511110002", "Jorge Pérez")]  # fmt: skip
            await self._deliver(payloads.contacts_sync(contacts, business))
            return
        if self.script.history == "decline":
            await self._deliver(payloads.history_declined(business))
            return
        chunks = [
            (0, 1, 40, {"5215511110001": [(False, "¿Tienen pan de muerto?"),
                                          (True, "Sí, desde las 7 am")]}),
            (1, 2, 100, {"5215511110002": [(False, "Gracias por el pastel"),
                                           (True, "¡Con gusto!")]}),
        ]  # fmt: skip
        for phase, order, progress, threads in chunks:
            await self._deliver(
                payloads.history_chunk(
                    threads, phase=phase, chunk_order=order, progress=progress, business=business
                )
            )
            await asyncio.sleep(self._delay)

    # -- what the doctor asks -------------------------------------------------------

    def _app_token(self, request: Request) -> bool:
        return self.token_of(request) == f"{self.app_id}|{self._app_secret}"

    async def debug_token(self, request: Request) -> Response:
        if not self._app_token(request):
            return self._error(
                400, 190, "Invalid OAuth access token signature.", kind="OAuthException"
            )
        token = request.query_params.get("input_token", "")
        if not self.valid(token) or not self.meta.token_valid:
            return JSONResponse(
                {"data": {"error": {"code": 190, "message": "Error validating access token: "
                          "The session has been invalidated."},
                          "is_valid": False, "scopes": []}}
            )  # fmt: skip
        wabas = [self._tokens.get(token, payloads.WABA_ID)]
        return JSONResponse(
            {
                "data": {
                    "app_id": self.app_id,
                    "type": "SYSTEM_USER",
                    "application": "Puente",
                    "data_access_expires_at": 0,
                    "expires_at": self.meta.expires_at,
                    "is_valid": True,
                    "scopes": self.meta.scopes,
                    "granular_scopes": [
                        {"scope": scope, "target_ids": wabas} for scope in self.meta.scopes
                    ],
                    "user_id": "100000000000001",
                }
            }
        )

    async def app_subscriptions(self, request: Request) -> Response:
        if request.path_params["app"] != self.app_id or not self._app_token(request):
            return self._error(
                400, 190, "Invalid OAuth access token signature.", kind="OAuthException"
            )
        entry = {
            "object": "whatsapp_business_account",
            "callback_url": self.meta.callback_url or self._relay_url,
            "active": self.meta.active,
            "fields": [{"name": name, "version": "v27.0"} for name in self.meta.fields],
        }
        return JSONResponse({"data": [entry]})

    def templates_refused(self) -> Response | None:
        if not self.meta.templates_error:
            return None
        return self._error(403, 200, "(#200) Permissions error", kind="OAuthException")


def _no_permission(error: GraphError) -> JSONResponse:
    return error(
        400,
        100,
        "Unsupported get request. Object does not exist, cannot be loaded due to missing "
        "permissions, or does not support this operation",
        kind="GraphMethodException",
        subcode=33,
    )


def _new_id() -> str:
    return str(10**14 + secrets.randbelow(9 * 10**14))


# Meta's SDK, as far as Embedded Signup uses it: FB.init, and FB.login opening the popup.
_SDK = """(function () {
  "use strict";
  var origin = "{ORIGIN}";
  var pending = null;
  var options = {};
  window.addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var data;
    try { data = JSON.parse(event.data); } catch (e) { return; }
    if (!data || data.type !== "SIM_SDK_LOGIN" || !pending) return;
    var callback = pending;
    pending = null;
    callback(data.code
      ? {authResponse: {code: data.code, userID: "", expiresIn: 0}, status: "connected"}
      : {authResponse: null, status: "unknown"});
  });
  window.FB = {
    init: function (given) { options = given || {}; },
    login: function (callback, given) {
      pending = callback;
      var extras = (given && given.extras) || {};
      var query = new URLSearchParams({
        app_id: String(options.appId || ""),
        version: String(options.version || ""),
        config_id: String((given && given.config_id) || ""),
        response_type: String((given && given.response_type) || ""),
        override_default_response_type: String(!!(given && given.override_default_response_type)),
        feature_type: String(extras.featureType || ""),
        session_info_version: String(extras.sessionInfoVersion || ""),
        setup: JSON.stringify(extras.setup || null)
      });
      window.open(origin + "/_sim/es/dialog?" + query.toString(), "fb_embedded_signup",
                  "width=600,height=680");
    }
  };
  if (typeof window.fbAsyncInit === "function") setTimeout(window.fbAsyncInit, 0);
})();
"""

# The popup: the owner goes through the flow at once, as a scripted owner would.
_DIALOG = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Meta (simulated)</title></head>
<body><p>Meta (simulated): connecting your WhatsApp Business app…</p>
<script>
(function () {
  var options = Object.fromEntries(new URLSearchParams(location.search));
  fetch("/_sim/es/complete", {method: "POST", headers: {"Content-Type": "application/json"},
                               body: JSON.stringify(options)})
    .then(function (r) { return r.json(); })
    .then(function (plan) {
      var opener = window.opener;
      if (!opener) return;
      var signup = JSON.stringify({type: "WA_EMBEDDED_SIGNUP", event: plan.event,
                                   data: plan.data, version: 3});
      var login = JSON.stringify({type: "SIM_SDK_LOGIN", code: plan.code});
      // Meta's origins post other messages too, not JSON: pages must ignore them.
      opener.postMessage("sim-sdk:xd_ready", "*");
      var order = plan.order === "code_first" ? [login, signup] : [signup, login];
      order.forEach(function (message) { opener.postMessage(message, "*"); });
      setTimeout(function () { window.close(); }, 100);
    });
})();
</script></body></html>
"""
