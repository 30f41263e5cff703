"""Workbooks read back with openpyxl: direction, header, filter, types, no formulas."""

from __future__ import annotations

from datetime import date, datetime

from openpyxl import load_workbook

from reports import catalogue
from reports.excel import XlsxColumn, write_table

DANGEROUS = ["=SUM(A1:A2)", "+972-1", "-2+3", "@cmd", "\tTab", "\rreturn", "#N/A",
             "=HYPERLINK(\"http://x\")"]


def _write(tmp_path, rows, columns=None):
    columns = columns or [XlsxColumn("النص"), XlsxColumn("العدد", "int"),
                          XlsxColumn("التاريخ", "date"), XlsxColumn("المبلغ", "float")]
    return write_table(tmp_path / "t.xlsx", columns=columns, rows=rows, title="عنوان",
                       office="غرفة العمليات", issued_on=date(2010, 2, 6))


def test_formula_looking_text_stays_text(tmp_path):
    rows = [[value, i, date(2010, 3, 7), 1.5] for i, value in enumerate(DANGEROUS)]
    sheet = load_workbook(_write(tmp_path, rows)).active
    for row, value in enumerate(DANGEROUS, start=6):
        cell = sheet.cell(row, 1)
        assert cell.data_type == "s", value
        assert cell.value == value


def test_sheet_is_rtl_with_frozen_filtered_header_and_real_types(tmp_path):
    rows = [[f"المنتسب {i}", i, date(2010, 3, 7), i * 1.25] for i in range(1, 501)]
    sheet = load_workbook(_write(tmp_path, rows)).active
    assert sheet.sheet_view.rightToLeft is True
    assert sheet.freeze_panes == "A6"
    assert sheet.auto_filter.ref == "A5:D505"
    assert sheet["A1"].value == "عنوان" and sheet["A2"].value == "غرفة العمليات"
    assert sheet["B3"].is_date and sheet["B3"].value == datetime(2010, 2, 6)
    assert [c.value for c in sheet[5]] == ["النص", "العدد", "التاريخ", "المبلغ"]
    assert sheet["A5"].font.b
    assert sheet["B6"].data_type == "n" and sheet["B6"].value == 1
    assert sheet["C6"].is_date and sheet["C6"].value == datetime(2010, 3, 7)
    assert sheet["D7"].value == 2.5
    assert sheet.column_dimensions["A"].width >= len("المنتسب 500")


def test_sample_table_exports_the_roster(db, world, tmp_path):
    output = tmp_path / "roster.xlsx"
    catalogue.get("sample_table").build(catalogue.BuildRequest(
        db=db, params={"office": world["office"]}, output=output, fmt="xlsx"))
    sheet = load_workbook(output).active
    assert sheet.sheet_view.rightToLeft
    names = {sheet.cell(r, 3).value for r in range(6, sheet.max_row + 1)}
    assert names == {"سعد علي حربيه", "حسن كاظم جبار"}
    assert sheet.cell(6, 7).is_date


def test_every_value_type_reads_back_as_itself(tmp_path):
    from decimal import Decimal

    rows = [["  مسافة ", 7, datetime(2010, 3, 7, 7, 30), Decimal("2.50")],
            ["نص\x00فيه\x07تحكم", True, date(2010, 3, 8), float("nan")],
            [None, None, None, None],
            ["", -3, date(1999, 12, 31), -0.5]]
    sheet = load_workbook(_write(tmp_path, rows)).active
    assert sheet["A6"].value == "  مسافة "  # spaces kept
    assert sheet["C6"].value == datetime(2010, 3, 7, 7, 30)
    assert sheet["C6"].number_format == "yyyy-mm-dd hh:mm"
    assert sheet["D6"].value == 2.5 and sheet["D6"].number_format == "#,##0.00"
    assert sheet["A7"].value == "نصفيهتحكم"  # control characters Excel refuses are dropped
    assert sheet["B7"].value is True
    assert sheet["C7"].is_date and sheet["C7"].value == datetime(2010, 3, 8)
    assert sheet["D7"].data_type == "s" and sheet["D7"].value == "nan"  # never a broken number
    assert all(sheet.cell(8, c).value is None for c in range(1, 5))
    assert sheet["A9"].value is None and sheet["B9"].value == -3
    assert sheet["C9"].value == datetime(1999, 12, 31) and sheet["D9"].value == -0.5


def test_a_title_or_office_that_looks_like_a_formula_stays_text(tmp_path):
    output = write_table(tmp_path / "t.xlsx", columns=[XlsxColumn("النص")], rows=[["أ"]],
                         title="=2+2", office="=cmd|'/C calc'!A0", issued_on=date(2010, 2, 6))
    sheet = load_workbook(output).active
    assert (sheet["A1"].data_type, sheet["A1"].value) == ("s", "=2+2")
    assert (sheet["A2"].data_type, sheet["A2"].value) == ("s", "=cmd|'/C calc'!A0")


def test_the_sheet_prints_every_column_across_the_page(tmp_path):
    columns = [XlsxColumn(f"العمود {i}") for i in range(8)]
    output = write_table(tmp_path / "t.xlsx", columns=columns, rows=[["أ"] * 8] * 10,
                         title="عنوان", office="غرفة العمليات", issued_on=date(2010, 2, 6))
    sheet = load_workbook(output).active
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
    assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)


def test_the_illegal_characters_are_openpyxls():
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    from reports.excel.workbook import ILLEGAL_CHARACTERS

    assert ILLEGAL_CHARACTERS_RE.pattern == ILLEGAL_CHARACTERS


def test_loading_every_document_kind_does_not_import_openpyxl():
    import subprocess
    import sys

    code = ("import sys\nfrom reports import catalogue\ncatalogue.kinds()\n"
            "print('openpyxl' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120)
    assert done.stdout.strip().splitlines()[-1] == "False"  # only a workbook needs it
