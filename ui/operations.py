"""Operations: the one way the interface reaches the core, off the interface thread.

Every read a view shows and every change a user makes is an operation (after Anki's
``aqt.operations``): a piece of work handed to a small pool of worker threads, a ``success``
callback that gets its result and a ``failure`` callback that gets its error, both called on
the interface thread; a progress dialog that can cancel, when the work is long. The caller
never touches threads, sessions' threads or dialogs::

    query_op(self, db, lambda session: overview(session)).success(self._on_counted).run()
    change_op(self, db, lambda session: save(session, ...)).success(done).run()

Reads run on a pool of a few threads, so a slow list never holds up another view's read.
Changes run on a pool of one thread, so two saves of this workstation never race each other
(after Picard's separate pool for saving); what a change committed reaches every view through
the database's change hub (``ui.changes``), not through the caller. A failure goes, unless the
caller takes it, to ``ui.errors.show_error``: the user's language, in one place. A result that
arrives after its parent widget was destroyed is dropped rather than handed to a dead widget.

``run_in_background`` and ``Operation`` are the older spelling of the same thing, kept for the
callers that use them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.storage.database import Database

T = TypeVar("T")
READ_THREADS = 3
PROGRESS_DELAY_MS = 400  # a dialog appears only for work that takes longer than this


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


# -- the pools --------------------------------------------------------------------------------

_pools: dict[str, QThreadPool] = {}


def pool(kind: str) -> QThreadPool:
    """``reads`` (a few threads) or ``changes`` (one thread, so saves keep their order)."""
    found = _pools.get(kind)
    if found is None:
        found = QThreadPool()
        found.setMaxThreadCount(1 if kind == "changes" else READ_THREADS)
        found.setObjectName(f"ghurfa-{kind}")
        _pools[kind] = found
    return found


def drain(msecs: int = 30_000) -> bool:
    """Wait for every worker to finish (at shutdown, before Qt tears its threads down)."""
    return all(found.waitForDone(msecs) for found in _pools.values())


class _Bridge(QObject):
    """Lives on the interface thread; the worker emits, Qt queues the call across."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], progress: Progress, bridge: _Bridge,
                 finished: threading.Event) -> None:
        super().__init__()
        # Python keeps the task (``Operation._task``): were Qt to delete it after ``run``, the
        # wrapper would outlive its object and the collector would free it twice.
        self.setAutoDelete(False)
        self._work, self._progress, self._bridge, self._finished = (
            work, progress, bridge, finished)

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except BaseException as error:  # every failure goes back to the interface
            self._bridge.failed.emit(error)
        else:
            self._bridge.succeeded.emit(result)
        finally:
            self._finished.set()


