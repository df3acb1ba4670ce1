"""The shop's day the demo plays through the simulator and the relay, in order."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx

from demo.showcase import Showcase
from demo.stack import Stack
from desktop.summaries import Translate


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a text for `pyside6-lupdate`; it is translated where it is said."""
    del context
    return source


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
        QT_TRANSLATE_NOOP("Demo", "history import"),
    ),
    (
        "/_sim/customer",
        {
            "phone": "5215511112222",
            "text": "¿Puedo cambiarla al miércoles?",
            "name": "Valeria Gómez",
        },
        QT_TRANSLATE_NOOP("Demo", "customer"),
    ),
    (
        "/_sim/phone_app",
        {"phone": "5215511112222", "text": "Claro, miércoles 10:00 queda libre 👍"},
        QT_TRANSLATE_NOOP("Demo", "owner on the phone"),
    ),
    (
        "/_sim/customer",
        {
            "phone": "5215555556666",
            "text": "Buenas, ¿hacen envíos a Puebla?",
            "name": "Jorge Ramírez",
        },
        QT_TRANSLATE_NOOP("Demo", "customer"),
    ),
    (
        "relay:/api/messages",
        {
            "client_id": "demo-reply-1",
            "to": "5215555556666",
            "text": "¡Hola Jorge! Sí, enviamos a Puebla en 2 días 📦",
        },
        QT_TRANSLATE_NOOP("Demo", "agent replying through the relay"),
    ),
]


def play_day(
    stack: Stack,
    say: Callable[[str], None] = print,
    translate: Translate = lambda _context, source: source,
) -> None:
    """The shop's day, then the customer who sends one of everything; `say` tells what
    Meta plays as it goes, in the language of `translate`."""
    headers = {"Authorization": f"Bearer {stack.token}"}
    for path, body, role in SCRIPT:
        if path.startswith("relay:"):
            url = stack.relay_url + path.removeprefix("relay:")
            httpx.post(url, json=body, headers=headers, timeout=30).raise_for_status()
        else:
            httpx.post(f"{stack.sim_url}{path}", json=body).raise_for_status()
        say("  " + translate("Demo", "Meta plays: %1").replace("%1", translate("Demo", role)))
        time.sleep(0.3)  # in order, as a day would bring them
    showcase = Showcase(stack.sim_url, stack.relay_url, stack.token)
    try:
        showcase.play()
    finally:
        showcase.close()
    every = translate("Demo", "a customer sending one of every kind of message")
    say("  " + translate("Demo", "Meta plays: %1").replace("%1", every))
