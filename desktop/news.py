"""News: which of a batch's messages deserve a notification, told to the notifier."""

from __future__ import annotations

from collections.abc import Callable

from desktop.cache import Changes, ConversationRow
from desktop.conversations import ConversationListModel
from desktop.notifier import NewMessages, Notifier
from desktop.timeline import TimelineModel


class News:
    """Customers' new messages the agent is not looking at, as one notification a batch.

    Called with each batch before the conversation list takes it in: the list's
    summaries are the "before" that the batch's summaries are compared with.
    """

    def __init__(
        self,
        notifier: Notifier,
        conversations: ConversationListModel,
        timeline: TimelineModel,
        *,
        looking: Callable[[], bool],
        live: Callable[[], bool],
    ) -> None:
        """`looking`: whether the agent is looking at the window; `live`: whether the
        stream is live (a catch-up's old messages are not news)."""
        self._notifier = notifier
        self._conversations = conversations
        self._timeline = timeline
        self._looking = looking
        self._live = live

    def notice(self, changes: Changes, rows: list[ConversationRow]) -> None:
        """Notify what is new in this batch, if anything is."""
        if self._looking() or not self._live():
            return
        fresh: list[tuple[ConversationRow, int]] = []
        for row in rows:
            before = self._conversations.latest(row.id)
            grown = row.unread - (before.unread if before is not None else 0)
            if grown > 0 and row.last is not None and row.last.direction == "in":
                fresh.append((row, grown))
        current = self._timeline.conversation
        if current is not None:
            # The open conversation stays read: its new messages come in the changes.
            mine = [
                m for m in changes.messages
                if m.conversation == current and m.origin == "customer"
                and self._timeline.row_of(m.id) < 0
            ]  # fmt: skip
            summary = next((r for r in rows if r.id == current), None)
            if mine and summary is not None:
                fresh.append((summary, len(mine)))
        if not fresh:
            return
        latest, _ = max(fresh, key=lambda item: item[0].last_timestamp)
        self._notifier.notify(
            NewMessages(
                latest.id,
                latest.title,
                self._conversations.preview(latest),
                sum(count for _, count in fresh),
                len({row.id for row, _ in fresh}),
            )
        )
