"""The real desktop widgets, offscreen, against the real relay and the Meta simulator."""

from __future__ import annotations

import math
import os
import sqlite3
import struct
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from harness import MetaSimProcess, RelayProcess, fill_up, free_port, not_a_relay, running_relay
from PySide6.QtCore import QMimeData, QSettings, Qt, QTimer
from PySide6.QtGui import QAccessible, QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from demo.showcase import CUSTOMER as SHOWCASE_CUSTOMER
from demo.showcase import PDF, VOICE, Showcase, png
from desktop.app import cache_path
from desktop.cache import Cache, ConversationRow
from desktop.connection_bar import ConnectionBar
from desktop.conversations import Role as ListRole
from desktop.engine import ConnectionState
from desktop.fonts import coloured_pixels
from desktop.i18n import install
from desktop.instance import SingleInstance
from desktop.pairing import Pairing
from desktop.preferences import Preferences
from desktop.records import MessageRecord
from desktop.session import Session
from desktop.signin import SignInDialog
from desktop.timeline import PAGE, WINDOW, Role
from desktop.vault import TokenVault
from desktop.window import MainWindow
from metasim import payloads
from wire.content import Media
from wire.frames import HelloFrame
from wire.team import ConversationData

pytestmark = pytest.mark.sqlite_only("a desktop suite: the relay is a fixture")

CUSTOMER = "5215512345678"


def open_window(qtbot: QtBot, relay: RelayProcess, profile: Path, token: str) -> MainWindow:
    preferences = Preferences(QSettings(str(profile / "settings.ini"), QSettings.Format.IniFormat))
    session = Session(cache_path(profile, relay.url, token), relay.url, token)
    window = MainWindow(session, preferences)
    qtbot.addWidget(window)
    window.show()
    session.start()
    window.destroyed.connect(session.stop)
    return window


@pytest.fixture
def window(qtbot: QtBot, relay: RelayProcess, tmp_path: Path) -> Iterator[MainWindow]:
    win = open_window(qtbot, relay, tmp_path, relay.add_agent("Ana"))
    qtbot.waitUntil(lambda: win.connection.phase == "live", timeout=10_000)
    yield win
    win.session.stop()


def customer_writes_and_is_opened(
    qtbot: QtBot, window: MainWindow, sim: MetaSimProcess, text: str
) -> None:
    """Lucía writes; the agent opens her conversation and sees the message."""
    sim.customer_says(CUSTOMER, text, name="Lucía")
    qtbot.waitUntil(lambda: window.conversations.rowCount() == 1, timeout=10_000)
    window.open(CUSTOMER)
    qtbot.waitUntil(lambda: window.timeline.rowCount() == 1)


def rows(window: MainWindow) -> list[dict[str, object]]:
    model = window.timeline
    return [
        {role.name: model.index(i).data(role) for role in Role} for i in range(model.rowCount())
    ]


def test_a_customer_message_appears_in_the_list_and_the_timeline(
    qtbot: QtBot, window: MainWindow, sim: MetaSimProcess
) -> None:
    sim.customer_says(CUSTOMER, "¿Tienen la talla M en azul?", name="Lucía")
    qtbot.waitUntil(lambda: window.conversations.rowCount() == 1, timeout=10_000)
    first = window.conversations.index(0)
    assert first.data(ListRole.Title) == "Lucía"
    assert first.data(ListRole.Preview) == "¿Tienen la talla M en azul?"
    assert first.data(ListRole.Unread) == 1
    window.list.setCurrentIndex(window.filter.index(0, 0))
    qtbot.waitUntil(lambda: window.timeline.rowCount() == 1)
    (row,) = rows(window)
    assert row["Body"] == "¿Tienen la talla M en azul?"
    assert row["Outgoing"] is False
    assert row["Day"] == "Today"
    qtbot.waitUntil(lambda: window.conversations.index(0).data(ListRole.Unread) == 0)
    assert window.title.text() == "Lucía"
    # The open conversation is marked in the list, also when the list's current row was
    # already it without a selection (Qt sets one when the list gets rows or focus).
    selection = window.list.selectionModel()
    selection.clearSelection()
    selection.setCurrentIndex(window.filter.index(0, 0), selection.SelectionFlag.NoUpdate)
    window.open(CUSTOMER)
    assert selection.isSelected(window.filter.index(0, 0))


def test_a_reply_is_pending_at_once_then_confirmed_and_its_ticks_advance(
    qtbot: QtBot, window: MainWindow, sim: MetaSimProcess
) -> None:
    customer_writes_and_is_opened(qtbot, window, sim, "Hola")
    ticks: list[str] = []
    window.timeline.rowsInserted.connect(
        lambda _p, first, _l: ticks.append(window.timeline.index(first).data(Role.Tick))
    )
    window.timeline.dataChanged.connect(
        lambda top, _b, _r: ticks.append(top.data(Role.Tick)) if top.data(Role.Outgoing) else None
    )
    # (QTest types Latin-1 only; the rest of the text is pasted as an agent would.)
    window.composer.edit.setPlainText("¡Hola Lucía! Sí, ")
    window.composer.edit.moveCursor(window.composer.edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.composer.edit, "la tenemos.")
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    assert window.composer.edit.toPlainText() == ""
    qtbot.waitUntil(lambda: window.timeline.rowCount() == 2)
    qtbot.waitUntil(lambda: rows(window)[-1]["Tick"] == "read", timeout=10_000)
    assert ticks[0] == "pending"  # shown before the relay answered
    order = ["pending", "sent", "delivered", "read"]
    assert [order.index(t) for t in ticks] == sorted(order.index(t) for t in ticks)
    assert window.timeline.rowCount() == 2  # confirmed in place, never shown twice
    reply = rows(window)[-1]
    assert (reply["Body"], reply["Sender"], reply["Outgoing"]) == (
        "¡Hola Lucía! Sí, la tenemos.",
        "Ana",
        True,
    )
    assert [s["request"]["text"]["body"] for s in sim.report()["sent"]] == [
        "¡Hola Lucía! Sí, la tenemos."
    ]
    assert window.conversations.index(0).data(ListRole.Tick) == "read"


def test_shift_enter_is_a_new_line(qtbot: QtBot, window: MainWindow) -> None:
    window.open(CUSTOMER)
    qtbot.keyClicks(window.composer.edit, "line one")
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(window.composer.edit, "line two")
    assert window.composer.edit.toPlainText() == "line one\nline two"


def test_a_phone_app_echo_appears_as_such(
    qtbot: QtBot, window: MainWindow, sim: MetaSimProcess
) -> None:
    sim.http.post("/_sim/phone_app", json={"phone": CUSTOMER, "text": "Enviado desde el celular"})
    qtbot.waitUntil(lambda: window.conversations.rowCount() == 1, timeout=10_000)
    assert window.conversations.index(0).data(ListRole.Preview) == "📱 Enviado desde el celular"
    window.open(CUSTOMER)
    qtbot.waitUntil(lambda: window.timeline.rowCount() == 1)
    (row,) = rows(window)
    assert (row["Sender"], row["Outgoing"]) == ("WhatsApp Business app", True)


def test_a_relay_serving_two_numbers_says_which_one_each_customer_wrote_to(
    qtbot: QtBot, window: MainWindow, relay: RelayProcess
) -> None:
    shop = payloads.text_message(CUSTOMER, "¿Abren el domingo?", name="Lucía")
    clinic = payloads.text_message("5215587654321", "Quiero una cita", name="Jorge")
    metadata = clinic["entry"][0]["changes"][0]["value"]["metadata"]
    metadata.update(display_phone_number="15550009999", phone_number_id="207000000000001")
    assert relay.post(shop).status_code == 200
    assert relay.post(clinic).status_code == 200
    qtbot.waitUntil(lambda: window.conversations.rowCount() == 2, timeout=10_000)
    business = {
        window.conversations.index(i).data(ListRole.Title): window.conversations.index(i).data(
            ListRole.Business
        )
        for i in range(2)
    }
    assert business == {"Lucía": "+" + payloads.DISPLAY_PHONE, "Jorge": "+15550009999"}
    window.open("5215587654321")
    assert window.subtitle.text() == "+52 1 55 8765 4321 · via +15550009999"


