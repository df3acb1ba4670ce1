"""Agents' messages sent through the Cloud API exactly once, or honestly reported as unknown.

A send is claimed in the database (by `client_id`) before Meta is called, and
settled after: `sent` becomes a `message` event under Meta's wamid; a refusal
leaves no event and the same `client_id` may try again; a request whose fate
is unknown (timeout, reset, 5xx) becomes a `message` event with
`send_state: "unknown"` and is never resent blindly. Its status webhooks carry
`biz_opaque_callback_data` = `puente:<client_id>`, which settles it once Meta
reports on it (docs/protocol.md, "Sending").
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import random
import time
from dataclasses import dataclass
from typing import Any

import orjson

from relay.drafts import NoticeDraft
from relay.errors import StorageError
from relay.failures import THROTTLING, AgentFailure, from_meta, invalid, unreachable
from relay.graph import NO_TOKEN, Ambiguous, Done, GraphClient, Outcome, Refused, Unreachable
from relay.journal import Journal
from relay.numbers import NumberBook
from relay.outbound import Outbound
from relay.sends import CALLBACK_PREFIX, Claim
from relay.store import Store, StoredEvent
from wire.data import AccountData, MessageData

log = logging.getLogger(__name__)

BACKOFF_BASE = 0.5
BACKOFF_CAP = 8.0
# How long a settle that cannot be stored is retried in the background.
SETTLE_RETRY_SECONDS = 1.0
# A retry of a send still in flight waits this long for the first to finish.
INFLIGHT_WAIT = 60.0


@dataclass(frozen=True, slots=True)
class Answer:
    """The HTTP answer to a send: status, JSON body bytes, extra headers."""

    status: int
    body: bytes
    headers: dict[str, str] = dataclasses.field(default_factory=dict)

    @classmethod
    def event(cls, status: int, event: StoredEvent | None) -> Answer:
        body = b'{"event":' + (event.json.encode() if event else b"null") + b"}"
        return cls(status, body)

    @classmethod
    def failure(cls, failure: AgentFailure) -> Answer:
        return cls(failure.http_status, orjson.dumps(failure.to_json()), failure.headers)


STORAGE_DOWN = Answer.failure(
    AgentFailure(503, "storage_unavailable", "the relay cannot store the send now; retry")
)


class Sender:
    """Sends agents' messages; one per relay."""

    def __init__(
        self,
        journal: Journal,
        graph: GraphClient,
        *,
        numbers: NumberBook,
        retry_seconds: float,
        sweep_seconds: float | None = None,
    ) -> None:
        self._journal = journal
        self._graph = graph
        self._numbers = numbers
        self._retry_seconds = retry_seconds
        self._sweep_seconds = sweep_seconds
        self._sweeping: asyncio.Task[None] | None = None
        self._inflight: dict[str, tuple[str, asyncio.Future[Answer]]] = {}
        self._settling: set[asyncio.Task[None]] = set()
        # Sends Meta took (or may have) whose outcome is not stored yet: their
        # in-flight entry stays until the background settle resolves it.
        self._deferred: set[str] = set()

    async def start(self) -> None:
        """Sends a crash cut short while Meta was being called are unknown now.

        With `sweep_seconds` (a database other instances send through), again at
        that interval: another instance may die later.
        """
        await self._settle_orphans()
        if self._sweep_seconds is not None:
            self._sweeping = asyncio.get_running_loop().create_task(
                self._sweep(self._sweep_seconds)
            )

    async def _settle_orphans(self) -> None:
        await self._journal.write(lambda store: (0, store.sends.orphaned()))

    async def _sweep(self, interval: float) -> None:
        while True:
            await asyncio.sleep(interval)
            try:
                await self._settle_orphans()
            except StorageError as exc:
                log.warning("cannot look for sends cut short: %s", exc)

    async def stop(self) -> None:
        if self._sweeping is not None:
            self._sweeping.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._sweeping
        for task in self._settling:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def send(self, agent: str, out: Outbound) -> Answer:
        """Send `out` for `agent`, or answer as the first request with its client_id was."""
        running = self._inflight.get(out.client_id)
        if running is not None:
            fingerprint, first_future = running
            if fingerprint != out.fingerprint:
                return _CONFLICT
            try:
                async with asyncio.timeout(INFLIGHT_WAIT):
                    first = await asyncio.shield(first_future)
            except TimeoutError:
                return _IN_PROGRESS
            return Answer(200, first.body) if first.status == 201 else first
        future: asyncio.Future[Answer] = asyncio.get_running_loop().create_future()
        self._inflight[out.client_id] = (out.fingerprint, future)
        try:
            answer = await self._send(agent, out, future)
        except BaseException:
            if not future.done():
                future.set_result(STORAGE_DOWN)
            self._inflight.pop(out.client_id, None)
            raise
        if out.client_id in self._deferred:
            return answer  # retries keep waiting on the future until it is stored
        future.set_result(answer)
        self._inflight.pop(out.client_id, None)
        return answer

    async def _send(self, agent: str, out: Outbound, future: asyncio.Future[Answer]) -> Answer:
        try:
            # Whatever Meta will get must encode before anything is stored.
            orjson.dumps(out.graph_body(CALLBACK_PREFIX + out.client_id))
        except (TypeError, ValueError) as exc:
            log.warning("send %s not encodable: %s", out.client_id, type(exc).__name__)
            return Answer.failure(invalid("", "this message cannot be encoded for Meta"))
        data = _event_data(agent, out)
        try:
            claim = await self._journal.write(
                lambda store: (
                    store.sends.claim(out, agent, self._numbers.default_account(), data),
                    (),
                )
            )
        except StorageError as exc:
            log.error("send not claimed, storage failing: %s", exc)
            return STORAGE_DOWN
        early = _claimed(claim)
        if early is not None:
            return early
        out = dataclasses.replace(out, to=claim.conversation)
        try:
            outcome = await self._call_meta(claim.account, out)
        except Exception:
            # Our own failure, before or while building Meta's request (a request that
            # left is never an exception: graph.py makes it an outcome). Not sent: the
            # claim must not stay `sending`, and the same client_id may try again.
            log.exception("send %s failed before reaching Meta", out.client_id)
            return await self._fail(out, claim.account, _BROKEN)
        if isinstance(outcome, Done):
            wamid = _wamid(outcome)
            if wamid is None:
                outcome = Ambiguous("a success without a message id")
            else:
                wa_id = _wa_id(outcome)
                return await self._settle(
                    out,
                    future,
                    201,
                    lambda store: store.sends.settle_sent(out.client_id, wamid, wa_id),
                )
        if isinstance(outcome, Ambiguous):
            log.warning("send %s: fate unknown (%s)", out.client_id, outcome.reason)
            return await self._settle(
                out, future, 201, lambda store: store.sends.settle_unknown(out.client_id)
            )
        # What is left: Meta refused it, or it never reached Meta.
        if isinstance(outcome, Refused):
            failure = from_meta(outcome.error)
        else:
            failure = unreachable(outcome.reason)
        log.info("send %s refused: %s (meta %s)", out.client_id, failure.code, failure.meta_code)
        return await self._fail(out, claim.account, failure)

    async def _fail(self, out: Outbound, account: str, failure: AgentFailure) -> Answer:
        """Settle a send Meta did not take as failed (retryable) and answer with why."""
        token_notice = _token_notice(account, failure)

        def fail(store: Store) -> tuple[None, list[StoredEvent]]:
            store.sends.settle_failed(out.client_id, failure.to_json())
            return None, store.append_notice(token_notice) if token_notice else []

        try:
            await self._journal.write(fail)
        except StorageError as exc:
            # The claim stays `sending`: a restart turns it `unknown`, never resent blindly.
            log.error("send %s: refusal not stored: %s", out.client_id, exc)
        return Answer.failure(failure)

    async def _call_meta(self, account: str, out: Outbound) -> Outcome:
        """POST the message, waiting out throttling (with full jitter) for a bounded time."""
        body = out.graph_body(CALLBACK_PREFIX + out.client_id)
        token = self._numbers.token_for(account)
        if token is None:
            return NO_TOKEN
        deadline = time.monotonic() + self._retry_seconds
        attempt = 0
        while True:
            outcome = await self._graph.post_json(f"{account}/messages", body, token=token)
            throttled = isinstance(outcome, Refused) and _throttled(outcome)
            # Throttling and an unreachable Meta are safe to retry: nothing was sent.
            if not (throttled or isinstance(outcome, Unreachable)):
                return outcome
            wait = random.uniform(0, min(BACKOFF_CAP, BACKOFF_BASE * 2**attempt))
            if isinstance(outcome, Refused):
                wait = max(wait, outcome.error.retry_after or 0.0)
            if time.monotonic() + wait > deadline:
                return outcome
            log.info(
                "send %s not taken yet (%s); retrying in %.2f s",
                out.client_id,
                "throttled" if throttled else "unreachable",
                wait,
            )
            await asyncio.sleep(wait)
            attempt += 1

    async def _settle(
        self,
        out: Outbound,
        future: asyncio.Future[Answer],
        status: int,
        op: Any,
    ) -> Answer:
        def work(store: Store) -> tuple[StoredEvent | None, list[StoredEvent]]:
            events = op(store)
            return (events[0] if events else None), events

        try:
            event = await self._journal.write(work)
        except StorageError as exc:
            # Meta has the message (or may have): keep trying to record it; meanwhile
            # retries of this client_id wait on the same future instead of resending.
            log.error("send %s: outcome not stored yet: %s", out.client_id, exc)
            self._deferred.add(out.client_id)
            task = asyncio.get_running_loop().create_task(self._settle_later(out, future, work))
            self._settling.add(task)
            task.add_done_callback(self._settling.discard)
            return STORAGE_DOWN
        return Answer.event(_status_of(event, status), event)

    async def _settle_later(self, out: Outbound, future: asyncio.Future[Answer], work: Any) -> None:
        while True:
            await asyncio.sleep(SETTLE_RETRY_SECONDS)
            try:
                event = await self._journal.write(work)
            except StorageError:
                continue
            log.info("send %s: outcome stored after a storage failure", out.client_id)
            future.set_result(Answer.event(_status_of(event, 201), event))
            self._deferred.discard(out.client_id)
            self._inflight.pop(out.client_id, None)
            return


