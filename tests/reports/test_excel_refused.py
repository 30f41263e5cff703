"""A workbook refused part-way: the user reads why, no file or half file is left (not even
openpyxl's temporary sheets), and nothing complains later from a finalizer.

Each sheet streams its rows through two generators (its row stream and openpyxl's XML writer);
a workbook dropped unsaved left both to the garbage collector, which closed them in any order:
lxml then raised «not in an element» / «inconsistent exit action» from their finalizers
(PytestUnraisableExceptionWarning), and the sheets' temporary files stayed until the program
closed. Warnings are errors here, and the garbage is collected inside each test, so a
finalizer's complaint fails the test that caused it.
"""

from __future__ import annotations

import errno
import gc
import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from desktop.models import UserRole
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.audit_log import AuditFilter
from reports.errors import Cancelled
from reports.excel import SheetData, XlsxColumn, write_sheets, write_table
from reports.excel.audit import export_audit
from reports.files import UnusableOutput

pytestmark = pytest.mark.filterwarnings("error")

COMMANDER = Actor(None, "qaid", UserRole.COMMANDER)
COLUMNS = [XlsxColumn("الاسم"), XlsxColumn("العدد", "int")]


@pytest.fixture
def sheets_folder(tmp_path: Path, monkeypatch) -> Path:
    """Where openpyxl keeps each sheet's rows until the save: a folder of the test's own."""
    folder = tmp_path / "openpyxl-temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def out(tmp_path: Path) -> Path:
    made = tmp_path / "out"
    made.mkdir()
    return made


def _nothing_left(*folders: Path) -> None:
    gc.collect()  # a generator left open would complain now, inside the test
    for folder in folders:
        left = sorted(p.name for p in folder.iterdir()) if folder.exists() else []
        assert left == [], f"left in {folder}: {left}"


def _rows(count: int):
    for i in range(count):
        yield [f"المنتسب {i}", i]


def test_an_audit_export_whose_folder_goes_before_the_save_is_refused_cleanly(
        db, tmp_path, out, sheets_folder):
    """The rows are all written when the folder goes (a USB stick pulled out): the export is
    refused naming the folder, and nothing is left of the workbook anywhere."""
    with db.session() as session:
        audit.record(session, COMMANDER, "update", entity="people", entity_id=3,
                     changes={"name": ["علي", "Ali"]})
    stick = out / "stick"
    stick.mkdir()

    def pulled_out(done: int, total: int) -> None:
        if stick.exists():  # the last report comes after the last row, before the save
            shutil.rmtree(stick)

    with pytest.raises(UnusableOutput) as refused:
        export_audit(db, COMMANDER, AuditFilter(), stick / "audit.xlsx", lang="ar",
                     progress=pulled_out)
    english, arabic = refused.value.message("en"), refused.value.message("ar")
    del refused  # its traceback holds the workbook
    assert english == (f"The folder {stick} does not exist; create it first or choose "
                       "another folder.")
    assert str(stick) in arabic and arabic != english
    _nothing_left(out, sheets_folder)

    stick.mkdir()  # back in: the same export is written whole
    written = export_audit(db, COMMANDER, AuditFilter(), stick / "audit.xlsx", lang="ar")
    body = [r for r in load_workbook(written).active.iter_rows(values_only=True) if r[0]]
    assert body[-1][2] == "qaid" and body[-1][8] == "الاسم: علي ← Ali"
    _nothing_left(sheets_folder)


def test_a_cancelled_export_leaves_nothing(out, sheets_folder):
    reports = []

    def cancel_after_the_first_check() -> bool:
        reports.append(1)
        return len(reports) > 1

    with pytest.raises(Cancelled):
        write_table(out / "t.xlsx", columns=COLUMNS, rows=_rows(9000), title="عنوان",
                    office="", issued_on=date(2010, 2, 6), cancelled=cancel_after_the_first_check)
    assert len(reports) == 2, "cancelled part-way, not before the first row"
    _nothing_left(out, sheets_folder)


def test_a_read_that_fails_part_way_is_passed_on_as_it_was(out, sheets_folder):
    def failing():
        yield from _rows(300)  # past the rows read ahead to size the columns
        raise ConnectionError("the database went away")

    with pytest.raises(ConnectionError, match="the database went away"):
        write_sheets(out / "t.xlsx", sheets=[SheetData("أ", COLUMNS, _rows(5)),
                                             SheetData("ب", COLUMNS, failing())],
                     title="عنوان", office="", issued_on=date(2010, 2, 6))
    _nothing_left(out, sheets_folder)


def test_a_disk_full_between_two_sheets_of_the_save_leaves_nothing(out, sheets_folder,
                                                                    monkeypatch):
    """The first sheet is saved (and its temporary file removed by openpyxl), the second
    does not fit: the sheets not yet saved are closed and removed all the same."""
    real = WriteOnlyWorksheet.close

    def full_at_the_second(self):
        if self.title == "ب":
            raise OSError(errno.ENOSPC, "No space left on device")
        real(self)

    monkeypatch.setattr(WriteOnlyWorksheet, "close", full_at_the_second)
    with pytest.raises(UnusableOutput) as refused:
        write_sheets(out / "t.xlsx", sheets=[SheetData(name, COLUMNS, _rows(50))
                                             for name in ("أ", "ب", "ج")],
                     title="عنوان", office="", issued_on=date(2010, 2, 6))
    message = refused.value.message("en")
    del refused
    assert "is full; nothing was written" in message
    _nothing_left(out, sheets_folder)


def test_a_missing_folder_is_refused_before_any_row_is_read(tmp_path, sheets_folder):
    read = []

    def rows():
        read.append(1)
        yield from _rows(3)

    with pytest.raises(UnusableOutput) as refused:
        write_table(tmp_path / "missing" / "t.xlsx", columns=COLUMNS, rows=rows(),
                    title="عنوان", office="", issued_on=date(2010, 2, 6))
    assert "does not exist" in refused.value.message("en")
    assert read == [] and not (tmp_path / "missing").exists()
    _nothing_left(sheets_folder)