def test_a_history_import_fills_past_conversations_with_a_progress_bar(
    qtbot: QtBot, relay: RelayProcess, tmp_path: Path
) -> None:
    token = relay.add_agent("Ana")
    threads = {
        str(5215500000000 + t): [(i % 2 == 0, f"mensaje {i} del hilo {t}") for i in range(30)]
        for t in range(60)
    }
    assert relay.post(payloads.history_chunk(threads)).status_code == 200
    relay.settle(token)
    window = open_window(qtbot, relay, tmp_path, token)
    seen: list[tuple[int, int]] = []
    window.session.progressed.connect(lambda done, total: seen.append((done, total)))
    qtbot.waitUntil(lambda: window.connection.phase == "live", timeout=20_000)
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] > 1800
    # The list is updated a few times a second, not once per batch.
    qtbot.waitUntil(lambda: window.conversations.rowCount() == 60)
    assert not window.connection.progress.isVisible()
    window.open("5215500000007")
    qtbot.waitUntil(lambda: window.timeline.rowCount() == 30)
    imported = rows(window)
    assert {r["Sender"] for r in imported if r["Outgoing"]} == {"Imported"}
    window.session.stop()


def test_offline_compose_then_reconnect_sends_exactly_once(
    qtbot: QtBot, relay: RelayProcess, sim: MetaSimProcess, tmp_path: Path
) -> None:
    token = relay.add_agent("Ana")
    sim.customer_says(CUSTOMER, "¿Siguen ahí?")
    time.sleep(0.5)
    window = open_window(qtbot, relay, tmp_path, token)
    qtbot.waitUntil(lambda: window.conversations.rowCount() == 1, timeout=10_000)
    relay.stop()
    qtbot.waitUntil(lambda: window.connection.phase == "waiting", timeout=10_000)
    assert "reconnecting in" in window.connection.label.text()
    window.open(CUSTOMER)
    qtbot.waitUntil(lambda: window.timeline.rowCount() == 1)
    window.composer.edit.setPlainText("Sí, aquí seguimos")
    window.composer.submit()
    qtbot.waitUntil(lambda: window.timeline.rowCount() == 2)
    assert rows(window)[-1]["Tick"] == "pending"
    relay.start()
    window.connection.retry.click()
    qtbot.waitUntil(
        lambda: rows(window)[-1]["Tick"] in ("sent", "delivered", "read"), timeout=15_000
    )
    qtbot.wait(500)
    assert [s["request"]["text"]["body"] for s in sim.report()["sent"]] == ["Sí, aquí seguimos"]
    assert window.timeline.rowCount() == 2
    window.session.stop()


def test_a_full_disk_is_shown_with_a_way_out_and_try_again_resumes(
    qtbot: QtBot, relay: RelayProcess, sim: MetaSimProcess, tiny_disk: Path
) -> None:
    window = open_window(qtbot, relay, tiny_disk, relay.add_agent("Ana"))
    qtbot.waitUntil(lambda: window.connection.phase == "live", timeout=10_000)
    filler = fill_up(tiny_disk)
    for n in range(40):
        sim.customer_says(CUSTOMER, f"{n} " + "¿Tienen talla M? " * 200)
    qtbot.waitUntil(lambda: window.connection.phase == "failed", timeout=15_000)
    assert "disk" in window.connection.label.text()
    assert window.connection.retry.isVisibleTo(window)
    assert window.connection.retry.text() == "Try again"
    filler.unlink()
    window.connection.retry.click()
    qtbot.waitUntil(lambda: window.connection.phase == "live", timeout=15_000)
    assert not window.connection.retry.isVisibleTo(window)
    window.open(CUSTOMER)
    qtbot.waitUntil(lambda: window.timeline.rowCount() == 40, timeout=15_000)
    window.session.stop()


def test_search_and_the_needs_reply_filter(
    qtbot: QtBot, window: MainWindow, sim: MetaSimProcess
) -> None:
    sim.customer_says("5215500000001", "¿Hacen envíos a Puebla?", name="Jorge")
    sim.customer_says("5215500000002", "Quiero una cita", name="Marta")
    qtbot.waitUntil(lambda: window.conversations.rowCount() == 2, timeout=10_000)
    window.open("5215500000002")
    qtbot.keyClicks(window.search, "puebla")
    qtbot.waitUntil(lambda: window.filter.rowCount() == 1)
    assert window.filter.index(0, 0).data(ListRole.Title) == "Jorge"
    # The messages found are listed too; Enter shows the first in its conversation.
    qtbot.waitUntil(lambda: window.results.count() == 1, timeout=5000)
    assert window.results.item(0).text().startswith("Jorge · ")
    assert window.results.item(0).text().endswith("\n¿Hacen envíos a Puebla?")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.current == "5215500000001"
    qtbot.waitUntil(
        lambda: window.view.currentIndex().data(Role.Body) == "¿Hacen envíos a Puebla?",
        timeout=5000,
    )
    window.search.clear()
    qtbot.waitUntil(lambda: not window.results.isVisible(), timeout=5000)
    window.open("5215500000002")  # back to Marta's
    qtbot.waitUntil(lambda: window.filter.rowCount() == 2)
    window.needs_reply_only.click()
    # Reading Marta's does not answer her: both customers still wait.
    assert window.filter.rowCount() == 2
    window.composer.edit.setPlainText("Claro, ¿qué día le queda bien?")
    window.composer.submit()
    qtbot.waitUntil(lambda: window.filter.rowCount() == 1, timeout=10_000)
    assert window.filter.index(0, 0).data(ListRole.Title) == "Jorge"
    assert window.windowTitle() == "(1) Puente"


def test_models_pass_qts_model_tester(
    qtmodeltester: object, qtbot: QtBot, window: MainWindow, sim: MetaSimProcess
) -> None:
    for i in range(3):
        sim.customer_says(f"521550000000{i}", f"hola {i}", name=f"Cliente {i}")
    qtbot.waitUntil(lambda: window.conversations.rowCount() == 3, timeout=10_000)
    window.open("5215500000001")
    qtbot.waitUntil(lambda: window.timeline.rowCount() == 1)
    qtmodeltester.check(window.conversations)  # type: ignore[attr-defined]
    qtmodeltester.check(window.timeline)  # type: ignore[attr-defined]
    qtmodeltester.check(window.filter)  # type: ignore[attr-defined]


def test_sign_in_checks_the_token_against_the_relay(qtbot: QtBot, relay: RelayProcess) -> None:
    token = relay.add_agent("Ana")
    dialog = SignInDialog(relay.url)
    qtbot.addWidget(dialog)
    dialog.token.setText("pnt_wrong")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.problem.text() == "The relay refused this token.")
    dialog.url.setText("http://127.0.0.1:9")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "Cannot reach" in dialog.problem.text())
    with not_a_relay() as elsewhere:  # answers 200, but not as a relay does
        dialog.url.setText(elsewhere)
        dialog.token.setText(token)
        dialog.buttons.accepted.emit()
        qtbot.waitUntil(lambda: dialog.problem.text() == "Checking…")
        qtbot.waitUntil(lambda: "Cannot reach" in dialog.problem.text())
    dialog.url.setText(relay.url)
    dialog.token.setText(token)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.buttons.accepted.emit()
    assert dialog.credentials() == (relay.url, token)


def test_without_a_secure_keychain_the_token_is_kept_for_the_session_only() -> None:
    vault = TokenVault()  # headless Linux: keyring has no secure backend here
    assert not vault.secure
    assert vault.save("https://relay.example", "pnt_secret") is False
    assert vault.load("https://relay.example") == "pnt_secret"  # this session
    assert TokenVault().load("https://relay.example") is None  # not on disk
    vault.forget("https://relay.example")
    assert vault.load("https://relay.example") is None


