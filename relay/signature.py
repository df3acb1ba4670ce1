"""Meta's webhook signature: `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body>`."""

from __future__ import annotations

import hashlib
import hmac

PREFIX = "sha256="


def verify(secret: str, body: bytes, header: str | None) -> bool:
    """True when `header` is Meta's signature of exactly these bytes (constant-time)."""
    if header is None or not header.startswith(PREFIX) or len(header) != len(PREFIX) + 64:
        return False
    try:
        given = bytes.fromhex(header[len(PREFIX) :])
    except ValueError:
        return False
    expected = hmac.new(secret.encode("utf-8"), body, hashlib.sha256).digest()
    return hmac.compare_digest(given, expected)
