"""The audit workbook's changes cell: the view's text without direction marks, each line's
arrow pointing from the old value to the new as a spreadsheet draws the line (checked by eye
in LibreOffice for both languages: a cell lays a line out by the bidirectional algorithm
alone, the isolates that place the arrow on screen being gone)."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop.services.audit_log import AuditRow
from reports.excel.audit import changes

BIDI = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _row(fields: dict) -> AuditRow:
    return AuditRow(1, datetime(2026, 12, 3), "boss", None, "update", "people", 4, "done",
                    fields)


@pytest.mark.parametrize(("lang", "fields", "line"), [
    # Arabic workbook: an Arabic label or value makes the line right to left
    ("ar", {"name": ["علي", "Ali"]}, "الاسم: علي ← Ali"),
    ("ar", {"phone": ["0770", None]}, "الهاتف: 0770 ← —"),
    ("ar", {"zz_note": ["علي", "Ali"]}, "zz_note: علي ← Ali"),
    # …a stored name and Latin or numbers alone run left to right, whatever the cell
    ("ar", {"seats": [3, 12]}, "seats: 3 → 12"),
    ("ar", {"opened_at": ["2009-01-20T10:00", "2009-01-20T14:30"]},
     "opened_at: 2009-01-20T10:00 → 2009-01-20T14:30"),
    # English workbook: Arabic on both sides of the arrow is a right-to-left run
    ("en", {"name": ["علي", "علي حسين"]}, "Name: علي ← علي حسين"),
    ("en", {"name": ["علي", "Ali"]}, "Name: علي → Ali"),
    ("en", {"seats": [3, 12]}, "seats: 3 → 12"),
])
def test_the_arrow_points_from_the_old_value_to_the_new_as_drawn(lang, fields, line):
    assert changes(_row(fields), lang) == line


def test_no_mark_reaches_the_cell_even_from_old_stored_values():
    """Values recorded before names were checked may hold controls; labels never do."""
    row = _row({"name": ["\u202eعلي\u202c", "\u2066Ali\u2069"], "zz": "\u200fMS-1",
                "seats": [None, 12], "odd": [1, 2, 3], "nested": {"a": "\u2067ب\u2069"}})
    text = changes(row, "ar")
    assert not set(text) & BIDI
    assert text.split("\n") == ["الاسم: علي ← Ali", "zz: MS-1", "seats: — → 12",
                                "odd: [1, 2, 3]", 'nested: {"a": "ب"}']
    assert changes(_row({}), "ar") == ""


def test_a_wrapped_column_shows_every_line_and_a_short_row_keeps_its_height(tmp_path):
    from datetime import date

    from openpyxl import load_workbook

    from reports.excel import XlsxColumn, write_table

    columns = [XlsxColumn("الرقم", "int"), XlsxColumn("التغييرات", width=30, wrap=True)]
    long_line = "الاسم: " + "علي حسين " * 12  # about four lines in 30 characters
    output = write_table(tmp_path / "w.xlsx", columns=columns,
                         rows=[[1, "سطر واحد"], [2, "أ\nب\nج"], [3, long_line], [4]],
                         title="عنوان", office="", issued_on=date(2010, 2, 6))
    sheet = load_workbook(output).active
    assert sheet["B6"].alignment.wrap_text and sheet["B6"].alignment.vertical == "top"
    assert sheet.row_dimensions[6].height is None  # one line: the reader's own height
    assert sheet.row_dimensions[7].height >= 3 * 15
    assert sheet.row_dimensions[8].height >= 4 * 15
    assert sheet["B8"].value == long_line and sheet["A9"].value == 4
    assert not sheet["A7"].alignment.wrap_text
