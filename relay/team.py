"""The team's shared work in the event log: each conversation's state, notes, labels, quick replies.

Every change is an event (`conversation`, `note`, `catalog`; docs/protocol.md),
appended in the log's writer transaction together with the tables that say
what holds now (`team`, `labels`, `quick_replies`), so desktops converge by
reading events as they do messages, and the relay answers from its tables.
A change by an agent is idempotent by its `client_id`, as a send is
(`team_changes`): the same id again gives the original event, the same id
for something else a conflict. The relay's own changes, reopening a
conversation when the customer writes or a snooze ends, have keys derived
from their cause, so two instances doing the same make one event.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from relay.documents import dumps
from wire.team import (
    DEFAULT_LABEL_COLOR,
    CatalogData,
    ConversationData,
    Label,
    NoteData,
    QuickReply,
)

if TYPE_CHECKING:
    from relay.sends import Ledger
    from relay.store import StoredEvent

Refusal = Literal["conflict", "not_found", "unknown_agent"]


@dataclass(frozen=True, slots=True)
class Outcome:
    """A change's answer: its event (new, or the original of a repeated `client_id`;
    None only if retention pruned it since), or why nothing changed."""

    event: StoredEvent | None = None
    refusal: Refusal | None = None


class Team:
    """The team's tables and events; every method runs in the log's writer (`Ledger.run`)."""

    def __init__(self, ledger: Ledger) -> None:
        self._ledger = ledger

    # -- a conversation's state ---------------------------------------------------

    def change(
        self,
        agent: str,
        client_id: str,
        fingerprint: str,
        conversation: str,
        apply: Callable[[ConversationData], ConversationData],
        *,
        assignee: str | None = None,
        new_labels: Sequence[str] = (),
    ) -> tuple[Outcome, list[StoredEvent]]:
        """Apply an agent's change to a conversation's state (`apply` gets the state now
        and returns the next; `by` is set here). `assignee` must be an active agent;
        `new_labels` are created first if the team does not have them yet."""
        events: list[StoredEvent] = []

        def work() -> Outcome:
            account = self._fresh(client_id, fingerprint, conversation)
            if isinstance(account, Outcome):
                return account
            if assignee is not None and not self._active(assignee):
                return Outcome(refusal="unknown_agent")
            for name in new_labels:
                self._define_label(name, agent, events)
            state = replace(apply(self.state(conversation)), by=agent)
            seq = self._append_state(conversation, account, state, f"team:{client_id}", events)
            self._remember(client_id, agent, fingerprint, seq)
            return Outcome(self._ledger.event_at(seq))

        return self._ledger.run(work), events

    def note(
        self,
        agent: str,
        client_id: str,
        fingerprint: str,
        conversation: str,
        text: str,
        reply_to: str | None,
    ) -> tuple[Outcome, list[StoredEvent]]:
        """An internal note on a conversation; never sent to Meta."""
        events: list[StoredEvent] = []

        def work() -> Outcome:
            account = self._fresh(client_id, fingerprint, conversation)
            if isinstance(account, Outcome):
                return account
            data = NoteData(f"note-{uuid.uuid4().hex}", text, agent, reply_to)
            ledger = self._ledger
            ledger.append_doc(
                "note",
                f"note:{client_id}",
                account,
                conversation,
                int(time.time()),
                data.to_json(),
                None,
                events,
            )
            self._remember(client_id, agent, fingerprint, ledger.last_seq)
            return Outcome(ledger.event_at(ledger.last_seq))

        return self._ledger.run(work), events

    def state(self, conversation: str) -> ConversationData:
        """The conversation's team state now (open, unassigned, no labels if never changed)."""
        row = self._ledger.known_row("team", conversation)
        return ConversationData.from_json(json.loads(row[0])) if row else ConversationData()

    # -- the relay's own changes ----------------------------------------------------

    def customer_wrote(
        self, conversation: str, account: str, cause: str, events: list[StoredEvent]
    ) -> None:
        """The customer wrote (`cause`: the message's key): a resolved or snoozed
        conversation opens again, keeping its assignee and labels."""
        state = self.state(conversation)
        if state.settled:
            self._reopen(conversation, account, state, f"team:reopened:{cause}", events)

    def wake(self) -> list[StoredEvent]:
        """Reopen the conversations whose snooze has ended."""
        events: list[StoredEvent] = []

        def work() -> None:
            now = int(time.time())
            w = self._ledger.db
            due = w.execute(
                "SELECT t.conversation, c.account, t.snoozed_until FROM team AS t "
                "JOIN conversations AS c ON c.conversation = t.conversation "
                "WHERE t.state = 'snoozed' AND t.snoozed_until <= ?",
                (now,),
            ).fetchall()
            for conversation, account, until in due:
                key = f"team:woke:{conversation}:{until}"
                self._reopen(conversation, account, self.state(conversation), key, events)

        self._ledger.run(work)
        return events

    def _reopen(
        self,
        conversation: str,
        account: str,
        state: ConversationData,
        key: str,
        events: list[StoredEvent],
    ) -> None:
        reopened = replace(state, state="open", snoozed_until=None, by=None, change="reopened")
        self._append_state(conversation, account, reopened, key, events)

    # -- the team's lists -----------------------------------------------------------

    def put_label(self, label: Label, agent: str) -> tuple[Label, list[StoredEvent]]:
        """Define or recolour a label; an unchanged one makes no event."""
        events: list[StoredEvent] = []

        def work() -> Label:
            w = self._ledger.db
            row = w.execute("SELECT color FROM labels WHERE name=?", (label.name,)).fetchone()
            if row is None or row[0] != label.color:
                w.execute(
                    "INSERT INTO labels VALUES (?, ?) ON CONFLICT (name) "
                    "DO UPDATE SET color=excluded.color",
                    (label.name, label.color),
                )
                self._catalog(CatalogData("labels", label.name, label, agent), events)
            return label

        return self._ledger.run(work), events

    def put_quick_reply(
        self, reply: QuickReply, agent: str
    ) -> tuple[QuickReply, list[StoredEvent]]:
        """Add or edit a quick reply; an unchanged one makes no event."""
        events: list[StoredEvent] = []

        def work() -> QuickReply:
            w = self._ledger.db
            row = w.execute(
                "SELECT text, media_id FROM quick_replies WHERE shortcut=?", (reply.shortcut,)
            ).fetchone()
            if row is None or tuple(row) != (reply.text, reply.media_id):
                w.execute(
                    "INSERT INTO quick_replies VALUES (?, ?, ?) ON CONFLICT (shortcut) "
                    "DO UPDATE SET text=excluded.text, media_id=excluded.media_id",
                    (reply.shortcut, reply.text, reply.media_id),
                )
                self._catalog(CatalogData("quick_replies", reply.shortcut, reply, agent), events)
            return reply

        return self._ledger.run(work), events

    def delete(
        self, catalog: Literal["labels", "quick_replies"], name: str, agent: str
    ) -> tuple[bool, list[StoredEvent]]:
        """Delete a label or a quick reply; False if there was none. A deleted label
        stays on the conversations that carry it until someone takes it off."""
        events: list[StoredEvent] = []
        table, column = ("labels", "name") if catalog == "labels" else ("quick_replies", "shortcut")

        def work() -> bool:
            gone = self._ledger.db.execute(
                f"DELETE FROM {table} WHERE {column}=? RETURNING 1",
                (name,),
            ).fetchall()
            if gone:
                self._catalog(CatalogData(catalog, name, None, agent), events)
            return bool(gone)

        return self._ledger.run(work), events

    def _define_label(self, name: str, agent: str, events: list[StoredEvent]) -> None:
        added = self._ledger.db.execute(
            "INSERT INTO labels VALUES (?, ?) ON CONFLICT (name) DO NOTHING RETURNING 1",
            (name, DEFAULT_LABEL_COLOR),
        ).fetchall()
        if added:
            self._catalog(CatalogData("labels", name, Label(name), agent), events)

    def _catalog(self, data: CatalogData, events: list[StoredEvent]) -> None:
        key = f"catalog:{data.catalog}:{data.name}:{uuid.uuid4().hex}"
        self._ledger.append_doc(
            "catalog", key, "", None, int(time.time()), data.to_json(), None, events
        )

    # -- shared steps ----------------------------------------------------------------

    def _append_state(
        self,
        conversation: str,
        account: str,
        state: ConversationData,
        key: str,
        events: list[StoredEvent],
    ) -> int:
        """Append the state's event and make it the state now; its seq (or, when the key
        was taken, the seq of the event already under it)."""
        ledger = self._ledger
        doc = state.to_json()
        if not ledger.append_doc(
            "conversation", key, account, conversation, int(time.time()), doc, None, events
        ):
            row = ledger.db.execute("SELECT seq FROM events WHERE key=?", (key,)).fetchone()
            return int(row[0])
        team_doc = dumps(state.team_json())
        ledger.db.execute(
            "INSERT INTO team VALUES (?, ?, ?, ?) ON CONFLICT (conversation) DO UPDATE SET "
            "state=excluded.state, snoozed_until=excluded.snoozed_until, doc=excluded.doc",
            (conversation, state.state, state.snoozed_until, team_doc),
        )
        ledger.learn("team", conversation, team_doc)
        return ledger.last_seq

    def _fresh(self, client_id: str, fingerprint: str, conversation: str) -> str | Outcome:
        """The conversation's account, for a change not made yet; else the outcome: the
        original event of a repeated `client_id`, a conflict, or an unknown conversation."""
        w = self._ledger.db
        row = w.execute(
            "SELECT fingerprint, seq FROM team_changes WHERE client_id=?", (client_id,)
        ).fetchone()
        if row is not None:
            if row[0] != fingerprint:
                return Outcome(refusal="conflict")
            return Outcome(self._ledger.event_at(row[1]))
        account = self._account(conversation)
        return account if account is not None else Outcome(refusal="not_found")

    def _remember(self, client_id: str, agent: str, fingerprint: str, seq: int) -> None:
        self._ledger.db.execute(
            "INSERT INTO team_changes VALUES (?, ?, ?, ?)", (client_id, agent, fingerprint, seq)
        )

    def _account(self, conversation: str) -> str | None:
        row = self._ledger.db.execute(
            "SELECT account FROM conversations WHERE conversation=?", (conversation,)
        ).fetchone()
        return str(row[0]) if row else None

    def _active(self, agent: str) -> bool:
        return bool(
            self._ledger.db.execute(
                "SELECT 1 FROM agents WHERE name=? AND revoked_at IS NULL", (agent,)
            ).fetchone()
        )
