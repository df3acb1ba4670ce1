"""The agents' endpoints for the team's shared work (docs/protocol.md, "The team's work").

Each request is checked here, then runs in the log's writer (`relay.team.Team`
through the journal), so its event is durable and streamed to every desktop
before the answer says so. A change to a conversation answers
`200 {"event": ...}`; its `client_id` makes a retry safe.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Literal

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from relay.agents import AgentRegistry, Identity
from relay.auth import TokenCache
from relay.bodies import error, failure, json_object
from relay.errors import StorageError
from relay.failures import AgentFailure, invalid
from relay.guards import Endpoint, Handler, admins_only, agents_only
from relay.journal import Journal
from relay.media import MEDIA_ID
from relay.offload import Offload
from relay.outbound import BAD_CLIENT_ID, is_client_id
from relay.store import Store, StoredEvent
from relay.team import Outcome
from relay.webhook import digest
from wire.team import (
    MAX_LABELS,
    MAX_NAME,
    MAX_NOTE,
    MAX_QUICK_REPLY,
    ConversationData,
    Label,
    QuickReply,
    TeamState,
)

log = logging.getLogger(__name__)
MAX_REQUEST = 64 * 1024
# Snoozes set on another instance are noticed within this long.
ALARM_SECONDS = 30.0
# Longest a snooze may be: a year.
MAX_SNOOZE_SECONDS = 366 * 86400
_COLOR = re.compile(r"#[0-9a-fA-F]{6}")
_SHORTCUT = re.compile(r"[0-9a-zA-Z_\-áéíóúñüç]{1,32}")
_STATES: dict[object, TeamState] = {
    "open": "open",
    "pending": "pending",
    "resolved": "resolved",
    "snoozed": "snoozed",
}
STORAGE_DOWN = AgentFailure(503, "storage_unavailable", "the relay cannot store it now; retry")


class Teamwork:
    """Handlers for conversations' state, assignment and labels, notes, and the team's lists;
    and the alarm that reopens snoozed conversations when their time comes."""

    def __init__(
        self,
        journal: Journal,
        store: Store,
        registry: AgentRegistry,
        tokens: TokenCache,
        readers: Offload,
    ) -> None:
        self._journal = journal
        self._store = store
        self._registry = registry
        self._tokens = tokens
        self._read = readers
        self._snoozed = asyncio.Event()
        self._alarm: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._alarm = asyncio.get_running_loop().create_task(self._wake(), name="snoozes")

    async def stop(self) -> None:
        if self._alarm is not None:
            self._alarm.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._alarm

    async def _wake(self) -> None:
        """Reopen each snoozed conversation when its time comes. Another instance's snoozes
        are seen within `ALARM_SECONDS`; this one's at once (`_snoozed`)."""
        while True:
            delay = ALARM_SECONDS
            try:
                due = await self._read(self._store.next_snooze_end)
                if due is not None and due <= time.time():
                    await self._journal.write(lambda store: (None, store.team.wake()))
                    continue
                if due is not None:
                    delay = min(delay, due - time.time())
            except StorageError as exc:
                log.warning("cannot check the snoozed conversations (%s); retrying", exc)
            self._snoozed.clear()
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(max(0.05, delay)):
                    await self._snoozed.wait()

    def routes(self) -> list[Route]:
        def agents(handler: Handler) -> Endpoint:
            return agents_only(self._tokens, handler)

        def admins(handler: Handler) -> Endpoint:
            return admins_only(self._tokens, handler)

        one = "/api/conversations/{conversation}"
        return [
            Route(f"{one}/state", agents(self.set_state), methods=["POST"]),
            Route(f"{one}/assign", agents(self.assign), methods=["POST"]),
            Route(f"{one}/labels", agents(self.label), methods=["POST"]),
            Route("/api/notes", agents(self.add_note), methods=["POST"]),
            Route("/api/team", agents(self.list_team), methods=["GET"]),
            Route("/api/labels", agents(self.list_labels), methods=["GET"]),
            Route("/api/labels/{name}", admins(self.put_label), methods=["PUT"]),
            Route("/api/labels/{name}", admins(self.delete_label), methods=["DELETE"]),
            Route("/api/quick-replies", agents(self.list_quick_replies), methods=["GET"]),
            Route("/api/quick-replies/{name}", agents(self.put_quick_reply), methods=["PUT"]),
            Route("/api/quick-replies/{name}", admins(self.delete_quick_reply), methods=["DELETE"]),
        ]  # fmt: skip

    # -- a conversation's state --------------------------------------------------

    async def set_state(self, request: Request, who: Identity) -> Response:
        body = await _body(request)
        if isinstance(body, Response):
            return body
        state = _STATES.get(body.get("state"))
        if state is None:
            return failure(invalid("state", "state is open, pending, resolved or snoozed"))
        until = body.get("snoozed_until")
        if state == "snoozed":
            now = time.time()
            late = now + MAX_SNOOZE_SECONDS
            if not isinstance(until, int) or isinstance(until, bool) or not now < until <= late:
                return failure(
                    invalid("snoozed_until", "snoozed_until is a time (unix seconds) to come")
                )
        elif until is not None:
            return failure(invalid("snoozed_until", "only a snoozed conversation has one"))
        snoozed_until = until if state == "snoozed" and isinstance(until, int) else None

        def apply(now: ConversationData) -> ConversationData:
            return replace(now, state=state, snoozed_until=snoozed_until, change="state")

        answer = await self._change(request, who, body, ("state", state, snoozed_until), apply)
        if state == "snoozed":
            self._snoozed.set()  # the alarm may have to ring sooner
        return answer

    async def assign(self, request: Request, who: Identity) -> Response:
        body = await _body(request)
        if isinstance(body, Response):
            return body
        if "assignee" not in body:
            return failure(invalid("assignee", "give the agent's name, or null to unassign"))
        assignee = body.get("assignee")
        if assignee is not None and (not isinstance(assignee, str) or not assignee):
            return failure(invalid("assignee", "assignee is an agent's name or null"))

        def apply(now: ConversationData) -> ConversationData:
            return replace(now, assignee=assignee, change="assignee")

        return await self._change(
            request, who, body, ("assignee", assignee), apply, assignee=assignee
        )

    async def label(self, request: Request, who: Identity) -> Response:
        body = await _body(request)
        if isinstance(body, Response):
            return body
        add, remove = _names(body.get("add", [])), _names(body.get("remove", []))
        if add is None:
            return failure(
                invalid("add", f"add is a list of label names of 1-{MAX_NAME} characters")
            )
        if remove is None:
            return failure(
                invalid("remove", f"remove is a list of label names of 1-{MAX_NAME} characters")
            )

        def apply(now: ConversationData) -> ConversationData:
            kept = [name for name in now.labels if name not in remove]
            added = [name for name in add if name not in kept]
            return replace(now, labels=tuple(kept + added)[:MAX_LABELS], change="labels")

        return await self._change(
            request, who, body, ("labels", add, remove), apply, new_labels=add
        )

    async def add_note(self, request: Request, who: Identity) -> Response:
        body = await _body(request)
        if isinstance(body, Response):
            return body
        conversation, text, reply_to = (
            body.get("conversation"),
            body.get("text"),
            body.get("reply_to"),
        )
        if not isinstance(conversation, str) or not conversation or len(conversation) > 128:
            return failure(invalid("conversation", "conversation must be given"))
        if not isinstance(text, str) or not text.strip() or len(text) > MAX_NOTE:
            return failure(invalid("text", f"a note is 1-{MAX_NOTE} characters"))
        if reply_to is not None and (not isinstance(reply_to, str) or not 0 < len(reply_to) <= 512):
            return failure(invalid("reply_to", "reply_to is a message's wamid or a note's id"))
        client_id = str(body["client_id"])
        fingerprint = digest("note", conversation, text, reply_to)
        try:
            outcome = await self._journal.write(
                lambda store: store.team.note(
                    who.name, client_id, fingerprint, conversation, text, reply_to
                )
            )
        except StorageError:
            return failure(STORAGE_DOWN)
        return _answer(outcome)

    async def _change(
        self,
        request: Request,
        who: Identity,
        body: Mapping[str, object],
        what: tuple[object, ...],
        apply: Callable[[ConversationData], ConversationData],
        *,
        assignee: str | None = None,
        new_labels: list[str] | tuple[str, ...] = (),
    ) -> Response:
        conversation = request.path_params["conversation"]
        client_id = str(body["client_id"])
        fingerprint = digest(conversation, *what)
        try:
            outcome = await self._journal.write(
                lambda store: store.team.change(
                    who.name,
                    client_id,
                    fingerprint,
                    conversation,
                    apply,
                    assignee=assignee,
                    new_labels=new_labels,
                )
            )
        except StorageError:
            return failure(STORAGE_DOWN)
        return _answer(outcome)

    # -- the team's lists ------------------------------------------------------------

    async def list_team(self, _request: Request, _who: Identity) -> Response:
        """`GET /api/team`: the active agents' names and roles, for assigning."""
        try:
            agents = await self._read(self._registry.agents)
        except StorageError:
            return failure(STORAGE_DOWN)
        return JSONResponse(
            {"agents": [{"name": a.name, "role": a.role} for a in agents if a.active]}
        )

    async def list_labels(self, _request: Request, _who: Identity) -> Response:
        return await self._list("labels", self._store.labels)

    async def put_label(self, request: Request, who: Identity) -> Response:
        name = _name(request.path_params["name"])
        if name is None:
            return failure(invalid("name", f"a label's name is 1-{MAX_NAME} characters"))
        body = await json_object(request, MAX_REQUEST)
        if isinstance(body, Response):
            return body
        color = body.get("color")
        if not isinstance(color, str) or not _COLOR.fullmatch(color):
            return failure(invalid("color", "color is #rrggbb"))
        label = Label(name, color.lower())
        return await self._put(lambda store: store.team.put_label(label, who.name))

    async def delete_label(self, request: Request, who: Identity) -> Response:
        return await self._delete("labels", request.path_params["name"], who)

    async def list_quick_replies(self, _request: Request, _who: Identity) -> Response:
        return await self._list("quick_replies", self._store.quick_replies)

    async def put_quick_reply(self, request: Request, who: Identity) -> Response:
        shortcut = request.path_params["name"]
        if not _SHORTCUT.fullmatch(shortcut):
            return failure(invalid("shortcut", "a shortcut is 1-32 letters, digits, - or _"))
        body = await json_object(request, MAX_REQUEST)
        if isinstance(body, Response):
            return body
        text, media_id = body.get("text"), body.get("media_id")
        if not isinstance(text, str) or not text.strip() or len(text) > MAX_QUICK_REPLY:
            return failure(invalid("text", f"a quick reply is 1-{MAX_QUICK_REPLY} characters"))
        if media_id is not None and (
            not isinstance(media_id, str) or not MEDIA_ID.fullmatch(media_id)
        ):
            return failure(invalid("media_id", "media_id must be the id POST /api/media returned"))
        reply = QuickReply(shortcut, text, media_id)
        return await self._put(lambda store: store.team.put_quick_reply(reply, who.name))

    async def delete_quick_reply(self, request: Request, who: Identity) -> Response:
        return await self._delete("quick_replies", request.path_params["name"], who)

    async def _list(
        self, name: str, read: Callable[[], Sequence[Label] | Sequence[QuickReply]]
    ) -> Response:
        try:
            items = await self._read(read)
        except StorageError:
            return failure(STORAGE_DOWN)
        return JSONResponse({name: [item.to_json() for item in items]})

    async def _put(
        self, op: Callable[[Store], tuple[Label | QuickReply, list[StoredEvent]]]
    ) -> Response:
        try:
            item = await self._journal.write(op)
        except StorageError:
            return failure(STORAGE_DOWN)
        return JSONResponse(item.to_json())

    async def _delete(
        self, catalog: Literal["labels", "quick_replies"], name: str, who: Identity
    ) -> Response:
        try:
            gone = await self._journal.write(
                lambda store: store.team.delete(catalog, name, who.name)
            )
        except StorageError:
            return failure(STORAGE_DOWN)
        if not gone:
            return error(404, "not_found", f"there is no {name!r}")
        return JSONResponse({"deleted": name})


async def _body(request: Request) -> dict[str, object] | Response:
    """A change's JSON body with a valid `client_id`, or the refusal."""
    body = await json_object(request, MAX_REQUEST)
    if isinstance(body, Response):
        return body
    if not is_client_id(body.get("client_id")):
        return failure(invalid("client_id", BAD_CLIENT_ID))
    return body


def _answer(outcome: Outcome) -> Response:
    if outcome.refusal == "conflict":
        return error(409, "client_id_conflict", "this client_id was used for another change")
    if outcome.refusal == "not_found":
        return error(404, "not_found", "no message in this conversation yet")
    if outcome.refusal == "unknown_agent":
        return failure(invalid("assignee", "no active agent has that name"))
    event = outcome.event
    return Response(
        b'{"event":' + (event.json.encode() if event else b"null") + b"}",
        200,
        media_type="application/json",
    )


def _name(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    name = value.strip()
    return name if 0 < len(name) <= MAX_NAME and name.isprintable() else None


def _names(value: object) -> list[str] | None:
    if not isinstance(value, list) or len(value) > MAX_LABELS:
        return None
    names = [_name(item) for item in value]
    return [n for n in names if n is not None] if all(names) else None
