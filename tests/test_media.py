"""Media and templates through the real relay and the real Meta simulator."""

from __future__ import annotations

import base64
import hashlib
import threading
import uuid
from pathlib import Path

import httpx
import pytest
from harness import MetaSimProcess, RelayProcess, running_relay
from test_sending import CUSTOMER, customer_wrote, send, wait_for

# The first bytes of real files of each kind, padded: the relay checks them.
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 512
OGG_OPUS = b"OggS\x00\x02" + b"\x00" * 20 + b"\x01\x13OpusHead\x01\x01" + b"\x00" * 300
OGG_VORBIS = b"OggS\x00\x02" + b"\x00" * 20 + b"\x01\x1e\x01vorbis" + b"\x00" * 300
PDF = b"%PDF-1.7\n" + b"x" * 2000


@pytest.fixture
def agent(relay: RelayProcess) -> str:
    return relay.add_agent("Ana")


def upload(
    relay: RelayProcess, token: str, content: bytes, mime: str, filename: str | None = None
) -> httpx.Response:
    return relay.http.post(
        "/api/media",
        content=content,
        params={"filename": filename} if filename else None,
        headers={"Authorization": f"Bearer {token}", "Content-Type": mime},
    )


def test_an_uploaded_photo_is_sent_by_media_id(
    relay: RelayProcess, sim: MetaSimProcess, agent: str
) -> None:
    customer_wrote(relay, sim, agent)
    uploaded = upload(relay, agent, JPEG, "image/jpeg", "vitrina.jpg")
    assert uploaded.status_code == 201, uploaded.text
    media = uploaded.json()
    assert (media["type"], media["mime_type"], media["size"]) == ("image", "image/jpeg", len(JPEG))
    assert sim.report()["media"][media["media_id"]]["sha256"] == hashlib.sha256(JPEG).hexdigest()
    answer = send(relay, agent, type="image", media_id=media["media_id"], caption="Así quedó")
    assert answer.status_code == 201, answer.text
    data = answer.json()["event"]["data"]
    assert (data["type"], data["text"]) == ("image", "Así quedó")
    assert data["content"] == {"id": media["media_id"], "caption": "Así quedó"}
    request = sim.report()["sent"][0]["request"]
    assert request["image"] == {"id": media["media_id"], "caption": "Así quedó"}
    # The uploader's own file is served from the relay without asking Meta.
    again = relay.http.get(
        f"/api/media/{media['media_id']}", headers={"Authorization": f"Bearer {agent}"}
    )
    assert again.content == JPEG
    assert sim.report()["media_lookups"] == 0


def test_documents_and_voice_notes(relay: RelayProcess, sim: MetaSimProcess, agent: str) -> None:
    customer_wrote(relay, sim, agent)
    pdf = upload(relay, agent, PDF, "application/pdf", "cotización.pdf").json()["media_id"]
    voice = upload(relay, agent, OGG_OPUS, "audio/ogg; codecs=opus").json()["media_id"]
    doc = send(
        relay, agent, type="document", media_id=pdf, filename="cotización.pdf", caption="Aquí va"
    )
    assert doc.status_code == 201, doc.text
    note = send(relay, agent, type="audio", media_id=voice)
    assert note.status_code == 201, note.text
    requests = [s["request"] for s in sim.report()["sent"]]
    assert requests[0]["document"] == {
        "id": pdf,
        "caption": "Aquí va",
        "filename": "cotización.pdf",
    }
    assert requests[1]["audio"] == {"id": voice}


@pytest.mark.parametrize(
    ("content", "mime", "status"),
    [
        (b"<html></html>", "text/html", 415),
        (b"", "image/jpeg", 400),
        (PNG, "image/jpeg", 400),  # the bytes are not what the type says
        (OGG_VORBIS, "audio/ogg", 400),  # Meta takes Ogg only with Opus
        (b"\xff\xd8\xff" + b"\x00" * (5 * 1024 * 1024), "image/jpeg", 413),
    ],
)
def test_files_meta_would_refuse_are_refused_before_uploading(
    relay: RelayProcess, sim: MetaSimProcess, agent: str, content: bytes, mime: str, status: int
) -> None:
    answer = upload(relay, agent, content, mime)
    assert answer.status_code == status, answer.text
    assert answer.json()["error"]["code"] == "media_error"
    assert answer.json()["error"]["field"] == "file"
    assert sim.report()["media"] == {}


