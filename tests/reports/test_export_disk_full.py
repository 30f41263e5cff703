"""A full disk or a read-only one while a document is exported (issue 13, crash safety): the
user reads what happened in their language, no file or half file is left, and a document
number drawn for it is voided, not left to a copy that does not exist."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from desktop.models import NumberStatus
from desktop.services.errors import DatabaseUnavailable
from reports import files
from reports.documents import minutes as minutes_document
from reports.files import UnusableOutput
from tests.reports.test_minutes import approved, build, number_of, numbers  # noqa: F401


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The folder exported to, apart from the test's database."""
    made = tmp_path / "out"
    made.mkdir()
    return made


def _nothing_left(folder: Path, output: Path) -> None:
    assert not output.exists()
    assert [p.name for p in folder.iterdir()] == [], "no temporary file either"


def test_a_full_disk_while_printing_minutes_voids_their_number(db, approved, folder,  # noqa: F811
                                                                monkeypatch):
    real = minutes_document.render

    def render_then_full(output, *args, **kwargs):
        real(output, *args, **kwargs)  # most of the file written, then the disk is full
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(minutes_document, "render", render_then_full)
    output = folder / "m.pdf"
    with pytest.raises(UnusableOutput) as refused:
        build(db, approved, output)
    assert "is full; nothing was written" in refused.value.message("en")
    assert str(folder) in refused.value.message("ar") and \
        refused.value.message("ar") != refused.value.message("en")
    _nothing_left(folder, output)
    assert numbers(db) == [(1, NumberStatus.VOIDED)] and number_of(db, approved) is None
    monkeypatch.setattr(minutes_document, "render", real)
    build(db, approved, output)  # room again: the next print takes the next number
    assert output.exists() and numbers(db) == [(1, NumberStatus.VOIDED),
                                               (2, NumberStatus.ISSUED)]


def test_a_read_only_disk_when_the_minutes_land_voids_their_number(db, approved, folder,  # noqa: F811
                                                                   monkeypatch):
    def read_only(source, target):
        raise OSError(errno.EROFS, "Read-only file system", str(target))

    monkeypatch.setattr(files.os, "replace", read_only)
    output = folder / "m.pdf"
    with pytest.raises(UnusableOutput) as refused:
        build(db, approved, output)
    assert "cannot be written to; nothing was written" in refused.value.message("en")
    _nothing_left(folder, output)
    assert numbers(db) == [(1, NumberStatus.VOIDED)] and number_of(db, approved) is None


def test_a_full_disk_while_saving_a_workbook_leaves_no_half_file(db, approved, folder,  # noqa: F811
                                                                  monkeypatch):
    from openpyxl import Workbook

    real = Workbook.save

    def half_then_full(self, filename):
        real(self, filename)
        with open(filename, "r+b") as written:  # the end did not fit on the disk
            written.truncate(written.seek(0, 2) // 2)
        raise OSError(errno.ENOSPC, "No space left on device", str(filename))

    monkeypatch.setattr(Workbook, "save", half_then_full)
    output = folder / "m.xlsx"
    with pytest.raises(UnusableOutput) as refused:
        build(db, approved, output, fmt="xlsx")
    assert "is full; nothing was written" in refused.value.message("en")
    _nothing_left(folder, output)


def test_a_full_database_when_the_number_is_recorded_leaves_no_copy(db, approved, folder):  # noqa: F811
    """The document is whole, but the database refuses to record its number on the minutes
    (full as SQLite says it, at that write): no copy is left under a number the minutes do not
    carry, and the number is voided."""
    if not db.is_sqlite:
        pytest.skip("SQLite's own full-disk refusal")

    @event.listens_for(db.engine, "do_execute")
    def _full(_cursor, statement, _parameters, _context) -> None:
        if statement.startswith("UPDATE meetings SET document_number_id"):
            raise sqlite3.OperationalError("database or disk is full")

    output = folder / "m.pdf"
    try:
        with pytest.raises(DatabaseUnavailable) as refused:
            build(db, approved, output)
    finally:
        event.remove(db.engine, "do_execute", _full)
    assert "disk that holds the database is full" in refused.value.message("en")
    _nothing_left(folder, output)
    assert numbers(db) == [(1, NumberStatus.VOIDED)] and number_of(db, approved) is None
