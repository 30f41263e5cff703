"""An outcome's due date, typed into its cell as a clerk types it, in the Arabic window.

The area is made right to left explicitly, as the main window makes itself: a cell editor is
born inside it, and a box that is right to left when given its format reverses it.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.models import Directive
from desktop.services import meetings
from tests.ui import shell_fixtures, test_meetings_editor
from tests.ui.test_meetings_editor import ARABIC_LETTERS, _area, _ctx, _pick, save_and_wait
from tests.ui.test_meetings_keyboard import focus, press, settle, write
from ui.context import AppContext
from ui.meetings.common import DATE_FORMAT, DATE_TIME_FORMAT
from ui.meetings.delegates import OptionalDateEdit
from ui.meetings.editor import MeetingEditor

arabic, demo_db = shell_fixtures.arabic, shell_fixtures.demo_db
errors = test_meetings_editor.errors
ALT = Qt.KeyboardModifier.AltModifier
LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
MEETING = datetime(2008, 7, 13, 10, 0)


@pytest.fixture
def clerk(demo_db, arabic) -> AppContext:
    return _ctx(demo_db, "clerk")


def _meeting(qtbot, ctx: AppContext) -> MeetingEditor:
    """A meeting of 13 July 2008 with one agenda item, in a right-to-left window."""
    area = _area(qtbot, ctx)
    area.setLayoutDirection(RTL)  # explicitly, as the main window does
    editor = area.new_meeting()
    write(qtbot, "اجتماع اللجنة الأمنية")
    editor.starts.setDateTime(QDateTime(MEETING))
    _pick(qtbot, editor, "حربيه")
    press(qtbot, Qt.Key.Key_A, ALT)
    write(qtbot, "تأمين مراكز التسجيل")
    return editor


def _to_due_date(qtbot, editor: MeetingEditor) -> OptionalDateEdit:
    """A new directive, typed up to its due date's cell; the cell's editor has the keys."""
    press(qtbot, Qt.Key.Key_O, ALT)
    write(qtbot, "تنسيب قوة كافية لكل مركز")
    press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "قيادة شرطة ميسان")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)  # no one person is responsible
    box = focus()
    assert isinstance(box, OptionalDateEdit)
    assert editor.agenda.outcome_view.currentIndex().column() == editor.agenda.due_column
    return box


def _saved_due_dates(qtbot, editor: MeetingEditor, errors: list[str]) -> list[date | None]:
    assert save_and_wait(qtbot, editor), errors
    with editor.ctx.db.reader() as session:
        saved = meetings.load_meeting(session, editor.meeting_id).minutes
        stored = session.scalars(select(Directive.due_date).where(
            Directive.meeting_id == editor.meeting_id).order_by(Directive.id)).all()
    loaded = [o.due_date for item in saved.agenda for o in item.outcomes]
    assert loaded == list(stored)  # what the database holds, NULL for no date
    return loaded


def _due(editor: MeetingEditor, row: int = 0) -> date | None:
    return editor.agenda.outcomes.rows[row].data.due_date


def _select_due_cell(qtbot, editor: MeetingEditor, row: int = 0) -> None:
    view = editor.agenda.outcome_view
    view.setFocus()
    view.setCurrentIndex(editor.agenda.outcomes.index(row, editor.agenda.due_column))
    settle(qtbot)
    assert focus() is view


def test_tabbing_through_an_empty_due_date_gives_the_directive_no_date(qtbot, clerk, errors):
    editor = _meeting(qtbot, clerk)
    _to_due_date(qtbot, editor)
    press(qtbot, Qt.Key.Key_Tab)  # on through the date, to the priority
    press(qtbot, Qt.Key.Key_Return)
    assert _due(editor) is None
    assert _saved_due_dates(qtbot, editor, errors) == [None]


def test_an_empty_due_date_offers_the_meeting_day_in_grey_to_type_over(qtbot, clerk):
    editor = _meeting(qtbot, clerk)
    box = _to_due_date(qtbot, editor)
    assert box.value() is None and box.is_empty()
    assert box.text() == "2008-07-13"
    grey = box.palette().color(QPalette.ColorRole.PlaceholderText)
    assert box.lineEdit().palette().color(QPalette.ColorRole.Text) == grey
    assert not box.clear_action.isVisible()  # nothing to clear
    write(qtbot, "2")
    assert box.lineEdit().palette().color(QPalette.ColorRole.Text) != grey
    assert box.clear_action.isVisible()


def test_the_offered_day_picked_on_the_calendar_is_the_due_date(qtbot, clerk, errors):
    editor = _meeting(qtbot, clerk)
    box = _to_due_date(qtbot, editor)
    calendar = box.calendarWidget()
    assert calendar.selectedDate() == QDate(2008, 7, 13)
    calendar.clicked.emit(QDate(2008, 7, 13))  # as a click on that day does
    assert box.value() == date(2008, 7, 13)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Return)
    assert _saved_due_dates(qtbot, editor, errors) == [date(2008, 7, 13)]


def test_a_due_date_is_typed_and_read_year_first_as_the_start_is(qtbot, clerk, errors):
    editor = _meeting(qtbot, clerk)
    box = _to_due_date(qtbot, editor)
    # one definition for both: the start is that date with its time
    assert box.displayFormat() == DATE_FORMAT
    assert editor.starts.displayFormat() == DATE_TIME_FORMAT == f"{DATE_FORMAT} HH:mm"
    assert editor.starts.text() == "2008-07-13 10:00"
    write(qtbot, "20080720")
    assert box.text() == "2008-07-20"
    assert [box.sectionText(box.sectionAt(n)) for n in range(box.sectionCount())] == [
        "2008", "07", "20"]
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Return)
    assert _due(editor) == date(2008, 7, 20)
    model = editor.agenda.outcomes
    assert model.index(0, editor.agenda.due_column).data() == "2008-07-20"
    assert _saved_due_dates(qtbot, editor, errors) == [date(2008, 7, 20)]


def test_arabic_indic_digits_type_a_date_in_the_cell_and_in_the_start(qtbot, clerk, errors):
    editor = _meeting(qtbot, clerk)
    box = _to_due_date(qtbot, editor)
    write(qtbot, "٢٠٠٨٠٧٢٥")
    assert box.text() == "2008-07-25"
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Return)
    assert _due(editor) == date(2008, 7, 25)
    editor.organiser.setFocus()
    press(qtbot, Qt.Key.Key_Tab)  # to the start, its year to type over
    assert focus() is editor.starts
    write(qtbot, "٢٠٠٨٠٧١٢٠٩٣٠")
    press(qtbot, Qt.Key.Key_Tab)
    assert editor.minutes().meeting.starts_at == datetime(2008, 7, 12, 9, 30)


def test_the_cell_editor_reads_left_to_right_and_is_wide_enough(qtbot, clerk):
    editor = _meeting(qtbot, clerk)
    box = _to_due_date(qtbot, editor)
    view = editor.agenda.outcome_view
    assert view.layoutDirection() == RTL and box.parentWidget().layoutDirection() == RTL
    assert box.layoutDirection() == LTR and box.lineEdit().layoutDirection() == LTR
    assert not box.text().startswith("13")  # «13-07-2008» was the reversed form
    cell = view.visualRect(editor.agenda.outcomes.index(0, editor.agenda.due_column))
    assert box.width() >= box.sizeHint().width()
    assert box.geometry().right() == cell.right()  # grows from the cell's leading edge
    assert view.viewport().rect().contains(box.geometry())
    assert view.columnWidth(editor.agenda.due_column) >= box.fontMetrics().horizontalAdvance(
        "2008-07-20")  # the date it shows when closed is not cut either


def test_delete_and_backspace_in_the_date_cell_clear_the_date_and_keep_the_row(
        qtbot, clerk, errors):
    editor = _meeting(qtbot, clerk)
    _to_due_date(qtbot, editor)
    write(qtbot, "20080720")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_O, ALT)
    write(qtbot, "إعداد خطة أمنية جديدة")
    press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "قيادة شرطة ميسان")
    press(qtbot, Qt.Key.Key_Return)
    outcomes = editor.agenda.outcomes
    outcomes.setData(outcomes.index(1, editor.agenda.due_column), date(2008, 7, 30))
    assert _saved_due_dates(qtbot, editor, errors) == [date(2008, 7, 20), date(2008, 7, 30)]

    _select_due_cell(qtbot, editor, 0)
    press(qtbot, Qt.Key.Key_Delete)
    assert len(outcomes.rows) == 2 and _due(editor, 0) is None
    editor.undo_action.trigger()
    assert _due(editor, 0) == date(2008, 7, 20)
    editor.redo_action.trigger()
    assert _due(editor, 0) is None
    _select_due_cell(qtbot, editor, 1)
    press(qtbot, Qt.Key.Key_Backspace)
    assert len(outcomes.rows) == 2 and _due(editor, 1) is None
    press(qtbot, Qt.Key.Key_Delete)  # a date already gone: nothing else goes with it
    assert len(outcomes.rows) == 2 and _due(editor, 1) is None
    assert _saved_due_dates(qtbot, editor, errors) == [None, None]

    # elsewhere in the row, Delete still removes the outcome
    view = editor.agenda.outcome_view
    view.setCurrentIndex(outcomes.index(1, 1))
    press(qtbot, Qt.Key.Key_Delete)
    assert len(outcomes.rows) == 1


def test_the_open_date_editor_clears_by_key_and_by_its_button(qtbot, clerk, errors):
    editor = _meeting(qtbot, clerk)
    box = _to_due_date(qtbot, editor)
    write(qtbot, "20080720")
    assert box.value() == date(2008, 7, 20) and box.clear_action.isVisible()
    press(qtbot, Qt.Key.Key_Delete)
    assert box.value() is None and box.is_empty() and not box.clear_action.isVisible()
    write(qtbot, "20080721")
    press(qtbot, Qt.Key.Key_Backspace)
    assert box.value() is None
    write(qtbot, "20080722")
    box.clear_action.trigger()  # the button at the box's end
    assert box.value() is None and _due(editor) is None  # the cell takes it at once
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Return)
    assert _due(editor) is None
    assert _saved_due_dates(qtbot, editor, errors) == [None]


def test_a_date_typed_only_in_part_is_no_date(qtbot, clerk, errors):
    editor = _meeting(qtbot, clerk)
    _to_due_date(qtbot, editor)
    write(qtbot, "20")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Return)
    assert _due(editor) is None
    # a part-typed change of a date keeps the date it had, as the start does
    _select_due_cell(qtbot, editor)
    editor.agenda.outcomes.setData(
        editor.agenda.outcomes.index(0, editor.agenda.due_column), date(2008, 7, 20))
    write(qtbot, "1")
    assert isinstance(focus(), OptionalDateEdit)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Return)
    assert _due(editor) == date(2008, 7, 20)
    assert _saved_due_dates(qtbot, editor, errors) == [date(2008, 7, 20)]


def test_a_due_date_before_the_meeting_is_refused_in_arabic_and_kept(qtbot, clerk, errors):
    editor = _meeting(qtbot, clerk)
    _to_due_date(qtbot, editor)
    write(qtbot, "20080701")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Return)
    assert not save_and_wait(qtbot, editor)
    assert len(errors) == 1 and ARABIC_LETTERS & set(errors[0])
    assert editor.meeting_id is None and _due(editor) == date(2008, 7, 1)
    assert QApplication.focusWidget() is not None
