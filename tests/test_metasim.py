"""The Meta simulator, a real HTTP server, against a real relay: formats, errors, webhooks back."""

from __future__ import annotations

import time
from typing import Any

import pytest
from harness import MetaSimProcess, RelayProcess

pytestmark = pytest.mark.sqlite_only("the simulator's suite: the relay is a fixture")

TOKEN = "EAAG-test-token"  # the relay harness's WHATSAPP_ACCESS_TOKEN


def send(sim: MetaSimProcess, body: dict[str, Any], token: str = TOKEN) -> Any:
    return sim.http.post(
        "/v23.0/106540352242922/messages", json=body, headers={"Authorization": f"Bearer {token}"}
    )


def wait_for(relay: RelayProcess, agent: str, predicate: Any, timeout: float = 5.0) -> list[Any]:
    deadline = time.monotonic() + timeout
    while True:
        events = relay.all_events(agent)
        if predicate(events) or time.monotonic() > deadline:
            return events
        time.sleep(0.05)


TEXT = {
    "messaging_product": "whatsapp",
    "recipient_type": "individual",
    "to": "5215512345678",
    "type": "text",
    "text": {"body": "Hola, ¿en qué le ayudo?"},
}


def test_a_send_gets_a_wamid_and_its_statuses_reach_the_relay(
    relay: RelayProcess, sim: MetaSimProcess
) -> None:
    agent = relay.add_agent("Ana")
    sim.customer_says("5215512345678", "Hola")  # opens the 24-hour window
    answer = send(sim, TEXT)
    assert answer.status_code == 200
    body = answer.json()
    assert body["messaging_product"] == "whatsapp"
    assert body["contacts"] == [{"input": "5215512345678", "wa_id": "5215512345678"}]
    wamid = body["messages"][0]["id"]
    assert wamid.startswith("wamid.")
    events = wait_for(relay, agent, lambda ev: len(ev) >= 4)[1:]
    assert [(e["kind"], e["data"]["wamid"], e["data"]["status"]) for e in events] == [
        ("status", wamid, "sent"),
        ("status", wamid, "delivered"),
        ("status", wamid, "read"),
    ]
    assert {e["conversation"] for e in events} == {"5215512345678"}
    (recorded,) = sim.http.get("/_sim/report").json()["sent"]
    assert recorded["request"]["text"]["body"] == "Hola, ¿en qué le ayudo?"


def test_wrong_token_gets_meta_oauth_error(sim: MetaSimProcess) -> None:
    answer = send(sim, TEXT, token="EAAG-expired")
    assert answer.status_code == 401
    error = answer.json()["error"]
    assert (error["code"], error["type"]) == (190, "OAuthException")
    assert error["fbtrace_id"]


@pytest.mark.parametrize(
    "body",
    [
        {k: v for k, v in TEXT.items() if k != "messaging_product"},
        {**TEXT, "to": ""},
        {**TEXT, "text": {"body": "  "}},
    ],
)
def test_bad_requests_get_parameter_errors(sim: MetaSimProcess, body: dict[str, Any]) -> None:
    answer = send(sim, body)
    assert answer.status_code == 400
    assert answer.json()["error"]["code"] == 100
    assert answer.json()["error"]["message"].startswith("(#100)")


def test_injected_throttling_then_success(sim: MetaSimProcess) -> None:
    sim.http.post(
        "/_sim/faults",
        json={
            "faults": [{"http_status": 429, "code": 130429, "message": "(#130429) Rate limit hit"}]
        },
    )
    throttled = send(sim, TEXT)
    assert throttled.status_code == 429
    error = throttled.json()["error"]
    assert (error["code"], error["error_data"]["messaging_product"]) == (130429, "whatsapp")
    assert send(sim, TEXT).status_code == 200


def test_mark_as_read(sim: MetaSimProcess) -> None:
    answer = send(
        sim,
        {
            "messaging_product": "whatsapp",
            "status": "read",
            "message_id": "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=",
        },
    )
    assert (answer.status_code, answer.json()) == (200, {"success": True})


def test_a_customer_writes_and_the_relay_hears_it(relay: RelayProcess, sim: MetaSimProcess) -> None:
    agent = relay.add_agent("Ana")
    wamid = sim.http.post(
        "/_sim/customer", json={"phone": "5215599998888", "text": "¿Abren hoy?", "name": "Rosa"}
    ).json()["wamid"]
    (event,) = wait_for(relay, agent, lambda ev: len(ev) >= 1)
    assert (event["data"]["wamid"], event["data"]["text"], event["data"]["contact_name"]) == (
        wamid,
        "¿Abren hoy?",
        "Rosa",
    )


def test_webhooks_are_retried_until_the_relay_is_back(
    relay: RelayProcess, sim: MetaSimProcess
) -> None:
    agent = relay.add_agent("Ana")
    relay.stop()
    wamid = sim.http.post(
        "/_sim/customer", json={"phone": "5215599997777", "text": "¿Hay alguien?"}
    ).json()["wamid"]
    time.sleep(0.5)  # at least one delivery attempt fails while the relay is down
    relay.start()
    events = wait_for(relay, agent, lambda ev: len(ev) >= 1, timeout=10)
    assert [e["data"]["wamid"] for e in events] == [wamid]


def test_the_owner_on_the_phone_and_a_history_import(
    relay: RelayProcess, sim: MetaSimProcess
) -> None:
    agent = relay.add_agent("Ana")
    wamids = sim.http.post(
        "/_sim/history",
        json={"threads": {"5215511112222": [[False, "¿Tienen cita?"], [True, "Sí, a las 10"]]}},
    ).json()["wamids"]
    wait_for(relay, agent, lambda ev: len(ev) >= 3)
    echo = sim.http.post(
        "/_sim/phone_app", json={"phone": "5215511112222", "text": "Confirmado ✅"}
    ).json()["wamid"]
    events = wait_for(relay, agent, lambda ev: len(ev) >= 4)
    messages = [e["data"] for e in events if e["kind"] == "message"]
    assert [(m["wamid"], m["origin"], m["direction"]) for m in messages] == [
        (wamids[0], "history", "in"),
        (wamids[1], "history", "out"),
        (echo, "phone_app", "out"),
    ]
    assert events[0]["data"]["event"] == "HISTORY_CHUNK"


def test_the_phones_contacts_sync(relay: RelayProcess, sim: MetaSimProcess) -> None:
    agent = relay.add_agent("Ana")
    sim.http.post(
        "/_sim/contacts",
        json={
            "contacts": [["add", "5215533334444", "Marta Ruiz"], ["remove", "5215500000000", "X"]]
        },
    ).raise_for_status()
    events = wait_for(relay, agent, lambda ev: len(ev) >= 2)
    assert [(e["kind"], e["conversation"], e["data"]["action"]) for e in events] == [
        ("contact", "5215533334444", "add"),
        ("contact", "5215500000000", "remove"),
    ]
    assert events[0]["data"]["name"] == "Marta Ruiz"
