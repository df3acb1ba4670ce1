"""The open conversation's messages as a list model: a window of rows, with computed roles.

The model owns its rows (`MessageRow`s, oldest first), reports precise inserts
and `dataChanged` with roles, and resets only when the conversation changes.
It keeps a sliding window of at most `WINDOW` rows, so a 100,000-message
conversation costs what 3,000 do, and pages itself: it asks its `PageSource`
for the page before its first row when the view reaches the top
(`fetch_older`; the newest rows leave) and, through Qt's own
`canFetchMore`/`fetchMore`, for the page after its last row when a jump left
the newest messages out (the oldest leave). Qt's views call `fetchMore` when
the last row shows, which in a chat is the newest, hence the two directions.
Everything the delegate paints is a role computed here, translated.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from desktop.activity import Activity
from desktop.cache import Changes, MessageRow, PageKind, Quote, Reaction
from desktop.media_shelf import STICKER, THUMB, MediaShelf
from desktop.player import VoicePlayer
from desktop.sound_files import length_ms
from desktop.summaries import notice_words, summary
from desktop.ticks import Tick, tick_of
from wire.content import (
    Choice,
    Contacts,
    Content,
    Location,
    Media,
    Notice,
    Order,
    TemplateUse,
)
from wire.templates import Template

PAGE = 100
WINDOW = 200
# A page's bubbles are laid out this many at a time between frames, before it goes in.
PREPARE_BATCH = 12

Index = QModelIndex | QPersistentModelIndex


class PageSource(Protocol):
    """Where the timeline asks for pages (the engine's `Commands`)."""

    def load_page(
        self, conversation: str, kind: PageKind, anchor: tuple[int, int] | None, limit: int
    ) -> Future[list[MessageRow]]: ...
    def jump_to(self, conversation: str, wamid: str) -> Future[list[MessageRow]]: ...


# Brings a page's future to a slot on the GUI thread (`Session.deliver`).
Deliver = Callable[[Future[list[MessageRow]], Callable[[list[MessageRow]], None]], None]


class Role(IntEnum):
    """The timeline's roles; the delegate reads nothing else."""

    Id = Qt.ItemDataRole.UserRole + 1
    Body = Qt.ItemDataRole.UserRole + 2
    Time = Qt.ItemDataRole.UserRole + 3
    Day = Qt.ItemDataRole.UserRole + 4  # the day's header on a day's first message, else ""
    Outgoing = Qt.ItemDataRole.UserRole + 5
    Sender = Qt.ItemDataRole.UserRole + 6
    Tick = Qt.ItemDataRole.UserRole + 7  # pending/sent/delivered/read/played/failed/unknown/""
    Error = Qt.ItemDataRole.UserRole + 8
    Kind = Qt.ItemDataRole.UserRole + 9
    Wamid = Qt.ItemDataRole.UserRole + 10
    Presentation = Qt.ItemDataRole.UserRole + 11  # all of the above at once, for the delegate
    Quote = Qt.ItemDataRole.UserRole + 12  # "sender\ntext" of the quoted message, or ""
    Reactions = Qt.ItemDataRole.UserRole + 13  # the emojis under the bubble, or ""
    Edited = Qt.ItemDataRole.UserRole + 14
    Notice = Qt.ItemDataRole.UserRole + 15  # a system notice, shown centred, not as a bubble
    ReplyTo = Qt.ItemDataRole.UserRole + 16  # the quoted message's wamid
    Link = Qt.ItemDataRole.UserRole + 17  # where the bubble leads: a map, a site, or ""
    OwnReaction = Qt.ItemDataRole.UserRole + 18  # the business's reaction, or ""


@dataclass(frozen=True, slots=True)
class Presentation:
    """Everything a bubble shows, computed once per row state; hashable, so the delegate
    can key its cached layout on it."""

    id: int
    body: str
    time: str
    day: str
    outgoing: bool
    sender: str
    tick: Tick
    error: str
    quote_sender: str = ""
    quote_text: str = ""
    reactions: str = ""  # the emojis, customer's first
    reacted_by: str = ""  # who put them, for the tooltip
    edited: str = ""  # the translated "edited" mark before the time, on an edited message
    edit_note: str = ""  # its text before the last edit, for the tooltip
    notice: bool = False
    muted: bool = False  # a deleted message: its stand-in in a quieter colour
    media: Media | None = None
    media_state: str = ""  # loading | ready | failed, for a message with media
    media_box: tuple[int, int] = (0, 0)  # the picture's box in the bubble; (0, 0): none
    media_note: str = ""  # the line under a file: open it, loading, or retry
    audio: tuple[bool, int, int] | None = None  # playing, position and duration (ms), in place
    note: bool = False  # a team's internal note: its own colour, never the customer's


translate = QCoreApplication.translate


def placeholder(kind: str, text: str | None) -> str:
    """A message of this kind on one line, in the UI's language (`desktop.summaries`)."""
    return summary(kind, text, translate)


_FAILURES = {
    "window_closed": QT_TRANSLATE_NOOP(
        "Timeline", "More than 24 hours since the customer last wrote: send a template."
    ),
    "rate_limited": QT_TRANSLATE_NOOP(
        "Timeline", "Meta is limiting sends right now; try again shortly."
    ),
    "invalid_recipient": QT_TRANSLATE_NOOP(
        "Timeline", "This customer cannot receive WhatsApp messages."
    ),
    "token_expired": QT_TRANSLATE_NOOP(
        "Timeline", "The relay's Meta access token expired; tell your administrator."
    ),
    "account_restricted": QT_TRANSLATE_NOOP(
        "Timeline", "Meta has restricted this business account."
    ),
    "invalid_request": QT_TRANSLATE_NOOP("Timeline", "Meta refused this message."),
    "client_id_conflict": QT_TRANSLATE_NOOP(
        "Timeline", "This message clashed with another; write it again."
    ),
    "media_error": QT_TRANSLATE_NOOP("Timeline", "The attachment could not be sent."),
    "template_error": QT_TRANSLATE_NOOP("Timeline", "The template could not be sent."),
}


def failure_text(error: str | None) -> str:
    """An agent-facing reason: ours translated, Meta's own words passed on."""
    if not error:
        return ""
    known = _FAILURES.get(error)
    return translate("Timeline", str(known)) if known else error


class TimelineModel(QAbstractListModel):
    """Messages of one conversation, oldest first."""

    settled = Signal()
    """() a batch of row changes is over (a page, a catch-up's batch): the view may
    put its scroll position back now, once, rather than at every row."""
    jumped = Signal(int)
    """(row) a jump to a quoted message arrived at this row."""
    missing = Signal()
    """() the quoted message of a jump is not on this computer."""

    def __init__(
        self,
        parent: Any = None,
        shelf: MediaShelf | None = None,
        player: VoicePlayer | None = None,
        *,
        pages: PageSource | None = None,
        deliver: Deliver | None = None,
        prepare: Callable[[Presentation], None] | None = None,
    ) -> None:
        """`pages` answers the model's page requests, brought to `receive` by `deliver`
        (none: the caller feeds pages in); `prepare` lays a row out ahead (the
        delegate's), so a page is laid out a few rows per frame before it goes in, not
        all in its insertion frame."""
        super().__init__(parent)
        self.shelf = shelf or MediaShelf(self)
        self.shelf.changed.connect(self._media_changed)
        self.player = player or VoicePlayer(self)
        self.player.changed.connect(self._media_changed)
        self.player.failed.connect(self._unplayable_now)
        self._pages = pages
        self._deliver = deliver
        self._prepare = prepare
        self._unplayable: set[str] = set()
        self._lengths: dict[str, int | None] = {}  # sound files' lengths, by media id
        self.conversation: str | None = None
        self.wanted: str | None = None  # the conversation shown or on its way
        self._rows: list[MessageRow] = []
        self._keys: list[tuple[int, int]] = []  # (timestamp, id) of each row, for bisect
        self.complete = False  # True once the oldest message is in the window
        self.latest = True  # True while the newest message is in the window
        self.customer = ""  # the customer's name, for quotes and reactions
        self.loading = False  # a page is on its way
        self._target = ""  # the quoted message an "around" page is loading
        # A page being laid out before it goes in: (kind, rows, presentations left).
        self._staged: tuple[PageKind, list[MessageRow], list[Presentation]] | None = None
        self._prepare_timer = QTimer(self)
        self._prepare_timer.setInterval(0)
        self._prepare_timer.timeout.connect(self._prepare_some)
        # By (name, language), to show what was sent as the customer read it.
        self._templates: dict[tuple[str, str], Template] = {}
        self._locale = QLocale()
        self._time_format = self._locale.timeFormat(QLocale.FormatType.ShortFormat)
        # Presentations by row id, with the row and the day header they were made for.
        self._presented: dict[int, tuple[MessageRow, str, Presentation]] = {}

    # -- Qt's interface -------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """Whether newer messages than the last row wait (after a jump)."""
        return (
            not parent.isValid()
            and self._pages is not None
            and self._deliver is not None
            and self.conversation is not None
            and bool(self._rows)
            and not self.latest
            and not self.loading
        )

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._ask("newer", self.newest())

    def roleNames(self) -> dict[int, QByteArray]:
        return {role.value: QByteArray(role.name.lower().encode()) for role in Role}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        at = index.row()
        row = self._rows[at]
        if role == Role.Kind:
            return row.type
        if role == Role.Wamid:
            return row.wamid
        shown = self.presentation(at)
        if role == Role.Presentation:
            return shown
        if role in (Qt.ItemDataRole.DisplayRole, Role.Body):
            return shown.body
        if role == Role.Quote:
            return f"{shown.quote_sender}\n{shown.quote_text}" if shown.quote_text else ""
        if role == Role.ReplyTo:
            return row.reply_to
        if role == Role.OwnReaction:
            return next((r.emoji for r in row.reactions if r.side == "out"), "")
        if role == Role.Link:
            return _link(row)
        if role == Role.Edited:
            return bool(shown.edited)
        field = _FIELDS.get(role)
        return getattr(shown, field) if field else None

    def presentation(self, at: int) -> Presentation:
        """Row `at` as shown, computed once while the row and its day stay the same."""
        row = self._rows[at]
        previous = self._rows[at - 1].timestamp if at > 0 else None
        day_key = _day_key(row.timestamp, previous)
        cached = self._presented.get(row.id)
        if cached is not None and cached[0] is row and cached[1] == day_key:
            return cached[2]
        shown = self._present(row, day_key)
        self._presented[row.id] = (row, day_key, shown)
        return shown

    def presentations_for(self, rows: list[MessageRow]) -> list[Presentation]:
        """How a page's rows will look, before they are inserted (to lay them out ahead)."""
        out = []
        previous: int | None = None
        for row in rows:
            out.append(self._present(row, _day_key(row.timestamp, previous)))
            previous = row.timestamp
        return out

    def _present(self, row: MessageRow, day_key: str) -> Presentation:
        tick = tick_of(row.direction, row.status, row.unknown, row.origin)
        quote = row.quote
        media = row.content if isinstance(row.content, Media) and not row.deleted else None
        state, box, note = self._media(media) if media is not None else ("", (0, 0), "")
        audio = None
        if media is not None and media.kind == "audio" and state == "ready":
            audio, note = self._audio(media, note)
        return Presentation(
            id=row.id,
            body=self._body(row),
            time=self._locale.toString(
                QDateTime.fromSecsSinceEpoch(row.timestamp), self._time_format
            ),
            day=self._day_label(row.timestamp) if day_key else "",
            outgoing=row.direction == "out",
            sender=_sender(row),
            tick=tick,
            error=_explanation(row, tick),
            quote_sender=self._quote_sender(quote) if quote else "",
            quote_text=_quote_text(quote) if quote else "",
            reactions=" ".join(r.emoji for r in row.reactions),
            reacted_by=self._reacted_by(row.reactions),
            edited=translate("Timeline", "edited") if row.edited and not row.deleted else "",
            edit_note=translate("Timeline", "Before the edit: %1").replace("%1", row.previous)
            if row.edited and row.previous and not row.deleted
            else "",
            notice=row.type in ("system", "activity"),
            note=row.origin == "note",
            muted=row.deleted,
            media=media,
            media_state=state,
            media_box=box,
            media_note=note,
            audio=audio,
        )

    def _audio(self, media: Media, note: str) -> tuple[tuple[bool, int, int] | None, str]:
        """A voice note or audio file played in place: its bar, and the line under it."""
        media_id = media.media_id or ""
        if media_id in self._unplayable:
            return None, translate("Timeline", "Could not play it here. Click to open it.")
        length = self._length_of(media_id)
        if not self.player.available:
            return None, note + (" · " + clock_text(length) if length else "")
        playing, position, duration = self.player.state(media_id)
        duration = duration or length or 0
        if playing or position:
            clock = clock_text(position) + (" / " + clock_text(duration) if duration else "")
        else:
            clock = clock_text(duration)  # not started: how long it is, as WhatsApp says
        return (playing, position, duration), ("⏸  " if playing else "▶  ") + clock

    def _length_of(self, media_id: str) -> int | None:
        """A fetched sound file's length (ms), read from the file once; None unknown."""
        if media_id in self._lengths:
            return self._lengths[media_id]
        shelved = self.shelf.get(media_id)
        if shelved is None or shelved.state != "ready" or not shelved.path:
            return None
        self._lengths[media_id] = length = length_ms(shelved.path)
        return length

    def _unplayable_now(self, media_id: str, _reason: str) -> None:
        self._unplayable.add(media_id)

    def _media(self, media: Media) -> tuple[str, tuple[int, int], str]:
        """(state, picture box, note) of a message's media; asks for it the first time."""
        if not media.media_id:
            return "failed", (0, 0), translate("Timeline", "This file is not available.")
        shelved = self.shelf.get(media.media_id)
        if shelved is None:
            self.shelf.want(media.media_id)
            state, size = "loading", (0, 0)
        else:
            state, size = shelved.state, shelved.size
        box = (0, 0)
        default = _BOXES.get(media.kind)
        if default is not None:
            box = size if state == "ready" and size != (0, 0) else default
        if state == "loading":
            note = translate("Timeline", "Loading…")
        elif state == "failed":
            note = translate("Timeline", "Could not load it. Click to try again.")
        elif media.kind in ("image", "sticker"):
            note = ""
        else:
            note = translate("Timeline", "Click to open")
        return state, box, note

    def set_templates(self, templates: list[Template]) -> None:
        """The business's templates: sent ones then read as the customer read them."""
        self._templates = {(t.name, t.language): t for t in templates}
        self._represent(lambda content: isinstance(content, TemplateUse))

    def _media_changed(self, media_id: str) -> None:
        self._represent(lambda content: isinstance(content, Media) and content.media_id == media_id)

    def _represent(self, concerned: Callable[[Content | None], bool]) -> None:
        """Present again the rows whose content is `concerned` by something outside them."""
        for at, row in enumerate(self._rows):
            if concerned(row.content):
                self._presented.pop(row.id, None)
                self._refresh(at)

    def _body(self, row: MessageRow) -> str:
        """What the bubble says, for every type the relay emits."""
        if row.deleted:
            return translate("Timeline", "🚫 This message was deleted")
        if row.type == "activity":
            activity = Activity.from_text(row.text)
            return activity.words(translate, self._short_date) if activity is not None else ""
        content = row.content
        text = row.text
        if isinstance(content, Location):
            lines = ["📍 " + (content.name or translate("Timeline", "Location"))]
            lines += [line for line in (content.address, content.url) if line]
            lines.append(content.map_url)
            return "\n".join(lines)
        if isinstance(content, Contacts):
            return "\n".join(
                "\n".join(["👤 " + card.name, *card.phones, *card.emails]) for card in content.cards
            )
        if isinstance(content, Choice):
            return "\n".join(line for line in (content.title, content.description) if line)
        if isinstance(content, Order):
            # One and many are all the plural forms of es, pt_BR and en.
            summary = (
                translate("Timeline", "🛒 Order: 1 item")
                if content.quantity == 1
                else translate("Timeline", "🛒 Order: %1 items").replace(
                    "%1", self._locale.toString(content.quantity)
                )
            )
            total = content.total
            if total is not None:
                summary += " · " + self._locale.toString(total[0], "f", 2) + " " + total[1]
            items = "\n".join(
                f"{item.quantity} × {item.product} · "
                f"{self._locale.toString(item.price * item.quantity, 'f', 2)} {item.currency}"
                for item in content.items
            )
            return "\n".join(line for line in (summary, items, text) if line)
        if isinstance(content, TemplateUse):
            if text:  # what this desktop previewed when it sent it
                return "📋 " + text
            known = self._templates.get((content.name, content.language))
            if known is not None:
                return "📋 " + known.render(dict(content.values))
            values = ", ".join(value for _, value in content.values)
            return f"📋 {content.name}" + (f": {values}" if values else "")
        if isinstance(content, Notice):
            return notice_words(content, text, translate)
        if isinstance(content, Media):
            if content.kind in _BOXES:
                return text or ""  # the picture shows itself; only its caption is words
            if content.kind == "audio" and content.voice:
                label = translate("Timeline", "🎤 Voice message")
            elif content.kind == "document" and content.filename:
                label = "📄 " + content.filename
            else:
                label = placeholder(content.kind, None)
            return f"{label}\n{text}" if text else label
        if row.type == "unsupported":
            return translate("Timeline", "Unsupported message: WhatsApp on the phone can show it.")
        return placeholder(row.type, text)

    def _customer_name(self) -> str:
        return self.customer or translate("Timeline", "Customer")

    def _quote_sender(self, quote: Quote) -> str:
        if quote.direction == "in":
            return self._customer_name()
        return _sender_of(quote.origin, quote.agent)

    def _reacted_by(self, reactions: tuple[Reaction, ...]) -> str:
        names = []
        for r in reactions:
            if r.side == "in":
                who = self._customer_name()
            else:
                who = _sender_of("phone_app" if r.by == "phone_app" else "agent", r.by)
            names.append(f"{who}: {r.emoji}")
        return "\n".join(names)

    # -- paging -----------------------------------------------------------------

    def open(self, conversation: str, customer: str = "", at: str | None = None) -> None:
        """Show a conversation: empty at once, its newest page when it comes; or, `at` a
        message's wamid, that message and its neighbours (`jumped` says where)."""
        self.clear()
        self.wanted, self.customer = conversation, customer
        if at is None or self._pages is None or self._deliver is None:
            self._ask("latest", None)
            return
        self.loading = True
        self._target = at
        self._deliver(
            self._pages.jump_to(conversation, at),
            lambda rows: self.receive(conversation, rows, "around"),
        )

    def reload(self) -> None:
        """Load the conversation again from its newest page (the cache started over)."""
        if self.wanted is not None:
            self.open(self.wanted, self.customer)

    def can_fetch_older(self) -> bool:
        return (
            self._pages is not None
            and self._deliver is not None
            and self.conversation is not None
            and not self.complete
            and not self.loading
        )

    def fetch_older(self) -> None:
        """Ask for the page before the first row (the view reached the top)."""
        if self.can_fetch_older():
            self._ask("older", self.oldest())

    def jump_to_quote(self, at: int) -> None:
        """Show the message row `at` quotes: here if it is in the window, else its page."""
        wamid = self._rows[at].reply_to if 0 <= at < len(self._rows) else None
        if not wamid or self.conversation is None:
            return
        found = self.row_of_wamid(wamid)
        if found >= 0:
            self.jumped.emit(found)
        elif self._pages is not None and self._deliver is not None:
            self._target = wamid
            conversation = self.conversation
            self._deliver(
                self._pages.jump_to(conversation, wamid),
                lambda rows: self.receive(conversation, rows, "around"),
            )

    def receive(self, conversation: str, rows: list[MessageRow], kind: PageKind) -> None:
        """A page the source loaded; one of a conversation left since is dropped."""
        if conversation != self.wanted:
            return
        if kind == "latest":
            self.loading = False
            self.show(conversation, rows, self.customer)
            self.settled.emit()
        elif kind == "around":
            self.loading = False
            at = self._land(conversation, rows)
            self.settled.emit()
            if at >= 0:  # after settling, which would take the view to the bottom
                self.jumped.emit(at)
        else:
            self._staged = (kind, rows, self.presentations_for(rows))
            if self._prepare is None:
                self._insert_staged()
            else:
                self._prepare_timer.start()

    def _ask(self, kind: PageKind, anchor: tuple[int, int] | None) -> None:
        if self._pages is None or self._deliver is None or self.wanted is None:
            return
        self.loading = True
        conversation = self.wanted
        self._deliver(
            self._pages.load_page(conversation, kind, anchor, PAGE),
            lambda rows: self.receive(conversation, rows, kind),
        )

    def _prepare_some(self) -> None:
        if self._staged is None or self._prepare is None:
            self._prepare_timer.stop()
            return
        shown = self._staged[2]
        for presentation in shown[:PREPARE_BATCH]:
            self._prepare(presentation)
        del shown[:PREPARE_BATCH]
        if not shown:
            self._insert_staged()

    def _insert_staged(self) -> None:
        self._prepare_timer.stop()
        staged, self._staged = self._staged, None
        self.loading = False
        if staged is None:
            return
        kind, rows, _ = staged
        if kind == "older":
            self.prepend(rows)
        else:
            self.append(rows)
        self.settled.emit()

    def _land(self, conversation: str, rows: list[MessageRow]) -> int:
        """Show the stretch around the jump's target; its row, or -1."""
        target, self._target = self._target, ""
        if not rows:
            self.missing.emit()
            return -1
        self.show_around(conversation, rows, self.customer)
        return self.row_of_wamid(target)

    # -- what the session reports ---------------------------------------------

    def show(self, conversation: str, rows: list[MessageRow], customer: str = "") -> None:
        """Switch to another conversation (the one reset); `customer` names its quotes."""
        self.beginResetModel()
        self._presented.clear()
        self.conversation = self.wanted = conversation
        self.customer = customer
        self._rows = list(rows)
        self._keys = [row.order for row in rows]
        self.complete = len(rows) < PAGE
        self.latest = True
        self.endResetModel()

    def show_around(self, conversation: str, rows: list[MessageRow], customer: str = "") -> None:
        """Switch to a stretch of the conversation away from its newest message (a jump):
        pages load on both sides as the agent scrolls."""
        self.show(conversation, rows, customer)
        self.complete = False
        self.latest = False

    def clear(self) -> None:
        self.beginResetModel()
        self._presented.clear()
        self.conversation, self._rows, self._keys = None, [], []
        self.wanted, self.loading, self._staged, self._target = None, False, None, ""
        self._prepare_timer.stop()
        self.endResetModel()

    def prepend(self, rows: list[MessageRow]) -> None:
        """An older page arrived: it goes above what is shown."""
        fresh = [row for row in rows if not self._keys or row.order < self._keys[0]]
        self.complete = len(rows) < PAGE
        if not fresh:
            return
        self.beginInsertRows(QModelIndex(), 0, len(fresh) - 1)
        self._rows[0:0] = fresh
        self._keys[0:0] = [row.order for row in fresh]
        self.endInsertRows()
        self._refresh(len(fresh), (Role.Day,))  # the old first row may lose its day header
        overflow = len(self._rows) - WINDOW
        if overflow > 0:  # the newest rows leave; scrolling back down brings them again
            self.beginRemoveRows(QModelIndex(), len(self._rows) - overflow, len(self._rows) - 1)
            self._forget(self._rows[-overflow:])
            del self._rows[-overflow:]
            del self._keys[-overflow:]
            self.latest = False
            self.endRemoveRows()

    def append(self, rows: list[MessageRow]) -> None:
        """A newer page arrived (scrolling back down)."""
        fresh = [row for row in rows if not self._keys or row.order > self._keys[-1]]
        self.latest = len(rows) < PAGE
        if fresh:
            at = len(self._rows)
            self.beginInsertRows(QModelIndex(), at, at + len(fresh) - 1)
            self._rows.extend(fresh)
            self._keys.extend(row.order for row in fresh)
            self.endInsertRows()
            self._refresh(at, (Role.Day,))
        self._trim_oldest()

    def _forget(self, rows: list[MessageRow]) -> None:
        for row in rows:
            self._presented.pop(row.id, None)

    def _trim_oldest(self) -> None:
        overflow = len(self._rows) - WINDOW
        if overflow <= 0:
            return
        self.beginRemoveRows(QModelIndex(), 0, overflow - 1)
        self._forget(self._rows[:overflow])
        del self._rows[:overflow]
        del self._keys[:overflow]
        self.complete = False
        self.endRemoveRows()

    def apply(self, changes: Changes) -> None:
        """Insert or update this conversation's rows from a batch."""
        if self.conversation is None:
            return
        if self.conversation in changes.removed_conversations:
            return
        for row in changes.messages:
            if row.conversation == self.conversation:
                self._upsert(row)
        if self.latest:
            self._trim_oldest()
        self.settled.emit()

    def oldest(self) -> tuple[int, int] | None:
        return self._keys[0] if self._keys else None

    def newest(self) -> tuple[int, int] | None:
        return self._keys[-1] if self._keys else None

    def message(self, at: int) -> MessageRow:
        """The message on row `at`."""
        return self._rows[at]

    def row_of_wamid(self, wamid: str) -> int:
        """The row showing message `wamid`, or -1 when it is not in the window."""
        for i in range(len(self._rows) - 1, -1, -1):
            if self._rows[i].wamid == wamid:
                return i
        return -1

    def row_of(self, row_id: int) -> int:
        for i in range(len(self._rows) - 1, -1, -1):
            if self._rows[i].id == row_id:
                return i
        return -1

    def _upsert(self, row: MessageRow) -> None:
        at = self.row_of(row.id)
        if at >= 0:
            old = self._rows[at]
            if old.order == row.order:
                self._rows[at] = row
                self._refresh(at)
                return
            # Its time changed (a pending reply confirmed): take it out, put it back in order.
            self.beginRemoveRows(QModelIndex(), at, at)
            del self._rows[at]
            del self._keys[at]
            self.endRemoveRows()
        if not self.complete and self._keys and row.order < self._keys[0]:
            return  # older than the window: it will come with its page
        if not self.latest and self._keys and row.order > self._keys[-1]:
            return  # newer than the window: it comes when the agent scrolls down
        at = bisect.bisect(self._keys, row.order)
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.insert(at, row)
        self._keys.insert(at, row.order)
        self.endInsertRows()
        self._refresh(at + 1, (Role.Day,))

    def _refresh(self, at: int, roles: tuple[Role, ...] = ()) -> None:
        if 0 <= at < len(self._rows):
            index = self.index(at)
            self.dataChanged.emit(index, index, [r.value for r in roles])

    def _short_date(self, timestamp: int) -> str:
        return self._locale.toString(
            QDateTime.fromSecsSinceEpoch(timestamp), QLocale.FormatType.ShortFormat
        )

    def _day_label(self, timestamp: int) -> str:
        day = _local(timestamp).date()
        today = dt.date.today()
        if day == today:
            return translate("Timeline", "Today")
        if day == today - dt.timedelta(days=1):
            return translate("Timeline", "Yesterday")
        return self._locale.toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
        )


