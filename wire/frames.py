"""WebSocket frames between a desktop and the relay (`WS /api/ws`)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, get_args

from wire.events import Event, EventFormatError

# Close codes in the private range 4000-4999 (RFC 6455, section 7.4.2).
CLOSE_TOO_SLOW = 4008
"""The client did not read fast enough; reconnect and resume from the last applied seq."""
CLOSE_REVOKED = 4001
"""The agent's token was revoked; do not reconnect with it."""
CLOSE_BAD_FRAME = 4002
"""The client sent a frame the relay could not understand."""
# Seqs are SQL BIGINTs: no cursor can be above this (one that is gets `resync_required`).
MAX_SEQ = 2**63 - 1


class ProtocolError(ValueError):
    """A frame that does not follow docs/protocol.md."""


@dataclass(frozen=True, slots=True)
class ResumeFrame:
    """Client to relay, first frame: resume after `after` in database `epoch`."""

    epoch: str | None
    after: int

    def to_json(self) -> dict[str, object]:
        return {"type": "resume", "epoch": self.epoch, "after": self.after}

    def to_text(self) -> str:
        return json.dumps(self.to_json())


PresenceState = Literal["viewing", "typing", "idle"]
_PRESENCE: dict[object, PresenceState] = {name: name for name in get_args(PresenceState)}


@dataclass(frozen=True, slots=True)
class PresenceFrame:
    """Client to relay, after `resume`: this agent is viewing or typing in `conversation`
    (sent again every 10 seconds or so while it lasts), or is `idle` there now."""

    conversation: str
    state: PresenceState

    def to_text(self) -> str:
        return json.dumps(
            {"type": "presence", "conversation": self.conversation, "state": self.state}
        )


@dataclass(frozen=True, slots=True)
class PresenceNotice:
    """Relay to client: another agent's presence in a conversation, which holds until
    `expires` (unix seconds) unless a newer notice says otherwise."""

    agent: str
    conversation: str
    state: PresenceState
    expires: int

    def to_text(self) -> str:
        return json.dumps(
            {
                "type": "presence",
                "agent": self.agent,
                "conversation": self.conversation,
                "state": self.state,
                "expires": self.expires,
            },
            ensure_ascii=False,
        )


@dataclass(frozen=True, slots=True)
class EventsFrame:
    """Relay to client: events in seq order."""

    events: tuple[Event, ...]

    @staticmethod
    def text_of(events: Iterable[str]) -> str:
        """The frame for events already encoded (the relay keeps each event's JSON text,
        so a batch's frame is built once, by joining, for every desktop)."""
        return '{"type":"events","events":[' + ",".join(events) + "]}"


@dataclass(frozen=True, slots=True)
class LiveFrame:
    """Relay to client: caught up to `head`; what follows is live."""

    head: int

    def to_text(self) -> str:
        return f'{{"type":"live","head":{self.head}}}'


@dataclass(frozen=True, slots=True)
class ResyncRequiredFrame:
    """Relay to client: the cursor cannot be served; drop local state and start over."""

    epoch: str
    reason: str

    def to_text(self) -> str:
        return json.dumps({"type": "resync_required", "epoch": self.epoch, "reason": self.reason})


Frame = EventsFrame | LiveFrame | ResyncRequiredFrame | PresenceNotice


def _decode(text: str | bytes) -> dict[str, object]:
    try:
        obj = json.loads(text)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ProtocolError(f"frame is not JSON: {exc}") from None
    except RecursionError:
        raise ProtocolError("frame nests too deeply") from None
    if not isinstance(obj, dict):
        raise ProtocolError("frame is not a JSON object")
    return obj


def parse_client_frame(text: str | bytes) -> ResumeFrame:
    """Parse the client's resume frame, or raise ProtocolError."""
    obj = _decode(text)
    if obj.get("type") != "resume":
        raise ProtocolError("the first frame must be {'type': 'resume', ...}")
    epoch, after = obj.get("epoch"), obj.get("after", 0)
    if epoch is not None and not isinstance(epoch, str):
        raise ProtocolError("epoch must be a string or null")
    if not isinstance(after, int) or isinstance(after, bool) or after < 0:
        raise ProtocolError("after must be a non-negative integer")
    return ResumeFrame(epoch, after)


def parse_presence_frame(text: str | bytes) -> PresenceFrame:
    """Parse a client's frame after its resume (a presence frame), or raise ProtocolError."""
    obj = _decode(text)
    if obj.get("type") != "presence":
        raise ProtocolError("after resume, a client sends only presence frames")
    conversation, state = obj.get("conversation"), _PRESENCE.get(obj.get("state"))
    if not isinstance(conversation, str) or not 0 < len(conversation) <= 128 or state is None:
        raise ProtocolError("presence needs a conversation and a state (viewing, typing, idle)")
    return PresenceFrame(conversation, state)


def parse_server_frame(text: str | bytes) -> Frame:
    """Parse a frame sent by the relay, or raise ProtocolError."""
    obj = _decode(text)
    kind = obj.get("type")
    if kind == "events":
        raw = obj.get("events")
        if not isinstance(raw, list):
            raise ProtocolError("events frame without an events list")
        try:
            return EventsFrame(tuple(Event.from_json(item) for item in raw))
        except EventFormatError as exc:
            raise ProtocolError(str(exc)) from None
    if kind == "live":
        head = obj.get("head")
        if not isinstance(head, int) or isinstance(head, bool):
            raise ProtocolError("live frame without an integer head")
        return LiveFrame(head)
    if kind == "resync_required":
        epoch, reason = obj.get("epoch"), obj.get("reason")
        if not isinstance(epoch, str) or not isinstance(reason, str):
            raise ProtocolError("resync_required frame needs epoch and reason strings")
        return ResyncRequiredFrame(epoch, reason)
    if kind == "presence":
        agent, conversation = obj.get("agent"), obj.get("conversation")
        state, expires = _PRESENCE.get(obj.get("state")), obj.get("expires")
        if (
            not isinstance(agent, str)
            or not isinstance(conversation, str)
            or state is None
            or not isinstance(expires, int)
            or isinstance(expires, bool)
        ):
            raise ProtocolError("presence frame needs agent, conversation, state and expires")
        return PresenceNotice(agent, conversation, state, expires)
    raise ProtocolError(f"unknown frame type {kind!r}")
