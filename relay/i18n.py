"""The relay's words for people (the set-up page, the doctor, onboarding), in their language.

Texts are Qt Linguist messages, like the desktop's: `translate("Doctor",
"...")` marks one for `pyside6-lupdate`, and `relay/translations/relay_*.ts`
hold the translations, read here with the standard library (the relay never
imports Qt). A `Phrase` is rendered in the reader's language at the edge: the
`Accept-Language` of a request, or the shell's `LANG` for a command.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

LANGUAGES = ("es", "pt_BR", "en")
DEFAULT = "en"
TRANSLATIONS = Path(__file__).resolve().parent / "translations"


@dataclass(frozen=True, slots=True)
class Phrase:
    """A text to show a person, with `%1`, `%2`... filled from `args` when rendered."""

    context: str
    source: str
    args: tuple[str | Phrase, ...] = ()

    def __call__(self, *args: object) -> Phrase:
        """The phrase with its placeholders' values (phrases among them render too)."""
        return Phrase(
            self.context, self.source, tuple(a if isinstance(a, Phrase) else str(a) for a in args)
        )

    def render(self, language: str) -> str:
        text = catalog(language).get((self.context, self.source)) or self.source
        # Highest first, so %1 never eats the start of %10.
        for i in range(len(self.args), 0, -1):
            arg = self.args[i - 1]
            text = text.replace(f"%{i}", arg.render(language) if isinstance(arg, Phrase) else arg)
        return text


def translate(context: str, source: str) -> Phrase:
    """Mark a text for translation (`pyside6-lupdate` finds these calls)."""
    return Phrase(context, source)


@cache
def catalog(language: str) -> Mapping[tuple[str, str], str]:
    """(context, source) -> translation, from relay_<language>.ts; empty if there is none."""
    path = TRANSLATIONS / f"relay_{language}.ts"
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


def strings(language: str, context: str) -> dict[str, str]:
    """Every translation of one context (the set-up page's), source -> text."""
    return {source: text for (ctx, source), text in catalog(language).items() if ctx == context}


def negotiate(accept_language: str | None) -> str:
    """The language to answer in, from an Accept-Language header (q-values honoured)."""
    if not accept_language:
        return DEFAULT
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate(accept_language.split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        if tag and quality > 0:
            ranked.append((-quality, position, tag.strip()))
    for _, _, tag in sorted(ranked):
        found = match(tag)
        if found is not None:
            return found
    return DEFAULT


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


def from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The shell's language (LC_ALL, LC_MESSAGES, LANG, LANGUAGE), for the commands."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(name, "")
        for tag in value.split(":"):
            found = match(tag.split(".", 1)[0]) if tag and tag not in ("C", "POSIX") else None
            if found is not None:
                return found
    return DEFAULT
