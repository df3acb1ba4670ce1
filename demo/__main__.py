"""`python -m demo`: start a relay on embedded SQLite, play a few customers, print the live stream.

No Meta account and no network are needed: the webhooks are built and signed
here in Meta's documented formats and posted to the local relay, which stores
them and streams them back over its WebSocket exactly as it would to a desktop.
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

from metasim import payloads
from relay.probe import wait_healthy

SCRIPT: list[tuple[str, Any]] = [
    (
        "history",
        lambda: payloads.history_chunk(
            {
                "5215511112222": [
                    (False, "Hola, ¿tienen cita el martes?"),
                    (True, "Sí, a las 10:00 ✅"),
                ],
                "5215533334444": [(True, "Su pedido #1042 ya salió 🚚")],
            },
            progress=100,
        ),
    ),
    (
        "customer",
        lambda: payloads.text_message(
            "5215511112222", "¿Puedo cambiarla al miércoles?", name="Lucía Fernández"
        ),
    ),
    ("phone_app", lambda: payloads.echo("5215511112222", "Claro, miércoles 10:00 queda libre 👍")),
    (
        "customer",
        lambda: payloads.text_message(
            "5215555556666", "Buenas, ¿hacen envíos a Puebla?", name="Jorge Ramírez"
        ),
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
        return f"{arrow} {who} [{data.get('origin')}] {data.get('text') or data.get('type')}"
    if event["kind"] == "status":
        return f"✓ {data.get('status')} {data.get('wamid')}"
    return f"{event['kind']}: {data.get('event') or data.get('action') or data.get('reason') or ''}"


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m demo", description=__doc__)
    parser.add_argument("--data", default="data/demo", help="data folder (default: data/demo)")
    parser.add_argument("--once", action="store_true", help="exit after the script has played")
    args = parser.parse_args()
    data = Path(args.data).resolve()
    data.mkdir(parents=True, exist_ok=True)
    port, secret = _free_port(), secrets.token_urlsafe(16)
    env = {
        **os.environ,
        "WEBHOOK_VERIFY_TOKEN": secrets.token_urlsafe(16),
        "WHATSAPP_APP_SECRET": secret,
        "WHATSAPP_ACCESS_TOKEN": "demo-token-never-leaves-this-machine",
        "DATABASE_URL": f"sqlite:///{data / 'relay.db'}",
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "LOG_LEVEL": "warning",
    }
    base = f"http://127.0.0.1:{port}"
    relay = subprocess.Popen([sys.executable, "-m", "relay"], env=env)
    try:
        if not wait_healthy(base, relay):
            print("demo: the relay did not start", file=sys.stderr)
            return 1
        name = f"demo-{secrets.token_hex(3)}"
        token = (
            subprocess.run(  # noqa: S603 - our own interpreter and module
                [sys.executable, "-m", "relay", "agent", "add", name],
                env=env,
                check=True,
                capture_output=True,
                text=True,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        print(f"Relay on {base} (SQLite at {data / 'relay.db'}). Agent {name!r} signed in.")
        with connect(
            f"ws://127.0.0.1:{port}/api/ws", additional_headers={"Authorization": f"Bearer {token}"}
        ) as ws:
            ws.send(json.dumps({"type": "resume", "epoch": None, "after": 0}))
            for role, build in SCRIPT:
                body = payloads.encode(build())
                answer = httpx.post(
                    f"{base}/api/whatsapp/webhook",
                    content=body,
                    headers={"X-Hub-Signature-256": payloads.sign(secret, body)},
                )
                print(f"  Meta → relay ({role}): HTTP {answer.status_code}")
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
        relay.send_signal(signal.SIGTERM)
        try:
            relay.wait(10)
        except subprocess.TimeoutExpired:
            relay.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
