"""Leaving with unsaved minutes and choosing Save: the save runs in the background, and once it
is committed the program does what the user asked (quit, here), without being asked again."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop.services import meetings
from tests.ui import shell_fixtures
from tests.ui.lists import settle
from tests.ui.test_meetings_editor import _ctx, _type
from ui.app import Program
from ui.meetings.area import MeetingsArea

arabic, demo_db = shell_fixtures.arabic, shell_fixtures.demo_db
SUBJECT = "اجتماع لم يُحفظ بعد"


def test_quit_then_save_saves_and_then_quits(qapp, qtbot, demo_db, arabic, monkeypatch):
    ctx = _ctx(demo_db, "clerk")
    program = Program(qapp, ctx, arabic)
    window = program.show("meetings")
    try:
        area = window.areas["meetings"]
        assert isinstance(area, MeetingsArea)
        settle(qtbot, area.list.model)
        editor = area.new_meeting()
        _type(qtbot, editor.subject, SUBJECT)
        assert editor.is_dirty()
        asked: list[str] = []
        monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: (
            asked.append("save?"), QMessageBox.StandardButton.Save)[1])
        assert not window.close()  # not yet: the save is under way
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=15_000)
        assert asked == ["save?"]  # asked once, never again
        with demo_db.reader() as session:
            rows = meetings.meeting_page(session, meetings.MeetingFilter(text=SUBJECT),
                                         "starts_at", False, 0, 10)
        assert [row.subject for row in rows] == [SUBJECT]
    finally:
        window.setProperty("checked_close", True)
        window.close()
        program.shutdown()
        program.translators = []
