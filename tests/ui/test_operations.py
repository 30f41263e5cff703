"""Background work reports progress, returns on the interface thread and can be cancelled."""

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
