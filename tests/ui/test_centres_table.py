"""The centres' table model without a window: filtering as one types, sorting, and rows read
again after a change, with the view's persistent indexes following their centres."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from desktop.models import CentreKind, CentreStatus, RiskLevel
from desktop.services.centre_list import CentreRow
from desktop.text.arabic import normalise
from ui.centres.table import COLUMN, CentreFilter, CentresModel, ranks_of


def centre(id_: int, code: str, name: str, *, governorate: str = "ميسان",
           district: str | None = "العمارة", sector_id: int | None = 1,
           risk: RiskLevel | None = RiskLevel.LOW, voters: int | None = 100,
           kind: CentreKind = CentreKind.POLLING) -> CentreRow:
    in_election = risk is not None
    return CentreRow(
        id_, 1, code, name, kind, 1, governorate, district, None, sector_id,
        f"قاطع {sector_id}" if sector_id else None, None, None, None, None,
        id_ * 10 if in_election else None, 1 if in_election else None, risk,
        3 if in_election else None, voters if in_election else None,
        CentreStatus.OPEN if in_election else None,
        normalise(f"{code} {name} {governorate} {district or ''}"))


ROWS = [
    centre(1, "MS-101", "مدرسة المتنبي", voters=300),
    centre(2, "MS-102", "إعدادية الوحدة", risk=RiskLevel.HIGH, voters=900),
    centre(3, "MS-10", "ثانوية الكوثر", risk=RiskLevel.CRITICAL, voters=50),
    centre(4, "DQ-201", "مدرسة الفارابي", governorate="ذي قار", district="الناصرية",
           sector_id=2, risk=None),
    centre(5, "DQ-2", "مدرسة أور", governorate="ذي قار", district="الشطرة", sector_id=2,
           kind=CentreKind.REGISTRATION, voters=700),
]


@pytest.fixture
def model(qapp) -> CentresModel:
    found = CentresModel()
    found.set_rows(ROWS)
    return found


def codes(model: CentresModel) -> list[str]:
    return [model.row(n).code for n in range(model.rowCount())]


def test_the_model_answers_qt_as_a_table_model_should(qtmodeltester, model):
    qtmodeltester.check(model)
    model.set_filter(CentreFilter("مدرسه"))
    qtmodeltester.check(model)


def test_codes_sort_by_their_numbers_and_cells_read_left_to_right(model):
    assert codes(model) == ["DQ-2", "DQ-201", "MS-10", "MS-101", "MS-102"]
    shown = model.data(model.index(0, COLUMN["code"]))
    assert shown.strip("\u2066\u2069") == "DQ-2" and shown != "DQ-2"  # isolated
    fourth = model.index(codes(model).index("DQ-201"), COLUMN["risk"])
    assert model.data(fourth) == "—"  # not in this election


def test_search_is_normalised_and_every_word_must_match(model):
    model.set_filter(CentreFilter("مدرسه"))  # typed without the ta marbuta
    assert set(codes(model)) == {"MS-101", "DQ-201", "DQ-2"}
    model.set_filter(CentreFilter("مدرسه ذي"))
    assert set(codes(model)) == {"DQ-201", "DQ-2"}
    model.set_filter(CentreFilter("اعداديه"))  # إعدادية with its hamza
    assert codes(model) == ["MS-102"]
    model.set_filter(CentreFilter("ms-10"))
    assert codes(model) == ["MS-10", "MS-101", "MS-102"]


def test_typing_on_narrows_and_deleting_widens_again(model):
    for text, expected in (("م", 5), ("مد", 3), ("مدر", 3), ("مدرسه الف", 1), ("مدرسه الفارابي", 1),
                           ("مدرسه", 3), ("", 5)):
        model.set_filter(CentreFilter(text))
        assert model.rowCount() == expected, text


def test_choices_filter_together(model):
    model.set_filter(CentreFilter(governorate="ذي قار"))
    assert set(codes(model)) == {"DQ-2", "DQ-201"}
    model.set_filter(CentreFilter(governorate="ذي قار", in_election=True))
    assert codes(model) == ["DQ-2"]
    model.set_filter(CentreFilter(risk=RiskLevel.HIGH))
    assert codes(model) == ["MS-102"]
    model.set_filter(CentreFilter(kind=CentreKind.REGISTRATION))
    assert codes(model) == ["DQ-2"]
    model.set_filter(CentreFilter(district="العمارة", sector_id=1, status=CentreStatus.OPEN))
    assert codes(model) == ["MS-10", "MS-101", "MS-102"]


def test_sorting_by_names_numbers_and_levels(model):
    model.sort(COLUMN["voters"], Qt.SortOrder.DescendingOrder)
    assert codes(model) == ["MS-102", "DQ-2", "MS-101", "MS-10", "DQ-201"]
    model.sort(COLUMN["risk"], Qt.SortOrder.AscendingOrder)  # low first, no risk last
    assert codes(model)[0] in ("DQ-2", "MS-101") and codes(model)[-2:] == ["MS-10", "DQ-201"]
    model.sort(COLUMN["risk"], Qt.SortOrder.DescendingOrder)
    assert codes(model)[0] == "MS-10" and codes(model)[-1] == "DQ-201"
    model.sort(COLUMN["name"], Qt.SortOrder.AscendingOrder)
    names = [model.row(n).name for n in range(model.rowCount())]
    assert names[0] == "إعدادية الوحدة" and names[1] == "ثانوية الكوثر"
    model.set_filter(CentreFilter("مدرسه"))  # a filter keeps the order chosen
    # in Arabic order: أ is ا, so «أور» comes after «الفارابي» and «المتنبي» (و after ل)
    assert [model.row(n).name for n in range(model.rowCount())] == [
        "مدرسة الفارابي", "مدرسة المتنبي", "مدرسة أور"]


def test_rows_without_a_value_stay_last_either_way(model):
    rows = [*ROWS, centre(6, "X-1", "مركز بلا قضاء", district=None)]
    model.set_rows(rows)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(COLUMN["district"], order)
        assert codes(model)[-1] == "X-1"


def test_a_changed_row_is_repainted_in_place_and_the_selection_follows_a_move(qtbot, model):
    chosen = QPersistentModelIndex(model.index(codes(model).index("MS-101"), 1))
    with qtbot.waitSignal(model.dataChanged, timeout=1000):
        model.update([replace(ROWS[0], name="مدرسة المتنبي الجديدة")], asked=[1])
    assert model.row(chosen.row()).name == "مدرسة المتنبي الجديدة"
    model.sort(COLUMN["voters"], Qt.SortOrder.DescendingOrder)
    assert model.row(chosen.row()).code == "MS-101"  # the selection moved with its centre
    model.update([replace(ROWS[0], voters=5000)], asked=[1])  # now first by voters
    assert chosen.row() == 0 and model.row(0).code == "MS-101"


def test_rows_come_and_go_and_the_counts_follow(qtbot, model):
    model.set_filter(CentreFilter(governorate="ميسان"))
    chosen = QPersistentModelIndex(model.index(codes(model).index("MS-102"), 0))
    with qtbot.waitSignal(model.counted, timeout=1000) as counted:
        model.update([centre(7, "MS-1", "مدرسة جديدة")], asked=[7, 3])  # 3 is gone
    assert counted.args == [3, 5]
    assert codes(model) == ["MS-1", "MS-101", "MS-102"]
    assert model.row(chosen.row()).code == "MS-102"
    model.update(ROWS[:2])  # the whole list read again: only two are left
    assert model.total == 2 and codes(model) == ["MS-101", "MS-102"]
    assert model.row(chosen.row()).code == "MS-102"


def test_a_hidden_row_leaves_the_selection(model):
    chosen = QPersistentModelIndex(model.index(codes(model).index("DQ-2"), 0))
    model.set_filter(CentreFilter(governorate="ميسان"))
    assert not chosen.isValid()


def test_an_order_read_elsewhere_is_taken_and_kept_while_the_sorted_values_stay(model):
    """The order of a new list may come with it (made in the worker that read it); a change
    that moves nothing in a column keeps that column's order, one that does orders it again."""
    ranks = {COLUMN["name"]: ranks_of(ROWS, COLUMN["name"])}
    model.sort(COLUMN["name"], Qt.SortOrder.AscendingOrder)
    model.set_rows(ROWS, ranks)
    assert model._rank_cache[COLUMN["name"]] is ranks[COLUMN["name"]]
    model.update([replace(ROWS[0], voters=1)], asked=[1])  # not a name: the order stays
    assert model._rank_cache[COLUMN["name"]] is ranks[COLUMN["name"]]
    model.update([replace(ROWS[0], name="أبو تمام")], asked=[1])
    assert model.row(0).name == "أبو تمام"  # ordered again, first now
