"""The README's first command: the demo plays its script end to end and stops what it started."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest


def test_demo_streams_the_script(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "demo", "--once", "--data", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert any("account: HISTORY_CHUNK" in line for line in lines)
    assert any(
        "← Lucía Fernández [customer] ¿Puedo cambiarla al miércoles?" in line for line in lines
    )
    assert any("[phone_app] Claro, miércoles 10:00 queda libre 👍" in line for line in lines)
    assert any("← Jorge Ramírez [customer]" in line for line in lines)
    # The agent's reply went out through the relay and the simulated Cloud API...
    reply = [line for line in lines if "enviamos a Puebla" in line]
    assert len(reply) == 1 and "→ 5215555556666 [demo-" in reply[0]
    # ...and Meta reported on it.
    assert any("✓ read wamid.SIMOUT" in line for line in lines)
    assert (tmp_path / "relay.db").exists()
    ports = [int(port) for port in re.findall(r"http://127\.0\.0\.1:(\d+)", lines[0])]
    assert len(ports) == 2
    for port in ports:  # the relay and the simulator were stopped
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.1", port), timeout=2).close()
