"""What admins should know of the business numbers: disconnected, importing, token refused.

The relay reports these as `account` events (Meta's `account_update` and
`history` webhooks, the relay's own onboarding and token notices). The cache
keeps the latest of each topic per number; `banner` picks the one thing an
admin should see now.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

Topic = Literal["connection", "token", "history", "sync"]
BannerKind = Literal["disconnected", "token", "sync_failed", "importing", "waiting", "declined"]

# Meta's and the relay's events, by what they are about.
_TOPICS: dict[str, Topic] = {
    "PARTNER_REMOVED": "connection",
    "ACCOUNT_OFFBOARDED": "connection",
    "ACCOUNT_RECONNECTED": "connection",
    "NUMBER_CONNECTED": "connection",
    "ACCESS_TOKEN_INVALID": "token",
    "HISTORY_CHUNK": "history",
    "HISTORY_DECLINED": "history",
    "SYNC_REQUESTED": "sync",
    "SYNC_FAILED": "sync",
}
DISCONNECTED = frozenset({"PARTNER_REMOVED", "ACCOUNT_OFFBOARDED"})
# How long a notice that nothing clears stays worth showing.
TOKEN_SHOWN = 6 * 3600
WAITING_SHOWN = 24 * 3600
DECLINED_SHOWN = 3 * 24 * 3600
_SEVERITY: tuple[BannerKind, ...] = (
    "disconnected",
    "token",
    "sync_failed",
    "importing",
    "waiting",
    "declined",
)


def topic_of(event: str, sync_type: str | None = None) -> Topic | None:
    """The topic an account event belongs to; None for events no banner shows.

    Only the history's sync requests matter here: contacts arrive without fuss.
    """
    topic = _TOPICS.get(event)
    if topic == "sync" and sync_type != "history":
        return None
    return topic


@dataclass(frozen=True, slots=True)
class AccountNotice:
    """The latest event of one topic for one business number."""

    account: str
    topic: Topic
    event: str
    seq: int
    timestamp: int
    progress: int | None = None
    phone: str | None = None  # the number's display form, when known


@dataclass(frozen=True, slots=True)
class Banner:
    """What the admin banner says: its kind, the number, and the import's progress."""

    kind: BannerKind
    account: str
    phone: str | None = None
    progress: int | None = None


def banner(notices: Sequence[AccountNotice], now: float) -> Banner | None:
    """The most pressing thing to show, or None when all is well."""
    by_account: dict[str, dict[str, AccountNotice]] = {}
    for notice in notices:
        by_account.setdefault(notice.account, {})[notice.topic] = notice
    found: list[Banner] = []
    for account, topics in by_account.items():
        shown = _for_account(account, topics, now)
        if shown is not None:
            found.append(shown)
    if not found:
        return None
    return min(found, key=lambda b: _SEVERITY.index(b.kind))


def _for_account(account: str, topics: dict[str, AccountNotice], now: float) -> Banner | None:
    connection = topics.get("connection")
    token = topics.get("token")
    history = topics.get("history")
    sync = topics.get("sync")
    phone = next((n.phone for n in topics.values() if n.phone), None)
    if connection is not None and connection.event in DISCONNECTED:
        return Banner("disconnected", account, phone)
    reconnected_after = connection is not None and token is not None and connection.seq > token.seq
    if token is not None and not reconnected_after and now - token.timestamp < TOKEN_SHOWN:
        return Banner("token", account, phone)
    sync_is_latest = sync is not None and (history is None or sync.seq > history.seq)
    if sync is not None and sync_is_latest and sync.event == "SYNC_FAILED":
        return Banner("sync_failed", account, phone)
    if history is not None and not sync_is_latest:
        if history.event == "HISTORY_CHUNK" and (history.progress or 0) < 100:
            return Banner("importing", account, phone, history.progress or 0)
        if history.event == "HISTORY_DECLINED" and now - history.timestamp < DECLINED_SHOWN:
            return Banner("declined", account, phone)
    if sync is not None and sync_is_latest and now - sync.timestamp < WAITING_SHOWN:
        return Banner("waiting", account, phone)
    return None
