"""What messages carry, typed once from Meta's real payloads, and stored by the cache as such."""

from __future__ import annotations

import io
import json
import math
import struct
from typing import Any

import pytest
import soundfile
from harness import sample

from desktop.voice_note import encode_opus
from metasim.catalog import TEMPLATES
from wire.content import (
    Choice,
    ContactCard,
    Contacts,
    Location,
    Media,
    Notice,
    Order,
    OrderItem,
    TemplateUse,
    content_of,
    decode,
    encode,
)
from wire.media import problem
from wire.templates import Template, describe, templates_of


def meta_content(path: str) -> tuple[str, Any]:
    message = json.loads(sample(path))["entry"][0]["changes"][0]["value"]["messages"][0]
    return message["type"], message[message["type"]]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("inbound/07_image.json", Media("image", "1003383421387256", "image/jpeg", None,
                                        "SfInY0gGKTsJlUWbwxC1k+FAD0FZHvzwfpvO0zX0GUI=")),
        ("inbound/08_audio_voice_note.json", Media("audio", "1908647269898587",
                                                   "audio/ogg; codecs=opus", None,
                                                   "wvqXMe6n7n1W0zphvLPoLj+s/NtKqmr3zZ7YzTP7xFI=",
                                                   voice=True)),
        ("inbound/13_location.json", Location(37.44221496582, -122.16165924072, "Philz Coffee",
                                              "101 Forest Ave, Palo Alto, CA 94301",
                                              "https://philzcoffee.com/")),
        ("inbound/15_contacts.json", Contacts((ContactCard("Barbara J. Johnson",
                                                           ("+1 (415) 555-0829",), (),
                                                           "Social Tsunami"),))),
        ("inbound/17_interactive_list_reply.json", Choice("Priority Mail Express",
                                                          "Next Day to 2 Days", "list")),
        ("inbound/18_interactive_nfm_reply_flow.json", Choice("Sent", None, "flow")),
        ("inbound/19_button_template_quick_reply.json", Choice("Unsubscribe", None, "template")),
        ("inbound/23_order.json", Order((OrderItem("di9ozbzfi4", 2, 30.0, "USD"),
                                         OrderItem("nqryix03ez", 1, 25.0, "USD")))),
        ("inbound/24_system_user_changed_number.json", Notice("user_changed_number",
                                                              "12195555358")),
    ],
)  # fmt: skip
def test_meta_samples_are_typed_and_survive_the_cache_format(path: str, expected: object) -> None:
    kind, raw = meta_content(path)
    content = content_of(kind, raw)
    assert content == expected
    assert content is not None and decode(encode(content)) == content


def test_an_order_totals_only_in_one_currency() -> None:
    kind, raw = meta_content("inbound/23_order.json")
    order = content_of(kind, raw)
    assert isinstance(order, Order)
    assert (order.quantity, order.total) == (3, (85.0, "USD"))
    mixed = Order((OrderItem("a", 1, 1.0, "USD"), OrderItem("b", 1, 1.0, "MXN")))
    assert mixed.total is None


def test_a_contact_card_becomes_a_vcard_an_address_book_reads() -> None:
    card = ContactCard("Pérez, Ana; Jr", ("+52 222 555 0134",), ("ana@example.com",), "Tienda")
    assert card.vcard() == (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Pérez\\, Ana\\; Jr\r\nTEL;TYPE=CELL:+52 222 555 0134\r\n"
        "EMAIL:ana@example.com\r\nORG:Tienda\r\nEND:VCARD\r\n"
    )


@pytest.mark.parametrize(
    ("kind", "raw"),
    [
        ("location", {"latitude": "north"}),
        ("location", {}),
        ("contacts", [{"name": {}}]),
        ("contacts", "nope"),
        ("interactive", {"type": "button_reply"}),
        ("order", {"product_items": ["x"]}),
        ("image", None),
        ("text", {"body": "hola"}),
    ],
)
def test_shapes_it_cannot_read_give_nothing_not_an_error(kind: str, raw: object) -> None:
    assert content_of(kind, raw) is None


def test_a_stored_format_from_another_version_is_ignored() -> None:
    assert decode('["Hologram", {}]') is None
    assert decode("not json") is None
    assert decode(None) is None


def relay_templates() -> list[Template]:
    """The simulator's templates as the relay describes them to desktops."""
    return templates_of({"templates": [describe(t) for t in TEMPLATES]})


def test_templates_fill_named_parameters_as_meta_wants_them() -> None:
    by_name = {t.name: t for t in relay_templates()}
    reminder = by_name["recordatorio_cita"]
    values = {"nombre": "Luis", "fecha": "martes 3", "hora": "10:30"}
    assert reminder.named and not reminder.missing(values)
    assert reminder.render(values) == "Hola Luis, te esperamos el martes 3 a las 10:30."
    assert reminder.components(values) == [
        {"type": "body", "parameters": [
            {"type": "text", "text": "Luis", "parameter_name": "nombre"},
            {"type": "text", "text": "martes 3", "parameter_name": "fecha"},
            {"type": "text", "text": "10:30", "parameter_name": "hora"},
        ]},
    ]  # fmt: skip
    assert reminder.missing({"nombre": "Luis"}) == ["fecha", "hora"]
    plain = by_name["reanudar_conversacion"]
    assert (plain.parameters, plain.components({})) == ((), [])


def test_a_template_with_a_picture_header_cannot_be_filled_here() -> None:
    with_image = describe({
        "name": "catalogo", "language": "es", "category": "MARKETING",
        "components": [{"type": "HEADER", "format": "IMAGE"}, {"type": "BODY", "text": "Mira"}],
    })  # fmt: skip
    (template,) = templates_of({"templates": [with_image]})
    assert not template.fillable
    assert templates_of({"templates": [{"name": 3}, "x"]}) == []
    assert templates_of("nope") == []


def test_a_sent_template_is_read_back_with_its_values() -> None:
    sent = {
        "name": "seguimiento_pedido", "language": {"code": "es_MX"},
        "components": [{"type": "body", "parameters": [
            {"type": "text", "text": "Lucía"}, {"type": "text", "text": "#1043"}]}],
    }  # fmt: skip
    use = content_of("template", sent)
    assert use == TemplateUse("seguimiento_pedido", "es_MX", (("1", "Lucía"), ("2", "#1043")))
    assert decode(encode(use)) == use


def test_a_recording_becomes_a_voice_note_whatsapp_takes() -> None:
    rate = 48000
    pcm = b"".join(
        struct.pack("<h", int(5000 * math.sin(2 * math.pi * 300 * i / rate))) for i in range(rate)
    )
    note = encode_opus(pcm, rate)
    assert note.startswith(b"OggS") and b"OpusHead" in note[:64]
    assert problem("audio/ogg; codecs=opus", note[:64], len(note)) is None
    samples, read_rate = soundfile.read(io.BytesIO(note))
    assert read_rate == rate and abs(len(samples) / rate - 1.0) < 0.05
    with pytest.raises(ValueError, match="Opus encodes"):
        encode_opus(pcm, 44100)
