"""The desktop's words where Qt is not loaded: the terminal's `tail` and the demo's console.

The same `resources/translations/puente_*.ts` the window's `.qm` files are
built from, read with the standard library, in the shell's language (LANG and
its kin), so a Spanish terminal reads Spanish as the window does.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from desktop.resources import translations_dir
from desktop.summaries import Translate
from wire.linguist import from_environment, read_catalog


def shell_words(environ: Mapping[str, str] | None = None) -> Translate:
    """`translate(context, source)` in the shell's language (English when it is none of
    ours, or the source where a text has no translation)."""
    language = from_environment(os.environ if environ is None else environ)
    catalog = read_catalog(translations_dir() / f"puente_{language}.ts")

    def translate(context: str, source: str) -> str:
        return catalog.get((context, source), source)

    return translate
