"""deploy/nginx/puente.conf, the documented reverse proxy, run in front of a real relay over TLS.

Skipped, saying why, without nginx or openssl (`.ci/run` installs nginx).
"""

from __future__ import annotations

import json
import shutil
import ssl
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from harness import (
    ROOT,
    SECRET,
    VERIFY_TOKEN,
    RelayProcess,
    free_port,
    running_relay,
)
from websockets.sync.client import connect

from metasim import payloads
from wire import parse_server_frame
from wire.frames import LiveFrame

MIB = 1024 * 1024


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path="/usr/sbin:/sbin")
    if found is None:
        pytest.skip(f"no {name} here (Debian: apt-get install {name}; .ci/run installs nginx)")
    return found


@pytest.fixture
def proxied(tmp_path: Path) -> Iterator[tuple[RelayProcess, str, Path, ssl.SSLContext]]:
    """A relay behind nginx with the documented configuration, on a self-signed
    certificate; (relay, https URL, nginx's access log, a context trusting it)."""
    nginx, openssl = tool("nginx"), tool("openssl")
    certs = tmp_path / "certs"
    certs.mkdir()
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
         "-keyout", str(certs / "key.pem"), "-out", str(certs / "cert.pem")],
        check=True,
        capture_output=True,
    )  # fmt: skip
    (tmp_path / "relay").mkdir()
    with running_relay(tmp_path / "relay") as relay:
        port = free_port()
        access_log = tmp_path / "access.log"
        site = (ROOT / "deploy" / "nginx" / "puente.conf").read_text()
        for old, new in (
            ("listen 443 ssl;", f"listen 127.0.0.1:{port} ssl;"),
            ("server 127.0.0.1:8000;", f"server 127.0.0.1:{relay.port};"),
            ("/etc/letsencrypt/live/relay.example.com/fullchain.pem", str(certs / "cert.pem")),
            ("/etc/letsencrypt/live/relay.example.com/privkey.pem", str(certs / "key.pem")),
            ("/var/log/nginx/puente.access.log", str(access_log)),
            ("server_name relay.example.com;", "server_name localhost;"),
        ):
            assert old in site, old
            site = site.replace(old, new)
        (tmp_path / "puente.conf").write_text(site)
        (tmp_path / "nginx.conf").write_text(
            f"daemon off;\npid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\n"
            "events { worker_connections 256; }\n"
            f"http {{\n  client_body_temp_path {tmp_path}/body;\n"
            f"  proxy_temp_path {tmp_path}/proxy;\n  include {tmp_path}/puente.conf;\n}}\n"
        )
        errors = (tmp_path / "nginx.stderr").open("wb")
        proc = subprocess.Popen(
            [nginx, "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")], stderr=errors
        )
        trust = ssl.create_default_context(cafile=str(certs / "cert.pem"))
        url = f"https://localhost:{port}"
        try:
            deadline = time.monotonic() + 10
            while True:
                try:
                    if httpx.get(f"{url}/healthz", verify=trust).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert proc.poll() is None, (tmp_path / "nginx.stderr").read_text()
                assert time.monotonic() < deadline, "nginx did not answer"
                time.sleep(0.1)
            yield relay, url, access_log, trust
        finally:
            proc.terminate()
            proc.wait(10)
            errors.close()


def test_metas_large_webhooks_and_desktops_uploads_pass(
    proxied: tuple[RelayProcess, str, Path, ssl.SSLContext],
) -> None:
    relay, url, _, trust = proxied
    token = relay.add_agent("Ana")
    with httpx.Client(base_url=url, verify=trust, timeout=30) as client:
        # A history chunk of 2.1 MB: nginx's default limit (1 MB) refused one.
        threads = {f"52155{n:08d}": [(False, "x" * 200)] * 20 for n in range(500)}
        body = payloads.encode(payloads.history_chunk(threads))
        assert len(body) > 2 * MIB
        answer = client.post(
            "/api/whatsapp/webhook",
            content=body,
            headers={"X-Hub-Signature-256": payloads.sign(SECRET, body)},
        )
        assert answer.status_code == 200, answer.text
        # A 1.5 MB photo from a desktop.
        photo = b"\xff\xd8\xff\xe0" + bytes(int(1.5 * MIB))
        upload = client.post(
            "/api/media",
            params={"filename": "foto.jpg"},
            content=photo,
            headers={"Authorization": f"Bearer {token}", "Content-Type": "image/jpeg"},
        )
        # Past nginx: the relay itself answers (the simulator is not running here).
        assert upload.status_code != 413, upload.text
        assert upload.json()["error"]["code"] == "meta_unreachable"


def test_streams_pass_and_the_relay_knows_it_is_on_https(
    proxied: tuple[RelayProcess, str, Path, ssl.SSLContext],
) -> None:
    relay, url, _, trust = proxied
    admin = relay.add_agent("Dueña", admin=True)
    ws_url = url.replace("https://", "wss://") + "/api/ws"
    with connect(ws_url, ssl=trust, additional_headers={"Authorization": f"Bearer {admin}"}) as ws:
        ws.send(json.dumps({"type": "resume", "epoch": None, "after": 0}))
        assert isinstance(parse_server_frame(ws.recv(timeout=10)), LiveFrame)
    invited = httpx.post(
        f"{url}/api/agents",
        json={"name": "Ana"},
        headers={"Authorization": f"Bearer {admin}"},
        verify=trust,
    )
    # X-Forwarded-Proto from the trusted proxy: the pairing link is the https address.
    assert parse_qs(urlsplit(invited.json()["link"]).query)["relay"] == [url]


def test_the_verify_token_stays_out_of_the_access_log(
    proxied: tuple[RelayProcess, str, Path, ssl.SSLContext],
) -> None:
    _, url, access_log, trust = proxied
    check = httpx.get(
        f"{url}/api/whatsapp/webhook",
        params={"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "42"},
        verify=trust,
    )
    assert (check.status_code, check.text) == (200, "42")
    deadline = time.monotonic() + 5
    while "/api/whatsapp/webhook" not in access_log.read_text():
        assert time.monotonic() < deadline, "nginx logged nothing"
        time.sleep(0.1)
    logged = access_log.read_text()
    assert "GET /api/whatsapp/webhook HTTP/1.1" in logged
    assert "verify" not in logged and "challenge" not in logged
