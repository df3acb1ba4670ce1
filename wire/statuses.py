"""A message's delivery status, and the one rule both sides keep: a status only moves forward."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

Status = Literal["pending", "sent", "delivered", "read", "played", "failed", "deleted"]

# `pending` is the desktop's own (not sent yet); the rest are Meta's. A late or repeated
# lower status never takes a higher one back; `failed` and `deleted` are final.
STATUS_RANK: Mapping[str, int] = {
    "pending": 0,
    "sent": 1,
    "delivered": 2,
    "read": 3,
    "played": 4,
    "failed": 5,
    "deleted": 5,
}


def rank(status: str | None) -> int:
    """How far a status is along (unknown statuses rank with `pending`)."""
    return STATUS_RANK.get(status or "", 0)
