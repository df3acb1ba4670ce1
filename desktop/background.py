"""Blocking calls (an admin's requests) off the GUI thread, their results back as signals."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from desktop.admin_client import AdminError


class Call(QObject):
    """One blocking call on a thread of its own; `finished` brings its outcome to the GUI thread."""

    finished = Signal(object)
    """(object) what the call returned, or the AdminError it raised."""

    def __init__(self, work: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work

    def start(self) -> None:
        threading.Thread(target=self._run, name="puente-admin", daemon=True).start()

    def _run(self) -> None:
        try:
            outcome: object = self._work()
        except AdminError as exc:
            outcome = exc
        # Emitted from this thread, Qt queues it to the receivers on the GUI thread. If the
        # dialog that asked was closed meanwhile, this object is gone: nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            self.finished.emit(outcome)


def run(work: Callable[[], object], done: Callable[[object], None], parent: QObject) -> Call:
    """Start `work` off the GUI thread; `done(outcome)` runs on the GUI thread."""
    call = Call(work, parent)
    call.finished.connect(done)
    call.finished.connect(call.deleteLater)
    call.start()
    return call