@pytest.mark.parametrize(
    ("language", "placeholder", "unread"),
    [
        ("es", "Escribe un mensaje", "Por responder"),
        ("pt_BR", "Escreva uma mensagem", "Aguardando resposta"),
    ],
)
def test_the_ui_speaks_spanish_and_portuguese(
    qtbot: QtBot, qapp: QApplication, relay: RelayProcess, tmp_path: Path,
    language: str, placeholder: str, unread: str,
) -> None:  # fmt: skip
    translators = install(qapp, language)
    try:
        window = open_window(qtbot, relay, tmp_path, relay.add_agent("Ana"))
        assert window.composer.edit.placeholderText() == placeholder
        assert window.needs_reply_only.text() == unread
        window.session.stop()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_settings_choose_the_language_and_sign_out(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # follows the system
    dialog.language.setCurrentIndex(dialog.language.findData("pt_BR"))
    assert window.preferences.language == "pt_BR"
    with qtbot.waitSignal(window.signOutRequested):
        dialog.sign_out.click()


def test_settings_apply_sound_ctrl_enter_and_theme_at_once(
    qtbot: QtBot, window: MainWindow, qapp: QApplication
) -> None:
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    dialog.sound.setChecked(True)
    dialog.ctrl_enter.setChecked(True)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    try:
        assert (window.preferences.notification_sound, window.preferences.ctrl_enter_sends) == (
            True, True,
        )  # fmt: skip
        assert window.notifier.sound and window.composer.edit.ctrl_enter_sends
        assert window.preferences.theme == "dark"
        assert qapp.palette().color(qapp.palette().ColorRole.Window).lightness() < 128
    finally:
        dialog.theme.setCurrentIndex(dialog.theme.findData("light"))


def test_a_relay_killed_mid_stream_loses_and_doubles_nothing_on_screen(
    qtbot: QtBot, window: MainWindow, relay: RelayProcess
) -> None:
    phases: list[str] = []
    window.session.stateChanged.connect(lambda state: phases.append(state.phase))
    sent = []
    for i in range(40):
        if i == 20:
            relay.kill()
            relay.start()
            window.session.commands.reconnect_now()
        body = payloads.text_message(CUSTOMER, f"mensaje {i}", name="Lucía")
        sent.append(f"mensaje {i}")
        assert relay.post(body).status_code == 200
    qtbot.waitUntil(lambda: window.connection.phase == "live", timeout=30_000)
    window.open(CUSTOMER)
    qtbot.waitUntil(lambda: window.timeline.rowCount() == 40, timeout=15_000)
    qtbot.wait(300)
    assert [r["Body"] for r in rows(window)] == sent
    assert window.conversations.rowCount() == 1
    assert "connecting" in phases  # it really lost the relay and came back


def test_a_changed_epoch_triggers_a_visible_resync(
    qtbot: QtBot, window: MainWindow, relay: RelayProcess
) -> None:
    assert relay.post(payloads.text_message(CUSTOMER, "antes", name="Lucía")).status_code == 200
    qtbot.waitUntil(lambda: window.conversations.rowCount() == 1, timeout=10_000)
    # The relay's database is replaced (a new epoch); the agent keeps their token.
    with sqlite3.connect(relay.data_dir / "relay.db") as db:
        agents = db.execute("SELECT * FROM agents").fetchall()
    relay.stop()
    for name in os.listdir(relay.data_dir):
        if name.startswith("relay.db"):
            (relay.data_dir / name).unlink()
    assert relay.cli("agent", "list", "--create").returncode == 0
    with sqlite3.connect(relay.data_dir / "relay.db") as db:
        marks = ", ".join("?" for _ in agents[0])
        db.executemany(f"INSERT INTO agents VALUES ({marks})", agents)
    # Waiting from before the start: the desktop may reconnect on its own at once.
    with qtbot.waitSignal(window.session.resynced, timeout=30_000):
        relay.start()
        assert relay.post(payloads.text_message("5215599990000", "después")).status_code == 200
        window.session.commands.reconnect_now()
    qtbot.waitUntil(lambda: window.connection.phase == "live", timeout=15_000)
    assert "reloaded" in window.statusBar().currentMessage()
    qtbot.waitUntil(
        lambda: (
            [
                window.conversations.index(i).data(ListRole.Id)
                for i in range(window.conversations.rowCount())
            ]
            == ["5215599990000"]
        )
    )


@pytest.fixture
def showcase(
    qtbot: QtBot, relay: RelayProcess, sim: MetaSimProcess, tmp_path: Path
) -> Iterator[MainWindow]:
    """The window on a conversation holding every kind of message (demo/showcase.py)."""
    token = relay.add_agent("Ana")
    play = Showcase(sim.url, relay.url, token)
    try:
        play.play()
    finally:
        play.close()
    win = open_window(qtbot, relay, tmp_path, token)
    qtbot.waitUntil(lambda: win.connection.phase == "live", timeout=10_000)
    win.open(SHOWCASE_CUSTOMER)
    qtbot.waitUntil(lambda: win.timeline.rowCount() == 16, timeout=10_000)
    yield win
    win.session.stop()


def test_every_kind_of_message_reads_as_what_it_is(showcase: MainWindow) -> None:
    shown = rows(showcase)
    bodies = [row["Body"] for row in shown]
    assert bodies[0].startswith("Hola 👋 ¿tienen esta mochila en azul?")
    assert bodies[1] == "Esta, la de la foto"  # the photo shows itself above its caption
    assert bodies[2] == "¡Hola Lucía! Sí, la tenemos en azul marino y en celeste."
    assert shown[2]["Quote"].startswith("Lucía Fernández\nHola 👋")
    assert shown[2]["Reactions"] == "❤️"  # the customer's, under the agent's answer
    assert (bodies[3], shown[3]["Edited"]) == (
        "¿Cuánto cuesta el envío a Puebla? Es para el viernes", True,
    )  # fmt: skip
    assert shown[4]["Sender"] == "WhatsApp Business app"
    assert bodies[5].split("\n") == [
        "📍 Oficina de Lucía", "Av. Juárez 2915, Puebla, Pue.",
        "https://maps.google.com/?q=19.041400,-98.206300",
    ]  # fmt: skip
    assert shown[5]["Link"] == "https://maps.google.com/?q=19.041400,-98.206300"
    assert bodies[6] == "👤 Sofía Fernández\n+52 222 555 0134"
    assert bodies[7] == "Envío exprés\nMañana antes de las 14:00"
    assert shown[7]["Quote"].startswith("Ana\n¡Hola Lucía!")
    assert bodies[8].startswith("🛒 Order: 3 items · 767")
    assert bodies[8].endswith(" MXN\nLas dos, por favor")
    assert shown[8]["Reactions"] == "👍"  # the agent's, through the relay
    assert bodies[9] == "📄 constancia.pdf\nMi constancia fiscal"
    assert bodies[10] == "🎤 Voice message"
    assert bodies[11] == "Así se ve por dentro"  # the video's poster shows itself
    assert bodies[12] == "🚫 This message was deleted"
    assert bodies[13] == "Unsupported message: WhatsApp on the phone can show it."
    assert (bodies[14], shown[14]["Notice"]) == (
        "The customer changed their number to +52 1 55 9876 5432", True,
    )  # fmt: skip
    assert shown[15]["Quote"] == "Lucía Fernández\n📷 Photo Esta, la de la foto"


def test_a_reply_from_the_bubble_menu_quotes_the_message_and_meta_gets_the_context(
    qtbot: QtBot, showcase: MainWindow, sim: MetaSimProcess
) -> None:
    target = showcase.timeline.index(3)
    menu = showcase.bubble_menu(3)
    menu.reply_action.trigger()
    assert showcase.composer.quote_bar.isVisibleTo(showcase)
    assert "Es para el viernes" in showcase.composer.quote_label.text()
    showcase.composer.edit.setPlainText("Son $99 y llega el jueves")
    qtbot.keyClick(showcase.composer.edit, Qt.Key.Key_Return)
    assert not showcase.composer.quote_bar.isVisibleTo(showcase)
    qtbot.waitUntil(lambda: showcase.timeline.rowCount() == 17, timeout=10_000)
    qtbot.waitUntil(lambda: rows(showcase)[-1]["Tick"] == "read", timeout=10_000)
    assert rows(showcase)[-1]["Quote"].startswith("Lucía Fernández\n¿Cuánto cuesta")
    sent = sim.report()["sent"][-1]["request"]
    assert sent["context"] == {"message_id": target.data(Role.Wamid)}


def test_a_reaction_from_the_bubble_menu_shows_at_once_and_reaches_meta(
    qtbot: QtBot, showcase: MainWindow, sim: MetaSimProcess
) -> None:
    wamid = showcase.timeline.index(0).data(Role.Wamid)
    showcase.bubble_menu(0).reaction_actions["🙏"].trigger()
    qtbot.waitUntil(lambda: rows(showcase)[0]["Reactions"] == "🙏", timeout=5000)
    qtbot.waitUntil(
        lambda: any(s["request"].get("type") == "reaction" and
                    s["request"]["reaction"] == {"message_id": wamid, "emoji": "🙏"}
                    for s in sim.report()["sent"]),
        timeout=10_000,
    )  # fmt: skip
    # The same reaction again takes it back, as in WhatsApp.
    menu = showcase.bubble_menu(0)
    assert menu.reaction_actions["🙏"].isChecked()
    menu.reaction_actions["🙏"].trigger()
    qtbot.waitUntil(lambda: rows(showcase)[0]["Reactions"] == "", timeout=5000)
    assert showcase.timeline.rowCount() == 16  # reactions are never bubbles


def test_clicking_a_quote_jumps_to_the_quoted_message(qtbot: QtBot, showcase: MainWindow) -> None:
    photo = showcase.timeline.index(1).data(Role.Wamid)
    showcase.view.scrollToBottom()
    showcase.view.quoteActivated.emit(15)  # the last reply quotes the photo
    assert showcase.view.currentIndex().row() == 1
    # When the quoted message is not in the window, the cache brings it with its neighbours.
    last = showcase.timeline.message(15)
    showcase.timeline.show(SHOWCASE_CUSTOMER, [last], "Lucía Fernández")
    showcase.view.quoteActivated.emit(0)
    qtbot.waitUntil(lambda: showcase.timeline.rowCount() == 16, timeout=5000)
    assert showcase.view.currentIndex().data(Role.Wamid) == photo
    # A jump's window may lack the newest rows; with the last row showing, the view asks
    # the model for the page after it (Qt's fetchMore), which finds none newer.
    qtbot.waitUntil(lambda: showcase.timeline.latest, timeout=5000)
    assert showcase.timeline.rowCount() == 16


def test_files_come_from_the_relay_on_demand_open_and_save(
    qtbot: QtBot, showcase: MainWindow, tmp_path: Path
) -> None:
    photo, document, voice, video = 1, 9, 10, 11
    for row in (photo, document, voice, video):
        qtbot.waitUntil(
            lambda r=row: showcase.timeline.index(r).data(Role.Presentation).media_state == "ready",
            timeout=10_000,
        )
    shown = showcase.timeline.index(photo).data(Role.Presentation)
    assert shown.media_box == (96, 64)  # the real picture's size: smaller than a thumbnail
    thumb = showcase.media.thumbnail(shown.media.media_id)
    assert thumb is not None and thumb.pixelColor(0, 0).blue() > 150
    # The video shows its first frame (H.264, decoded by QtMultimedia's FFmpeg), sized as it is.
    film = showcase.timeline.index(video).data(Role.Presentation)
    assert film.media_box == (260, 195)  # 320 x 240 within the 260 x 200 thumbnail box
    poster = showcase.media.thumbnail(film.media.media_id)
    assert poster is not None
    middle = poster.pixelColor(poster.width() // 2, poster.height() // 2)
    corner = poster.pixelColor(2, 2)
    assert middle.blue() > middle.red() + 60  # the blue backpack
    assert corner.red() > corner.blue() + 40  # on a warm background
    assert film.media_note == "Click to open"
    assert showcase.timeline.index(document).data(Role.Presentation).media_note == "Click to open"
    assert showcase.bubble_menu(document).save_action.isEnabled()
    showcase.save_row(document, str(tmp_path / "constancia.pdf"))
    assert (tmp_path / "constancia.pdf").read_bytes() == PDF
    voice_media = showcase.timeline.message(voice).content
    assert isinstance(voice_media, Media) and voice_media.voice
    cards = 6
    assert showcase.bubble_menu(cards).save_action.isEnabled()
    showcase.save_row(cards, str(tmp_path / "sofia.vcf"))
    assert "FN:Sofía Fernández" in (tmp_path / "sofia.vcf").read_text("utf-8")
    assert not showcase.bubble_menu(0).save_action.isEnabled()  # plain text has no file


def test_a_file_that_cannot_be_had_says_so_and_is_tried_again_on_a_click(
    qtbot: QtBot, window: MainWindow, sim: MetaSimProcess
) -> None:
    sim.customer_says(CUSTOMER, "", message={"type": "image", "image": {"id": "gone-123"}})
    qtbot.waitUntil(lambda: window.conversations.rowCount() == 1, timeout=10_000)
    window.open(CUSTOMER)
    qtbot.waitUntil(lambda: window.timeline.rowCount() == 1)
    state = lambda: window.timeline.index(0).data(Role.Presentation).media_state  # noqa: E731
    qtbot.waitUntil(lambda: state() == "failed", timeout=10_000)
    assert window.timeline.index(0).data(Role.Presentation).media_note == (
        "Could not load it. Click to try again."
    )
    asked: list[str] = []
    window.media.wanted.connect(asked.append)
    window.view.mediaActivated.emit(0)
    assert asked == ["gone-123"]
    qtbot.waitUntil(lambda: state() == "failed", timeout=10_000)


def test_the_header_counts_down_the_24_hour_window(
    qtbot: QtBot, window: MainWindow, sim: MetaSimProcess
) -> None:
    sim.customer_says(CUSTOMER, "Hola", name="Lucía")
    qtbot.waitUntil(lambda: window.conversations.rowCount() == 1, timeout=10_000)
    window.open(CUSTOMER)
    qtbot.waitUntil(lambda: window.window_label.text() != "", timeout=10_000)
    assert window.window_label.text() in ("Window: 23 h 59 min", "Window: 24 h 00 min")
    assert window.window_label.toolTip().startswith("The customer wrote less than 24 hours")
    assert window.composer.edit.isEnabled()
    assert not window.composer.closed_note.isVisibleTo(window)


def test_a_closed_window_takes_a_template_filled_in_the_picker(
    qtbot: QtBot, window: MainWindow, relay: RelayProcess, sim: MetaSimProcess
) -> None:
    two_days_ago = int(time.time()) - 2 * 86400
    old = payloads.text_message(CUSTOMER, "¿Me avisan?", name="Lucía", timestamp=two_days_ago)
    assert relay.post(old).status_code == 200
    qtbot.waitUntil(lambda: window.conversations.rowCount() == 1, timeout=10_000)
    window.open(CUSTOMER)
    qtbot.waitUntil(lambda: window.window_label.text() == "24-hour window closed", timeout=10_000)
    assert not window.composer.edit.isEnabled()
    assert window.composer.closed_note.isVisibleTo(window)
    window.composer.template_button.click()
    dialog = window.template_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.picker.count() >= 3, timeout=10_000)
    dialog.picker.setCurrentIndex(dialog.picker.findData("seguimiento_pedido:es_MX"))
    assert not dialog.send_button.isEnabled()  # three parameters still empty
    for name, value in (("1", "Lucía"), ("2", "#1043"), ("3", "Av. Juárez 12")):
        dialog.field(name).setText(value)
    assert dialog.preview.text().splitlines()[1] == (
        "Hola Lucía, tu pedido #1043 sale hoy. ¿Te lo llevamos a Av. Juárez 12?"
    )
    assert dialog.send_button.isEnabled()
    dialog.send_button.click()
    qtbot.waitUntil(lambda: window.timeline.rowCount() == 2, timeout=10_000)
    qtbot.waitUntil(
        lambda: rows(window)[-1]["Tick"] in ("sent", "delivered", "read"), timeout=10_000
    )
    assert rows(window)[-1]["Body"].startswith("📋 Tu pedido\nHola Lucía, tu pedido #1043")
    request = sim.report()["sent"][-1]["request"]
    assert request["type"] == "template"
    assert request["template"]["name"] == "seguimiento_pedido"
    assert request["template"]["components"] == [
        {"type": "body", "parameters": [
            {"type": "text", "text": "Lucía"}, {"type": "text", "text": "#1043"},
            {"type": "text", "text": "Av. Juárez 12"},
        ]},
    ]  # fmt: skip
    # The customer answers: the window opens again and free text is back.
    sim.customer_says(CUSTOMER, "Sí, gracias", name="Lucía")
    qtbot.waitUntil(window.composer.edit.isEnabled, timeout=10_000)
    assert window.window_label.text().startswith("Window: 2")


def test_a_refused_reply_says_why_in_the_ui_language_and_try_again_really_sends_it(
    qtbot: QtBot, window: MainWindow, sim: MetaSimProcess
) -> None:
    customer_writes_and_is_opened(qtbot, window, sim, "Hola")
    sim.fault(faults=[{"http_status": 400, "code": 131026, "message": "Message undeliverable"}])
    window.composer.edit.setPlainText("¿Sigue ahí?")
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rows(window)[-1]["Tick"] == "failed", timeout=10_000)
    assert rows(window)[-1]["Error"] == "This customer cannot receive WhatsApp messages."
    client_id = window.timeline.message(1).client_id
    menu = window.bubble_menu(1)
    assert menu.retry_action.isVisible() and not window.bubble_menu(0).retry_action.isVisible()
    sim.fault(clear=True)
    menu.retry_action.trigger()
    qtbot.waitUntil(lambda: rows(window)[-1]["Tick"] == "read", timeout=10_000)
    assert window.timeline.rowCount() == 2  # the same bubble, now sent
    sent = [s["request"] for s in sim.report()["sent"]]
    assert [s["text"]["body"] for s in sent] == ["¿Sigue ahí?"]
    assert sent[0]["biz_opaque_callback_data"] == f"puente:{client_id}"  # the same client_id


