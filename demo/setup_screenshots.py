"""`python -m demo.setup_screenshots`: the set-up page (Chromium) and the Team dialog, in docs/.

Starts a relay without a number (as a shop's begins) and the Meta simulator,
then, in headless Chromium driven by Playwright (Debian's `chromium`, not
Playwright's download): creates the first administrator from the set-up link,
connects the number through the simulator's Embedded Signup, invites an
agent and runs the doctor; saves the page in Spanish. Then the desktop's Team
dialog, offscreen, with an invitation. Needs `pip install playwright` and
Chromium; fonts are the system's.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m demo.setup_screenshots", description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    browser_path = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser_path is None:
        print("setup_screenshots: install Chromium (Debian: apt-get install chromium)")
        return 2
    from demo.stack import Stack  # noqa: PLC0415

    no_number = {
        "WHATSAPP_ACCESS_TOKEN": "",
        "WHATSAPP_PHONE_NUMBER_ID": "",
        "WHATSAPP_WABA_ID": "",
    }
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "relay.log"
        with Stack(Path(tmp) / "relay", agent="Ana", env=no_number, log=log) as stack:
            admin = _page(stack.relay_url, _setup_code(log), browser_path, out)
            _team_dialog(stack.relay_url, admin, out)
    return 0


def _setup_code(log: Path) -> str:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        found = re.search(r"/setup\?code=([A-Za-z0-9_-]+)", log.read_text(errors="replace"))
        if found:
            return found.group(1)
        time.sleep(0.1)
    raise SystemExit("setup_screenshots: the relay logged no set-up link")


def _page(relay_url: str, code: str, browser_path: str, out: Path) -> str:
    """Drive the set-up page as the owner would; the admin's token."""
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 - a dev tool's

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=browser_path, args=FLAGS)
        page = browser.new_context(
            locale="es-MX", viewport={"width": 1100, "height": 900}, device_scale_factor=1
        ).new_page()
        page.goto(f"{relay_url}/setup?code={code}")
        page.get_by_label("Tu nombre").fill("Marisol")
        page.screenshot(path=str(out / "setup-first-admin-es.png"))
        page.get_by_role("button", name="Crear administrador").click()
        page.locator("#credentials-link").wait_for()
        token = page.locator("#credentials-token").text_content() or ""
        page.get_by_role("button", name="Ya lo guardé").click()
        button = page.get_by_role("button", name="Continuar con Facebook")
        deadline = time.monotonic() + 10
        while not button.is_enabled() and time.monotonic() < deadline:
            time.sleep(0.05)
        with page.expect_popup() as popup:
            button.click()
        popup.value.wait_for_event("close")
        page.get_by_text("El número está conectado.").wait_for(timeout=15_000)
        page.get_by_label("Nombre del agente").fill("Luis")
        page.get_by_role("button", name="Invitar").click()
        page.get_by_role("heading", name="Invitación para Luis").wait_for()
        page.get_by_role("button", name="Ya lo guardé").click()
        page.get_by_role("button", name="Ejecutar las comprobaciones").click()
        page.locator("#doctor-checks li").first.wait_for(timeout=20_000)
        page.screenshot(path=str(out / "setup-es.png"), full_page=True)
        browser.close()
    for name in ("setup-first-admin-es.png", "setup-es.png"):
        print(f"saved {out / name}")
    return token


def _team_dialog(relay_url: str, token: str, out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415 - Qt after the platform

    from desktop import theme  # noqa: PLC0415
    from desktop.admin_client import AdminClient  # noqa: PLC0415
    from desktop.i18n import install  # noqa: PLC0415
    from desktop.team_dialog import TeamDialog  # noqa: PLC0415

    app = QApplication(sys.argv[:1])
    translators = install(app, "es")
    theme.apply(app, "light")
    dialog = TeamDialog(AdminClient(relay_url, token, "es"), "Marisol")
    dialog.show()
    _wait(app, lambda: dialog.members.topLevelItemCount() >= 3)
    dialog.name.setText("Rocío")
    dialog.invite()
    _wait(app, lambda: dialog.link_box.isVisible() and dialog.members.topLevelItemCount() >= 4)
    settle = time.monotonic() + 0.3  # the last repaint
    _wait(app, lambda: time.monotonic() > settle)
    path = out / "team-es.png"
    dialog.grab().save(str(path))
    print(f"saved {path}")
    dialog.close()
    del translators


def _wait(app: object, done: object, timeout: float = 15.0) -> None:
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    assert isinstance(app, QApplication) and callable(done)
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise SystemExit(f"setup_screenshots: the dialog did not get there ({done})")
        app.processEvents()
        time.sleep(0.01)


if __name__ == "__main__":
    sys.exit(main())
