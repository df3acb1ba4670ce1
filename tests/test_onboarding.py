"""Connecting a coexistence number after Embedded Signup, and its sync requests (both stores).

The Meta simulator plays the owner (`/_sim/es`) and Meta's Graph API; the
relay runs as a process with no number or token in its environment, as a shop
that sets up from the browser does.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from harness import (
    SECRET,
    Desk,
    MetaSimProcess,
    RelayProcess,
    connect_body,
    running_relay,
)

from metasim import payloads

# A relay set up from the browser: no number, account or token in its environment.
BROWSER_SET_UP = {
    "WHATSAPP_ACCESS_TOKEN": "",
    "WHATSAPP_PHONE_NUMBER_ID": "",
    "WHATSAPP_WABA_ID": "",
    "LOG_LEVEL": "debug",
}


@pytest.fixture
def fresh(tmp_path: Path, store_kind: str) -> Iterator[tuple[RelayProcess, MetaSimProcess, str]]:
    """A relay set up from the browser, its Meta, and an admin's token."""
    with running_relay(tmp_path, store=store_kind, extra_env=BROWSER_SET_UP) as relay:
        sim = MetaSimProcess(relay)
        try:
            yield relay, sim, relay.add_agent("Dueña", admin=True)
        finally:
            sim.stop()


def connect(relay: RelayProcess, admin: str, plan: dict[str, Any], language: str = "en") -> Any:
    return relay.http.post(
        "/api/setup/meta",
        json=connect_body(plan),
        headers={"Authorization": f"Bearer {admin}", "Accept-Language": language},
        timeout=30,
    )


def counts(sim: MetaSimProcess) -> dict[str, int]:
    return dict(sim.report()["signup"]["counts"])


def test_a_coexistence_number_is_connected_synced_once_and_answered(
    fresh: tuple[RelayProcess, MetaSimProcess, str],
) -> None:
    relay, sim, admin = fresh
    plan = sim.signup()  # Meta's coexistence finish names only the WABA
    assert plan["event"] == "FINISH_WHATSAPP_BUSINESS_APP_ONBOARDING"
    assert "phone_number_id" not in plan["data"]
    answer = connect(relay, admin, plan)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    number = body["number"]
    pnid = number["phone_number_id"]
    assert (number["display_phone_number"], number["is_on_biz_app"]) == ("+52 55 1234 5678", True)
    assert [(s["step"], s["ok"]) for s in body["steps"]] == [
        ("exchange_code", True),
        ("subscribe_app", True),
        ("list_numbers", True),
        ("read_number", True),
        ("sync_contacts", True),
        ("sync_history", True),
    ]
    made = counts(sim)
    assert made["exchanges"] == 1
    assert made[f"subscriptions:{plan['data']['waba_id']}"] == 1
    assert made[f"syncs:{pnid}:smb_app_state_sync"] == 1
    assert made[f"syncs:{pnid}:history"] == 1

    # The sync brought the phone's contacts and history; both reach a desktop.
    admin_desk = Desk(relay, admin)
    events = admin_desk.until(
        lambda seen: (
            sum(e.kind == "message" for e in seen) == 4
            and sum(e.kind == "contact" for e in seen) == 2
        )
    )
    account = [e for e in events if e.kind == "account"]
    onboarding = [e.data["event"] for e in account if e.data.get("field") == "onboarding"]
    assert onboarding == ["NUMBER_CONNECTED", "SYNC_REQUESTED", "SYNC_REQUESTED"]
    assert any(e.data.get("event") == "HISTORY_CHUNK" and e.data["progress"] == 40 for e in account)
    history = [e for e in events if e.kind == "message" and e.data["origin"] == "history"]
    assert {e.conversation for e in history} == {"5215511110001", "5215511110002"}
    assert {e.account for e in history} == {pnid}

    # Replies go out with the business token Meta gave for this number.
    reply = relay.http.post(
        "/api/messages",
        json={"client_id": "c-1", "to": "5215511110001", "type": "text", "text": "¡Hola Rosa!"},
        headers={"Authorization": f"Bearer {admin}"},
    )
    assert reply.status_code == 201, reply.text
    (sent,) = sim.report()["sent"]
    assert sent["phone_number_id"] == pnid

    # Connecting again (a double click, a retry) calls nothing Meta allows once.
    again = connect(relay, admin, plan)
    assert again.status_code == 200
    assert counts(sim) == made
    assert [s["detail"] for s in again.json()["steps"]][:2] == ["Done in an earlier attempt."] * 2
    listed = relay.http.get(
        "/api/admin/numbers", headers={"Authorization": f"Bearer {admin}"}
    ).json()["numbers"]
    (connected,) = listed
    assert {s["sync_type"]: bool(s["request_id"]) for s in connected["syncs"]} == {
        "smb_app_state_sync": True,
        "history": True,
    }
    admin_desk.close()


def test_a_finish_naming_the_number_connects_just_it(
    fresh: tuple[RelayProcess, MetaSimProcess, str],
) -> None:
    relay, sim, admin = fresh
    plan = sim.signup(event="FINISH", on_biz_app=False)
    answer = connect(relay, admin, plan)
    assert answer.status_code == 200, answer.text
    steps = [s["step"] for s in answer.json()["steps"]]
    # A Cloud API number (not on the phone app) is neither listed nor synced.
    assert steps == ["exchange_code", "subscribe_app", "read_number"]
    assert not any(key.startswith("sync") for key in counts(sim))


