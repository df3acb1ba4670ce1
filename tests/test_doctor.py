"""The doctor, from the shell and from the API, passing and failing one check at a time."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from harness import MetaSimProcess, RelayProcess, running_relay

from metasim import payloads
from metasim.signup import FIELDS, SCOPES

pytestmark = pytest.mark.sqlite_only(
    "the doctor asks Meta; the store only holds what it reads back"
)

PNID, WABA = payloads.PHONE_NUMBER_ID, payloads.WABA_ID
# What Meta answers when all is well (each test's faults are undone with it).
HEALTHY: dict[str, Any] = {
    "token_valid": True,
    "scopes": SCOPES,
    "expires_at": 0,
    "callback_url": None,
    "fields": list(FIELDS),
    "active": True,
    "templates_error": False,
    "subscribe": [WABA],
    "numbers": {PNID: {"platform_type": "CLOUD_API", "quality_rating": "GREEN"}},
}


@pytest.fixture(scope="module")
def doctor_relay(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[RelayProcess, MetaSimProcess, str]]:
    """A relay set up by hand (the environment's number and token) that knows its address."""
    relay = RelayProcess(tmp_path_factory.mktemp("doctor"))
    relay.env["PUBLIC_URL"] = relay.url
    relay.start()
    sim = MetaSimProcess(relay)
    try:
        yield relay, sim, relay.add_agent("Dueña", admin=True)
    finally:
        sim.stop()
        relay.stop()


def failing(relay: RelayProcess, admin: str, language: str = "en") -> dict[str, list[Any]]:
    """The doctor's failed checks by id (through the API), each with its texts."""
    answer = relay.http.get(
        "/api/admin/doctor",
        headers={"Authorization": f"Bearer {admin}", "Accept-Language": language},
        timeout=30,
    )
    assert answer.status_code == 200, answer.text
    body = answer.json()
    failed: dict[str, list[Any]] = {}
    for check in body["checks"]:
        assert {"id", "ok", "title", "detail", "fix", "subject"} <= set(check)
        if not check["ok"]:
            assert check["fix"], check  # every failure says what to do
            failed.setdefault(check["id"], []).append(check)
    assert body["ok"] is (not failed)
    return failed


def make_healthy(relay: RelayProcess, sim: MetaSimProcess, admin: str) -> None:
    """Sync requested (once, ever) and a signed webhook seen: all the relay's own part."""
    sim.meta(**HEALTHY)
    relay.cli("meta", "sync")
    if "last_webhook" in failing(relay, admin):
        sim.customer_says("5215512345678", "Hola")
        deadline = time.monotonic() + 10
        while "last_webhook" in failing(relay, admin):
            assert time.monotonic() < deadline, "the webhook was never noted"
            time.sleep(0.2)


def test_a_new_relay_fails_only_what_it_has_not_done_then_passes(
    doctor_relay: tuple[RelayProcess, MetaSimProcess, str],
) -> None:
    relay, sim, admin = doctor_relay
    fresh = failing(relay, admin)
    assert set(fresh) == {"sync", "last_webhook"}
    assert fresh["sync"][0]["detail"] == "Contacts: never requested. History: never requested."
    shell = relay.cli("meta", "doctor")
    assert shell.returncode == 1
    assert "FAIL History and contacts import (106540352242922)" in shell.stdout
    assert shell.stdout.strip().endswith("2 of 7 checks failed.")
    make_healthy(relay, sim, admin)
    assert failing(relay, admin) == {}
    spanish = relay.cli("meta", "doctor", env={"LANG": "es_MX.UTF-8"})
    assert spanish.returncode == 0, spanish.stdout
    assert "ok   Token de acceso (WHATSAPP_ACCESS_TOKEN): Válido" in spanish.stdout
    assert spanish.stdout.strip().endswith("Todas las comprobaciones pasaron.")


@pytest.mark.parametrize(
    ("fault", "check"),
    [
        ({"token_valid": False}, "token"),
        ({"scopes": ["business_management"]}, "token"),
        ({"expires_at": 1_000_000_000}, "token"),
        ({"callback_url": "https://elsewhere.example/api/whatsapp/webhook"}, "webhook"),
        ({"fields": ["messages", "history"]}, "webhook"),
        ({"active": False}, "webhook"),
        ({"unsubscribe": [WABA]}, "subscription"),
        ({"numbers": {PNID: {"platform_type": "ON_PREMISE"}}}, "number"),
        ({"numbers": {PNID: {"quality_rating": "RED"}}}, "number"),
        ({"templates_error": True}, "templates"),
    ],
)
def test_each_check_fails_alone_and_says_how_to_fix_it(
    doctor_relay: tuple[RelayProcess, MetaSimProcess, str], fault: dict[str, Any], check: str
) -> None:
    relay, sim, admin = doctor_relay
    make_healthy(relay, sim, admin)
    sim.meta(**fault)
    try:
        failed = failing(relay, admin, "pt-BR")
        assert set(failed) == {check}
        (portuguese,) = failed[check]
        (english,) = failing(relay, admin, "en")[check]
        assert portuguese["fix"] != english["fix"]  # in the reader's language
    finally:
        sim.meta(**HEALTHY)


def test_a_relay_without_the_meta_app_id_says_so(tmp_path: Path) -> None:
    with running_relay(tmp_path, extra_env={"META_APP_ID": ""}) as relay:
        sim = MetaSimProcess(relay)
        try:
            admin = relay.add_agent("Dueña", admin=True)
            failed = failing(relay, admin)
            assert "app" in failed
            assert failed["app"][0]["fix"].startswith("Set META_APP_ID")
            assert "token" not in failed  # it cannot ask Meta, so it does not pretend to
            assert relay.cli("meta", "doctor").returncode == 1
        finally:
            sim.stop()