_BROKEN = AgentFailure(
    500, "internal_error", "the relay failed before sending this message; it was not sent"
)
_CONFLICT = Answer.failure(
    AgentFailure(409, "client_id_conflict", "this client_id was used for a different message")
)
_IN_PROGRESS = Answer.failure(
    AgentFailure(
        409, "send_in_progress", "this message is being sent; ask again shortly", retry_after=1
    )
)
_NO_ACCOUNT = Answer.failure(
    AgentFailure(
        422,
        "no_account",
        "no business number is known for this conversation; connect one on the set-up "
        "page (/setup), set WHATSAPP_PHONE_NUMBER_ID, or give `account`",
        field="account",
    )
)


def _status_of(event: StoredEvent | None, sent: int) -> int:
    """202 for a send whose fate is unknown, else `sent` (201 first, 200 on a replay)."""
    if event is not None and '"send_state":"unknown"' in event.json:
        return 202
    return sent


def _claimed(claim: Claim) -> Answer | None:
    """The answer when the claim says there is nothing to send."""
    if claim.state == "new":
        return None
    if claim.state == "sent":
        return Answer.event(200, claim.event)
    if claim.state == "unknown":
        return Answer.event(_status_of(claim.event, 200), claim.event)
    if claim.state == "conflict":
        return _CONFLICT
    if claim.state == "in_progress":
        return _IN_PROGRESS
    return _NO_ACCOUNT


