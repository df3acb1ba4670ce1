"""A conversation with every kind of message, played through the Meta simulator and the relay.

Used by the screenshots (`python -m demo.screenshots`) and by tests that check
each kind renders: texts with links, a photo, a quoted reply, reactions both
ways, an edit, a deletion, a place, a contact card, a list reply, an order, a
document, a voice note, a system notice, an unsupported message and the owner
answering from the phone.
"""

from __future__ import annotations

import base64
import struct
import time
import zlib
from pathlib import Path
from typing import Any

import httpx

from desktop.resources import sample_video

CUSTOMER = "5215512345678"
NAME = "Lucía Fernández"


def png(width: int = 96, height: int = 64) -> bytes:
    """A small real PNG (a blue-green gradient), so the photo is a photo."""
    rows = b"".join(
        b"\x00" + b"".join(_pixel(x * 255 // width, y * 255 // height) for x in range(width))
        for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def _pixel(x: int, y: int) -> bytes:
    return bytes((40, 90 + x * 120 // 255, 160 + y * 60 // 255))


# A real two-second voice note (Ogg Opus, 48 kHz mono: a 440 Hz tone that pulses), made once
# with libsndfile (python-soundfile: SoundFile(..., format="OGG", subtype="OPUS")).
VOICE = (Path(__file__).with_name("voice-note.ogg")).read_bytes()
VIDEO = sample_video().read_bytes()
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


class Showcase:
    """Plays the conversation; `sim` and `relay` are base URLs, `token` an agent's."""

    def __init__(self, sim: str, relay: str, token: str) -> None:
        self._sim = httpx.Client(base_url=sim, timeout=30)
        self._relay = httpx.Client(
            base_url=relay, timeout=30, headers={"Authorization": f"Bearer {token}"}
        )
        self._sent = 0

    def close(self) -> None:
        self._sim.close()
        self._relay.close()

    def customer(self, **item: Any) -> str:
        answer = self._sim.post("/_sim/customer", json={"phone": CUSTOMER, "name": NAME, **item})
        answer.raise_for_status()
        time.sleep(0.15)  # one after another, as a chat goes
        return str(answer.json()["wamid"])

    def message(self, kind: str, content: Any, **extra: Any) -> str:
        return self.customer(message={"type": kind, kind: content, **extra})

    def agent(self, **body: Any) -> str:
        self._sent += 1
        answer = self._relay.post(
            "/api/messages", json={"client_id": f"showcase-{self._sent}", "to": CUSTOMER, **body}
        )
        answer.raise_for_status()
        time.sleep(0.15)
        return str(answer.json()["event"]["data"].get("wamid") or "")

    def play(self) -> None:
        first = self.customer(
            text="Hola 👋 ¿tienen esta mochila en azul? https://tienda.example/m42"
        )
        photo = self.customer(
            text="Esta, la de la foto",
            media={"mime_type": "image/png", "data": base64.b64encode(png()).decode()},
        )
        answer = self.agent(
            text="¡Hola Lucía! Sí, la tenemos en azul marino y en celeste.", reply_to=first
        )
        self.customer(emoji="❤️", reply_to=answer)
        question = self.customer(text="¿Cuánto cuesta el envío a Puebla?")
        self.message(
            "edit",
            {
                "original_message_id": question,
                "message": {
                    "type": "text",
                    "text": {"body": "¿Cuánto cuesta el envío a Puebla? Es para el viernes"},
                },
            },
        )
        self._sim.post(
            "/_sim/phone_app",
            json={"phone": CUSTOMER, "text": "Envío a Puebla: $99, llega en 2 días 🚚"},
        ).raise_for_status()
        time.sleep(0.15)
        self.message(
            "location",
            {
                "latitude": 19.0414,
                "longitude": -98.2063,
                "name": "Oficina de Lucía",
                "address": "Av. Juárez 2915, Puebla, Pue.",
            },
        )
        self.message(
            "contacts",
            [
                {
                    "name": {"formatted_name": "Sofía Fernández", "first_name": "Sofía"},
                    "phones": [{"phone": "+52 222 555 0134", "type": "CELL"}],
                }
            ],
        )
        self.message(
            "interactive",
            {
                "type": "list_reply",
                "list_reply": {
                    "id": "express",
                    "title": "Envío exprés",
                    "description": "Mañana antes de las 14:00",
                },
            },
            context={"id": answer},
        )
        order = self.message(
            "order",
            {
                "catalog_id": "194836987003835",
                "text": "Las dos, por favor",
                "product_items": [
                    {
                        "product_retailer_id": "mochila-azul",
                        "quantity": 1,
                        "item_price": 649,
                        "currency": "MXN",
                    },
                    {
                        "product_retailer_id": "llavero",
                        "quantity": 2,
                        "item_price": 59,
                        "currency": "MXN",
                    },
                ],
            },
        )
        self.agent(type="reaction", target=order, emoji="👍")
        self.customer(
            text="Mi constancia fiscal",
            media={
                "mime_type": "application/pdf",
                "data": base64.b64encode(PDF).decode(),
                "filename": "constancia.pdf",
            },
        )
        self.customer(
            media={"mime_type": "audio/ogg; codecs=opus", "data": base64.b64encode(VOICE).decode()},
            voice=True,
        )
        self.customer(
            text="Así se ve por dentro",
            media={"mime_type": "video/mp4", "data": base64.b64encode(VIDEO).decode()},
        )
        oops = self.customer(text="perdón, era para otro chat")
        self.message("revoke", {"original_message_id": oops})
        self.message("unsupported", {"type": "poll"})
        self.message(
            "system",
            {
                "body": "User changed number",
                "wa_id": "5215598765432",
                "type": "user_changed_number",
            },
        )
        self.agent(text="¡Listo, Lucía! Tu pedido sale mañana 📦", reply_to=photo)
