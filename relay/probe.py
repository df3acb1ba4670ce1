"""Waiting for a relay (or any server with `/healthz`) started by a script to answer."""

from __future__ import annotations

import subprocess
import time

import httpx


def wait_healthy(
    base_url: str, proc: subprocess.Popen[bytes] | None = None, timeout: float = 20.0
) -> bool:
    """True once `GET {base_url}/healthz` answers 200; False on timeout or if `proc` exits."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            return False
        try:
            if httpx.get(f"{base_url}/healthz", timeout=0.5).status_code == 200:
                return True
        except httpx.TransportError:
            time.sleep(0.05)
    return False
