"""Typed events parsed from Meta's webhooks, before the store gives them a seq."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from wire.statuses import rank

Direction = Literal["in", "out"]
Origin = Literal["customer", "agent", "phone_app", "history"]


@dataclass(frozen=True, slots=True)
class Party:
    """The customer an event is about, as Meta identified them."""

    phone: str | None = None
    user_id: str | None = None
    name: str | None = None
    username: str | None = None


NOBODY = Party()


@dataclass(frozen=True, slots=True)
class MessageDraft:
    """A message from a customer, the phone app, an agent or the history import."""

    account: str
    party: Party
    timestamp: int
    wamid: str
    direction: Direction
    origin: Origin
    type: str
    text: str | None = None
    reply_to: str | None = None
    target: str | None = None
    content: Any = None
    extras: Mapping[str, Any] = field(default_factory=dict)

    kind: Literal["message"] = "message"

    def data(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "wamid": self.wamid,
            "direction": self.direction,
            "origin": self.origin,
            "type": self.type,
        }
        if self.text is not None:
            out["text"] = self.text
        if self.reply_to is not None:
            out["reply_to"] = self.reply_to
        if self.party.name is not None:
            out["contact_name"] = self.party.name
        if self.party.username is not None:
            out["username"] = self.party.username
        if self.target is not None:
            out["target"] = self.target
        if self.content is not None:
            out["content"] = self.content
        out.update(self.extras)
        return out


@dataclass(frozen=True, slots=True)
class StatusDraft:
    """A delivery status of an outbound message."""

    account: str
    party: Party
    timestamp: int
    wamid: str
    status: str
    errors: tuple[Mapping[str, Any], ...] = ()
    extras: Mapping[str, Any] = field(default_factory=dict)

    kind: Literal["status"] = "status"

    @property
    def key(self) -> str:
        return f"status:{self.wamid}:{self.status}"

    @property
    def rank(self) -> int:
        return rank(self.status)

    def data(self) -> dict[str, Any]:
        out: dict[str, Any] = {"wamid": self.wamid, "status": self.status}
        if self.errors:
            out["errors"] = [dict(e) for e in self.errors]
        out.update(self.extras)
        return out


@dataclass(frozen=True, slots=True)
class NoticeDraft:
    """Any other event with a content-derived key: contact, template, account, error, unknown."""

    kind: Literal["contact", "template", "account", "error", "unknown"]
    key: str
    account: str
    timestamp: int
    payload: Mapping[str, Any]
    party: Party = NOBODY

    def data(self) -> dict[str, Any]:
        return dict(self.payload)


Draft = MessageDraft | StatusDraft | NoticeDraft
