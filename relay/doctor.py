"""The doctor: checks everything Meta needs to be right for the relay to work, and says the fix.

Used by `python -m relay meta doctor` (exit 0 only if every check passes) and
`GET /api/admin/doctor`. Each check asks Meta what it knows (the token's
validity and scopes, the app's webhook subscription, each WABA's subscribed
apps, each number's state, the templates) or reads the relay's own records
(the sync requests, the last signed webhook). Nothing secret is in a result.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime

from relay.graph import Done, GraphClient, Outcome, Refused
from relay.i18n import Phrase, translate
from relay.numbers import TOO_LATE, Number, NumberBook, Sync
from relay.offload import Offload
from relay.settings import Settings
from wire import answers

# The webhook fields Puente reads; the app must be subscribed to each.
REQUIRED_FIELDS = (
    "messages",
    "smb_message_echoes",
    "history",
    "smb_app_state_sync",
    "account_update",
    "message_template_status_update",
)
REQUIRED_SCOPES = ("whatsapp_business_messaging", "whatsapp_business_management")
WEBHOOK_PATH = "/api/whatsapp/webhook"
NUMBER_FIELDS = "display_phone_number,verified_name,is_on_biz_app,platform_type,quality_rating"


@dataclass(frozen=True, slots=True)
class Check:
    """One check's verdict: what was checked, whether it passed, and the fix if not."""

    id: str
    ok: bool
    title: Phrase
    detail: Phrase
    fix: Phrase | None = None
    subject: str | None = None  # the number, WABA or token it is about (nothing secret)

    def rendered(self, language: str) -> answers.Check:
        """The verdict as the doctor's answer carries it, in `language`."""
        return answers.Check(
            self.id,
            self.ok,
            self.title.render(language),
            self.detail.render(language),
            self.fix.render(language) if self.fix is not None else None,
            self.subject,
        )


@dataclass(frozen=True, slots=True)
class DoctorSettings:
    """What the doctor needs of the relay's settings."""

    app_id: str | None
    app_secret: str
    env_token: str | None
    public_url: str | None

    @classmethod
    def of(cls, settings: Settings) -> DoctorSettings:
        return cls(
            settings.meta_app_id, settings.app_secret, settings.access_token, settings.public_url
        )


