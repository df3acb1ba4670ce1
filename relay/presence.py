"""Who is looking at or typing in which conversation: ephemeral, never stored, told to the others.

Each desktop's socket says what its agent is doing in a conversation
(`PresenceFrame`), again every 10 seconds or so while it lasts. The relay
tells every other socket (`PresenceNotice`, with when it expires); a socket
that connects gets the others' current presence once it is live. A state not
refreshed for `TTL` seconds, and every state of a socket that closes, ends
with an `idle` notice. Frames faster than one a second per socket are
dropped, unless they change what the socket says. With several relay
instances on one PostgreSQL database, each tells the others what its own
sockets said (`broadcast`, heard back through `heard`), and keeps what it
heard until it expires, for the snapshots of its sockets.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass

from relay.hub import Hub, Subscriber
from wire.frames import (
    PresenceFrame,
    PresenceNotice,
    PresenceState,
    ProtocolError,
    parse_server_frame,
)

TTL = 30.0
MIN_INTERVAL = 1.0
SWEEP_SECONDS = 2.0


@dataclass(slots=True)
class _Socket:
    """What one socket said, by conversation: (state, expires)."""

    agent: str
    said: dict[str, tuple[PresenceState, float]]
    last: float = -MIN_INTERVAL


class Presence:
    """The presence of the agents connected to this instance."""

    def __init__(
        self,
        hub: Hub,
        *,
        instance: int = 0,
        broadcast: Callable[[str], None] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        """`broadcast` sends a notice to the other instances, tagged with `instance`."""
        self._hub = hub
        self._instance = instance
        self._broadcast = broadcast
        self._clock = clock
        self._sockets: dict[Subscriber, _Socket] = {}
        # What the other instances' sockets said: (instance, agent, conversation) -> notice.
        self._heard: dict[tuple[int, str, str], PresenceNotice] = {}
        self._sweeper: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._sweeper = asyncio.get_running_loop().create_task(self._sweep(), name="presence")

    async def stop(self) -> None:
        if self._sweeper is not None:
            self._sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._sweeper

    def join(self, subscriber: Subscriber) -> list[str]:
        """A socket is live: what the others are doing now, as notices to send it."""
        self._sockets.setdefault(subscriber, _Socket(subscriber.agent, {}))
        subscriber.forget_notices()  # the snapshot says all of it
        here = [
            PresenceNotice(socket.agent, conversation, state, int(expires)).to_text()
            for other, socket in self._sockets.items()
            if other is not subscriber
            for conversation, (state, expires) in socket.said.items()
        ]
        return here + [notice.to_text() for notice in self._heard.values()]

    def heard(self, payload: str) -> None:
        """A presence notice from the broadcast: another instance's is told to every socket
        here; this instance's own comes back and is ignored."""
        try:
            obj = json.loads(payload)
            instance = obj.pop("instance")
            notice = parse_server_frame(json.dumps({"type": "presence", **obj}))
        except (ValueError, KeyError, TypeError, AttributeError, ProtocolError):
            return
        if instance == self._instance or not isinstance(notice, PresenceNotice):
            return
        key = (instance, notice.agent, notice.conversation)
        if notice.state == "idle":
            self._heard.pop(key, None)
        else:
            self._heard[key] = notice
        self._hub.announce(notice.to_text())

    def said(self, subscriber: Subscriber, frame: PresenceFrame) -> bool:
        """A socket's presence frame; False when it was dropped (too fast, or not live)."""
        socket = self._sockets.get(subscriber)
        if socket is None:
            return False
        now = self._clock()
        before = socket.said.get(frame.conversation)
        same = (before[0] if before else "idle") == frame.state
        if same and now - socket.last < MIN_INTERVAL:
            return False
        socket.last = now
        if frame.state == "idle":
            if before is None:
                return True  # nothing to take back
            del socket.said[frame.conversation]
        else:
            socket.said[frame.conversation] = (frame.state, now + TTL)
        self._tell(subscriber, socket.agent, frame.conversation, frame.state, now + TTL)
        return True

    def leave(self, subscriber: Subscriber) -> None:
        """A socket closed: whatever it said ends now."""
        socket = self._sockets.pop(subscriber, None)
        if socket is None:
            return
        now = self._clock()
        for conversation in socket.said:
            self._tell(subscriber, socket.agent, conversation, "idle", now)

    def expire(self) -> None:
        """End the states not refreshed in time (another instance's too, should it have
        died without saying so)."""
        now = self._clock()
        for subscriber, socket in list(self._sockets.items()):
            for conversation, (_state, expires) in list(socket.said.items()):
                if expires <= now:
                    del socket.said[conversation]
                    self._tell(subscriber, socket.agent, conversation, "idle", now)
        for key, notice in list(self._heard.items()):
            if notice.expires <= now:
                del self._heard[key]
                idle = PresenceNotice(notice.agent, notice.conversation, "idle", int(now))
                self._hub.announce(idle.to_text())

    def _tell(
        self,
        subscriber: Subscriber,
        agent: str,
        conversation: str,
        state: PresenceState,
        expires: float,
    ) -> None:
        notice = PresenceNotice(agent, conversation, state, int(expires))
        self._hub.announce(notice.to_text(), but=subscriber)
        if self._broadcast is not None:
            fields = {
                "instance": self._instance,
                "agent": agent,
                "conversation": conversation,
                "state": state,
                "expires": int(expires),
            }
            self._broadcast(json.dumps(fields, ensure_ascii=False))

    async def _sweep(self) -> None:
        while True:
            await asyncio.sleep(SWEEP_SECONDS)
            self.expire()
