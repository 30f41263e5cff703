"""The minutes editor, driven as a clerk drives it: from the keyboard, on the demo database."""

from __future__ import annotations

import pytest

pytest.importorskip("desktop.services.meetings")  # the core's API, landing separately


from datetime import date, datetime

import shiboken6
from PySide6.QtCore import QDateTime, QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from desktop import drafts
from desktop.models import (
    AttendanceCapacity,
    MeetingStatus,
    Organisation,
    OutcomeKind,
    Person,
    Priority,
)
from desktop.services import meetings
from desktop.services.actor import actor_for
from tests.ui import shell_fixtures
from tests.ui.keyboard import keys_to
from tests.ui.lists import settle
from ui.context import AppContext
from ui.meetings import editor as editor_module
from ui.meetings import pickers, workflow
from ui.meetings.area import MeetingsArea
from ui.meetings.editor import MeetingEditor
from ui.meetings.recovery import offer_pending_drafts

arabic, demo_db = shell_fixtures.arabic, shell_fixtures.demo_db


def _type(qtbot, widget, text: str) -> None:
    """Key presses carrying Arabic text (QTest's key clicks know only ASCII keys)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))
    qtbot.wait(0)
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
ARABIC_LETTERS = set("ابتثجحخدذرزسشصضطظعغفقكلمنهويةءأإآى")


def _ctx(db, username: str) -> AppContext:
    with db.reader() as session:
        return AppContext(db, actor_for(session, username), "ar", {})


@pytest.fixture
def clerk(demo_db, arabic) -> AppContext:
    return _ctx(demo_db, "clerk")


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    """The messages the editor shows, in the user's language, instead of modal boxes."""
    shown: list[str] = []
    monkeypatch.setattr(editor_module, "show_error",
                        lambda _parent, error: shown.append(error.message("ar")))
    monkeypatch.setattr(pickers, "show_error",
                        lambda _parent, error: shown.append(error.message("ar")))
    return shown


OPERATION_MS = 15_000


def settled(qtbot, editor: MeetingEditor) -> MeetingEditor:
    """Wait until the editor's operation under way (opening, saving, a step) has ended."""
    qtbot.waitUntil(lambda: not editor.busy, timeout=OPERATION_MS)
    return editor


def save_and_wait(qtbot, editor: MeetingEditor) -> bool:
    """Save as the Save action does, and wait for the outcome: committed, or refused."""
    with qtbot.waitSignal(editor.save_finished, timeout=OPERATION_MS) as finished:
        assert editor.save() is not None  # nothing else was under way
    return finished.args[0]


def _area(qtbot, ctx: AppContext) -> MeetingsArea:
    area = MeetingsArea(ctx)
    qtbot.addWidget(area)
    area.resize(1300, 800)
    area.show()
    qtbot.waitExposed(area)
    area.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is area)  # shortcuts need it
    settle(qtbot, area.list.model)  # the list reads its rows in the background
    return area


def _pick(qtbot, editor: MeetingEditor, text: str) -> None:
    picker = editor.attendees.picker
    picker.setFocus()
    _type(qtbot, picker, text)
    qtbot.waitUntil(lambda: bool(picker.results.cards) or not picker._timer.isActive())
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    # Enter before the search's answer takes its first match once it comes
    qtbot.waitUntil(lambda: not picker.searching, timeout=15_000)


def _fill_dialog(values: dict[str, str]):
    """The form as the clerk fills it: shown by open(), its OK a change answered later."""
    def open_(dialog) -> None:
        for name, text in values.items():
            getattr(dialog, name).setText(text)
        assert dialog._on_ok() is not None and not dialog.buttons.isEnabled()
    return open_


