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
WAIT_MS = 10_000


def _editor(qtbot, ctx) -> OfficeEditor:
    editor = OfficeEditor(ctx)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: not editor.loading, timeout=WAIT_MS)  # read in the background
    return editor


def _saved(qtbot, editor: OfficeEditor) -> int | None:
    """Save, and wait for the office to be shown saved (its id) or for the refusal (None)."""
    saved: list[int] = []
    editor.saved.connect(saved.append)
    assert editor.save() is not None
    assert not editor.save_button.isEnabled()  # one save at a time
    qtbot.waitUntil(lambda: editor.pending is None and not editor.loading, timeout=WAIT_MS)
    editor.saved.disconnect(saved.append)
    return saved[0] if saved else None


def _fill(editor: OfficeEditor, code: str, name: str, header: str = HEADER) -> None:
    editor.new_office()
    editor.code.setText(code)
    editor.name.setText(name)
    editor.header_lines.setPlainText(header)


def test_the_editor_waits_for_the_offices_then_lists_them_and_shows_the_first(qtbot, ctx):
    editor = OfficeEditor(ctx)
    qtbot.addWidget(editor)
    assert editor.loading and editor.model.rowCount() == 0  # nothing read on this thread
    assert not editor.save_button.isEnabled() and not editor.code.isEnabled()
    assert editor.organisation.currentText() == "…"
    assert editor.save() is None  # nothing to save over before the offices are here
    with qtbot.waitSignal(editor.loaded, timeout=WAIT_MS):
        pass
    assert editor.save_button.isEnabled() and editor.code.isEnabled()
    assert editor.organisation.count() > 1 and editor.organisation.itemText(0) == "(لا شيء)"
    assert editor.model.rowCount() == 3
    assert editor.current is not None and editor.code.text() == editor.model.rows[0].code
    assert "وزارة الداخلية" in editor.header_lines.toPlainText()


def test_an_empty_name_is_refused_in_arabic_and_nothing_changes(qtbot, ctx):
    editor = _editor(qtbot, ctx)
    with ctx.db.reader() as session:
        before = row_counts(session)
    _fill(editor, "ق ش ذ ف", "   ")
    assert _saved(qtbot, editor) is None
    assert editor.error.text() == "حقل الاسم مطلوب."
    assert editor.save_button.isEnabled() and editor.name.text() == "   "  # nothing lost
    with ctx.db.reader() as session:
        assert row_counts(session) == before


def test_a_duplicate_code_is_refused_in_arabic(qtbot, ctx):
    editor = _editor(qtbot, ctx)
    taken = editor.model.rows[0].code
    _fill(editor, taken, "غرفة عمليات أخرى")
    assert _saved(qtbot, editor) is None
    assert editor.error.text() == f"الرمز {taken} مستخدم لجهة مصدرة أخرى."
    assert editor.model.rowCount() == 3


def test_good_input_is_saved_audited_and_edited_again(qtbot, ctx):
    editor = _editor(qtbot, ctx)
    _fill(editor, "ذ ق/ف", "الغرفة الفرعية في الشطرة")
    editor.city.setText("الشطرة")
    editor.show_hijri.setChecked(False)
    office_id = _saved(qtbot, editor)
    assert office_id is not None and editor.error.text() == ""
    assert editor.model.rowCount() == 4 and editor.current.id == office_id
    editor.header_lines.setPlainText(HEADER + "\n\n  ")
    editor.city.setText("الناصرية")
    assert _saved(qtbot, editor) == office_id
    with ctx.db.reader() as session:
        office = session.get(IssuingOffice, office_id)
        assert office.city == "الناصرية" and office.show_hijri is False
        assert office.header_lines == HEADER and office.version == 2
        actions = session.scalars(select(AuditEntry.action).where(
            AuditEntry.entity == "issuing_offices", AuditEntry.entity_id == office_id)).all()
    assert sorted(actions) == ["create", "update"]


def test_an_office_changed_meanwhile_elsewhere_is_refused_in_the_editor(qtbot, ctx):
    editor = _editor(qtbot, ctx)
    shown = editor.current
    with ctx.db.session() as session:  # another workstation saves it first
        offices.update_office(session, ctx.actor, shown.id, OfficeInput(
            shown.code, "اسم من محطة أخرى", shown.data.header_lines),
            expected_version=shown.version)
    editor.city.setText("العمارة")
    assert _saved(qtbot, editor) is None
    assert "مستخدم آخر" in editor.error.text()
    assert editor.city.text() == "العمارة" and editor.save_button.isEnabled()
    with ctx.db.reader() as session:
        assert offices.get_office(session, shown.id).name == "اسم من محطة أخرى"


def test_a_clerk_sees_the_letterheads_and_may_not_save(qtbot, ctx):
    with ctx.db.reader() as session:
        clerk = actor_for(session, "clerk")
    editor = _editor(qtbot, ctx.__class__(ctx.db, clerk, "ar", {}))
    assert editor.model.rowCount() == 3 and editor.current is not None
    assert not editor.save_button.isEnabled() and not editor.new_button.isEnabled()
    assert editor.save() is None and "مدير" in editor.error.text()


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
    logo.write_bytes(b"\x89PNG\r\n\x1a\n")  # the signature alone is not a picture
    with demo_db.session() as session, pytest.raises(Invalid):
        offices.create_office(session, admin, OfficeInput("س/6", "مكتب", HEADER,
                                                          logo_path=str(logo)))
    from PIL import Image

    Image.new("RGB", (16, 16), "navy").save(logo)
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
    assert [area.tabs.tabText(i) for i in range(area.tabs.count())][:3] == [
        "الترويسات", "قاعدة البيانات", "اللغة"]
    assert area.tabs.widget(3) is area.protection  # the centres' minimum protection
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
