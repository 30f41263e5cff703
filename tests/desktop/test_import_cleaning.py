"""A cell as a value: digits in every script, the Arabic separators, tatweel and bidi
controls, codes that keep their zeros, and each row's reasons when it is rejected."""

from __future__ import annotations

import pytest

from desktop.imports import Field, cleaning
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


@pytest.mark.parametrize("cell, value", [
    ("31,7106", 31.7106), ("٣١,٧١٠٦", 31.7106), ("٣١،٧١٠٦", 31.7106), (" 47,15 ", 47.15),
    ("\u200f31,710\u200e", 31.71), ("−31,5", -31.5), ("31.7106", 31.7106), ("٣١٫٧١", 31.71),
    (31.7106, 31.7106),
])
def test_a_coordinate_may_have_a_decimal_comma(cell, value):
    assert cleaning.coordinate(cell, LAT) == value


@pytest.mark.parametrize("cell", ["31,710,6", "1,234,567", "31,710.5", "31, 7106", ",5", "31,",
                                  "31,,5", "31٬7106", "31,7x"])
def test_a_coordinate_with_any_other_comma_is_refused_in_words(cell):
    with pytest.raises(DomainError) as caught:
        cleaning.coordinate(cell, LAT)
    assert caught.value.message("en") == f"Latitude must be a number, not {cell}."
    assert "خط العرض" in caught.value.message("ar")


def test_a_decimal_comma_is_a_coordinates_not_a_counts():
    with pytest.raises(DomainError):
        cleaning.whole("3,5", Term("Voters"))
    assert cleaning.whole("3,500", Term("Voters")) == 3500  # thousands, as before


def test_coordinates_with_decimal_commas_are_read_in_a_row():
    checked = _checked(centre("1", "م", latitude="31,8405", longitude="٤٧،١٥"),
                       centre("2", "ن", latitude="31,840,5", longitude="47,15"))
    assert (checked.rows[0].latitude, checked.rows[0].longitude) == (31.8405, 47.15)
    (rejected,) = checked.rejected
    assert rejected.row == 3
    assert rejected.reason("en") == "Latitude must be a number, not 31,840,5."


def _totals(word="المجموع", *, stations=8):
    return centre("", word, governorate="", district="", stations=stations, voters="5,000",
                  latitude=None, longitude=None, risk=None, kind=None)


def test_a_totals_row_at_the_foot_is_left_out_and_named():
    checked = _checked(centre("1", "أ"), centre("2", "ب"), _totals())
    assert [r.code for r in checked.rows] == ["1", "2"] and checked.rejected == []
    assert checked.totals_rows == (4,) and checked.blank_rows == 0


@pytest.mark.parametrize("row", [
    _totals("المجموع الكلي"), _totals("Total:"), _totals("الاجمالي"), _totals(" المجموع "),
    ["المجموع", None, None, None, None, 8, 5000],  # written across the code and name columns
    ["", "Grand Total"],  # nothing summed
])
def test_totals_rows_as_sheets_write_them(row):
    checked = _checked(centre("1", "أ"), row, [None] * 3)
    assert checked.totals_rows == (3,) and checked.rejected == [] and checked.blank_rows == 1


def test_two_totals_rows_at_the_foot_are_both_left_out():
    checked = _checked(centre("1", "أ"), _totals("المجموع"), [], _totals("المجموع الكلي"))
    assert checked.totals_rows == (3, 5) and checked.rejected == []


@pytest.mark.parametrize("rows, rejected", [
    # A totals word above a centre is not the sheet's foot: the row is rejected as before.
    ([centre("1", "أ"), _totals(), centre("2", "ب")], 3),
    # A row that says something else beside the word (a governorate) is no bare totals row.
    ([centre("1", "أ"), [*_totals()[:2], "ميسان", *_totals()[3:]]], 3),
    # A name that holds the word among others is a name.
    ([centre("1", "أ"), _totals("مجموع مدارس الرسالة")], 3),
    # A text where a count should be.
    ([centre("1", "أ"), _totals(stations="ثمانية")], 3),
])
def test_what_only_looks_like_a_totals_row_is_still_rejected(rows, rejected):
    checked = _checked(*rows)
    assert checked.totals_rows == ()
    assert [r.row for r in checked.rejected] == [rejected]
    assert "Commission code is required." in checked.rejected[0].reason("en")


def test_a_row_with_a_code_is_a_centre_whatever_its_name_says():
    checked = _checked(centre("1", "أ"), centre("00099", "المجموع"))
    assert [r.code for r in checked.rows] == ["1", "00099"] and checked.totals_rows == ()


def test_a_personnel_list_keeps_its_rows_as_they_were():
    """The totals rule is the centres' (its key is the code): a list that does not ask for it
    reads its last row as before."""
    from desktop.imports.rows import check_table

    readers = {field: lambda cell: cell for field in Field}
    checked = check_table([HEADER, centre("1", "أ"), _totals()], find_layout([HEADER]),
                          readers, lambda number, cells, values: SheetRow(
                              number, "x", False, "n", frozenset()),
                          key=lambda row: str(row.row), double=lambda key, rows: None)
    assert len(checked.rows) == 2 and checked.totals_rows == ()


@pytest.mark.parametrize("latitude, longitude", [(47.15, 31.84), ("44,36", "33,31"),
                                                 (38.8, 37.5)])
def test_coordinates_that_look_swapped_are_taken_with_a_warning(latitude, longitude):
    checked = _checked(centre("1", "أ"), centre("2", "ب", latitude=latitude,
                                                 longitude=longitude))
    first, second = checked.rows
    assert first.warnings == () and checked.rejected == []
    (warning,) = second.warnings
    assert warning.row == 3 and second.latitude == cleaning.coordinate(latitude, LAT)
    said = warning.message("en")
    assert said.startswith(f"The latitude {second.latitude:g} and longitude "
                           f"{second.longitude:g} look swapped")
    assert "taken as written" in said


@pytest.mark.parametrize("latitude, longitude", [
    (31.84, 47.15),  # Maysan, the right way round
    (32.89, 13.19),  # Tripoli: not Iraq either way, nothing to say
    (13.19, 32.89),
    (50.0, 31.0),  # swapped would still be off Iraq
])
def test_coordinates_that_are_not_iraq_swapped_are_not_warned_about(latitude, longitude):
    (row,) = _checked(centre("1", "أ", latitude=latitude, longitude=longitude)).rows
    assert row.warnings == ()


def test_a_rejected_row_is_not_warned_about_as_well():
    checked = _checked(centre("1", "", latitude=47.15, longitude=31.84))
    assert checked.rows == [] and len(checked.rejected) == 1