class Doctor:
    """Runs the checks; `io` runs the number book's (blocking) reads off the event loop."""

    def __init__(
        self,
        graph: GraphClient,
        book: NumberBook,
        settings: DoctorSettings,
        io: Offload,
    ) -> None:
        self._graph = graph
        self._book = book
        self._settings = settings
        self._io = io

    async def run(self, public_url: str | None = None) -> list[Check]:
        """Every check, in the order a person fixes things. `public_url` stands in for
        PUBLIC_URL when that is not set (the address the request came to)."""
        checks: list[Check] = []
        numbers: list[Number] = await self._io(self._book.numbers)
        if not self._settings.app_id:
            checks.append(Check("app", False, _APP_TITLE, _NO_APP_ID, _FIX_APP_ID))
        checks.extend(await self._tokens(numbers))
        if self._settings.app_id:
            checks.append(await self._webhook(self._settings.public_url or public_url))
        for waba in dict.fromkeys(n.waba_id for n in numbers if n.waba_id):
            checks.append(await self._subscribed(waba))
        if not numbers:
            checks.append(Check("number", False, _NUMBER_TITLE, _NO_NUMBER, _FIX_CONNECT))
        for number in numbers:
            checked = await self._number(number)
            checks.append(checked[0])
            if checked[1]:
                checks.append(await self._syncs(number))
        for waba in dict.fromkeys(n.waba_id for n in numbers if n.waba_id):
            checks.append(await self._templates(waba))
        checks.append(await self._last_webhook())
        return checks

    async def _tokens(self, numbers: list[Number]) -> list[Check]:
        # Each distinct token once, named by what it is for, never by its value.
        named: dict[str, str] = {}
        if self._settings.env_token:
            named[self._settings.env_token] = "WHATSAPP_ACCESS_TOKEN"
        for number in numbers:
            token = self._book.token_for(number.phone_number_id)
            if token and token not in named:
                named[token] = number.display_phone_number or number.phone_number_id
        if not named:
            return [Check("token", False, _TOKEN_TITLE, _NO_TOKEN, _FIX_CONNECT)]
        if not self._settings.app_id:
            return []
        return [await self._token(token, subject) for token, subject in named.items()]

    async def _token(self, token: str, subject: str) -> Check:
        outcome = await self._graph.get_json(
            "debug_token", {"input_token": token}, token=self._app_token
        )
        if not isinstance(outcome, Done):
            return Check("token", False, _TOKEN_TITLE, _asked(outcome), _FIX_APP, subject)
        data = outcome.body.get("data")
        data = data if isinstance(data, dict) else {}
        if data.get("is_valid") is not True:
            return Check("token", False, _TOKEN_TITLE, _TOKEN_INVALID, _FIX_TOKEN, subject)
        scopes = [s for s in data.get("scopes") or [] if isinstance(s, str)]
        missing = [s for s in REQUIRED_SCOPES if s not in scopes]
        expires = data.get("expires_at")
        expiry = (
            _NEVER_EXPIRES
            if not expires
            else _EXPIRES(datetime.fromtimestamp(int(expires), UTC).strftime("%Y-%m-%d"))
        )
        if missing:
            detail = _TOKEN_SCOPES_MISSING(", ".join(missing), expiry)
            return Check("token", False, _TOKEN_TITLE, detail, _FIX_SCOPES, subject)
        if expires and int(expires) < time.time():
            return Check("token", False, _TOKEN_TITLE, _TOKEN_EXPIRED, _FIX_TOKEN, subject)
        detail = _TOKEN_OK(", ".join(scopes), expiry)
        return Check("token", True, _TOKEN_TITLE, detail, None, subject)

    async def _webhook(self, public_url: str | None) -> Check:
        outcome = await self._graph.get_json(
            f"{self._settings.app_id}/subscriptions", token=self._app_token
        )
        if not isinstance(outcome, Done):
            return Check("webhook", False, _WEBHOOK_TITLE, _asked(outcome), _FIX_APP)
        entries = outcome.body.get("data")
        entry = next(
            (
                e
                for e in (entries if isinstance(entries, list) else [])
                if isinstance(e, dict) and e.get("object") == "whatsapp_business_account"
            ),
            None,
        )
        if entry is None or entry.get("active") is False:
            return Check("webhook", False, _WEBHOOK_TITLE, _NOT_SUBSCRIBED, _FIX_WEBHOOK)
        callback = str(entry.get("callback_url") or "")
        fields = {f.get("name") for f in entry.get("fields") or [] if isinstance(f, dict)} | {
            f for f in entry.get("fields") or [] if isinstance(f, str)
        }
        missing = [f for f in REQUIRED_FIELDS if f not in fields]
        expected = f"{public_url.rstrip('/')}{WEBHOOK_PATH}" if public_url else None
        if expected is None:
            return Check("webhook", False, _WEBHOOK_TITLE, _NO_PUBLIC_URL(callback), _FIX_PUBLIC)
        if callback.rstrip("/") != expected:
            detail = _WRONG_CALLBACK(callback or "-", expected)
            return Check("webhook", False, _WEBHOOK_TITLE, detail, _FIX_WEBHOOK)
        if missing:
            detail = _FIELDS_MISSING(", ".join(missing))
            return Check("webhook", False, _WEBHOOK_TITLE, detail, _FIX_FIELDS)
        return Check("webhook", True, _WEBHOOK_TITLE, _WEBHOOK_OK(callback), None)

    async def _subscribed(self, waba: str) -> Check:
        outcome = await self._graph.get_json(
            f"{waba}/subscribed_apps", token=self._book.token_for_waba(waba)
        )
        if not isinstance(outcome, Done):
            return Check("subscription", False, _SUB_TITLE, _asked(outcome), _FIX_CONNECT, waba)
        apps = outcome.body.get("data")
        ids = {
            str((a.get("whatsapp_business_api_data") or {}).get("id"))
            for a in (apps if isinstance(apps, list) else [])
            if isinstance(a, dict)
        }
        if self._settings.app_id and self._settings.app_id in ids:
            return Check("subscription", True, _SUB_TITLE, _SUB_OK, None, waba)
        return Check("subscription", False, _SUB_TITLE, _SUB_MISSING, _FIX_CONNECT, waba)

    async def _number(self, number: Number) -> tuple[Check, bool]:
        """The number's check, and whether it is on the WhatsApp Business app."""
        pnid = number.phone_number_id
        outcome = await self._graph.get_json(
            pnid,
            {"fields": NUMBER_FIELDS},
            token=self._book.token_for(pnid),
        )
        if not isinstance(outcome, Done):
            return Check("number", False, _NUMBER_TITLE, _asked(outcome), _FIX_CONNECT, pnid), False
        body = outcome.body
        shown = str(body.get("display_phone_number") or pnid)
        on_app = body.get("is_on_biz_app") is True
        platform = str(body.get("platform_type") or "?")
        quality = str(body.get("quality_rating") or "?")
        detail = _NUMBER_STATE(shown, _ON_APP if on_app else _NOT_ON_APP, platform, quality)
        if platform != "CLOUD_API":
            return Check("number", False, _NUMBER_TITLE, detail, _FIX_PLATFORM, pnid), on_app
        if quality == "RED":
            return Check("number", False, _NUMBER_TITLE, detail, _FIX_QUALITY, pnid), on_app
        return Check("number", True, _NUMBER_TITLE, detail, None, pnid), on_app

    async def _syncs(self, number: Number) -> Check:
        pnid = number.phone_number_id
        made: dict[str, Sync] = await self._io(self._book.syncs, pnid)
        parts: list[Phrase] = []
        ok = True
        for sync_type, label in (("smb_app_state_sync", _CONTACTS), ("history", _HISTORY)):
            sync = made.get(sync_type)
            if sync is None:
                ok = False
                parts.append(_SYNC_NEVER(label))
            elif sync.request_id is not None:
                parts.append(_SYNC_AT(label, _when(sync.requested_at), sync.request_id))
            elif sync.settled and sync.error_code != TOO_LATE:
                parts.append(_SYNC_ELSEWHERE(label))
            else:
                ok = False
                parts.append(_SYNC_REFUSED(label, sync.error or str(sync.error_code)))
        fix = None if ok else _FIX_SYNC
        return Check("sync", ok, _SYNC_TITLE, _JOIN(*parts), fix, pnid)

    async def _templates(self, waba: str) -> Check:
        outcome = await self._graph.get_json(
            f"{waba}/message_templates", {"limit": "1"}, token=self._book.token_for_waba(waba)
        )
        if isinstance(outcome, Done):
            return Check("templates", True, _TEMPLATES_TITLE, _TEMPLATES_OK, None, waba)
        return Check("templates", False, _TEMPLATES_TITLE, _asked(outcome), _FIX_SCOPES, waba)

    async def _last_webhook(self) -> Check:
        last: int | None = await self._io(self._book.last_webhook)
        if last is None:
            return Check("last_webhook", False, _LAST_TITLE, _NEVER_CALLED, _FIX_WEBHOOK)
        return Check("last_webhook", True, _LAST_TITLE, _LAST_AT(_when(last)), None)

    @property
    def _app_token(self) -> str:
        # An app access token: the app's id and secret. It travels only in a header.
        return f"{self._settings.app_id}|{self._settings.app_secret}"