def test_waiting_customers_badge_the_tray_and_notify_when_the_agent_looks_elsewhere(
    qtbot: QtBot, window: MainWindow, sim: MetaSimProcess
) -> None:
    elsewhere = QWidget()
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    elsewhere.activateWindow()
    qtbot.waitUntil(lambda: not window.attending(), timeout=5000)
    sim.customer_says(CUSTOMER, "¿Abren mañana?", name="Lucía")
    qtbot.waitUntil(lambda: window.notifier.unread == 1, timeout=10_000)
    assert window.windowTitle() == "(1) Puente"
    assert "1" in window.notifier.tray.toolTip()
    qtbot.waitUntil(lambda: bool(window.notifier.shown), timeout=5000)
    news = window.notifier.shown[-1]
    assert (news.conversation, news.title, news.text, news.count) == (
        CUSTOMER, "Lucía", "¿Abren mañana?", 1,
    )  # fmt: skip
    # A click on the notification brings the window up on that conversation.
    window.notifier.tray.messageClicked.emit()
    assert window.current == CUSTOMER
    # Reading is not answering: the customer still waits until someone replies.
    assert window.windowTitle() == "(1) Puente"
    window.composer.edit.setPlainText("Sí, de 9 a 19 h.")
    window.composer.submit()
    qtbot.waitUntil(lambda: window.notifier.unread == 0, timeout=10_000)
    assert window.windowTitle() == "Puente"


