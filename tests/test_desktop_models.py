"""The desktop's models on their own: windowing, precise signals, Qt's model tester."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from demo.showcase import png
from desktop import theme
from desktop.bubbles import DARK, LIGHT, PAD, QUOTE_BAR, BubbleDelegate, Colors, links
from desktop.cache import Changes, ConversationRow, MessageRow, Quote, Reaction
from desktop.conversations import STATE_FILTERS, ConversationFilter, ConversationListModel
from desktop.conversations import Role as ListRole
from desktop.media_shelf import THUMB, MediaShelf, Shelved
from desktop.phones import parse, shown
from desktop.search_results import snippet
from desktop.team_bar import SnoozeDialog, snooze_times
from desktop.timeline import PAGE, WINDOW, Presentation, Role, TimelineModel, placeholder
from desktop.timeline_view import TimelineView

BASE = 1_790_000_000


def message(i: int, conversation: str = "521", **overrides: object) -> MessageRow:
    fields: dict[str, object] = {
        "id": i, "conversation": conversation, "key": f"msg:w{i}", "seq": i, "wamid": f"w{i}",
        "client_id": None, "timestamp": BASE + i * 60, "direction": "in", "origin": "customer",
        "type": "text", "text": f"mensaje {i}", "reply_to": None, "agent": None, "status": None,
        "error": None, "unknown": False,
    }  # fmt: skip
    fields.update(overrides)
    return MessageRow(**fields)  # type: ignore[arg-type]


def test_the_timeline_slides_over_a_long_conversation_within_its_window(
    qtbot: QtBot, qtmodeltester: object
) -> None:
    model = TimelineModel()
    total = 8_000
    newest = [message(i) for i in range(total - PAGE, total)]
    model.show("521", newest)
    oldest = newest[0].order
    while not model.complete:  # scrolling up to the very first message
        start = max(0, (oldest[1]) - PAGE)
        model.prepend([message(i) for i in range(start, oldest[1])])
        assert model.rowCount() <= WINDOW
        oldest = model.oldest() or oldest
        if start == 0:
            model.prepend([])
    assert model.index(0).data(Role.Id) == 0
    assert not model.latest
    while not model.latest:  # and back down to the newest
        last = (model.newest() or (0, 0))[1]
        model.append([message(i) for i in range(last + 1, min(total, last + 1 + PAGE))])
        assert model.rowCount() <= WINDOW
    assert model.index(model.rowCount() - 1).data(Role.Id) == total - 1
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_a_new_message_is_one_insert_and_a_status_one_data_change(qtbot: QtBot) -> None:
    model = TimelineModel()
    model.show("521", [message(i) for i in range(3)])
    with qtbot.assertNotEmitted(model.modelReset):
        with qtbot.waitSignal(model.rowsInserted) as inserted:
            model.apply(Changes(frozenset({"521"}), (message(3),)))
        assert inserted.args[1:] == [3, 3]
        mine = message(4, direction="out", origin="agent", status="pending", agent="Ana")
        model.apply(Changes(frozenset({"521"}), (mine,)))
        with qtbot.waitSignal(model.dataChanged) as changed:
            model.apply(Changes(frozenset({"521"}), (message(4, direction="out", status="read"),)))
        assert changed.args[0].row() == changed.args[1].row() == 4
    assert model.index(4).data(Role.Tick) == "read"
    assert model.rowCount() == 5
    other = message(9, conversation="999")
    with qtbot.assertNotEmitted(model.rowsInserted):
        model.apply(Changes(frozenset({"999"}), (other,)))


def test_every_type_has_a_one_line_placeholder() -> None:
    assert placeholder("image", "mira") == "📷 Photo\nmira"
    assert placeholder("reaction", "❤️") == "Reacted ❤️"
    assert placeholder("reaction", None) == "Took back a reaction"
    assert placeholder("revoke", None) == "🚫 This message was deleted"
    assert placeholder("media_placeholder", None) == "📎 Media from the phone's history"
    assert placeholder("something_new", None) == "Unsupported message"
    for kind in ("audio", "video", "document", "sticker", "location", "contacts", "order"):
        assert placeholder(kind, None)


def conversation(
    cid: str, last: int, unread: int = 0, account: str = "106", phone: str | None = None
) -> ConversationRow:
    return ConversationRow(cid, account, f"Cliente {cid}", None, None, last, unread, None, phone)


def test_rows_name_their_business_number_once_there_are_several(
    qtbot: QtBot, qtmodeltester: object
) -> None:
    model = ConversationListModel()
    model.reset([conversation(str(i), BASE + i, phone="15550001111") for i in range(3)])
    assert {model.index(i).data(ListRole.Business) for i in range(3)} == {""}
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.upsert([conversation("9", BASE + 9, account="207", phone="15550002222")])
    first, last, roles = changed.args
    assert (first.row(), last.row(), roles) == (0, 3, [ListRole.Business])
    business = {model.index(i).data(ListRole.Id): model.index(i).data(ListRole.Business)
                for i in range(4)}  # fmt: skip
    assert business == {"9": "+15550002222", "2": "+15550001111", "1": "+15550001111",
                        "0": "+15550001111"}  # fmt: skip
    # A number Meta never displayed is named by its phone_number_id.
    model.upsert([conversation("8", BASE + 8, account="308")])
    assert model.index(model.row_of("8")).data(ListRole.Business) == "308"
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_conversations_of_the_same_second_keep_one_order_however_they_came(
    qtbot: QtBot,
) -> None:
    """Ties are broken by the conversation's id, so two runs on the same data agree."""
    same = [conversation(cid, BASE) for cid in ("5215522", "5215511", "5215533")]
    orders = []
    for arrival in (same, same[::-1], [same[1], same[2], same[0]]):
        model = ConversationListModel()
        model.reset([])
        model.upsert(arrival)
        orders.append([model.index(i).data(ListRole.Id) for i in range(3)])
    assert orders == [["5215511", "5215522", "5215533"]] * 3