def _keyboard_meeting(qtbot, area: MeetingsArea, monkeypatch) -> MeetingEditor:
    """A whole meeting from the keyboard: header, attendees (one new), agenda, a directive."""
    editor = area.new_meeting()
    _type(qtbot, editor.subject, "اجتماع اللجنة الأمنية الأسبوعي")
    editor.starts.setDateTime(QDateTime(datetime(2010, 2, 1, 10, 0)))
    editor.ends.setDateTime(QDateTime(datetime(2010, 2, 1, 12, 0)))
    _type(qtbot, editor.place, "مقر قيادة شرطة ميسان")

    qtbot.keyClick(editor, Qt.Key.Key_N, CTRL)
    _pick(qtbot, editor, "حربيه")
    _pick(qtbot, editor, "جعفر كاظم")
    monkeypatch.setattr(pickers.NewOrganisationDialog, "open",
                        _fill_dialog({"name": "لجنة المراقبين المحليين"}))
    with qtbot.waitSignal(editor.attendees.organisations_changed, timeout=15_000):
        editor.attendees.new_org_button.click()
    monkeypatch.setattr(pickers.NewPersonDialog, "open", _fill_dialog(
        {"name": "سامي عبد الرضا", "position": "مراقب"}))
    editor.attendees.new_person_button.click()
    qtbot.waitUntil(lambda: len(editor.attendees.model.rows) == 3, timeout=15_000)

    model = editor.attendees.model
    with editor.ctx.db.reader() as session:
        observers = session.scalars(select(Organisation.id).where(
            Organisation.name_ar == "لجنة المراقبين المحليين")).one()
    model.setData(model.index(2, 2), AttendanceCapacity.OBSERVER)
    model.setData(model.index(2, 3), observers)
    editor.chair.setCurrentIndex(editor.chair.choices.row_of(model.rows[0].data.person_id))

    qtbot.keyClick(editor, Qt.Key.Key_A, ALT)
    _type(qtbot, editor.agenda.title, "تأمين مراكز التسجيل")
    _type(qtbot, editor.agenda.discussion, "عرض مدير المكتب عدد المراكز (22) مركزاً.")
    qtbot.keyClick(editor, Qt.Key.Key_O, ALT)
    outcomes = editor.agenda.outcomes
    outcomes.setData(outcomes.index(0, 1), "تنسيب قوة كافية لكل مركز")
    outcomes.setData(outcomes.index(0, 2), observers)
    outcomes.setData(outcomes.index(0, 4), date(2010, 2, 10))
    outcomes.setData(outcomes.index(0, 5), Priority.URGENT)
    return editor


