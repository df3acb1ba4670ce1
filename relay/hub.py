"""Fan-out of committed events to every connected desktop, with bounded memory."""

from __future__ import annotations

import asyncio
import enum
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

from relay.store import StoredEvent
from wire.frames import EventsFrame

# A desktop this far behind live traffic is cut off and catches up from the log.
# Batches are shared by all subscribers, so this bounds what one slow desktop pins.
MAX_QUEUED_EVENTS = 20_000
MAX_QUEUED_BYTES = 8 * 1024 * 1024
# Presence notices waiting for a desktop; they are ephemeral, so the oldest go first.
MAX_QUEUED_NOTICES = 256


@dataclass(frozen=True, slots=True)
class Batch:
    """Events committed together, with their `events` frame built once for everyone."""

    events: tuple[StoredEvent, ...]
    frame: str

    @property
    def size(self) -> int:
        return len(self.frame)

    @property
    def first(self) -> int:
        return self.events[0].seq

    @property
    def last(self) -> int:
        return self.events[-1].seq


def events_frame(events: Sequence[StoredEvent]) -> str:
    return EventsFrame.text_of(e.json for e in events)


class Stop(enum.Enum):
    """Why a subscriber gets no more batches."""

    REVOKED = "revoked"
    TOO_SLOW = "too_slow"


class Subscriber:
    """One desktop's queue of batches not yet sent."""

    def __init__(self, agent: str, limit: int) -> None:
        self.agent = agent
        self._limit = limit
        self._queue: deque[Batch] = deque()
        self._queued = 0
        self._bytes = 0
        self._ready = asyncio.Event()
        self.overflowed = False
        self._revoked = False
        self._notices: deque[str] = deque(maxlen=MAX_QUEUED_NOTICES)

    @property
    def revoked(self) -> bool:
        """The agent's token was revoked; the session must close."""
        return self._revoked

    def push(self, batch: Batch) -> None:
        if self.overflowed:
            return
        if (
            self._queued + len(batch.events) > self._limit
            or self._bytes + batch.size > MAX_QUEUED_BYTES
        ):
            self.overflowed = True
            self._forget()
        else:
            self._queue.append(batch)
            self._queued += len(batch.events)
            self._bytes += batch.size
        self._ready.set()

    def tell(self, notice: str) -> None:
        """Queue a frame that is not an event (presence), sent before the next batch."""
        self._notices.append(notice)
        self._ready.set()

    def forget_notices(self) -> None:
        """Drop the notices queued so far (a fresh snapshot replaces them)."""
        self._notices.clear()

    def _forget(self) -> None:
        self._queue.clear()
        self._queued = self._bytes = 0

    def revoke(self) -> None:
        self._revoked = True
        self._ready.set()

    def reset(self) -> None:
        """Forget what was queued (the caller rereads it from the log)."""
        self._forget()
        self.overflowed = False

    async def next(self) -> Batch | Stop | str:
        """The next notice or batch, or why the session must stop."""
        while not self._queue and not self._notices:
            if self._revoked:
                return Stop.REVOKED
            if self.overflowed:
                return Stop.TOO_SLOW
            self._ready.clear()
            await self._ready.wait()
        if self._revoked:
            return Stop.REVOKED
        if self._notices:
            return self._notices.popleft()
        batch = self._queue.popleft()
        self._queued -= len(batch.events)
        self._bytes -= batch.size
        return batch


class Hub:
    """Hands each committed batch to every subscriber without waiting for any of them."""

    def __init__(self, limit: int = MAX_QUEUED_EVENTS) -> None:
        self._limit = limit
        self._subscribers: set[Subscriber] = set()

    def __len__(self) -> int:
        return len(self._subscribers)

    def subscribe(self, agent: str) -> Subscriber:
        subscriber = Subscriber(agent, self._limit)
        self._subscribers.add(subscriber)
        return subscriber

    def unsubscribe(self, subscriber: Subscriber) -> None:
        self._subscribers.discard(subscriber)

    def agents(self) -> set[str]:
        """The agents with a stream open on this instance."""
        return {subscriber.agent for subscriber in self._subscribers}

    def publish(self, events: Sequence[StoredEvent]) -> None:
        if not events or not self._subscribers:
            return
        batch = Batch(tuple(events), events_frame(events))
        for subscriber in self._subscribers:
            subscriber.push(batch)

    def announce(self, notice: str, *, but: Subscriber | None = None) -> None:
        """Tell every subscriber but `but` a frame that is not an event (presence)."""
        for subscriber in self._subscribers:
            if subscriber is not but:
                subscriber.tell(notice)

    def subscribers(self) -> set[Subscriber]:
        return set(self._subscribers)

    def revoke(self, agents: set[str]) -> None:
        for subscriber in self._subscribers:
            if subscriber.agent in agents:
                subscriber.revoke()
