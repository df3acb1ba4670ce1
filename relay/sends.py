"""Agents' sends in the log: claimed before Meta is called, settled once by its answer or statuses.

A send is a row of `sends` keyed by the desktop's `client_id`. `claim` reserves
it (`sending`) before the Cloud API is called; Meta's answer settles it `sent`
(a `message` event under its wamid), or `unknown` when no answer came (an event
under `send:<client_id>`), or `failed` (the same client_id may try again). A
status whose `biz_opaque_callback_data` names the send settles an `unknown`
one later, and a send whose process died while calling Meta is `unknown` at the
next start. All of it runs inside the log's writer transactions (`Ledger`).
"""

from __future__ import annotations

import dataclasses
import json
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar

from relay.documents import dumps
from relay.outbound import Outbound, is_phone
from wire.data import MessageData

if TYPE_CHECKING:
    from relay.database import Database
    from relay.store import StoredEvent

T = TypeVar("T")
# Sends carry `biz_opaque_callback_data` = this + client_id; Meta echoes it in statuses.
CALLBACK_PREFIX = "puente:"


@dataclass(frozen=True, slots=True)
class Claim:
    """What the store says when an agent sends with a client_id.

    `new`: reserved, call Meta. `sent` / `unknown`: sent before, `event` says how.
    `in_progress`: another request is sending it now. `conflict`: the id was used
    for a different message. `no_account`: no number to send from is known.
    """

    state: Literal["new", "sent", "unknown", "in_progress", "conflict", "no_account"]
    account: str = ""
    conversation: str = ""
    event: StoredEvent | None = None


class Ledger(Protocol):
    """What the sends need of the event log (`relay.store.Store`)."""

    @property
    def instance(self) -> int:
        """This process, as the owner of the sends it is making."""

    @property
    def db(self) -> Database:
        """The writer's connection, inside `run`."""

    @property
    def last_seq(self) -> int:
        """The last seq appended in the open transaction."""

    def run(self, work: Callable[[], T], *, writes: bool = True) -> T: ...

    def append_doc(
        self,
        kind: str,
        key: str,
        account: str,
        conversation: str | None,
        timestamp: int,
        data: Mapping[str, object],
        raw: int | None,
        events: list[StoredEvent],
    ) -> bool: ...

    def note_conversation(self, conversation: str, account: str, inbound: int | None) -> None: ...

    def event_at(self, seq: int | None) -> StoredEvent | None: ...

    def known_row(self, table: str, key: str) -> Sequence[Any] | None:
        """A row's value column: read ahead while processing deliveries, else now."""

    def learn(self, table: str, key: str, value: object) -> None:
        """A row written, for the reads ahead of processing (`relay.lookahead`)."""

    def orphaned_client_ids(self) -> list[str]:
        """The sends still `sending` whose process is gone."""


