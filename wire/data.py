"""Each event kind's `data`, typed (docs/protocol.md): built by the relay, read by the desktop.

`to_json()` gives the object the relay stores and sends; `data_of(kind, obj)`
reads one back. Reading is lenient, as a client of a growing protocol must be:
a field of the wrong type reads as absent, and only a payload that lacks what
its kind needs (a status without its wamid) reads as `None`. Meta's own objects
(a message's `content`, a notice's `value`) travel verbatim, as `object`;
`wire.content` types the parts a desktop shows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import ClassVar, Literal, cast, get_args

from wire.content import Content, content_of
from wire.team import CatalogData, ConversationData, NoteData, TeamData

Direction = Literal["in", "out"]
Origin = Literal["customer", "agent", "phone_app", "history"]
SendState = Literal["unknown"]
ORIGINS: frozenset[str] = frozenset(get_args(Origin))

HISTORY_CHUNK = "HISTORY_CHUNK"
HISTORY_DECLINED = "HISTORY_DECLINED"

JsonObject = Mapping[str, object]


@dataclass(frozen=True, slots=True)
class MetaError:
    """An error Meta attached to a message, a status or a change (code, title, message, details)."""

    code: int | str | None = None
    title: str | None = None
    message: str | None = None
    details: str | None = None

    @property
    def text(self) -> str | None:
        """The most specific words Meta gave."""
        return self.details or self.message or self.title

    def to_json(self) -> dict[str, object]:
        return {
            "code": self.code,
            "title": self.title,
            "message": self.message,
            "details": self.details,
        }

    @classmethod
    def from_json(cls, obj: object) -> MetaError:
        if not isinstance(obj, Mapping):
            return cls()
        code = obj.get("code")
        if not isinstance(code, int | str) or isinstance(code, bool):
            code = None
        return cls(code, _str(obj.get("title")), _str(obj.get("message")), _str(obj.get("details")))


@dataclass(frozen=True, slots=True)
class MessageData:
    """A `message` event's data: from the customer, the phone app, an agent or the history."""

    direction: Direction
    origin: Origin
    type: str
    wamid: str | None = None  # None only while an agent's send is `unknown`
    text: str | None = None
    reply_to: str | None = None
    contact_name: str | None = None
    username: str | None = None
    target: str | None = None  # what a reaction, edit or revoke applies to
    content: object = None  # Meta's object for the type, verbatim
    emoji: str | None = None  # a reaction's; None when taken back
    edited_type: str | None = None
    unsupported_type: str | None = None
    forwarded: bool = False
    frequently_forwarded: bool = False
    referral: JsonObject | None = None
    referred_product: JsonObject | None = None
    identity: JsonObject | None = None
    errors: tuple[MetaError, ...] = ()
    history_status: str | None = None
    business_phone: str | None = None
    agent: str | None = None
    client_id: str | None = None
    send_state: SendState | None = None

    kind: ClassVar[Literal["message"]] = "message"

    def typed_content(self) -> Content | None:
        """What the message carries besides text (media, a place, cards...), or None."""
        return content_of(self.type, self.content)

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {}
        if self.wamid is not None:
            out["wamid"] = self.wamid
        out |= {"direction": self.direction, "origin": self.origin, "type": self.type}
        _put(out, "text", self.text)
        _put(out, "reply_to", self.reply_to)
        _put(out, "contact_name", self.contact_name)
        _put(out, "username", self.username)
        _put(out, "target", self.target)
        _put(out, "content", self.content)
        if self.type == "reaction":
            out["emoji"] = self.emoji  # present, null when the reaction was taken back
        _put(out, "edited_type", self.edited_type)
        if self.type == "unsupported":
            out["unsupported_type"] = self.unsupported_type  # null when Meta did not say
        if self.forwarded:
            out["forwarded"] = True
        if self.frequently_forwarded:
            out["frequently_forwarded"] = True
        _put(out, "referral", self.referral)
        _put(out, "referred_product", self.referred_product)
        _put(out, "identity", self.identity)
        if self.errors:
            out["errors"] = [error.to_json() for error in self.errors]
        _put(out, "history_status", self.history_status)
        _put(out, "business_phone", self.business_phone)
        _put(out, "agent", self.agent)
        _put(out, "client_id", self.client_id)
        _put(out, "send_state", self.send_state)
        return out

    @classmethod
    def from_json(cls, obj: JsonObject) -> MessageData:
        direction: Direction = "out" if obj.get("direction") == "out" else "in"
        said = obj.get("origin")
        origin: Origin = "customer" if direction == "in" else "phone_app"
        if said in ORIGINS:
            origin = cast(Origin, said)
        return cls(
            direction=direction,
            origin=origin,
            type=_str(obj.get("type")) or "unsupported",
            wamid=_str(obj.get("wamid")),
            text=_str(obj.get("text")),
            reply_to=_str(obj.get("reply_to")),
            contact_name=_str(obj.get("contact_name")),
            username=_str(obj.get("username")),
            target=_str(obj.get("target")),
            content=obj.get("content"),
            emoji=_str(obj.get("emoji")),
            edited_type=_str(obj.get("edited_type")),
            unsupported_type=_str(obj.get("unsupported_type")),
            forwarded=obj.get("forwarded") is True,
            frequently_forwarded=obj.get("frequently_forwarded") is True,
            referral=_object(obj.get("referral")),
            referred_product=_object(obj.get("referred_product")),
            identity=_object(obj.get("identity")),
            errors=_errors(obj.get("errors")),
            history_status=_str(obj.get("history_status")),
            business_phone=_str(obj.get("business_phone")),
            agent=_str(obj.get("agent")),
            client_id=_str(obj.get("client_id")),
            send_state="unknown" if obj.get("send_state") == "unknown" else None,
        )


