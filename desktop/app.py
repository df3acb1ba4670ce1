"""Starting the app: language, sign-in, the main window, and the self-test the packaging runs."""

from __future__ import annotations

import argparse
import gc
import hashlib
import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QStandardPaths, QTimer
from PySide6.QtGui import QIcon, QImageReader
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__, network, theme
from desktop.fonts import EMOJI_FONT, emoji_renders, load_emoji_font
from desktop.i18n import LANGUAGES, install, pick
from desktop.icons import Glyph, icon
from desktop.instance import SingleInstance
from desktop.pairing import Pairing, parse_pairing_link
from desktop.phones import parse, shown
from desktop.player import VoicePlayer
from desktop.poster_maker import make_poster
from desktop.preferences import Preferences
from desktop.resources import icon_path, sample_video
from desktop.session import Session
from desktop.signin import SignInDialog
from desktop.vault import TokenVault
from desktop.voice_note import encode_opus
from desktop.window import MainWindow
from wire.redaction import Redactor
from wire.redaction import install as install_redaction

translate = QCoreApplication.translate


def profile_dir(override: str | None) -> Path:
    """The per-user data folder (cache and settings), or the one given."""
    if override:
        return Path(override)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / ".puente")


def cache_path(profile: Path, relay_url: str, token: str) -> Path:
    """One cache per relay and agent (a hash: neither appears in the file name)."""
    digest = hashlib.sha256(f"{relay_url}\n{token}".encode()).hexdigest()[:16]
    return profile / f"cache-{digest}.db"


def tune_gc() -> None:
    """Keep the garbage collector's pauses short while thousands of events stream in.

    Start-up objects (Qt's wrappers, modules) move to the permanent generation, and
    young collections run less often: a catch-up allocates a record per event, and
    full collections over them stalled the window for tens of milliseconds.
    """
    gc.freeze()
    gc.set_threshold(50_000, 50, 100)


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m desktop",
        description="Puente: answer the business's WhatsApp from this desktop.",
        epilog="python -m desktop tail --help: the relay's events in a terminal, no window.",
    )
    # Answered by desktop.__main__ before Qt loads; listed here so --help says so.
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument("--self-test", action="store_true", help="start offscreen and check")
    parser.add_argument("--profile", help="data folder (default: the per-user one)")
    parser.add_argument("--language", choices=LANGUAGES, help="override the system language")
    parser.add_argument("--theme", choices=theme.THEMES, help="override the OS's light or dark")
    parser.add_argument(
        "link", nargs="?", help="a pairing link (puente://connect?relay=...&token=...)"
    )
    args, qt_args = parser.parse_known_args(argv)
    if args.self_test:
        return self_test()
    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("Puente")
    app.setOrganizationName("Puente")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(icon_path())))
    load_emoji_font()
    profile = profile_dir(args.profile)
    profile.mkdir(parents=True, exist_ok=True)
    # A link clicked while Puente runs starts it again: the running one takes the link.
    instance = SingleInstance(profile)
    if instance.hand_over(args.link or ""):
        return 0
    instance.listen()
    pairing = parse_pairing_link(args.link) if args.link else None
    preferences = Preferences(QSettings(str(profile / "settings.ini"), QSettings.Format.IniFormat))
    # The translators must stay referenced while the app runs.
    _translators = install(app, pick(args.language or preferences.language))
    theme.apply(app, args.theme or preferences.theme)
    # The OS switching light and dark is followed while the agent leaves it to the OS.
    app.styleHints().colorSchemeChanged.connect(
        lambda _: (
            theme.apply(app, "system") if (args.theme or preferences.theme) == "system" else None
        )
    )
    vault = TokenVault()
    # Whatever logs (httpx, websockets at debug), tokens never show.
    redactor = Redactor()
    install_redaction(redactor)
    while True:
        credentials = _credentials(preferences, vault, instance, pairing)
        if credentials is None:
            return 0
        relay_url, token = credentials
        redactor.add(token)
        session = Session(cache_path(profile, relay_url, token), relay_url, token)
        window = MainWindow(session, preferences, token_in_keychain=vault.secure)
        signed_out = SignOut(window)
        instance.linkReceived.connect(window.receive_link)
        if os.environ.get("PUENTE_EXIT_ON_FIRST_PAINT"):
            # bench/desktop_start_bench.py: how long until the window is on screen.
            FirstPaint(window)  # the window, its parent, keeps it
        window.show()
        tune_gc()
        session.start()
        app.exec()
        session.stop()
        instance.linkReceived.disconnect(window.receive_link)
        pairing = signed_out.pairing
        if not signed_out.requested:
            return 0
        if pairing is None:
            vault.forget(relay_url)


