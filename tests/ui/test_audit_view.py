"""The audit view: for the administrator and the commander, filtered by who, what, when and
which record, the chosen entry's fields shown, its Excel export, and "who changed this"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.models import AuditEntry, Meeting
from desktop.services import audit
from desktop.services.actor import actor_for
from tests.ui import shell_fixtures
from ui.audit.view import AuditView, show_history
from ui.context import AppContext
from ui.settings.area import SettingsArea

arabic, demo_db = shell_fixtures.arabic, shell_fixtures.demo_db
WAIT_MS = 10_000
SHOTS = Path("/tmp/ghurfa-shots")


@pytest.fixture
def trail_db(demo_db):
    """The demo writes no trail: a few entries by two users about two meetings and a centre."""
    with demo_db.session() as session:
        meetings = session.scalars(select(Meeting.id).order_by(Meeting.id)).all()[:2]
        for name, action, entity, entity_id in (
                ("admin", "update", "meetings", meetings[0]),
                ("commander", "approve", "meetings", meetings[0]),
                ("admin", "update", "meetings", meetings[1]),
                ("admin", "create", "centres", 1),
                ("clerk", "sign_in", "users", None)):
            audit.record(session, actor_for(session, name), action, entity=entity,
                         entity_id=entity_id, changes={"subject": ["قديم", "جديد"]})
    return demo_db


def _ctx(db, username: str) -> AppContext:
    with db.reader() as session:
        return AppContext(db, actor_for(session, username), "ar", {})


def _loaded(qtbot, view: AuditView) -> None:
    qtbot.waitUntil(lambda: not view.model.loading and view.user.count() > 1, timeout=WAIT_MS)
    if view.model.rowCount():
        view.model.row(0)  # asks for the first page
        qtbot.waitUntil(lambda: view.model.row(0) is not None, timeout=WAIT_MS)


def test_the_tab_is_the_administrators_and_the_commanders(trail_db, arabic, qtbot):
    for name, shown in (("admin", True), ("commander", True), ("clerk", False)):
        area = SettingsArea(_ctx(trail_db, name))
        qtbot.addWidget(area)
        assert (area.audit is not None) is shown, name


def test_the_filters_narrow_the_list_and_an_entry_shows_its_fields(trail_db, arabic, qtbot):
    view = AuditView(_ctx(trail_db, "commander"))
    qtbot.addWidget(view)
    view.resize(1100, 640)
    view.show()
    _loaded(qtbot, view)
    with trail_db.reader() as session:
        total = len(session.scalars(select(AuditEntry.id)).all())
        meeting_id = session.scalars(select(Meeting.id).order_by(Meeting.id)).first()
        of_meeting = len(session.scalars(select(AuditEntry.id).where(
            AuditEntry.entity == "meetings", AuditEntry.entity_id == meeting_id)).all())
    assert total > 0 and view.model.rowCount() == total
    view.entity.set_value("meetings")
    view.entity_id.setText(str(meeting_id))
    view.apply_filter()
    qtbot.waitUntil(lambda: not view.model.loading, timeout=WAIT_MS)
    assert view.model.rowCount() == of_meeting > 0
    view.view.setCurrentIndex(view.model.index(0, 0))
    qtbot.waitUntil(lambda: view.details.toPlainText() != "", timeout=WAIT_MS)
    view.date_from.setDate(date(2100, 1, 1))
    qtbot.waitUntil(lambda: not view.model.loading and view.model.rowCount() == 0,
                    timeout=WAIT_MS)
    assert "0" in view.count_label.text()
    SHOTS.mkdir(exist_ok=True)
    view.date_from.setDate(view.date_from.minimumDate())
    view.entity.set_value(None)
    view.entity_id.clear()
    view.apply_filter()
    _loaded(qtbot, view)
    view.view.setCurrentIndex(view.model.index(0, 0))
    qtbot.wait(200)
    view.grab().save(str(SHOTS / "audit-view.png"))


def test_the_export_writes_the_filtered_rows(trail_db, arabic, qtbot, tmp_path):
    view = AuditView(_ctx(trail_db, "admin"))
    qtbot.addWidget(view)
    _loaded(qtbot, view)
    view.user.set_value("admin")
    qtbot.waitUntil(lambda: not view.model.loading, timeout=WAIT_MS)
    shown = view.model.rowCount()
    output = tmp_path / "trail.xlsx"
    with qtbot.waitSignal(view.export(output).done, timeout=WAIT_MS):
        pass
    sheet = load_workbook(output, read_only=True).active
    rows = [r for r in sheet.iter_rows(values_only=True) if r and isinstance(r[0], int)]
    assert len(rows) == shown > 0 and {r[2] for r in rows} == {"admin"}


def test_who_changed_this_opens_the_trail_of_one_record(trail_db, arabic, qtbot):
    with trail_db.reader() as session:
        meeting_id = session.scalars(select(Meeting.id).order_by(Meeting.id)).first()
    ctx = _ctx(trail_db, "admin")
    assert show_history(ctx, None, "meetings", None) is None  # not saved yet: nothing
    dialog = show_history(ctx, None, "meetings", meeting_id)
    qtbot.addWidget(dialog)
    _loaded(qtbot, dialog.audit)
    chosen = dialog.audit.current_filter()
    assert (chosen.entity, chosen.entity_id) == ("meetings", meeting_id)
    ids = [dialog.audit.model.row(i).entity_id for i in range(dialog.audit.model.rowCount())]
    assert ids and set(ids) == {meeting_id}
    assert str(meeting_id) in dialog.windowTitle()


def test_the_meetings_list_asks_who_changed_the_meeting_chosen(trail_db, arabic, qtbot):
    from ui.audit.view import HistoryDialog
    from ui.meetings.area import MeetingsArea

    with trail_db.reader() as session:
        meeting_id = session.scalars(select(Meeting.id).order_by(Meeting.id)).first()
    clerk = MeetingsArea(_ctx(trail_db, "clerk"))
    qtbot.addWidget(clerk)
    assert clerk.history_action is None  # a clerk does not read the trail
    area = MeetingsArea(_ctx(trail_db, "commander"))
    qtbot.addWidget(area)
    assert area.history_action in area.more_menu.actions()
    qtbot.waitUntil(lambda: area.list.select_meeting(meeting_id), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: getattr(area.list.current_row(), "id", None) == meeting_id,
                    timeout=WAIT_MS)
    area.history_action.trigger()
    dialogs = area.findChildren(HistoryDialog)
    assert len(dialogs) == 1
    _loaded(qtbot, dialogs[0].audit)
    chosen = dialogs[0].audit.current_filter()
    assert (chosen.entity, chosen.entity_id) == ("meetings", meeting_id)
    assert dialogs[0].audit.model.rowCount() == 2  # the admin's change, the approval
    dialogs[0].close()


def _details_of_first(qtbot, view: AuditView) -> str:
    view.resize(1100, 640)
    view.show()
    _loaded(qtbot, view)
    view.view.setCurrentIndex(view.model.index(0, 0))
    qtbot.waitUntil(lambda: view.details.toPlainText() != "", timeout=WAIT_MS)
    return view.details.toPlainText()


def test_an_entrys_fields_read_in_arabic_from_the_right(trail_db, arabic, qtbot):
    view = AuditView(_ctx(trail_db, "commander"))
    qtbot.addWidget(view)
    text = _details_of_first(qtbot, view)
    assert text.startswith("\u200fالموضوع: ") and "subject" not in text
    assert "قديم\u2069 ← \u2067جديد" in text  # the old value first, at the right
    option = view.details.document().defaultTextOption()
    assert view.details.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    assert option.alignment() & Qt.AlignmentFlag.AlignRight


def test_in_english_an_entrys_fields_read_from_the_left(trail_db, qtbot):
    from desktop import i18n

    i18n.set_language("en")
    try:
        with trail_db.reader() as session:
            ctx = AppContext(trail_db, actor_for(session, "admin"), "en", {})
        view = AuditView(ctx)
        qtbot.addWidget(view)
        text = _details_of_first(qtbot, view)
    finally:
        i18n.set_language("ar")
    assert text.startswith("Subject: ") and "\u200f" not in text and "→" in text
    option = view.details.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.LeftToRight
    assert option.alignment() & Qt.AlignmentFlag.AlignLeft
