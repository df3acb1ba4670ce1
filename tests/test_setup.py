"""The first admin, the team's invitations and the set-up page, against a real relay."""

from __future__ import annotations

import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from harness import Desk, RelayProcess, running_relay

from wire import CLOSE_REVOKED


def bearer(token: str, **headers: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}", **headers}


def first_admin(relay: RelayProcess, name: str = "Dueña") -> str:
    (code,) = set(relay.setup_codes())
    created = relay.http.post("/api/setup/admin", json={"code": code, "name": name})
    assert created.status_code == 201, created.text
    return str(created.json()["token"])


def test_a_relay_without_admin_logs_its_set_up_link_and_the_same_after_a_restart(
    relay: RelayProcess,
) -> None:
    (line,) = [line for line in relay.log().splitlines() if "/setup?code=" in line]
    assert " WARNING " in line
    assert f"http://127.0.0.1:{relay.port}/setup?code=" in line
    (code,) = relay.setup_codes()
    relay.stop()
    relay.start()
    assert relay.setup_codes() == [code, code]  # kept in the database until used


def test_the_set_up_code_makes_one_admin_once(relay: RelayProcess) -> None:
    (code,) = relay.setup_codes()
    # Its last character changed (a code may end in "x" already: one in 64).
    wrong_code = code[:-1] + ("y" if code.endswith("x") else "x")
    wrong = relay.http.post("/api/setup/admin", json={"code": wrong_code, "name": "Eva"})
    assert (wrong.status_code, wrong.json()["error"]["code"]) == (403, "wrong_code")
    nameless = relay.http.post("/api/setup/admin", json={"code": code, "name": "\x00"})
    assert (nameless.status_code, nameless.json()["error"]["field"]) == (400, "name")
    created = relay.http.post("/api/setup/admin", json={"code": code, "name": " Dueña "})
    assert created.status_code == 201
    body = created.json()
    assert (body["name"], set(body)) == ("Dueña", {"name", "token", "link"})
    link = urlsplit(body["link"])
    assert (link.scheme, link.netloc) == ("puente", "connect")
    assert parse_qs(link.query) == {"relay": [relay.url], "token": [body["token"]]}
    status = relay.http.get("/api/status", headers=bearer(body["token"])).json()
    assert (status["agent"], status["role"]) == ("Dueña", "admin")
    again = relay.http.post("/api/setup/admin", json={"code": code, "name": "Otro"})
    assert (again.status_code, again.json()["error"]["code"]) == (403, "setup_done")
    assert relay.http.get("/api/setup/config").json()["admin_exists"] is True
    relay.stop()
    relay.start()
    assert relay.setup_codes() == [code]  # no new link once an admin exists
    assert relay.cli("agent", "list").stdout.startswith("Dueña\tactive\tcreated ")


def test_an_admin_from_the_shell_needs_no_set_up_code(tmp_path: Path, store_kind: str) -> None:
    with running_relay(tmp_path, store=store_kind) as relay:
        token = relay.add_agent("Dueña", admin=True)
        assert relay.cli("agent", "list").stdout.strip().endswith("\tadmin")
        relay.stop()
        relay.start()
        assert len(relay.setup_codes()) == 1  # the first start's only
        (code,) = relay.setup_codes()
        late = relay.http.post("/api/setup/admin", json={"code": code, "name": "Eva"})
        assert late.json()["error"]["code"] == "setup_done"
        assert relay.http.get("/api/agents", headers=bearer(token)).status_code == 200


