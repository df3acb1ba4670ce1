"""The relay's HTTP answers a desktop relies on, encoded and parsed in one place."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Literal

from wire.events import Event, EventFormatError
from wire.frames import ProtocolError
from wire.team import ConversationData
from wire.window import closes_at, is_open

Role = Literal["admin", "agent"]


@dataclass(frozen=True, slots=True)
class RelayStatus:
    """`GET /api/status`: the relay's database and head, its backlog, and who is asking."""

    epoch: str
    head: int
    inbox: int
    desktops: int
    agent: str
    role: Role

    def to_json(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def parse(cls, body: bytes | str) -> RelayStatus:
        """The answer's body as a `RelayStatus`, or `ProtocolError` for anything else
        (a proxy's error page, another server at this address)."""
        obj = _object(body, "the status answer")
        epoch, agent, role = obj.get("epoch"), obj.get("agent", ""), obj.get("role", "agent")
        if not isinstance(epoch, str) or not isinstance(agent, str):
            raise ProtocolError("the status answer needs epoch and agent strings")
        if "head" not in obj:
            raise ProtocolError("the status answer lacks head")
        head, inbox, desktops = (_count(obj.get(name, 0)) for name in ("head", "inbox", "desktops"))
        return cls(epoch, head, inbox, desktops, agent, "admin" if role == "admin" else "agent")


@dataclass(frozen=True, slots=True)
class ConversationInfo:
    """`GET /api/conversations/{id}`: the number it goes through, when the customer last
    wrote, which sets its 24-hour window (`wire.window`), and the team's state of it."""

    conversation: str
    account: str
    last_customer_message: int | None
    team: ConversationData = field(default_factory=ConversationData)

    @property
    def window_closes_at(self) -> int | None:
        return closes_at(self.last_customer_message)

    def to_json(self, now: float) -> dict[str, object]:
        return {
            "conversation": self.conversation,
            "account": self.account,
            "last_customer_message": self.last_customer_message,
            "window_closes_at": self.window_closes_at,
            "window_open": is_open(self.window_closes_at, now),
            "team": self.team.team_json(),
        }

    @classmethod
    def parse(cls, body: bytes | str) -> ConversationInfo:
        """The answer's body, or `ProtocolError`."""
        obj = _object(body, "the conversation answer")
        conversation, account = obj.get("conversation"), obj.get("account")
        last = obj.get("last_customer_message")
        if not isinstance(conversation, str) or not isinstance(account, str):
            raise ProtocolError("the conversation answer needs conversation and account strings")
        if last is not None and (not isinstance(last, int) or isinstance(last, bool)):
            raise ProtocolError("last_customer_message must be an integer or null")
        team = obj.get("team")
        state = ConversationData.from_json(team) if isinstance(team, dict) else ConversationData()
        return cls(conversation, account, last, state)


@dataclass(frozen=True, slots=True)
class Member:
    """`GET /api/agents`: one active agent of the team (admins only)."""

    name: str
    role: Role
    created_at: int
    last_seen: int | None

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def team_of(body: bytes | str) -> list[Member]:
    """The team answer's agents; entries it cannot read are left out (`ProtocolError` when
    the body is not the team answer at all)."""
    agents = _object(body, "the team answer").get("agents")
    if not isinstance(agents, list):
        raise ProtocolError("the team answer lacks its agents")
    out = []
    for a in agents:
        if not isinstance(a, dict):
            continue
        name, created = a.get("name"), _optional_int(a.get("created_at"))
        if isinstance(name, str) and created is not None:
            role: Role = "admin" if a.get("role") == "admin" else "agent"
            out.append(Member(name, role, created, _optional_int(a.get("last_seen"))))
    return out


def team_names(body: bytes | str) -> list[str]:
    """`GET /api/team`: the active agents' names (`ProtocolError` for another body)."""
    agents = _object(body, "the team list").get("agents")
    if not isinstance(agents, list):
        raise ProtocolError("the team list lacks its agents")
    return [
        str(a["name"]) for a in agents if isinstance(a, dict) and isinstance(a.get("name"), str)
    ]


@dataclass(frozen=True, slots=True)
class Invitation:
    """`POST /api/agents` answered 201: the new agent and its pairing link, which carries
    the token (shown once)."""

    name: str
    role: Role
    link: str

    def __repr__(self) -> str:  # the link holds a token: never in a log
        return f"Invitation(name={self.name!r}, role={self.role!r})"

    @classmethod
    def parse(cls, body: bytes | str) -> Invitation:
        """The answer's body, or `ProtocolError`."""
        obj = _object(body, "the invitation answer")
        name, link = obj.get("name"), obj.get("link")
        if not isinstance(name, str) or not isinstance(link, str):
            raise ProtocolError("the invitation lacks its name or link")
        return cls(name, "admin" if obj.get("role") == "admin" else "agent", link)


@dataclass(frozen=True, slots=True)
class Check:
    """`GET /api/admin/doctor`: one check's verdict, in the language asked for."""

    id: str
    ok: bool
    title: str
    detail: str
    fix: str | None = None
    subject: str | None = None  # the number, WABA or token it is about (nothing secret)

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def checks_of(body: bytes | str) -> list[Check]:
    """The doctor's checks; entries it cannot read are left out (`ProtocolError` when the
    body is not the doctor's answer)."""
    checks = _object(body, "the doctor's answer").get("checks")
    if not isinstance(checks, list):
        raise ProtocolError("the doctor's answer lacks its checks")
    return [
        Check(
            str(c.get("id")),
            c.get("ok") is True,
            str(c.get("title") or ""),
            str(c.get("detail") or ""),
            _optional_str(c.get("fix")),
            _optional_str(c.get("subject")),
        )
        for c in checks
        if isinstance(c, dict)
    ]


def sent_event(body: bytes | str) -> Event | None:
    """`POST /api/messages` answered 200, 201 or 202: the message's event (None if the
    answer has none), or `ProtocolError`."""
    event = _object(body, "the send answer").get("event")
    if event is None:
        return None
    try:
        return Event.from_json(event)
    except EventFormatError as exc:
        raise ProtocolError(f"the send answer's event: {exc}") from None


def uploaded_media_id(body: bytes | str) -> str:
    """`POST /api/media` answered 201: the media id to send the file with, or `ProtocolError`."""
    media_id = _object(body, "the upload answer").get("media_id")
    if not isinstance(media_id, str) or not media_id:
        raise ProtocolError("the upload answer lacks its media_id")
    return media_id


def error_code(body: bytes | str) -> str | None:
    """A refusal's `error.code` (docs/protocol.md), or None when the body has none."""
    try:
        error = _object(body, "the error answer").get("error")
    except ProtocolError:
        return None
    code = error.get("code") if isinstance(error, dict) else None
    return code if isinstance(code, str) and code else None


def refusal(status: int, body: bytes | str) -> str:
    """What a refusal says: its `error.code`, else `http_<status>`."""
    return error_code(body) or f"http_{status}"


def _count(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ProtocolError("head, inbox and desktops must be non-negative integers")
    return value


def _optional_int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _optional_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _object(body: bytes | str, what: str) -> dict[str, object]:
    try:
        obj = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise ProtocolError(f"{what} is not JSON") from None
    if not isinstance(obj, dict):
        raise ProtocolError(f"{what} is not a JSON object")
    return obj
