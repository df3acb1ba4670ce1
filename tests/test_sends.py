"""Agents' sends in the log, in process on both databases: every way a send can end, once."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from relay.drafts import Party, StatusDraft
from relay.outbound import Outbound, parse_outbound
from relay.sends import CALLBACK_PREFIX
from relay.store import Delivery, Store, StoredEvent, open_store
from wire.data import MessageData, StatusData

T = TypeVar("T")
ACCOUNT = "106540352242922"
CUSTOMER = "5215512345678"


def write(store: Store, op: Callable[[], T]) -> T:
    """`op` in one committed transaction, as the journal runs writes."""
    store.begin()
    result = op()
    store.commit()
    return result


def reply(client_id: str, text: str = "¡Hola! Sí, en talla M.") -> Outbound:
    out = parse_outbound({"client_id": client_id, "to": CUSTOMER, "text": text})
    assert isinstance(out, Outbound), out
    return out


def data_of(out: Outbound) -> MessageData:
    return MessageData(
        direction="out",
        origin="agent",
        type="text",
        text=out.text,
        content=dict(out.content),
        agent="Ana",
        client_id=out.client_id,
    )


def event(stored: StoredEvent) -> dict[str, object]:
    parsed = json.loads(stored.json)
    assert isinstance(parsed, dict)
    return parsed


def status(store: Store, wamid: str, client_id: str, name: str = "delivered") -> None:
    """Meta's status for a message we sent, naming the send in its callback data."""
    draft = StatusDraft(
        ACCOUNT,
        Party(phone=CUSTOMER),
        1_700_000_000,
        StatusData(wamid, name, callback_data=CALLBACK_PREFIX + client_id),
    )

    def work() -> list[StoredEvent]:
        received = store.accept(b"{}", 1_700_000_000)
        return store.process(Delivery(received.inbox_id, b"{}", 1_700_000_000, [draft]))

    write(store, work)


def claim(store: Store, out: Outbound) -> str:
    found = write(store, lambda: store.sends.claim(out, "Ana", ACCOUNT, data_of(out)))
    return found.state


def test_a_claimed_send_answers_every_retry_from_the_record(log: Store) -> None:
    out = reply("c-1")
    assert claim(log, out) == "new"
    assert claim(log, out) == "in_progress"  # the first request is calling Meta
    (sent,) = write(log, lambda: log.sends.settle_sent("c-1", "wamid.A"))
    assert (event(sent)["key"], event(sent)["data"]) == (
        "msg:wamid.A",
        {**data_of(out).to_json(), "wamid": "wamid.A"},
    )
    again = write(log, lambda: log.sends.claim(out, "Ana", ACCOUNT, data_of(out)))
    assert (again.state, again.event) == ("sent", sent)  # the original event, nothing new
    assert claim(log, reply("c-1", "otro texto")) == "conflict"


def test_a_refused_send_may_go_again_under_the_same_id(log: Store) -> None:
    out = reply("c-2")
    assert claim(log, out) == "new"
    write(log, lambda: log.sends.settle_failed("c-2", {"code": "meta_refused"}))
    assert claim(log, out) == "new"


def test_an_unknown_send_is_settled_by_its_status_once(log: Store) -> None:
    out = reply("c-3")
    claim(log, out)
    (unknown,) = write(log, lambda: log.sends.settle_unknown("c-3"))
    assert event(unknown)["key"] == "send:c-3"
    assert event(unknown)["data"] == {**data_of(out).to_json(), "send_state": "unknown"}
    status(log, "wamid.C", "c-3")
    settled = write(log, lambda: log.sends.claim(out, "Ana", ACCOUNT, data_of(out)))
    assert settled.state == "sent" and settled.event is not None
    assert event(settled.event)["key"] == "msg:wamid.C"
    status(log, "wamid.C", "c-3", "read")  # later statuses settle nothing again
    keys = [event(e)["key"] for e in log.page(0, 100).events]
    assert keys.count("msg:wamid.C") == 1


def test_a_status_faster_than_meta_s_answer_is_remembered(log: Store) -> None:
    out = reply("c-4")
    claim(log, out)
    status(log, "wamid.D", "c-4")  # Meta reported before its answer reached us
    (settled,) = write(log, lambda: log.sends.settle_unknown("c-4"))
    assert event(settled)["key"] == "msg:wamid.D"  # the answer was lost: still sent
    data = event(settled)["data"]
    assert isinstance(data, dict) and "send_state" not in data


def test_a_send_whose_process_died_is_unknown_at_the_next_start(
    log: Store, tmp_path: Path, store_kind: str
) -> None:
    if store_kind == "postgresql":
        pytest.skip("an instance's death is its lock's release: tests/test_instances.py")
    claim(log, reply("c-5"))
    log.close()
    again = open_store(f"sqlite:///{tmp_path}/log.db")
    try:
        (orphan,) = write(again, again.sends.orphaned)
        assert event(orphan)["key"] == "send:c-5"
        assert write(again, again.sends.orphaned) == []
    finally:
        again.close()
