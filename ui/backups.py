"""The automatic backups while the program runs: one at start, then every half hour when the
room changed something (``desktop.storage.backups``), each as an operation off the interface
thread. A failed automatic backup stops nothing; it is logged, and the core keeps it
(``backups.last_failure``) for the home view and the backups page to say until a backup
succeeds; ``taken`` and ``failed`` tell them to read it again."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.storage import backups
from ui.direction import LRI, PDI
from ui.operations import Op, Operation

log = logging.getLogger("ghurfa.backups")
START_DELAY_MS = 3_000  # the start's backup waits for the first views' reads
# how the home view and the backups page say that the last automatic backup failed
WARNING_STYLE = "color: #b00020; font-weight: 600;"


def stamp(when: Any) -> str:
    """A backup's moment as both views print it, its digits kept in their order."""
    return f"{LRI}{when:%Y-%m-%d %H:%M}{PDI}"


class BackupKeeper(QObject):
    """Takes the automatic backups of ``db`` for as long as the program runs."""

    taken = Signal(object)  # the Path of a backup just taken
    failed = Signal(str)  # the message of an automatic backup that failed

    def __init__(self, db: Any, parent: QObject | None = None, *,
                 interval_ms: int = backups.INTERVAL_MINUTES * 60_000) -> None:
        super().__init__(parent)
        self.db = db
        self.mark: int | None = None
        self._operation: Operation | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._on_timer_timeout)

    def start(self, *, delay_ms: int = START_DELAY_MS) -> None:
        QTimer.singleShot(delay_ms, self, self.back_up_at_start)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def back_up_at_start(self) -> None:
        def work(_progress: Any) -> tuple[Any, int | None]:
            mark = backups.change_mark(self.db)
            return backups.automatic(self.db, "start"), mark

        self._run(work)

    def _on_timer_timeout(self) -> None:
        since = self.mark
        self._run(lambda _progress: backups.backup_if_changed(self.db, since))

    def _run(self, work: Any) -> None:
        if self._operation is not None and not self._operation.finished:
            return  # one backup at a time; the next tick tries again
        self._operation = Op(None, work).success(self._on_done) \
            .failure(self._on_failed).run()

    def _on_done(self, result: tuple[Any, int | None]) -> None:
        made, self.mark = result
        if made is not None:
            log.info("automatic backup: %s", made)
            self.taken.emit(made)

    def _on_failed(self, error: BaseException) -> None:
        log.warning("an automatic backup failed", exc_info=error)
        message = error.message() if hasattr(error, "message") else str(error)
        self.failed.emit(message)
