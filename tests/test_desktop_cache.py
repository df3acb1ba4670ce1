"""The desktop's cache on its own: batches apply exactly once, in order, with the right counts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.cache import Cache
from desktop.records import MessageRecord, StatusRecord


def message(seq: int, conversation: str = "521", **fields: object) -> MessageRecord:
    base: dict[str, object] = {
        "seq": seq, "key": f"msg:w{seq}", "conversation": conversation, "account": "106",
        "timestamp": 1_790_000_000 + seq, "wamid": f"w{seq}", "direction": "in",
        "origin": "customer", "type": "text", "text": f"m{seq}", "contact_name": "Lucía",
    }  # fmt: skip
    base.update(fields)
    return MessageRecord(**base)  # type: ignore[arg-type]


def test_a_batch_counts_unread_once_and_keeps_order_with_statuses(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c.db")
    echo = message(3, direction="out", origin="phone_app", contact_name=None)
    batch = [
        message(1),
        message(1),  # Meta delivered it twice in one batch
        message(2, conversation="522", contact_name="Jorge"),
        echo,
        StatusRecord(4, "w3", "521", "read"),  # after its message, in the same batch
        message(5, origin="history", direction="out", history_status="delivered"),
    ]
    changes = cache.apply("e", 5, batch, rows_of=True)
    assert {r.key for r in changes.messages} == {"msg:w1", "msg:w2", "msg:w3", "msg:w5"}
    rows = {r.key: r for r in cache.page("521", None, 10)}
    assert rows["msg:w3"].status == "read"
    assert rows["msg:w5"].status == "delivered"
    conversations = {c.id: c for c in cache.conversations()}
    assert (conversations["521"].unread, conversations["521"].title) == (1, "Lucía")
    assert (conversations["522"].unread, conversations["522"].title) == (1, "Jorge")
    # The same batch again (a resume that overlaps) changes nothing.
    again = cache.apply("e", 5, batch, rows_of=True)
    assert again.messages == ()
    assert {c.id: c.unread for c in cache.conversations()} == {"521": 1, "522": 1}
    assert cache.message_count() == 4
    assert cache.cursor() == ("e", 5)


def test_only_the_open_conversations_rows_are_read_back(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c.db")
    changes = cache.apply("e", 2, [message(1), message(2, conversation="522")], rows_of="522")
    assert [r.conversation for r in changes.messages] == ["522"]
    assert changes.conversations == frozenset({"521", "522"})
    none = cache.apply("e", 3, [message(3)], rows_of=None)
    assert none.messages == () and none.conversations == frozenset({"521"})


def test_each_conversation_knows_its_business_number(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    cache = Cache(path)
    cache.apply(
        "e",
        3,
        [
            message(1, business_phone="15550001111"),
            message(2, conversation="522", account="207", business_phone="15550002222"),
            # An agent's reply carries no display number: what was learnt stays.
            message(3, direction="out", origin="agent", business_phone=None),
        ],
    )
    cache.close()
    reopened = {c.id: (c.account, c.business_phone) for c in Cache(path).conversations()}
    assert reopened == {"521": ("106", "15550001111"), "522": ("207", "15550002222")}


def test_a_cache_from_another_version_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    Cache(path).apply("e", 1, [message(1)])
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version=1")
    cache = Cache(path)  # a copy of the relay: rebuilt, then filled from seq 0 again
    assert cache.cursor() == (None, 0)
    assert cache.message_count() == 0
