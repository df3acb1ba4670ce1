"""An admin's desktop: pairing links at sign-in, the Team dialog, the Meta check and the banner."""

from __future__ import annotations

import time
from pathlib import Path
from urllib.parse import quote

import pytest
from harness import MetaSimProcess, RelayProcess, answering, sample
from pytestqt.qtbot import QtBot
from test_desktop_ui import open_window

from desktop.account_banner import AccountBanner
from desktop.account_state import AccountNotice, Banner, banner
from desktop.admin_client import AdminClient, AdminError
from desktop.doctor_dialog import DoctorDialog
from desktop.pairing import parse_pairing_link
from desktop.signin import SignInDialog
from desktop.team_dialog import TeamDialog
from desktop.window import MainWindow

pytestmark = pytest.mark.sqlite_only("a desktop suite: the relay is a fixture")


def link(relay_url: str, token: str) -> str:
    return f"puente://connect?relay={quote(relay_url, safe='')}&token={quote(token, safe='')}"


@pytest.mark.parametrize(
    "text",
    [
        "https://relay.example.com",
        "puente://connect?relay=ftp%3A%2F%2Fx&token=a",
        "puente://connect?relay=https%3A%2F%2Fx",
        "puente://elsewhere?relay=https%3A%2F%2Fx&token=a",
        "puente://connect?relay=https%3A%2F%2Fx&token=a%20b",
    ],
)
def test_only_a_whole_pairing_link_is_taken(text: str) -> None:
    assert parse_pairing_link(text) is None


@pytest.mark.parametrize("field", ["url", "token"])
def test_a_pasted_pairing_link_fills_the_sign_in_and_signs_in(
    qtbot: QtBot, relay: RelayProcess, field: str
) -> None:
    token = relay.add_agent("Ana")
    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    getattr(dialog, field).setText(f"  {link(relay.url, token)}\n")
    assert dialog.credentials() == (relay.url, token)
    assert "sign in" in dialog.problem.text()  # the agent checks the address first
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.buttons.accepted.emit()


def test_the_team_dialog_invites_lists_and_revokes(qtbot: QtBot, relay: RelayProcess) -> None:
    admin = relay.add_agent("Dueña", admin=True)
    dialog = TeamDialog(AdminClient(relay.url, admin, "es"), "Dueña")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.members.topLevelItemCount() == 1, timeout=10_000)
    dialog.name.setText("Luis")
    dialog.role.setCurrentIndex(dialog.role.findData("admin"))
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        dialog.invite_button.click()
    assert dialog.link_box.isVisibleTo(dialog)
    invited = parse_pairing_link(dialog.link.text())
    assert invited is not None and invited.relay_url == relay.url
    headers = {"Authorization": f"Bearer {invited.token}"}
    assert relay.http.get("/api/status", headers=headers).json()["role"] == "admin"
    qtbot.waitUntil(lambda: dialog.members.topLevelItemCount() == 2, timeout=10_000)
    names = [dialog.members.topLevelItem(i).text(0) for i in range(2)]
    assert names == ["Dueña", "Luis"]
    dialog.name.setText("Luis")
    dialog.invite_button.click()
    qtbot.waitUntil(lambda: "already has that name" in dialog.status.text(), timeout=10_000)
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        dialog.revoke("Luis")
    qtbot.waitUntil(lambda: dialog.members.topLevelItemCount() == 1, timeout=10_000)
    assert relay.http.get("/api/status", headers=headers).status_code == 401


def test_an_agent_is_told_the_team_is_for_admins(qtbot: QtBot, relay: RelayProcess) -> None:
    dialog = TeamDialog(AdminClient(relay.url, relay.add_agent("Ana"), "en"), "Ana")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.status.text() == "Only an administrator can do this.")
    assert dialog.members.topLevelItemCount() == 0


def test_the_meta_check_shows_each_verdict_and_its_fix(
    qtbot: QtBot, relay: RelayProcess, sim: MetaSimProcess
) -> None:
    dialog = DoctorDialog(AdminClient(relay.url, relay.add_agent("Dueña", admin=True), "en"))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.checks), timeout=20_000)
    failed = [check.id for check in dialog.checks if not check.ok]
    # A fresh relay: nothing synced, and Meta has not called it yet.
    assert failed == ["sync", "last_webhook"]
    assert dialog.summary.text() == "2 of 7 checks failed: the fixes are below."
    shown = dialog.results.toPlainText()
    assert "✗ Last webhook from Meta" in shown
    assert "Fix: Within 24 hours of connecting, run python -m relay meta sync" in shown
    assert "✓ Access token (WHATSAPP_ACCESS_TOKEN)" in shown


def notice(
    topic: str, event: str, seq: int, when: float, progress: int | None = None
) -> AccountNotice:
    return AccountNotice("1065", topic, event, seq, int(when), progress)  # type: ignore[arg-type]


