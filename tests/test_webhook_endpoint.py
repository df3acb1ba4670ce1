"""`/api/whatsapp/webhook` on a real relay: verification, signatures, limits, every sample."""

from __future__ import annotations

import json
import socket

import httpx
import pytest
from harness import SECRET, VERIFY_TOKEN, RelayProcess, sample, sample_paths

from metasim import payloads


def verify(relay: RelayProcess, **params: str) -> httpx.Response:
    return relay.http.get("/api/whatsapp/webhook", params=params)


def test_subscription_challenge(shared_relay: RelayProcess) -> None:
    ok = verify(
        shared_relay,
        **{
            "hub.mode": "subscribe",
            "hub.verify_token": VERIFY_TOKEN,
            "hub.challenge": "1158201444",
        },
    )
    assert (ok.status_code, ok.text) == (200, "1158201444")
    assert ok.headers["content-type"].startswith("text/plain")


@pytest.mark.parametrize(
    "params",
    [
        {"hub.mode": "subscribe", "hub.verify_token": "wrong", "hub.challenge": "1"},
        {"hub.mode": "unsubscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1"},
        {"hub.challenge": "1"},
        {},
    ],
)
def test_subscription_refused(shared_relay: RelayProcess, params: dict[str, str]) -> None:
    refused = verify(shared_relay, **params)
    assert (refused.status_code, refused.content) == (403, b"")


def test_healthz(shared_relay: RelayProcess) -> None:
    assert shared_relay.http.get("/healthz").status_code == 200


@pytest.mark.parametrize(
    "header",
    [
        None,
        "",
        "sha256=",
        "sha1=" + "0" * 40,
        "sha256=" + "z" * 64,
        "sha256=" + "0" * 64,
        payloads.sign("another secret", b"{}"),
    ],
)
def test_bad_signatures_store_nothing(relay: RelayProcess, header: str | None) -> None:
    token = relay.add_agent("Ana")
    body = payloads.encode(payloads.text_message("5215500000001", "hola"))
    headers = {} if header is None else {"X-Hub-Signature-256": header}
    response = relay.http.post("/api/whatsapp/webhook", content=body, headers=headers)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "bad_signature"
    assert relay.events(token)["head"] == 0


def test_signature_covers_the_exact_bytes(relay: RelayProcess) -> None:
    token = relay.add_agent("Ana")
    # Meta escapes non-ASCII; a relay that re-serialised would compute another HMAC.
    escaped = b'{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{"metadata":{"phone_number_id":"9"},"messages":[{"from":"52155","id":"wamid.esc","timestamp":"1","type":"text","text":{"body":"Se\\u00f1or \\ud83d\\ude00"}}]}}]}]}'  # noqa: E501
    raw_utf8 = json.dumps(json.loads(escaped), ensure_ascii=False).encode()
    resigned = relay.http.post(
        "/api/whatsapp/webhook",
        content=raw_utf8,
        headers={"X-Hub-Signature-256": payloads.sign(SECRET, escaped)},
    )
    assert resigned.status_code == 401
    assert relay.post(escaped).status_code == 200
    (event,) = relay.events(token)["events"]
    assert event["data"]["text"] == "Señor 😀"


def test_every_sample_is_stored_once(shared_relay: RelayProcess, token: str) -> None:
    before = shared_relay.events(token)["head"]
    paths = sample_paths()
    for path in paths:
        assert shared_relay.post(sample(path)).status_code == 200, path
    events = shared_relay.all_events(token, before)
    assert events, "nothing stored"
    assert [e["seq"] for e in events] == sorted({e["seq"] for e in events})
    assert len({e["key"] for e in events}) == len(events)
    kinds = {e["kind"] for e in events}
    assert kinds == {"message", "status", "contact", "template", "account", "error", "unknown"}
    # Every sample again, as Meta's retries would: nothing new.
    head = shared_relay.events(token)["head"]
    for path in paths:
        assert shared_relay.post(sample(path)).status_code == 200, path
    assert shared_relay.events(token)["head"] == head


