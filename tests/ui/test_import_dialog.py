"""The centres import dialog: the sheet read and previewed, columns mapped by hand, the dry run,
the question before rows are left out, the import in one operation, the rejected rows shown
and exported; a refused file said in the dialog."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from desktop.imports import Field
from desktop.models import Centre, UserRole
from desktop.services.accounts import create_user
from desktop.services.actor import SYSTEM, Actor
from desktop.services.elections import ElectionInput, create_election
from tests.desktop.factories import row_counts
from tests.desktop.import_sheets import (
    HEADER,
    centre,
    compound_file,
    csv_bytes,
    some_centres,
    workbook,
)
from ui.centres.import_dialog import ImportCentresDialog
from ui.context import AppContext

WAIT_MS = 15_000


@pytest.fixture
def ctx(sqlite_db) -> AppContext:
    with sqlite_db.session() as session:
        create_election(session, SYSTEM, ElectionInput(
            "انتخابات مجالس المحافظات", "provincial_councils", date(2023, 12, 18)))
        create_election(session, SYSTEM, ElectionInput(
            "انتخابات مجلس النواب", "parliamentary", date(2025, 11, 11)))
    return AppContext(sqlite_db, SYSTEM, "en", {})


def opened(qtbot, ctx) -> ImportCentresDialog:
    dialog = ImportCentresDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.elections_read, timeout=WAIT_MS):
        dialog.open()
    return dialog


def read(qtbot, dialog: ImportCentresDialog, path) -> None:
    with qtbot.waitSignal(dialog.table_read, timeout=WAIT_MS):
        dialog.read_file(path)


def counts(ctx) -> dict[str, int]:
    with ctx.db.reader() as session:
        return row_counts(session)


def codes(ctx) -> set[str]:
    with ctx.db.reader() as session:
        return set(session.scalars(select(Centre.code)))


def test_the_sheet_is_previewed_with_its_recognised_columns(qtbot, ctx, tmp_path):
    dialog = opened(qtbot, ctx)
    assert dialog.election.currentText().startswith("انتخابات مجلس النواب")  # the latest
    assert not dialog.check_button.isEnabled()  # no file yet
    read(qtbot, dialog, workbook(tmp_path / "s.xlsx", some_centres(40)))
    assert dialog.preview.rowCount() == 30 and dialog.preview.columnCount() == len(HEADER)
    assert dialog.preview.headerData(0, _horizontal()).startswith("رقم المركز\n→ Commission")
    assert dialog.preview.headerData(0, _vertical()) == "6"  # Excel's row number
    assert dialog.mapped_fields()[9] is Field.RISK and "row 5" in dialog.sheet_note.text()
    assert dialog.check_button.isEnabled() and dialog.import_button.isEnabled()


def test_a_csvs_note_runs_in_the_languages_direction(qtbot, ctx, tmp_path):
    """A CSV has no sheet name, so its note opens on the (Latin) file name, which made the
    Arabic sentence run left to right, its full stop on the wrong side: the first strong
    character now is the language's."""
    import unicodedata

    def first_strong(text: str) -> str:
        return next(kind for c in text
                    if (kind := unicodedata.bidirectional(c)) in ("L", "R", "AL"))

    path = tmp_path / "maysan.csv"
    path.write_bytes(csv_bytes(some_centres(2)))
    for lang, direction in (("ar", ("R", "AL")), ("en", ("L",))):
        dialog = opened(qtbot, AppContext(ctx.db, ctx.actor, lang, {}))
        read(qtbot, dialog, path)
        note = dialog.sheet_note.text()
        assert "maysan.csv" in note and first_strong(note) in direction, (lang, note)


def test_an_unknown_column_is_mapped_by_its_combo(qtbot, ctx, tmp_path):
    header = ["الرقم الانتخابي", "اسم المركز", "ملاحظة"]
    dialog = opened(qtbot, ctx)
    read(qtbot, dialog, workbook(tmp_path / "s.xlsx", [["00001", "مدرسة", "x"]],
                                 header=header))
    assert dialog.mapped_fields() == {1: Field.NAME}
    dialog.set_column_field(0, Field.CODE)
    assert "→ Commission code" in dialog.preview.headerData(0, _horizontal())
    dialog.set_column_field(2, Field.CODE)  # a field feeds from one column only
    assert dialog.mapped_fields() == {1: Field.NAME, 2: Field.CODE}
    dialog.set_column_field(0, Field.CODE)
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS) as done:
        dialog.start_import()
    assert done.args[0].created == 1 and codes(ctx) == {"00001"}


