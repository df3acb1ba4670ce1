"""Webhook bodies in the shapes Meta documents (see ../shared/meta-samples for real ones)."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

WABA_ID = "102290129340398"
PHONE_NUMBER_ID = "106540352242922"
DISPLAY_PHONE = "15550783881"


@dataclass(frozen=True)
class Business:
    """A business number a webhook is about: its account, id and display number."""

    waba_id: str = WABA_ID
    phone_number_id: str = PHONE_NUMBER_ID
    display_phone: str = DISPLAY_PHONE


DEFAULT_BUSINESS = Business()

_counter = itertools.count(1)


def new_wamid(tag: str = "") -> str:
    """A unique id in Meta's `wamid.` form."""
    return f"wamid.SIM{tag}{time.time_ns():x}{next(_counter):06d}"


def sign(secret: str, body: bytes) -> str:
    """The `X-Hub-Signature-256` header Meta sends with `body`."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def envelope(
    changes: Iterable[tuple[str, Mapping[str, Any]]], waba_id: str = WABA_ID
) -> dict[str, Any]:
    """One entry with the given (field, value) changes."""
    return {
        "object": "whatsapp_business_account",
        "entry": [
            {
                "id": waba_id,
                "changes": [{"value": value, "field": field} for field, value in changes],
            }
        ],
    }


def value(*, business: Business = DEFAULT_BUSINESS, **items: Any) -> dict[str, Any]:
    return {
        "messaging_product": "whatsapp",
        "metadata": {
            "display_phone_number": business.display_phone,
            "phone_number_id": business.phone_number_id,
        },
        **items,
    }


def text_message(
    phone: str,
    body: str,
    *,
    name: str = "Cliente",
    wamid: str | None = None,
    timestamp: int | None = None,
    reply_to: str | None = None,
) -> dict[str, Any]:
    """A customer's text, as in meta-samples/inbound/01_text.json."""
    message: dict[str, Any] = {
        "from": phone,
        "id": wamid or new_wamid(),
        "timestamp": str(timestamp or int(time.time())),
        "type": "text",
        "text": {"body": body},
    }
    if reply_to:
        message["context"] = {"from": DISPLAY_PHONE, "id": reply_to}
    contacts = [{"profile": {"name": name}, "wa_id": phone}]
    return envelope([("messages", value(contacts=contacts, messages=[message]))])


def media_message(
    phone: str,
    kind: str,
    media: Mapping[str, Any],
    *,
    name: str = "Cliente",
    wamid: str | None = None,
) -> dict[str, Any]:
    """A customer's image, audio, video, document or sticker, as in meta-samples/inbound/."""
    message: dict[str, Any] = {
        "from": phone,
        "id": wamid or new_wamid(),
        "timestamp": str(int(time.time())),
        "type": kind,
        kind: dict(media),
    }
    contacts = [{"profile": {"name": name}, "wa_id": phone}]
    return envelope([("messages", value(contacts=contacts, messages=[message]))])


def reaction(phone: str, target: str, emoji: str, *, name: str = "Cliente") -> dict[str, Any]:
    """A customer's reaction (an empty emoji removes it), as in inbound/20_reaction.json."""
    message = {
        "from": phone,
        "id": new_wamid("R"),
        "timestamp": str(int(time.time())),
        "type": "reaction",
        "reaction": {"message_id": target, "emoji": emoji},
    }
    contacts = [{"profile": {"name": name}, "wa_id": phone}]
    return envelope([("messages", value(contacts=contacts, messages=[message]))])


def status(
    wamid: str,
    status_name: str,
    recipient: str,
    *,
    timestamp: int | None = None,
    errors: list[dict[str, Any]] | None = None,
    callback_data: str | None = None,
) -> dict[str, Any]:
    """A delivery status of an outbound message, as in meta-samples/status/.

    `recipient` is a phone number or, for a BSUID-only customer, their user id.
    """
    item: dict[str, Any] = {
        "id": wamid,
        "status": status_name,
        "timestamp": str(timestamp or int(time.time())),
    }
    if recipient.isdigit():
        item["recipient_id"] = recipient
    else:
        item["recipient_user_id"] = recipient
    if callback_data is not None:
        item["biz_opaque_callback_data"] = callback_data
    if errors:
        item["errors"] = errors
    return envelope([("messages", value(statuses=[item]))])


