"""The relay's events as the desktop understands them: typed records, parsed once.

`record_of` turns a `wire.Event` into a `MessageRecord`, `StatusRecord`,
`ContactRecord`, `AccountRecord`, one of the team's records (`TeamRecord`,
`NoteRecord`, `CatalogRecord`) or a `NoticeRecord`; nothing past this module
reads an event's raw `data` (it reads `wire.data`'s typed values). Unknown kinds
and shapes become notices, never exceptions.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.account_state import Topic, topic_of
from wire import Event
from wire.content import Content
from wire.data import (
    AccountData,
    ContactData,
    Direction,
    ErrorData,
    EventData,
    MessageData,
    Origin,
    StatusData,
    TemplateData,
    UnknownData,
    data_of,
)
from wire.team import CatalogData, ConversationData, NoteData


@dataclass(frozen=True, slots=True)
class MessageRecord:
    """One message of a conversation, in or out."""

    seq: int
    key: str
    conversation: str
    account: str
    timestamp: int
    wamid: str | None
    direction: Direction
    origin: Origin
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
class TeamRecord:
    """The team's state of a conversation after a change (whole)."""

    seq: int
    key: str
    conversation: str
    account: str
    timestamp: int
    state: ConversationData


@dataclass(frozen=True, slots=True)
class NoteRecord:
    """An agent's internal note on a conversation."""

    seq: int
    key: str
    conversation: str
    account: str
    timestamp: int
    note: NoteData


@dataclass(frozen=True, slots=True)
class CatalogRecord:
    """One item of the team's labels or quick replies changed."""

    seq: int
    change: CatalogData


@dataclass(frozen=True, slots=True)
class NoticeRecord:
    """Anything else: account, template, error and unknown events, kept for the record."""

    seq: int
    kind: str
    conversation: str | None
    summary: str


Record = (
    MessageRecord
    | StatusRecord
    | ContactRecord
    | AccountRecord
    | TeamRecord
    | NoteRecord
    | CatalogRecord
    | NoticeRecord
)


def record_of(event: Event) -> Record:
    """The event as a typed record; malformed data gives a notice."""
    data = data_of(event.kind, event.data)
    if isinstance(data, MessageData) and event.conversation:
        return _message(event, event.conversation, data)
    if isinstance(data, StatusData):
        first = data.errors[0] if data.errors else None
        code = first.code if first is not None and isinstance(first.code, int) else None
        return StatusRecord(
            event.seq,
            data.wamid,
            event.conversation,
            data.status,
            first.text if first is not None else None,
            code,
        )
    if isinstance(data, ContactData) and event.conversation:
        return ContactRecord(
            event.seq, event.conversation, data.action, data.name, data.merged_from
        )
    if isinstance(data, ConversationData) and event.conversation:
        return TeamRecord(
            event.seq, event.key, event.conversation, event.account, event.timestamp, data
        )
    if isinstance(data, NoteData) and event.conversation:
        return NoteRecord(
            event.seq, event.key, event.conversation, event.account, event.timestamp, data
        )
    if isinstance(data, CatalogData):
        return CatalogRecord(event.seq, data)
    if isinstance(data, AccountData) and event.account:
        topic = topic_of(data.event or "", data.sync_type)
        if topic is not None:
            return AccountRecord(
                event.seq, event.account, topic, data.event or "", event.timestamp, data.progress
            )
    return NoticeRecord(event.seq, event.kind, event.conversation, _summary(data) or event.kind)


def _summary(data: EventData | None) -> str | None:
    """A notice's few words: its event, its reason, or Meta's message."""
    if isinstance(data, TemplateData | AccountData):
        return data.event
    if isinstance(data, UnknownData):
        return data.reason
    if isinstance(data, ErrorData):
        return data.error.message
    return None


def _message(event: Event, conversation: str, data: MessageData) -> MessageRecord:
    return MessageRecord(
        seq=event.seq,
        key=event.key,
        conversation=conversation,
        account=event.account,
        timestamp=event.timestamp,
        wamid=data.wamid,
        direction=data.direction,
        origin=data.origin,
        type=data.type,
        # A reaction's emoji is its text (empty when the reaction was taken back).
        text=data.text or data.emoji,
        reply_to=data.reply_to,
        target=data.target,
        contact_name=data.contact_name,
        username=data.username,
        agent=data.agent,
        client_id=data.client_id,
        unknown=data.send_state == "unknown",
        history_status=data.history_status,
        business_phone=data.business_phone,
        content=data.typed_content(),
    )
