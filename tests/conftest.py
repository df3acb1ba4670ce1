"""Fixtures: real relay processes, each with a fresh data folder."""

from __future__ import annotations

import os

# Qt draws offscreen in tests: no display needed, and none is touched.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from harness import OPEN_DESKS, MetaSimProcess, RelayProcess, running_relay


@pytest.fixture(autouse=True)
def _close_desks() -> Iterator[None]:
    """Close every desk a test opened, so no client thread outlives its test."""
    yield
    while OPEN_DESKS:
        OPEN_DESKS.pop().close()


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MiB tmpfs to fill up (needs root; skipped without)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs to fill up needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.fixture
def relay(tmp_path: Path) -> Iterator[RelayProcess]:
    """A relay with its own empty database, for tests that count seqs or restart it."""
    with running_relay(tmp_path) as process:
        yield process


@pytest.fixture
def sim(relay: RelayProcess) -> Iterator[MetaSimProcess]:
    """The Meta simulator, delivering its webhooks to `relay` (whose Graph API it is)."""
    process = MetaSimProcess(relay)
    yield process
    process.stop()


@pytest.fixture(scope="module")
def shared_relay(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RelayProcess]:
    """One relay for a module whose tests use ids of their own."""
    with running_relay(tmp_path_factory.mktemp("relay")) as process:
        yield process


@pytest.fixture(scope="module")
def token(shared_relay: RelayProcess) -> str:
    return shared_relay.add_agent("Ana")