@dataclass(frozen=True, slots=True)
class StatusData:
    """A `status` event's data: how far an outbound message got."""

    wamid: str
    status: str  # sent, delivered, read, played, failed, or a newer one Meta adds
    errors: tuple[MetaError, ...] = ()
    pricing_category: str | None = None
    callback_data: str | None = None

    kind: ClassVar[Literal["status"]] = "status"

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"wamid": self.wamid, "status": self.status}
        if self.errors:
            out["errors"] = [error.to_json() for error in self.errors]
        _put(out, "pricing_category", self.pricing_category)
        _put(out, "callback_data", self.callback_data)
        return out

    @classmethod
    def from_json(cls, obj: JsonObject) -> StatusData | None:
        wamid, status = _str(obj.get("wamid")), _str(obj.get("status"))
        if wamid is None or status is None:
            return None
        return cls(
            wamid,
            status.lower(),
            _errors(obj.get("errors")),
            _str(obj.get("pricing_category")),
            _str(obj.get("callback_data")),
        )


@dataclass(frozen=True, slots=True)
class ContactData:
    """A `contact` event's data: the phone's address book changed, or a BSUID was merged."""

    action: str  # add, edit, remove (as Meta says), merge
    phone: str | None
    name: str | None = None
    first_name: str | None = None
    merged_from: str | None = None  # for merge: the BSUID (JSON `from`)

    kind: ClassVar[Literal["contact"]] = "contact"

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"action": self.action}
        if self.merged_from is not None:
            out["from"] = self.merged_from
        out["phone"] = self.phone
        _put(out, "name", self.name)
        _put(out, "first_name", self.first_name)
        return out

    @classmethod
    def from_json(cls, obj: JsonObject) -> ContactData:
        return cls(
            _str(obj.get("action")) or "edit",
            _str(obj.get("phone")),
            _str(obj.get("name")),
            _str(obj.get("first_name")),
            _str(obj.get("from")),
        )


@dataclass(frozen=True, slots=True)
class TemplateData:
    """A `template` event's data: a template's status, quality, components or category."""

    field: str
    event: str | None
    template_id: str | None
    name: str | None
    language: str | None
    value: object  # Meta's object, verbatim

    kind: ClassVar[Literal["template"]] = "template"

    def to_json(self) -> dict[str, object]:
        return {
            "field": self.field,
            "event": self.event,
            "template_id": self.template_id,
            "name": self.name,
            "language": self.language,
            "value": self.value,
        }

    @classmethod
    def from_json(cls, obj: JsonObject) -> TemplateData:
        return cls(
            _str(obj.get("field")) or "",
            _str(obj.get("event")),
            _str(obj.get("template_id")),
            _str(obj.get("name")),
            _str(obj.get("language")),
            obj.get("value"),
        )


