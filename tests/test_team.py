"""The team's shared work through the real relay: state, assignment, labels, notes, lists."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from harness import MetaSimProcess, RelayProcess

CUSTOMER = "5215512345678"


class Agent:
    """An agent's calls to the relay."""

    def __init__(self, relay: RelayProcess, token: str) -> None:
        self.relay, self.token = relay, token
        self.headers = {"Authorization": f"Bearer {token}"}

    def post(self, path: str, **body: Any) -> httpx.Response:
        body.setdefault("client_id", str(uuid.uuid4()))
        return self.relay.http.post(path, json=body, headers=self.headers)

    def change(self, what: str, conversation: str = CUSTOMER, **body: Any) -> httpx.Response:
        return self.post(f"/api/conversations/{conversation}/{what}", **body)

    def get(self, path: str) -> httpx.Response:
        return self.relay.http.get(path, headers=self.headers)

    def put(self, path: str, **body: Any) -> httpx.Response:
        return self.relay.http.put(path, json=body, headers=self.headers)

    def delete(self, path: str) -> httpx.Response:
        return self.relay.http.delete(path, headers=self.headers)

    def team(self, conversation: str = CUSTOMER) -> dict[str, Any]:
        answer = self.get(f"/api/conversations/{conversation}")
        assert answer.status_code == 200, answer.text
        return dict(answer.json()["team"])

    def events(self, kind: str) -> list[dict[str, Any]]:
        return [e for e in self.relay.all_events(self.token) if e["kind"] == kind]

    def wait(
        self, kind: str, done: Callable[[list[dict[str, Any]]], bool], timeout: float = 10.0
    ) -> list[dict[str, Any]]:
        deadline = time.monotonic() + timeout
        while True:
            found = self.events(kind)
            if done(found):
                return found
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out; {kind} events: {found}")
            time.sleep(0.05)


@pytest.fixture
def ana(relay: RelayProcess, sim: MetaSimProcess) -> Agent:
    """Ana, an agent, on a relay where the customer has written."""
    agent = Agent(relay, relay.add_agent("Ana"))
    sim.customer_says(CUSTOMER, "Hola, ¿tienen la mochila azul?", name="Lucía")
    agent.wait("message", bool)
    return agent


def test_a_conversation_starts_open_and_each_change_is_one_event_once_per_client_id(
    ana: Agent, relay: RelayProcess
) -> None:
    assert ana.team() == {"state": "open", "snoozed_until": None, "assignee": None, "labels": []}
    answer = ana.change("state", client_id="resolve-1", state="resolved")
    assert answer.status_code == 200, answer.text
    event = answer.json()["event"]
    assert (event["kind"], event["conversation"]) == ("conversation", CUSTOMER)
    assert event["data"] == {
        "state": "resolved", "snoozed_until": None, "assignee": None, "labels": [],
        "by": "Ana", "change": "state",
    }  # fmt: skip
    again = ana.change("state", client_id="resolve-1", state="resolved")
    assert again.status_code == 200 and again.json()["event"] == event  # nothing new
    conflict = ana.change("state", client_id="resolve-1", state="pending")
    assert conflict.status_code == 409
    assert conflict.json()["error"]["code"] == "client_id_conflict"
    assert len(ana.events("conversation")) == 1

    relay.add_agent("Luis")
    assert ana.get("/api/team").json() == {
        "agents": [{"name": "Ana", "role": "agent"}, {"name": "Luis", "role": "agent"}]
    }
    assigned = ana.change("assign", assignee="Luis").json()["event"]["data"]
    assert (assigned["assignee"], assigned["state"], assigned["change"]) == (
        "Luis",
        "resolved",
        "assignee",
    )  # fmt: skip - each event carries the whole state
    nobody = ana.change("assign", assignee="Nadie")
    assert nobody.status_code == 400 and nobody.json()["error"]["field"] == "assignee"
    labelled = ana.change("labels", add=["VIP", "Envío"]).json()["event"]["data"]
    assert labelled["labels"] == ["VIP", "Envío"]
    taken_off = ana.change("labels", add=["Mayoreo"], remove=["VIP"]).json()["event"]["data"]
    assert taken_off["labels"] == ["Envío", "Mayoreo"]
    assert ana.team() == {
        "state": "resolved", "snoozed_until": None, "assignee": "Luis",
        "labels": ["Envío", "Mayoreo"],
    }  # fmt: skip
    # Naming a label defines it for the team, with a default colour, as a catalog event.
    labels = ana.get("/api/labels").json()["labels"]
    assert sorted(label["name"] for label in labels) == ["Envío", "Mayoreo", "VIP"]
    made = ana.events("catalog")
    assert {(e["data"]["catalog"], e["data"]["name"], e["data"]["by"]) for e in made} == {
        ("labels", "VIP", "Ana"), ("labels", "Envío", "Ana"), ("labels", "Mayoreo", "Ana"),
    }  # fmt: skip
    unassigned = ana.change("assign", assignee=None).json()["event"]["data"]
    assert unassigned["assignee"] is None


def test_refusals_name_what_is_wrong_and_change_nothing(ana: Agent) -> None:
    now = int(time.time())
    cases = [
        ("state", {"state": "archived"}, 400, "state"),
        ("state", {"state": "snoozed"}, 400, "snoozed_until"),
        (
            "state",
            {"state": "snoozed", "snoozed_until": now - 5},
            400,
            "snoozed_until",
        ),
        ("state", {"state": "open", "snoozed_until": now + 60}, 400, "snoozed_until"),
        ("state", {"state": "open", "client_id": "no spaces"}, 400, "client_id"),
        ("assign", {}, 400, "assignee"),
        ("labels", {"add": "VIP"}, 400, "add"),
        ("labels", {"add": ["x" * 41]}, 400, "add"),
    ]
    for what, body, status, field in cases:
        answer = ana.change(what, **body)
        assert answer.status_code == status, (what, body, answer.text)
        assert answer.json()["error"]["field"] == field, (what, body)
    unknown = ana.change("state", conversation="5215599999999", state="resolved")
    assert unknown.status_code == 404 and unknown.json()["error"]["code"] == "not_found"
    assert ana.events("conversation") == []
    nobody = ana.relay.http.post(f"/api/conversations/{CUSTOMER}/state", json={})
    assert nobody.status_code == 401


