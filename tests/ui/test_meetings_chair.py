"""The chair of a meeting and the chair's capacity in the attendance list always agree."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication

from desktop.models import AttendanceCapacity
from desktop.services import meetings
from tests.ui import shell_fixtures, test_meetings_editor
from tests.ui.test_meetings_editor import _area, _ctx, _pick, save_and_wait
from tests.ui.test_meetings_keyboard import press, write
from ui.context import AppContext
from ui.labels import label
from ui.meetings.editor import MeetingEditor

arabic, demo_db = shell_fixtures.arabic, shell_fixtures.demo_db
errors = test_meetings_editor.errors
CHAIR, MEMBER = AttendanceCapacity.CHAIR, AttendanceCapacity.MEMBER
OBSERVER = AttendanceCapacity.OBSERVER


@pytest.fixture
def clerk(demo_db, arabic) -> AppContext:
    return _ctx(demo_db, "clerk")


def _meeting(qtbot, ctx: AppContext) -> MeetingEditor:
    editor = _area(qtbot, ctx).new_meeting()
    write(qtbot, "اجتماع اللجنة الأمنية")
    editor.starts.setDateTime(QDateTime(datetime(2008, 7, 13, 10, 0)))
    for name in ("حربيه", "جعفر كاظم", "سعد لفتة"):
        _pick(qtbot, editor, name)
    return editor


def _capacities(editor: MeetingEditor) -> list[AttendanceCapacity]:
    return [row.data.capacity for row in editor.attendees.model.rows]


def _person(editor: MeetingEditor, n: int) -> int:
    return editor.attendees.model.rows[n].data.person_id


def _choose_chair(qtbot, editor: MeetingEditor, n: int) -> None:
    """As the clerk does: the chair's name typed into its box, then Tab."""
    window = editor.window()
    window.activateWindow()  # a type-ahead list, closed, may have left no window active
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    editor.place.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert editor.chair.hasFocus()
    write(qtbot, editor.attendees.model.rows[n].name.split()[-1])
    press(qtbot, Qt.Key.Key_Tab)
    assert editor.chair.value() == _person(editor, n)


def _set_capacity(editor: MeetingEditor, n: int, capacity: AttendanceCapacity) -> None:
    model = editor.attendees.model
    assert model.setData(model.index(n, model.column_of("capacity")), capacity)


def test_choosing_the_chair_makes_their_capacity_chair(qtbot, clerk, errors):
    editor = _meeting(qtbot, clerk)
    assert _capacities(editor) == [MEMBER, MEMBER, MEMBER]
    _choose_chair(qtbot, editor, 0)
    assert _capacities(editor) == [CHAIR, MEMBER, MEMBER]
    model = editor.attendees.model
    shown = model.index(0, model.column_of("capacity")).data()
    assert shown == label(CHAIR) and shown != label(MEMBER)  # «رئيس», not «عضو»

    _choose_chair(qtbot, editor, 1)  # another chair: the first sits as a member again
    assert _capacities(editor) == [MEMBER, CHAIR, MEMBER]
    editor.undo_action.trigger()  # one step takes back the chair and both capacities
    assert editor.chair.value() == _person(editor, 0)
    assert _capacities(editor) == [CHAIR, MEMBER, MEMBER]
    editor.redo_action.trigger()
    assert editor.chair.value() == _person(editor, 1)
    assert _capacities(editor) == [MEMBER, CHAIR, MEMBER]

    assert save_and_wait(qtbot, editor), errors
    with clerk.db.reader() as session:
        saved = meetings.load_meeting(session, editor.meeting_id).minutes
    assert saved.meeting.chair_id == _person(editor, 1)
    assert [a.capacity for a in saved.attendees] == [MEMBER, CHAIR, MEMBER]


def test_a_saved_meeting_takes_another_chair_and_saves(qtbot, clerk, errors):
    """The chair of a stored meeting attends as chair; naming another was refused at save
    («only the chair attends as chair») while the first kept the capacity."""
    editor = _meeting(qtbot, clerk)
    _choose_chair(qtbot, editor, 0)
    assert save_and_wait(qtbot, editor), errors
    _choose_chair(qtbot, editor, 2)
    assert _capacities(editor) == [MEMBER, MEMBER, CHAIR]
    assert save_and_wait(qtbot, editor), errors
    assert errors == []
    with clerk.db.reader() as session:
        saved = meetings.load_meeting(session, editor.meeting_id).minutes
    assert saved.meeting.chair_id == _person(editor, 2)


def test_a_capacity_marked_chair_in_the_list_names_the_chair(qtbot, clerk, errors):
    editor = _meeting(qtbot, clerk)
    _choose_chair(qtbot, editor, 0)
    _set_capacity(editor, 2, CHAIR)
    assert editor.chair.value() == _person(editor, 2)
    assert _capacities(editor) == [MEMBER, MEMBER, CHAIR]
    editor.undo_action.trigger()  # the capacity and the chair it named, in one step
    assert editor.chair.value() == _person(editor, 0)
    assert _capacities(editor) == [CHAIR, MEMBER, MEMBER]

    _set_capacity(editor, 0, OBSERVER)  # the chair marked otherwise: no chair named
    assert editor.chair.value() is None
    assert _capacities(editor) == [OBSERVER, MEMBER, MEMBER]
    _set_capacity(editor, 1, OBSERVER)  # anyone else's capacity touches nobody else
    assert editor.chair.value() is None
    assert _capacities(editor) == [OBSERVER, OBSERVER, MEMBER]
    assert save_and_wait(qtbot, editor), errors


def test_the_chair_added_back_to_the_list_attends_as_chair(qtbot, clerk, errors):
    editor = _meeting(qtbot, clerk)
    _choose_chair(qtbot, editor, 0)
    chair = _person(editor, 0)
    editor.attendees.view.setCurrentIndex(editor.attendees.model.index(0, 0))
    editor.attendees.remove_current()
    assert editor.chair.value() == chair  # still named, marked as not attending
    _pick(qtbot, editor, "حربيه")
    assert _person(editor, 2) == chair and _capacities(editor)[2] is CHAIR
    assert save_and_wait(qtbot, editor), errors
