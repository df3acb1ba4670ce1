"""The relay's wire protocol, shared by the relay and the desktop (standard library only).

See docs/protocol.md for the contract this package encodes.
"""

from wire.events import KINDS, Event, EventKind
from wire.frames import (
    CLOSE_REVOKED,
    CLOSE_TOO_SLOW,
    EventsFrame,
    Frame,
    LiveFrame,
    ProtocolError,
    ResumeFrame,
    ResyncRequiredFrame,
    parse_client_frame,
    parse_server_frame,
)

__all__ = [
    "CLOSE_REVOKED",
    "CLOSE_TOO_SLOW",
    "KINDS",
    "Event",
    "EventKind",
    "EventsFrame",
    "Frame",
    "LiveFrame",
    "ProtocolError",
    "ResumeFrame",
    "ResyncRequiredFrame",
    "parse_client_frame",
    "parse_server_frame",
]
