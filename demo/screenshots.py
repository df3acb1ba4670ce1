"""`python -m demo.screenshots`: the real app's windows, photographed into docs/screenshots/.

Two scenes, each at every `--size` (default 1280x800 and 1920x1080), in the
`--language` (default Spanish):

- `desk`: the demo's day (a history import, customers, the owner answering
  from the phone, an agent, the customer who sends every kind of message),
  the window filling the screen on that customer's conversation, light and
  dark, at its newest message and at its start; and, in light, with the emoji
  picker open.
- `team`: a team's morning: three customers, Ana and Luis at two desktops, an
  assignment, labels, a note, Ana typing, and the quick replies under `/`.

With Xvfb installed (Debian: `xvfb`) each size runs on an X server of that
size and the shot is the screen, menus included; without it the windows are
drawn offscreen (no menus). Emoji come from the bundled font.
"""

from __future__ import annotations

import argparse
import functools
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from demo.stack import free_port

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from desktop.window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
SIZES = ("1280x800", "1920x1080")


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m demo.screenshots", description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--language", default="es")
    parser.add_argument("--scene", choices=("desk", "team", "all"), default="all")
    parser.add_argument("--size", action="append", help="WIDTHxHEIGHT (repeatable)")
    parser.add_argument("--here", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    sizes = args.size or list(SIZES)
    if args.here:
        (size,) = sizes
        return _photograph(Path(args.out), args.language, args.scene, size)
    xvfb = shutil.which("Xvfb")
    for size in sizes:
        command = [sys.executable, "-m", "demo.screenshots", "--here", "--size", size, "--out",
                   args.out, "--language", args.language, "--scene", args.scene]  # fmt: skip
        if xvfb is None:
            print(f"(no Xvfb: {size} drawn offscreen, without menus)")
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
            subprocess.run(command, env=env, check=True)  # noqa: S603 - our own module
            continue
        display = f":{free_port() % 400 + 100}"
        server = subprocess.Popen(  # noqa: S603 - the X server Debian installs
            [xvfb, display, "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            time.sleep(1.0)  # Xvfb opens its socket at once; a second is plenty
            env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
            subprocess.run(command, env=env, check=True)  # noqa: S603 - our own module
        finally:
            server.terminate()
            server.wait(10)
    return 0


def _photograph(out: Path, language: str, scene: str, size: str) -> int:
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415 - Qt after the platform

    from desktop.fonts import load_emoji_font  # noqa: PLC0415
    from desktop.i18n import install  # noqa: PLC0415
    from desktop.qt_messages import quiet_probing  # noqa: PLC0415

    quiet_probing()
    width, height = (int(n) for n in size.split("x"))
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    load_emoji_font()
    translators = install(app, language)
    camera = Camera(app, out, f"{language}-{size}", (width, height))
    if scene in ("desk", "all"):
        _desk(camera)
    if scene in ("team", "all"):
        _team(camera)
    del translators
    return 0


class Camera:
    """Places windows on the screen and saves what it shows."""

    def __init__(self, app: QApplication, out: Path, suffix: str, size: tuple[int, int]) -> None:
        self.app, self.out, self.suffix, self.size = app, out, suffix, size
        self.screen = app.platformName() != "offscreen"

    def place(self, window: MainWindow) -> None:
        window.setGeometry(0, 0, *self.size)
        window.show()
        window.raise_()
        window.activateWindow()

    def shoot(self, window: MainWindow, name: str, settle: float = 1.0) -> None:
        window.raise_()
        self.wait_for(lambda: True, settle)
        path = self.out / f"{name}-{self.suffix}.png"
        if self.screen:
            # The screen, not the window: an open menu is a window of its own.
            picture = self.app.primaryScreen().grabWindow(0, 0, 0, *self.size)
        else:
            picture = window.grab()
        picture.save(str(path))
        print(f"saved {path}")

    def wait_for(self, done: Callable[[], object], settle: float = 0.0) -> None:
        deadline = time.monotonic() + 30
        while not done():
            if time.monotonic() > deadline:
                raise SystemExit(f"screenshots: the app did not get there in time ({done})")
            self.app.processEvents()
            time.sleep(0.01)
        end = time.monotonic() + settle
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.01)


def _window(camera: Camera, profile: Path, relay_url: str, token: str) -> MainWindow:
    from PySide6.QtCore import QSettings  # noqa: PLC0415

    from desktop.app import cache_path  # noqa: PLC0415
    from desktop.preferences import Preferences  # noqa: PLC0415
    from desktop.session import Session  # noqa: PLC0415
    from desktop.window import MainWindow  # noqa: PLC0415

    settings = QSettings(str(profile / "settings.ini"), QSettings.Format.IniFormat)
    session = Session(cache_path(profile, relay_url, token), relay_url, token)
    window = MainWindow(session, Preferences(settings))
    camera.place(window)
    session.start()
    camera.wait_for(lambda: window.connection.phase == "live")
    return window


def _listed(window: MainWindow, count: int) -> bool:
    return window.conversations.rowCount() == count


def _shows(window: MainWindow, count: int) -> bool:
    return window.timeline.rowCount() >= count


def _desk(camera: Camera) -> None:
    """The demo's day, on the customer who sends one of everything."""
    import httpx  # noqa: PLC0415
    from PySide6.QtCore import QTimer  # noqa: PLC0415

    from demo.day import play_day  # noqa: PLC0415
    from demo.showcase import CUSTOMER  # noqa: PLC0415
    from demo.stack import Stack  # noqa: PLC0415
    from desktop import theme  # noqa: PLC0415

    with tempfile.TemporaryDirectory() as tmp, Stack(Path(tmp) / "relay", agent="Ana") as stack:
        play_day(stack, say=lambda _: None)
        # And one customer nobody has answered yet: the list's badge and "needs a reply".
        httpx.post(
            f"{stack.sim_url}/_sim/customer",
            json={"phone": "5215544445555", "name": "Marta", "text": "¿Hacen envíos a Puebla? 🙏"},
            timeout=30,
        ).raise_for_status()
        for scheme in ("light", "dark"):
            theme.apply(camera.app, scheme)
            window = _window(camera, Path(tmp) / scheme, stack.relay_url, stack.token)
            camera.wait_for(functools.partial(_listed, window, 5))
            window.open(CUSTOMER)
            camera.wait_for(functools.partial(_shows, window, 16), settle=1.5)
            camera.shoot(window, f"desk-{scheme}")
            window.view.scrollToTop()
            camera.shoot(window, f"desk-{scheme}-top", settle=0.3)
            window.view.scrollToBottom()
            if scheme == "light" and camera.screen:
                window.composer.emoji_picker.set_recent(["👍", "🙏", "😊", "📦"])

                # showMenu() runs the menu's own event loop: the photograph is taken from
                # a timer inside that loop, which then closes the menu.
                def photograph(w: MainWindow = window) -> None:
                    camera.shoot(w, "emoji", settle=0.5)
                    w.composer.emoji_picker.close()

                QTimer.singleShot(300, photograph)
                window.composer.emoji_button.showMenu()
            window.session.stop()
            window.close()


def _team(camera: Camera) -> None:
    """Luis's desk while Ana types, and Ana's with the quick replies offered."""
    import httpx  # noqa: PLC0415

    from demo.stack import Stack  # noqa: PLC0415
    from desktop import theme  # noqa: PLC0415

    customers = [
        ("5215512345678", "Lucía Fernández", "Hola, ¿tienen la mochila azul en talla M?"),
        ("5215587654321", "Jorge Ramírez", "Buenas tardes, quiero agendar una cita"),
        ("5215511112222", "Marta", "¿Hacen envíos a Puebla?"),
    ]
    lucia, jorge = customers[0][0], customers[1][0]
    theme.apply(camera.app, "light")
    with (
        tempfile.TemporaryDirectory() as tmp,
        Stack(Path(tmp) / "relay", agent="Ana", admin=True) as stack,
    ):
        tokens = {"Ana": stack.token, "Luis": stack.add_agent("Luis")}
        with httpx.Client(base_url=stack.sim_url, timeout=30) as sim:
            for phone, name, text in customers:
                sim.post(
                    "/_sim/customer", json={"phone": phone, "name": name, "text": text}
                ).raise_for_status()
                time.sleep(0.2)
        with httpx.Client(
            base_url=stack.relay_url,
            timeout=30,
            headers={"Authorization": f"Bearer {tokens['Ana']}"},
        ) as ana:
            changes: list[tuple[str, dict[str, object]]] = [
                (f"/api/conversations/{lucia}/assign", {"assignee": "Luis"}),
                (f"/api/conversations/{lucia}/labels", {"add": ["Mayoreo", "VIP"]}),
                (f"/api/conversations/{jorge}/assign", {"assignee": "Ana"}),
            ]
            for n, (path, body) in enumerate(changes):
                ana.post(path, json={"client_id": f"scene-{n}", **body}).raise_for_status()
            for name, color in (("Mayoreo", "#f4a261"), ("VIP", "#9c6ade")):
                ana.put(f"/api/labels/{name}", json={"color": color}).raise_for_status()
            for shortcut, text in (
                ("hola", "¡Hola! Gracias por escribir a Mochilas Lucero, ¿en qué te ayudamos?"),
                ("horario", "Abrimos de lunes a sábado, de 9 a 19 h."),
            ):
                ana.put(f"/api/quick-replies/{shortcut}", json={"text": text}).raise_for_status()
            ana.post(
                "/api/notes",
                json={
                    "client_id": "scene-note",
                    "conversation": lucia,
                    "text": "Es cliente mayorista, ofrecerle 10 %",
                },
            ).raise_for_status()
        windows: dict[str, MainWindow] = {}
        for name, token in tokens.items():
            window = _window(camera, Path(tmp) / name, stack.relay_url, token)
            camera.wait_for(functools.partial(_listed, window, len(customers)))
            window.open(lucia)
            windows[name] = window
        ana_window, luis_window = windows["Ana"], windows["Luis"]
        ana_window.composer.edit.setPlainText("Déjame revisar")
        camera.wait_for(lambda: luis_window.presence_label.text() != "")
        camera.shoot(luis_window, "team-inbox")
        ana_window.composer.edit.clear()
        camera.wait_for(lambda: len(ana_window.composer.quick_replies) == 2)
        ana_window.activateWindow()
        ana_window.composer.edit.setFocus()
        ana_window.composer.edit.insertPlainText("/ho")
        camera.wait_for(ana_window.composer.quick_menu.isVisible)
        camera.wait_for(lambda: ana_window.presence_label.text() != "")
        camera.shoot(ana_window, "quick-replies")
        for window in windows.values():
            window.session.stop()
            window.close()


if __name__ == "__main__":
    sys.exit(main())
