"""Typed events parsed from Meta's webhooks, before the store gives them a seq.

A draft is the envelope the store needs (account, time, who it is about) around
the event's `data`, a `wire.data` value: the relay builds the protocol's types,
never its dicts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from wire.data import Direction, MessageData, NoticeData, Origin, StatusData
from wire.statuses import rank


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
    message: MessageData

    kind: Literal["message"] = "message"

    @property
    def wamid(self) -> str:
        return self.message.wamid or ""

    @property
    def direction(self) -> Direction:
        return self.message.direction

    @property
    def origin(self) -> Origin:
        return self.message.origin

    @property
    def type(self) -> str:
        return self.message.type

    @property
    def target(self) -> str | None:
        return self.message.target

    def data(self) -> dict[str, object]:
        return self.message.to_json()


@dataclass(frozen=True, slots=True)
class StatusDraft:
    """A delivery status of an outbound message."""

    account: str
    party: Party
    timestamp: int
    status: StatusData

    kind: Literal["status"] = "status"

    @property
    def wamid(self) -> str:
        return self.status.wamid

    @property
    def key(self) -> str:
        return f"status:{self.status.wamid}:{self.status.status}"

    @property
    def rank(self) -> int:
        return rank(self.status.status)

    def data(self) -> dict[str, object]:
        return self.status.to_json()


@dataclass(frozen=True, slots=True)
class NoticeDraft:
    """Any other event, with a content-derived key: contact, template, account, error, unknown."""

    key: str
    account: str
    timestamp: int
    payload: NoticeData
    party: Party = NOBODY

    @property
    def kind(self) -> Literal["contact", "template", "account", "error", "unknown"]:
        return self.payload.kind

    def data(self) -> dict[str, object]:
        return self.payload.to_json()


Draft = MessageDraft | StatusDraft | NoticeDraft
