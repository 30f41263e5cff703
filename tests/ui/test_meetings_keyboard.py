"""A clerk records the seed 000 meeting (Maysan, 13 July 2008) from the keyboard alone.

Every key goes to whatever widget has the focus, as it would on a real keyboard: no widget is
focused or filled by the test, so a broken tab order, a shortcut that does not fire or a
choice box that ignores typed Arabic fails the test.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.models import (
    AttendanceCapacity,
    Classification,
    MeetingKind,
    OutcomeKind,
    Priority,
)
from desktop.services import meetings
from tests.ui import shell_fixtures
from tests.ui.keyboard import close_popups
from tests.ui.test_meetings_editor import _area, _ctx, settled
from ui.context import AppContext
from ui.meetings.editor import MeetingEditor

arabic, demo_db = shell_fixtures.arabic, shell_fixtures.demo_db
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
SUBJECT = ("اجتماع مشترك لقيادة شرطة ميسان ومكتب مفوضية الانتخابات في المحافظة لدراسة السبل "
           "الكفيلة بإنجاح انتخابات مجالس المحافظات من الناحية الأمنية")
DISCUSSION = (
    "أكد الدكتور جعفر كاظم مدير مكتب مفوضية الانتخابات في ميسان أن المفوضية تتولى مسؤولية "
    "الأمن الفني أما الأمن الميداني فهو من مسؤولية رجال الشرطة، وأن مراكز تسجيل الناخبين "
    "البالغ عددها ( 22 ) مركزاً، عشرة منها في مركز المحافظة والباقي موزع على الأقضية "
    "والنواحي، ستفتح بعد وصول المواد الخاصة بالانتخابات.\n"
    "وأكد العميد الركن سعد علي حربيه أن حماية المراكز الانتخابية والناخبين من مسؤولية "
    "الشرطة وليس من قبل قوات أخرى.")
ATTENDEES = ("حربيه", "جعفر كاظم", "سعد لفتة", "سيف صباح", "حازم باقر", "عبد الله سباهي")


@pytest.fixture
def clerk(demo_db, arabic) -> AppContext:
    return _ctx(demo_db, "clerk")


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard focus went nowhere"
    return widget


def settle(qtbot) -> None:
    """Close the type-ahead lists as a real window system does before the next key.

    The offscreen platform makes every popup the active window and, when it goes, leaves no
    window active: the focus would drop out of a cell being edited, which no desktop does.
    """
    window = focus().window()
    close_popups()
    qtbot.wait(1)  # a cell editor commits on Enter through a queued call
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def press(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        settle(qtbot)
        qtbot.keyClick(focus(), key, modifiers)
    settle(qtbot)


def write(qtbot, text: str) -> None:
    """Typed characters, Arabic included, to the widget with the focus."""
    for char in text:
        if char == "\n":
            press(qtbot, Qt.Key.Key_Return)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(focus(), QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                      char))
    qtbot.wait(0)


def mnemonic(qtbot, letter: str) -> None:
    """Alt and the underlined letter of a label (Arabic letters in the Arabic window)."""
    settle(qtbot)
    qtbot.keyClick(focus(), Qt.Key(ord(letter.upper())), ALT)
    settle(qtbot)


def pick_person(qtbot, editor: MeetingEditor, text: str) -> None:
    picker = editor.attendees.picker
    assert focus() is picker
    write(qtbot, text)
    qtbot.waitUntil(lambda: bool(picker.results.cards) or not picker._timer.isActive())
    press(qtbot, Qt.Key.Key_Return)
    # Enter before the search's answer takes its first match once it comes
    qtbot.waitUntil(lambda: not picker.searching, timeout=15_000)


def test_a_clerk_records_seed_000_from_the_keyboard(qtbot, clerk):
    area = _area(qtbot, clerk)
    area.setFocus()  # as Tab from the navigation does
    assert focus() is area.list.search

    # -- the header ----------------------------------------------------------------------------
    press(qtbot, Qt.Key.Key_N, CTRL)
    editor = area.tabs.currentWidget()
    assert isinstance(editor, MeetingEditor) and focus() is editor.subject
    write(qtbot, SUBJECT)
    for field, text in ((editor.kind, "مشترك"), (editor.classification, "سري"),
                        (editor.election, "ميسان"), (editor.organiser, "قيادة شرطة ميسان"),
                        (editor.starts, "200807131000"), (editor.ends, "200807131230"),
                        (editor.place, "")):
        press(qtbot, Qt.Key.Key_Tab)
        assert focus() is field  # the tab order follows the form, one stop per field
        write(qtbot, text)
    write(qtbot, "مقر قيادة شرطة ميسان")

    # -- attendees by type-ahead ---------------------------------------------------------------
    press(qtbot, Qt.Key.Key_N, CTRL)
    for text in ATTENDEES:
        pick_person(qtbot, editor, text)
    rows = editor.attendees.model.rows
    assert len(rows) == len(ATTENDEES)
    assert "حربيه" in rows[0].name and "سباهي" in rows[-1].name

    # the brigade's representative: capacity and the body he represents, typed into the cells
    press(qtbot, Qt.Key.Key_Tab)
    view = editor.attendees.view
    assert focus() is view
    press(qtbot, Qt.Key.Key_End, CTRL)  # the last attendee
    press(qtbot, Qt.Key.Key_Home)
    assert editor.layoutDirection() == Qt.LayoutDirection.RightToLeft
    press(qtbot, Qt.Key.Key_Left, times=2)  # two cells on, in a right-to-left table
    assert view.currentIndex().column() == 2
    write(qtbot, "ممثل")
    press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "اللواء 38")
    press(qtbot, Qt.Key.Key_Return)
    representative = editor.attendees.model.rows[-1].data
    assert representative.capacity is AttendanceCapacity.REPRESENTATIVE
    assert editor.organisation_name(representative.represents_id) == "اللواء 38"

    # the chair, by the label's underlined letter
    mnemonic(qtbot, "ر")
    assert focus() is editor.chair
    write(qtbot, "حربيه")
    press(qtbot, Qt.Key.Key_Tab)

    # -- the agenda: an item, its discussion pasted, a directive --------------------------------
    press(qtbot, Qt.Key.Key_A, ALT)
    assert focus() is editor.agenda.title
    write(qtbot, "مراكز تسجيل الناخبين وتأمينها")
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is editor.agenda.discussion
    QApplication.clipboard().setText(DISCUSSION)
    press(qtbot, Qt.Key.Key_V, CTRL)
    press(qtbot, Qt.Key.Key_O, ALT)
    write(qtbot, "تنسيب أعداد الشرطة الكافية على مراكز تسجيل الناخبين وتحديدهم بالأسماء")
    press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "قيادة شرطة ميسان")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)  # no one person is responsible
    write(qtbot, "20080720")
    press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "عاجل")
    press(qtbot, Qt.Key.Key_Return)

    press(qtbot, Qt.Key.Key_A, ALT)
    write(qtbot, "الخطة الأمنية الجديدة")
    press(qtbot, Qt.Key.Key_O, ALT)
    write(qtbot, "إعداد خطة أمنية جديدة خاصة تضمن نجاح عملية الانتخابات القادمة")
    press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "قيادة شرطة ميسان")
    press(qtbot, Qt.Key.Key_Return)

    # -- save, and read back what the database holds -------------------------------------------
    press(qtbot, Qt.Key.Key_S, CTRL)
    settled(qtbot, editor)  # the save runs in the background
    assert editor.meeting_id is not None and not editor.is_dirty()
    with clerk.db.reader() as session:
        saved = meetings.load_meeting(session, editor.meeting_id).minutes
    header = saved.meeting
    assert header.subject == SUBJECT and header.kind is MeetingKind.JOINT_MEETING
    assert header.classification is Classification.CONFIDENTIAL
    assert header.starts_at == datetime(2008, 7, 13, 10, 0)
    assert header.ends_at == datetime(2008, 7, 13, 12, 30)
    assert header.place == "مقر قيادة شرطة ميسان"
    assert editor.organisation_name(header.organiser_id) == "قيادة شرطة ميسان"
    assert header.election_id == 1 and "ميسان" in editor.election.chosen_text()
    assert header.chair_id == saved.attendees[0].person_id
    assert len(saved.attendees) == len(ATTENDEES)
    assert [item.title for item in saved.agenda] == [
        "مراكز تسجيل الناخبين وتأمينها", "الخطة الأمنية الجديدة"]
    assert saved.agenda[0].discussion == DISCUSSION
    first, second = saved.agenda[0].outcomes[0], saved.agenda[1].outcomes[0]
    assert first.kind is OutcomeKind.DIRECTIVE and first.text.startswith("تنسيب أعداد الشرطة")
    assert editor.organisation_name(first.responsible_organisation_id) == "قيادة شرطة ميسان"
    assert (first.due_date, first.priority) == (date(2008, 7, 20), Priority.URGENT)
    assert editor.organisation_name(second.responsible_organisation_id) == "قيادة شرطة ميسان"
