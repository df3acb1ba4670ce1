"""The set-up page in a real browser: the first admin, Embedded Signup, the team and the doctor.

Headless Chromium (Debian's package) driven by Playwright; Meta's JavaScript
SDK is the simulator's stand-in, whose popup plays the owner and posts
Meta's `message` events. Skipped, saying why, where Chromium or Playwright
is missing (`.ci/run` installs both).
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from harness import APP_ID, ES_CONFIG_ID, Desk, MetaSimProcess, RelayProcess, running_relay

from demo.setup_screenshots import FLAGS

pytestmark = pytest.mark.sqlite_only(
    "the page in a browser; its API runs on both stores in test_setup"
)


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.skip("no Chromium here (Debian: apt-get install chromium; .ci/run installs it)")
    return found


def wait_enabled(locator: Any, problems: list[str], timeout: float = 10.0) -> None:
    """Until the control is enabled (the page's policy forbids Playwright's evaluated waits);
    `problems` are the page's errors so far, to say why it did not."""
    deadline = time.monotonic() + timeout
    while not locator.is_enabled():
        assert time.monotonic() < deadline, f"the control stayed disabled: {problems}"
        time.sleep(0.05)


def watch(page: Any) -> list[str]:
    """The page's script errors and failed loads, as they happen."""
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    return problems


@pytest.fixture
def browser() -> Iterator[Any]:
    path = chromium()
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=path, args=FLAGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def stack(tmp_path: Path, store_kind: str) -> Iterator[tuple[RelayProcess, MetaSimProcess]]:
    """A relay set up from the browser (no number or token in its environment), and Meta."""
    env = {"WHATSAPP_ACCESS_TOKEN": "", "WHATSAPP_PHONE_NUMBER_ID": "", "WHATSAPP_WABA_ID": ""}
    with running_relay(tmp_path, store=store_kind, extra_env=env) as relay:
        sim = MetaSimProcess(relay)
        try:
            yield relay, sim
        finally:
            sim.stop()


def test_an_owner_sets_up_the_relay_from_the_browser(
    browser: Any, stack: tuple[RelayProcess, MetaSimProcess]
) -> None:
    relay, sim = stack
    (code,) = relay.setup_codes()
    context = browser.new_context(locale="es-MX")
    page = context.new_page()
    problems = watch(page)
    page.goto(f"{relay.url}/setup?code={code}")
    page.get_by_role("heading", name="Configura Puente").wait_for()

    # The first administrator.
    page.get_by_label("Tu nombre").fill("Dueña")
    page.get_by_role("button", name="Crear administrador").click()
    link = page.locator("#credentials-link")
    link.wait_for()
    assert link.input_value().startswith("puente://connect?relay=")
    assert "code=" not in page.url  # the spent code left the address bar
    token = page.locator("#credentials-token").text_content() or ""
    page.get_by_role("button", name="Ya lo guardé").click()
    page.get_by_text("Sesión de Dueña").wait_for()

    # Embedded Signup: Meta's window plays the owner and closes; the page connects.
    button = page.get_by_role("button", name="Continuar con Facebook")
    wait_enabled(button, problems)
    with page.expect_popup() as popup:
        button.click()
    popup.value.wait_for_event("close")
    page.get_by_text("El número está conectado.").wait_for(timeout=15_000)
    steps = page.locator("#connect-steps li")
    assert steps.count() == 6
    assert page.locator("#connect-steps li.fail").count() == 0
    assert "coexistencia" in steps.nth(3).inner_text()
    page.locator("#numbers li", has_text="+52 55 1234 5678").wait_for()

    (login,) = sim.report()["signup"]["logins"]
    assert login == {
        "app_id": APP_ID,
        "version": "v27.0",
        "config_id": ES_CONFIG_ID,
        "response_type": "code",
        "override_default_response_type": "true",
        "feature_type": "whatsapp_business_app_onboarding",
        "session_info_version": "3",
        "setup": "{}",
    }
    counts = sim.report()["signup"]["counts"]
    pnid = next(key.split(":")[1] for key in counts if key.startswith("syncs:"))
    assert counts["exchanges"] == 1
    assert sum(v for k, v in counts.items() if k.startswith("subscriptions:")) == 1
    assert counts[f"syncs:{pnid}:smb_app_state_sync"] == 1
    assert counts[f"syncs:{pnid}:history"] == 1

    # The history Meta sends after the sync reaches a desktop.
    desk = Desk(relay, token)
    imported = desk.until(
        lambda seen: sum(e.kind == "message" and e.data["origin"] == "history" for e in seen) == 4
    )
    assert {e.account for e in imported if e.kind == "message"} == {pnid}
    desk.close()

    # The team: an invitation's link, then the list.
    page.get_by_label("Nombre del agente").fill("Ana")
    page.get_by_role("button", name="Invitar").click()
    page.get_by_role("heading", name="Invitación para Ana").wait_for()
    page.locator("#agents li", has_text="Ana").wait_for()

    # The doctor, in Spanish.
    page.get_by_role("button", name="Ejecutar las comprobaciones").click()
    page.locator("#doctor-checks li").first.wait_for(timeout=20_000)
    assert page.locator("#doctor-checks li", has_text="Token de acceso").count() == 1
    assert problems == []
    context.close()


@pytest.mark.parametrize(
    ("script", "shown"),
    [
        ({"order": "code_first", "event": "FINISH"}, "El número está conectado."),
        ({"event": "CANCEL"}, "La conexión se detuvo en el paso PHONE_NUMBER_SETUP"),
        ({"event": "ERROR"}, "Meta informó un problema: Your verified name violates"),
    ],
)
def test_the_page_takes_metas_messages_in_either_order_and_says_when_it_stopped(
    browser: Any,
    stack: tuple[RelayProcess, MetaSimProcess],
    script: dict[str, str],
    shown: str,
) -> None:
    relay, sim = stack
    admin = relay.add_agent("Dueña", admin=True)
    sim.http.post("/_sim/es", json=script).raise_for_status()
    context = browser.new_context(locale="es-ES")
    page = context.new_page()
    problems = watch(page)
    page.goto(f"{relay.url}/setup")
    page.get_by_label("Token").fill(f"puente://connect?relay=x&token={admin}")
    page.get_by_role("button", name="Iniciar sesión").click()
    button = page.get_by_role("button", name="Continuar con Facebook")
    wait_enabled(button, problems)
    with page.expect_popup() as popup:
        button.click()
    popup.value.wait_for_event("close")
    page.get_by_text(shown).wait_for(timeout=15_000)
    connected = sim.report()["signup"]["counts"].get("exchanges", 0)
    assert connected == (1 if script["event"] == "FINISH" else 0)
    assert problems == []
    context.close()


def test_an_agents_token_does_not_open_the_admin_page(
    browser: Any, stack: tuple[RelayProcess, MetaSimProcess]
) -> None:
    relay, _ = stack
    relay.add_agent("Dueña", admin=True)
    agent = relay.add_agent("Ana")
    page = browser.new_context(locale="en-US").new_page()
    page.goto(f"{relay.url}/setup")
    page.get_by_label("Token").fill(agent)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_text("This token is an agent's, not an administrator's.").wait_for()
    assert page.locator("#admin").is_hidden()
