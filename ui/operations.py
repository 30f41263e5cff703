"""Slow work off the interface thread, with progress and a cancel button.

Every long task of the program (building a document, loading demo data, exporting an archive)
goes through ``run_in_background``: the work runs in a worker thread and reports progress
through a ``Progress`` object; the window keeps painting, and Cancel asks the work to stop at its
next check. Results and errors come back on the interface thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


class Progress:
    """Handed to the work: report how far it is, and ask whether the user cancelled."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()

    def report(self, done: int, total: int, label: str = "") -> None:
        self._emit(done, total, label)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_cancelled(self) -> bool:  # as a callable for services that take ``cancelled=``
        return self._cancel.is_set()


class _Worker(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._work = work
        self.progress = Progress(self.progressed.emit)

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self.progress)
        except BaseException as error:  # every failure goes back to the window
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


class Operation(QObject):
    """One background task. Keep a reference until ``done`` fires (the helper does)."""

    progressed = Signal(int, int, str)
    done = Signal(object)  # the result
    failed = Signal(object)  # the exception, cancellation included

    _running: set[Operation] = set()

    def __init__(self, work: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._worker = _Worker(work)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self.progressed, Qt.ConnectionType.QueuedConnection)
        self._worker.succeeded.connect(self._succeeded, Qt.ConnectionType.QueuedConnection)
        self._worker.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)

    @property
    def progress(self) -> Progress:
        return self._worker.progress

    def start(self) -> None:
        Operation._running.add(self)
        self._thread.start()

    def cancel(self) -> None:
        self._worker.progress.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        return self._thread.wait(msecs)

    def _finish(self) -> None:
        self._thread.quit()
        self._thread.wait()
        Operation._running.discard(self)

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        self._finish()
        self.done.emit(result)

    @Slot(object)
    def _failed(self, error: Any) -> None:
        self._finish()
        self.failed.emit(error)


def run_in_background(parent: QWidget | None, title: str, work: Callable[[Progress], Any],
                      on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None] | None = None,
                      *, show_dialog: bool = True) -> Operation:
    """Start ``work(progress)`` in a worker thread, with a modeless progress dialog that cancels.

    ``title`` is already translated. ``on_error`` gets the exception (a cancellation included);
    without it, errors go to ``ui.errors.show_error`` when that module is installed.
    """
    operation = Operation(work)
    dialog: QProgressDialog | None = None
    if show_dialog:
        dialog = QProgressDialog(title, QProgressDialog.tr("Cancel"), 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(operation.cancel)

        def show(done: int, total: int, label: str) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total > 0 else 0)
            if label:
                dialog.setLabelText(label)

        operation.progressed.connect(show)

    def close() -> None:
        if dialog is not None:
            dialog.reset()
            dialog.close()
            dialog.deleteLater()

    def succeeded(result: Any) -> None:
        close()
        on_done(result)

    def failed(error: BaseException) -> None:
        close()
        if on_error is not None:
            on_error(error)
            return
        try:
            from ui.errors import show_error
        except ImportError:
            raise error from None
        show_error(parent, error)

    operation.done.connect(succeeded)
    operation.failed.connect(failed)
    operation.start()
    return operation