# The box a picture takes before its thumbnail is decoded (a video keeps it, with ▶).
_BOXES = {
    "image": (THUMB.width(), 160),
    "video": (THUMB.width(), 160),
    "sticker": (STICKER.width(), STICKER.height()),
}

# The roles that are one field of the presentation.
_FIELDS: dict[int, str] = {
    Role.Id: "id",
    Role.Time: "time",
    Role.Day: "day",
    Role.Outgoing: "outgoing",
    Role.Sender: "sender",
    Role.Tick: "tick",
    Role.Error: "error",
    Role.Reactions: "reactions",
    Role.Notice: "notice",
}


def _link(row: MessageRow) -> str:
    content = row.content
    if isinstance(content, Location) and not row.deleted:
        return content.map_url
    return ""


def _day_key(timestamp: int, previous: int | None) -> str:
    """The day a row opens ("" when the row before it is on the same day)."""
    day = _local(timestamp).date()
    if previous is not None and _local(previous).date() == day:
        return ""
    return day.isoformat()


def _explanation(row: MessageRow, tick: Tick) -> str:
    """The line under a bubble that did not simply go out: why it failed, or that
    nobody knows yet whether it did (the relay never resends those on its own)."""
    if row.status == "failed":
        return failure_text(row.error)
    if tick == Tick.UNKNOWN:
        return translate(
            "Timeline", "WhatsApp has not confirmed this message: it may not have been sent."
        )
    return ""


def clock_text(milliseconds: int) -> str:
    """A length as a clock says it: 0:07, 12:30."""
    seconds = milliseconds // 1000
    return f"{seconds // 60}:{seconds % 60:02d}"


def _local(timestamp: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(timestamp)


def _sender(row: MessageRow) -> str:
    if row.direction != "out" or row.type in ("system", "activity"):
        return ""
    if row.origin == "note":
        return translate("Timeline", "Internal note · %1").replace("%1", row.agent or "")
    return _sender_of(row.origin, row.agent)


def _sender_of(origin: str, agent: str | None) -> str:
    """Who sent a business message, as agents know them."""
    if origin == "phone_app":
        return translate("Timeline", "WhatsApp Business app")
    if origin == "history":
        return translate("Timeline", "Imported")
    return agent or translate("Timeline", "You")


def _quote_text(quote: Quote) -> str:
    if quote.deleted:
        return translate("Timeline", "🚫 This message was deleted")
    return placeholder(quote.type, quote.text).replace("\n", " ")