class FirstPaint(QObject):
    """Says "painted" and quits when the window is first painted (a start benchmark)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._done = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            print("painted", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


class SignOut:
    """Remembers whether the window closed because the agent signed out, or to sign in
    with a pairing link opened while it ran."""

    def __init__(self, window: MainWindow) -> None:
        self.requested = False
        self.pairing: Pairing | None = None
        self._window = window
        window.signOutRequested.connect(self._sign_out)
        window.pairingAccepted.connect(self._switch)

    def _sign_out(self) -> None:
        self.requested = True
        self._window.close()

    def _switch(self, pairing: Pairing) -> None:
        self.requested, self.pairing = True, pairing
        self._window.close()


def _credentials(
    preferences: Preferences,
    vault: TokenVault,
    instance: SingleInstance,
    pairing: Pairing | None,
) -> tuple[str, str] | None:
    """The relay and token: a pairing link's once the agent confirmed its relay, or from
    the environment (the demo), the keychain, or the agent."""
    url, token = os.environ.get("PUENTE_RELAY_URL"), os.environ.get("PUENTE_TOKEN")
    if url and token and pairing is None:
        return url.rstrip("/"), token
    if preferences.relay_url and pairing is None:
        saved = vault.load(preferences.relay_url)
        if saved:
            return preferences.relay_url, saved
    dialog = SignInDialog(preferences.relay_url)
    if pairing is not None:
        dialog.fill(pairing)
    # A link clicked while the dialog is open fills it (and brings it forward).
    instance.linkReceived.connect(dialog.receive_link)
    try:
        if dialog.exec() != SignInDialog.DialogCode.Accepted:
            return None
    finally:
        instance.linkReceived.disconnect(dialog.receive_link)
    url, token = dialog.credentials()
    preferences.relay_url = url
    preferences.sync()
    if not vault.save(url, token):
        QMessageBox.information(
            None,
            translate("App", "Token kept for this session only"),
            translate(
                "App",
                "This computer has no secure keychain, so Puente will not store your token: "
                "you will be asked for it again next time.",
            ),
        )
    return url, token


def _codecs_and_tls() -> list[str]:
    """What a build can silently lose: the image plugins photos need, and TLS."""
    problems = []
    for fmt in (b"jpeg", b"png", b"webp", b"gif"):
        if fmt not in QImageReader.supportedImageFormats():
            problems.append(f"cannot decode {fmt.decode()} pictures (an imageformats plugin)")
    try:
        network.tls_context()
    except Exception as exc:  # noqa: BLE001 - whatever it is, the build is broken
        problems.append(f"no TLS: {exc!r}")
    if not VoicePlayer().available:
        problems.append("voice notes cannot play here (QtMultimedia did not load)")
    with tempfile.TemporaryDirectory(prefix="puente-self-test-") as folder:
        video = Path(folder) / "video.mp4"
        shutil.copyfile(sample_video(), video)
        if not make_poster(video):
            problems.append("videos show no poster frame (QtMultimedia's FFmpeg did not decode)")
    if shown("5215512345678") != "+52 1 55 1234 5678" or parse("612345678", "ES") is None:
        problems.append("phone numbers are not read (phonenumbers' metadata did not come)")
    try:
        if not encode_opus(bytes(4800 * 2), 48000).startswith(b"OggS"):
            problems.append("voice notes are not encoded as Ogg Opus")
    except Exception as exc:  # noqa: BLE001 - libsndfile missing from the build, say
        problems.append(f"voice notes cannot be recorded: {exc!r}")
    return problems


def _look(app: QApplication) -> list[str]:
    """The emoji font, the style sheet and the icons came along and draw."""
    problems = []
    if load_emoji_font() is None:
        problems.append(f"emoji font missing: {EMOJI_FONT}")
    elif not emoji_renders():
        problems.append("an emoji draws empty")
    try:
        theme.apply(app, "light")
    except OSError as exc:
        problems.append(f"style sheet missing: {exc}")
    if icon(Glyph.SEND).pixmap(24, 24).isNull():
        problems.append("icons do not draw (qtawesome's fonts missing?)")
    return problems


def self_test() -> int:
    """Start offscreen with a temporary profile, load every resource and translation, open
    the main window, and exit 0 only if all of that worked (the packaging check)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication([sys.argv[0]])
    problems: list[str] = []
    if QIcon(str(icon_path())).isNull():
        problems.append(f"icon missing: {icon_path()}")
    for language in LANGUAGES:
        try:
            for translator in install(app, language):
                app.removeTranslator(translator)
        except FileNotFoundError as exc:
            problems.append(str(exc))
    problems += _codecs_and_tls()
    problems += _look(app)
    with tempfile.TemporaryDirectory(prefix="puente-self-test-") as folder:
        profile = Path(folder)
        preferences = Preferences(
            QSettings(str(profile / "settings.ini"), QSettings.Format.IniFormat)
        )
        # A relay that is not there: the window must open and say it is offline.
        session = Session(cache_path(profile, "http://127.0.0.1:9", "x"), "http://127.0.0.1:9", "x")
        window = MainWindow(session, preferences)
        window.show()
        session.start()

        def check() -> None:
            # Before quitting: Qt 6 closes every window on quit.
            if not window.isVisible():
                problems.append("the main window did not open")
            if window.connection.phase not in ("waiting", "connecting"):
                problems.append(f"unexpected connection state {window.connection.phase}")
            app.quit()

        QTimer.singleShot(1500, check)
        app.exec()
        session.stop()
    for problem in problems:
        print(f"self-test: {problem}", file=sys.stderr)
    print("self-test: ok" if not problems else "self-test: FAILED")
    return 0 if not problems else 1
