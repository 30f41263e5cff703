"""The paged model asks the source only for what the view shows, in the source's order."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.itemmodels.paged import Column, PagedTableModel


class FakeSource:
    """An in-memory stand-in for a SQL query, counting what it is asked."""

    def __init__(self, rows: list[dict]) -> None:
        self.rows = rows
        self.calls: list[tuple] = []

    def count(self) -> int:
        return len(self.rows)

    def page(self, sort, descending, offset, limit):
        self.calls.append((sort, descending, offset, limit))
        ordered = sorted(self.rows, key=lambda r: r[sort], reverse=descending)
        return ordered[offset:offset + limit]


COLUMNS = [Column("name", "Name", lambda r: r["name"]), Column("n", "Number", lambda r: r["n"]),
           Column("note", "Notes", lambda r: r["note"], sortable=False)]


def make(n: int = 10_000):
    source = FakeSource([{"name": f"اسم {i:05}", "n": n - i, "note": None} for i in range(n)])
    model = PagedTableModel(COLUMNS, source, page_size=100, cached_pages=3)
    model.reload()
    return source, model


def test_counts_without_fetching_rows(qapp):
    source, model = make()
    assert model.rowCount() == 10_000 and model.columnCount() == 3
    assert source.calls == []


def test_fetches_one_page_per_region_and_caches_it(qapp):
    source, model = make()
    assert model.data(model.index(5, 0)) == "اسم 00005"
    assert model.data(model.index(99, 1)) == str(10_000 - 99)
    assert len(source.calls) == 1
    assert model.data(model.index(9_999, 0)) == "اسم 09999"
    assert len(source.calls) == 2
    assert model.data(model.index(2, 2)) == ""  # None shows as empty, not "None"


def test_cache_is_bounded(qapp):
    source, model = make()
    for row in range(0, 1_000, 100):
        model.data(model.index(row, 0))
    assert len(model._pages) == 3
    model.data(model.index(0, 0))  # evicted long ago: fetched again
    assert source.calls[-1][2] == 0 and len(source.calls) == 11


def test_sorting_goes_to_the_source(qapp):
    source, model = make()
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(0, 0)) == "اسم 09999"
    assert source.calls[-1][:2] == ("n", False)
    model.sort(2)  # not sortable: nothing changes
    assert model.sort_key == ("n", False)


def test_row_role_gives_the_row_for_actions(qapp):
    _, model = make(3)
    row = model.data(model.index(1, 0), PagedTableModel.ROW_ROLE)
    assert row["name"] == "اسم 00001"
    assert model.data(model.index(7, 0)) is None