def _when(unix: int) -> str:
    return datetime.fromtimestamp(unix, UTC).strftime("%Y-%m-%d %H:%M UTC")


def _asked(outcome: Outcome) -> Phrase:
    if isinstance(outcome, Refused):
        return _META_SAYS(outcome.error.message)
    if isinstance(outcome, Done):
        return _META_ODD
    return _META_AWAY(outcome.reason)


_APP_TITLE = translate("Doctor", "Meta app")
_TOKEN_TITLE = translate("Doctor", "Access token")
_WEBHOOK_TITLE = translate("Doctor", "Webhook callback and fields")
_SUB_TITLE = translate("Doctor", "App subscribed to the WhatsApp account")
_NUMBER_TITLE = translate("Doctor", "Phone number")
_SYNC_TITLE = translate("Doctor", "History and contacts import")
_TEMPLATES_TITLE = translate("Doctor", "Message templates")
_LAST_TITLE = translate("Doctor", "Last webhook from Meta")

_NO_APP_ID = translate(
    "Doctor", "META_APP_ID is not set, so the relay cannot ask Meta about the app."
)
_NO_TOKEN = translate("Doctor", "The relay has no access token: no number is connected.")
_TOKEN_INVALID = translate("Doctor", "Meta says this token is not valid (expired or revoked).")
_TOKEN_EXPIRED = translate("Doctor", "This token has expired.")
_TOKEN_SCOPES_MISSING = translate("Doctor", "The token lacks the permissions %1 (%2).")
_TOKEN_OK = translate("Doctor", "Valid, with %1 (%2).")
_NEVER_EXPIRES = translate("Doctor", "never expires")
_EXPIRES = translate("Doctor", "expires on %1")
_NOT_SUBSCRIBED = translate("Doctor", "The Meta app has no webhook for WhatsApp Business accounts.")
_NO_PUBLIC_URL = translate(
    "Doctor", "Meta calls %1, but PUBLIC_URL is not set, so the relay cannot tell if that is it."
)
_WRONG_CALLBACK = translate("Doctor", "Meta calls %1, but this relay is %2.")
_FIELDS_MISSING = translate("Doctor", "Not subscribed to the fields: %1.")
_WEBHOOK_OK = translate("Doctor", "Meta calls %1 with every field Puente reads.")
_SUB_OK = translate("Doctor", "The Meta app receives this account's webhooks.")
_SUB_MISSING = translate("Doctor", "The Meta app is not subscribed to this account's webhooks.")
_NO_NUMBER = translate("Doctor", "No phone number is connected yet.")
_NUMBER_STATE = translate("Doctor", "%1: %2; platform %3; quality %4.")
_ON_APP = translate("Doctor", "on the WhatsApp Business app too (coexistence)")
_NOT_ON_APP = translate("Doctor", "Cloud API only")
_CONTACTS = translate("Doctor", "Contacts")
_HISTORY = translate("Doctor", "History")
_SYNC_NEVER = translate("Doctor", "%1: never requested.")
_SYNC_AT = translate("Doctor", "%1: requested %2 (request %3).")
_SYNC_ELSEWHERE = translate("Doctor", "%1: requested earlier, as Meta says.")
_SYNC_REFUSED = translate("Doctor", "%1: Meta refused (%2).")
_JOIN = translate("Doctor", "%1 %2")
_TEMPLATES_OK = translate("Doctor", "The templates can be read.")
_NEVER_CALLED = translate("Doctor", "Meta has never called this relay.")
_LAST_AT = translate("Doctor", "The last one arrived %1.")
_META_SAYS = translate("Doctor", "Meta answered: %1")
_META_ODD = translate("Doctor", "Meta's answer was not what the relay expected.")
_META_AWAY = translate("Doctor", "Meta could not be reached (%1).")

