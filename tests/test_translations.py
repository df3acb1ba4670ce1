"""Every user-facing string is translated to Spanish, Portuguese (Brazil) and English."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from harness import ROOT

TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("es", "pt_BR", "en")


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} not found (PySide6 installs it)")
    return found


def sources(ts: Path) -> set[str]:
    return set(re.findall(r"<source>(.*?)</source>", ts.read_text(encoding="utf-8"), re.S))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_ts_file_has_every_string_and_translates_it(language: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"puente_{language}.ts"
    # The desktop's, and the demo's words in the terminal (read without Qt: desktop.words).
    code = sorted(str(p) for p in (ROOT / "desktop").glob("*.py"))
    code += sorted(str(p) for p in (ROOT / "demo").glob("*.py"))
    done = subprocess.run(
        [tool("pyside6-lupdate"), *code, "-ts", str(fresh)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    committed = TRANSLATIONS / f"puente_{language}.ts"
    missing = sources(fresh) - sources(committed)
    assert not missing, f"run pyside6-lupdate and translate: {sorted(missing)}"
    text = committed.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert 'type="vanished"' not in text and 'type="obsolete"' not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_relays_ts_file_has_every_string_and_translates_it(
    language: str, tmp_path: Path
) -> None:
    """The set-up page's, the doctor's and the onboarding's texts (relay/translations)."""
    fresh = tmp_path / f"relay_{language}.ts"
    code = [*sorted(str(p) for p in (ROOT / "relay").glob("*.py"))]
    code.append(str(ROOT / "relay" / "static" / "setup-texts.js"))
    done = subprocess.run(
        [tool("pyside6-lupdate"), *code, "-ts", str(fresh)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "error" not in done.stdout + done.stderr  # lupdate skips files it cannot parse
    committed = ROOT / "relay" / "translations" / f"relay_{language}.ts"
    assert sources(fresh) == sources(committed), "run pyside6-lupdate and translate"
    text = committed.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert 'type="vanished"' not in text and 'type="obsolete"' not in text


def test_the_relay_renders_each_language() -> None:
    from relay.i18n import catalog, translate  # noqa: PLC0415

    phrase = translate("Onboarding", "Numbers found in the account: %1.")(2)
    assert phrase.render("es") == "Números encontrados en la cuenta: 2."
    assert phrase.render("pt_BR") == "Números encontrados na conta: 2."
    assert phrase.render("en") == "Numbers found in the account: 2."
    # Every translation keeps the placeholders of its source.
    for language in LANGUAGES:
        for (_, source), text in catalog(language).items():
            assert sorted(re.findall(r"%\d", text)) == sorted(re.findall(r"%\d", source))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_qm_file_is_built_from_the_ts_file(language: str, tmp_path: Path) -> None:
    built = tmp_path / f"puente_{language}.qm"
    done = subprocess.run(
        [tool("pyside6-lrelease"), str(TRANSLATIONS / f"puente_{language}.ts"), "-qm", str(built)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert built.read_bytes() == (TRANSLATIONS / f"puente_{language}.qm").read_bytes(), (
        "run pyside6-lrelease on the .ts files"
    )


def test_version_and_self_test() -> None:
    version = subprocess.run(
        [sys.executable, "-m", "desktop", "--version"], capture_output=True, text=True, timeout=30
    )
    assert version.returncode == 0
    assert version.stdout.startswith("puente desktop ")
    test = subprocess.run(
        [sys.executable, "-m", "desktop", "--self-test"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert test.returncode == 0, test.stdout + test.stderr
    assert "self-test: ok" in test.stdout