def test_nothing_is_notified_while_the_agent_is_looking(
    qtbot: QtBot, window: MainWindow, sim: MetaSimProcess
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.attending, timeout=5000)
    sim.customer_says(CUSTOMER, "Hola", name="Lucía")
    qtbot.waitUntil(lambda: window.notifier.unread == 1, timeout=10_000)
    assert window.notifier.shown == []


def test_ctrl_up_and_down_walk_the_conversations(
    qtbot: QtBot, window: MainWindow, sim: MetaSimProcess
) -> None:
    for phone, name in (("5215500000001", "Ana"), ("5215500000002", "Beto")):
        sim.customer_says(phone, "Hola", name=name)
        qtbot.waitUntil(lambda p=phone: window.conversations.get(p) is not None, timeout=10_000)
    first, second = (str(window.filter.index(i, 0).data(ListRole.Id)) for i in (0, 1))
    window.open(first)
    # From the text box, where the agent is: the window's shortcut, not a cursor move.
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.current == second
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert window.current == first


def test_ctrl_enter_can_be_the_send_key(qtbot: QtBot, window: MainWindow) -> None:
    window.preferences.ctrl_enter_sends = True
    window.apply_preferences()
    window.open(CUSTOMER)
    sent: list[str] = []
    window.composer.sendRequested.connect(lambda text, _reply: sent.append(text))
    qtbot.keyClicks(window.composer.edit, "uno")
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(window.composer.edit, "dos")
    assert sent == [] and window.composer.edit.toPlainText() == "uno\ndos"
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert sent == ["uno\ndos"]


def test_a_photo_is_checked_previewed_captioned_and_sent_through_the_relay(
    qtbot: QtBot, window: MainWindow, sim: MetaSimProcess, tmp_path: Path
) -> None:
    customer_writes_and_is_opened(qtbot, window, sim, "¿Me mandas una foto?")
    photo = tmp_path / "mochila azul.png"
    photo.write_bytes(png(120, 80))
    dialog = window.attach([str(photo)])
    assert dialog is not None and dialog.send_button.isEnabled()
    box = dialog.captions[0]
    assert box is not None
    box.setText("Así se ve en azul")
    dialog.accept()
    qtbot.waitUntil(lambda: window.timeline.rowCount() == 2, timeout=10_000)
    shown = lambda: window.timeline.index(1).data(Role.Presentation)  # noqa: E731
    # At once, from the kept copy: the picture, its caption, the pending clock.
    qtbot.waitUntil(lambda: shown().media_state == "ready", timeout=10_000)
    assert (shown().body, shown().media_box) == ("Así se ve en azul", (120, 80))
    qtbot.waitUntil(lambda: rows(window)[-1]["Tick"] == "read", timeout=10_000)
    request = sim.report()["sent"][-1]["request"]
    assert request["type"] == "image" and request["image"]["caption"] == "Así se ve en azul"
    media_id = request["image"]["id"]
    qtbot.waitUntil(lambda: shown().media.media_id == media_id, timeout=10_000)
    qtbot.waitUntil(lambda: shown().media_state == "ready", timeout=10_000)


def test_a_file_whatsapp_would_refuse_is_stopped_before_upload(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.open(CUSTOMER)
    fake = tmp_path / "factura.pdf"
    fake.write_bytes(b"MZ\x90\x00 this is a program")
    program = tmp_path / "setup.exe"
    program.write_bytes(b"MZ\x90\x00")
    for path, reason in (
        (fake, "The file is not what its name says (application/pdf)."),
        (program, "WhatsApp does not take this kind of file."),
    ):
        dialog = window.attach([str(path)])
        assert dialog is not None
        assert dialog.problems == [reason] and not dialog.send_button.isEnabled()
        dialog.reject()


def test_a_pasted_picture_becomes_an_attachment(qtbot: QtBot, window: MainWindow) -> None:
    window.open(CUSTOMER)
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#25d366"))
    clipboard = QMimeData()
    clipboard.setImageData(image)
    with qtbot.waitSignal(window.composer.attachRequested) as asked:
        window.composer.edit.insertFromMimeData(clipboard)
    (path,) = asked.args[0]
    assert QImage(path).size() == image.size() and window.composer.edit.toPlainText() == ""


def test_the_emoji_picker_puts_an_emoji_at_the_cursor(qtbot: QtBot, window: MainWindow) -> None:
    window.open(CUSTOMER)
    window.composer.edit.setPlainText("Gracias ")
    window.composer.edit.moveCursor(window.composer.edit.textCursor().MoveOperation.End)
    picker = window.composer.emoji_picker
    assert picker.recent_title.isHidden()  # nothing used yet
    buttons = picker.findChildren(QToolButton)
    pray = next(b for b in buttons if b.text() == "🙏")
    assert pray.font().pixelSize() >= 24  # read at a glance, not tiny glyphs in big cells
    assert coloured_pixels(pray.grab().toImage()) > 100  # drawn whole, in colour, not "…"
    pray.click()
    assert window.composer.edit.toPlainText() == "Gracias 🙏"
    # It is now on top, and stays there for the agent's next start.
    assert picker.recent == ["🙏"] and not picker.recent_title.isHidden()
    next(b for b in picker.findChildren(QToolButton) if b.text() == "👍").click()
    assert picker.recent == ["👍", "🙏"]
    assert window.preferences.recent_emoji == ["👍", "🙏"]


def test_every_kind_of_message_paints_something_and_has_room_for_it(
    qtbot: QtBot, showcase: MainWindow
) -> None:
    view, model = showcase.view, showcase.timeline
    qtbot.waitUntil(
        lambda: model.index(1).data(Role.Presentation).media_state == "ready", timeout=10_000
    )
    for row in range(model.rowCount()):
        index = model.index(row)
        view.scrollTo(index)
        QApplication.processEvents()
        rect = view.visualRect(index)
        shown = index.data(Role.Presentation)
        assert rect.height() >= (24 if shown.notice else 40), (row, shown.body)
        image = view.viewport().grab(rect).toImage()
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 3)
            for y in range(0, image.height(), 3)
        }
        # The wallpaper, a bubble (or notice pill), and the ink of what it says.
        assert len(colours) >= 3, (row, shown.body)
    photo = view.visualRect(model.index(1))
    assert photo.height() >= 64 + 20  # the picture itself, above its caption


def test_a_voice_note_plays_in_place_with_its_position_and_pauses(
    qtbot: QtBot, showcase: MainWindow
) -> None:
    if not showcase.player.available:
        pytest.skip("QtMultimedia cannot load here (on Linux it needs libpulse0)")
    voice = 10
    shown = lambda: showcase.timeline.index(voice).data(Role.Presentation)  # noqa: E731
    qtbot.waitUntil(lambda: shown().media_state == "ready", timeout=10_000)
    # Before it plays it says how long it is, read from the file, as WhatsApp does.
    assert shown().audio == (False, 0, 2000) and shown().media_note == "▶  0:02"
    showcase.view.mediaActivated.emit(voice)
    qtbot.waitUntil(lambda: shown().audio is not None and shown().audio[0], timeout=10_000)
    # It plays: the clock and the bar move, and the whole length is known (2 s).
    qtbot.waitUntil(lambda: shown().audio[1] >= 500, timeout=10_000)
    assert shown().audio[2] in range(1900, 2100)
    assert shown().media_note.startswith("⏸  0:0") and shown().media_note.endswith(" / 0:02")
    showcase.view.mediaActivated.emit(voice)  # pause
    qtbot.waitUntil(lambda: not shown().audio[0], timeout=5000)
    paused_at = shown().audio[1]
    assert paused_at >= 500 and shown().media_note.startswith("▶  ")
    showcase.view.mediaActivated.emit(voice)  # and on from there, to the end
    qtbot.waitUntil(lambda: shown().audio == (False, 0, shown().audio[2]), timeout=10_000)