_FIX_APP_ID = translate("Doctor", "Set META_APP_ID to the id at the top of your app's dashboard.")
_FIX_APP = translate(
    "Doctor", "Check META_APP_ID and WHATSAPP_APP_SECRET: they must be the same Meta app's."
)
_FIX_CONNECT = translate(
    "Doctor", "Connect the number again on the set-up page (/setup), signed in as an admin."
)
_FIX_TOKEN = translate(
    "Doctor",
    "Connect the number again on the set-up page, or put a new system user token in "
    "WHATSAPP_ACCESS_TOKEN.",
)
_FIX_SCOPES = translate(
    "Doctor",
    "Give the token the whatsapp_business_messaging and whatsapp_business_management "
    "permissions (Business Settings > System users), or connect again on the set-up page.",
)
_FIX_WEBHOOK = translate(
    "Doctor",
    "In the App Dashboard > WhatsApp > Configuration, set the callback URL to this relay's "
    "address followed by /api/whatsapp/webhook, with WEBHOOK_VERIFY_TOKEN as the verify token.",
)
_FIX_PUBLIC = translate("Doctor", "Set PUBLIC_URL to this relay's https address.")
_FIX_FIELDS = translate(
    "Doctor",
    "In the App Dashboard > WhatsApp > Configuration > Webhook fields, subscribe to "
    "messages, smb_message_echoes, history, smb_app_state_sync, account_update and "
    "message_template_status_update.",
)
_FIX_PLATFORM = translate(
    "Doctor", "The number is not on the Cloud API: connect it again on the set-up page."
)
_FIX_QUALITY = translate(
    "Doctor",
    "Customers are blocking or reporting this number: send fewer unsolicited messages. "
    "Meta may limit it.",
)
_FIX_SYNC = translate(
    "Doctor",
    "Within 24 hours of connecting, run python -m relay meta sync on the relay's server "
    "(the set-up page does it by itself when it connects the number).",
)
