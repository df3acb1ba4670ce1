"""One Puente per agent profile: a second start hands its pairing link to the running one.

The operating system starts Puente again when an agent clicks a `puente://`
link while it runs (and a second double-click does the same). That second
process finds the first through a local socket named after the profile,
gives it the link (or nothing, to be raised), and exits; the first raises
its window and offers the link's sign-in. Two processes never share a
profile's cache, which has one writer.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

# A link is a few hundred bytes; more is not from Puente.
MAX_MESSAGE = 8192
HAND_OVER_MS = 1000


class SingleInstance(QObject):
    """The profile's running instance, as a server (`listen`) or as a client (`hand_over`)."""

    linkReceived = Signal(str)
    """(link) another start of Puente for this profile passed on its pairing link, or ""
    when it was started with none (raise the window)."""

    def __init__(self, profile: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        digest = hashlib.sha256(str(profile.resolve()).encode()).hexdigest()[:20]
        self.name = f"puente-{digest}"
        self._server = QLocalServer(self)
        # Only this user's processes may talk to it: a link carries a token.
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def hand_over(self, link: str) -> bool:
        """Give `link` to the instance running for this profile; False when none runs."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(HAND_OVER_MS):
            return False
        socket.write(link.encode()[:MAX_MESSAGE] + b"\n")
        socket.flush()
        written = socket.waitForBytesWritten(HAND_OVER_MS) or socket.bytesToWrite() == 0
        socket.disconnectFromServer()
        return written

    def listen(self) -> bool:
        """Become the profile's instance. A socket file a crashed instance left behind is
        removed first: nothing answered `hand_over`, so nobody owns it."""
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine() and socket.bytesAvailable() < MAX_MESSAGE:
            return  # the rest is on its way
        line = bytes(socket.readLine(MAX_MESSAGE).data()).decode("utf-8", "replace").strip()
        socket.disconnectFromServer()
        self.linkReceived.emit(line)
