"""Fixtures: real relay processes, each with a fresh data folder."""

from __future__ import annotations

import os

# Qt draws offscreen in tests: no display needed, and none is touched.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from harness import (
    OPEN_DESKS,
    STORES,
    MetaSimProcess,
    RelayProcess,
    create_postgres_database,
    drop_postgres_databases,
    postgres_problem,
    running_relay,
)

from relay.store import Store, open_store

# Every test that takes a relay runs on both stores, unless its module (or the test)
# says `sqlite_only(why)`: the desktop's, the demo's and the simulator's suites, which
# use a relay only as a fixture. A new relay suite thus runs on both by default.


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only(why): the test pokes SQLite itself")
    config.addinivalue_line("markers", "postgresql_only: the test needs a shared database")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """`store`: each of STORES, unless the test or its module is marked for one."""
    if "store" not in metafunc.fixturenames:
        return
    kinds = list(STORES)
    if metafunc.definition.get_closest_marker("sqlite_only"):
        kinds = ["sqlite"]
    if metafunc.definition.get_closest_marker("postgresql_only"):
        kinds = ["postgresql"]
    metafunc.parametrize("store", kinds, scope="module")


@pytest.fixture(scope="session")
def qapp(qapp_args: list[str], qapp_cls: type, pytestconfig: pytest.Config) -> object:
    """pytest-qt's application, dressed as `python -m desktop` dresses it: the bundled
    emoji font and the light theme with its style sheet (whose warnings fail tests)."""
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415 - Qt only for Qt tests

    from desktop import theme  # noqa: PLC0415
    from desktop.fonts import load_emoji_font  # noqa: PLC0415

    app = QApplication.instance() or qapp_cls(qapp_args)
    assert isinstance(app, QApplication)
    app.setApplicationName(pytestconfig.getini("qt_qapp_name"))
    load_emoji_font()
    theme.apply(app, "light")
    return app


@pytest.fixture(scope="session")
def _postgres() -> Iterator[str | None]:
    """Whether PostgreSQL answers; drops the databases the session created."""
    problem = postgres_problem()
    yield problem
    if problem is None:
        drop_postgres_databases()


@pytest.fixture(scope="module")
def store_kind(store: str, _postgres: str | None) -> str:
    """The store under test; PostgreSQL tests skip, saying why, where there is none."""
    if store == "postgresql" and _postgres is not None:
        pytest.skip(_postgres)
    return store


@pytest.fixture
def log(tmp_path: Path, store_kind: str) -> Iterator[Store]:
    """An event log of its own, in process, on the database under test."""
    url = (
        create_postgres_database() if store_kind == "postgresql" else f"sqlite:///{tmp_path}/log.db"
    )
    opened = open_store(url)
    yield opened
    opened.close()


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
def relay(tmp_path: Path, store_kind: str) -> Iterator[RelayProcess]:
    """A relay with its own empty database, for tests that count seqs or restart it."""
    with running_relay(tmp_path, store=store_kind) as process:
        yield process


@pytest.fixture
def sim(relay: RelayProcess) -> Iterator[MetaSimProcess]:
    """The Meta simulator, delivering its webhooks to `relay` (whose Graph API it is)."""
    process = MetaSimProcess(relay)
    yield process
    process.stop()


@pytest.fixture(scope="module")
def shared_relay(
    tmp_path_factory: pytest.TempPathFactory, store_kind: str
) -> Iterator[RelayProcess]:
    """One relay for a module whose tests use ids of their own."""
    with running_relay(tmp_path_factory.mktemp("relay"), store=store_kind) as process:
        yield process


@pytest.fixture(scope="module")
def token(shared_relay: RelayProcess) -> str:
    return shared_relay.add_agent("Ana")