def test_each_file_gets_its_own_caption_where_whatsapp_shows_one(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.open(CUSTOMER)
    photo, document, voice = tmp_path / "a.png", tmp_path / "b.pdf", tmp_path / "c.ogg"
    photo.write_bytes(png())
    document.write_bytes(PDF)
    voice.write_bytes(VOICE)
    dialog = window.attach([str(photo), str(document), str(voice)])
    assert dialog is not None and dialog.send_button.isEnabled()
    first, second, third = dialog.captions
    assert first is not None and second is not None and third is None
    first.setText("la foto")
    second.setText("la factura")
    assert [dialog.caption(i) for i in range(3)] == ["la foto", "la factura", ""]
    dialog.reject()


def test_a_recorded_voice_note_goes_at_once_as_ogg_opus(
    qtbot: QtBot, window: MainWindow, sim: MetaSimProcess
) -> None:
    customer_writes_and_is_opened(qtbot, window, sim, "¿Me mandas un audio?")
    microphone = window.composer.recorder.microphone()
    assert window.composer.mic_button.isEnabled() == bool(microphone)
    if not microphone:
        assert window.composer.mic_button.toolTip() == "No microphone found"
    # What a microphone would have given: a second of 16-bit samples at 48 kHz.
    pcm = b"".join(
        struct.pack("<h", int(4000 * math.sin(2 * math.pi * 220 * i / 48000))) for i in range(48000)
    )
    window.composer.recorder.save(pcm)
    qtbot.waitUntil(lambda: window.timeline.rowCount() == 2, timeout=10_000)
    qtbot.waitUntil(lambda: rows(window)[-1]["Tick"] == "read", timeout=10_000)
    request = sim.report()["sent"][-1]["request"]
    assert request["type"] == "audio" and request["audio"]["id"]
    note = window.timeline.message(1).content
    assert isinstance(note, Media) and note.kind == "audio"


def offline_desk(qtbot: QtBot, tmp_path: Path, messages: int) -> MainWindow:
    """A window on a cache holding one conversation of `messages` messages of varied
    lengths, with no relay answering: what an agent sees opening it offline."""
    cache_file = tmp_path / "cache.db"
    cache = Cache(cache_file)
    start = int(time.time()) - 10 * messages
    cache.apply("t", messages, [
        MessageRecord(
            seq=i + 1, key=f"msg:w{i}", conversation="5215512345678", account="106",
            timestamp=start + i * 10, wamid=f"w{i}", direction="in", origin="customer",
            type="text", text=f"mensaje número {i} " + "palabra " * (i % 25),
        )
        for i in range(messages)
    ])  # fmt: skip
    cache.close()
    preferences = Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    session = Session(cache_file, f"http://127.0.0.1:{free_port()}", "x")
    window = MainWindow(session, preferences)
    qtbot.addWidget(window)
    window.resize(900, 640)
    window.show()
    session.start()
    window.destroyed.connect(session.stop)
    qtbot.waitUntil(lambda: window.conversations.rowCount() == 1, timeout=10_000)
    return window


def last_bubble_shows(window: MainWindow) -> bool:
    view, timeline = window.view, window.timeline
    last = view.visualRect(timeline.index(timeline.rowCount() - 1))
    return timeline.rowCount() > 0 and view.viewport().rect().contains(last)


@pytest.mark.parametrize("messages", [1, 7, 60])
def test_a_conversation_opens_with_its_newest_message_whole(
    qtbot: QtBot, tmp_path: Path, messages: int
) -> None:
    window = offline_desk(qtbot, tmp_path, messages)
    window.open("5215512345678")
    qtbot.waitUntil(lambda: window.timeline.rowCount() == messages, timeout=10_000)
    qtbot.waitUntil(lambda: last_bubble_shows(window), timeout=5000)
    qtbot.wait(300)  # and it stays so: the engine's retries and late layouts move nothing
    assert last_bubble_shows(window)
    window.session.stop()


def test_a_long_conversation_opens_on_its_newest_message_and_pages_up_in_place(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Offline (no relay answers), on the cache alone: the model pages itself and the view
    keeps the agent's place."""
    window = offline_desk(qtbot, tmp_path, 1_000)
    session = window.session
    view, timeline = window.view, window.timeline
    window.open("5215512345678")
    qtbot.waitUntil(lambda: timeline.rowCount() == PAGE, timeout=10_000)
    qtbot.waitUntil(lambda: last_bubble_shows(window), timeout=5000)
    qtbot.wait(300)
    assert last_bubble_shows(window)
    assert timeline.message(PAGE - 1).wamid == "w999"

    # Near the top, the view asks for the page before; the row at the top stays put.
    view.verticalScrollBar().setValue(0)
    top = view.indexAt(view.viewport().rect().topLeft())
    top_id, top_y = top.data(Role.Id), view.visualRect(top).top()
    qtbot.waitUntil(lambda: timeline.rowCount() == 2 * PAGE, timeout=10_000)
    qtbot.waitUntil(lambda: not timeline.loading, timeout=5000)
    moved = next(r for r in range(timeline.rowCount()) if timeline.message(r).id == top_id)
    assert moved == PAGE  # the older page went above it
    assert view.visualRect(timeline.index(moved)).top() == top_y

    # Paging on up, the window slides: it never holds more than WINDOW rows. The view
    # lays out after a page goes in, so each poll scrolls again until the model has moved
    # (a fixed number of scrolls outran the layout on a busy machine).
    def slid_up() -> bool:
        view.verticalScrollBar().setValue(0)
        assert timeline.rowCount() <= WINDOW
        return not timeline.latest

    qtbot.waitUntil(slid_up, timeout=20_000)

    # Scrolling back down, Qt's fetchMore brings the newer pages until the newest.
    def back_down() -> bool:
        view.scrollToBottom()
        assert timeline.rowCount() <= WINDOW
        return timeline.latest

    qtbot.waitUntil(back_down, timeout=20_000)
    qtbot.waitUntil(lambda: not timeline.loading, timeout=5000)
    assert timeline.message(timeline.rowCount() - 1).wamid == "w999"
    session.stop()


@pytest.fixture
def desks(
    qtbot: QtBot, relay: RelayProcess, tmp_path: Path
) -> Iterator[tuple[MainWindow, MainWindow]]:
    """Ana's and Luis's desktops on one relay, live."""
    windows = []
    for name in ("Ana", "Luis"):
        (tmp_path / name).mkdir()
        window = open_window(qtbot, relay, tmp_path / name, relay.add_agent(name))
        qtbot.waitUntil(lambda w=window: w.connection.phase == "live", timeout=10_000)
        windows.append(window)
    yield windows[0], windows[1]
    for window in windows:
        window.session.stop()


def test_two_agents_share_the_work_on_one_conversation(
    qtbot: QtBot, relay: RelayProcess, sim: MetaSimProcess, desks: tuple[MainWindow, MainWindow]
) -> None:
    """Ana and Luis, each at a desktop: assignment, presence, resolve, notes."""
    ana, luis = desks
    sim.customer_says(CUSTOMER, "¿Tienen la talla M?", name="Lucía")
    for window in (ana, luis):
        qtbot.waitUntil(lambda w=window: w.conversations.rowCount() == 1, timeout=10_000)
    ana.open(CUSTOMER)
    luis.open(CUSTOMER)

    def team(window: MainWindow) -> ConversationData:
        row = window.conversations.get(CUSTOMER)
        return row.team if row is not None else ConversationData()

    # Ana gives it to Luis: his list and header say so, and "Mine" shows it to him.
    ana.team_bar.assign_menu.aboutToShow.emit()  # opening the menu asks for the team again
    qtbot.waitUntil(lambda: "Luis" in ana._team_names, timeout=5000)
    ana.team_bar.assign_menu.aboutToShow.emit()
    luis_action = next(a for a in ana.team_bar.assign_menu.actions() if a.text() == "Luis")
    luis_action.trigger()
    qtbot.waitUntil(lambda: team(luis).assignee == "Luis", timeout=5000)
    assert luis.team_bar.assign_button.text() == "Luis"
    # Both timelines say who did it, as a line, not a bubble; nobody answered yet, so
    # the customer still waits (the line is no message to the customer).
    for window in (ana, luis):
        qtbot.waitUntil(lambda w=window: activity(w) == ["Ana assigned it to Luis"], timeout=5000)
        assert w_needs(window)
    luis.owner_filter.setCurrentIndex(luis.owner_filter.findData("mine"))
    assert luis.filter.rowCount() == 1
    ana.owner_filter.setCurrentIndex(ana.owner_filter.findData("mine"))
    assert ana.filter.rowCount() == 0
    # Each choice counts what it would show; the customer waiting is counted too.
    owners = [luis.owner_filter.itemText(i) for i in range(3)]
    assert owners == ["Everyone's · 1", "Mine · 1", "Unassigned · 0"]
    assert [ana.owner_filter.itemText(i) for i in range(3)][1] == "Mine · 0"
    assert luis.needs_reply_only.text() == "Needs reply (1)"
    ana.owner_filter.setCurrentIndex(ana.owner_filter.findData("all"))
    # Labels: Ana's reach Luis's filter, which then shows what carries them.
    ana.commands.label(CUSTOMER, ["Mayoreo"], [])
    ana.commands.label("5215599999999", ["VIP"], [])  # no such conversation: refused
    qtbot.waitUntil(lambda: luis.label_filter.findData("Mayoreo") > 0, timeout=5000)
    qtbot.waitUntil(lambda: team(luis).labels == ("Mayoreo",), timeout=5000)
    luis.label_filter.setCurrentIndex(luis.label_filter.findData("Mayoreo"))
    assert luis.filter.rowCount() == 1
    # Its chip takes the label's colour once an admin gives it one (#607d8b until then).
    assert luis.conversations.index(0).data(ListRole.Labels) == [("Mayoreo", "#607d8b")]
    boss = relay.add_agent("Marta", admin=True)
    coloured = relay.http.put(
        "/api/labels/Mayoreo",
        json={"color": "#E91E63"},
        headers={"Authorization": f"Bearer {boss}"},
    )
    assert coloured.status_code == 200
    qtbot.waitUntil(
        lambda: luis.conversations.index(0).data(ListRole.Labels) == [("Mayoreo", "#e91e63")],
        timeout=5000,
    )
    assert luis.label_filter.findData("VIP") < 0  # the refused change made no label
    luis.label_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: activity(luis)[-1] == "Ana added Mayoreo", timeout=5000)

    # Ana writes: Luis sees it under the name; it goes when her socket closes.
    ana.composer.edit.setPlainText("Déjame revisar")
    qtbot.waitUntil(lambda: luis.presence_label.text() == "Ana is typing…", timeout=5000)
    assert luis.conversations.index(0).data(ListRole.Presence) == "Ana is typing…"
    # Luis sending now is asked first; "No" keeps his text, "Yes" sends it.
    luis.composer.edit.setPlainText("Sí, hay talla M")
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and "Ana is writing" in box.text()
        box.button(answers.pop(0)).click()

    QTimer.singleShot(0, answer)
    luis.composer.submit()
    assert luis.composer.edit.toPlainText() == "Sí, hay talla M"
    QTimer.singleShot(0, answer)
    luis.composer.submit()
    assert luis.composer.edit.toPlainText() == "" and answers == []
    qtbot.waitUntil(lambda: len(sim.report()["sent"]) == 1, timeout=5000)

    # A note reaches Luis as a note, never Meta.
    ana.composer.note_button.setChecked(True)
    ana.composer.edit.setPlainText("Es cliente mayorista")
    ana.composer.submit()
    qtbot.waitUntil(lambda: any(r["Presentation"].note for r in rows(luis)), timeout=5000)
    note = next(r for r in rows(luis) if r["Presentation"].note)
    assert note["Body"] == "Es cliente mayorista" and note["Tick"] == ""
    assert note["Sender"] == "Internal note · Ana"
    assert len(sim.report()["sent"]) == 1  # Luis's reply; the note went nowhere

    # Luis answered, so nobody waits; resolving it, then the customer writing again,
    # reopens it on both desktops and the customer waits for an answer again.
    assert not w_needs(luis)
    ana.team_bar.resolve_button.click()
    for window in (ana, luis):
        qtbot.waitUntil(lambda w=window: team(w).state == "resolved", timeout=5000)
        assert not w_needs(window)
    assert luis.team_bar.resolve_button.text() == "Reopen"
    sim.customer_says(CUSTOMER, "¿Y en azul?", name="Lucía")
    for window in (ana, luis):
        qtbot.waitUntil(lambda w=window: team(w).state == "open", timeout=5000)
        qtbot.waitUntil(lambda w=window: w_needs(w), timeout=5000)
        qtbot.waitUntil(
            lambda w=window: (
                activity(w)[-2:] == ["Ana marked it resolved", "The customer wrote: open again"]
            ),
            timeout=5000,
        )
    # The lines are the team's: never the list's preview, never found by a search.
    summary = luis.conversations.get(CUSTOMER)
    assert summary is not None and summary.last is not None
    assert summary.last.text == "¿Y en azul?"
    assert luis.commands.find_messages("Mayoreo").result(timeout=5) == []
    ana.session.stop()
    qtbot.waitUntil(lambda: luis.presence_label.text() == "", timeout=5000)


def activity(window: MainWindow) -> list[str]:
    """The lines of the open timeline saying what the team changed, oldest first."""
    return [
        str(r["Body"]) for r in rows(window) if r["Notice"] and r["Tick"] == "" and not r["Sender"]
    ]


def w_needs(window: MainWindow) -> bool:
    row = window.conversations.get(CUSTOMER)
    return bool(row is not None and row.needs_reply)


def test_a_quick_reply_added_by_one_agent_is_offered_to_another_under_slash(
    qtbot: QtBot, sim: MetaSimProcess, desks: tuple[MainWindow, MainWindow]
) -> None:
    ana, luis = desks
    dialog = luis.open_quick_replies()
    assert not dialog.delete.isVisible()  # agents add and edit; admins delete
    dialog.shortcut.setText("/horario")
    dialog.text.setPlainText("Abrimos de lunes a sábado, de 9 a 19 h.")
    dialog.save.click()
    qtbot.waitUntil(lambda: dialog.status.text() == "Saved for the whole team.", timeout=5000)
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=5000)

    sim.customer_says(CUSTOMER, "¿A qué hora abren?", name="Lucía")
    qtbot.waitUntil(lambda: ana.conversations.rowCount() == 1, timeout=10_000)
    ana.open(CUSTOMER)
    qtbot.waitUntil(lambda: len(ana.composer.quick_replies) == 1, timeout=5000)
    assert ana.composer.edit.placeholderText() == "Write a message, or / for a quick reply"
    qtbot.keyClicks(ana.composer.edit, "/hor")
    assert ana.composer.quick_menu.isVisible()
    assert ana.composer.quick_menu.item(0).text().startswith("/horario")
    qtbot.keyClick(ana.composer.edit, Qt.Key.Key_Return)  # picks it; does not send
    assert ana.composer.edit.toPlainText() == "Abrimos de lunes a sábado, de 9 a 19 h."
    assert not ana.composer.quick_menu.isVisible()
    assert sim.report()["sent"] == []
    ana.composer.edit.setPlainText("/nada")
    assert not ana.composer.quick_menu.isVisible()  # nothing matches