def test_old_conversations_say_how_long_ago_and_the_date_on_hover(qtbot: QtBot) -> None:
    model = ConversationListModel()
    now = int(time.time())
    day = 86400
    ages = {"today": 0, "week": 3, "weeks": 20, "month": 40, "year": 400, "years": 800}
    model.reset([conversation(name, now - days * day) for name, days in ages.items()])

    def said(name: str) -> tuple[str, str]:
        index = model.index(model.row_of(name))
        return index.data(ListRole.Time), index.data(Qt.ItemDataRole.ToolTipRole)

    three_days_ago = dt.date.fromtimestamp(now - 3 * day)
    assert said("week")[0] == QLocale().standaloneDayName(three_days_ago.isoweekday())
    assert said("weeks")[0] == "2 weeks ago"
    assert said("month")[0] == "a month ago"
    assert said("year")[0] == "a year ago"
    assert said("years")[0] == "2 years ago"
    # The exact date is on hover, with its year.
    long_ago = dt.date.fromtimestamp(now - 800 * day)
    assert str(long_ago.year) in said("years")[1]
    assert ":" in said("today")[0]  # today: the time


def test_the_conversation_list_moves_a_row_instead_of_resetting(
    qtbot: QtBot, qtmodeltester: object
) -> None:
    model = ConversationListModel()
    model.reset([conversation(str(i), BASE + i) for i in range(5)])
    assert [model.index(i).data(ListRole.Id) for i in range(5)] == ["4", "3", "2", "1", "0"]
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.rowsMoved):
        model.upsert([conversation("1", BASE + 100, unread=2)])
    assert [model.index(i).data(ListRole.Id) for i in range(5)] == ["1", "4", "3", "2", "0"]
    assert model.index(0).data(ListRole.Unread) == 2
    with qtbot.waitSignal(model.rowsInserted):
        model.upsert([conversation("9", BASE + 50)])
    assert model.index(1).data(ListRole.Id) == "9"
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_a_reply_whose_fate_is_unknown_says_so(qtbot: QtBot) -> None:
    model = TimelineModel()
    mine = message(1, direction="out", origin="agent", agent="Ana", status="pending", unknown=True)
    model.show("521", [mine])
    assert model.index(0).data(Role.Tick) == "unknown"
    assert "may not have been sent" in model.index(0).data(Role.Error)
    failed = message(2, direction="out", status="failed", error="window_closed")
    model.apply(Changes(frozenset({"521"}), (failed,)))
    assert model.index(1).data(Role.Error).startswith("More than 24 hours")


