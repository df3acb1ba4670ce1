"""Presence through the real relay: who views or types where, told to the others, never stored."""

from __future__ import annotations

import time

import pytest
from harness import Desk, RelayProcess

from wire.frames import PresenceNotice

CUSTOMER = "5215512345678"


@pytest.fixture
def desks(relay: RelayProcess) -> tuple[Desk, Desk]:
    """Ana's and Luis's desktops, live."""
    ana, luis = Desk(relay, relay.add_agent("Ana")), Desk(relay, relay.add_agent("Luis"))
    ana.until_live()
    luis.until_live()
    return ana, luis


def said(notices: list[PresenceNotice], agent: str, state: str) -> bool:
    return any(n.agent == agent and n.state == state for n in notices)


def test_typing_reaches_the_others_not_the_sender_and_a_closed_socket_goes_idle(
    relay: RelayProcess, desks: tuple[Desk, Desk]
) -> None:
    ana, luis = desks
    before = int(time.time())
    ana.say(CUSTOMER, "typing")
    notice = luis.until_presence(lambda seen: said(seen, "Ana", "typing"))[-1]
    assert (notice.conversation, notice.state) == (CUSTOMER, "typing")
    assert before + 29 <= notice.expires <= int(time.time()) + 31
    luis.say(CUSTOMER, "viewing")
    ana.until_presence(lambda seen: said(seen, "Luis", "viewing"))
    assert not said(ana.presence, "Ana", "typing")  # never back to the sender

    # A desktop connecting later learns who is doing what once it is live.
    marta = Desk(relay, relay.add_agent("Marta"))
    marta.until_live()
    marta.until_presence(lambda seen: said(seen, "Ana", "typing") and said(seen, "Luis", "viewing"))

    ana.close()
    for other in (luis, marta):
        gone = other.until_presence(lambda seen: said(seen, "Ana", "idle"))
        assert gone[-1].conversation == CUSTOMER
    assert relay.all_events(relay.add_agent("Beto")) == []  # nothing of it was stored


def test_malformed_and_too_fast_frames_are_dropped_without_closing(
    desks: tuple[Desk, Desk],
) -> None:
    ana, luis = desks
    ana.ws.send("not json")
    ana.ws.send('{"type": "presence", "conversation": "", "state": "typing"}')
    ana.ws.send('{"type": "presence", "conversation": "521", "state": "dancing"}')
    ana.say(CUSTOMER, "typing")
    ana.say(CUSTOMER, "typing")  # the same again within a second: dropped
    ana.say(CUSTOMER, "viewing")  # a change goes through
    luis.until_presence(lambda seen: said(seen, "Ana", "viewing"))
    assert [n.state for n in luis.presence if n.agent == "Ana"] == ["typing", "viewing"]
    ana.say(CUSTOMER, "idle")
    luis.until_presence(lambda seen: said(seen, "Ana", "idle"))
