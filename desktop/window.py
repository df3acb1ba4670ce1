"""The main window: conversations on the left, the open one on the right, the connection below.

It lays out the widgets and wires them to the session in `_connect_signals()`;
the models own the data and the session brings the engine's reports.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QPoint,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import theme
from desktop.account_banner import AccountBanner
from desktop.attachment_dialog import AttachmentDialog
from desktop.attachments import attachment
from desktop.bubble_menu import BubbleMenu
from desktop.bubbles import BubbleDelegate
from desktop.cache import Changes, ConversationRow, MessageRow
from desktop.commands import FetchedMedia, TemplateList
from desktop.composer import Composer
from desktop.connection_bar import ConnectionBar
from desktop.conversation_cards import ConversationCard
from desktop.conversations import (
    OWNER_NAMES,
    STATE_FILTERS,
    ConversationFilter,
    ConversationListModel,
    business_number,
    owner_name,
)
from desktop.conversations import Role as ListRole
from desktop.countdown import WindowCountdown
from desktop.doctor_dialog import DoctorDialog
from desktop.icons import Glyph, icon
from desktop.media_shelf import THUMB, MediaShelf
from desktop.new_conversation import NewConversationDialog
from desktop.news import News
from desktop.notifier import Notifier
from desktop.pairing import Pairing, parse_pairing_link
from desktop.phones import shown
from desktop.player import VoicePlayer
from desktop.preferences import Preferences
from desktop.quick_replies_dialog import QuickRepliesDialog
from desktop.resources import icon_path
from desktop.search_results import SearchResults
from desktop.session import Session
from desktop.settings_dialog import SettingsDialog
from desktop.signin import SignInDialog
from desktop.team_bar import TeamBar
from desktop.team_dialog import TeamDialog
from desktop.template_dialog import TemplateDialog
from desktop.timeline import Role, TimelineModel
from desktop.timeline_view import TimelineView
from wire.content import Contacts, Media
from wire.team import ConversationData, Label, QuickReply

translate = QCoreApplication.translate
SEARCH_DELAY_MS = 200
# The customer hears "typing…" at most this often while the agent writes.
TYPING_SECONDS = 25.0


class MainWindow(QMainWindow):
    """One agent's desk."""

    signOutRequested = Signal()
    """() the agent chose "Sign out"."""
    pairingAccepted = Signal(object)
    """(Pairing) the agent confirmed a pairing link opened while the window ran, and the
    relay took its token: sign in with it instead."""

    def __init__(
        self, session: Session, preferences: Preferences, *, token_in_keychain: bool = False
    ) -> None:
        super().__init__()
        self.session = session
        self.commands = session.commands
        self.preferences = preferences
        self.token_in_keychain = token_in_keychain
        self.current: str | None = None
        self._quiet = False
        self.template_dialog: TemplateDialog | None = None
        self.setWindowTitle("Puente")
        self.setWindowIcon(QIcon(str(icon_path())))

        self.conversations = ConversationListModel(self)
        self.filter = ConversationFilter(self)
        self.filter.setSourceModel(self.conversations)
        self.filter.set_states(STATE_FILTERS["open"])  # what the state filter starts on
        self.media = MediaShelf(self)
        self.player = VoicePlayer(self)
        self.bubbles = BubbleDelegate(self, self.media)
        self.timeline = TimelineModel(
            self,
            self.media,
            self.player,
            pages=session.commands,
            deliver=session.deliver,
            prepare=self.bubbles.prepare,
        )

        self.results = SearchResults(self._title_of, self)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(translate("MainWindow", "Search names and messages"))
        self.search.setAccessibleName(translate("MainWindow", "Search names and messages"))
        self.looking_glass = self.search.addAction(
            icon(Glyph.SEARCH), QLineEdit.ActionPosition.LeadingPosition
        )
        self.looking_glass.setText(translate("MainWindow", "Search"))
        self.search.setClearButtonEnabled(True)
        self.needs_reply_only = QToolButton(self)
        self.needs_reply_only.setObjectName("needsReply")
        self.needs_reply_only.setIcon(icon(Glyph.NEEDS_REPLY))
        self.needs_reply_only.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.needs_reply_only.setText(translate("MainWindow", "Needs reply"))
        self.needs_reply_only.setToolTip(
            translate("MainWindow", "Only conversations where the customer waits for an answer")
        )
        self.needs_reply_only.setCheckable(True)
        self.owner_filter = QComboBox(self)
        for owner in OWNER_NAMES:
            self.owner_filter.addItem(owner_name(owner), owner)
        self.state_filter = QComboBox(self)
        for label, states in (
            (translate("MainWindow", "Open"), "open"),
            (translate("MainWindow", "Resolved"), "resolved"),
            (translate("MainWindow", "Snoozed"), "snoozed"),
            (translate("MainWindow", "All states"), "all"),
        ):
            self.state_filter.addItem(label, states)
        self.label_filter = QComboBox(self)
        self.label_filter.addItem(translate("MainWindow", "All labels"), None)
        self.owner_filter.setAccessibleName(translate("MainWindow", "Whose conversations"))
        self.state_filter.setAccessibleName(translate("MainWindow", "Conversation state"))
        self.label_filter.setAccessibleName(translate("MainWindow", "Label"))
        self.list = QListView(self)
        self.list.setObjectName("conversationList")
        self.list.setAccessibleName(translate("MainWindow", "Conversations"))
        self.list.setModel(self.filter)
        self.list.setItemDelegate(ConversationCard(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setMouseTracking(True)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self.team_bar = TeamBar(
            session.commands, lambda: self._team_names, lambda: self._label_names, self
        )
        self._team_names: list[str] = []
        self._label_names: list[str] = []
        self.presence_label = QLabel(self)
        self.presence_label.setStyleSheet("QLabel { color: #1fa855; }")
        self._typing_said = 0.0  # when the customer last heard "typing…" (monotonic)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.window_label = WindowCountdown(self)
        self.view = TimelineView(self.bubbles, self)
        self.view.setAccessibleName(translate("MainWindow", "Messages"))
        self.view.setModel(self.timeline)
        self.composer = Composer(self)
        self.composer.confirm = self._confirm_send
        self.placeholder = QLabel(
            translate("MainWindow", "Choose a conversation to read and reply."), self
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.connection = ConnectionBar(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self.new_conversation_action = QAction(translate("MainWindow", "New conversation…"), self)
        self.new_conversation_action.setShortcut(QKeySequence("Ctrl+N"))
        self.quick_replies_action = QAction(translate("MainWindow", "Quick replies…"), self)
        self._quick_replies: list[QuickReply] = []
        self.quick_replies_dialog: QuickRepliesDialog | None = None
        self.settings_action = QAction(translate("MainWindow", "Settings…"), self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.sign_out_action = QAction(translate("MainWindow", "Sign out"), self)
        self.quit_action = QAction(translate("MainWindow", "Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.find_action = QAction(translate("MainWindow", "Search"), self)
        self.find_action.setShortcut(QKeySequence("Ctrl+K"))
        self.addAction(self.find_action)
        self.next_action = QAction(translate("MainWindow", "Next conversation"), self)
        self.next_action.setShortcut(QKeySequence("Ctrl+Down"))
        self.addAction(self.next_action)
        self.previous_action = QAction(translate("MainWindow", "Previous conversation"), self)
        self.previous_action.setShortcut(QKeySequence("Ctrl+Up"))
        self.addAction(self.previous_action)
        self.notifier = Notifier(QIcon(str(icon_path())), self)
        self.news = News(
            self.notifier,
            self.conversations,
            self.timeline,
            looking=self.attending,
            live=lambda: self.connection.phase == "live",
        )
        self.reply_action = QAction(translate("MainWindow", "Reply to the selected message"), self)
        self.reply_action.setShortcut(QKeySequence("Ctrl+R"))
        self.addAction(self.reply_action)
        # An admin's: shown once the relay says this token is an admin's.
        self.team_action = QAction(translate("MainWindow", "Team…"), self)
        self.doctor_action = QAction(translate("MainWindow", "Check the Meta connection…"), self)
        self.setup_action = QAction(translate("MainWindow", "Open the set-up page"), self)
        for action in (self.team_action, self.doctor_action, self.setup_action):
            action.setVisible(False)
        self.banner = AccountBanner(self)
        self.agent_name = ""
        self.role = "agent"

        self._lay_out()
        self._connect_signals()
        self._apply_behaviour()
        self._show_conversation_pane(False)
        if preferences.geometry is not None:
            self.restoreGeometry(preferences.geometry)
        else:
            self.resize(1100, 720)

    def _lay_out(self) -> None:
        menu = self.menuBar().addMenu(translate("MainWindow", "&Account"))
        menu.addAction(self.new_conversation_action)
        menu.addAction(self.quick_replies_action)
        menu.addAction(self.settings_action)
        menu.addAction(self.team_action)
        menu.addAction(self.doctor_action)
        menu.addAction(self.setup_action)
        menu.addAction(self.sign_out_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)

        left = QWidget(self)
        left.setObjectName("listPane")
        left.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # The search and the "needs a reply" chip; below them the three choices share the
        # width (at 400 pixels each shows "De todos · 12" whole).
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.search, 1)
        top.addWidget(self.needs_reply_only)
        filters = QHBoxLayout()
        filters.setSpacing(6)
        for choice in (self.owner_filter, self.state_filter, self.label_filter):
            choice.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            choice.setMinimumContentsLength(6)
            filters.addWidget(choice, 1)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(10, 10, 10, 0)
        left_layout.setSpacing(8)
        left_layout.addLayout(top)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.list, 2)
        left_layout.addWidget(self.results, 1)

        right = QWidget(self)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        names.addWidget(self.presence_label)
        header = QHBoxLayout()
        header.setContentsMargins(16, 8, 12, 8)
        header.addLayout(names, 1)
        header.addWidget(self.team_bar)
        header.addWidget(self.window_label)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addLayout(header)
        right_layout.addWidget(self.view, 1)
        right_layout.addWidget(self.placeholder, 1)
        right_layout.addWidget(self.composer)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 800])
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        # Tab goes as the eye does: the list's pane top to bottom, the header, the
        # timeline, then the composer (which orders its own).
        chain = [
            self.search,
            self.needs_reply_only,
            self.owner_filter,
            self.state_filter,
            self.label_filter,
            self.list,
            self.results,
            self.banner,
            self.team_bar.assign_button,
            self.team_bar.labels_button,
            self.team_bar.snooze_button,
            self.team_bar.resolve_button,
            self.view,
            self.composer.emoji_button,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.statusBar().addPermanentWidget(self.connection, 1)

    def _connect_signals(self) -> None:
        self.session.stateChanged.connect(self.connection.set_state)
        self.session.conversationsLoaded.connect(self.conversations.reset)
        self.conversations.updated.connect(self._on_list_updated)
        self.session.changed.connect(self._on_changes)
        self.session.progressed.connect(self.connection.set_progress)
        self.session.resynced.connect(self._on_resync)
        self.list.selectionModel().selectionChanged.connect(self._on_selected)
        self.list.customContextMenuRequested.connect(self._open_list_menu)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.results.choose_current)
        self.results.chosen.connect(self._show_found)
        self._search_timer.timeout.connect(self._run_search)
        self.needs_reply_only.toggled.connect(self._filter_needs_reply)
        self.owner_filter.currentIndexChanged.connect(self._filter_owner)
        self.state_filter.currentIndexChanged.connect(self._filter_state)
        self.label_filter.currentIndexChanged.connect(self._filter_label)
        self.session.presenceChanged.connect(self.conversations.set_presence)
        self.conversations.presenceChanged.connect(self._on_presence)
        self.composer.noteRequested.connect(self._note)
        self.team_bar.teamWanted.connect(self._load_team)
        self.composer.typed.connect(self._typing)
        self.composer.sendRequested.connect(self._send)
        self.view.olderWanted.connect(self.timeline.fetch_older)
        self.view.quoteActivated.connect(self.timeline.jump_to_quote)
        self.timeline.jumped.connect(self.view.show_row)
        self.timeline.missing.connect(self._quote_missing)
        self.view.menuRequested.connect(self._open_bubble_menu)
        self.view.mediaActivated.connect(self._open_media)
        self.composer.templateRequested.connect(self.open_templates)
        self.composer.attachRequested.connect(self.attach)
        self.composer.voiceRecorded.connect(self.send_voice_note)
        self.next_action.triggered.connect(lambda: self.step_conversation(1))
        self.previous_action.triggered.connect(lambda: self.step_conversation(-1))
        self.notifier.activated.connect(self._come_forward)
        self.session.changed.connect(self.window_label.apply)
        self.window_label.openChanged.connect(self.composer.set_window_open)
        self.media.wanted.connect(
            lambda media_id: self.session.deliver(
                self.commands.fetch_media(media_id), self._on_media
            )
        )
        self.reply_action.triggered.connect(
            lambda: self.reply_to_row(self.view.currentIndex().row())
        )
        self.connection.reconnectRequested.connect(self.commands.reconnect_now)
        self.sign_out_action.triggered.connect(self.signOutRequested)
        self.settings_action.triggered.connect(self.open_settings)
        self.quick_replies_action.triggered.connect(self.open_quick_replies)
        self.new_conversation_action.triggered.connect(self.start_conversation)
        self.session.identified.connect(self._on_identity)
        self.session.accountChanged.connect(self.banner.set_notices)
        self.team_action.triggered.connect(self.open_team)
        self.doctor_action.triggered.connect(self.open_doctor)
        self.setup_action.triggered.connect(self.open_setup_page)
        self.banner.setupRequested.connect(self.open_setup_page)
        self.banner.checkRequested.connect(self.open_doctor)
        self.quit_action.triggered.connect(self.close)
        self.find_action.triggered.connect(self.search.setFocus)
        self.looking_glass.triggered.connect(self.search.setFocus)
        self.session.helloReceived.connect(self.connection.set_hello)
        self.composer.emoji_picker.chosen.connect(self._remember_emoji)

    # -- reports from the session ---------------------------------------------

    def _on_identity(self, agent: str, role: str) -> None:
        self.agent_name, self.role = agent, role
        self.team_bar.me = agent
        self._filter_owner()
        self._load_team()
        self._load_catalog()
        admin = role == "admin"
        for action in (self.team_action, self.doctor_action, self.setup_action):
            action.setVisible(admin)
        self.banner.set_enabled_for(admin)

    def _on_list_updated(self) -> None:
        waiting = self.conversations.needing_reply()
        self.notifier.set_unread(waiting)
        self.setWindowTitle(f"({waiting}) Puente" if waiting else "Puente")
        self.needs_reply_only.setText(
            translate("MainWindow", "Needs reply (%1)").replace("%1", str(waiting))
            if waiting
            else translate("MainWindow", "Needs reply")
        )
        self._count_owners()
        self._reselect()

    def _count_owners(self) -> None:
        """Each owner choice says how many conversations it shows, as Chatwoot's tabs do."""
        for owner, count in self.filter.owner_counts().items():
            self.owner_filter.setItemText(
                self.owner_filter.findData(owner), owner_name(owner, count)
            )

    def _on_changes(self, changes: Changes, rows: list[ConversationRow]) -> None:
        # In this order: the news compares the batch with the list before it takes it.
        self.news.notice(changes, rows)
        removed = changes.removed_conversations
        # The open conversation's header and row stay exact; a merge shows at once.
        now = bool(removed) or any(row.id == self.current for row in rows)
        self.conversations.update_soon(rows, now=now)
        if removed:
            self.conversations.remove(removed)
            if self.current in removed:
                # The open conversation was merged into its phone's: follow it there.
                merged = next((r.id for r in rows if r.id != self.current), None)
                if merged is not None:
                    self.open(merged)
                    return
        self.timeline.apply(changes)
        self._update_header()
        if changes.catalog:
            self._load_catalog()

    # -- notifications and the tray -------------------------------------------

    def attending(self) -> bool:
        """Whether the agent is looking at this window (then nothing is notified)."""
        return self.isActiveWindow() and not self.isMinimized()

    def _come_forward(self, conversation: str) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()
        if conversation and self.conversations.get(conversation) is not None:
            self.open(conversation)

    def step_conversation(self, step: int) -> None:
        """Open the next (1) or previous (-1) conversation of the list as shown."""
        count = self.filter.rowCount()
        if not count:
            return
        at = self.list.currentIndex().row()
        target = max(0, min(count - 1, at + step)) if at >= 0 else 0
        self.list.setCurrentIndex(self.filter.index(target, 0))

    def _on_resync(self, reason: str) -> None:
        del reason
        self.statusBar().showMessage(
            translate("MainWindow", "The relay's history changed: everything was reloaded."), 10_000
        )
        self.timeline.reload()

    def _on_media(self, fetched: FetchedMedia) -> None:
        self.media.fetched(
            fetched.media_id, fetched.path, fetched.error, THUMB, self.devicePixelRatioF()
        )

    def _on_search_done(self, text: str, ids: list[str]) -> None:
        if text == self.search.text().strip():
            with self._filtering():
                self.filter.set_matches(ids if text else None)

    # -- the agent's actions --------------------------------------------------

    def open(self, conversation: str, at: str | None = None) -> None:
        """Show a conversation (also when selected in the list); `at`: a message of it to
        show, with its neighbours (a search result)."""
        self.current = conversation
        self._show_conversation_pane(True)
        self._update_header()
        # The engine reports the open conversation's new rows from now on, before its
        # page is read: a row stored in between is in one or the other, never neither.
        self.commands.open_conversation(conversation)
        self.commands.set_presence(conversation, "viewing")
        summary = self.conversations.latest(conversation)
        self.timeline.open(conversation, summary.title if summary else "", at)
        wamid = self._receipt_for(conversation)
        if wamid and summary is not None and summary.unread:
            self.commands.mark_read(conversation, wamid)
        self.window_label.follow(conversation)
        self.session.deliver(
            self.commands.load_window(conversation),
            functools.partial(self.window_label.set_closes_at, conversation),
        )
        self._reselect()
        self.composer.edit.setFocus()

    def _on_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._quiet:
            return  # the filter moved the selection, not the agent
        indexes = selected.indexes()
        if indexes:
            conversation = str(indexes[0].data(ListRole.Id))
            if conversation != self.current:
                self.open(conversation)

    def _reselect(self) -> None:
        if self.current is None:
            return
        at = self.conversations.row_of(self.current)
        if at < 0:
            return
        index = self.filter.mapFromSource(self.conversations.index(at))
        selection = self.list.selectionModel()
        if index.isValid() and not selection.isSelected(index):
            # The current index can outlive its selection (a filter change clears it).
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(
            self.preferences,
            self.session.relay_url,
            self.token_in_keychain,
            self,
            admin=self.role == "admin",
        )
        dialog.signOutRequested.connect(self.signOutRequested)
        dialog.changed.connect(self.apply_preferences)
        dialog.teamRequested.connect(self.open_team)
        dialog.doctorRequested.connect(self.open_doctor)
        dialog.open()
        return dialog

    def open_team(self) -> TeamDialog:
        """The Team dialog (admins): invitations, who was last seen, revocations."""
        dialog = TeamDialog(self.session.admin(), self.agent_name, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_doctor(self) -> DoctorDialog:
        """The Meta connection check (admins), run at once."""
        dialog = DoctorDialog(self.session.admin(), self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_setup_page(self) -> None:
        """The relay's set-up page, in the browser (to connect a number again)."""
        QDesktopServices.openUrl(QUrl(self.session.relay_url + "/setup"))

    def apply_preferences(self) -> None:
        """Settings that take effect at once: sound, Ctrl+Enter, theme."""
        self._apply_behaviour()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, self.preferences.theme)

    def _apply_behaviour(self) -> None:
        # The theme is the app's, applied where it starts (a command line may override it).
        self.notifier.sound = self.preferences.notification_sound
        self.composer.emoji_picker.set_recent(self.preferences.recent_emoji)
        self.composer.edit.ctrl_enter_sends = self.preferences.ctrl_enter_sends

    def _remember_emoji(self, _emoji: str) -> None:
        self.preferences.recent_emoji = self.composer.emoji_picker.recent

    def _send(self, text: str, reply_to: str) -> None:
        if self.current is None:
            return
        self._before_sending()
        self.commands.send_text(self.current, text, reply_to or None)
        self.view.scrollToBottom()

    # -- files ------------------------------------------------------------------

    def attach(self, paths: list[str]) -> AttachmentDialog | None:
        """Preview and check files, then send them (the dialog is returned, already open)."""
        if self.current is None or not paths:
            return None
        dialog = AttachmentDialog([attachment(path) for path in paths], self)
        dialog.accepted.connect(lambda: self._send_files(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def send_voice_note(self, path: str) -> None:
        """A voice note just recorded goes at once, as WhatsApp sends them."""
        if self.current is None:
            return
        self._before_sending()
        reply_to = self._take_quote()
        self.commands.send_file(self.current, path, "audio/ogg; codecs=opus", "", reply_to)
        self.view.scrollToBottom()

    def _send_files(self, dialog: AttachmentDialog) -> None:
        if self.current is None:
            return
        self._before_sending()
        reply_to = self._take_quote()
        for i, item in enumerate(dialog.items):
            self.commands.send_file(
                self.current,
                item.path,
                item.mime_type,
                dialog.caption(i),
                reply_to if i == 0 else None,
            )
        self.view.scrollToBottom()

    # -- templates --------------------------------------------------------------

    def open_templates(self) -> None:
        """The template picker for the open conversation (not modal to the app: non-blocking)."""
        if self.current is None:
            return
        dialog = TemplateDialog(self)
        dialog.refreshRequested.connect(
            lambda: self.session.deliver(self.commands.load_templates(True), self._on_templates)
        )
        dialog.accepted.connect(self._send_template)
        dialog.finished.connect(lambda _: self._forget_dialog(dialog))
        self.template_dialog = dialog
        self.session.deliver(self.commands.load_templates(False), self._on_templates)
        dialog.open()

    def _forget_dialog(self, dialog: TemplateDialog) -> None:
        if self.template_dialog is dialog:
            self.template_dialog = None
        dialog.deleteLater()

    def _on_templates(self, answer: TemplateList) -> None:
        self.timeline.set_templates(answer.templates)
        if self.template_dialog is not None:
            self.template_dialog.set_templates(answer.templates, answer.error)

    def _send_template(self) -> None:
        dialog, self.template_dialog = self.template_dialog, None
        template = dialog.chosen_template() if dialog is not None else None
        if dialog is None or template is None or self.current is None:
            return
        self._before_sending()
        self.commands.send_template(self.current, template, dialog.values())
        self.view.scrollToBottom()

    def _before_sending(self) -> None:
        """Whatever is sent shows among the newest messages, the view following them."""
        if not self.timeline.latest:
            # Away from the newest messages (after a jump): load them again first.
            self.timeline.reload()

    def _take_quote(self) -> str | None:
        """The message the composer quotes, if any; the quote goes with this send."""
        reply_to = self.composer.reply_to or None
        self.composer.clear_reply()
        return reply_to

    # -- a message's own actions ------------------------------------------------

    def bubble_menu(self, row: int) -> BubbleMenu:
        """The menu of the message on `row`, wired, not yet shown."""
        index = self.timeline.index(row)
        content = self.timeline.message(row).content
        savable = isinstance(content, Contacts) or bool(self._media_path(row))
        menu = BubbleMenu(index, str(index.data(Role.OwnReaction) or ""), savable, self)
        menu.replyRequested.connect(self.reply_to_row)
        menu.reactionChosen.connect(self._react)
        menu.saveRequested.connect(self.save_row)
        menu.retryRequested.connect(self.retry_row)
        return menu

    def retry_row(self, row: int) -> None:
        """Send the failed or unconfirmed reply on `row` again (its menu's *Try again*)."""
        if self.current is None:
            return
        message = self.timeline.message(row)
        text = message.text if message.type == "text" else None
        self.commands.retry(self.current, message.client_id, text, message.reply_to)

    def _media_path(self, row: int) -> str:
        """The file of the message on `row`, once it is on disk; else ""."""
        content = self.timeline.message(row).content
        if not isinstance(content, Media) or not content.media_id:
            return ""
        shelved = self.media.get(content.media_id)
        return shelved.path if shelved is not None and shelved.state == "ready" else ""

    def _open_media(self, row: int) -> None:
        content = self.timeline.message(row).content
        if not isinstance(content, Media) or not content.media_id:
            return
        shelved = self.media.get(content.media_id)
        if shelved is None or shelved.state == "loading":
            return
        if shelved.state == "failed":
            self.media.retry(content.media_id)
        elif self.timeline.presentation(row).audio is not None:
            self.player.toggle(content.media_id, shelved.path)  # in place, one at a time
        else:
            # The OS's viewer or player: full size, with its own controls.
            QDesktopServices.openUrl(QUrl.fromLocalFile(shelved.path))

    def save_row(self, row: int, target: str | None = None) -> None:
        """Save the file of the message on `row` (or its contact cards as vCard) to
        `target`, or where the agent chooses."""
        content = self.timeline.message(row).content
        source = self._media_path(row)
        if isinstance(content, Contacts):
            suggested = (content.cards[0].name if content.cards else "contact") + ".vcf"
        elif source and isinstance(content, Media):
            suggested = content.filename or Path(source).name
        else:
            return
        if target is None:
            target, _ = QFileDialog.getSaveFileName(
                self, translate("MainWindow", "Save as"), suggested
            )
        if not target:
            return
        if isinstance(content, Contacts):
            Path(target).write_bytes("".join(c.vcard() for c in content.cards).encode("utf-8"))
        else:
            shutil.copyfile(source, target)

    def _open_bubble_menu(self, row: int, where: QPoint) -> None:
        menu = self.bubble_menu(row)
        menu.exec(where)
        menu.deleteLater()

    def reply_to_row(self, row: int) -> None:
        """Quote the message on `row` in the composer (the bubble menu, Ctrl+R)."""
        index = self.timeline.index(row)
        wamid = str(index.data(Role.Wamid) or "")
        if not index.isValid() or not wamid or index.data(Role.Notice):
            return
        sender = str(index.data(Role.Sender) or "") or self.timeline.customer
        self.composer.set_reply(wamid, sender, str(index.data(Role.Body) or ""))

    def _react(self, wamid: str, emoji: str) -> None:
        if self.current is not None:
            self.commands.react(self.current, wamid, emoji)

    def _open_list_menu(self, where: QPoint) -> None:
        index = self.list.indexAt(where)
        if not index.isValid():
            return
        conversation = str(index.data(ListRole.Id))
        menu = QMenu(self)
        menu.addAction(translate("MainWindow", "Mark as unread")).triggered.connect(
            lambda: self.mark_unread(conversation)
        )
        menu.exec(self.list.viewport().mapToGlobal(where))

    def mark_unread(self, conversation: str) -> None:
        """The agent's own reminder: unread here until they open it again."""
        self.commands.mark_unread(conversation)
        if conversation == self.current:
            # As WhatsApp does, the conversation closes: opening it again reads it.
            self.current = None
            self.commands.set_presence(None, "idle")
            self.timeline.clear()
            self._show_conversation_pane(False)
            self.list.clearSelection()

    def _load_team(self) -> None:
        self.session.deliver(self.commands.load_team(), self._on_team)

    def _on_team(self, names: list[str]) -> None:
        self._team_names = names

    def _load_catalog(self) -> None:
        self.session.deliver(self.commands.load_catalog(), self._on_catalog)

    def _on_catalog(self, catalog: tuple[list[Label], list[QuickReply]]) -> None:
        self._label_names = [label.name for label in catalog[0]]
        self.conversations.set_label_colors({label.name: label.color for label in catalog[0]})
        chosen = self.label_filter.currentData()
        self.label_filter.blockSignals(True)  # the same choice, if the label is still there
        while self.label_filter.count() > 1:
            self.label_filter.removeItem(1)
        for name in self._label_names:
            self.label_filter.addItem(name, name)
        self.label_filter.setCurrentIndex(max(0, self.label_filter.findData(chosen)))
        self.label_filter.blockSignals(False)
        if self.label_filter.currentData() != chosen:
            self._filter_label()
        self._quick_replies = catalog[1]
        self.composer.set_quick_replies(catalog[1])
        if self.quick_replies_dialog is not None:
            self.quick_replies_dialog.set_replies(catalog[1])

    def start_conversation(self) -> NewConversationDialog:
        """Write first to a number that has not written: its number, then a template."""
        dialog = NewConversationDialog(self)
        dialog.accepted.connect(lambda: self._write_first(dialog.conversation()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
        return dialog

    def _write_first(self, conversation: str | None) -> None:
        if conversation is None:
            return
        new = self.conversations.get(conversation) is None
        self.open(conversation)
        if new:
            # A number that never wrote: its 24-hour window is closed, relay or not.
            self.window_label.set_closes_at(conversation, None)
        self.open_templates()

    def receive_link(self, link: str) -> SignInDialog | None:
        """Another start of Puente passed on `link` (or nothing): this window comes forward,
        and a pairing link opens its sign-in, filled, for the agent to confirm."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        pairing = parse_pairing_link(link)
        if pairing is None:
            return None
        dialog = SignInDialog(pairing.relay_url, self)
        dialog.fill(pairing)
        dialog.accepted.connect(lambda: self.pairingAccepted.emit(Pairing(*dialog.credentials())))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_quick_replies(self) -> QuickRepliesDialog:
        """The team's quick replies, to add, edit or (admins) delete."""
        dialog = QuickRepliesDialog(
            self.commands,
            self.session.deliver,
            self._quick_replies,
            admin=self.role == "admin",
            parent=self,
        )
        self.quick_replies_dialog = dialog
        dialog.finished.connect(lambda _: self._forget_quick_replies(dialog))
        dialog.show()
        return dialog

    def _forget_quick_replies(self, dialog: QuickRepliesDialog) -> None:
        if self.quick_replies_dialog is dialog:
            self.quick_replies_dialog = None
        dialog.deleteLater()

    def _on_presence(self, conversation: str) -> None:
        if conversation == self.current:
            self.presence_label.setText(self.conversations.presence_text(conversation))

    def _confirm_send(self) -> bool:
        """Ask before sending while another agent is typing to the same customer."""
        typing = self.conversations.typing_in(self.current) if self.current else []
        if not typing:
            return True
        answer = QMessageBox.question(
            self,
            translate("MainWindow", "Someone else is answering"),
            translate(
                "MainWindow", "%1 is writing to this customer right now. Send yours anyway?"
            ).replace("%1", ", ".join(typing)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _note(self, text: str, reply_to: str) -> None:
        if self.current is not None:
            self.commands.add_note(self.current, text, reply_to or None)

    def _typing(self) -> None:
        """The agent writes: the team sees it at once, the customer at most every
        `TYPING_SECONDS` (WhatsApp shows it for about that long)."""
        if self.current is None:
            return
        self.commands.set_presence(self.current, "typing")
        now = time.monotonic()
        wamid = self._receipt_for(self.current)
        if wamid and now - self._typing_said >= TYPING_SECONDS:
            self._typing_said = now
            self.commands.mark_read(self.current, wamid, typing=True)

    def _receipt_for(self, conversation: str) -> str | None:
        """The customer's message a read receipt (or "typing…") would name: their latest,
        when it is the conversation's last and the agent lets customers see receipts."""
        summary = self.conversations.latest(conversation)
        last = summary.last if summary else None
        if not self.preferences.read_receipts or last is None or last.origin != "customer":
            return None
        return last.wamid

    def _quote_missing(self) -> None:
        self.statusBar().showMessage(
            translate("MainWindow", "The quoted message is not on this computer."), 5000
        )

    def _run_search(self) -> None:
        text = self.search.text().strip()
        if not text:
            with self._filtering():
                self.filter.set_matches(None)
            self.results.show_hits("", [])
            return
        self.session.deliver(
            self.commands.search(text), functools.partial(self._on_search_done, text)
        )
        self.session.deliver(
            self.commands.find_messages(text), functools.partial(self._on_messages_found, text)
        )

    def _on_messages_found(self, text: str, rows: list[MessageRow]) -> None:
        if text == self.search.text().strip():
            self.results.show_hits(text, rows)

    def _show_found(self, conversation: str, wamid: str) -> None:
        self.open(conversation, at=wamid)
        self.view.setFocus()

    def _title_of(self, conversation: str) -> str:
        row = self.conversations.get(conversation)
        return shown(conversation) if row is None or row.title == "+" + conversation else row.title

    def _filter_needs_reply(self, on: bool) -> None:
        with self._filtering():
            self.filter.set_needs_reply_only(on)

    def _filter_owner(self) -> None:
        with self._filtering():
            self.filter.set_owner(self.owner_filter.currentData(), self.agent_name)

    def _filter_label(self) -> None:
        with self._filtering():
            self.filter.set_label(self.label_filter.currentData())

    def _filter_state(self) -> None:
        with self._filtering():
            self.filter.set_states(STATE_FILTERS[str(self.state_filter.currentData())])

    @contextlib.contextmanager
    def _filtering(self) -> Iterator[None]:
        """Change the filter without the selection's moves opening conversations."""
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False
        self.list.clearSelection()
        self._count_owners()
        self._reselect()

    def _update_header(self) -> None:
        if self.current is None:
            return
        row = self.conversations.latest(self.current)
        self.team_bar.show_state(self.current, row.team if row else ConversationData())
        self._on_presence(self.current)
        self.title.setText(self._title_of(self.current))
        index = self.conversations.index(self.conversations.row_of(self.current))
        subtitle = str(index.data(ListRole.Subtitle) or "") if index.isValid() else ""
        if len(self.conversations.accounts) > 1 and row is not None and row.account:
            # Several business numbers: say which one this conversation is on.
            subtitle = (
                translate("MainWindow", "%1 · via %2")
                .replace("%1", subtitle)
                .replace("%2", business_number(row))
            )
        self.subtitle.setText(subtitle)

    def _show_conversation_pane(self, shown: bool) -> None:
        self.view.setVisible(shown)
        self.composer.setVisible(shown)
        self.title.setVisible(shown)
        self.subtitle.setVisible(shown)
        self.team_bar.setVisible(shown)
        self.presence_label.setVisible(shown)
        self.placeholder.setVisible(not shown)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.preferences.geometry = self.saveGeometry()
        self.preferences.sync()
        super().closeEvent(event)