def test_a_change_made_offline_reaches_the_relay_once_back_and_a_phone_reply_answers(
    qtbot: QtBot, window: MainWindow, relay: RelayProcess, sim: MetaSimProcess
) -> None:
    sim.customer_says(CUSTOMER, "Hola", name="Lucía")
    qtbot.waitUntil(lambda: window.conversations.rowCount() == 1, timeout=10_000)
    window.open(CUSTOMER)
    summary = window.conversations.get(CUSTOMER)
    assert summary is not None and summary.needs_reply
    # The owner answers from the phone: the customer no longer waits.
    answered = sim.http.post("/_sim/phone_app", json={"phone": CUSTOMER, "text": "¡Hola Lucía!"})
    assert answered.status_code == 200
    qtbot.waitUntil(
        lambda: not window.conversations.get(CUSTOMER).needs_reply,  # type: ignore[union-attr]
        timeout=10_000,
    )
    relay.stop()
    qtbot.waitUntil(lambda: window.connection.phase != "live", timeout=10_000)
    window.team_bar.resolve_button.click()  # offline: queued
    relay.start()
    window.commands.reconnect_now()
    qtbot.waitUntil(
        lambda: window.conversations.get(CUSTOMER).team.state == "resolved",  # type: ignore[union-attr]
        timeout=15_000,
    )
    token = relay.add_agent("Beto")
    changes = [e for e in relay.all_events(token) if e["kind"] == "conversation"]
    assert [(c["data"]["state"], c["data"]["by"]) for c in changes] == [("resolved", "Ana")]


