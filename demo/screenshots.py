"""`python -m demo.screenshots`: the main window, from the running app, into docs/screenshots/.

Starts the demo's relay and simulator, plays the showcase conversation (every
kind of message), opens the real desktop window signed in as an agent, and
saves it in Spanish, light and dark (`--scene main`). `--scene team` plays a
team's morning instead: three customers, Ana and Luis at two desktops, an
assignment, labels, a note, Ana typing, and the quick replies under `/`.
Offscreen by default; emoji come from the bundled font.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m demo.screenshots", description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--language", default="es")
    parser.add_argument("--scene", choices=("main", "team", "all"), default="all")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings  # noqa: PLC0415 - Qt after the platform is chosen
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from demo.showcase import CUSTOMER, Showcase  # noqa: PLC0415
    from demo.stack import Stack  # noqa: PLC0415
    from desktop import theme  # noqa: PLC0415
    from desktop.app import cache_path  # noqa: PLC0415
    from desktop.fonts import load_emoji_font  # noqa: PLC0415
    from desktop.i18n import install  # noqa: PLC0415
    from desktop.preferences import Preferences  # noqa: PLC0415
    from desktop.session import Session  # noqa: PLC0415
    from desktop.window import MainWindow  # noqa: PLC0415

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    load_emoji_font()
    translators = install(app, args.language)
    if args.scene in ("team", "all"):
        _team(app, out, args.language)
    if args.scene == "team":
        return 0
    with tempfile.TemporaryDirectory() as tmp, Stack(Path(tmp) / "relay", agent="Ana") as stack:
        showcase = Showcase(stack.sim_url, stack.relay_url, stack.token)
        try:
            showcase.play()
        finally:
            showcase.close()
        for scheme in ("light", "dark"):
            theme.apply(app, scheme)
            profile = Path(tmp) / scheme
            settings = QSettings(str(profile / "settings.ini"), QSettings.Format.IniFormat)
            session = Session(cache_path(profile, stack.relay_url, stack.token), stack.relay_url,
                              stack.token)  # fmt: skip
            window = MainWindow(session, Preferences(settings))
            window.resize(1280, 900)
            window.show()
            session.start()
            _wait(app, lambda w=window: w.connection.phase == "live")
            window.open(CUSTOMER)
            _wait(app, lambda w=window: w.timeline.rowCount() >= 16)
            _settle(app, 1.5)  # the last statuses, thumbnails, the list's coalesced repaint
            # The conversation is taller than the window: its start, then its end.
            for part, scroll in (
                ("top", window.view.scrollToTop),
                ("", window.view.scrollToBottom),
            ):
                scroll()
                _settle(app, 0.3)
                path = out / f"main-{args.language}-{scheme}{'-' + part if part else ''}.png"
                window.grab().save(str(path))
                print(f"saved {path}")
            session.stop()
            window.close()
    del translators
    return 0


def _team(app: object, out: Path, language: str) -> None:
    """Luis's desk while Ana types, and Ana's with the quick replies offered."""
    import httpx  # noqa: PLC0415
    from PySide6.QtCore import QSettings  # noqa: PLC0415

    from demo.stack import Stack  # noqa: PLC0415
    from desktop import theme  # noqa: PLC0415
    from desktop.app import cache_path  # noqa: PLC0415
    from desktop.preferences import Preferences  # noqa: PLC0415
    from desktop.session import Session  # noqa: PLC0415
    from desktop.window import MainWindow  # noqa: PLC0415

    customers = [
        ("5215512345678", "Lucía Fernández", "Hola, ¿tienen la mochila azul en talla M?"),
        ("5215587654321", "Jorge Ramírez", "Buenas tardes, quiero agendar una cita"),
        ("5215511112222", "Marta", "¿Hacen envíos a Puebla?"),
    ]
    lucia, jorge = customers[0][0], customers[1][0]
    theme.apply(app, "light")  # type: ignore[arg-type]
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
        ana = httpx.Client(
            base_url=stack.relay_url,
            timeout=30,
            headers={"Authorization": f"Bearer {tokens['Ana']}"},
        )
        with ana:
            stack_changes: list[tuple[str, dict[str, object]]] = [
                (f"/api/conversations/{lucia}/assign", {"assignee": "Luis"}),
                (f"/api/conversations/{lucia}/labels", {"add": ["Mayoreo", "VIP"]}),
                (f"/api/conversations/{jorge}/assign", {"assignee": "Ana"}),
            ]
            for n, (path, body) in enumerate(stack_changes):
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
            profile = Path(tmp) / name
            settings = QSettings(str(profile / "settings.ini"), QSettings.Format.IniFormat)
            session = Session(cache_path(profile, stack.relay_url, token), stack.relay_url, token)
            window = MainWindow(session, Preferences(settings))
            window.resize(1200, 760)
            window.show()
            session.start()
            _wait(app, lambda w=window: w.connection.phase == "live")
            _wait(app, lambda w=window: w.conversations.rowCount() == len(customers))
            window.open(lucia)
            windows[name] = window
        ana_window, luis_window = windows["Ana"], windows["Luis"]
        ana_window.composer.edit.setPlainText("Déjame revisar")
        _wait(app, lambda: luis_window.presence_label.text() != "")
        _settle(app, 1.0)
        shot = out / f"team-inbox-{language}.png"
        luis_window.grab().save(str(shot))
        print(f"saved {shot}")
        ana_window.composer.edit.clear()
        _wait(app, lambda: len(ana_window.composer.quick_replies) == 2)
        ana_window.composer.edit.setFocus()
        ana_window.composer.edit.insertPlainText("/ho")
        _wait(app, ana_window.composer.quick_menu.isVisible)
        _wait(app, lambda: ana_window.presence_label.text() != "")
        _settle(app, 1.0)
        shot = out / f"quick-replies-{language}.png"
        ana_window.grab().save(str(shot))
        print(f"saved {shot}")
        for window in windows.values():
            window.session.stop()
            window.close()


def _wait(app: object, done: object, timeout: float = 30.0) -> None:
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    assert isinstance(app, QApplication) and callable(done)
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise SystemExit(f"screenshots: the app did not get there in time ({done})")
        app.processEvents()
        time.sleep(0.01)


def _settle(app: object, seconds: float) -> None:
    end = time.monotonic() + seconds
    _wait(app, lambda: time.monotonic() > end)


if __name__ == "__main__":
    sys.exit(main())
