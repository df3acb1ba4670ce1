"""A message's tick: one rule, one mark and one painter for the timeline's bubbles and the list."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter


class Tick(StrEnum):
    """What the tick of an outbound message says (NONE: inbound, or nothing to show)."""

    NONE = ""
    PENDING = "pending"
    SENT = "sent"
    DELIVERED = "delivered"
    READ = "read"
    PLAYED = "played"
    FAILED = "failed"
    # Meta may or may not have the message: the relay never resends it by itself.
    UNKNOWN = "unknown"


MARKS = {
    Tick.PENDING: "🕓",
    Tick.SENT: "✓",
    Tick.DELIVERED: "✓✓",
    Tick.READ: "✓✓",
    Tick.PLAYED: "✓✓",
    Tick.FAILED: "⚠",
    Tick.UNKNOWN: "?",
}


def tick_of(direction: str, status: str | None, unknown: bool, origin: str = "agent") -> Tick:
    """The tick of a message that went `direction` with this status.

    An unconfirmed send (`unknown`) shows ? until Meta reports a status on it;
    a status with no mark of its own (`deleted`) shows none. What the owner
    sent from the phone app has none (Meta reports no statuses for it: a single
    grey tick would read as "not delivered" forever), nor has a team's note or
    a line saying what the team changed.
    """
    if direction != "out" or origin in ("phone_app", "note", "activity"):
        return Tick.NONE
    if unknown and status in (None, "pending"):
        return Tick.UNKNOWN
    try:
        return Tick(status or "")
    except ValueError:
        return Tick.NONE


def paint_tick(
    painter: QPainter,
    rect: QRect,
    tick: Tick,
    alignment: Qt.AlignmentFlag,
    muted: QColor,
    read: QColor,
    error: QColor,
) -> int:
    """Paint the tick's mark in `rect` (blue once read, red when failed); its width."""
    mark = MARKS.get(tick, "")
    if not mark:
        return 0
    if tick in (Tick.READ, Tick.PLAYED):
        painter.setPen(read)
    elif tick == Tick.FAILED:
        painter.setPen(error)
    else:
        painter.setPen(muted)
    painter.drawText(rect, alignment | Qt.AlignmentFlag.AlignVCenter, mark)
    return painter.fontMetrics().horizontalAdvance(mark)