def test_writing_first_to_a_new_number_takes_its_number_then_a_template(
    qtbot: QtBot, window: MainWindow, sim: MetaSimProcess
) -> None:
    dialog = window.start_conversation()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.region.setCurrentIndex(dialog.region.findData("ES"))
    dialog.number.setText("612 34")
    assert not ok.isEnabled() and dialog.status.text() == "Not a valid number yet"
    dialog.number.setText("612 345 678")
    assert ok.isEnabled() and dialog.status.text() == "+34 612 34 56 78"
    ok.click()
    picker = window.template_dialog
    assert picker is not None and window.current == "34612345678"
    assert window.title.text() == "+34 612 34 56 78"
    qtbot.waitUntil(lambda: picker.picker.count() >= 3, timeout=10_000)
    picker.picker.setCurrentIndex(picker.picker.findData("reanudar_conversacion:pt_BR"))
    assert picker.send_button.isEnabled()
    picker.send_button.click()
    qtbot.waitUntil(lambda: len(sim.report()["sent"]) == 1, timeout=10_000)
    request = sim.report()["sent"][0]["request"]
    assert (request["to"], request["type"]) == ("34612345678", "template")
    qtbot.waitUntil(lambda: window.conversations.get("34612345678") is not None, timeout=5000)
    assert window.conversations.index(0).data(ListRole.Title) == "+34 612 34 56 78"


def test_writing_first_to_a_mexican_mobile_files_it_where_whatsapp_answers(
    qtbot: QtBot, window: MainWindow, sim: MetaSimProcess
) -> None:
    """WhatsApp ids Mexican mobiles with the "1" Mexico dropped: the first message moves
    to that id, so the customer's answer lands in the same conversation."""
    dialog = window.start_conversation()
    dialog.region.setCurrentIndex(dialog.region.findData("MX"))
    dialog.number.setText("55 1234 5678")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert window.current == "525512345678"
    picker = window.template_dialog
    assert picker is not None
    qtbot.waitUntil(lambda: picker.picker.count() >= 3, timeout=10_000)
    picker.picker.setCurrentIndex(picker.picker.findData("reanudar_conversacion:pt_BR"))
    picker.send_button.click()
    qtbot.waitUntil(lambda: window.current == CUSTOMER, timeout=10_000)
    assert [window.conversations.index(i).data(ListRole.Id) for i in range(1)] == [CUSTOMER]
    assert window.conversations.rowCount() == 1
    qtbot.waitUntil(lambda: window.timeline.rowCount() == 1, timeout=5000)
    assert rows(window)[-1]["Body"].startswith("📋")
    sim.customer_says(CUSTOMER, "¡Sí! Sigo interesada", name="Lucía")
    qtbot.waitUntil(lambda: window.timeline.rowCount() == 2, timeout=10_000)
    assert window.conversations.rowCount() == 1


def test_mark_as_unread_is_this_agents_own_until_they_open_it(
    qtbot: QtBot, window: MainWindow, sim: MetaSimProcess
) -> None:
    sim.customer_says(CUSTOMER, "Hola", name="Lucía")
    qtbot.waitUntil(lambda: window.conversations.rowCount() == 1, timeout=10_000)
    window.open(CUSTOMER)
    window.composer.edit.setPlainText("¡Hola! ¿En qué te ayudo?")
    window.composer.submit()

    def row() -> ConversationRow:
        found = window.conversations.get(CUSTOMER)
        assert found is not None
        return found

    qtbot.waitUntil(lambda: not row().needs_reply, timeout=10_000)
    window.mark_unread(CUSTOMER)
    qtbot.waitUntil(lambda: row().marked, timeout=5000)
    assert window.current is None and not window.view.isVisible()
    assert window.conversations.index(0).data(ListRole.Marked) is True
    assert window.windowTitle() == "Puente"  # only this desk's reminder, not a waiting customer
    window.open(CUSTOMER)
    qtbot.waitUntil(lambda: not row().marked, timeout=5000)


def test_the_help_lists_tail_and_version_and_nothing_else() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    shown = subprocess.run(
        [sys.executable, "-m", "desktop", "--help"], capture_output=True, text=True, env=env
    )
    assert shown.returncode == 0
    assert "--version" in shown.stdout and "python -m desktop tail" in shown.stdout
    # QtMultimedia probing for PipeWire, VA-API and PulseAudio says nothing here.
    assert shown.stderr == ""


def test_every_control_has_a_name_and_tab_goes_as_the_eye_does(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """What a screen reader says of each control, and where Tab goes next."""
    window = offline_desk(qtbot, tmp_path, 3)
    window.open("5215512345678")
    qtbot.waitUntil(lambda: window.timeline.rowCount() == 3, timeout=5000)
    controls = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit)
    unnamed = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, controls) or not widget.isVisible():
            continue
        if isinstance(widget.parentWidget(), QAbstractItemView | QComboBox):
            continue  # a view's own scroll bars' buttons, a combo box's line
        face = QAccessible.queryAccessibleInterface(widget)
        if face is None or not face.text(QAccessible.Text.Name).strip():
            parent = type(widget.parentWidget()).__name__
            unnamed.append(f"{type(widget).__name__} in {parent}: {widget.toolTip()}")
    assert unnamed == []
    composer = window.composer
    assert (
        QAccessible.queryAccessibleInterface(composer.send_button).text(QAccessible.Text.Name)
        == "Send"
    )
    # Tab, from the search: each visible control that takes Tab, in order.
    order: list[QWidget] = []
    widget: QWidget = window.search
    while True:
        if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            order.append(widget)
        widget = widget.nextInFocusChain()
        if widget is window.search:
            break
    expected = [
        window.search,
        window.needs_reply_only,
        window.owner_filter,
        window.state_filter,
        window.label_filter,
        window.list,
        window.team_bar.assign_button,
        window.team_bar.labels_button,
        window.team_bar.snooze_button,
        window.team_bar.resolve_button,
        window.view,
        composer.emoji_button,
        composer.attach_button,
        composer.template_button,
        composer.note_button,
        composer.edit,
        composer.send_button,
    ]
    assert [w for w in order if w in expected] == expected


def test_the_relay_offers_a_newer_desktop_quietly_and_an_outdated_one_is_told(
    qtbot: QtBot, tmp_path: Path
) -> None:
    offered = {
        "DESKTOP_LATEST_VERSION": "99.0.0",
        "DESKTOP_DOWNLOAD_URL": "https://puente.example/descargas?os=linux&v=99",
    }
    (tmp_path / "relay").mkdir()
    with running_relay(tmp_path / "relay", extra_env=offered) as relay:
        window = open_window(qtbot, relay, tmp_path, relay.add_agent("Ana"))
        qtbot.waitUntil(lambda: window.connection.phase == "live", timeout=10_000)
        release = window.connection.release
        qtbot.waitUntil(release.isVisible, timeout=5000)
        assert "Puente 99.0.0 is available" in release.text()
        assert 'href="https://puente.example/descargas?os=linux&amp;v=99"' in release.text()
        window.session.stop()
    # A desktop the relay no longer serves: told what to do, and where, instead of offline.
    bar = ConnectionBar()
    qtbot.addWidget(bar)
    bar.set_hello(HelloFrame(2, 2, "2.0.0", "2.1.0", "https://puente.example/d", True))
    bar.set_state(ConnectionState("outdated"))
    assert bar.label.text().startswith("Update Puente to continue")
    assert "Download the new Puente" in bar.release.text() and not bar.retry.isVisible()


def test_a_pairing_link_opened_while_puente_runs_goes_to_the_running_window(
    qtbot: QtBot, relay: RelayProcess, tmp_path: Path
) -> None:
    profile = tmp_path / "profile"
    profile.mkdir()
    instance = SingleInstance(profile)
    assert instance.listen()
    window = open_window(qtbot, relay, profile, relay.add_agent("Ana"))
    instance.linkReceived.connect(window.receive_link)
    luis = relay.add_agent("Luis")
    link = f"puente://connect?relay={quote(relay.url, safe='')}&token={luis}"
    # The OS starts Puente again with the link: that start hands it over and ends.
    with subprocess.Popen(
        [sys.executable, "-m", "desktop", "--profile", str(profile), link],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    ) as second:
        try:
            qtbot.waitUntil(lambda: signin_of(window) is not None, timeout=20_000)
            assert second.wait(20) == 0
        finally:
            second.kill()
    dialog = signin_of(window)
    assert dialog is not None and dialog.isVisible()
    assert dialog.credentials() == (relay.url, luis)  # filled, for the agent to confirm
    assert dialog.problem.text() == "Check the relay's address, then sign in."
    # Confirming asks the relay; its yes makes the window sign in with the link's token.
    with qtbot.waitSignal(window.pairingAccepted, timeout=10_000) as accepted:
        dialog.buttons.accepted.emit()
    assert accepted.args == [Pairing(relay.url, luis)]
    # Started again without a link, it only brings the window forward: no dialog.
    again = subprocess.run(
        [sys.executable, "-m", "desktop", "--profile", str(profile)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        timeout=30,
    )
    assert again.returncode == 0
    window.session.stop()


def signin_of(window: MainWindow) -> SignInDialog | None:
    found = [d for d in window.findChildren(SignInDialog) if d.isVisible()]
    return found[0] if found else None
