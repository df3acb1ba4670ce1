"""Agents' replies through the real relay and the real Meta simulator: once, or honestly unknown."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from harness import Desk, MetaSimProcess, RelayProcess, running_relay

from metasim.payloads import PHONE_NUMBER_ID

CUSTOMER = "5215512345678"


@pytest.fixture
def agent(relay: RelayProcess) -> str:
    return relay.add_agent("Ana")


def send(relay: RelayProcess, token: str, **body: Any) -> httpx.Response:
    body.setdefault("client_id", str(uuid.uuid4()))
    body.setdefault("to", CUSTOMER)
    return relay.http.post("/api/messages", json=body, headers={"Authorization": f"Bearer {token}"})


def wait_for(
    relay: RelayProcess,
    token: str,
    predicate: Callable[[list[dict[str, Any]]], bool],
    timeout: float = 10.0,
) -> list[dict[str, Any]]:
    deadline = time.monotonic() + timeout
    while True:
        events = relay.all_events(token)
        if predicate(events):
            return events
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out; events: {events}")
        time.sleep(0.05)


def statuses(events: list[dict[str, Any]], wamid: str) -> list[str]:
    return [
        e["data"]["status"] for e in events if e["kind"] == "status" and e["data"]["wamid"] == wamid
    ]


def customer_wrote(relay: RelayProcess, sim: MetaSimProcess, token: str) -> str:
    wamid = sim.customer_says(CUSTOMER, "Hola, ¿tienen envío a domicilio?", name="Lucía")
    wait_for(relay, token, lambda ev: any(e["data"].get("wamid") == wamid for e in ev))
    return wamid


def test_a_reply_is_sent_stored_streamed_and_followed_by_its_statuses(
    relay: RelayProcess, sim: MetaSimProcess, agent: str
) -> None:
    asked = customer_wrote(relay, sim, agent)
    other = relay.add_agent("Beto")
    desk = Desk(relay, other)
    desk.until_live()
    client_id = str(uuid.uuid4())
    answer = send(
        relay, agent, client_id=client_id, text="Sí, envío gratis 🚚 mañana", reply_to=asked
    )
    assert answer.status_code == 201, answer.text
    event = answer.json()["event"]
    assert event["kind"] == "message"
    assert event["conversation"] == CUSTOMER
    assert event["account"] == PHONE_NUMBER_ID
    data = event["data"]
    assert data["wamid"].startswith("wamid.")
    assert event["key"] == f"msg:{data['wamid']}"
    assert (data["direction"], data["origin"], data["type"]) == ("out", "agent", "text")
    assert (data["agent"], data["client_id"]) == ("Ana", client_id)
    assert (data["text"], data["reply_to"]) == ("Sí, envío gratis 🚚 mañana", asked)
    # What Meta received: the documented request, with our callback data for statuses.
    (sent,) = sim.report()["sent"]
    assert sent["phone_number_id"] == PHONE_NUMBER_ID
    assert sent["request"] == {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": CUSTOMER,
        "type": "text",
        "text": {"body": "Sí, envío gratis 🚚 mañana", "preview_url": False},
        "context": {"message_id": asked},
        "biz_opaque_callback_data": f"puente:{client_id}",
    }
    # Every other desk sees the reply live, then its statuses.
    streamed = desk.until_seq(event["seq"])
    assert [e.data for e in streamed if e.seq == event["seq"]] == [data]
    events = wait_for(
        relay, agent, lambda ev: statuses(ev, data["wamid"]) == ["sent", "delivered", "read"]
    )
    assert [e["data"]["callback_data"] for e in events if e["kind"] == "status"] == [
        f"puente:{client_id}"
    ] * 3


def test_the_same_client_id_never_sends_twice_and_a_different_body_conflicts(
    relay: RelayProcess, sim: MetaSimProcess, agent: str
) -> None:
    customer_wrote(relay, sim, agent)
    first = send(relay, agent, client_id="retry-1", text="Hola")
    again = send(relay, agent, client_id="retry-1", text="Hola")
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json() == first.json()
    other = send(relay, agent, client_id="retry-1", text="Adiós")
    assert other.status_code == 409
    assert other.json()["error"]["code"] == "client_id_conflict"
    assert len(sim.report()["sent"]) == 1


def test_concurrent_retries_of_one_client_id_send_once(
    relay: RelayProcess, sim: MetaSimProcess, agent: str
) -> None:
    customer_wrote(relay, sim, agent)
    # Meta answers slowly, so every retry arrives while the first is in flight.
    sim.fault(faults=[{"timeout": 0.5}])
    answers: list[httpx.Response] = []

    def retry() -> None:
        with httpx.Client(base_url=relay.url, timeout=10) as client:
            answers.append(
                client.post(
                    "/api/messages",
                    json={"client_id": "same", "to": CUSTOMER, "text": "¿Le confirmo?"},
                    headers={"Authorization": f"Bearer {agent}"},
                )
            )

    threads = [threading.Thread(target=retry) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(a.status_code for a in answers) == [200] * 7 + [201]
    assert len({a.json()["event"]["data"]["wamid"] for a in answers}) == 1
    assert len(sim.report()["sent"]) == 1
    messages = [e for e in relay.all_events(agent) if e["data"].get("client_id") == "same"]
    assert len(messages) == 1


def test_throttling_is_retried_with_backoff_honouring_retry_after(
    relay: RelayProcess, sim: MetaSimProcess, agent: str
) -> None:
    customer_wrote(relay, sim, agent)
    throttle = {"http_status": 400, "code": 130429, "message": "(#130429) Rate limit hit"}
    sim.fault(faults=[{**throttle, "retry_after": 0.3}, {"http_status": 429, "code": 131056}])
    started = time.monotonic()
    answer = send(relay, agent, text="Ya casi")
    assert answer.status_code == 201, answer.text
    assert time.monotonic() - started >= 0.3  # Retry-After was waited out
    report = sim.report()
    assert len(report["sent"]) == 1
    assert report["calls"] == 3


def test_throttling_that_outlasts_the_budget_is_rate_limited_and_may_be_retried(
    relay: RelayProcess, sim: MetaSimProcess, agent: str
) -> None:
    customer_wrote(relay, sim, agent)
    throttle = {"http_status": 400, "code": 130429, "retry_after": 1}
    sim.fault(faults=[throttle] * 10)
    answer = send(relay, agent, client_id="busy", text="Hola")
    assert answer.status_code == 429
    assert answer.json()["error"]["code"] == "rate_limited"
    assert answer.json()["error"]["meta_code"] == 130429
    assert int(answer.headers["retry-after"]) >= 1
    assert sim.report()["sent"] == []
    sim.fault(clear=True)  # Meta calms down
    # Meta never took it, so the same client_id really sends now.
    assert send(relay, agent, client_id="busy", text="Hola").status_code == 201
    assert len(sim.report()["sent"]) == 1


def test_a_timeout_after_the_request_left_is_unknown_until_a_status_settles_it(
    relay: RelayProcess, sim: MetaSimProcess, agent: str
) -> None:
    customer_wrote(relay, sim, agent)
    # Meta sends the message but answers after the relay gave up (GRAPH_TIMEOUT_SECONDS=2).
    sim.fault(faults=[{"timeout": 3}])
    answer = send(relay, agent, client_id="lost-answer", text="¿Me confirma la dirección?")
    assert answer.status_code == 202, answer.text
    event = answer.json()["event"]
    assert event["key"] == "send:lost-answer"
    assert event["data"]["send_state"] == "unknown"
    assert "wamid" not in event["data"]
    # A retry is told the same; the relay never resends blindly.
    again = send(relay, agent, client_id="lost-answer", text="¿Me confirma la dirección?")
    assert (again.status_code, again.json()) == (202, answer.json())
    # The status webhooks carry the callback data, which settles it under Meta's wamid.
    events = wait_for(
        relay,
        agent,
        lambda ev: any(
            e["key"].startswith("msg:") and e["data"].get("client_id") == "lost-answer" for e in ev
        ),
    )
    (settled,) = [e for e in events if e["key"].startswith("msg:") and e["data"].get("client_id")]
    wamid = sim.report()["sent"][0]["wamid"]
    assert settled["data"]["wamid"] == wamid
    assert settled["data"]["text"] == "¿Me confirma la dirección?"
    assert "send_state" not in settled["data"]
    wait_for(relay, agent, lambda ev: statuses(ev, wamid) == ["sent", "delivered", "read"])
    final = send(relay, agent, client_id="lost-answer", text="¿Me confirma la dirección?")
    assert final.status_code == 200
    assert final.json()["event"]["data"]["wamid"] == wamid
    assert len(sim.report()["sent"]) == 1


def test_statuses_that_beat_a_lost_answer_still_settle_the_send(
    relay: RelayProcess, sim: MetaSimProcess, agent: str
) -> None:
    customer_wrote(relay, sim, agent)
    # Meta sends at once and reports statuses, but its answer never reaches the relay.
    sim.fault(faults=[{"timeout": 3, "statuses_first": True}])
    answer = send(relay, agent, client_id="raced", text="Hola")
    assert answer.status_code == 201, answer.text
    wamid = sim.report()["sent"][0]["wamid"]
    assert answer.json()["event"]["key"] == f"msg:{wamid}"
    events = relay.all_events(agent)
    assert [e["key"] for e in events if e["data"].get("client_id") == "raced"] == [f"msg:{wamid}"]


def test_a_5xx_is_ambiguous_and_stays_unknown_without_a_resend(
    relay: RelayProcess, sim: MetaSimProcess, agent: str
) -> None:
    customer_wrote(relay, sim, agent)
    sim.fault(faults=[{"http_status": 500, "code": 131000, "message": "Something went wrong"}])
    answer = send(relay, agent, client_id="five-hundred", text="Hola")
    assert answer.status_code == 202
    assert answer.json()["event"]["data"]["send_state"] == "unknown"
    time.sleep(0.5)
    assert send(relay, agent, client_id="five-hundred", text="Hola").status_code == 202
    assert sim.report()["calls"] == 1


@pytest.mark.parametrize(
    ("fault", "status", "code"),
    [
        (
            {"http_status": 400, "code": 131026, "message": "Message undeliverable"},
            422,
            "invalid_recipient",
        ),
        (
            {"http_status": 400, "code": 131047, "message": "Re-engagement message"},
            422,
            "window_closed",
        ),
        (
            {"http_status": 400, "code": 131031, "message": "Account has been locked"},
            403,
            "account_restricted",
        ),
        (
            {"http_status": 400, "code": 131052, "message": "Media download error"},
            422,
            "media_error",
        ),
        (
            {"http_status": 400, "code": 132012, "message": "Parameter format does not match"},
            422,
            "template_error",
        ),
        ({"http_status": 400, "code": 1234567, "message": "Something new"}, 502, "meta_error"),
    ],
)
def test_meta_errors_reach_the_agent_as_structured_errors(
    relay: RelayProcess,
    sim: MetaSimProcess,
    agent: str,
    fault: dict[str, Any],
    status: int,
    code: str,
) -> None:
    sim.fault(faults=[fault])
    answer = send(relay, agent, text="Hola")
    assert answer.status_code == status
    error = answer.json()["error"]
    assert (error["code"], error["meta_code"]) == (code, fault["code"])
    assert error["message"]
    assert sim.report()["sent"] == []


def test_an_expired_access_token_is_an_error_and_an_account_event(
    tmp_path: Path, store_kind: str
) -> None:
    env = {"WHATSAPP_ACCESS_TOKEN": "EAAG-expired"}
    with running_relay(tmp_path, extra_env=env, store=store_kind) as relay:
        sim = MetaSimProcess(relay, access_token="EAAG-the-valid-one")
        try:
            agent = relay.add_agent("Ana")
            answer = send(relay, agent, text="Hola")
            assert answer.status_code == 503
            assert answer.json()["error"]["code"] == "token_expired"
            assert answer.json()["error"]["meta_code"] == 190
            (notice,) = [e for e in relay.all_events(agent) if e["kind"] == "account"]
            assert notice["data"]["field"] == "access_token"
            assert notice["data"]["event"] == "ACCESS_TOKEN_INVALID"
            assert "EAAG" not in relay.log()
        finally:
            sim.stop()


def test_outside_the_window_meta_accepts_then_fails_with_131047(
    relay: RelayProcess, sim: MetaSimProcess, agent: str
) -> None:
    sim.http.post("/_sim/phone_app", json={"phone": CUSTOMER, "text": "Hola desde el celular"})
    events = wait_for(relay, agent, lambda ev: len(ev) == 1)
    conversation = relay.http.get(
        f"/api/conversations/{CUSTOMER}", headers={"Authorization": f"Bearer {agent}"}
    ).json()
    # The owner's echo does not open the window.
    assert conversation["last_customer_message"] is None
    assert conversation["window_open"] is False
    answer = send(relay, agent, text="¿Sigue interesado?")
    assert answer.status_code == 201
    wamid = answer.json()["event"]["data"]["wamid"]
    events = wait_for(relay, agent, lambda ev: statuses(ev, wamid) == ["failed"])
    (failed,) = [e for e in events if e["kind"] == "status"]
    assert failed["data"]["errors"][0]["code"] == 131047


def test_the_window_opens_when_the_customer_writes(
    relay: RelayProcess, sim: MetaSimProcess, agent: str
) -> None:
    headers = {"Authorization": f"Bearer {agent}"}
    assert relay.http.get(f"/api/conversations/{CUSTOMER}", headers=headers).status_code == 404
    before = int(time.time())
    customer_wrote(relay, sim, agent)
    window = relay.http.get(f"/api/conversations/{CUSTOMER}", headers=headers).json()
    assert window["account"] == PHONE_NUMBER_ID
    assert window["window_open"] is True
    assert window["last_customer_message"] >= before - 1
    assert window["window_closes_at"] == window["last_customer_message"] + 24 * 3600


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"client_id": "", "text": "x"}, "client_id"),
        ({"client_id": "a b", "text": "x"}, "client_id"),
        ({"to": "not a number", "text": "x"}, "to"),
        ({"text": ""}, "text"),
        ({"text": "x" * 4097}, "text"),
        ({"type": "fax", "text": "x"}, "type"),
        ({"type": "reaction", "target": "wamid.X", "emoji": "ok"}, "emoji"),
        ({"type": "reaction", "emoji": "👍"}, "target"),
        ({"type": "image", "media_id": "../etc/passwd"}, "media_id"),
        ({"type": "audio", "media_id": "123", "caption": "voice notes have none"}, "caption"),
        ({"type": "image", "media_id": "123", "caption": "x" * 1025}, "caption"),
        ({"type": "location", "latitude": 91, "longitude": 0}, "latitude"),
        ({"type": "template", "template": {"name": "Bad Name", "language": "es"}}, "template.name"),
        (
            {
                "type": "template",
                "template": {
                    "name": "seguimiento_pedido",
                    "language": "es_MX",
                    "components": [
                        {"type": "body", "parameters": [{"type": "text", "text": "a\nb"}]}
                    ],
                },
            },
            "template.components[0]",
        ),
        ({"text": "x", "reply_to": 5}, "reply_to"),
    ],
)
def test_invalid_requests_are_refused_before_reaching_meta(
    relay: RelayProcess, sim: MetaSimProcess, agent: str, body: dict[str, Any], field: str
) -> None:
    answer = send(relay, agent, **body)
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"]["code"] == "invalid_request"
    assert answer.json()["error"]["field"] == field
    assert sim.report()["calls"] == 0


def test_sending_needs_an_agent_token_and_json(relay: RelayProcess, agent: str) -> None:
    assert relay.http.post("/api/messages", json={}).status_code == 401
    bad = relay.http.post(
        "/api/messages", content=b"{not json", headers={"Authorization": f"Bearer {agent}"}
    )
    assert bad.status_code == 400
    big = relay.http.post(
        "/api/messages", content=b"x" * 70_000, headers={"Authorization": f"Bearer {agent}"}
    )
    assert big.status_code == 413


def test_reactions_locations_and_templates_reach_meta_as_documented(
    relay: RelayProcess, sim: MetaSimProcess, agent: str
) -> None:
    asked = customer_wrote(relay, sim, agent)
    reacted = send(relay, agent, type="reaction", target=asked, emoji="❤️")
    assert reacted.status_code == 201
    assert reacted.json()["event"]["data"]["target"] == asked
    assert reacted.json()["event"]["data"]["emoji"] == "❤️"
    removed = send(relay, agent, type="reaction", target=asked, emoji="")
    assert removed.json()["event"]["data"]["emoji"] is None
    place = send(
        relay, agent, type="location", latitude=19.4326, longitude=-99.1332, name="Tienda Centro"
    )
    assert place.json()["event"]["data"]["text"] == "Tienda Centro"
    template = {
        "name": "recordatorio_cita",
        "language": "es",
        "components": [
            {
                "type": "body",
                "parameters": [
                    {"type": "text", "parameter_name": "nombre", "text": "Lucía"},
                    {"type": "text", "parameter_name": "fecha", "text": "martes 3"},
                    {"type": "text", "parameter_name": "hora", "text": "10:30"},
                ],
            }
        ],
    }
    sent_template = send(relay, agent, type="template", template=template)
    assert sent_template.status_code == 201, sent_template.text
    requests = [s["request"] for s in sim.report()["sent"]]
    assert requests[0]["reaction"] == {"message_id": asked, "emoji": "❤️"}
    assert requests[1]["reaction"] == {"message_id": asked, "emoji": ""}
    assert requests[2]["location"] == {
        "latitude": 19.4326,
        "longitude": -99.1332,
        "name": "Tienda Centro",
    }
    assert requests[3]["template"] == {**template, "language": {"code": "es"}}


def test_a_template_meta_does_not_know_is_a_template_error(
    relay: RelayProcess, sim: MetaSimProcess, agent: str
) -> None:
    answer = send(
        relay, agent, type="template", template={"name": "promo_rechazada", "language": "es_MX"}
    )
    assert answer.status_code == 422
    assert answer.json()["error"]["code"] == "template_error"
    assert answer.json()["error"]["meta_code"] == 132001
    wrong_count = send(
        relay, agent, type="template", template={"name": "seguimiento_pedido", "language": "es_MX"}
    )
    assert wrong_count.json()["error"]["meta_code"] == 132000


def test_customers_of_every_type_and_a_reply_from_another_number(
    relay: RelayProcess, sim: MetaSimProcess, agent: str
) -> None:
    place = {"type": "location", "location": {"latitude": 19.43, "longitude": -99.13}}
    button = {"type": "button", "button": {"text": "Sí, gracias", "payload": "YES"}}
    for message in (place, button):
        sim.http.post(
            "/_sim/customer", json={"phone": CUSTOMER, "message": message}
        ).raise_for_status()
    events = wait_for(relay, agent, lambda ev: len(ev) == 2)
    assert [e["data"]["type"] for e in events] == ["location", "button"]
    assert events[1]["data"]["text"] == "Sí, gracias"
    answer = send(relay, agent, text="Le escribimos desde la sucursal", account="106540352249999")
    assert answer.status_code == 201, answer.text
    assert answer.json()["event"]["account"] == "106540352249999"
    assert sim.report()["sent"][0]["phone_number_id"] == "106540352249999"


def test_a_bsuid_only_customer_is_sent_to_by_recipient(
    relay: RelayProcess, sim: MetaSimProcess, agent: str
) -> None:
    answer = send(relay, agent, to="US.13491208655302741918", text="Hola")
    assert answer.status_code == 201, answer.text
    assert answer.json()["event"]["conversation"] == "US.13491208655302741918"
    request = sim.report()["sent"][0]["request"]
    assert request["recipient"] == "US.13491208655302741918"
    assert "to" not in request


def test_duplicate_and_reordered_statuses_end_at_the_latest(
    relay: RelayProcess, sim: MetaSimProcess, agent: str
) -> None:
    customer_wrote(relay, sim, agent)
    sim.fault(webhooks={"duplicate": True, "reorder": True})
    wamid = send(relay, agent, text="Hola").json()["event"]["data"]["wamid"]
    wait_for(relay, agent, lambda _: sim.report()["delivered"] >= 1 + 6)
    # read arrived first; the late delivered and sent never take it back, duplicates add nothing.
    assert statuses(relay.all_events(agent), wamid) == ["read"]


def test_mark_as_read_with_typing_indicator(
    relay: RelayProcess, sim: MetaSimProcess, agent: str
) -> None:
    asked = customer_wrote(relay, sim, agent)
    answer = relay.http.post(
        "/api/read",
        json={"conversation": CUSTOMER, "wamid": asked, "typing": True},
        headers={"Authorization": f"Bearer {agent}"},
    )
    assert answer.status_code == 200, answer.text
    assert sim.report()["read"] == [
        {
            "messaging_product": "whatsapp",
            "status": "read",
            "message_id": asked,
            "typing_indicator": {"type": "text"},
        }
    ]


def test_a_send_cut_short_by_kill_9_becomes_unknown_and_is_settled_not_resent(
    relay: RelayProcess, sim: MetaSimProcess, agent: str
) -> None:
    customer_wrote(relay, sim, agent)
    # Meta holds the request, then sends the message and its statuses.
    sim.fault(faults=[{"timeout": 3}])

    def cut_short() -> None:
        with pytest.raises(httpx.TransportError):
            send(relay, agent, client_id="crash", text="Hola")

    request = threading.Thread(target=cut_short)
    request.start()
    deadline = time.monotonic() + 5
    while not sim.report()["calls"]:
        assert time.monotonic() < deadline
        time.sleep(0.02)
    relay.kill()  # Meta has the request; the relay will never hear back
    request.join()
    relay.start()
    events = wait_for(
        relay,
        agent,
        lambda ev: any(
            e["key"].startswith("msg:") and e["data"].get("client_id") == "crash" for e in ev
        ),
    )
    keys = [e["key"] for e in events if e["data"].get("client_id") == "crash"]
    wamid = sim.report()["sent"][0]["wamid"]
    assert keys == ["send:crash", f"msg:{wamid}"]
    again = send(relay, agent, client_id="crash", text="Hola")
    assert again.status_code == 200
    assert len(sim.report()["sent"]) == 1


def test_storage_failing_after_meta_took_the_send_never_resends_it(
    relay: RelayProcess, sim: MetaSimProcess, agent: str
) -> None:
    customer_wrote(relay, sim, agent)
    # The outcome of the send cannot be stored (as on a full disk), until the trigger goes.
    if relay.store == "sqlite":
        relay.sql(
            "CREATE TRIGGER no_settle BEFORE UPDATE ON sends WHEN NEW.state != 'sending' "
            "BEGIN SELECT RAISE(ABORT, 'simulated storage failure'); END"
        )
    else:  # 53100 is disk_full: the relay takes it for the environment, as it is
        relay.sql(
            "CREATE FUNCTION no_settle() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF NEW.state != 'sending' THEN RAISE 'simulated storage failure' "
            "USING ERRCODE = 'disk_full'; END IF; RETURN NEW; END $$"
        )
        relay.sql(
            "CREATE TRIGGER no_settle BEFORE UPDATE ON sends FOR EACH ROW "
            "EXECUTE FUNCTION no_settle()"
        )
    answers: list[httpx.Response] = []

    def post() -> None:
        with httpx.Client(base_url=relay.url, timeout=30) as client:
            answers.append(
                client.post(
                    "/api/messages",
                    json={"client_id": "disk", "to": CUSTOMER, "text": "Hola"},
                    headers={"Authorization": f"Bearer {agent}"},
                )
            )

    post()
    assert answers[0].status_code == 503, answers[0].text
    assert answers[0].json()["error"]["code"] == "storage_unavailable"
    retry = threading.Thread(target=post)  # the desktop retries at once
    retry.start()
    time.sleep(0.5)
    relay.sql("DROP TRIGGER no_settle" + ("" if relay.store == "sqlite" else " ON sends"))
    retry.join()
    assert answers[1].status_code == 200, answers[1].text
    wamid = sim.report()["sent"][0]["wamid"]
    assert answers[1].json()["event"]["data"]["wamid"] == wamid
    assert len(sim.report()["sent"]) == 1
