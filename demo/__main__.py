"""`python -m demo`: a local relay on SQLite and the Meta simulator playing a small shop's day.

No Meta account and no network are needed. The simulator (`metasim`) plays
Meta: it replays the owner's chat history, then customers write, the owner
answers from the WhatsApp Business app on the phone, an agent answers through
the relay (which sends through the simulated Cloud API), and every webhook is
signed and delivered to the relay, which stores it and streams it over its
WebSocket exactly as it would to a desktop. Ctrl+C stops everything.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
from websockets.sync.client import connect

from metasim.payloads import PHONE_NUMBER_ID, WABA_ID
from relay.probe import wait_healthy

# (simulator control path, or "relay:" + a relay path for the agent; body; what it plays)
SCRIPT: list[tuple[str, dict[str, Any], str]] = [
    (
        "/_sim/history",
        {
            "threads": {
                "5215511112222": [
                    [False, "Hola, ¿tienen cita el martes?"],
                    [True, "Sí, a las 10:00 ✅"],
                ],
                "5215533334444": [[True, "Su pedido #1042 ya salió 🚚"]],
            }
        },
        "history import",
    ),
    (
        "/_sim/customer",
        {
            "phone": "5215511112222",
            "text": "¿Puedo cambiarla al miércoles?",
            "name": "Lucía Fernández",
        },
        "customer",
    ),
    (
        "/_sim/phone_app",
        {"phone": "5215511112222", "text": "Claro, miércoles 10:00 queda libre 👍"},
        "owner on the phone",
    ),
    (
        "/_sim/customer",
        {
            "phone": "5215555556666",
            "text": "Buenas, ¿hacen envíos a Puebla?",
            "name": "Jorge Ramírez",
        },
        "customer",
    ),
    (
        "relay:/api/messages",
        {
            "client_id": "demo-reply-1",
            "to": "5215555556666",
            "text": "¡Hola Jorge! Sí, enviamos a Puebla en 2 días 📦",
        },
        "agent replying through the relay",
    ),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _describe(event: dict[str, Any]) -> str:
    data = event.get("data", {})
    who = data.get("contact_name") or event.get("conversation") or "-"
    if event["kind"] == "message":
        arrow = "→" if data.get("direction") == "out" else "←"
        origin = data.get("agent") or data.get("origin")
        return f"{arrow} {who} [{origin}] {data.get('text') or data.get('type')}"
    if event["kind"] == "status":
        return f"✓ {data.get('status')} {data.get('wamid')}"
    return f"{event['kind']}: {data.get('event') or data.get('action') or data.get('reason') or ''}"


def _start(args: list[str], env: dict[str, str], url: str, what: str) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen([sys.executable, *args], env=env)  # noqa: S603 - our own modules
    if not wait_healthy(url, proc):
        proc.kill()
        raise SystemExit(f"demo: the {what} did not start")
    return proc


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m demo", description=__doc__)
    parser.add_argument("--data", default="data/demo", help="data folder (default: data/demo)")
    parser.add_argument("--once", action="store_true", help="exit after the script has played")
    args = parser.parse_args()
    data = Path(args.data).resolve()
    data.mkdir(parents=True, exist_ok=True)
    relay_port, sim_port = _free_port(), _free_port()
    env = {
        **os.environ,
        "WEBHOOK_VERIFY_TOKEN": secrets.token_urlsafe(16),
        "WHATSAPP_APP_SECRET": secrets.token_urlsafe(16),
        "WHATSAPP_ACCESS_TOKEN": "demo-token-never-leaves-this-machine",
        "DATABASE_URL": f"sqlite:///{data / 'relay.db'}",
        "HOST": "127.0.0.1",
        "PORT": str(relay_port),
        "LOG_LEVEL": "warning",
        "GRAPH_API_BASE": f"http://127.0.0.1:{sim_port}",
        "WHATSAPP_PHONE_NUMBER_ID": PHONE_NUMBER_ID,
        "WHATSAPP_WABA_ID": WABA_ID,
    }
    relay_url, sim_url = f"http://127.0.0.1:{relay_port}", f"http://127.0.0.1:{sim_port}"
    started: list[subprocess.Popen[bytes]] = []
    try:
        started.append(_start(["-m", "relay"], env, relay_url, "relay"))
        started.append(
            _start(
                [
                    "-m",
                    "metasim",
                    "--port",
                    str(sim_port),
                    "--relay-url",
                    f"{relay_url}/api/whatsapp/webhook",
                ],
                env,
                sim_url,
                "simulator",
            )
        )
        name = f"demo-{secrets.token_hex(3)}"
        added = subprocess.run(  # noqa: S603 - our own interpreter and module
            [sys.executable, "-m", "relay", "agent", "add", name],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        token = added.stdout.strip().splitlines()[-1]
        print(
            f"Relay on {relay_url} (SQLite at {data / 'relay.db'}), Meta simulator on "
            f"{sim_url}. Agent {name!r} signed in."
        )
        headers = {"Authorization": f"Bearer {token}"}
        with connect(f"ws://127.0.0.1:{relay_port}/api/ws", additional_headers=headers) as ws:
            ws.send(json.dumps({"type": "resume", "epoch": None, "after": 0}))
            for path, body, role in SCRIPT:
                if path.startswith("relay:"):
                    url = relay_url + path.removeprefix("relay:")
                    httpx.post(url, json=body, headers=headers, timeout=30).raise_for_status()
                else:
                    httpx.post(f"{sim_url}{path}", json=body).raise_for_status()
                print(f"  Meta plays: {role}")
                time.sleep(0.3)  # in order, as a day would bring them
            deadline = time.monotonic() + (3 if args.once else float("inf"))
            print("Live stream (Ctrl+C to stop):")
            while time.monotonic() < deadline:
                try:
                    frame = json.loads(ws.recv(timeout=0.5))
                except TimeoutError:
                    continue
                for event in frame.get("events", []):
                    print(f"  #{event['seq']:<4} {_describe(event)}")
                if frame.get("type") == "live":
                    print(f"  (caught up at seq {frame['head']}; waiting for more)")
    except KeyboardInterrupt:
        print()
    finally:
        for proc in reversed(started):
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
