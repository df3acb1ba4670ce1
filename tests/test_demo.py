"""The README's first command: the demo plays its script, shows it in the desktop (or streams it
in the terminal), and stops what it started."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from demo.screen import debian_package, not_found
from desktop.words import shell_words

ENGLISH = {"LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}


def test_demo_streams_the_script(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "demo", "--once", "--console", "--data", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=90,
        env={**os.environ, **ENGLISH},
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    # What a desktop understands, not the wire's raw types: names, origins, ticks.
    assert any("importing the phone's history of" in line for line in lines)
    assert "← Valeria Gómez (customer) ¿Puedo cambiarla al miércoles?" in lines
    assert any(
        line.startswith("→ Valeria Gómez (WhatsApp Business app) Claro, miércoles 10:00")
        for line in lines
    )
    assert "← +52 1 55 1111 2222 (Imported) Hola, ¿tienen cita el martes?" in lines
    # The agent's reply went out through the relay and the simulated Cloud API, and Meta
    # reported it read.
    assert any(
        line.startswith("→ Jorge Ramírez (Ana) ¡Hola Jorge!") and line.endswith("✓✓ read")
        for line in lines
    )
    # The customer who sends one of everything, each said in words.
    for said in ("📍 Location", "🎤 Audio", "🚫 This message was deleted",
                 "The customer changed their number to +52 1 55 9876 5432"):  # fmt: skip
        assert f"← Lucía Fernández (customer) {said}" in lines, said
    assert not any(line.rstrip().endswith("(customer)") for line in lines)  # nothing empty
    # "Meta plays" lines are whole lines, never cut into an event's.
    assert all(line.startswith("  Meta plays: ") for line in lines if "Meta plays" in line)
    assert (tmp_path / "relay.db").exists()
    assert_stopped(lines)


def test_the_demos_own_words_are_in_the_shells_language() -> None:
    """The console's lines are tail's (tests/test_desktop_engine.py hears them in Spanish);
    the demo's own lines come from the same files."""
    spanish = shell_words({"LANG": "es_MX.UTF-8"})
    play = spanish("Demo", "Meta plays: %1").replace("%1", spanish("Demo", "customer"))
    assert play == "Meta simula: un cliente escribe"
    assert shell_words({"LANG": "pt_BR.UTF-8"})("Tail", "customer") == "cliente"
    assert shell_words({"LANG": "C"})("Demo", "customer") == "customer"


def test_a_missing_library_is_named_as_debian_packages_it() -> None:
    ldd = (
        "\tlinux-vdso.so.1 (0x00007ffd)\n"
        "\tlibxcb-icccm.so.4 => not found\n"
        "\tlibxcb-keysyms.so.1 => not found\n"
        "\tlibxcb-icccm.so.4 => not found\n"
        "\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f)\n"
    )
    assert not_found(ldd) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    names = ["libxcb-icccm.so.4", "libxkbcommon-x11.so.0", "libEGL.so.1", "libxcb-cursor.so.0"]
    packages = ["libxcb-icccm4", "libxkbcommon-x11-0", "libegl1", "libxcb-cursor0"]
    assert [debian_package(n) for n in names] == packages


def test_demo_opens_the_desktop_signed_in_and_live(tmp_path: Path) -> None:
    (tmp_path / "relay.db").write_bytes(b"an earlier run's")  # each run starts afresh
    done = subprocess.run(
        [sys.executable, "-m", "demo", "--once", "--data", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **ENGLISH, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "The desktop is open: reply from it. Close the window (or Ctrl+C) to stop." in lines
    # History, two customers and the one who sends everything: four conversations, live.
    (summary,) = [line for line in lines if line.startswith("Window closed:")]
    # It showed the conversation with the most to show, the customer who sends everything.
    assert re.fullmatch(
        r"Window closed: 4 conversations, \d+ unread \(live\), showing 5215512345678\.", summary
    )
    # QtMultimedia's probing for libraries this machine lacks says nothing.
    assert "Couldn't load" not in done.stderr and "PulseAudioService" not in done.stderr
    assert_stopped(lines)


def assert_stopped(lines: list[str]) -> None:
    ports = [int(port) for port in re.findall(r"http://127\.0\.0\.1:(\d+)", lines[0])]
    assert len(ports) == 2
    for port in ports:  # the relay and the simulator were stopped
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.1", port), timeout=2).close()