def test_a_required_field_without_a_column_is_said_in_the_dialogs_words(qtbot, ctx,
                                                                         tmp_path):
    """Nothing runs while no column feeds the code or the name, and the dialog says which to
    choose in its list (the core's refusal would tell the user to write COLUMN=FIELD)."""
    before = counts(ctx)
    dialog = opened(qtbot, ctx)
    read(qtbot, dialog, workbook(tmp_path / "s.xlsx", [["00001", "مدرسة"]],
                                 header=["الرقم الانتخابي", "المدرسة"]))
    assert dialog.check() is None and dialog.start_import() is None
    said = dialog.problem.text()
    assert "Commission code" in said and "list of columns" in said and "=" not in said
    dialog.set_column_field(0, Field.CODE)
    assert dialog.check() is None and "Name" in dialog.problem.text()
    assert counts(ctx) == before
    dialog.set_column_field(1, Field.NAME)
    with qtbot.waitSignal(dialog.checked, timeout=WAIT_MS) as done:
        dialog.check()
    assert done.args[0].created == 1 and dialog.problem.text() == ""


def test_the_check_writes_nothing_and_lists_what_would_be_rejected(qtbot, ctx, tmp_path):
    before = counts(ctx)
    dialog = opened(qtbot, ctx)
    read(qtbot, dialog, workbook(tmp_path / "s.xlsx", [*some_centres(3), centre("9", "")]))
    with qtbot.waitSignal(dialog.checked, timeout=WAIT_MS) as done:
        dialog.check()
    assert done.args[0].dry_run and counts(ctx) == before
    assert "would create 3 centres" in dialog.summary.text()
    assert dialog.rejected.rowCount() == 1 and not dialog.checked_box.isHidden()
    assert dialog.rejected.data(dialog.rejected.index(0, 3)) == "Name is required."
    assert dialog.rejected.data(dialog.rejected.index(0, 0)) == "9"


def test_rejected_rows_are_asked_about_then_shown_and_exported(qtbot, ctx, tmp_path):
    dialog = opened(qtbot, ctx)
    read(qtbot, dialog, workbook(tmp_path / "s.xlsx", [*some_centres(2),
                                                       centre("00009", "", latitude=99)]))
    with qtbot.waitSignal(dialog.checked, timeout=WAIT_MS):
        dialog.start_import()
    box = dialog.confirmation
    assert isinstance(box, QMessageBox) and "1 rows" in box.text() and "other 2" in box.text()
    assert codes(ctx) == set()  # nothing before the answer
    accept = next(b for b in box.buttons()
                  if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS) as done:
        accept.click()
    assert done.args[0].written and codes(ctx) == {"00001", "00002"}
    assert dialog.pages.currentIndex() == 1 and dialog.rejected.rowCount() == 1
    assert "imported" in dialog.outcome.text()
    target = tmp_path / "back"
    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS) as written:
        dialog.export_rejected(target)
    assert written.args[0] == tmp_path / "back.xlsx"
    rows = list(load_workbook(written.args[0], read_only=True).worksheets[0]
                .iter_rows(values_only=True))
    assert rows[-1][0] == "00009" and "Name is required." in rows[-1][-1]


def test_answering_cancel_writes_nothing(qtbot, ctx, tmp_path):
    before = counts(ctx)
    dialog = opened(qtbot, ctx)
    read(qtbot, dialog, workbook(tmp_path / "s.xlsx", [*some_centres(2), centre("9", "")]))
    with qtbot.waitSignal(dialog.checked, timeout=WAIT_MS):
        dialog.start_import()
    dialog.confirmation.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: dialog.confirmation is None, timeout=WAIT_MS)
    assert counts(ctx) == before and dialog.pages.currentIndex() == 0
    assert dialog.import_button.isEnabled()


