"""The wire's answers, in process: what the relay encodes the desktop reads back."""

from __future__ import annotations

import json

import pytest

from wire.answers import RelayStatus
from wire.frames import ProtocolError


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