def test_links_are_found_in_qt_units_after_an_emoji() -> None:
    text = "📍 Aquí\nhttps://maps.google.com/?q=1,2."
    ((start, end, url),) = links(text)
    assert url == "https://maps.google.com/?q=1,2"
    # Qt counts the emoji as two units: the link starts one unit later than Python says.
    assert (start, end) == (text.index("https") + 1, text.index("https") + 1 + len(url))


def test_quotes_reactions_and_notices_change_how_a_bubble_is_laid_out(qtbot: QtBot) -> None:
    delegate = BubbleDelegate()
    plain = Presentation(1, "Hola", "12:00", "", False, "", "", "")
    quoted = replace(plain, quote_sender="Ana", quote_text="¿Tienen talla M?")
    reacted = replace(plain, reactions="❤️ 👍")
    notice = replace(plain, body="The customer changed their number to +52155", notice=True)
    height = {p: delegate.geometry(p, 600).row_height for p in (plain, quoted, reacted, notice)}
    assert height[quoted] > height[plain] and height[reacted] > height[plain]
    g = delegate.geometry(notice, 600)
    assert abs((g.left + g.width / 2) - 300) <= 1  # centred, not a bubble on one side
    pill = delegate.geometry(reacted, 600).reactions
    assert pill is not None and pill.top() < delegate.geometry(reacted, 600).top + 60


def test_a_short_reply_widens_for_its_senders_whole_name(qtbot: QtBot) -> None:
    """The name is drawn bold: the bubble is as wide as the bold name, never cut."""
    delegate = BubbleDelegate()
    for name in ("Mariana Villaseñor", "demo-a482ff", "WWWWWWWWWWWW"):
        short = Presentation(1, "Ok", "12:00", "", True, name, "", "")
        quoting = replace(short, sender="", quote_sender=name, quote_text="Sí")
        bold = QFont(delegate._small)
        bold.setBold(True)
        needed = QFontMetrics(bold).horizontalAdvance(name)
        assert delegate.geometry(short, 600).width - 2 * PAD >= needed
        assert delegate.geometry(quoting, 600).width - 2 * PAD >= needed + QUOTE_BAR + 12


def test_presentation_roles_for_an_edited_reacted_reply(qtbot: QtBot) -> None:
    model = TimelineModel()
    original = message(1)
    reply = message(
        2, direction="out", origin="agent", agent="Ana", reply_to="w1", edited=True,
        previous="Hola", text="Hola, Lucía", reactions=(Reaction("❤️", "in", None),),
        quote=Quote("in", "customer", "text", False, None, "mensaje 1"),
    )  # fmt: skip
    model.show("521", [original, reply], "Lucía")
    index = model.index(1)
    assert index.data(Role.Quote) == "Lucía\nmensaje 1"
    assert (index.data(Role.Reactions), index.data(Role.OwnReaction)) == ("❤️", "")
    shown = index.data(Role.Presentation)
    assert (shown.edited, shown.edit_note) == ("edited", "Before the edit: Hola")
    assert shown.reacted_by == "Lucía: ❤️"
    assert model.row_of_wamid("w1") == 0


def test_the_dark_theme_darkens_the_timeline(qtbot: QtBot, qapp: QApplication) -> None:
    view = TimelineView(BubbleDelegate())
    qtbot.addWidget(view)
    try:
        assert theme.apply(qapp, "dark") is True
        assert Colors.for_palette(qapp.palette()) is DARK
        view.setPalette(qapp.palette())
        assert DARK.wallpaper.name() in view.styleSheet()
    finally:
        theme.apply(qapp, "light")
    view.setPalette(qapp.palette())
    assert LIGHT.wallpaper.name() in view.styleSheet()


def test_thumbnails_are_decoded_at_the_screens_pixels(qtbot: QtBot, tmp_path: Path) -> None:
    big, small = tmp_path / "big.png", tmp_path / "small.png"
    big.write_bytes(png(1040, 800))
    small.write_bytes(png(120, 80))
    shelf = MediaShelf()
    shelf.fetched("big", str(big), "", THUMB, 2.0)
    shelf.fetched("small", str(small), "", THUMB, 2.0)
    shelf.fetched("gone", "", "media_error", THUMB, 2.0)
    thumb = shelf.thumbnail("big")
    assert thumb is not None
    # Fitted into 260 x 200 logical pixels, with twice the pixels for a 2x screen.
    assert shelf.get("big") == Shelved("ready", str(big), size=(260, 200))
    assert (thumb.width(), thumb.height(), thumb.devicePixelRatio()) == (520, 400, 2.0)
    # A small picture keeps its size, and is never blown up.
    assert shelf.get("small") == Shelved("ready", str(small), size=(120, 80))
    assert shelf.get("gone") == Shelved("failed", error="media_error")


