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
CLOSE_OUTDATED = 4003
"""The client speaks a protocol older than the relay still serves; it must be updated."""
# The protocol's version (docs/protocol.md, "Versions"). Adding an event kind, a frame
# type, or an optional field does not change it (clients ignore what they do not know);
# removing or changing the meaning of anything does. The relay serves clients from
# OLDEST_PROTOCOL on.
PROTOCOL = 1
OLDEST_PROTOCOL = 1
OLDEST_DESKTOP = "0.1.0"  # the first desktop release speaking OLDEST_PROTOCOL
# Seqs are SQL BIGINTs: no cursor can be above this (one that is gets `resync_required`).
MAX_SEQ = 2**63 - 1


class ProtocolError(ValueError):
    """A frame that does not follow docs/protocol.md."""


@dataclass(frozen=True, slots=True)
class ResumeFrame:
    """Client to relay, first frame: resume after `after` in database `epoch`; a desktop
    says its `version` and the `protocol` it speaks (older desktops said neither)."""

    epoch: str | None
    after: int
    version: str | None = None
    protocol: int | None = None

    def to_json(self) -> dict[str, object]:
        frame: dict[str, object] = {"type": "resume", "epoch": self.epoch, "after": self.after}
        if self.version is not None:
            frame["version"] = self.version
        if self.protocol is not None:
            frame["protocol"] = self.protocol
        return frame

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
class HelloFrame:
    """Relay to client, first, to a client that said its protocol: the relay's protocol,
    the oldest it serves (and the oldest desktop release speaking it), and the desktop
    release to offer. `update_required`: the client is older than that; the relay
    closes with CLOSE_OUTDATED after this frame and the client applies nothing."""

    protocol: int
    oldest_protocol: int
    oldest_desktop: str
    latest_desktop: str | None = None
    download_url: str | None = None
    update_required: bool = False

    def to_text(self) -> str:
        return json.dumps(
            {
                "type": "hello",
                "protocol": self.protocol,
                "oldest_protocol": self.oldest_protocol,
                "oldest_desktop": self.oldest_desktop,
                "latest_desktop": self.latest_desktop,
                "download_url": self.download_url,
                "update_required": self.update_required,
            }
        )


@dataclass(frozen=True, slots=True)
class UnknownFrame:
    """Relay to client: a frame type this client does not know (a newer relay's); the
    client ignores it, as docs/protocol.md's versioning rule says."""

    kind: str


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


Frame = EventsFrame | LiveFrame | ResyncRequiredFrame | PresenceNotice | HelloFrame | UnknownFrame


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
    # Read leniently: what a desktop says of itself only decides what the relay tells it.
    version, protocol = obj.get("version"), obj.get("protocol")
    return ResumeFrame(
        epoch,
        after,
        version if isinstance(version, str) and len(version) <= 64 else None,
        protocol if isinstance(protocol, int) and not isinstance(protocol, bool) else None,
    )


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
    if kind == "hello":
        return _hello(obj)
    if isinstance(kind, str) and kind:
        return UnknownFrame(kind)
    raise ProtocolError("frame without a type")


def _hello(obj: dict[str, object]) -> HelloFrame:
    protocol, oldest = obj.get("protocol"), obj.get("oldest_protocol")
    oldest_desktop = obj.get("oldest_desktop")
    if not isinstance(protocol, int) or not isinstance(oldest, int):
        raise ProtocolError("hello frame needs integer protocol and oldest_protocol")
    latest, url = obj.get("latest_desktop"), obj.get("download_url")
    return HelloFrame(
        protocol,
        oldest,
        oldest_desktop if isinstance(oldest_desktop, str) else "",
        latest if isinstance(latest, str) else None,
        url if isinstance(url, str) else None,
        obj.get("update_required") is True,
    )
