"""A cell as a value: digits in every script, the Arabic separators, tatweel and bidi
controls, codes that keep their zeros, and each row's reasons when it is rejected."""

from __future__ import annotations

import pytest

from desktop.imports import cleaning
from desktop.imports.header import find_layout
from desktop.imports.rows import Rejected, SheetRow, check_rows
from desktop.models import CentreKind, RiskLevel
from desktop.services.errors import DomainError, Term
from tests.desktop.import_sheets import HEADER, centre

LAT = Term("Latitude")


@pytest.mark.parametrize("cell, value", [
    ("٣١٫٨٤", 31.84), ("۳۱٫۸۴", 31.84), ("31.84", 31.84), (" 31.84 ", 31.84),
    ("\u200f٣١٫٨٤\u200e", 31.84), ("−12.5", -12.5), (31.84, 31.84), (47, 47.0),
])
def test_numbers_in_every_script(cell, value):
    assert cleaning.number(cell, LAT) == value


@pytest.mark.parametrize("cell, value", [
    ("١٬٢٥٠", 1250), ("12,500", 12500), ("1 250", 1250), ("٥", 5), (2500.0, 2500), ("", None),
])
def test_counts_with_thousands_separators(cell, value):
    assert cleaning.whole(cell, Term("Voters")) == value


@pytest.mark.parametrize("cell", ["x", "1,5", "١٬٢", "3.5", True, "12 5"])
def test_what_is_not_a_count_is_refused(cell):
    with pytest.raises(DomainError):
        cleaning.whole(cell, Term("Voters"))


def test_text_loses_tatweel_bidi_controls_and_extra_spaces():
    assert cleaning.text("\u202bمدرسـة   الرسـالة \u202c") == "مدرسة الرسالة"
    assert cleaning.text("  \u200f ") is None and cleaning.blank("\u200e\u0640 ")
    assert cleaning.text(12.0) == "12"


def test_codes_keep_their_zeros_and_fold_their_digits():
    assert cleaning.code("٠٠١٢٣", Term("Code")) == cleaning.CodeCell("00123", False)
    assert cleaning.code(" ms-١٠١ ", Term("Code")) == cleaning.CodeCell("MS-101", False)


def test_a_code_stored_as_a_number_is_read_as_its_digits_and_marked():
    assert cleaning.code(123.0, Term("Code")) == cleaning.CodeCell("123", True)
    with pytest.raises(DomainError) as caught:
        cleaning.code(12.5, Term("Code"))
    assert "with a fraction" in caught.value.message("en")


def _checked(*rows):
    return check_rows([HEADER, *rows], find_layout([HEADER]))


def test_a_good_row_is_read_cleaned():
    checked = _checked(centre("٠٠٠٤٢", "مدرسـة النور", stations="٧", voters="٣٬٤٥٠",
                              latitude="٣١٫٥", longitude="٤٧٫٢", risk="عالية",
                              kind="مركز تسجيل"))
    (row,) = checked.rows
    assert isinstance(row, SheetRow)
    assert (row.code, row.name, row.stations, row.voters) == ("00042", "مدرسة النور", 7, 3450)
    assert (row.latitude, row.longitude) == (31.5, 47.2)
    assert row.risk is RiskLevel.HIGH and row.kind is CentreKind.REGISTRATION
    assert row.areas == ("ميسان", "العمارة", None)


@pytest.mark.parametrize("risk, level", [("منخفضة", RiskLevel.LOW), ("Medium", RiskLevel.MEDIUM),
                                         ("حرجة", RiskLevel.CRITICAL), ("high", RiskLevel.HIGH),
                                         ("عالٍ", RiskLevel.HIGH)])
def test_risk_levels_as_sheets_write_them(risk, level):
    assert _checked(centre("1", "م", risk=risk)).rows[0].risk is level


def test_every_reason_of_a_row_is_given_with_its_row_number():
    checked = _checked(centre("1", "مدرسة"), centre("2", "", stations="x", latitude=95,
                                                    risk="وسط"))
    (rejected,) = checked.rejected
    assert isinstance(rejected, Rejected) and rejected.row == 3
    reason = rejected.reason("en")
    assert "Name is required." in reason
    assert "Stations must be a number, not x." in reason
    assert "are not on the map" in reason
    assert "وسط is not a valid Risk level" in reason
    assert rejected.reason("ar") != reason


def test_half_the_coordinates_is_refused():
    checked = _checked(centre("1", "م", latitude=31.5, longitude=None))
    assert "Give both latitude and longitude" in checked.rejected[0].reason("en")


def test_a_missing_code_is_refused_but_a_blank_row_is_skipped():
    checked = _checked(centre("", "مدرسة"), [None] * len(HEADER), ["", " ", "\u200f"])
    assert [r.row for r in checked.rejected] == [2] and checked.blank_rows == 2
    assert "Commission code is required." in checked.rejected[0].reason("en")


def test_every_row_of_a_code_listed_twice_is_rejected():
    checked = _checked(centre("00001", "أ"), centre("00002", "ب"), centre("٠٠٠٠١", "ج"),
                       centre("00002", "", stations="x"))
    assert [r.code for r in checked.rows] == []
    reasons = {r.row: r.reason("en") for r in checked.rejected}
    assert "The code 00001 is on rows 2, 4 of the sheet" in reasons[2]
    assert "The code 00001 is on rows 2, 4 of the sheet" in reasons[4]
    assert "The code 00002 is on rows 3, 5" in reasons[3]
    assert "Name is required." in reasons[5] and "rows 3, 5" in reasons[5]


def test_a_short_csv_row_reads_its_missing_cells_as_empty():
    checked = _checked(["00001", "مدرسة"])
    assert checked.rows[0].given == frozenset({"code", "name"})
