"""One stored relay event, as it travels over HTTP and WebSocket."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, get_args

EventKind = Literal[
    "message", "status", "contact", "template", "account", "error", "unknown",
    "conversation", "note", "catalog",
]  # fmt: skip
KINDS: frozenset[str] = frozenset(get_args(EventKind))


class EventFormatError(ValueError):
    """A JSON object that is not a well-formed event."""


@dataclass(frozen=True, slots=True)
class Event:
    """A relay event: `seq` orders it relay-wide, `key` is its dedupe key.

    `data` is the kind-specific payload described in docs/protocol.md, as it
    travelled; `wire.data.data_of(kind, data)` reads it as its kind's typed value.
    """

    seq: int
    kind: str
    key: str
    account: str
    conversation: str | None
    timestamp: int
    data: Mapping[str, Any]

    @classmethod
    def from_json(cls, obj: object) -> Event:
        """Build an event from its decoded JSON object, or raise EventFormatError."""
        if not isinstance(obj, dict):
            raise EventFormatError("event is not an object")
        try:
            seq, kind, key = obj["seq"], obj["kind"], obj["key"]
            account, timestamp = obj["account"], obj["timestamp"]
            data = obj.get("data", {})
        except KeyError as missing:
            raise EventFormatError(f"event lacks {missing}") from None
        conversation = obj.get("conversation")
        if not (isinstance(seq, int) and not isinstance(seq, bool) and seq > 0):
            raise EventFormatError("seq must be a positive integer")
        if not isinstance(kind, str) or not isinstance(key, str) or not isinstance(account, str):
            raise EventFormatError("kind, key and account must be strings")
        if not isinstance(timestamp, int) or isinstance(timestamp, bool):
            raise EventFormatError("timestamp must be an integer")
        if conversation is not None and not isinstance(conversation, str):
            raise EventFormatError("conversation must be a string")
        if not isinstance(data, dict):
            raise EventFormatError("data must be an object")
        return cls(seq, kind, key, account, conversation, timestamp, data)

    def to_json(self) -> dict[str, object]:
        """The event as a JSON-ready object (absent conversation left out)."""
        body = envelope(
            self.kind, self.key, self.account, self.conversation, self.timestamp, dict(self.data)
        )
        return {"seq": self.seq, **body}


def envelope(
    kind: str,
    key: str,
    account: str,
    conversation: str | None,
    timestamp: int,
    data: Mapping[str, object],
) -> dict[str, object]:
    """An event but its seq, as the relay stores it (the seq is known only at commit)."""
    obj: dict[str, object] = {"kind": kind, "key": key, "account": account}
    if conversation is not None:
        obj["conversation"] = conversation
    obj["timestamp"] = timestamp
    obj["data"] = data
    return obj


def with_seq(seq: int, stored: str) -> str:
    """A stored envelope's JSON text (an object) as the event's, its seq first."""
    return f'{{"seq":{seq},{stored[1:]}'
