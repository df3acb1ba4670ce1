"""The UI's language: Qt Linguist translations, following the system unless overridden."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.resources import translations_dir

LANGUAGES = ("es", "pt_BR", "en")


def pick(preferred: str | None) -> str:
    """The language to use: the override if we have it, else the system's, else English."""
    for candidate in (preferred, QLocale.system().name()):
        if not candidate:
            continue
        if candidate in LANGUAGES:
            return candidate
        base = candidate.split("_", 1)[0]
        for language in LANGUAGES:
            if language.split("_", 1)[0] == base:
                return language
    return "en"


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our translation (and Qt's own, for standard dialogs); return the translators,
    which must stay referenced. Raises FileNotFoundError if ours is missing."""
    ours = QTranslator(app)
    path = translations_dir() / f"puente_{language}.qm"
    if not ours.load(str(path)):
        raise FileNotFoundError(f"cannot load {path}")
    app.installTranslator(ours)
    loaded = [ours]
    qt = QTranslator(app)
    if qt.load(
        QLocale(language),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        app.installTranslator(qt)
        loaded.append(qt)
    # Dates, times and numbers as the agent's region writes them (es_MX, not Spain's) when
    # the system speaks the UI's language; else the language's own.
    system = QLocale.system()
    same = system.name().split("_", 1)[0] == language.split("_", 1)[0]
    QLocale.setDefault(system if same else QLocale(language))
    return loaded
