"""The hub in process: one frame per batch for everyone, bounded queues, revocation first."""

from __future__ import annotations

import asyncio

from relay.hub import Batch, Hub, Stop
from relay.store import StoredEvent
from wire.frames import EventsFrame, parse_server_frame


def stored(seq: int, text: str = "Hola") -> StoredEvent:
    return StoredEvent(
        seq,
        f'{{"seq":{seq},"kind":"message","key":"msg:w{seq}","account":"a",'
        f'"conversation":"c","timestamp":1,"data":{{"text":"{text}"}}}}',
    )


def test_every_subscriber_gets_the_same_frame_built_once() -> None:
    hub = Hub()
    ana, luis = hub.subscribe("Ana"), hub.subscribe("Luis")
    hub.publish([stored(1), stored(2)])

    async def take() -> tuple[Batch | Stop, Batch | Stop]:
        return await ana.next(), await luis.next()

    first, second = asyncio.run(take())
    assert isinstance(first, Batch) and isinstance(second, Batch)
    assert first.frame is second.frame  # one string, shared
    frame = parse_server_frame(first.frame)
    assert isinstance(frame, EventsFrame)
    assert [e.seq for e in frame.events] == [1, 2]
    assert (first.first, first.last) == (1, 2)


def test_a_slow_subscriber_is_cut_off_without_holding_the_others_back() -> None:
    hub = Hub(limit=3)
    slow, quick = hub.subscribe("Ana"), hub.subscribe("Luis")

    async def run() -> tuple[list[int], Batch | Stop]:
        seen: list[int] = []
        for seq in range(1, 6):
            hub.publish([stored(seq)])
            batch = await quick.next()
            assert isinstance(batch, Batch)
            seen.append(batch.last)
        return seen, await slow.next()

    seen, verdict = asyncio.run(run())
    assert seen == [1, 2, 3, 4, 5]
    assert verdict is Stop.TOO_SLOW  # past 3 queued events: nothing kept, reread the log
    assert slow.overflowed
    slow.reset()
    hub.publish([stored(6)])

    async def after_reset() -> Batch | Stop:
        return await slow.next()

    batch = asyncio.run(after_reset())
    assert isinstance(batch, Batch) and batch.last == 6


def test_a_revoked_agent_stops_before_anything_still_queued() -> None:
    hub = Hub()
    ana, luis = hub.subscribe("Ana"), hub.subscribe("Luis")
    hub.publish([stored(1)])
    hub.revoke({"Ana"})

    async def take() -> tuple[Batch | Stop, Batch | Stop]:
        return await ana.next(), await luis.next()

    for_ana, for_luis = asyncio.run(take())
    assert for_ana is Stop.REVOKED
    assert isinstance(for_luis, Batch)
    assert hub.agents() == {"Ana", "Luis"}
    hub.unsubscribe(ana)
    assert hub.agents() == {"Luis"} and len(hub) == 1


def test_a_waiting_subscriber_wakes_for_the_next_batch() -> None:
    hub = Hub()
    ana = hub.subscribe("Ana")

    async def run() -> Batch | Stop:
        waiting = asyncio.ensure_future(ana.next())
        await asyncio.sleep(0)
        assert not waiting.done()
        hub.publish([stored(7, "¿Siguen abiertos?")])
        return await asyncio.wait_for(waiting, 5)

    batch = asyncio.run(run())
    assert isinstance(batch, Batch)
    assert "¿Siguen abiertos?" in batch.frame


def test_publishing_to_nobody_or_nothing_costs_nothing() -> None:
    hub = Hub()
    hub.publish([stored(1)])  # nobody subscribed: no batch is built or kept
    ana = hub.subscribe("Ana")
    hub.publish([])

    async def nothing_yet() -> bool:
        waiting = asyncio.ensure_future(ana.next())
        await asyncio.sleep(0.05)
        done = waiting.done()
        waiting.cancel()
        return done

    assert asyncio.run(nothing_yet()) is False