def test_the_snooze_choices_come_back_later_tomorrow_morning_and_next_monday(
    qtbot: QtBot,
) -> None:
    friday = dt.datetime(2026, 12, 4, 15, 30, tzinfo=dt.UTC)  # a Friday afternoon
    choices = [dt.datetime.fromtimestamp(t, dt.UTC) for _, t in snooze_times(friday)]
    assert choices == [
        dt.datetime(2026, 12, 4, 18, 30, tzinfo=dt.UTC),
        dt.datetime(2026, 12, 5, 9, 0, tzinfo=dt.UTC),
        dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC),
    ]
    dialog = SnoozeDialog()
    qtbot.addWidget(dialog)
    now = int(time.time())
    assert now + 86_000 < dialog.until() < now + 86_500  # tomorrow, this time, by default
    dialog.when.setDateTime(dialog.when.dateTime().addYears(-5))  # the past is not offered
    assert dialog.until() > now


def test_phone_numbers_read_as_people_write_them() -> None:
    assert shown("5215512345678") == "+52 1 55 1234 5678"  # WhatsApp's id for a Mexican mobile
    assert shown("34612345678") == "+34 612 34 56 78"
    assert shown("5511999998888") == "+55 11 99999-8888"
    assert shown("123") == "+123" and shown("ES.abc") == "ES.abc"  # not numbers: as given
    assert parse("55 1234 5678", "MX") == "525512345678"
    assert parse("+34 612 345 678", "MX") == "34612345678"  # a + wins over the country
    assert parse("612 34", "ES") is None and parse("hola", "ES") is None


def test_a_search_result_shows_the_words_around_the_match() -> None:
    text = "Buenas tardes, quisiera saber si hacen envíos a Puebla el fin de semana largo, gracias"
    assert snippet(text, "puebla") == (
        "…siera saber si hacen envíos a Puebla el fin de semana largo, graci…"
    )
    assert snippet("Hola\nmundo", "mundo") == "Hola mundo"
    assert snippet("Hola", "adiós") == "Hola"


def test_each_owner_choice_counts_what_it_would_show(qtbot: QtBot) -> None:
    """The counts beside Everyone's, Mine and Unassigned are the rows each would show,
    the other filters (search, needs reply, state, label) as they are."""
    from wire.team import ConversationData  # noqa: PLC0415

    states, agents = ("open", "pending", "snoozed", "resolved"), ("Ana", "Luis", None, "")
    rows = [
        ConversationRow(
            str(5215500000000 + i), "106", f"Cliente {i}", None, None, 1_700_000_000 - i, 0,
            None, team=ConversationData(
                states[i % 4], None, agents[i % 4 if i % 3 else 2], ("VIP",) if i % 5 else ()
            ), last_in=1_700_000_000 - i, last_out=1_700_000_000 - i + (30 if i % 2 else -30),
        )
        for i in range(97)
    ]  # fmt: skip
    model = ConversationListModel()
    model.reset(rows)
    proxy = ConversationFilter()
    proxy.setSourceModel(model)
    settings = [
        (STATE_FILTERS[state], needs_reply, label, matches, me)
        for state in STATE_FILTERS
        for needs_reply in (False, True)
        for label in (None, "VIP")
        for matches in (None, [r.id for r in rows[::3]])
        for me in ("Ana", "Luis", "")
    ]
    seen = {"all": 0, "mine": 0, "unassigned": 0}
    for state_set, needs_reply, label, matches, me in settings:
        proxy.set_states(state_set)
        proxy.set_needs_reply_only(needs_reply)
        proxy.set_label(label)
        proxy.set_matches(matches)
        proxy.set_owner("all", me)
        counts = proxy.owner_counts()
        for owner in ("all", "mine", "unassigned"):
            proxy.set_owner(owner, me)
            assert counts[owner] == proxy.rowCount(), (owner, me, needs_reply, label)
            seen[owner] += counts[owner]
    # Not vacuous: every choice counted some rows under some of the settings.
    assert all(seen[owner] for owner in seen), seen
