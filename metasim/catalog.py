"""The simulated business's message templates and Meta's media limits."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

# Meta's supported media (Cloud API "Supported media types"): MIME types and maximum bytes.
# The relay's own copy (wire/media.py) is kept apart on purpose: the simulator plays
# Meta, and must not share the assumptions of the code it tests.
MEDIA_LIMITS: Mapping[str, tuple[frozenset[str], int]] = {
    "image": (frozenset({"image/jpeg", "image/png"}), 5 * 1024 * 1024),
    "sticker": (frozenset({"image/webp"}), 500 * 1024),
    "audio": (
        frozenset({"audio/aac", "audio/amr", "audio/mpeg", "audio/mp4", "audio/ogg"}),
        16 * 1024 * 1024,
    ),
    "video": (frozenset({"video/mp4", "video/3gpp"}), 16 * 1024 * 1024),
    "document": (
        frozenset(
            {
                "text/plain",
                "application/pdf",
                "application/msword",
                "application/vnd.ms-excel",
                "application/vnd.ms-powerpoint",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            }
        ),
        100 * 1024 * 1024,
    ),
}


def media_kind(mime: str) -> str | None:
    """Which message type a MIME type can be sent as (`image/webp` is a sticker)."""
    base = mime.split(";", 1)[0].strip().lower()
    for kind, (types, _) in MEDIA_LIMITS.items():
        if base in types:
            return kind
    return None


TEMPLATES: list[dict[str, Any]] = [
    {
        "name": "seguimiento_pedido",
        "language": "es_MX",
        "status": "APPROVED",
        "category": "UTILITY",
        "id": "1387372356726601",
        "parameter_format": "POSITIONAL",
        "components": [
            {"type": "HEADER", "format": "TEXT", "text": "Tu pedido"},
            {
                "type": "BODY",
                "text": "Hola {{1}}, tu pedido {{2}} sale hoy. ¿Te lo llevamos a {{3}}?",
                "example": {"body_text": [["Ana", "#1043", "Av. Juárez 12"]]},
            },
            {"type": "FOOTER", "text": "Responde a este mensaje para cambiarlo"},
            {
                "type": "BUTTONS",
                "buttons": [
                    {"type": "QUICK_REPLY", "text": "Sí, gracias"},
                    {"type": "QUICK_REPLY", "text": "Cambiar dirección"},
                ],
            },
        ],
    },
    {
        "name": "recordatorio_cita",
        "language": "es",
        "status": "APPROVED",
        "category": "UTILITY",
        "id": "1387372356726602",
        "parameter_format": "NAMED",
        "components": [
            {
                "type": "BODY",
                "text": "Hola {{nombre}}, te esperamos el {{fecha}} a las {{hora}}.",
                "example": {
                    "body_text_named_params": [
                        {"param_name": "nombre", "example": "Luis"},
                        {"param_name": "fecha", "example": "martes 3"},
                        {"param_name": "hora", "example": "10:30"},
                    ]
                },
            }
        ],
    },
    {
        "name": "reanudar_conversacion",
        "language": "pt_BR",
        "status": "APPROVED",
        "category": "MARKETING",
        "id": "1387372356726603",
        "parameter_format": "POSITIONAL",
        "components": [{"type": "BODY", "text": "Olá! Podemos continuar o seu atendimento?"}],
    },
    {
        "name": "promo_rechazada",
        "language": "es_MX",
        "status": "REJECTED",
        "category": "MARKETING",
        "id": "1387372356726604",
        "parameter_format": "POSITIONAL",
        "components": [{"type": "BODY", "text": "¡50% en todo!"}],
    },
]

_PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z0-9_]+)\s*\}\}")


def find_template(name: str, language: str) -> dict[str, Any] | None:
    for template in TEMPLATES:
        if template["name"] == name and template["language"] == language:
            return template
    return None


def body_placeholders(template: Mapping[str, Any]) -> list[str]:
    for component in template["components"]:
        if component["type"] == "BODY":
            return _PLACEHOLDER.findall(component["text"])
    return []