def test_a_connect_cut_after_the_exchange_resumes_where_it_stopped(
    fresh: tuple[RelayProcess, MetaSimProcess, str],
) -> None:
    relay, sim, admin = fresh
    plan = sim.signup()
    sim.meta(fail_next={"subscribed_apps": 500})
    failed = connect(relay, admin, plan, "es-MX")
    assert failed.status_code == 502
    assert failed.json()["error"]["code"] == "connect_failed"
    assert [(s["step"], s["ok"]) for s in failed.json()["steps"]] == [
        ("exchange_code", True),
        ("subscribe_app", False),
    ]
    resumed = connect(relay, admin, plan, "es-MX")
    assert resumed.status_code == 200, resumed.text
    assert resumed.json()["steps"][0]["detail"] == "Hecho en un intento anterior."
    made = counts(sim)
    assert (made["exchange_calls"], made["exchanges"], made["subscribe_calls"]) == (1, 1, 2)


def test_a_connect_after_a_restart_resumes_without_a_new_exchange(
    fresh: tuple[RelayProcess, MetaSimProcess, str],
) -> None:
    relay, sim, admin = fresh
    plan = sim.signup()
    sim.meta(fail_next={"subscribed_apps": 503})
    assert connect(relay, admin, plan).status_code == 502
    relay.kill()  # kill -9 between the steps: what was recorded is all that remains
    relay.start()
    assert connect(relay, admin, plan).status_code == 200
    assert counts(sim)["exchanges"] == 1


@pytest.mark.parametrize(
    ("script", "contacts_ok", "expected"),
    [
        (
            {"synced_before": True},
            True,
            "Meta dice que el historial de chats ya se solicitó para este número",
        ),
        (
            {"onboarded_hours_ago": 25},
            False,
            "Pasaron más de 24 horas desde que se conectó el número",
        ),
    ],
)
def test_meta_refusing_a_sync_is_explained_and_not_asked_again(
    fresh: tuple[RelayProcess, MetaSimProcess, str],
    script: dict[str, Any],
    contacts_ok: bool,
    expected: str,
) -> None:
    relay, sim, admin = fresh
    plan = sim.signup(**script)
    answer = connect(relay, admin, plan, "es")
    steps = {s["step"]: s for s in answer.json()["steps"]}
    assert steps["sync_contacts"]["ok"] is contacts_ok
    assert steps["sync_history"]["detail"].startswith(expected)
    pnid = steps["sync_history"]["number"]
    calls = counts(sim)[f"sync_calls:{pnid}:history"]
    assert calls == 1
    connect(relay, admin, plan, "es")
    assert counts(sim)[f"sync_calls:{pnid}:history"] == 1  # Meta said no for good


def test_the_owner_declining_to_share_history_is_an_account_event(
    fresh: tuple[RelayProcess, MetaSimProcess, str],
) -> None:
    relay, sim, admin = fresh
    assert connect(relay, admin, sim.signup(history="decline")).status_code == 200
    desk = Desk(relay, admin)
    events = desk.until(lambda seen: any(e.data.get("event") == "HISTORY_DECLINED" for e in seen))
    (declined,) = [e for e in events if e.data.get("event") == "HISTORY_DECLINED"]
    assert (declined.kind, declined.data["code"]) == ("account", 2593109)
    desk.close()


def test_meta_sync_from_the_shell_asks_once_per_number(
    relay: RelayProcess, sim: MetaSimProcess
) -> None:
    # A number set up by hand (the environment's), onboarded elsewhere.
    first = relay.cli("meta", "sync")
    assert first.returncode == 0, first.stdout + first.stderr
    assert f"Number {payloads.PHONE_NUMBER_ID}:" in first.stdout
    pnid = payloads.PHONE_NUMBER_ID
    assert counts(sim)[f"syncs:{pnid}:history"] == 1
    second = relay.cli("meta", "sync", "--number", pnid)
    assert second.returncode == 0
    assert "requested before" in second.stdout
    assert counts(sim)[f"sync_calls:{pnid}:history"] == 1
    unknown = relay.cli("meta", "sync", "--number", "999")
    assert unknown.returncode == 1  # Meta refuses a number the token cannot reach


def test_no_token_or_secret_appears_in_any_answer_event_or_log_line(
    fresh: tuple[RelayProcess, MetaSimProcess, str],
) -> None:
    relay, sim, admin = fresh
    plan = sim.signup()
    sim.meta(fail_next={"subscribed_apps": 500})
    answers = [connect(relay, admin, plan), connect(relay, admin, plan)]
    headers = {"Authorization": f"Bearer {admin}"}
    answers += [
        relay.http.get("/api/admin/numbers", headers=headers),
        relay.http.get("/api/admin/doctor", headers=headers, timeout=30),
        relay.http.get("/api/agents", headers=headers),
        relay.http.get("/api/setup/config"),
        relay.http.get("/api/status", headers=headers),
    ]
    relay.settle(admin)
    time.sleep(0.5)  # the sync's webhooks
    events = json.dumps(relay.all_events(admin))
    report = sim.report()["signup"]
    (business_token,) = report["tokens"]
    secrets = [business_token, SECRET, plan["code"], f"1234567890|{SECRET}"]
    relay.stop()
    log = relay.log()
    assert "DEBUG" in log  # the relay logged at its most talkative
    assert "graph" in log.lower() or "httpx" in log.lower()
    for secret in secrets:
        for answer in answers:
            assert secret not in answer.text
        assert secret not in events
        assert secret not in log
    assert admin not in log
