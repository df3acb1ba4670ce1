"""Connecting a number after Embedded Signup, and asking Meta for its history and contacts.

The set-up page runs Meta's Embedded Signup and hands the relay what it got:
an exchangeable code and the WhatsApp Business Account (and, usually, the
number). `Connector.connect` then, each step recorded so a retry resumes
where it stopped (an OAuth code works once):

1. exchanges the code for the business's token (`GET /oauth/access_token`);
2. subscribes the Meta app to the WABA's webhooks (`POST /{waba}/subscribed_apps`);
3. reads the number (or, when Meta gave only the WABA, the WABA's numbers that
   are on the WhatsApp Business app) and stores it with the token;
4. for a number on the WhatsApp Business app ("coexistence"), requests the
   contacts sync and then the history sync (`POST /{number}/smb_app_data`),
   once per number, ever: Meta allows each once, within 24 hours.

It never registers a number: a coexistence number is registered already.
Every step becomes an `account` event too, so the team sees the progress.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from relay.drafts import NoticeDraft
from relay.graph import Done, GraphClient, Outcome, Refused
from relay.i18n import Phrase, translate
from relay.numbers import (
    ALREADY_REQUESTED,
    SYNC_TYPES,
    TOO_LATE,
    Number,
    NumberBook,
    Onboarding,
    Sync,
    SyncType,
)
from relay.offload import Offload
from wire.data import AccountData

log = logging.getLogger(__name__)

NUMBER_FIELDS = "display_phone_number,verified_name,is_on_biz_app,platform_type,quality_rating"
# Meta's OAuth errors for a code: used already (36009) or expired (36007).
CODE_USED, CODE_EXPIRED = 36009, 36007

# Called with each account notice the flow makes; the relay appends it to the log.
Notify = Callable[[NoticeDraft], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class Step:
    """One step of a connection, as the set-up page shows it."""

    step: str
    ok: bool
    detail: Phrase
    number: str | None = None

    def to_json(self, language: str) -> dict[str, Any]:
        out: dict[str, Any] = {"step": self.step, "ok": self.ok}
        if self.number is not None:
            out["number"] = self.number
        out["detail"] = self.detail.render(language)
        return out


@dataclass(frozen=True, slots=True)
class Connected:
    """What a connection did: the numbers connected and every step."""

    numbers: tuple[Number, ...]
    steps: tuple[Step, ...]

    @property
    def ok(self) -> bool:
        return bool(self.numbers) and all(step.ok for step in self.steps)


class Connector:
    """Runs the steps after Embedded Signup; one per relay."""

    def __init__(
        self,
        graph: GraphClient,
        book: NumberBook,
        io: Offload,
        notify: Notify,
        *,
        app_id: str | None,
        app_secret: str,
    ) -> None:
        self._graph = graph
        self._book = book
        self._io = io
        self._notify = notify
        self._app_id = app_id
        self._app_secret = app_secret
        self._running: dict[str, asyncio.Lock] = {}

    async def connect(self, code: str, waba_id: str, phone_number_id: str | None) -> Connected:
        """Connect the number(s) Embedded Signup gave; safe to call again with the same code."""
        code_hash = hashlib.sha256(code.encode()).hexdigest()
        lock = self._running.setdefault(code_hash, asyncio.Lock())
        async with lock:  # a double click runs the steps once
            return await self._connect(code, code_hash, waba_id, phone_number_id)

    async def _connect(
        self, code: str, code_hash: str, waba_id: str, phone_number_id: str | None
    ) -> Connected:
        state = await self._io(self._book.onboarding, code_hash)
        if state is None or state.waba_id != waba_id:
            state = Onboarding(code_hash, waba_id, phone_number_id)
        elif phone_number_id:
            state.phone_number_id = phone_number_id
        steps: list[Step] = []
        token = await self._exchange(code, state, steps)
        if token is None:
            return Connected((), tuple(steps))
        if not await self._subscribe(token, state, steps):
            return Connected((), tuple(steps))
        wanted = await self._which_numbers(token, state, steps)
        connected: list[Number] = []
        for pnid in wanted:
            number = await self._read_number(token, state, pnid, steps)
            if number is None:
                continue
            connected.append(number)
            if number.is_on_biz_app:
                steps.extend(await request_syncs(self._graph, self._book, pnid, token, self._io))
                await self._notify_syncs(pnid)
        return Connected(tuple(connected), tuple(steps))

    async def _exchange(self, code: str, state: Onboarding, steps: list[Step]) -> str | None:
        if state.token:
            steps.append(Step("exchange_code", True, _DONE_BEFORE))
            return state.token
        if not self._app_id:
            steps.append(Step("exchange_code", False, _NO_APP_ID))
            return None
        outcome = await self._graph.get_json(
            "oauth/access_token",
            {"client_id": self._app_id, "client_secret": self._app_secret, "code": code},
            token=None,
        )
        token = outcome.body.get("access_token") if isinstance(outcome, Done) else None
        if not isinstance(token, str) or not token:
            steps.append(Step("exchange_code", False, _exchange_problem(outcome)))
            return None
        state.token = token
        state.steps["exchange_code"] = int(time.time())
        await self._io(self._book.save_onboarding, state)
        steps.append(Step("exchange_code", True, _EXCHANGED))
        return token

    async def _subscribe(self, token: str, state: Onboarding, steps: list[Step]) -> bool:
        if "subscribe_app" in state.steps:
            steps.append(Step("subscribe_app", True, _DONE_BEFORE))
            return True
        outcome = await self._graph.post_json(f"{state.waba_id}/subscribed_apps", {}, token=token)
        if not (isinstance(outcome, Done) and outcome.body.get("success") is not False):
            steps.append(Step("subscribe_app", False, _meta_problem(outcome)))
            return False
        state.steps["subscribe_app"] = int(time.time())
        await self._io(self._book.save_onboarding, state)
        steps.append(Step("subscribe_app", True, _SUBSCRIBED))
        return True

    async def _which_numbers(
        self, token: str, state: Onboarding, steps: list[Step]
    ) -> Sequence[str]:
        if state.phone_number_id:
            return [state.phone_number_id]
        # A coexistence finish may name only the WABA: its numbers on the phone app are it.
        outcome = await self._graph.get_json(
            f"{state.waba_id}/phone_numbers", {"fields": "id,is_on_biz_app"}, token=token
        )
        data = outcome.body.get("data") if isinstance(outcome, Done) else None
        if not isinstance(data, list):
            steps.append(Step("list_numbers", False, _meta_problem(outcome)))
            return []
        numbers = [
            (str(item.get("id")), item.get("is_on_biz_app") is True)
            for item in data
            if isinstance(item, dict) and _is_id(item.get("id"))
        ]
        chosen = [pnid for pnid, on_app in numbers if on_app] or [pnid for pnid, _ in numbers]
        if not chosen:
            steps.append(Step("list_numbers", False, _NO_NUMBERS))
        else:
            steps.append(Step("list_numbers", True, _LISTED(len(chosen))))
        return chosen

    async def _read_number(
        self, token: str, state: Onboarding, pnid: str, steps: list[Step]
    ) -> Number | None:
        outcome = await self._graph.get_json(pnid, {"fields": NUMBER_FIELDS}, token=token)
        if not isinstance(outcome, Done):
            steps.append(Step("read_number", False, _meta_problem(outcome), pnid))
            return None
        body = outcome.body
        number = Number(
            pnid,
            state.waba_id,
            "connected",
            _text(body.get("display_phone_number")),
            _text(body.get("verified_name")),
            body.get("is_on_biz_app") is True,
            _text(body.get("platform_type")),
            _text(body.get("quality_rating")),
            int(time.time()),
        )
        first_time = f"read_number:{pnid}" not in state.steps
        await self._io(self._book.save_number, number, token)
        state.steps[f"read_number:{pnid}"] = int(time.time())
        await self._io(self._book.save_onboarding, state)
        shown = number.display_phone_number or pnid
        steps.append(
            Step(
                "read_number",
                True,
                _CONNECTED_APP(shown) if number.is_on_biz_app else _CONNECTED_API(shown),
                pnid,
            )
        )
        if first_time:
            await self._notify(
                _notice(
                    # Keyed by the WABA, as Meta's account_update events (a disconnection) are.
                    state.waba_id,
                    "NUMBER_CONNECTED",
                    {
                        "phone_number_id": pnid,
                        "waba_id": state.waba_id,
                        "display_phone_number": number.display_phone_number,
                        "verified_name": number.verified_name,
                        "is_on_biz_app": number.is_on_biz_app,
                    },
                )
            )
        return number

    async def _notify_syncs(self, pnid: str) -> None:
        for sync in (await self._io(self._book.syncs, pnid)).values():
            extra: dict[str, object]
            if sync.request_id is not None:
                event, extra = "SYNC_REQUESTED", {"request_id": sync.request_id}
            else:
                event, extra = "SYNC_FAILED", {"code": sync.error_code, "message": sync.error}
            await self._notify(
                _notice(
                    pnid,
                    event,
                    {"sync_type": sync.sync_type, "requested_at": sync.requested_at, **extra},
                    # One event per request made: the key is the request's, not the call's.
                    key_part=f"{sync.sync_type}:{sync.requested_at}",
                )
            )


async def request_syncs(
    graph: GraphClient,
    book: NumberBook,
    pnid: str,
    token: str | None,
    io: Offload,
) -> list[Step]:
    """Ask Meta for the number's contacts, then its history, unless asked before; the steps.

    Each is asked at most once per number, ever: a request Meta took (or said
    was taken already, or too late) is never made again.
    """
    steps: list[Step] = []
    made: dict[str, Sync] = await io(book.syncs, pnid)
    for sync_type in SYNC_TYPES:
        name = "sync_contacts" if sync_type == "smb_app_state_sync" else "sync_history"
        before = made.get(sync_type)
        if before is not None and before.settled:
            steps.append(Step(name, before.error_code != TOO_LATE, _sync_phrase(before), pnid))
            continue
        if token is None:
            steps.append(Step(name, False, _NO_TOKEN, pnid))
            continue
        outcome = await graph.post_json(
            f"{pnid}/smb_app_data",
            {"messaging_product": "whatsapp", "sync_type": sync_type},
            token=token,
        )
        sync = _sync_of(pnid, sync_type, outcome)
        await io(book.record_sync, sync)
        log.info("sync %s for a number: %s", sync_type, "requested" if sync.request_id else "no")
        ok = sync.request_id is not None or sync.error_code == ALREADY_REQUESTED
        steps.append(Step(name, ok, _sync_phrase(sync, fresh=True), pnid))
    return steps


def _sync_of(pnid: str, sync_type: SyncType, outcome: Outcome) -> Sync:
    now = int(time.time())
    if isinstance(outcome, Done):
        request_id = outcome.body.get("request_id")
        if isinstance(request_id, str | int) and str(request_id):
            return Sync(pnid, sync_type, now, str(request_id))
        return Sync(pnid, sync_type, now, error="Meta answered without a request id")
    if isinstance(outcome, Refused):
        error = outcome.error
        return Sync(pnid, sync_type, now, None, error.code, error.details or error.message)
    return Sync(pnid, sync_type, now, None, None, outcome.reason)


def _sync_phrase(sync: Sync, *, fresh: bool = False) -> Phrase:
    contacts = sync.sync_type == "smb_app_state_sync"
    if sync.request_id is not None:
        if fresh:
            phrase = _CONTACTS_REQUESTED if contacts else _HISTORY_REQUESTED
        else:
            phrase = _CONTACTS_REQUESTED_BEFORE if contacts else _HISTORY_REQUESTED_BEFORE
        return phrase(sync.request_id)
    if sync.error_code == ALREADY_REQUESTED:
        return _CONTACTS_ALREADY if contacts else _HISTORY_ALREADY
    if sync.error_code == TOO_LATE:
        return _CONTACTS_TOO_LATE if contacts else _HISTORY_TOO_LATE
    return (_CONTACTS_FAILED if contacts else _HISTORY_FAILED)(sync.error or "?")


def _exchange_problem(outcome: Outcome) -> Phrase:
    if isinstance(outcome, Refused) and outcome.error.subcode in (CODE_USED, CODE_EXPIRED):
        return _CODE_SPENT
    return _meta_problem(outcome)


def _meta_problem(outcome: Outcome) -> Phrase:
    if isinstance(outcome, Refused):
        return _META_REFUSED(outcome.error.message)
    if isinstance(outcome, Done):
        return _META_ODD
    return _META_AWAY(outcome.reason)


def _notice(
    pnid: str, event: str, value: Mapping[str, object], *, key_part: str = ""
) -> NoticeDraft:
    now = int(time.time())
    return NoticeDraft(
        f"account:onboarding:{pnid}:{event}:{key_part or now}",
        pnid,
        now,
        AccountData("onboarding", event, value),
    )


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _is_id(value: object) -> bool:
    text = str(value) if isinstance(value, str | int) else ""
    return text.isascii() and text.isdigit()


_DONE_BEFORE = translate("Onboarding", "Done in an earlier attempt.")
_NO_APP_ID = translate(
    "Onboarding", "META_APP_ID is not set on the relay: set it to your Meta app's id and try again."
)
_EXCHANGED = translate("Onboarding", "Meta gave the relay the business's access token.")
_CODE_SPENT = translate(
    "Onboarding",
    "Meta says this sign-in was used already or expired. Start the connection again "
    "with the button.",
)
_SUBSCRIBED = translate("Onboarding", "The relay now receives this account's webhooks.")
_NO_NUMBERS = translate("Onboarding", "Meta lists no phone number in this WhatsApp account.")
_LISTED = translate("Onboarding", "Numbers found in the account: %1.")
_CONNECTED_APP = translate(
    "Onboarding", "%1 is connected and stays on the WhatsApp Business app (coexistence)."
)
_CONNECTED_API = translate("Onboarding", "%1 is connected (Cloud API only).")
_NO_TOKEN = translate("Onboarding", "There is no access token for this number.")
_CONTACTS_REQUESTED = translate(
    "Onboarding",
    "Meta is sending the phone's contacts (request %1). Keep the WhatsApp Business app "
    "open on the phone until they arrive.",
)
_HISTORY_REQUESTED = translate(
    "Onboarding",
    "Meta is sending the chat history from the phone (request %1), if the owner agrees to "
    "share it there. Keep the WhatsApp Business app open until the import finishes.",
)
_CONTACTS_REQUESTED_BEFORE = translate(
    "Onboarding", "The contacts were requested before (request %1); Meta allows it once."
)
_HISTORY_REQUESTED_BEFORE = translate(
    "Onboarding", "The chat history was requested before (request %1); Meta allows it once."
)
_CONTACTS_ALREADY = translate(
    "Onboarding",
    "Meta says the contacts were already requested for this number: they arrive from "
    "that request. Nothing to do.",
)
_HISTORY_ALREADY = translate(
    "Onboarding",
    "Meta says the chat history was already requested for this number: it arrives from "
    "that request. Nothing to do.",
)
_CONTACTS_TOO_LATE = translate(
    "Onboarding",
    "More than 24 hours have passed since the number was connected, so Meta no longer "
    "sends the contacts. To import them, disconnect the number in the WhatsApp Business "
    "app (Settings > Account > Business Platform) and connect it again here.",
)
_HISTORY_TOO_LATE = translate(
    "Onboarding",
    "More than 24 hours have passed since the number was connected, so Meta no longer "
    "sends the chat history. To import it, disconnect the number in the WhatsApp Business "
    "app (Settings > Account > Business Platform) and connect it again here.",
)
_CONTACTS_FAILED = translate(
    "Onboarding", "Meta did not take the request for the contacts (%1). Connect again to retry."
)
_HISTORY_FAILED = translate(
    "Onboarding",
    "Meta did not take the request for the chat history (%1). Connect again to retry.",
)
_META_REFUSED = translate("Onboarding", "Meta refused: %1")
_META_ODD = translate("Onboarding", "Meta's answer was not what the relay expected.")
_META_AWAY = translate("Onboarding", "Meta could not be reached (%1). Try again.")
