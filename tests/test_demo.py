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


def test_demo_streams_the_script(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "demo", "--once", "--console", "--data", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert any("account: HISTORY_CHUNK" in line for line in lines)
    assert any(
        "← Valeria Gómez [customer] ¿Puedo cambiarla al miércoles?" in line for line in lines
    )
    assert any("[phone_app] Claro, miércoles 10:00 queda libre 👍" in line for line in lines)
    assert any("← Jorge Ramírez [customer]" in line for line in lines)
    # The agent's reply went out through the relay and the simulated Cloud API...
    reply = [line for line in lines if "enviamos a Puebla" in line]
    assert len(reply) == 1 and "→ 5215555556666 [Ana]" in reply[0]
    # ...and Meta reported on it.
    assert any("✓ read wamid.SIMOUT" in line for line in lines)
    # The customer who sends one of everything.
    assert any("← Lucía Fernández [customer] location" in line for line in lines)
    assert (tmp_path / "relay.db").exists()
    assert_stopped(lines)


def test_demo_opens_the_desktop_signed_in_and_live(tmp_path: Path) -> None:
    (tmp_path / "relay.db").write_bytes(b"an earlier run's")  # each run starts afresh
    done = subprocess.run(
        [sys.executable, "-m", "demo", "--once", "--data", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
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