def test_a_refused_file_is_said_in_the_dialog(qtbot, ctx, tmp_path):
    (tmp_path / "secret.xlsx").write_bytes(compound_file("EncryptionInfo", "EncryptedPackage"))
    dialog = opened(qtbot, ctx)
    read(qtbot, dialog, tmp_path / "secret.xlsx")
    assert "protected with a password" in dialog.problem.text()
    assert not dialog.check_button.isEnabled() and not dialog.import_button.isEnabled()
    read(qtbot, dialog, workbook(tmp_path / "s.xlsx", some_centres(1)))
    assert dialog.problem.text() == "" and dialog.check_button.isEnabled()


def test_a_viewer_may_look_but_not_import(qtbot, ctx, tmp_path):
    with ctx.db.session() as session:
        user = create_user(session, SYSTEM, "viewer", "Viewer", UserRole.VIEWER)
        session.flush()
        viewer = Actor(user.id, user.username, user.role)
    dialog = opened(qtbot, AppContext(ctx.db, viewer, "en", {}))
    read(qtbot, dialog, workbook(tmp_path / "s.xlsx", some_centres(1)))
    assert dialog.check_button.isEnabled() and not dialog.import_button.isEnabled()
    assert dialog.import_button.toolTip()
    assert dialog.start_import() is None


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def _vertical():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Vertical


def test_cancel_in_the_progress_of_an_import_writes_nothing_and_says_so(qtbot, ctx, tmp_path,
                                                                         monkeypatch):
    """The progress dialog's Cancel button, pressed while the import is under way (held at
    its backup, the first thing it does before it writes), stops it before anything is
    written; the dialog says so and the user can import again."""
    import threading

    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from desktop.storage import backups

    started, go_on = threading.Event(), threading.Event()
    real_backup = backups.automatic

    def held_backup(*args, **kwargs):
        started.set()
        go_on.wait(WAIT_MS / 1000)
        return real_backup(*args, **kwargs)

    monkeypatch.setattr(backups, "automatic", held_backup)
    before = counts(ctx)
    dialog = opened(qtbot, ctx)
    read(qtbot, dialog, workbook(tmp_path / "s.xlsx", some_centres(3)))
    with qtbot.waitSignal(dialog.checked, timeout=WAIT_MS):
        dialog.check()
    dialog.start_import()  # checked as it stands: the import itself starts
    try:
        qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
        (progress,) = [p for p in dialog.findChildren(QProgressDialog)
                       if p.windowTitle() == dialog.said.importing]
        cancel = progress.findChild(QPushButton)
        assert cancel is not None and cancel.text()  # the dialog offers a Cancel button
        cancel.click()
    finally:
        go_on.set()
    qtbot.waitUntil(lambda: dialog.problem.text() != "", timeout=WAIT_MS)
    assert "cancelled" in dialog.problem.text() and "nothing was written" in dialog.problem.text()
    assert counts(ctx) == before and codes(ctx) == set()
    assert dialog.pages.currentIndex() == 0 and dialog.import_button.isEnabled()


def test_totals_left_out_and_swapped_coordinates_are_said_and_nothing_asked(qtbot, ctx,
                                                                             tmp_path):
    """A sheet that ends on its totals and has a point with its halves swapped imports with
    no question (no row is rejected); the summary names the totals row and warns of the row,
    before the import and after it. More warnings than are listed are counted."""
    swapped = [centre(f"0010{i}", f"مدرسة {i}", latitude=47.15, longitude=31.84)
               for i in range(7)]
    rows = [*some_centres(2), *swapped, ["", "المجموع", "", "", "", 36, 22500]]
    dialog = opened(qtbot, ctx)
    read(qtbot, dialog, workbook(tmp_path / "s.xlsx", rows))
    with qtbot.waitSignal(dialog.checked, timeout=WAIT_MS):
        dialog.check()
    said = dialog.summary.text()
    assert "0 rows would be rejected" in said and dialog.checked_box.isHidden()
    assert "Totals rows at the foot of the sheet were left out (they are not centres): 15." in said
    assert "7 rows were taken as written but should be checked:" in said
    assert "Row 8: The latitude 47.15 and longitude 31.84 look swapped" in said
    assert "Row 12:" in said and "Row 13:" not in said and "… and 2 more." in said
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS) as done:
        dialog.start_import()
    assert dialog.confirmation is None and done.args[0].written
    assert len(codes(ctx)) == 9
    assert "not centres): 15." in dialog.outcome_details.text()
    assert "Row 8: The latitude" in dialog.outcome_details.text()
