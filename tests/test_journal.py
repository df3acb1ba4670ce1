"""The journal and the tail in process, on both databases: what goes in comes out once, in order."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence

from metasim import payloads
from relay.journal import MIN_ROOM, Journal
from relay.store import Delivery, Page, Store, StoredEvent
from relay.tail import Tail
from relay.webhook import parse_delivery

CUSTOMER = "5215512345678"


def text(body: str, wamid: str) -> bytes:
    return payloads.encode(payloads.text_message(CUSTOMER, body, wamid=wamid))


def seqs(batches: Sequence[Sequence[StoredEvent]]) -> list[int]:
    return [event.seq for batch in batches for event in batch]


def keys(batches: Sequence[Sequence[StoredEvent]]) -> list[str]:
    return [str(json.loads(event.json)["key"]) for batch in batches for event in batch]


class Published:
    """What a journal or a tail published, batch by batch, and a way to wait for it."""

    def __init__(self) -> None:
        self.batches: list[Sequence[StoredEvent]] = []
        self._grew = asyncio.Event()

    def __call__(self, events: Sequence[StoredEvent]) -> None:
        self.batches.append(events)
        self._grew.set()

    async def until(self, count: int) -> None:
        """Until `count` events were published (ten seconds at most)."""
        async with asyncio.timeout(10):
            while len(seqs(self.batches)) < count:
                self._grew.clear()
                await self._grew.wait()


def test_deliveries_accepted_together_come_out_once_each_in_seq_order(log: Store) -> None:
    published = Published()

    async def run() -> None:
        journal = Journal(log, published)
        journal.start()
        try:
            bodies = [text(f"mensaje {i}", f"wamid.J{i}") for i in range(40)]
            bodies.append(bodies[7])  # Meta retries a delivery: the same bytes again
            await asyncio.gather(*(journal.append(b, 1_700_000_000) for b in bodies))
            await published.until(40)
        finally:
            await journal.stop()

    asyncio.run(run())
    assert seqs(published.batches) == list(range(1, 41))  # gap-free, in order, once each
    assert sorted(keys(published.batches)) == sorted(f"msg:wamid.J{i}" for i in range(40))
    assert log.page(0, 100).events == [e for batch in published.batches for e in batch]


def test_accepted_deliveries_carry_their_own_inbox_ids(log: Store) -> None:
    """The ids `accept_all` gives are the rows' own, batch after batch, also once the
    processed rows before them were trimmed (SQLite numbers them without asking)."""
    for batch in range(3):
        bodies = [text(f"lote {batch} {i}", f"wamid.I{batch}.{i}") for i in range(300)]
        log.begin()
        accepted = log.accept_all([(body, 1_700_000_000 + i) for i, body in enumerate(bodies)])
        log.commit()
        received = accepted()
        assert [r.body for r in received] == bodies
        stored = {r.inbox_id: r.body for r in log.inbox(0, 10_000)}
        assert all(stored[r.inbox_id] == r.body for r in received)
        log.begin()  # processed, so that the next batch comes after a trim of the inbox
        log.process_all(
            [
                Delivery(r.inbox_id, r.body, r.received_at, parse_delivery(r.body, 0))
                for r in received
            ]
        )
        log.commit()
    assert len(log.page(0, 10_000).events) == 900


def test_an_acknowledgement_waits_for_room_while_the_backlog_is_long(log: Store) -> None:
    """Backpressure: events must follow a 200 within a second, so while the backlog is
    longer than that allows, a new delivery is acknowledged only once processing has
    brought the backlog back under its limit."""
    bodies = [text(f"antes {i}", f"wamid.B{i}") for i in range(3 * MIN_ROOM // 600)]
    waiting = len(bodies)  # accepted before the journal starts, not processed yet
    assert sum(map(len, bodies)) > 2 * MIN_ROOM
    log.begin()
    log.accept_all([(body, 1_700_000_000) for body in bodies])
    log.commit()
    published = Published()

    async def run() -> int:
        # No time at all for a backlog: its limit is the least there is, MIN_ROOM bytes.
        journal = Journal(log, published, backlog_seconds=0.0, hold_seconds=60.0)
        journal.start()
        try:
            await journal.append(text("nuevo", "wamid.new"), 1_700_000_000)
            processed_by_then = len(seqs(published.batches))
            await published.until(waiting + 1)
            return processed_by_then
        finally:
            await journal.stop()

    processed_by_then = asyncio.run(run())
    # Room was made before the 200: what was left of the backlog fitted its limit.
    assert sum(map(len, bodies[processed_by_then:])) < MIN_ROOM
    assert keys(published.batches)[-1] == "msg:wamid.new"


def test_a_write_runs_in_its_own_transaction_and_answers_once_committed(log: Store) -> None:
    published = Published()

    async def run() -> tuple[int, int]:
        journal = Journal(log, published)
        journal.start()
        try:
            await journal.append(text("primero", "wamid.W1"), 1_700_000_000)
            await published.until(1)

            def op(store: Store) -> tuple[int, Sequence[StoredEvent]]:
                return store.head(), []

            head_inside = await journal.write(op)
            return head_inside, log.head()
        finally:
            await journal.stop()

    assert asyncio.run(run()) == (1, 1)


def test_the_tail_publishes_its_own_commits_straight_and_reads_the_rest_from_the_log(
    log: Store,
) -> None:
    """Another instance's commits come as a head only; the tail reads them from the log,
    and an own batch that would jump ahead of them waits its turn."""
    published = Published()
    reads: list[int] = []

    async def read_page(after: int, limit: int) -> Page:
        reads.append(after)
        return log.page(after, limit)

    async def run() -> None:
        other = Published()
        elsewhere = Journal(log, other)  # "the other instance", on the same log
        elsewhere.start()
        tail = Tail(published, read_page, log.head())
        try:
            await elsewhere.append(text("uno", "wamid.T1"), 1_700_000_000)
            await other.until(1)
            tail.committed(other.batches[0])  # as if committed here: in order, straight out
            assert reads == []
            await elsewhere.append(text("dos", "wamid.T2"), 1_700_000_000)
            await elsewhere.append(text("tres", "wamid.T3"), 1_700_000_001)
            await other.until(3)
            tail.committed(other.batches[-1])  # seq 3 while 2 is unpublished: read the log
            await published.until(3)
            tail.advance(3)  # a head already published changes nothing
            tail.committed(other.batches[-1])
            await tail.stop()
        finally:
            await elsewhere.stop()

    asyncio.run(run())
    assert seqs(published.batches) == [1, 2, 3]
    assert reads == [1]
