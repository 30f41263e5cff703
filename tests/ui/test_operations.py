"""Background work reports progress, returns on the interface thread and can be cancelled."""

import contextlib
import threading

import pytest

from ui.operations import run_in_background


def test_work_runs_off_the_interface_thread_and_returns(qtbot):
    main = threading.get_ident()
    seen: dict = {}

    def work(progress):
        seen["thread"] = threading.get_ident()
        for i in range(3):
            progress.report(i + 1, 3, "step")
        return 42

    results = []
    operation = run_in_background(None, "work", work, results.append, show_dialog=False)
    with qtbot.waitSignal(operation.done, timeout=5000):
        pass
    assert results == [42]
    assert seen["thread"] != main


def test_cancel_reaches_the_work_and_comes_back_as_an_error(qtbot):
    started = threading.Event()

    class Stopped(Exception):
        pass

    def work(progress):
        started.set()
        while not progress.cancelled:
            threading.Event().wait(0.01)
        raise Stopped()

    errors = []
    operation = run_in_background(None, "work", work, lambda r: pytest.fail("not cancelled"),
                                  errors.append, show_dialog=False)
    assert started.wait(5)
    with qtbot.waitSignal(operation.failed, timeout=5000):
        operation.cancel()
    assert len(errors) == 1 and isinstance(errors[0], Stopped)


# -- the one pattern: Op, query_op, change_op ------------------------------------------------

from PySide6.QtWidgets import QWidget  # noqa: E402

from ui import errors as errors_module  # noqa: E402
from ui.operations import READ_THREADS, Op, Operation, change_op, query_op  # noqa: E402


def _wait_all(qtbot, operations):
    qtbot.waitUntil(lambda: not any(op in Operation._running for op in operations),
                    timeout=10_000)


def test_reads_share_a_small_pool_rather_than_a_thread_each(qtbot):
    threads: set[int] = set()
    gate = threading.Barrier(READ_THREADS, timeout=5)

    def work(_progress):
        threads.add(threading.get_ident())
        with contextlib.suppress(threading.BrokenBarrierError):
            gate.wait()  # the first few meet: the pool runs that many at once
        return 1

    operations = [Op(None, work).run() for _ in range(12)]
    _wait_all(qtbot, operations)
    assert 1 < len(threads) <= READ_THREADS


def test_changes_run_one_at_a_time_in_the_order_given(qtbot):
    order: list[int] = []
    inside = threading.Lock()
    overlapped: list[bool] = []

    def change(n):
        def work(_progress):
            if not inside.acquire(blocking=False):
                overlapped.append(True)
                return n
            try:
                threading.Event().wait(0.02)
                order.append(n)
            finally:
                inside.release()
            return n
        return work

    operations = [Op(None, change(n), changes=True).run() for n in range(6)]
    _wait_all(qtbot, operations)
    assert order == list(range(6)) and overlapped == []


def test_query_and_change_ops_run_a_unit_of_work_and_answer_on_the_interface_thread(
        qtbot, sqlite_db):
    from sqlalchemy import text

    main = threading.get_ident()
    answers: list[tuple[int, int]] = []

    def create(session):
        session.execute(text("CREATE TABLE scratch (n INTEGER)"))
        session.execute(text("INSERT INTO scratch VALUES (7)"))

    def read(_none):  # a read started once the change is committed sees it
        query_op(None, sqlite_db, lambda session: session.execute(
            text("SELECT n FROM scratch")).scalar_one()).success(
            lambda n: answers.append((n, threading.get_ident()))).run()

    change_op(None, sqlite_db, create).success(read).run()
    qtbot.waitUntil(lambda: bool(answers), timeout=10_000)
    assert answers == [(7, main)]


def test_a_failure_nobody_takes_goes_to_the_one_error_place(qtbot, monkeypatch):
    shown: list[BaseException] = []
    monkeypatch.setattr(errors_module, "show_error", lambda parent, error: shown.append(error))

    def work(_progress):
        raise ValueError("broken")

    operation = Op(None, work).run()
    _wait_all(qtbot, [operation])
    assert len(shown) == 1 and str(shown[0]) == "broken"


def test_a_result_for_a_destroyed_widget_is_dropped(qtbot):
    widget = QWidget()
    release = threading.Event()
    results: list[int] = []

    def work(_progress):
        release.wait(5)
        return 3

    operation = Op(widget, work).success(results.append).run()
    widget.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(widget), timeout=5000)
    release.set()
    _wait_all(qtbot, [operation])
    assert results == []
