"""The collector waits longer while a batch runs, and is put back as it was after it."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

import pytest

from desktop.collector import BATCH_THRESHOLDS, fewer_collections
from reports import catalogue


@pytest.fixture(autouse=True)
def defaults():
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def test_thresholds_are_raised_inside_and_put_back_after():
    with fewer_collections():
        assert gc.get_threshold() == BATCH_THRESHOLDS
        assert gc.isenabled()  # it still collects, less often
    assert gc.get_threshold() == (700, 10, 10)


def test_put_back_after_a_failure_and_after_nested_batches():
    with pytest.raises(RuntimeError), fewer_collections():
        with fewer_collections():
            pass
        assert gc.get_threshold() == BATCH_THRESHOLDS  # the inner end did not put them back
        raise RuntimeError("the build failed")
    assert gc.get_threshold() == (700, 10, 10)


def test_a_higher_setting_is_never_lowered():
    gc.set_threshold(500_000, 5, 200)
    with fewer_collections():
        assert gc.get_threshold() == (500_000, BATCH_THRESHOLDS[1], 200)
    assert gc.get_threshold() == (500_000, 5, 200)


def test_two_batches_in_two_threads_put_back_once_both_end():
    first_in, second_in, first_may_end = threading.Event(), threading.Event(), threading.Event()
    seen: list[tuple[int, int, int]] = []

    def first() -> None:
        with fewer_collections():
            first_in.set()
            first_may_end.wait(10)
        seen.append(gc.get_threshold())  # the second still runs

    def second() -> None:
        first_in.wait(10)
        with fewer_collections():
            second_in.set()
            first_may_end.set()
            worker.join(10)
            seen.append(gc.get_threshold())

    worker = threading.Thread(target=first)
    other = threading.Thread(target=second)
    worker.start()
    other.start()
    other.join(10)
    assert seen == [BATCH_THRESHOLDS, BATCH_THRESHOLDS]
    assert gc.get_threshold() == (700, 10, 10)


def test_every_document_is_built_with_the_collector_waiting(sqlite_db, tmp_path):
    kind = catalogue.get("sample_table")
    seen: list[tuple[int, int, int]] = []

    def build(request: catalogue.BuildRequest) -> Path:
        seen.append(gc.get_threshold())
        request.output.write_bytes(b"%PDF-1.4\n")
        return request.output

    watched = catalogue._audited(kind, build)
    request = catalogue.BuildRequest(db=sqlite_db, params={}, output=tmp_path / "t.pdf")
    watched(request)
    assert seen == [BATCH_THRESHOLDS]
    assert gc.get_threshold() == (700, 10, 10)
