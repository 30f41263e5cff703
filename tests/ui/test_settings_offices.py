"""Letterheads: the office editor refuses bad input in Arabic and changes nothing; saves good."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.models import AuditEntry, IssuingOffice
from desktop.services import offices
from desktop.services.actor import Actor, actor_for
from desktop.services.errors import Conflict, Forbidden, Invalid
from desktop.services.offices import OfficeInput
from tests.desktop.factories import row_counts
from tests.ui import shell_fixtures
from ui.settings import store
from ui.settings.area import SettingsArea
from ui.settings.offices import OfficeEditor

# The shared fixtures, named here so pytest finds them.
arabic, ctx, demo_db = shell_fixtures.arabic, shell_fixtures.ctx, shell_fixtures.demo_db

HEADER = "جمهورية العراق\nوزارة الداخلية\nقيادة شرطة ذي قار\nغرفة العمليات الفرعية"


def _editor(qtbot, ctx) -> OfficeEditor:
    editor = OfficeEditor(ctx)
    qtbot.addWidget(editor)
    return editor


def _fill(editor: OfficeEditor, code: str, name: str, header: str = HEADER) -> None:
    editor.new_office()
    editor.code.setText(code)
    editor.name.setText(name)
    editor.header_lines.setPlainText(header)


def test_the_editor_lists_the_offices_and_shows_the_first(qtbot, ctx):
    editor = _editor(qtbot, ctx)
    assert editor.model.rowCount() == 3
    assert editor.current is not None and editor.code.text() == editor.model.rows[0].code
    assert "وزارة الداخلية" in editor.header_lines.toPlainText()


def test_an_empty_name_is_refused_in_arabic_and_nothing_changes(qtbot, ctx):
    editor = _editor(qtbot, ctx)
    with ctx.db.reader() as session:
        before = row_counts(session)
    _fill(editor, "ق ش ذ ف", "   ")
    assert editor.save() is None
    assert editor.error.text() == "حقل الاسم مطلوب."
    with ctx.db.reader() as session:
        assert row_counts(session) == before


def test_a_duplicate_code_is_refused_in_arabic(qtbot, ctx):
    editor = _editor(qtbot, ctx)
    taken = editor.model.rows[0].code
    _fill(editor, taken, "غرفة عمليات أخرى")
    assert editor.save() is None
    assert editor.error.text() == f"الرمز {taken} مستخدم لجهة مصدرة أخرى."
    assert editor.model.rowCount() == 3


def test_good_input_is_saved_audited_and_edited_again(qtbot, ctx):
    editor = _editor(qtbot, ctx)
    _fill(editor, "ذ ق/ف", "الغرفة الفرعية في الشطرة")
    editor.city.setText("الشطرة")
    editor.show_hijri.setChecked(False)
    office_id = editor.save()
    assert office_id is not None and editor.error.text() == ""
    assert editor.model.rowCount() == 4 and editor.current.id == office_id
    editor.header_lines.setPlainText(HEADER + "\n\n  ")
    editor.city.setText("الناصرية")
    assert editor.save() == office_id
    with ctx.db.reader() as session:
        office = session.get(IssuingOffice, office_id)
        assert office.city == "الناصرية" and office.show_hijri is False
        assert office.header_lines == HEADER and office.version == 2
        actions = session.scalars(select(AuditEntry.action).where(
            AuditEntry.entity == "issuing_offices", AuditEntry.entity_id == office_id)).all()
    assert sorted(actions) == ["create", "update"]


def test_the_service_refuses_a_missing_logo_too_many_lines_and_a_clerk(demo_db, tmp_path):
    with demo_db.reader() as session:
        admin = actor_for(session, "admin")
        clerk: Actor = actor_for(session, "clerk")
    good = OfficeInput("س/1", "مكتب", HEADER)
    cases = [
        (admin, OfficeInput("س/2", "مكتب", HEADER, logo_path=str(tmp_path / "none.png")),
         Invalid, "غير موجود"),
        (admin, OfficeInput("س/3", "مكتب", HEADER, logo_path=str(tmp_path / "logo.gif")),
         Invalid, "PNG"),
        (admin, OfficeInput("س/4", "مكتب", "\n".join("سطر" for _ in range(9))), Invalid, "8"),
        (admin, OfficeInput("س/5", "مكتب", "  \n "), Invalid, "أسطر الترويسة"),
        (clerk, good, Forbidden, "مدير النظام"),
    ]
    for actor, data, error, words in cases:
        with demo_db.session() as session, pytest.raises(error) as refused:
            offices.create_office(session, actor, data)
        assert words in refused.value.message("ar"), refused.value.message("ar")
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n")
    with demo_db.session() as session:
        made = offices.create_office(session, admin, OfficeInput(
            "س/6", "مكتب", HEADER, logo_path=str(logo)))
        session.flush()
        made_id = made.id
    with demo_db.session() as session, pytest.raises(Conflict):
        offices.update_office(session, admin, made_id, good, expected_version=7)
    with demo_db.reader() as session:
        assert offices.get_office(session, made_id).data.logo_path == str(logo)


def test_the_settings_area_holds_letterheads_database_and_language(qtbot, ctx):
    area = SettingsArea(ctx)
    qtbot.addWidget(area)
    assert [area.tabs.tabText(i) for i in range(area.tabs.count())] == [
        "الترويسات", "قاعدة البيانات", "اللغة"]
    page = area.database
    page.postgres.setChecked(True)
    page.url.setText("mysql://nobody@host/db")
    assert not page.save()
    assert "PostgreSQL" in page.message.text()
    assert store.saved_database_url() is None
    page.url.setText("postgresql+psycopg://ghurfa@10.0.0.5/ghurfa")
    assert page.save()
    assert store.saved_database_url() == "postgresql+psycopg://ghurfa@10.0.0.5/ghurfa"
    assert "أعد تشغيل" in page.message.text()
    page.sqlite.setChecked(True)
    assert page.save() and store.saved_database_url() is None