def test_a_customers_photo_is_fetched_once_checked_and_kept(
    relay: RelayProcess, sim: MetaSimProcess, agent: str
) -> None:
    sim.http.post(
        "/_sim/customer",
        json={
            "phone": CUSTOMER,
            "text": "¿Lo tienen en azul?",
            "media": {"mime_type": "image/jpeg", "data": base64.b64encode(JPEG).decode()},
        },
    ).raise_for_status()
    (event,) = wait_for(relay, agent, lambda ev: len(ev) == 1)
    media_id = event["data"]["content"]["id"]
    headers = {"Authorization": f"Bearer {agent}"}
    answers: list[httpx.Response] = []

    def look() -> None:
        with httpx.Client(base_url=relay.url, timeout=10) as client:
            answers.append(client.get(f"/api/media/{media_id}", headers=headers))

    lookers = [threading.Thread(target=look) for _ in range(5)]
    for thread in lookers:
        thread.start()
    for thread in lookers:
        thread.join()
    assert [a.status_code for a in answers] == [200] * 5
    assert all(a.content == JPEG for a in answers)
    assert answers[0].headers["content-type"] == "image/jpeg"
    assert sim.report()["media_lookups"] == 1  # five agents, one fetch from Meta
    # Meta's URL expires and its copy goes; the relay still has the photo.
    sim.stop()
    later = relay.http.get(f"/api/media/{media_id}", headers=headers)
    assert (later.status_code, later.content) == (200, JPEG)
    sim.__init__(relay)  # type: ignore[misc]  # the fixture stops it again


def test_unknown_media_is_a_404(relay: RelayProcess, sim: MetaSimProcess, agent: str) -> None:
    headers = {"Authorization": f"Bearer {agent}"}
    missing = relay.http.get("/api/media/123456789", headers=headers)
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "media_error"
    assert relay.http.get("/api/media/..%2F..%2Fetc", headers=headers).status_code in (400, 404)
    assert relay.http.get("/api/media/123456789").status_code == 401


def test_templates_are_listed_with_their_parameters(
    relay: RelayProcess, sim: MetaSimProcess, agent: str
) -> None:
    headers = {"Authorization": f"Bearer {agent}"}
    listed = relay.http.get("/api/templates", headers=headers)
    assert listed.status_code == 200, listed.text
    templates = {t["name"]: t for t in listed.json()["templates"]}
    assert set(templates) == {"seguimiento_pedido", "recordatorio_cita", "reanudar_conversacion"}
    order = templates["seguimiento_pedido"]
    assert order["language"] == "es_MX"
    assert [(p["component"], p["name"], p["example"]) for p in order["parameters"]] == [
        ("body", "1", "Ana"),
        ("body", "2", "#1043"),
        ("body", "3", "Av. Juárez 12"),
    ]
    named = templates["recordatorio_cita"]["parameters"]
    assert [p["name"] for p in named] == ["nombre", "fecha", "hora"]
    assert templates["reanudar_conversacion"]["parameters"] == []
    refreshed = relay.http.get("/api/templates", params={"refresh": "1"}, headers=headers)
    assert refreshed.json()["fetched_at"] >= listed.json()["fetched_at"]


def test_templates_need_the_waba_id(tmp_path: Path, store_kind: str) -> None:
    with running_relay(tmp_path, extra_env={"WHATSAPP_WABA_ID": ""}, store=store_kind) as relay:
        agent = relay.add_agent("Ana")
        answer = relay.http.get("/api/templates", headers={"Authorization": f"Bearer {agent}"})
        assert answer.status_code == 503
        assert answer.json()["error"]["code"] == "no_waba"


def test_a_template_reopens_a_closed_window(
    relay: RelayProcess, sim: MetaSimProcess, agent: str
) -> None:
    template = {
        "name": "seguimiento_pedido",
        "language": "es_MX",
        "components": [
            {
                "type": "body",
                "parameters": [
                    {"type": "text", "text": "Lucía"},
                    {"type": "text", "text": "#2001"},
                    {"type": "text", "text": "Calle 5 de Mayo 3"},
                ],
            }
        ],
    }
    answer = send(relay, agent, to="5215500001111", type="template", template=template)
    assert answer.status_code == 201, answer.text
    wamid = answer.json()["event"]["data"]["wamid"]
    events = wait_for(
        relay,
        agent,
        lambda ev: (
            [e["data"]["status"] for e in ev if e["kind"] == "status"]
            == ["sent", "delivered", "read"]
        ),
    )
    assert {e["data"]["wamid"] for e in events if e["kind"] == "status"} == {wamid}
    assert uuid.UUID(answer.json()["event"]["data"]["client_id"])