def test_a_clerk_records_a_meeting_that_is_approved_locked_and_amended(
        qtbot, clerk, errors, monkeypatch):
    area = _area(qtbot, clerk)
    editor = _keyboard_meeting(qtbot, area, monkeypatch)
    typed = editor.minutes()
    assert editor.is_dirty()
    assert QKeySequence(QKeySequence.StandardKey.Save) in editor.save_action.shortcuts()
    # Ctrl+S as the keyboard sends it, to the widget with the focus: nothing saves but the key
    keys_to(qtbot, area, editor.subject)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)
    assert editor.saving and not editor.save_action.isEnabled()  # no second save meanwhile
    settled(qtbot, editor)
    assert errors == [] and editor.meeting_id is not None
    meeting_id = editor.meeting_id
    assert not editor.is_dirty()
    assert drafts.pending(clerk.db.describe()) == []

    with clerk.db.reader() as session:
        person = session.get(Person, typed.attendees[2].person_id)
        assert person.full_name_ar == "سامي عبد الرضا"  # bidi controls stripped on input
    assert area.close_editor(editor)
    reopened = settled(qtbot, area.open_meeting(meeting_id))
    again = reopened.minutes()
    assert again.meeting.subject == typed.meeting.subject
    assert again.meeting.starts_at == datetime(2010, 2, 1, 10, 0)
    assert again.meeting.ends_at == datetime(2010, 2, 1, 12, 0)
    assert [a.person_id for a in again.attendees] == [a.person_id for a in typed.attendees]
    assert again.attendees[2].capacity is AttendanceCapacity.OBSERVER
    assert again.meeting.chair_id == typed.attendees[0].person_id
    assert again.agenda[0].title == "تأمين مراكز التسجيل"
    assert again.agenda[0].discussion == typed.agenda[0].discussion
    directive = again.agenda[0].outcomes[0]
    assert (directive.kind, directive.text, directive.due_date, directive.priority) == (
        OutcomeKind.DIRECTIVE, "تنسيب قوة كافية لكل مركز", date(2010, 2, 10), Priority.URGENT)

    assert reopened.submit() is not None
    settled(qtbot, reopened)
    assert reopened.status is MeetingStatus.AWAITING_APPROVAL
    assert reopened.subject.isReadOnly()

    commander = _area(qtbot, _ctx(clerk.db, "commander"))
    approving = settled(qtbot, commander.open_meeting(meeting_id))
    asked: list[str] = []
    monkeypatch.setattr(workflow, "confirm", lambda _p, title, _q: asked.append(title) or False)
    assert approving.approve() is None  # the commander thought better of it: nothing sealed
    assert asked and approving.status is MeetingStatus.AWAITING_APPROVAL
    assert not approving.busy
    monkeypatch.setattr(workflow, "confirm", lambda *_args: True)
    assert approving.approve() is not None
    settled(qtbot, approving)
    assert approving.status is MeetingStatus.APPROVED and approving.fingerprint
    assert approving.banner.isVisible()
    assert approving.fingerprint[:16] in approving.banner.text()

    area.close_editor(reopened, ask=False)
    locked = settled(qtbot, area.open_meeting(meeting_id))
    assert locked.read_only and locked.subject.isReadOnly()
    assert not locked.save_action.isEnabled() and not locked.attendees.picker.isEnabled()
    assert not (locked.attendees.model.flags(locked.attendees.model.index(0, 2))
                & Qt.ItemFlag.ItemIsEditable)
    assert not save_and_wait(qtbot, locked)  # the core refuses whatever the window lets through
    assert errors and ARABIC_LETTERS & set(errors[-1])
    with clerk.db.reader() as session:
        assert meetings.load_meeting(session, meeting_id).status is MeetingStatus.APPROVED

    assert locked.amend() is not None
    qtbot.waitUntil(lambda: area.tabs.currentWidget() not in (locked, None)
                    and isinstance(area.tabs.currentWidget(), MeetingEditor))
    amended = settled(qtbot, area.tabs.currentWidget())
    assert amended.meeting_id not in (None, meeting_id)
    assert amended.revision == 2 and amended.status is MeetingStatus.DRAFT
    assert not amended.subject.isReadOnly()


def test_undo_and_redo_an_attendee(qtbot, clerk):
    area = _area(qtbot, clerk)
    editor = area.new_meeting()
    _pick(qtbot, editor, "حربيه")
    assert len(editor.attendees.model.rows) == 1
    editor.undo_action.trigger()
    assert editor.attendees.model.rows == []
    editor.redo_action.trigger()
    assert len(editor.attendees.model.rows) == 1
    assert "حربيه" in editor.attendees.model.rows[0].name


def test_the_same_person_twice_is_refused_and_nothing_changes(qtbot, clerk):
    area = _area(qtbot, clerk)
    editor = area.new_meeting()
    _pick(qtbot, editor, "حربيه")
    _pick(qtbot, editor, "حربيه")
    assert len(editor.attendees.model.rows) == 1
    assert "مدرج في الحضور" in editor.status_line.text()


def _ready(qtbot, area: MeetingsArea) -> MeetingEditor:
    editor = area.new_meeting()
    _type(qtbot, editor.subject, "اجتماع تجريبي")
    editor.starts.setDateTime(QDateTime(datetime(2010, 3, 1, 9, 0)))
    _pick(qtbot, editor, "حربيه")
    return editor


def _refused(qtbot, editor: MeetingEditor, errors: list[str]) -> None:
    before = editor.minutes()
    assert not save_and_wait(qtbot, editor)
    assert editor.meeting_id is None and len(errors) == 1
    assert ARABIC_LETTERS & set(errors[0])
    assert editor.minutes() == before  # the clerk's input is kept


