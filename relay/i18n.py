"""The relay's words for people (the set-up page, the doctor, onboarding), in their language.

Texts are Qt Linguist messages, like the desktop's: `translate("Doctor",
"...")` marks one for `pyside6-lupdate`, and `relay/translations/relay_*.ts`
hold the translations, read with the standard library (`wire.linguist`; the
relay never imports Qt). A `Phrase` is rendered in the reader's language at the edge: the
`Accept-Language` of a request, or the shell's `LANG` for a command.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from wire.linguist import DEFAULT, LANGUAGES, match, read_catalog
from wire.linguist import from_environment as shell_language

__all__ = [
    "DEFAULT", "LANGUAGES", "Phrase", "catalog", "from_environment", "match", "negotiate",
    "strings", "translate",
]  # fmt: skip
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
    return read_catalog(TRANSLATIONS / f"relay_{language}.ts")


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


def from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The shell's language (LC_ALL, LC_MESSAGES, LANG, LANGUAGE), for the commands."""
    return shell_language(os.environ if environ is None else environ)
