"""The relay's events as the desktop understands them: typed records, parsed once.

`record_of` turns a `wire.Event` into a `MessageRecord`, `StatusRecord`,
`ContactRecord`, `AccountRecord` or `NoticeRecord`; nothing past this module
reads an event's raw `data`. Unknown kinds and shapes become notices, never exceptions.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.account_state import Topic, topic_of
from desktop.content import Content, content_of
from wire import Event


@dataclass(frozen=True, slots=True)
class MessageRecord:
    """One message of a conversation, in or out."""

    seq: int
    key: str
    conversation: str
    account: str
    timestamp: int
    wamid: str | None
    direction: str  # in | out
    origin: str  # customer | agent | phone_app | history
    type: str
    text: str | None = None
    reply_to: str | None = None
    target: str | None = None
    contact_name: str | None = None
    username: str | None = None
    agent: str | None = None
    client_id: str | None = None
    unknown: bool = False  # the relay does not know whether Meta sent it
    history_status: str | None = None
    business_phone: str | None = None  # the display number of `account`, when Meta said it
    content: Content | None = None  # what the type carries besides text


@dataclass(frozen=True, slots=True)
class StatusRecord:
    """A delivery status of an outbound message."""

    seq: int
    wamid: str
    conversation: str | None
    status: str
    error: str | None = None  # Meta's reason, for `failed`
    error_code: int | None = None


@dataclass(frozen=True, slots=True)
class ContactRecord:
    """An address-book change on the phone, or a BSUID merged into a phone."""

    seq: int
    conversation: str
    action: str  # add | edit | remove | merge
    name: str | None = None
    merged_from: str | None = None


@dataclass(frozen=True, slots=True)
class AccountRecord:
    """A business number's connection, history import or token changed (admins see it)."""

    seq: int
    account: str
    topic: Topic
    event: str
    timestamp: int
    progress: int | None = None


@dataclass(frozen=True, slots=True)
class NoticeRecord:
    """Anything else: account, template, error and unknown events, kept for the record."""

    seq: int
    kind: str
    conversation: str | None
    summary: str


Record = MessageRecord | StatusRecord | ContactRecord | AccountRecord | NoticeRecord


def record_of(event: Event) -> Record:
    """The event as a typed record; malformed data gives a notice."""
    data = event.data
    if event.kind == "message" and event.conversation:
        return _message(event, data)
    if event.kind == "status" and _str(data.get("wamid")) and _str(data.get("status")):
        error, code = _first_error(data.get("errors"))
        return StatusRecord(
            event.seq,
            str(data["wamid"]),
            event.conversation,
            str(data["status"]).lower(),
            error,
            code,
        )
    if event.kind == "contact" and event.conversation:
        return ContactRecord(
            event.seq,
            event.conversation,
            _str(data.get("action")) or "edit",
            _str(data.get("name")),
            _str(data.get("from")),
        )
    if event.kind == "account" and event.account:
        account = _account(event, data)
        if account is not None:
            return account
    summary = _str(data.get("event")) or _str(data.get("reason")) or _str(data.get("message"))
    return NoticeRecord(event.seq, event.kind, event.conversation, summary or event.kind)


def _account(event: Event, data: Mapping[str, Any]) -> AccountRecord | None:
    name = _str(data.get("event")) or ""
    value = data.get("value")
    sync_type = _str(value.get("sync_type")) if isinstance(value, dict) else None
    topic = topic_of(name, sync_type)
    if topic is None:
        return None
    progress = data.get("progress")
    if not isinstance(progress, int) or isinstance(progress, bool):
        progress = None
    return AccountRecord(event.seq, event.account, topic, name, event.timestamp, progress)


def _message(event: Event, data: Mapping[str, Any]) -> MessageRecord:
    direction = "out" if data.get("direction") == "out" else "in"
    origin = _str(data.get("origin")) or ("customer" if direction == "in" else "phone_app")
    return MessageRecord(
        seq=event.seq,
        key=event.key,
        conversation=event.conversation or "",
        account=event.account,
        timestamp=event.timestamp,
        wamid=_str(data.get("wamid")),
        direction=direction,
        origin=origin,
        type=_str(data.get("type")) or "unsupported",
        # A reaction's emoji is its text (empty when the reaction was taken back).
        text=_str(data.get("text")) or _str(data.get("emoji")),
        reply_to=_str(data.get("reply_to")),
        target=_str(data.get("target")),
        contact_name=_str(data.get("contact_name")),
        username=_str(data.get("username")),
        agent=_str(data.get("agent")),
        client_id=_str(data.get("client_id")),
        unknown=data.get("send_state") == "unknown",
        history_status=_str(data.get("history_status")),
        business_phone=_str(data.get("business_phone")),
        content=content_of(_str(data.get("type")) or "", data.get("content")),
    )


def _first_error(errors: object) -> tuple[str | None, int | None]:
    if not isinstance(errors, list) or not errors or not isinstance(errors[0], dict):
        return None, None
    first = errors[0]
    text = _str(first.get("details")) or _str(first.get("message")) or _str(first.get("title"))
    code = first.get("code")
    return text, code if isinstance(code, int) and not isinstance(code, bool) else None


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