def test_an_end_before_the_start_is_refused(qtbot, clerk, errors):
    editor = _ready(qtbot, _area(qtbot, clerk))
    editor.ends.setDateTime(QDateTime(datetime(2010, 3, 1, 8, 0)))
    _refused(qtbot, editor, errors)


def test_a_meeting_without_a_subject_is_refused(qtbot, clerk, errors):
    editor = _ready(qtbot, _area(qtbot, clerk))
    editor.subject.selectAll()
    qtbot.keyClick(editor.subject, Qt.Key.Key_Delete)
    _refused(qtbot, editor, errors)


def test_a_chair_who_is_not_an_attendee_is_refused(qtbot, clerk, errors):
    editor = _ready(qtbot, _area(qtbot, clerk))
    chair = editor.attendees.model.rows[0].data.person_id
    editor.chair.setCurrentIndex(editor.chair.choices.row_of(chair))
    editor.attendees.view.setCurrentIndex(editor.attendees.model.index(0, 0))
    editor.attendees.remove_current()
    assert not editor.attendees.model.rows
    assert editor.chair.value() == chair  # still named, marked as not attending
    _refused(qtbot, editor, errors)


def test_bidi_controls_and_a_long_discussion_are_saved_clean_and_whole(qtbot, clerk, errors):
    editor = _ready(qtbot, _area(qtbot, clerk))
    editor.subject.setText("")
    _type(qtbot, editor.subject, "\u202eاجتماع\u202c")
    editor.agenda.add_item()
    _type(qtbot, editor.agenda.title, "فقرة")
    long_text = ("ناقش المجتمعون خطة تأمين المراكز. " * 1500)[:50_000]
    editor.agenda.discussion.setPlainText(long_text)
    assert save_and_wait(qtbot, editor), errors
    with clerk.db.reader() as session:
        state = meetings.load_meeting(session, editor.meeting_id)
    assert state.minutes.meeting.subject == "اجتماع"
    assert len(state.minutes.agenda[0].discussion) == len(long_text.strip())


def test_an_unsaved_draft_survives_a_crash_and_is_offered_back(qtbot, clerk):
    area = _area(qtbot, clerk)
    editor = area.new_meeting()
    _type(qtbot, editor.subject, "محضر لم يحفظ")
    _pick(qtbot, editor, "حربيه")
    qtbot.waitUntil(lambda: bool(drafts.pending(clerk.db.describe())), timeout=5000)
    key = editor.draft_key
    shiboken6.delete(area)  # a crash: no close, no save

    restored_area = _area(qtbot, clerk)
    keys = offer_pending_drafts(restored_area, clerk, area=restored_area,
                                ask=lambda _draft: QMessageBox.StandardButton.Open)
    assert keys == [key]
    restored = restored_area.tabs.currentWidget()
    assert isinstance(restored, MeetingEditor)
    settled(qtbot, restored)
    assert restored.subject.text() == "محضر لم يحفظ"
    assert len(restored.attendees.model.rows) == 1 and restored.is_dirty()

    offer_pending_drafts(restored_area, clerk, area=restored_area,
                         ask=lambda _draft: QMessageBox.StandardButton.Discard)
    assert drafts.pending(clerk.db.describe()) == []


def test_undo_takes_back_a_paste_alone_not_the_typing_before_it(qtbot, clerk):
    area = _area(qtbot, clerk)
    editor = area.new_meeting()
    editor.subject.setFocus()
    _type(qtbot, editor.subject, "اجتماع")
    editor.subject.insert(" " + "أمني مشترك " * 20)  # a paste: many characters at once
    editor.subject.textEdited.emit(editor.subject.text())
    assert editor.subject.text().startswith("اجتماع أمني")
    editor.undo_action.trigger()
    assert editor.subject.text() == "اجتماع"  # the paste went, the typed word stayed
    editor.undo_action.trigger()
    assert editor.subject.text() == ""


def test_the_editor_fits_a_laptop_screen(qtbot, clerk):
    area = _area(qtbot, clerk)
    editor = settled(qtbot, area.open_meeting(1))  # the approved seed-000 minutes, banner too
    assert editor.minimumSizeHint().height() < 700