class Operation(QObject):
    """One piece of background work under way. Keep a reference until ``done`` or ``failed``
    (``Op.run`` and ``run_in_background`` keep one in ``_running``)."""

    progressed = Signal(int, int, str)
    done = Signal(object)  # the result
    failed = Signal(object)  # the exception, cancellation included

    _running: ClassVar[set[Operation]] = set()

    def __init__(self, work: Callable[[Progress], Any], parent: QObject | None = None, *,
                 kind: str = "reads") -> None:
        super().__init__(parent)
        self._work = work
        self._kind = kind
        self._bridge = _Bridge()
        self._finished = threading.Event()
        self._progress = Progress(self._bridge.progressed.emit)
        self._bridge.progressed.connect(self.progressed, Qt.ConnectionType.QueuedConnection)
        self._bridge.succeeded.connect(self._succeeded, Qt.ConnectionType.QueuedConnection)
        self._bridge.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)

    @property
    def progress(self) -> Progress:
        return self._progress

    @property
    def finished(self) -> bool:
        """The work has returned or raised (its callbacks may still be on their way)."""
        return self._finished.is_set()

    def start(self) -> None:
        Operation._running.add(self)
        self._task = _Task(self._work, self._progress, self._bridge, self._finished)
        pool(self._kind).start(self._task)

    def cancel(self) -> None:
        self._progress.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for the work itself to end; its result still comes through the event loop."""
        return self._finished.wait(msecs / 1000)

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        Operation._running.discard(self)
        self.done.emit(result)

    @Slot(object)
    def _failed(self, error: Any) -> None:
        Operation._running.discard(self)
        self.failed.emit(error)


# -- the builder --------------------------------------------------------------------------------

class Op(Generic[T]):
    """An operation being described: what to do, what follows success and failure, whether it
    shows progress; ``run()`` starts it."""

    def __init__(self, parent: QWidget | None, work: Callable[[Progress], T], *,
                 changes: bool = False) -> None:
        self._parent = parent
        self._work = work
        self._kind = "changes" if changes else "reads"
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._title: str | None = None
        self._cancellable = True

    def success(self, callback: Callable[[T], None]) -> Op[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Op[T]:
        """Take the failure (a cancellation included) instead of the one error place."""
        self._on_failure = callback
        return self

    def with_progress(self, title: str, *, cancellable: bool = True) -> Op[T]:
        """A modal progress dialog titled ``title`` (translated), shown if the work lasts."""
        self._title = title
        self._cancellable = cancellable
        return self

    def run(self) -> Operation:
        parent = self._parent
        operation = Operation(self._work, kind=self._kind)
        dialog = _progress_dialog(parent, self._title, operation, self._cancellable) \
            if self._title is not None else None

        def alive() -> bool:
            return parent is None or shiboken6.isValid(parent)

        def close_dialog() -> None:
            if dialog is not None and shiboken6.isValid(dialog):
                dialog.reset()
                dialog.close()
                dialog.deleteLater()

        def succeeded(result: Any) -> None:
            close_dialog()
            if self._on_success is not None and alive():
                self._on_success(result)

        def failed(error: BaseException) -> None:
            close_dialog()
            if not alive():
                return
            if self._on_failure is not None:
                self._on_failure(error)
                return
            from ui.errors import show_error

            show_error(parent, error)

        operation.done.connect(succeeded)
        operation.failed.connect(failed)
        operation.start()
        return operation

    run_in_background = run  # Anki's spelling


def _progress_dialog(parent: QWidget | None, title: str, operation: Operation,
                     cancellable: bool) -> QProgressDialog:
    dialog = QProgressDialog(title, QProgressDialog.tr("Cancel") if cancellable else "", 0, 0,
                             parent)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(PROGRESS_DELAY_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(operation.cancel)

    def show(done: int, total: int, label: str) -> None:
        if not shiboken6.isValid(dialog):
            return
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)
        if label:
            dialog.setLabelText(label)

    operation.progressed.connect(show)
    return dialog


def query_op(parent: QWidget | None, db: Database,
             read: Callable[[Session], T]) -> Op[T]:
    """A read: ``read(session)`` in a read-only unit of work on the reading pool."""

    def work(_progress: Progress) -> T:
        with db.reader() as session:
            return read(session)

    return Op(parent, work)


def change_op(parent: QWidget | None, db: Database,
              change: Callable[[Session], T]) -> Op[T]:
    """A user's action: ``change(session)`` as one unit of work on the changing pool; once
    committed, what it changed reaches every view through the change hub."""

    def work(_progress: Progress) -> T:
        with db.session() as session:
            return change(session)

    return Op(parent, work, changes=True)


def run_in_background(parent: QWidget | None, title: str, work: Callable[[Progress], Any],
                      on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None] | None = None,
                      *, show_dialog: bool = True) -> Operation:
    """``work(progress)`` on the reading pool, with a progress dialog that cancels.

    The older spelling of ``Op``: ``title`` is already translated; ``on_error`` gets the
    exception (a cancellation included), else it goes to ``ui.errors.show_error``."""
    op = Op(parent, work).success(on_done)
    if on_error is not None:
        op.failure(on_error)
    if show_dialog:
        op.with_progress(title)
    return op.run()