@dataclass(frozen=True, slots=True)
class HistoryChunk:
    """What an imported history chunk holds: Meta's phase, order and progress, our counts."""

    phase: object
    chunk_order: object
    progress: object  # 0 to 100 as Meta says it; see `AccountData.progress`
    threads: int
    messages: int


@dataclass(frozen=True, slots=True)
class AccountData:
    """An `account` event's data: a business number's notice, Meta's or the relay's own."""

    field: str
    event: str | None
    value: object = None  # Meta's object (or the relay's), verbatim
    history: HistoryChunk | None = None  # for HISTORY_CHUNK
    error: MetaError | None = None  # for HISTORY_DECLINED

    kind: ClassVar[Literal["account"]] = "account"

    @property
    def progress(self) -> int | None:
        """A history import's progress, 0 to 100, when Meta gave a number."""
        value = self.history.progress if self.history is not None else None
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    @property
    def sync_type(self) -> str | None:
        """For the relay's onboarding notices: which sync (`history` or contacts)."""
        return _str(self.value.get("sync_type")) if isinstance(self.value, Mapping) else None

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"field": self.field, "event": self.event}
        if self.history is not None:
            chunk = self.history
            out |= {
                "phase": chunk.phase,
                "chunk_order": chunk.chunk_order,
                "progress": chunk.progress,
                "threads": chunk.threads,
                "messages": chunk.messages,
            }
        elif self.error is not None:
            out |= self.error.to_json()
        else:
            out["value"] = self.value
        return out

    @classmethod
    def from_json(cls, obj: JsonObject) -> AccountData:
        event = _str(obj.get("event"))
        history = error = None
        if event == HISTORY_CHUNK:
            history = HistoryChunk(
                obj.get("phase"),
                obj.get("chunk_order"),
                obj.get("progress"),
                _count(obj.get("threads")),
                _count(obj.get("messages")),
            )
        elif event == HISTORY_DECLINED:
            error = MetaError.from_json(obj)
        return cls(_str(obj.get("field")) or "", event, obj.get("value"), history, error)


@dataclass(frozen=True, slots=True)
class ErrorData:
    """An `error` event's data: an error Meta reported outside any message."""

    error: MetaError
    field: str | None

    kind: ClassVar[Literal["error"]] = "error"

    def to_json(self) -> dict[str, object]:
        return {**self.error.to_json(), "field": self.field}

    @classmethod
    def from_json(cls, obj: JsonObject) -> ErrorData:
        return cls(MetaError.from_json(obj), _str(obj.get("field")))


@dataclass(frozen=True, slots=True)
class UnknownData:
    """An `unknown` event's data: why the relay could not read something, and what it was.

    `detail` holds the reason's other fields (docs/protocol.md), kept for the record.
    """

    reason: str
    detail: JsonObject = field(default_factory=dict)

    kind: ClassVar[Literal["unknown"]] = "unknown"

    def to_json(self) -> dict[str, object]:
        return {"reason": self.reason, **self.detail}

    @classmethod
    def from_json(cls, obj: JsonObject) -> UnknownData:
        rest = {name: value for name, value in obj.items() if name != "reason"}
        return cls(_str(obj.get("reason")) or "unknown", rest)


NoticeData = ContactData | TemplateData | AccountData | ErrorData | UnknownData
EventData = MessageData | StatusData | NoticeData | TeamData


def data_of(kind: str, obj: JsonObject) -> EventData | None:
    """An event's `data` as its kind's value; None for a kind this version does not know,
    or a payload that lacks what its kind needs."""
    if kind == "message":
        return MessageData.from_json(obj)
    if kind == "status":
        return StatusData.from_json(obj)
    if kind == "contact":
        return ContactData.from_json(obj)
    if kind == "template":
        return TemplateData.from_json(obj)
    if kind == "account":
        return AccountData.from_json(obj)
    if kind == "error":
        return ErrorData.from_json(obj)
    if kind == "unknown":
        return UnknownData.from_json(obj)
    if kind == "conversation":
        return ConversationData.from_json(obj)
    if kind == "note":
        return NoteData.from_json(obj)
    if kind == "catalog":
        return CatalogData.from_json(obj)
    return None


def _put(out: dict[str, object], name: str, value: object) -> None:
    if value is not None:
        out[name] = value


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _count(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def _object(value: object) -> JsonObject | None:
    return value if isinstance(value, Mapping) else None


def _errors(value: object) -> tuple[MetaError, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(MetaError.from_json(item) for item in value)
