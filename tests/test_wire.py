"""The wire's answers and rules, in process: what the relay encodes the desktop reads back."""

from __future__ import annotations

import json

import pytest

from desktop.releases import newer
from wire import (
    Event,
    EventsFrame,
    LiveFrame,
    ProtocolError,
    ResumeFrame,
    ResyncRequiredFrame,
    parse_client_frame,
    parse_server_frame,
)
from wire.answers import ConversationInfo, RelayStatus
from wire.frames import PROTOCOL, HelloFrame, UnknownFrame
from wire.window import WINDOW_SECONDS, opens_window


def test_the_status_answer_reads_back_as_encoded() -> None:
    status = RelayStatus("9f3c2a1b0e7d4c55", 1042, 3, 2, "Ana", "admin")
    assert RelayStatus.parse(json.dumps(status.to_json())) == status
    assert RelayStatus.parse(json.dumps(status.to_json()).encode()) == status


def test_an_older_relays_status_without_who_reads_as_an_agent() -> None:
    status = RelayStatus.parse(b'{"epoch": "e1", "head": 7, "inbox": 0, "desktops": 1}')
    assert (status.head, status.agent, status.role) == (7, "", "agent")


def test_an_unknown_role_is_never_taken_for_admin() -> None:
    body = {"epoch": "e1", "head": 0, "agent": "Ana", "role": "root"}
    assert RelayStatus.parse(json.dumps(body)).role == "agent"


@pytest.mark.parametrize(
    "body",
    [
        b"<html>Bad gateway</html>",
        b"\xff\xfe",
        b"[1, 2]",
        b'{"head": 1}',
        b'{"epoch": 5, "head": 1}',
        b'{"epoch": "e1"}',
        b'{"epoch": "e1", "head": "12"}',
        b'{"epoch": "e1", "head": true}',
        b'{"epoch": "e1", "head": -1}',
        b'{"epoch": "e1", "head": 1, "inbox": 1.5}',
        b'{"epoch": "e1", "head": 1, "agent": ["Ana"]}',
        b"[" * 100_000,
    ],
    ids=[
        "html",
        "not utf-8",
        "a list",
        "no epoch",
        "epoch a number",
        "no head",
        "head a string",
        "head a boolean",
        "head negative",
        "inbox a float",
        "agent a list",
        "deep nesting",
    ],
)
def test_anything_else_is_a_protocol_error(body: bytes) -> None:
    with pytest.raises(ProtocolError):
        RelayStatus.parse(body)


def test_the_conversation_answer_carries_the_window_the_relay_computed() -> None:
    info = ConversationInfo("5215512345678", "106540352242922", 1_700_000_000)
    body = info.to_json(now=1_700_000_000 + 3600)
    assert body["window_closes_at"] == 1_700_000_000 + WINDOW_SECONDS
    assert body["window_open"] is True
    assert info.to_json(now=1_700_000_000 + WINDOW_SECONDS)["window_open"] is False
    again = ConversationInfo.parse(json.dumps(body))
    assert again == info
    assert again.window_closes_at == body["window_closes_at"]


def test_a_conversation_the_customer_never_wrote_in_has_no_window() -> None:
    info = ConversationInfo("5215512345678", "106540352242922", None)
    assert info.to_json(now=0)["window_closes_at"] is None
    assert info.to_json(now=0)["window_open"] is False


@pytest.mark.parametrize(
    "body",
    [
        b"{}",
        b'{"conversation": 5, "account": "a"}',
        b'{"conversation": "c", "account": "a", "last_customer_message": "1700000000"}',
        b'{"conversation": "c", "account": "a", "last_customer_message": false}',
        b"null",
    ],
)
def test_a_conversation_answer_of_another_shape_is_a_protocol_error(body: bytes) -> None:
    with pytest.raises(ProtocolError):
        ConversationInfo.parse(body)


@pytest.mark.parametrize(
    ("origin", "kind", "opens"),
    [
        ("customer", "text", True),
        ("customer", "image", True),
        ("customer", "system", False),  # a changed number is not the customer writing
        ("agent", "text", False),
        ("phone_app", "text", False),
        ("history", "text", False),  # the onboarding import: the customer wrote long ago
    ],
)
def test_only_the_customer_writing_opens_the_window(origin: str, kind: str, opens: bool) -> None:
    assert opens_window(origin, kind) is opens


def test_every_frame_the_relay_encodes_parses_back() -> None:
    event = Event(41, "message", "msg:wamid.1", "106540352242922", "5215512345678", 1, {})
    text = EventsFrame.text_of([json.dumps(event.to_json())])
    assert parse_server_frame(text) == EventsFrame((event,))
    assert parse_server_frame(EventsFrame.text_of([])) == EventsFrame(())
    assert parse_server_frame(LiveFrame(1042).to_text()) == LiveFrame(1042)
    resync = ResyncRequiredFrame("9f3c2a1b0e7d4c55", "epoch_changed")
    assert parse_server_frame(resync.to_text()) == resync
    for resume in (ResumeFrame(None, 0), ResumeFrame("9f3c2a1b0e7d4c55", 41)):
        assert parse_client_frame(resume.to_text()) == resume


def test_a_resume_says_the_desktops_version_and_an_older_ones_did_not() -> None:
    new = ResumeFrame("e1", 7, "1.2.0", PROTOCOL)
    assert parse_client_frame(new.to_text()) == new
    old = '{"type": "resume", "epoch": "e1", "after": 7}'
    assert parse_client_frame(old) == ResumeFrame("e1", 7)
    # What a desktop says of itself is read leniently: nonsense counts as unsaid.
    odd = '{"type": "resume", "epoch": null, "after": 0, "version": 3, "protocol": "2"}'
    assert parse_client_frame(odd) == ResumeFrame(None, 0)


def test_hello_parses_back_and_a_frame_type_from_a_newer_relay_is_ignored() -> None:
    hello = HelloFrame(2, 1, "0.1.0", "1.4.0", "https://puente.example/d", False)
    assert parse_server_frame(hello.to_text()) == hello
    assert parse_server_frame('{"type": "typing_storm", "x": 1}') == UnknownFrame("typing_storm")
    with pytest.raises(ProtocolError):
        parse_server_frame('{"events": []}')  # no type at all is still not the protocol


def test_a_release_is_newer_by_its_numbers() -> None:
    assert newer("1.10.0", "1.9.3") and newer("2", "1.99") and newer("1.4.1", "1.4")
    assert not newer("1.4", "1.4.0") and not newer("1.4.0", "1.10.0")
    assert not newer("nonsense", "0.1.0") and newer("0.1.0", "0+unknown")
