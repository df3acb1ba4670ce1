"""What the log keeps: one event per thing, statuses never going back, one conversation a person."""

from __future__ import annotations

import copy
import json
import time
from typing import Any

from harness import RelayProcess, sample

from metasim import payloads


def kinds_and_keys(events: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(e["kind"], e["key"]) for e in events]


def test_duplicates_in_other_envelopes_are_one_event(relay: RelayProcess) -> None:
    token = relay.add_agent("Ana")
    single = payloads.text_message("5215500000010", "¿Abren hoy?")
    twin = copy.deepcopy(single)
    twin["entry"][0]["changes"].append(
        payloads.echo("5215500000010", "Sí")["entry"][0]["changes"][0]
    )
    for payload in (single, single, twin, twin):
        assert relay.post(payload).status_code == 200
    events = relay.events(token)["events"]
    assert [(e["kind"], e["data"]["origin"]) for e in events] == [
        ("message", "customer"),
        ("message", "phone_app"),
    ]


def test_a_batch_of_1000_updates_keeps_meta_order(relay: RelayProcess) -> None:
    token = relay.add_agent("Ana")
    body = payloads.batch(1000)
    assert len(body["entry"]) == 100
    assert relay.post(body).status_code == 200
    events = relay.all_events(token)
    assert [e["seq"] for e in events] == list(range(1, 1001))
    assert [e["data"]["text"] for e in events] == [f"Hola {i}" for i in range(1000)]


def test_statuses_never_go_backwards(relay: RelayProcess) -> None:
    token = relay.add_agent("Ana")
    wamid, phone = payloads.new_wamid(), "5215500000011"
    arrivals = ["read", "delivered", "sent", "read", "played", "delivered"]
    for name in arrivals:
        assert relay.post(payloads.status(wamid, name, phone)).status_code == 200
    events = relay.events(token)["events"]
    assert [(e["kind"], e["data"]["status"]) for e in events] == [
        ("status", "read"),
        ("status", "played"),
    ]
    assert {e["conversation"] for e in events} == {phone}


def test_failed_after_sent_carries_meta_reason(relay: RelayProcess) -> None:
    token = relay.add_agent("Ana")
    wamid, phone = payloads.new_wamid(), "5215500000012"
    error = {
        "code": 131047,
        "title": "Re-engagement message",
        "message": "Re-engagement message",
        "error_data": {
            "details": "Message failed to send because more than 24 hours have "
            "passed since the customer last replied to this number."
        },
    }
    relay.post(payloads.status(wamid, "sent", phone))
    relay.post(payloads.status(wamid, "failed", phone, errors=[error]))
    relay.post(payloads.status(wamid, "sent", phone))
    events = relay.events(token)["events"]
    assert [e["data"]["status"] for e in events] == ["sent", "failed"]
    assert events[1]["data"]["errors"] == [
        {
            "code": 131047,
            "title": "Re-engagement message",
            "message": "Re-engagement message",
            "details": error["error_data"]["details"],
        }
    ]


def test_history_placeholder_is_upgraded_never_downgraded(relay: RelayProcess) -> None:
    token = relay.add_agent("Ana")
    chunk, asset = (
        sample("coexistence/05_history_chunk.json"),
        sample("coexistence/06_history_media_asset.json"),
    )
    for body in (chunk, asset, chunk, asset):
        assert relay.post(body).status_code == 200
    events = relay.events(token)["events"]
    wamid = "wamid.QyNUEHBgLMTY0NjcwNDM1OTUVAgARGBI1Rj3NEYxMzAzMzQ5MkEA"
    about = [(e["key"], e["data"]["type"]) for e in events if e["data"].get("wamid") == wamid]
    assert about == [(f"msg:{wamid}", "media_placeholder"), (f"msg:{wamid}:image", "image")]


def test_history_copy_of_a_live_message_is_one_event(relay: RelayProcess) -> None:
    token = relay.add_agent("Ana")
    live = json.loads(sample("coexistence/05_history_chunk.json"))
    first = live["entry"][0]["changes"][0]["value"]["history"][0]["threads"][0]["messages"][2]
    inbound = payloads.text_message("16505551234", "Thanks!", wamid=first["id"])
    assert relay.post(inbound).status_code == 200
    assert relay.post(sample("coexistence/05_history_chunk.json")).status_code == 200
    events = relay.events(token)["events"]
    origins = [e["data"]["origin"] for e in events if e["data"].get("wamid") == first["id"]]
    assert origins == ["customer"]


def test_a_person_never_splits_into_two_conversations(relay: RelayProcess) -> None:
    token = relay.add_agent("Ana")
    bsuid_only = sample("inbound/32_text_bsuid_username_no_phone.json")
    both = sample("status/09_delivered_bsuid_with_phone.json")
    later = json.loads(bsuid_only)
    later["entry"][0]["changes"][0]["value"]["messages"][0]["id"] = "wamid.later"
    for body in (bsuid_only, both, json.dumps(later).encode()):
        assert relay.post(body).status_code == 200
    events = relay.events(token)["events"]
    bsuid, phone = "US.13491208655302741918", "16505551234"
    assert [(e["kind"], e["conversation"]) for e in events] == [
        ("message", bsuid),
        ("contact", phone),
        ("status", phone),
        ("message", phone),
    ]
    assert events[1]["data"] == {"action": "merge", "from": bsuid, "phone": phone}


def test_events_page_on_to_the_head(relay: RelayProcess) -> None:
    token = relay.add_agent("Ana")
    relay.post(payloads.batch(25))
    page = relay.events(token, after=5, limit=10)
    assert (page["head"], [e["seq"] for e in page["events"]]) == (25, list(range(6, 16)))
    assert len(page["epoch"]) == 16
    assert relay.events(token, after=25)["events"] == []
    assert len(relay.all_events(token)) == 25


def test_events_api_refuses_without_a_token(relay: RelayProcess) -> None:
    relay.add_agent("Ana")
    for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": "Basic eA=="}):
        response = relay.http.get("/api/events", headers=headers)
        assert response.status_code == 401
        assert response.headers["www-authenticate"] == "Bearer"
    bad = relay.http.get(
        "/api/events?after=x", headers={"Authorization": f"Bearer {relay.add_agent('Bea')}"}
    )
    assert bad.status_code == 400


def test_retries_seconds_apart_add_nothing(relay: RelayProcess) -> None:
    """Keys never depend on when a delivery arrived (these samples carry no `time`)."""
    token = relay.add_agent("Ana")
    paths = ["inbound/30_value_level_errors_130429.json",
             "coexistence/08_smb_app_state_sync_contact_add.json",
             "account/07_user_preferences_marketing_resume.json"]  # fmt: skip
    for path in paths:
        assert relay.post(sample(path)).status_code == 200
    first = relay.events(token)["events"]
    time.sleep(1.1)
    for path in paths:
        assert relay.post(sample(path)).status_code == 200
    assert relay.events(token)["events"] == first
    assert [e["kind"] for e in first] == ["error", "contact", "account"]