def _event_data(agent: str, out: Outbound) -> MessageData:
    """The outbound `message` event's data, but its wamid (docs/protocol.md)."""
    reaction = out.type == "reaction"
    emoji = out.content.get("emoji") if reaction else None
    return MessageData(
        direction="out",
        origin="agent",
        type=out.type,
        text=out.text,
        reply_to=out.reply_to,
        target=out.target if reaction else None,
        content=dict(out.content),
        emoji=emoji if isinstance(emoji, str) and emoji else None,
        agent=agent,
        client_id=out.client_id,
    )


def _throttled(outcome: Refused) -> bool:
    return outcome.error.code in THROTTLING or outcome.error.http_status == 429


def _wamid(outcome: Done) -> str | None:
    messages = outcome.body.get("messages")
    if isinstance(messages, list) and messages and isinstance(messages[0], dict):
        wamid = messages[0].get("id")
        if isinstance(wamid, str) and wamid:
            return wamid
    return None


def _wa_id(outcome: Done) -> str | None:
    """The WhatsApp id Meta says the message went to (`contacts[0].wa_id`), if it said."""
    contacts = outcome.body.get("contacts")
    if isinstance(contacts, list) and contacts and isinstance(contacts[0], dict):
        wa_id = contacts[0].get("wa_id")
        if isinstance(wa_id, str) and wa_id.isdigit():
            return wa_id
    return None


def _token_notice(account: str, failure: AgentFailure) -> NoticeDraft | None:
    """An `account` event for admins when Meta rejects the access token (once an hour)."""
    if failure.code != "token_expired":
        return None
    now = int(time.time())
    value = {"meta_code": failure.meta_code, "message": failure.message}
    return NoticeDraft(
        f"account:access_token:{account}:{now // 3600}",
        account,
        now,
        AccountData("access_token", "ACCESS_TOKEN_INVALID", value),
    )
