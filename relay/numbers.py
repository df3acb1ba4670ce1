"""The business numbers the relay sends from, and the token each one is sent with.

A number is connected from the set-up page (Embedded Signup), which stores
it with its WhatsApp Business Account and Meta's business token, or set up
by hand with `WHATSAPP_PHONE_NUMBER_ID` / `WHATSAPP_WABA_ID` /
`WHATSAPP_ACCESS_TOKEN`. Where both name the same number the environment
wins; a number the relay does not know is sent with the environment's token.

Tokens are kept in memory for the hot path (every send needs one) and read
again from the database every few seconds, so a number another relay
instance connected works here too. No method returns a token to anything
that answers a request or writes an event.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from relay.database import open_database

SyncType = Literal["smb_app_state_sync", "history"]
SYNC_TYPES: tuple[SyncType, ...] = ("smb_app_state_sync", "history")
# Meta's answers to smb_app_data that end a sync request for good.
ALREADY_REQUESTED = 2593107
TOO_LATE = 2593108
REFRESH_SECONDS = 5.0


@dataclass(frozen=True, slots=True)
class Number:
    """A business number, as Meta last described it (nothing secret)."""

    phone_number_id: str
    waba_id: str | None
    source: Literal["connected", "environment"]
    display_phone_number: str | None = None
    verified_name: str | None = None
    is_on_biz_app: bool | None = None
    platform_type: str | None = None
    quality_rating: str | None = None
    connected_at: int | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "phone_number_id": self.phone_number_id,
            "waba_id": self.waba_id,
            "source": self.source,
            "display_phone_number": self.display_phone_number,
            "verified_name": self.verified_name,
            "is_on_biz_app": self.is_on_biz_app,
            "platform_type": self.platform_type,
            "quality_rating": self.quality_rating,
            "connected_at": self.connected_at,
        }


@dataclass(frozen=True, slots=True)
class Sync:
    """One smb_app_data request for a number: made (`request_id`), or refused (`error_code`)."""

    phone_number_id: str
    sync_type: SyncType
    requested_at: int
    request_id: str | None = None
    error_code: int | None = None
    error: str | None = None

    @property
    def settled(self) -> bool:
        """Meta took it, or said it never will again: the request is not made again."""
        return self.request_id is not None or self.error_code in (ALREADY_REQUESTED, TOO_LATE)

    def to_json(self) -> dict[str, object]:
        return {
            "sync_type": self.sync_type,
            "requested_at": self.requested_at,
            "request_id": self.request_id,
            "error_code": self.error_code,
            "error": self.error,
        }


@dataclass
class Onboarding:
    """One Embedded Signup's progress, keyed by its code's hash: a retry resumes it."""

    code_hash: str
    waba_id: str
    phone_number_id: str | None = None
    token: str | None = None
    steps: dict[str, object] = field(default_factory=dict)

    def __repr__(self) -> str:  # the token never reaches a log through repr()
        return f"Onboarding(waba_id={self.waba_id!r}, steps={sorted(self.steps)!r})"


@dataclass(frozen=True, slots=True)
class _Known:
    waba_id: str
    token: str | None


class NumberBook:
    """Connected numbers, their tokens and sync requests; the environment's number too."""

    def __init__(
        self,
        database_url: str,
        *,
        env_token: str | None = None,
        env_number: str | None = None,
        env_waba: str | None = None,
    ) -> None:
        self._db = open_database(database_url, purpose="numbers")
        self._lock = threading.Lock()
        self._env_token = env_token
        self._env_number = env_number
        self._env_waba = env_waba
        self._known: dict[str, _Known] = {}
        self._order: list[str] = []
        self.reload()

    def close(self) -> None:
        self._db.close()

    # -- the hot path (no I/O) ---------------------------------------------------

    def token_for(self, account: str | None) -> str | None:
        """The token to call Graph with for a number (or for the default number)."""
        account = account or self.default_account()
        if account is None:
            return self._env_token
        if self._env_token and account == self._env_number:
            return self._env_token
        known = self._known.get(account)
        if known is not None and known.token:
            return known.token
        return self._env_token

    def token_for_waba(self, waba_id: str) -> str | None:
        if self._env_token and waba_id == self._env_waba:
            return self._env_token
        for account in self._order:
            known = self._known[account]
            if known.waba_id == waba_id and known.token:
                return known.token
        return self._env_token

    def tokens(self) -> list[str]:
        """Every distinct token, the environment's first (media ids name no number)."""
        found = [self._env_token] if self._env_token else []
        for account in self._order:
            token = self._known[account].token
            if token and token not in found:
                found.append(token)
        return found

    def default_account(self) -> str | None:
        """The number to send from when a conversation has none yet."""
        if self._env_number:
            return self._env_number
        return self._order[0] if self._order else None

    def waba_of(self, account: str | None) -> str | None:
        account = account or self.default_account()
        if account is not None and account == self._env_number and self._env_waba:
            return self._env_waba
        known = self._known.get(account or "")
        if known is not None:
            return known.waba_id
        return self._env_waba

    def wabas(self) -> list[str]:
        found = [self._env_waba] if self._env_waba else []
        for account in self._order:
            if self._known[account].waba_id not in found:
                found.append(self._known[account].waba_id)
        return found

    # -- the database (a worker thread, or the CLI) ---------------------------------

    def reload(self) -> None:
        """Read the connected numbers' tokens again (another instance may have added one)."""
        with self._lock, self._db.transaction("cannot read the numbers", read_only=True):
            rows = self._db.execute(
                "SELECT phone_number_id, waba_id, token FROM numbers ORDER BY connected_at, "
                "phone_number_id"
            ).fetchall()
        self._known = {str(p): _Known(str(w), t) for p, w, t in rows}
        self._order = [str(p) for p, _, _ in rows]

    def numbers(self) -> list[Number]:
        """The environment's number (if any) and every connected one."""
        with self._lock, self._db.transaction("cannot read the numbers", read_only=True):
            rows = self._db.execute(
                "SELECT phone_number_id, waba_id, display_phone_number, verified_name, "
                "is_on_biz_app, platform_type, quality_rating, connected_at FROM numbers "
                "ORDER BY connected_at, phone_number_id"
            ).fetchall()
        found = [
            Number(
                str(pnid),
                str(waba),
                "connected",
                display,
                name,
                None if biz is None else bool(biz),
                platform,
                quality,
                connected_at,
            )
            for pnid, waba, display, name, biz, platform, quality, connected_at in rows
        ]
        if self._env_number and all(n.phone_number_id != self._env_number for n in found):
            found.insert(0, Number(self._env_number, self._env_waba, "environment"))
        elif self._env_number:
            found = [
                Number(
                    n.phone_number_id,
                    n.waba_id,
                    "environment",
                    n.display_phone_number,
                    n.verified_name,
                    n.is_on_biz_app,
                    n.platform_type,
                    n.quality_rating,
                    n.connected_at,
                )
                if n.phone_number_id == self._env_number
                else n
                for n in found
            ]
        return found

    def save_number(self, number: Number, token: str | None) -> None:
        """Store a number connected from the set-up page, with its business token."""
        now = int(time.time())
        with self._lock, self._db.transaction("cannot store the number"):
            self._db.execute(
                "INSERT INTO numbers (phone_number_id, waba_id, token, display_phone_number, "
                "verified_name, is_on_biz_app, platform_type, quality_rating, connected_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (phone_number_id) DO UPDATE SET waba_id=excluded.waba_id, "
                "token=coalesce(excluded.token, numbers.token), "
                "display_phone_number=excluded.display_phone_number, "
                "verified_name=excluded.verified_name, is_on_biz_app=excluded.is_on_biz_app, "
                "platform_type=excluded.platform_type, quality_rating=excluded.quality_rating, "
                "updated_at=excluded.updated_at",
                (
                    number.phone_number_id,
                    number.waba_id or "",
                    token,
                    number.display_phone_number,
                    number.verified_name,
                    None if number.is_on_biz_app is None else int(number.is_on_biz_app),
                    number.platform_type,
                    number.quality_rating,
                    now,
                    now,
                ),
            )
        self.reload()

    def syncs(self, phone_number_id: str) -> dict[str, Sync]:
        """The sync requests made (or refused) for a number, by sync type."""
        with self._lock, self._db.transaction("cannot read the syncs", read_only=True):
            rows = self._db.execute(
                "SELECT sync_type, requested_at, request_id, error_code, error FROM syncs "
                "WHERE phone_number_id=?",
                (phone_number_id,),
            ).fetchall()
        return {
            str(kind): Sync(phone_number_id, kind, at, request_id, code, error)
            for kind, at, request_id, code, error in rows
        }

    def record_sync(self, sync: Sync) -> None:
        with self._lock, self._db.transaction("cannot record the sync request"):
            self._db.execute(
                "INSERT INTO syncs VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT "
                "(phone_number_id, sync_type) DO UPDATE SET request_id=excluded.request_id, "
                "requested_at=excluded.requested_at, error_code=excluded.error_code, "
                "error=excluded.error",
                (
                    sync.phone_number_id,
                    sync.sync_type,
                    sync.request_id,
                    sync.requested_at,
                    sync.error_code,
                    sync.error,
                ),
            )

    def onboarding(self, code_hash: str) -> Onboarding | None:
        with self._lock, self._db.transaction("cannot read the onboarding", read_only=True):
            row = self._db.execute(
                "SELECT waba_id, phone_number_id, token, steps FROM onboardings WHERE code_hash=?",
                (code_hash,),
            ).fetchone()
        if row is None:
            return None
        waba, pnid, token, steps = row
        return Onboarding(code_hash, str(waba), pnid, token, json.loads(steps))

    def save_onboarding(self, onboarding: Onboarding) -> None:
        now = int(time.time())
        with self._lock, self._db.transaction("cannot record the onboarding"):
            self._db.execute(
                "INSERT INTO onboardings VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code_hash) "
                "DO UPDATE SET phone_number_id=excluded.phone_number_id, "
                "token=coalesce(excluded.token, onboardings.token), steps=excluded.steps, "
                "updated_at=excluded.updated_at",
                (
                    onboarding.code_hash,
                    onboarding.waba_id,
                    onboarding.phone_number_id,
                    onboarding.token,
                    json.dumps(onboarding.steps),
                    now,
                    now,
                ),
            )

    def last_webhook(self) -> int | None:
        """When a signed webhook last arrived (unix seconds), as the journal noted it."""
        with self._lock, self._db.transaction("cannot read the meta table", read_only=True):
            row = self._db.execute("SELECT value FROM meta WHERE name='last_webhook'").fetchone()
        return int(row[0]) if row is not None else None


def numbers_by_id(numbers: Sequence[Number]) -> Mapping[str, Number]:
    return {n.phone_number_id: n for n in numbers}