def test_the_banner_says_the_most_pressing_thing() -> None:
    now = time.time()
    assert banner([], now) is None
    importing = notice("history", "HISTORY_CHUNK", 3, now, 40)
    assert banner([importing], now) == Banner("importing", "1065", None, 40)
    assert banner([notice("history", "HISTORY_CHUNK", 4, now, 100)], now) is None
    waiting = notice("sync", "SYNC_REQUESTED", 2, now)
    assert banner([waiting], now) == Banner("waiting", "1065")
    assert banner([waiting, importing], now) == Banner("importing", "1065", None, 40)
    assert banner([waiting], now + 2 * 86400) is None  # a day without news: stop waiting
    gone = notice("connection", "PARTNER_REMOVED", 5, now)
    assert banner([importing, gone], now) == Banner("disconnected", "1065")
    back = notice("connection", "ACCOUNT_RECONNECTED", 6, now)
    assert banner([importing, back], now) == Banner("importing", "1065", None, 40)
    token = notice("token", "ACCESS_TOKEN_INVALID", 7, now)
    assert banner([importing, token], now) == Banner("token", "1065")
    assert banner([importing, token], now + 7 * 3600) == Banner("importing", "1065", None, 40)
    declined = notice("history", "HISTORY_DECLINED", 8, now)
    assert banner([declined], now) == Banner("declined", "1065")


def history(sim: MetaSimProcess, progress: int) -> None:
    threads = {"5215511110001": [[False, "¿Abren el domingo?"]]}
    answer = sim.http.post("/_sim/history", json={"threads": threads, "progress": progress})
    answer.raise_for_status()


def test_admins_see_the_numbers_state_and_agents_do_not(
    qtbot: QtBot, relay: RelayProcess, sim: MetaSimProcess, tmp_path: Path
) -> None:
    admin = open_window(qtbot, relay, tmp_path / "admin", relay.add_agent("Dueña", admin=True))
    agent = open_window(qtbot, relay, tmp_path / "agent", relay.add_agent("Ana"))
    for window in (admin, agent):
        qtbot.waitUntil(lambda w=window: w.connection.phase == "live", timeout=10_000)
    assert (admin.role, agent.role) == ("admin", "agent")
    assert admin.team_action.isVisible() and not agent.team_action.isVisible()
    history(sim, 40)
    qtbot.waitUntil(admin.banner.isVisible, timeout=10_000)
    assert admin.banner.label.text() == "Importing the chat history: 40 %"
    assert not admin.banner.action.isVisible()  # nothing to do but wait
    relay.post(sample("coexistence/10_account_update_account_offboarded.json"))
    qtbot.waitUntil(
        lambda: admin.banner.label.text() == "The phone disconnected the number: connect it again.",
        timeout=10_000,
    )
    assert admin.banner.action.text() == "Open the set-up page"
    relay.post(sample("coexistence/11_account_update_account_reconnected.json"))
    qtbot.waitUntil(lambda: "40 %" in admin.banner.label.text(), timeout=10_000)
    history(sim, 100)
    qtbot.waitUntil(lambda: not admin.banner.isVisible(), timeout=10_000)
    assert not agent.banner.isVisible()
    # Another account's disconnection shows as well.
    relay.post(sample("coexistence/12_account_update_partner_removed_disconnection_info.json"))
    qtbot.waitUntil(admin.banner.isVisible, timeout=10_000)
    assert admin.banner.shown is not None and admin.banner.shown.kind == "disconnected"


def test_an_admins_settings_open_the_team_and_the_check(
    qtbot: QtBot, relay: RelayProcess, tmp_path: Path
) -> None:
    window: MainWindow = open_window(qtbot, relay, tmp_path, relay.add_agent("Dueña", admin=True))
    qtbot.waitUntil(lambda: window.role == "admin", timeout=10_000)
    settings = window.open_settings()
    assert settings.team.isVisibleTo(settings) and settings.doctor.isVisibleTo(settings)
    with qtbot.waitSignal(settings.teamRequested):
        settings.team.click()
    team = window.findChild(TeamDialog)
    assert team is not None and team.isVisible()
    qtbot.waitUntil(lambda: team.members.topLevelItemCount() == 1, timeout=10_000)
    team.close()
    settings.close()


def test_the_banner_hides_for_agents(qtbot: QtBot) -> None:
    shown = AccountBanner()
    qtbot.addWidget(shown)
    shown.set_notices([notice("connection", "PARTNER_REMOVED", 1, time.time())])
    assert not shown.isVisibleTo(shown.parentWidget() or shown) and shown.shown is None
    shown.set_enabled_for(True)
    assert shown.shown == Banner("disconnected", "1065")


def test_an_answer_missing_its_fields_is_an_admin_error_never_a_crash() -> None:
    # Each entry lacking a name or its creation time is left out, not a KeyError.
    agents = b'{"agents": [{"name": "Ana", "role": "admin", "created_at": 5}, {"name": "Beto"},'
    agents += b' {"role": "agent", "created_at": 6}, "x"]}'
    with answering(agents, content_type="application/json") as url:
        client = AdminClient(url, "pnt_x", "es")
        assert [(m.name, m.role, m.created_at) for m in client.team()] == [("Ana", "admin", 5)]
        with pytest.raises(AdminError) as refused:
            client.invite("Carla", "agent")  # the same body: no name nor link of an invitation
        assert refused.value.code == "unexpected"
