"""Event documents as JSON text: whatever cannot be encoded is replaced, never raised."""

from __future__ import annotations

import json
import reprlib
from collections.abc import Mapping

import orjson


def dumps(obj: Mapping[str, object]) -> str:
    """JSON text for any event document; what cannot be encoded is replaced, never raised."""
    try:
        return orjson.dumps(obj).decode()
    except TypeError:
        pass
    try:
        # Lone surrogates and integers beyond 64 bits: stdlib json escapes both safely.
        return json.dumps(obj, ensure_ascii=True, separators=(",", ":"))
    except (ValueError, TypeError, RecursionError):
        # Nesting too deep for any encoder: the delivery's raw bytes are kept in full.
        data = {"unencodable": True, "excerpt": reprlib.repr(obj.get("data"))}
        return json.dumps({**obj, "data": data}, ensure_ascii=True, separators=(",", ":"))