def echo(phone: str, body: str, *, wamid: str | None = None) -> dict[str, Any]:
    """What the owner sent from the WhatsApp Business app, as in coexistence/01_echo_text.json."""
    message = {
        "from": DISPLAY_PHONE,
        "to": phone,
        "id": wamid or new_wamid("E"),
        "timestamp": str(int(time.time())),
        "type": "text",
        "text": {"body": body},
    }
    return envelope([("smb_message_echoes", value(message_echoes=[message]))])


def contacts_sync(
    contacts: Iterable[tuple[str, str, str]], business: Business = DEFAULT_BUSINESS
) -> dict[str, Any]:
    """The phone's address book changes: (action, phone, full name), as in
    coexistence/08_smb_app_state_sync_contact_add.json."""
    now = str(int(time.time()))
    items = [
        {
            "type": "contact",
            "contact": {
                "full_name": name,
                "first_name": name.split(" ", 1)[0],
                "phone_number": phone,
            },
            "action": action,
            "metadata": {"timestamp": now},
        }
        for action, phone, name in contacts
    ]
    return envelope(
        [("smb_app_state_sync", value(business=business, state_sync=items))], business.waba_id
    )


def history_chunk(
    threads: Mapping[str, list[tuple[bool, str]]],
    *,
    phase: int = 0,
    chunk_order: int = 1,
    progress: int = 100,
    start: int = 1_700_000_000,
    business: Business = DEFAULT_BUSINESS,
) -> dict[str, Any]:
    """An onboarding history chunk: phone -> [(from_business, text), ...]."""
    ts = itertools.count(start)
    return envelope(
        [
            (
                "history",
                value(
                    business=business,
                    history=[
                        {
                            "metadata": {
                                "phase": phase,
                                "chunk_order": chunk_order,
                                "progress": progress,
                            },
                            "threads": [
                                {
                                    "id": phone,
                                    "messages": [
                                        {
                                            "from": business.display_phone if mine else phone,
                                            "id": new_wamid("H"),
                                            "timestamp": str(next(ts)),
                                            "type": "text",
                                            "text": {"body": text},
                                            "history_context": {
                                                "status": "READ" if mine else "DELIVERED"
                                            },
                                        }
                                        for mine, text in messages
                                    ],
                                }
                                for phone, messages in threads.items()
                            ],
                        }
                    ],
                ),
            )
        ],
        business.waba_id,
    )


def history_declined(business: Business = DEFAULT_BUSINESS) -> dict[str, Any]:
    """The owner chose not to share the chat history (error 2593109), as in
    coexistence/07_history_declined_value.json."""
    error = {
        "code": 2593109,
        "title": "History sync is turned off by the business from the WhatsApp Business App",
        "message": "History sync is turned off by the business from the WhatsApp Business App",
        "error_data": {"details": "History sharing is turned off by the business"},
    }
    return envelope(
        [("history", value(business=business, history=[{"errors": [error]}]))], business.waba_id
    )


def batch(messages: int, *, phone_base: int = 5215500000000, body: str = "Hola") -> dict[str, Any]:
    """One POST carrying `messages` customer texts over several entries and changes."""
    entries = []
    per_entry = 10
    for start in range(0, messages, per_entry):
        changes = []
        for i in range(start, min(start + per_entry, messages)):
            phone = str(phone_base + i)
            changes.append(
                {
                    "field": "messages",
                    "value": value(
                        contacts=[{"profile": {"name": f"Cliente {i}"}, "wa_id": phone}],
                        messages=[
                            {
                                "from": phone,
                                "id": new_wamid("B"),
                                "timestamp": str(int(time.time())),
                                "type": "text",
                                "text": {"body": f"{body} {i}"},
                            }
                        ],
                    ),
                }
            )
        entries.append({"id": WABA_ID, "changes": changes})
    return {"object": "whatsapp_business_account", "entry": entries}


def encode(payload: Mapping[str, Any]) -> bytes:
    """Bytes as Meta sends them: compact JSON with non-ASCII escaped."""
    return json.dumps(payload, separators=(",", ":")).encode("ascii")
