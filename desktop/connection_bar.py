"""The connection's state where the agent can see it: live, catching up, reconnecting in N s."""

from __future__ import annotations

import html
import time

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop import __version__
from desktop.engine import ConnectionState
from desktop.releases import newer
from wire.frames import HelloFrame

translate = QCoreApplication.translate


class ConnectionBar(QWidget):
    """A label, a catch-up progress bar and a "reconnect now" button."""

    reconnectRequested = Signal()
    """() the agent asked to reconnect without waiting, or to try again after a failure."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)  # a failure's explanation is a sentence or two
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.retry = QPushButton(translate("ConnectionBar", "Reconnect now"), self)
        self.retry.hide()
        # A newer desktop the relay offers (quiet), or where to get the one it requires.
        self.release = QLabel(self)
        self.release.setTextFormat(Qt.TextFormat.RichText)
        self.release.setOpenExternalLinks(True)
        self.release.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.release)
        layout.addWidget(self.retry)
        # As tall with the button as without: the timeline above must not jump at every
        # reconnection attempt.
        margins = layout.contentsMargins()
        self.setMinimumHeight(self.retry.sizeHint().height() + margins.top() + margins.bottom())
        self._state = ConnectionState("connecting")
        self._tick = QTimer(self)
        self._tick.setInterval(500)
        self._tick.timeout.connect(self._show)
        self.retry.clicked.connect(self.reconnectRequested)
        self._show()

    @property
    def phase(self) -> str:
        return self._state.phase

    def set_state(self, state: ConnectionState) -> None:
        self._state = state
        if state.phase == "waiting":
            self._tick.start()
        else:
            self._tick.stop()
        if state.phase == "live":
            self.progress.hide()
        self._show()

    def set_hello(self, hello: HelloFrame) -> None:
        """The relay's word on releases: a newer desktop to offer, or this one too old."""
        offered = hello.latest_desktop
        if hello.update_required:
            text = translate("ConnectionBar", "Download the new Puente")
        elif offered and newer(offered, __version__):
            text = translate("ConnectionBar", "Puente %1 is available").replace("%1", offered)
        else:
            self.release.hide()
            return
        url = hello.download_url
        # Escaped: the relay's settings are text, not markup.
        shown = html.escape(text)
        self.release.setText(
            f'<a href="{html.escape(url, quote=True)}">{shown}</a>' if url else shown
        )
        self.release.setToolTip(url or "")
        self.release.show()

    def set_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)
        self.progress.setFormat(
            translate("ConnectionBar", "%1 of %2")
            .replace("%1", str(done))
            .replace("%2", str(total))
        )
        self.progress.setVisible(done < total)

    def _show(self) -> None:
        phase = self._state.phase
        self.retry.setVisible(phase in ("waiting", "failed"))
        self.retry.setText(
            translate("ConnectionBar", "Try again")
            if phase == "failed"
            else translate("ConnectionBar", "Reconnect now")
        )
        if phase == "live":
            text = translate("ConnectionBar", "● Connected")
        elif phase == "connecting":
            text = translate("ConnectionBar", "Connecting…")
        elif phase == "catching_up":
            text = translate("ConnectionBar", "Catching up…")
        elif phase == "waiting":
            seconds = max(0, round(self._state.retry_at - time.monotonic()))
            text = translate("ConnectionBar", "Offline: reconnecting in %1 s").replace(
                "%1", str(seconds)
            )
        elif phase == "unauthorized":
            text = translate("ConnectionBar", "The relay refused your token: sign in again")
        elif phase == "outdated":
            text = translate(
                "ConnectionBar",
                "Update Puente to continue: this version is older than the relay serves.",
            )
        elif phase == "failed" and self._state.detail == "disk":
            text = translate(
                "ConnectionBar",
                "Stopped: Puente cannot write its copy of the conversations on this "
                "computer (is the disk full?). Free some space, then try again.",
            )
        elif phase == "failed":
            text = translate(
                "ConnectionBar",
                "Stopped: something went wrong in Puente (the details are in its log). "
                "Try again, or restart Puente.",
            )
        else:
            text = translate("ConnectionBar", "Offline")
        self.label.setText(text)
