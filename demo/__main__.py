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
import sys
import time
from pathlib import Path
from typing import Any

import httpx
from websockets.sync.client import connect

from demo.stack import Stack

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


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m demo", description=__doc__)
    parser.add_argument("--data", default="data/demo", help="data folder (default: data/demo)")
    parser.add_argument("--once", action="store_true", help="exit after the script has played")
    args = parser.parse_args()
    data = Path(args.data).resolve()
    try:
        with Stack(data) as stack:
            print(
                f"Relay on {stack.relay_url} (SQLite at {data / 'relay.db'}), Meta simulator on "
                f"{stack.sim_url}. Agent {stack.agent!r} signed in."
            )
            _play(stack, args.once)
    except KeyboardInterrupt:
        print()
    return 0


def _play(stack: Stack, once: bool) -> None:
    headers = {"Authorization": f"Bearer {stack.token}"}
    ws_url = stack.relay_url.replace("http://", "ws://") + "/api/ws"
    with connect(ws_url, additional_headers=headers) as ws:
        ws.send(json.dumps({"type": "resume", "epoch": None, "after": 0}))
        for path, body, role in SCRIPT:
            if path.startswith("relay:"):
                url = stack.relay_url + path.removeprefix("relay:")
                httpx.post(url, json=body, headers=headers, timeout=30).raise_for_status()
            else:
                httpx.post(f"{stack.sim_url}{path}", json=body).raise_for_status()
            print(f"  Meta plays: {role}")
            time.sleep(0.3)  # in order, as a day would bring them
        deadline = time.monotonic() + (3 if once else float("inf"))
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


if __name__ == "__main__":
    sys.exit(main())