def test_admins_invite_list_and_revoke_agents_whose_sockets_close(relay: RelayProcess) -> None:
    admin = first_admin(relay)
    invited = relay.http.post(
        "/api/agents", json={"name": "Ana", "role": "agent"}, headers=bearer(admin)
    )
    assert invited.status_code == 201
    ana = invited.json()
    assert (ana["name"], ana["role"]) == ("Ana", "agent")
    assert parse_qs(urlsplit(ana["link"]).query)["token"] == [ana["token"]]
    second_admin = relay.http.post(
        "/api/agents", json={"name": "Luis", "role": "admin"}, headers=bearer(admin)
    ).json()
    listed = relay.http.get("/api/agents", headers=bearer(admin)).json()["agents"]
    assert [(a["name"], a["role"]) for a in listed] == [
        ("Ana", "agent"),
        ("Dueña", "admin"),
        ("Luis", "admin"),
    ]
    assert all(isinstance(a["created_at"], int) and "last_seen" in a for a in listed)
    again = relay.http.post("/api/agents", json={"name": "Ana"}, headers=bearer(admin))
    assert (again.status_code, again.json()["error"]["code"]) == (409, "agent_exists")
    bad_role = relay.http.post(
        "/api/agents", json={"name": "Bea", "role": "owner"}, headers=bearer(admin)
    )
    assert (bad_role.status_code, bad_role.json()["error"]["field"]) == (400, "role")

    desk = Desk(relay, ana["token"])
    desk.until_live()
    revoked = relay.http.delete("/api/agents/Ana", headers=bearer(second_admin["token"]))
    assert revoked.status_code == 200
    code, waited = desk.until_closed()
    assert (code, waited < 1.0) == (CLOSE_REVOKED, True)
    assert relay.http.get("/api/status", headers=bearer(ana["token"])).status_code == 401
    gone = relay.http.delete("/api/agents/Ana", headers=bearer(admin))
    assert gone.status_code == 404
    # An admin may leave, but the last one may not: the shop would be locked out.
    assert relay.http.delete("/api/agents/Luis", headers=bearer(admin)).status_code == 200
    last = relay.http.delete("/api/agents/Dueña", headers=bearer(admin))
    assert (last.status_code, last.json()["error"]["code"]) == (409, "last_admin")


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/api/agents"),
        ("POST", "/api/agents"),
        ("DELETE", "/api/agents/Dueña"),
        ("POST", "/api/setup/meta"),
        ("GET", "/api/admin/numbers"),
        ("GET", "/api/admin/doctor"),
    ],
)
def test_admin_endpoints_refuse_agents_and_strangers(
    shared_relay: RelayProcess, token: str, method: str, path: str
) -> None:
    as_agent = shared_relay.http.request(method, path, headers=bearer(token), json={})
    assert (as_agent.status_code, as_agent.json()["error"]["code"]) == (403, "forbidden")
    anonymous = shared_relay.http.request(method, path, json={})
    assert anonymous.status_code == 401


def test_last_seen_is_kept_across_a_restart(relay: RelayProcess) -> None:
    admin = first_admin(relay)
    ana = relay.http.post("/api/agents", json={"name": "Ana"}, headers=bearer(admin)).json()
    before = relay.http.get("/api/agents", headers=bearer(admin)).json()["agents"]
    assert {a["name"]: a["last_seen"] for a in before}["Ana"] is None
    relay.http.get("/api/status", headers=bearer(ana["token"]))
    relay.stop()  # a graceful stop writes down who was seen
    relay.start()
    after = relay.http.get("/api/agents", headers=bearer(admin)).json()["agents"]
    seen = {a["name"]: a["last_seen"] for a in after}["Ana"]
    assert isinstance(seen, int) and abs(seen - time.time()) < 60


def test_public_url_makes_the_links_and_the_log_line(tmp_path: Path, store_kind: str) -> None:
    public = "https://relay.panaderia.example"
    with running_relay(tmp_path, store=store_kind, extra_env={"PUBLIC_URL": public}) as relay:
        assert f"{public}/setup?code=" in relay.log()
        admin = first_admin(relay)
        ana = relay.http.post("/api/agents", json={"name": "Ana"}, headers=bearer(admin)).json()
        assert parse_qs(urlsplit(ana["link"]).query)["relay"] == [public]
        assert relay.http.get("/api/setup/config").json()["relay_url"] == public


def test_the_set_up_page_and_its_files_are_served(shared_relay: RelayProcess) -> None:
    page = shared_relay.http.get("/setup")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    policy = page.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in policy
    assert f"http://127.0.0.1:{shared_relay.sim_port}" in policy  # the SDK's origin
    for name, kind in (
        ("setup.js", "text/javascript"),
        ("setup-texts.js", "text/javascript"),
        ("setup.css", "text/css"),
    ):
        served = shared_relay.http.get(f"/setup/{name}")
        assert served.status_code == 200
        assert served.headers["content-type"].startswith(kind)
    assert shared_relay.http.get("/setup/relay.db").status_code == 404
    assert shared_relay.http.get("/setup/..%2Fapp.py").status_code == 404


@pytest.mark.parametrize(
    ("accept", "language", "title"),
    [
        ("es-MX,es;q=0.9,en;q=0.8", "es", "Configura Puente"),
        ("pt-BR,pt;q=0.9", "pt_BR", "Configure o Puente"),
        ("en-GB", "en", "Set up Puente"),
        ("de-DE,fr;q=0.5", "en", "Set up Puente"),
        ("fr;q=0.9,pt;q=0.8", "pt_BR", "Configure o Puente"),
    ],
)
def test_the_page_speaks_the_browsers_language(
    shared_relay: RelayProcess, accept: str, language: str, title: str
) -> None:
    config = shared_relay.http.get("/api/setup/config", headers={"Accept-Language": accept}).json()
    assert config["language"] == language
    assert config["strings"].get("Set up Puente", "Set up Puente") == title
    assert (config["app_id"], config["config_id"]) == ("1234567890", "777000111")
    assert config["message_origins"][:2] == ["https://www.facebook.com", "https://web.facebook.com"]
