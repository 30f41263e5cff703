"""The id list model: the database sorts into ids off the interface thread, rows come by page
as the view needs them, and a change moves the user's rows rather than resetting the list."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import QPersistentModelIndex, Qt

from ui.itemmodels.ids import PLACEHOLDER, Column, IdTableModel

MAIN = threading.get_ident()


@dataclass(frozen=True)
class Row:
    id: int
    name: str


class Source:
    """A list of records in memory that says which thread asked and how much."""

    def __init__(self, ids: list[int]) -> None:
        self.order = ids
        self.asked_rows: list[int] = []
        self.threads: set[int] = set()
        self.names = {i: f"record {i}" for i in ids}

    def ids(self, _session, sort: str, descending: bool) -> list[int]:
        self.threads.add(threading.get_ident())
        return sorted(self.order, reverse=descending)

    def rows(self, _session, ids):
        self.threads.add(threading.get_ident())
        self.asked_rows.append(len(ids))
        return [Row(i, self.names[i]) for i in ids if i in self.names]


COLUMNS = (Column("id", "Number", lambda r: r.id), Column("name", "Name", lambda r: r.name))


class FakeDb:
    """What query_op asks of a database: a read-only unit of work."""

    class _Session:
        def __enter__(self):
            return None

        def __exit__(self, *_exc):
            return False

    def reader(self):
        return self._Session()


def _model(source: Source, **options) -> IdTableModel:
    return IdTableModel(COLUMNS, source, FakeDb(), **options)


def _loaded(qtbot, model: IdTableModel) -> None:
    qtbot.waitUntil(lambda: not model.loading, timeout=5000)


def test_the_database_is_asked_off_the_interface_thread_and_only_for_the_page_painted(qtbot):
    source = Source(list(range(1, 10_001)))
    model = _model(source, page_size=100)
    model.reload(reset=True)
    _loaded(qtbot, model)
    assert model.rowCount() == 10_000
    assert model.data(model.index(5_000, 1)) == PLACEHOLDER  # nothing read in data()
    qtbot.waitUntil(lambda: model.data(model.index(5_000, 1)) == "record 5001", timeout=5000)
    assert source.asked_rows == [100]  # one page, for the row painted
    assert MAIN not in source.threads


def test_the_row_cache_stays_bounded(qtbot):
    source = Source(list(range(1, 2_001)))
    model = _model(source, page_size=50, cached_rows=200)
    model.reload(reset=True)
    _loaded(qtbot, model)
    for row in range(0, 2_000, 50):
        model.row(row)
    qtbot.waitUntil(lambda: len(source.asked_rows) == 40, timeout=5000)
    qtbot.wait(50)
    assert len(model._rows) <= 200


def test_a_change_moves_the_chosen_row_and_drops_a_vanished_one(qtbot):
    source = Source([10, 20, 30])
    model = _model(source, descending=False)
    model.reload(reset=True)
    _loaded(qtbot, model)
    chosen = QPersistentModelIndex(model.index(2, 0))  # record 30
    gone = QPersistentModelIndex(model.index(0, 0))  # record 10
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    source.order = [5, 20, 30, 25]  # 5 and 25 added elsewhere, 10 deleted
    del source.names[10]
    source.names.update({5: "record 5", 25: "record 25"})
    with qtbot.waitSignal(model.reloaded, timeout=5000):
        model.reload(changed=frozenset({5, 10, 25}))
    assert resets == []  # no reset: the view keeps its scroll and selection
    assert model.rowCount() == 4
    assert chosen.isValid() and chosen.row() == 3 and model.id_at(chosen.row()) == 30
    assert not gone.isValid()


def test_a_changed_row_is_read_again_and_an_unchanged_one_is_not(qtbot):
    source = Source([1, 2])
    model = _model(source, page_size=1)  # a page a row: what is read again shows
    model.reload(reset=True)
    _loaded(qtbot, model)
    model.row(0)
    qtbot.waitUntil(lambda: model.row(1) is not None, timeout=5000)
    source.names[2] = "renamed"
    source.names[1] = "renamed too, but nobody said"
    with qtbot.waitSignal(model.reloaded, timeout=5000):
        model.reload(changed=frozenset({2}))
    qtbot.waitUntil(lambda: model.data(model.index(1, 1)) == "renamed", timeout=5000)
    assert model.data(model.index(0, 1)) == "record 1"  # its cached row stands
    assert source.asked_rows == [1, 1, 1]


def test_an_older_answer_is_dropped_when_a_newer_filter_was_asked(qtbot):
    slow_gate = threading.Event()

    class Slow(Source):
        def ids(self, session, sort, descending):
            slow_gate.wait(5)
            return [1, 2, 3]

    model = _model(Slow([1, 2, 3]))
    model.reload(reset=True)  # the slow one
    model.set_source(Source([7]))  # the user typed another filter meanwhile
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    slow_gate.set()
    qtbot.wait(100)
    assert model.rowCount() == 1 and model.id_at(0) == 7
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Name"