class Sends:
    """The sends' rules. Writer thread only, like the log's other writes."""

    def __init__(self, ledger: Ledger) -> None:
        self._ledger = ledger

    def claim(
        self, out: Outbound, agent: str, default_account: str | None, data: MessageData
    ) -> Claim:
        """Reserve `out.client_id` before calling Meta, or say what became of it.

        `data` is the message event's data without its wamid: kept with the claim,
        it lets a send whose answer never came be shown as `unknown` later.
        """
        ledger = self._ledger

        def work() -> Claim:
            w = ledger.db
            row = w.execute(
                "SELECT fingerprint, state, account, conversation, seq FROM sends "
                "WHERE client_id=?",
                (out.client_id,),
            ).fetchone()
            if row is not None:
                fingerprint, state, account, conversation, seq = row
                if fingerprint != out.fingerprint:
                    return Claim("conflict")
                if state in ("sent", "unknown"):
                    return Claim(state, account, conversation, ledger.event_at(seq))
                if state == "sending":
                    return Claim("in_progress", account, conversation)
                # A send Meta refused, or never received, may go again under the same id.
            conversation = out.to
            if not is_phone(conversation):
                found = w.execute(
                    "SELECT phone FROM identities WHERE user_id=?", (conversation,)
                ).fetchone()
                conversation = found[0] if found and found[0] else conversation
            account = out.account
            if account is None:
                known = w.execute(
                    "SELECT account FROM conversations WHERE conversation=?", (conversation,)
                ).fetchone()
                account = known[0] if known else default_account
            if account is None:
                return Claim("no_account")
            now = int(time.time())
            w.execute(
                "INSERT INTO sends (client_id, agent, fingerprint, state, account, conversation, "
                "doc, created_at, updated_at, owner) VALUES (?, ?, ?, 'sending', ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (client_id) DO UPDATE SET state='sending', agent=excluded.agent, "
                "owner=excluded.owner, "
                "account=excluded.account, conversation=excluded.conversation, doc=excluded.doc, "
                "failure=NULL, updated_at=excluded.updated_at",
                (
                    out.client_id,
                    agent,
                    out.fingerprint,
                    account,
                    conversation,
                    dumps(data.to_json()),
                    now,
                    now,
                    ledger.instance,
                ),
            )
            return Claim("new", account, conversation)

        return ledger.run(work)

    def settle_sent(
        self, client_id: str, wamid: str, wa_id: str | None = None
    ) -> list[StoredEvent]:
        """Meta took the message: it becomes a `message` event under its wamid. `wa_id` is
        the id Meta says it went to: a first message to a number that differs (Mexican
        and Argentinian mobiles keep an old prefix in WhatsApp: 521…, 549…) is filed
        under Meta's id, where the customer's answer will come."""
        events: list[StoredEvent] = []
        self._ledger.run(lambda: self._settle(client_id, wamid, events, "sending", wa_id))
        return events

    def settle_unknown(self, client_id: str) -> list[StoredEvent]:
        """Meta may or may not have the message: shown as `unknown` until a status settles it."""
        events: list[StoredEvent] = []
        self._ledger.run(lambda: self._settle(client_id, None, events, "sending"))
        return events

    def settle_failed(self, client_id: str, failure: Mapping[str, object]) -> None:
        """Meta did not take the message; the same client_id may try again."""
        self._ledger.run(
            lambda: self._ledger.db.execute(
                "UPDATE sends SET state='failed', failure=?, updated_at=? "
                "WHERE client_id=? AND state='sending'",
                (dumps(failure), int(time.time()), client_id),
            )
        )

    def _known(self, conversation: str) -> bool:
        """Whether the log has a conversation by this id already (then it is kept)."""
        return bool(
            self._ledger.db.execute(
                "SELECT 1 FROM conversations WHERE conversation=?", (conversation,)
            ).fetchone()
        )

    def orphaned(self) -> list[StoredEvent]:
        """Sends cut short by a crash while Meta was being called: now `unknown`."""

        def work() -> list[StoredEvent]:
            events: list[StoredEvent] = []
            for client_id in self._ledger.orphaned_client_ids():
                self._settle(client_id, None, events, "sending")
            return events

        return self._ledger.run(work)

    def settle_by_status(self, callback: str, wamid: str, events: list[StoredEvent]) -> None:
        """A status came for a message we sent (its callback data names the send): an
        `unknown` send is settled by it. Inside the log's transaction for the status."""
        if not callback.startswith(CALLBACK_PREFIX):
            return
        client_id = callback.removeprefix(CALLBACK_PREFIX)
        w = self._ledger.db
        row = self._ledger.known_row("sends", client_id)
        if row is None:
            return
        if row[0] == "unknown":
            self._settle(client_id, wamid, events, "unknown")
        elif row[0] == "sending":
            # Meta's status beat its own answer: remembered, in case the answer never comes.
            w.execute("UPDATE sends SET wamid=? WHERE client_id=?", (wamid, client_id))

    def _settle(
        self,
        client_id: str,
        wamid: str | None,
        events: list[StoredEvent],
        expected: str,
        wa_id: str | None = None,
    ) -> None:
        ledger = self._ledger
        w = ledger.db
        row = w.execute(
            "SELECT state, account, conversation, doc, wamid FROM sends WHERE client_id=?",
            (client_id,),
        ).fetchone()
        if row is None or row[0] != expected:
            return
        _, account, conversation, doc, seen = row
        wamid = wamid or seen
        if wa_id is not None and wa_id != conversation and not self._known(conversation):
            conversation = wa_id
            w.execute("UPDATE sends SET conversation=? WHERE client_id=?", (wa_id, client_id))
        now = int(time.time())
        claimed = MessageData.from_json(json.loads(doc))
        if wamid is None:
            key, state = f"send:{client_id}", "unknown"
            data = dataclasses.replace(claimed, send_state="unknown")
        else:
            key, state = f"msg:{wamid}", "sent"
            data = dataclasses.replace(claimed, wamid=wamid)
        if ledger.append_doc(
            "message", key, account, conversation, now, data.to_json(), None, events
        ):
            seq = ledger.last_seq
        else:  # the event is there already: the send points at it, not at the head
            seq = w.execute("SELECT seq FROM events WHERE key=?", (key,)).fetchone()[0]
        ledger.note_conversation(conversation, account, None)
        w.execute(
            "UPDATE sends SET state=?, wamid=?, seq=?, updated_at=? WHERE client_id=?",
            (state, wamid, seq, now, client_id),
        )
        ledger.learn("sends", client_id, state)
