"""The desktop's cache on its own: batches apply exactly once, in order, with the right counts."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from desktop.activity import Activity
from desktop.cache import Cache, Quote, Reaction
from desktop.records import MessageRecord, StatusRecord, TeamRecord
from desktop.tail import Printer
from wire.content import Location
from wire.team import ConversationData


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


def test_reactions_edits_and_deletions_change_their_message_not_the_timeline(
    tmp_path: Path,
) -> None:
    cache = Cache(tmp_path / "c.db")
    cache.apply("e", 2, [message(1), message(2, direction="out", origin="agent", agent="Ana")])
    changes = cache.apply(
        "e",
        6,
        [
            message(3, type="reaction", target="w2", text="❤️"),  # the customer's
            message(4, type="edit", target="w1", text="m1, corregido"),
            message(
                5, type="reaction", target="w1", text="👍", direction="out", origin="phone_app"
            ),
            message(6, type="reaction", target="w2", text="😂"),  # replaces the customer's ❤️
        ],
        rows_of=True,
    )
    assert {row.key for row in changes.messages} == {"msg:w1", "msg:w2"}
    rows = {row.key: row for row in cache.page("521", None, 10)}
    assert set(rows) == {"msg:w1", "msg:w2"}  # none of them became a message of its own
    assert (rows["msg:w1"].text, rows["msg:w1"].previous, rows["msg:w1"].edited) == (
        "m1, corregido", "m1", True,
    )  # fmt: skip
    assert rows["msg:w1"].reactions == (Reaction("👍", "out", "phone_app"),)
    assert rows["msg:w2"].reactions == (Reaction("😂", "in", None),)
    # The same edit again (a resume that overlaps) keeps the text before it.
    cache.apply("e", 6, [message(4, type="edit", target="w1", text="m1, corregido")])
    assert cache.page("521", None, 10)[0].previous == "m1"
    # Taken back, and deleted: the text is not kept.
    cache.apply("e", 8, [message(7, type="reaction", target="w2", text=None),
                         message(8, type="revoke", target="w1", text=None)])  # fmt: skip
    rows = {row.key: row for row in cache.page("521", None, 10)}
    assert rows["msg:w2"].reactions == ()
    assert (rows["msg:w1"].deleted, rows["msg:w1"].text, rows["msg:w1"].previous) == (
        True, None, None,
    )  # fmt: skip
    assert not cache.search("corregido")


def test_an_edit_of_a_message_not_here_shows_as_itself(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c.db")
    cache.apply("e", 1, [message(1, type="edit", target="elsewhere", text="nuevo")])
    (row,) = cache.page("521", None, 10)
    assert (row.type, row.text) == ("edit", "nuevo")


def test_a_reply_carries_its_quote_and_contents_survive_the_cache(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    cache = Cache(path)
    place = Location(19.04, -98.2, "Oficina", "Av. Juárez 2915")
    cache.apply(
        "e",
        3,
        [
            message(1, type="location", text=None, content=place),
            message(
                2,
                direction="out",
                origin="agent",
                agent="Ana",
                text="Ahí vamos",
                reply_to="w1",
                client_id="c-2",
            ),
            message(3, reply_to="not-here"),
        ],
    )
    cache.close()
    rows = {row.key: row for row in Cache(path).page("521", None, 10)}
    assert rows["msg:w1"].content == place
    assert rows["msg:w2"].quote == Quote("in", "customer", "location", False, None, None)
    assert rows["msg:w3"].quote is None


def test_a_reaction_shows_at_once_and_goes_if_the_relay_refuses_it(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c.db")
    cache.apply("e", 1, [message(1)])
    body = {"client_id": "r1", "to": "521", "type": "reaction", "target": "w1", "emoji": "🙏"}
    changes = cache.enqueue("r1", "521", body, 1_790_000_100)
    assert [row.reactions for row in changes.messages] == [(Reaction("🙏", "out", None),)]
    assert cache.message_count() == 1  # no pending bubble for a reaction
    assert [item.client_id for item in cache.outbox()] == ["r1"]
    failed = cache.fail("r1", "invalid_request")
    assert [row.reactions for row in failed.messages] == [()]
    assert cache.outbox() == []


def team(seq: int, by: str | None, change: str, **state: object) -> TeamRecord:
    data = ConversationData.from_json({"by": by, "change": change, **state})
    return TeamRecord(seq, f"conversation:{seq}", "521", "106", 1_790_000_000 + seq, data)


def test_each_change_to_the_teams_work_is_one_line_saying_what_changed(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c.db")
    snooze_end = 1_790_000_007
    batch = [
        message(1),
        team(2, "Ana", "assignee", assignee="Luis"),
        team(3, "Luis", "assignee", assignee="Luis"),  # the same again: no line
        team(4, "Luis", "labels", assignee="Luis", labels=["VIP", "Mayoreo"]),
        team(5, "Ana", "labels", assignee="Luis", labels=["Mayoreo", "Envío"]),
        team(6, "Luis", "state", assignee="Luis", state="snoozed", snoozed_until=snooze_end),
        team(7, None, "reopened", assignee="Luis"),  # at the snooze's end
        team(8, "Ana", "state", state="resolved", assignee="Luis"),
        team(9, None, "reopened", assignee="Luis"),  # the customer wrote
        team(10, "Ana", "assignee", assignee="Ana"),
        team(11, "Ana", "assignee"),
    ]
    cache.apply("e", 11, batch)
    lines = [r for r in cache.page("521", None, 20) if r.origin == "activity"]
    assert [(r.seq, Activity.from_text(r.text)) for r in lines] == [
        (2, Activity("assigned", "Ana", "Luis")),
        (4, Activity("labels", "Luis", added=("VIP", "Mayoreo"))),
        (5, Activity("labels", "Ana", added=("Envío",), removed=("VIP",))),
        (6, Activity("snoozed", "Luis", until=snooze_end)),
        (7, Activity("snooze_ended")),
        (8, Activity("resolved", "Ana")),
        (9, Activity("customer_wrote")),
        (10, Activity("took", "Ana", "Ana")),
        (11, Activity("unassigned", "Ana")),
    ]
    # Each says itself the same in the window and in the terminal (`tail`).
    english = lambda _context, source: source  # noqa: E731 - the sources are English
    assert [Activity.from_text(r.text).words(english, str) for r in lines[:3]] == [
        "Ana assigned it to Luis", "Luis added VIP, Mayoreo",
        "Ana added Envío · Ana removed VIP",
    ]  # fmt: skip
    printer = Printer(threading.Event(), english, say=lambda _line: None)
    assert printer.line(lines[0], "Lucía") == "→ Lucía (team) Ana assigned it to Luis"
    # The lines speak to the team, not the customer: the customer still waits.
    row = cache.conversations()[0]
    assert row.last is not None and row.last.key == "msg:w1" and row.last_out is None
    # A resume that overlaps adds no line twice.
    cache.apply("e", 11, batch)
    assert len([r for r in cache.page("521", None, 20) if r.origin == "activity"]) == 9
    assert Activity.from_text('{"kind": "exploded"}') is None
    assert Activity.from_text("not json") is None
