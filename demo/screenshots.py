"""`python -m demo.screenshots`: the main window, from the running app, into docs/screenshots/.

Starts the demo's relay and simulator, plays the showcase conversation (every
kind of message), opens the real desktop window signed in as an agent, and
saves it in Spanish, light and dark. Offscreen by default; fonts are the
system's (install an emoji font, e.g. Debian's fonts-noto-color-emoji, first).
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
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings  # noqa: PLC0415 - Qt after the platform is chosen
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from demo.showcase import CUSTOMER, Showcase  # noqa: PLC0415
    from demo.stack import Stack  # noqa: PLC0415
    from desktop import theme  # noqa: PLC0415
    from desktop.app import cache_path  # noqa: PLC0415
    from desktop.i18n import install  # noqa: PLC0415
    from desktop.preferences import Preferences  # noqa: PLC0415
    from desktop.session import Session  # noqa: PLC0415
    from desktop.window import MainWindow  # noqa: PLC0415

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    translators = install(app, args.language)
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
