"""Qt Linguist's `.ts` files read with the standard library, and which language a person reads.

The desktop's windows load `.qm` files through Qt; the relay and the desktop's
terminal commands (`tail`, the demo's console) never load Qt, so they read the
same `.ts` files here. The three languages are the project's.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path

LANGUAGES = ("es", "pt_BR", "en")
DEFAULT = "en"


def read_catalog(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation, from one `.ts` file; empty if there is none.
    Unfinished, vanished and obsolete entries are left out (their source shows)."""
    if not path.is_file():
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314 - our own file
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not translation.text:
                continue
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            found[(name, source)] = translation.text
    return found


def match(tag: str) -> str | None:
    """One of LANGUAGES for a tag like `es-MX`, `pt_BR` or `pt`; None if none fits."""
    normal = tag.replace("-", "_")
    for language in LANGUAGES:
        if normal.lower() == language.lower():
            return language
    base = normal.split("_", 1)[0].lower()
    for language in LANGUAGES:
        if language.split("_", 1)[0] == base:
            return language
    return None


def from_environment(environ: Mapping[str, str]) -> str:
    """The shell's language (LC_ALL, LC_MESSAGES, LANG, LANGUAGE), for the commands."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = environ.get(name, "")
        for tag in value.split(":"):
            found = match(tag.split(".", 1)[0]) if tag and tag not in ("C", "POSIX") else None
            if found is not None:
                return found
    return DEFAULT