def test_json_that_is_not_meta_is_kept_as_unknown(relay: RelayProcess) -> None:
    token = relay.add_agent("Ana")
    bodies = [
        b"not json at all \xff",
        b"[1, 2, 3]",
        b'{"object": "page", "entry": []}',
        b'{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"calls_v9","value":{"x":1}}]}]}',
    ]
    for body in bodies:
        assert relay.post(body).status_code == 200
    events = relay.events(token)["events"]
    assert [e["kind"] for e in events] == ["unknown"] * 4
    assert [e["data"]["reason"] for e in events] == [
        "invalid_json",
        "unknown_object",
        "unknown_object",
        "unknown_field",
    ]
    assert events[0]["data"]["excerpt"].startswith("not json at all")
    assert events[3]["data"]["value"] == {"x": 1}


def test_unknown_message_type_stays_in_its_conversation(relay: RelayProcess) -> None:
    token = relay.add_agent("Ana")
    payload = payloads.text_message("5215500000002", "x")
    message = payload["entry"][0]["changes"][0]["value"]["messages"][0]
    message.update(type="hologram", hologram={"frames": 3})
    del message["text"]
    assert relay.post(payload).status_code == 200
    (event,) = relay.events(token)["events"]
    assert (event["kind"], event["conversation"]) == ("unknown", "5215500000002")
    assert (event["data"]["reason"], event["data"]["type"]) == ("unknown_message_type", "hologram")
    assert event["data"]["value"]["hologram"] == {"frames": 3}


def test_deeply_nested_json_is_kept(relay: RelayProcess) -> None:
    token = relay.add_agent("Ana")
    body = b"[" * 100_000 + b"]" * 100_000
    assert relay.post(body).status_code == 200
    nested = {
        "object": "whatsapp_business_account",
        "entry": [
            {
                "id": "1",
                "changes": [
                    {"field": "mystery", "value": {"v": json.loads("[" * 900 + "]" * 900)}}
                ],
            }
        ],
    }
    assert relay.post(json.dumps(nested).encode()).status_code == 200
    assert [e["kind"] for e in relay.events(token)["events"]] == ["unknown", "unknown"]


def test_declared_length_over_the_limit_is_413(shared_relay: RelayProcess) -> None:
    with socket.create_connection(("127.0.0.1", shared_relay.port), timeout=10) as s:
        s.sendall(
            b"POST /api/whatsapp/webhook HTTP/1.1\r\nHost: x\r\n"
            b"Content-Length: 104857600\r\nX-Hub-Signature-256: sha256=00\r\n\r\n{"
        )
        assert s.recv(1024).startswith(b"HTTP/1.1 413")


def test_chunked_body_over_the_limit_is_413(shared_relay: RelayProcess) -> None:
    chunk = b"x" * (1024 * 1024)

    def body():  # type: ignore[no-untyped-def]
        for _ in range(12):
            yield chunk

    response = shared_relay.http.post(
        "/api/whatsapp/webhook",
        content=body(),
        headers={"X-Hub-Signature-256": "sha256=" + "0" * 64},
    )
    assert response.status_code == 413


def test_lying_short_content_length_stores_nothing(relay: RelayProcess) -> None:
    token = relay.add_agent("Ana")
    body = payloads.encode(payloads.text_message("5215500000003", "hola"))
    with socket.create_connection(("127.0.0.1", relay.port), timeout=10) as s:
        s.sendall(
            b"POST /api/whatsapp/webhook HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n"
            + b"X-Hub-Signature-256: "
            + payloads.sign(SECRET, body).encode()
            + b"\r\n\r\n"
            + body
        )
        # The 10 declared bytes fail the signature; the rest is not a request.
        assert s.recv(1024)[:12] in (b"HTTP/1.1 401", b"HTTP/1.1 400")
    assert relay.events(token)["head"] == 0
    assert relay.post(body).status_code == 200


def test_big_history_chunk_under_the_limit(relay: RelayProcess) -> None:
    token = relay.add_agent("Ana")
    threads = {str(5215500000000 + i): [(i % 2 == 0, "ñ" * 300)] * 20 for i in range(200)}
    body = payloads.encode(payloads.history_chunk(threads))
    assert 3 * 1024 * 1024 < len(body) < 8 * 1024 * 1024
    assert relay.post(body).status_code == 200
    assert relay.events(token)["head"] == 1 + 200 * 20
