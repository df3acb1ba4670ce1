"""The demo's desktop: the real app's window, signed in to the demo's relay, beside the script."""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from demo.stack import Stack
from desktop import theme
from desktop.app import cache_path, tune_gc
from desktop.fonts import load_emoji_font
from desktop.i18n import install, pick
from desktop.preferences import Preferences
from desktop.resources import icon_path
from desktop.session import Session
from desktop.summaries import Translate
from desktop.window import MainWindow


def run_desktop(
    stack: Stack,
    profile: Path,
    play: Callable[[], None],
    once: bool,
    show_first: str | None = None,
    translate: Translate = lambda _context, source: source,
) -> int:
    """Show the window; play the script beside it; return when the window closes (or, with
    `once`, a few seconds after the script ended). `show_first`: the conversation opened
    once the script has played, unless the agent opened one by then."""
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Puente")
    app.setWindowIcon(QIcon(str(icon_path())))
    load_emoji_font()
    profile.mkdir(parents=True, exist_ok=True)
    preferences = Preferences(QSettings(str(profile / "settings.ini"), QSettings.Format.IniFormat))
    translators = install(app, pick(preferences.language))
    theme.apply(app, preferences.theme)
    session = Session(cache_path(profile, stack.relay_url, stack.token), stack.relay_url,
                      stack.token)  # fmt: skip
    window = MainWindow(session, preferences)
    window.show()
    tune_gc()
    session.start()
    # Ctrl+C in the terminal closes the window like its close button: Python sees the
    # signal only while it runs, so a timer lets it run now and then.
    signal.signal(signal.SIGINT, lambda *_: window.close())
    heartbeat = QTimer(window)
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start(200)
    played = threading.Event()

    def script() -> None:
        try:
            play()
        finally:
            played.set()

    threading.Thread(target=script, name="demo-script", daemon=True).start()

    def open_first() -> None:
        # The conversation with the most to show, once it is in the list.
        if window.current is not None or show_first is None:
            return
        if played.is_set() and window.conversations.get(show_first) is not None:
            window.open(show_first)
        else:
            QTimer.singleShot(200, open_first)

    open_first()
    if once:
        # For tests: close once the script played and the window caught up with it.
        def check() -> None:
            if played.is_set():
                QTimer.singleShot(3000, window.close)
            else:
                QTimer.singleShot(200, check)

        check()
    print(
        translate(
            "Demo", "The desktop is open: reply from it. Close the window (or Ctrl+C) to stop."
        )
    )
    app.exec()
    unread = window.conversations.unread_total()
    # For people and for tests: how the window ended.
    print(
        f"Window closed: {window.conversations.rowCount()} conversations, {unread} unread "
        f"({window.connection.phase}), showing {window.current or 'none'}."
    )
    session.stop()
    del translators
    return 0
