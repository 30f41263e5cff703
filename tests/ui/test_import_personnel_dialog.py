"""The personnel import dialog (the sheet import dialog the centres use, for people): the
sheet previewed with the personnel's columns, a column mapped by hand, the check writing
nothing, rejected rows asked about, imported and exported; who may import; the Personnel area's
«Import personnel…»."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from desktop.imports.people_rows import PersonField
from desktop.models import OrganisationKind, Person, UserRole
from desktop.services.accounts import create_user
from desktop.services.actor import SYSTEM, Actor
from desktop.services.organisations import OrganisationInput, create_organisation
from desktop.services.people import add_rank
from tests.desktop.factories import row_counts
from tests.desktop.test_import_personnel import HEADER, person, some_people, workbook
from ui.context import AppContext
from ui.personnel.import_dialog import ImportPersonnelDialog

WAIT_MS = 15_000


@pytest.fixture
def ctx(sqlite_db) -> AppContext:
    with sqlite_db.session() as session:
        add_rank(session, SYSTEM, "مقدم", 3, name_en="Lieutenant Colonel")
        create_organisation(session, SYSTEM, OrganisationInput(
            "قسم شرطة العمارة", OrganisationKind.SECTION))
    return AppContext(sqlite_db, SYSTEM, "en", {})


def opened(qtbot, ctx, path=None) -> ImportPersonnelDialog:
    dialog = ImportPersonnelDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.open()
    if path is not None:
        with qtbot.waitSignal(dialog.table_read, timeout=WAIT_MS):
            dialog.read_file(path)
    return dialog


def numbers(ctx) -> set[str]:
    with ctx.db.reader() as session:
        return set(session.scalars(select(Person.service_number)))


def test_the_sheet_is_previewed_with_the_personnel_columns(qtbot, ctx, tmp_path):
    dialog = opened(qtbot, ctx, workbook(tmp_path / "p.xlsx", some_people(3)))
    assert dialog.windowTitle() == "Import personnel from a sheet"
    assert dialog.mapped_fields()[0] is PersonField.SERVICE_NUMBER
    assert dialog.mapped_fields()[2] is PersonField.RANK
    header = dialog.preview.headerData(0, Qt.Orientation.Horizontal)
    assert header == f"{HEADER[0]}\n→ Service number"
    assert dialog.check_button.isEnabled() and dialog.import_button.isEnabled()
    combo = dialog._combos[0]
    assert [combo.itemData(i) for i in range(1, combo.count())] == [f.value for f in PersonField]


def test_an_unknown_column_is_mapped_by_its_combo(qtbot, ctx, tmp_path):
    path = workbook(tmp_path / "p.xlsx", [["0042", "حسن علي"]], header=["رقم الهوية", "الاسم"],
                    titles=[])
    dialog = opened(qtbot, ctx, path)
    assert dialog.mapped_fields() == {1: PersonField.NAME}
    dialog.set_column_field(0, PersonField.SERVICE_NUMBER)
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS) as done:
        dialog.start_import()
    assert done.args[0].created == 1 and numbers(ctx) == {"0042"}


def test_the_check_writes_nothing_and_lists_what_would_be_rejected(qtbot, ctx, tmp_path):
    with ctx.db.reader() as session:
        before = row_counts(session)
    dialog = opened(qtbot, ctx, workbook(tmp_path / "p.xlsx", [*some_people(3),
                                                                person("9", "هادي", rank="لواء")]))
    with qtbot.waitSignal(dialog.checked, timeout=WAIT_MS):
        dialog.check()
    with ctx.db.reader() as session:
        assert row_counts(session) == before
    assert "would create 3 people" in dialog.summary.text()
    assert dialog.rejected.data(dialog.rejected.index(0, 1)) == "9"
    assert dialog.rejected.data(dialog.rejected.index(0, 2)) == "هادي"
    assert "«لواء» is not in the rank list" in dialog.rejected.data(dialog.rejected.index(0, 3))


def test_rejected_rows_are_asked_about_then_imported_and_exported(qtbot, ctx, tmp_path):
    dialog = opened(qtbot, ctx, workbook(tmp_path / "p.xlsx", [*some_people(2),
                                                                person("9", "")]))
    with qtbot.waitSignal(dialog.checked, timeout=WAIT_MS):
        dialog.start_import()
    box = dialog.confirmation
    assert isinstance(box, QMessageBox) and box.windowTitle() == "Import personnel"
    assert numbers(ctx) == set()
    accept = next(b for b in box.buttons()
                  if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS) as done:
        accept.click()
    assert done.args[0].written and numbers(ctx) == {"000001", "000002"}
    assert dialog.outcome.text() == "The personnel were imported."
    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS) as written:
        dialog.export_rejected(tmp_path / "back")
    rows = list(load_workbook(written.args[0], read_only=True).worksheets[0]
                .iter_rows(values_only=True))
    assert rows[-1][0] == "9" and "Full name is required." in rows[-1][-1]


def test_a_viewer_may_look_but_not_import(qtbot, ctx, tmp_path):
    with ctx.db.session() as session:
        user = create_user(session, SYSTEM, "viewer", "Viewer", UserRole.VIEWER)
        session.flush()
        viewer = Actor(user.id, user.username, user.role)
    dialog = opened(qtbot, AppContext(ctx.db, viewer, "en", {}),
                    workbook(tmp_path / "p.xlsx", some_people(1)))
    assert dialog.check_button.isEnabled() and not dialog.import_button.isEnabled()
    assert dialog.start_import() is None


def test_the_personnel_area_opens_it(qtbot, ctx):
    from ui.personnel.area import PersonnelArea

    area = PersonnelArea(ctx)
    qtbot.addWidget(area)
    assert area.import_action.isEnabled() and area.import_action.text() == "Import personnel…"
    assert area.import_button.defaultAction() is area.import_action
    dialog = area.import_personnel()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, ImportPersonnelDialog) and dialog.isVisible()
    dialog.reject()
