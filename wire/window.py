"""The customer-service window: free-form replies within 24 hours of the customer's last word."""

from __future__ import annotations

WINDOW_SECONDS = 24 * 3600


def opens_window(origin: str, message_type: str) -> bool:
    """Whether a message opens the window again: one the customer wrote, not a notice
    about them (a changed number, a security code)."""
    return origin == "customer" and message_type != "system"


def closes_at(last_customer_message: int | None) -> int | None:
    """When the window closes (unix seconds), or None while the customer has not written."""
    return last_customer_message + WINDOW_SECONDS if last_customer_message else None


def is_open(closes: int | None, now: float) -> bool:
    return closes is not None and closes > now