def test_the_customer_writing_reopens_a_resolved_conversation_but_a_reaction_does_not(
    ana: Agent, sim: MetaSimProcess
) -> None:
    ana.change("assign", assignee="Ana")
    ana.change("state", state="resolved")
    asked = sim.customer_says(CUSTOMER, "Una pregunta más", name="Lucía")
    reopened = ana.wait("conversation", lambda found: found[-1]["data"]["change"] == "reopened")
    assert reopened[-1]["data"] == {
        "state": "open", "snoozed_until": None, "assignee": "Ana", "labels": [],
        "by": None, "change": "reopened",
    }  # fmt: skip
    ana.change("state", state="resolved")
    sim.customer_says(CUSTOMER, "", emoji="👍", reply_to=asked)
    ana.wait("message", lambda found: any(e["data"]["type"] == "reaction" for e in found))
    assert ana.team()["state"] == "resolved"  # a thumbs-up is not a question


def test_a_snoozed_conversation_wakes_when_its_time_comes(ana: Agent) -> None:
    until = int(time.time()) + 2
    answer = ana.change("state", state="snoozed", snoozed_until=until)
    assert answer.json()["event"]["data"]["snoozed_until"] == until
    woke = ana.wait(
        "conversation", lambda found: found[-1]["data"]["change"] == "reopened", timeout=15
    )
    assert woke[-1]["data"]["state"] == "open" and woke[-1]["data"]["by"] is None
    assert woke[-1]["timestamp"] >= until
    assert ana.team()["state"] == "open"


def test_a_note_is_an_event_for_the_team_and_never_reaches_meta(
    ana: Agent, sim: MetaSimProcess
) -> None:
    calls = sim.report()["calls"]
    answer = ana.post(
        "/api/notes", client_id="note-1", conversation=CUSTOMER, text="Pidió factura; ojo"
    )
    assert answer.status_code == 200, answer.text
    note = answer.json()["event"]
    assert note["kind"] == "note" and note["conversation"] == CUSTOMER
    assert note["data"]["text"] == "Pidió factura; ojo" and note["data"]["author"] == "Ana"
    assert note["data"]["id"].startswith("note-")
    repeated = ana.post(
        "/api/notes", client_id="note-1", conversation=CUSTOMER, text="Pidió factura; ojo"
    )
    assert repeated.json()["event"] == note
    reply = ana.post(
        "/api/notes", conversation=CUSTOMER, text="Ya la mandé", reply_to=note["data"]["id"]
    )
    assert reply.json()["event"]["data"]["reply_to"] == note["data"]["id"]
    assert sim.report()["calls"] == calls and sim.report()["sent"] == []
    empty = ana.post("/api/notes", conversation=CUSTOMER, text="   ")
    assert empty.status_code == 400 and empty.json()["error"]["field"] == "text"
    nowhere = ana.post("/api/notes", conversation="5215599999999", text="hola")
    assert nowhere.status_code == 404


def test_admins_edit_labels_and_any_agent_quick_replies_which_only_admins_delete(
    ana: Agent, relay: RelayProcess
) -> None:
    boss = Agent(relay, relay.add_agent("Marta", admin=True))
    assert ana.put("/api/labels/VIP", color="#ff0000").status_code == 403
    made = boss.put("/api/labels/VIP", color="#FF0000")
    assert made.status_code == 200 and made.json() == {"name": "VIP", "color": "#ff0000"}
    assert boss.put("/api/labels/VIP", color="#ff0000").status_code == 200  # unchanged
    assert boss.put("/api/labels/VIP", color="red").status_code == 400
    assert ana.get("/api/labels").json() == {"labels": [{"name": "VIP", "color": "#ff0000"}]}

    added = ana.put("/api/quick-replies/horario", text="Abrimos de 9 a 19 h.")
    assert added.status_code == 200
    assert added.json() == {"shortcut": "horario", "text": "Abrimos de 9 a 19 h.", "media_id": None}
    assert ana.put("/api/quick-replies/horario", text="Abrimos de 9 a 20 h.").status_code == 200
    assert ana.put("/api/quick-replies/no%20vale", text="x").status_code == 400
    assert ana.delete("/api/quick-replies/horario").status_code == 403
    assert boss.delete("/api/quick-replies/horario").status_code == 200
    assert boss.delete("/api/quick-replies/horario").status_code == 404
    assert ana.get("/api/quick-replies").json() == {"quick_replies": []}
    assert boss.delete("/api/labels/VIP").status_code == 200

    changes = [
        (e["data"]["catalog"], e["data"]["name"], e["data"]["item"], e["data"]["by"])
        for e in ana.events("catalog")
    ]
    assert changes == [
        ("labels", "VIP", {"name": "VIP", "color": "#ff0000"}, "Marta"),
        ("quick_replies", "horario",
         {"shortcut": "horario", "text": "Abrimos de 9 a 19 h.", "media_id": None}, "Ana"),
        ("quick_replies", "horario",
         {"shortcut": "horario", "text": "Abrimos de 9 a 20 h.", "media_id": None}, "Ana"),
        ("quick_replies", "horario", None, "Marta"),
        ("labels", "VIP", None, "Marta"),
    ]  # fmt: skip
