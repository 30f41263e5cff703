"""The room's change notices, brought to the interface thread: one hub for every view.

The core tells what each committed unit of work changed (``desktop.storage.changes``): this
workstation's own at commit, the other workstations' through a listener (PostgreSQL's NOTIFY,
or SQLite's change counter). ``RoomChanges`` subscribes to the database's hub and re-emits each
notice as a Qt signal, which Qt queues to the interface thread whatever thread published it.
A view connects to ``changed`` and decides for itself whether the notice touches what it shows
(``notice.touches("meetings", id)``); nobody refreshes a view from outside it.

``Debounce`` gathers a burst of notices (an import, a demo load) into one refresh.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from desktop.storage.changes import ChangeNotice
    from desktop.storage.database import Database

log = logging.getLogger("ghurfa.changes")
DEBOUNCE_MS = 150


class RoomChanges(QObject):
    """``changed(notice)`` on the interface thread for every change to the database, from this
    workstation or another; ``listening(bool)`` as the link to the other workstations is lost
    and found again (a lost link is followed, once back, by a refresh-everything notice)."""

    changed = Signal(object)
    listening = Signal(bool)

    def __init__(self, db: Database, parent: QObject | None = None, *,
                 listen: bool = True) -> None:
        super().__init__(parent)
        self.db = db
        self._unsubscribe: Callable[[], None] | None = db.changes.subscribe(self._heard)
        self._listener: Any = None
        if listen:
            from desktop.storage.listen import LISTENING, start_listening

            self._listener = start_listening(
                db, on_state=lambda state: self.listening.emit(state == LISTENING))

    def _heard(self, notice: ChangeNotice) -> None:
        """Called in whatever thread published; the signal crosses to the interface."""
        self.changed.emit(notice)

    def reconnect(self) -> None:
        """The database was replaced under the program (a restore): the link to the other
        workstations starts again on it (the old one's counter and log belong to the data
        that is gone), and every view is told that everything changed."""
        if self._listener is not None:
            from desktop.storage.listen import LISTENING, start_listening

            self._listener.stop()
            self._listener = start_listening(
                self.db, on_state=lambda state: self.listening.emit(state == LISTENING))
        from desktop.storage.changes import refresh_everything

        self.changed.emit(refresh_everything("restored"))

    def close(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self._listener is not None:
            self._listener.stop()
            self._listener = None


class Debounce(QObject):
    """Calls ``refresh(notices)`` once, shortly after the last of a burst of notices."""

    def __init__(self, refresh: Callable[[list[ChangeNotice]], None],
                 parent: QObject | None = None, delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._refresh = refresh
        self._pending: list[ChangeNotice] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    def add(self, notice: ChangeNotice) -> None:
        self._pending.append(notice)
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        pending, self._pending = self._pending, []
        if pending:
            self._refresh(pending)
