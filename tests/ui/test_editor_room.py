"""The minutes editor in a room of several workstations: a change made elsewhere is said at
once, a save on a stale copy is refused with theirs beside mine, and nothing typed is lost.

"Elsewhere" is another program saving as another workstation (a subprocess, on both engines),
or a second window of this program on the same database (two contexts, on SQLite).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import drafts
from desktop.demo import load_demo
from desktop.models import MeetingStatus
from desktop.services import meetings
from desktop.services.actor import actor_for
from desktop.services.meeting_list import meeting_rows
from tests.ui import shell_fixtures
from tests.ui.lists import rows, settle
from tests.ui.test_meetings_editor import (
    ARABIC_LETTERS,
    _area,
    _ctx,
    _type,
    keys_to,
    save_and_wait,
    settled,
)
from ui.changes import RoomChanges
from ui.context import AppContext
from ui.meetings import common
from ui.meetings import editor as editor_module
from ui.meetings.area import MeetingsArea
from ui.meetings.conflict import ConflictDialog
from ui.meetings.editor import MeetingEditor

arabic, demo_db = shell_fixtures.arabic, shell_fixtures.demo_db
ROOT = Path(__file__).resolve().parents[2]
SEED_000 = 1  # the approved Maysan joint meeting of the demo
THEIRS = "اجتماع اللجنة الأمنية بعد تعديل القيادة"
MINE = "اجتماع اللجنة الأمنية كما كتبه الكاتب"
BANNER_MS = 2_000  # "at once": the banner shows within two seconds, without a click
OPERATION_MS = 15_000

ANOTHER_WORKSTATION = textwrap.dedent("""
    import sys
    from desktop.services import meetings
    from desktop.services.actor import actor_for
    from desktop.storage.database import Database

    db = Database(sys.argv[1])
    meeting_id, subject = int(sys.argv[2]), sys.argv[3]
    with db.session() as session:
        commander = actor_for(session, "commander")
        state = meetings.load_meeting(session, meeting_id)
        state.minutes.meeting.subject = subject
        meetings.save_meeting(session, commander, meeting_id, state.minutes,
                              expected_version=state.version)
    db.dispose()
""")


def _save_elsewhere(db, meeting_id: int, subject: str) -> None:
    """The commander saves the minutes on another workstation (another process)."""
    done = subprocess.run(
        [sys.executable, "-c", ANOTHER_WORKSTATION, db.url.render_as_string(hide_password=False),
         str(meeting_id), subject], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def _draft(db) -> int:
    """A draft with attendees, agenda and carried directives: the next sitting of seed 000."""
    with db.session() as session:
        return meetings.new_from_previous(session, actor_for(session, "clerk"), SEED_000)


def _stored(db, meeting_id: int) -> meetings.MeetingState:
    with db.reader() as session:
        return meetings.load_meeting(session, meeting_id)


def _journalled_subjects(db) -> list[str]:
    return [d.state["minutes"]["meeting"]["subject"] for d in drafts.pending(db.describe())]


def _retype_subject(qtbot, editor: MeetingEditor, text: str) -> None:
    editor.subject.selectAll()
    _type(qtbot, editor.subject, text)
    assert editor.subject.text() == text and editor.is_dirty()


def _dialog(qtbot, editor: MeetingEditor) -> ConflictDialog:
    qtbot.waitUntil(lambda: editor.conflict_dialog is not None
                    and shiboken6.isValid(editor.conflict_dialog)
                    and editor.conflict_dialog.isVisible(), timeout=OPERATION_MS)
    return editor.conflict_dialog


def _row_of(dialog: ConflictDialog, key: str) -> int:
    return [d.key for d in dialog.differences].index(key)


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    """What the one error place would show, in the user's language."""
    shown: list[str] = []

    def show(_parent, error):
        shown.append(error.message("ar"))

    monkeypatch.setattr(editor_module, "show_error", show)
    monkeypatch.setattr(common, "show_error", show)
    return shown


@pytest.fixture
def room(db, arabic, qtbot):
    """A clerk's meetings area on a room database, hearing every workstation's changes."""
    load_demo(db)
    with db.reader() as session:
        actor = actor_for(session, "clerk")
    changes = RoomChanges(db)
    area = _area(qtbot, AppContext(db, actor, "ar", {}, changes=changes))
    yield area
    changes.close()


def test_a_save_elsewhere_is_said_at_once_and_a_stale_save_sets_theirs_beside_mine(
        room, qtbot, db, errors):
    draft_id = _draft(db)
    editor = settled(qtbot, room.open_meeting(draft_id))
    seen_version = editor.version
    assert not editor.room_banner.isVisible()
    _retype_subject(qtbot, editor, MINE)

    _save_elsewhere(db, draft_id, THEIRS)
    qtbot.waitUntil(editor.room_banner.isVisible, timeout=BANNER_MS)  # no click
    said = editor.room_banner.text.text()
    assert "«commander»" in said and db.workstation in said
    assert editor.subject.text() == MINE  # nothing replaced under the clerk's hands

    assert not save_and_wait(qtbot, editor)  # refused: it was changed since it was read
    assert errors == []  # said by the dialog, not by an error box
    dialog = _dialog(qtbot, editor)
    assert dialog.isRightToLeft()
    subject = dialog.differences[_row_of(dialog, "subject")]
    assert (subject.theirs, subject.mine) == (THEIRS, MINE)
    assert (subject.changed_there, subject.changed_here) == (True, True)
    row = _row_of(dialog, "subject")
    assert dialog.table.item(row, 1).text() == THEIRS
    assert dialog.table.item(row, 2).text() == MINE
    assert THEIRS in dialog.theirs.toPlainText() and MINE in dialog.mine.toPlainText()

    dialog.reload_button.click()
    qtbot.waitUntil(lambda: editor.subject.text() == THEIRS, timeout=OPERATION_MS)
    settled(qtbot, editor)
    assert not editor.is_dirty() and not editor.room_banner.isVisible()
    assert editor.version == _stored(db, draft_id).version > seen_version
    assert MINE in QApplication.clipboard().text()
    assert dialog.isVisible() and MINE in dialog.mine.toPlainText()  # still there to copy
    assert _stored(db, draft_id).minutes.meeting.subject == THEIRS  # the first save only
    assert MINE in _journalled_subjects(db)  # and the journal still holds the clerk's text
    dialog.close()


@pytest.fixture
def two_windows(demo_db, arabic, qtbot):
    """The clerk and the staff officer, each in a window of their own on one database."""
    windows = []
    hubs = []
    for username in ("clerk", "staff"):
        ctx = _ctx(demo_db, username)
        ctx.changes = RoomChanges(demo_db, listen=False)  # this process's own notices
        hubs.append(ctx.changes)
        windows.append(_area(qtbot, ctx))
    yield windows
    for hub in hubs:
        hub.close()


def test_the_first_save_shows_in_the_second_window_and_never_in_its_own(
        two_windows, qtbot, demo_db, errors, monkeypatch):
    first_area, second_area = two_windows
    draft_id = _draft(demo_db)
    first = settled(qtbot, first_area.open_meeting(draft_id))
    second = settled(qtbot, second_area.open_meeting(draft_id))
    assert first.version == second.version

    _retype_subject(qtbot, first, THEIRS)
    assert save_and_wait(qtbot, first), errors
    qtbot.waitUntil(second.room_banner.isVisible, timeout=BANNER_MS)
    assert "«clerk»" in second.room_banner.text.text()
    qtbot.wait(300)
    assert not first.room_banner.isVisible()  # its own save is no news to it
    assert second.subject.text() != THEIRS  # said, not forced on the reader

    # the banner's Show the changes: theirs beside what this window holds
    second.room_banner.show_button.click()
    dialog = _dialog(qtbot, second)
    assert [d.key for d in dialog.differences] == ["subject"]
    difference = dialog.differences[0]
    assert (difference.changed_there, difference.changed_here) == (True, False)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())

    # the second saves on its stale copy: refused, and Keep mine keeps everything as typed
    _retype_subject(qtbot, second, MINE)
    assert not save_and_wait(qtbot, second)
    dialog = _dialog(qtbot, second)
    assert {d.key for d in dialog.differences} == {"subject"}
    dialog.keep_button.click()
    assert dialog.isVisible() and dialog.note.isVisible()
    assert second.subject.text() == MINE and second.is_dirty()
    assert MINE in dialog.mine.toPlainText() and THEIRS in dialog.theirs.toPlainText()
    assert _stored(demo_db, draft_id).minutes.meeting.subject == THEIRS
    assert MINE in _journalled_subjects(demo_db)
    dialog.cancel_button.click()

    # Reload with unsaved edits asks first: No keeps them, Yes keeps a copy and reloads
    asked: list[str] = []

    def answer(reply):
        def ask(_parent, _title, text, *_args):
            asked.append(text)
            return reply
        return ask

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    second.room_banner.reload_button.click()
    assert asked and second.subject.text() == MINE and not second.busy
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    second.room_banner.reload_button.click()
    qtbot.waitUntil(lambda: second.subject.text() == THEIRS, timeout=OPERATION_MS)
    settled(qtbot, second)
    assert MINE in QApplication.clipboard().text() and MINE in _journalled_subjects(demo_db)
    assert not second.room_banner.isVisible() and second.version == first.version
    assert errors == []


def test_a_clean_editor_reloads_from_the_banner_without_asking(
        two_windows, qtbot, demo_db, monkeypatch):
    first_area, second_area = two_windows
    draft_id = _draft(demo_db)
    first = settled(qtbot, first_area.open_meeting(draft_id))
    second = settled(qtbot, second_area.open_meeting(draft_id))
    _retype_subject(qtbot, first, THEIRS)
    assert save_and_wait(qtbot, first)
    qtbot.waitUntil(second.room_banner.isVisible, timeout=BANNER_MS)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: pytest.fail("asked"))
    second.room_banner.reload_button.click()
    qtbot.waitUntil(lambda: second.subject.text() == THEIRS, timeout=OPERATION_MS)
    assert not second.room_banner.isVisible()


def test_minutes_awaiting_approval_are_read_again_quietly(two_windows, qtbot, demo_db):
    """The clerk cannot edit minutes awaiting approval: a change elsewhere is simply shown."""
    clerk_area, _staff_area = two_windows
    draft_id = _draft(demo_db)
    with demo_db.session() as session:
        meetings.submit(session, actor_for(session, "clerk"), draft_id)
    editor = settled(qtbot, clerk_area.open_meeting(draft_id))
    assert editor.read_only and editor.status is MeetingStatus.AWAITING_APPROVAL
    with demo_db.session() as session:
        meetings.return_to_draft(session, actor_for(session, "commander"), draft_id,
                                 "صحح أسماء الحضور")
    qtbot.waitUntil(lambda: editor.status is MeetingStatus.DRAFT, timeout=BANNER_MS)
    settled(qtbot, editor)
    assert not editor.room_banner.isVisible() and not editor.read_only
    assert "«commander»" in editor.status_line.text()


def test_minutes_deleted_elsewhere_keep_the_text_and_save_as_new(
        two_windows, qtbot, demo_db, errors):
    first_area, _second = two_windows
    draft_id = _draft(demo_db)
    editor = settled(qtbot, first_area.open_meeting(draft_id))
    _retype_subject(qtbot, editor, MINE)
    with demo_db.session() as session:
        meetings.delete_draft(session, actor_for(session, "staff"), draft_id)
    qtbot.waitUntil(editor.room_banner.isVisible, timeout=BANNER_MS)
    said = editor.room_banner.text.text()
    assert "«staff»" in said and demo_db.workstation in said
    assert not editor.room_banner.reload_button.isVisible()
    assert editor.subject.text() == MINE and editor.meeting_id is None
    assert MINE in _journalled_subjects(demo_db)
    assert save_and_wait(qtbot, editor), errors  # recorded as new minutes
    assert editor.meeting_id is not None and not editor.is_dirty()
    stored = _stored(demo_db, editor.meeting_id)
    assert stored.minutes.meeting.subject == MINE and stored.status is MeetingStatus.DRAFT
    assert MINE not in _journalled_subjects(demo_db)  # saved: the journal lets it go


def test_a_save_in_flight_disables_the_save_action_and_sends_nothing_twice(
        qtbot, demo_db, arabic, errors, monkeypatch):
    clerk = _ctx(demo_db, "clerk")
    area = _area(qtbot, clerk)
    draft_id = _draft(demo_db)
    editor = settled(qtbot, area.open_meeting(draft_id))
    _retype_subject(qtbot, editor, MINE)
    release, writes = threading.Event(), []
    real = editor_module.write_minutes

    def slow(*args, **kwargs):
        writes.append(args)
        assert release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(editor_module, "write_minutes", slow)
    assert editor.save() is not None
    assert editor.saving and not editor.save_action.isEnabled()
    assert editor.status_line.text() == editor.tr("Saving…")
    assert editor.save() is None  # a second save is not sent
    keys_to(qtbot, area, editor.subject)
    assert QKeySequence(QKeySequence.StandardKey.Save) in editor.save_action.shortcuts()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.submit_action.isEnabled()  # nor a step meanwhile
    qtbot.wait(100)  # the window answers while the database works
    release.set()
    settled(qtbot, editor)
    assert len(writes) == 1 and errors == []
    assert editor.save_action.isEnabled() and not editor.is_dirty()
    assert _stored(demo_db, draft_id).minutes.meeting.subject == MINE


def test_typing_while_a_save_runs_stays_unsaved_and_journalled(
        qtbot, demo_db, arabic, errors, monkeypatch):
    area = _area(qtbot, _ctx(demo_db, "clerk"))
    editor = settled(qtbot, area.open_meeting(_draft(demo_db)))
    _retype_subject(qtbot, editor, MINE)
    release = threading.Event()
    real = editor_module.write_minutes
    monkeypatch.setattr(editor_module, "write_minutes",
                        lambda *args: release.wait(10) and real(*args))
    editor.save()
    editor.place.selectAll()
    _type(qtbot, editor.place, "قاعة الاجتماعات")  # typed after the save was sent
    release.set()
    settled(qtbot, editor)
    assert editor.is_dirty()  # the place was not in that save
    journalled = {d.key: d.state for d in drafts.pending(demo_db.describe())}
    assert journalled[editor.draft_key]["minutes"]["meeting"]["place"] == "قاعة الاجتماعات"


def _stale_row(qtbot, area: MeetingsArea, db, meeting_id: int):
    """The list's row of ``meeting_id``, chosen, then changed elsewhere behind the list."""
    settle(qtbot, area.list.model)
    assert area.list.select_meeting(meeting_id)
    row = area.list.current_row()
    assert row.version == _stored(db, meeting_id).version
    with db.session() as session:
        state = meetings.load_meeting(session, meeting_id)
        state.minutes.meeting.place = "مكان غيّره غيري"
        meetings.save_meeting(session, actor_for(session, "staff"), meeting_id, state.minutes,
                              expected_version=state.version)
    return row


def test_a_step_from_the_list_refuses_the_version_the_row_showed(
        qtbot, demo_db, arabic, errors, monkeypatch):
    draft_id = _draft(demo_db)
    area = _area(qtbot, _ctx(demo_db, "clerk"))  # no change hub: the list stays as read
    row = _stale_row(qtbot, area, demo_db, draft_id)
    with demo_db.reader() as session:
        assert meeting_rows(session, [draft_id])[0].version > row.version
    stored = _stored(demo_db, draft_id)

    area._on_submit()
    qtbot.waitUntil(lambda: bool(errors), timeout=OPERATION_MS)
    assert ARABIC_LETTERS & set(errors[-1])
    assert _stored(demo_db, draft_id) == stored  # nothing written
    qtbot.waitUntil(lambda: area.list.current_row() is not None
                    and area.list.current_row().version == stored.version,
                    timeout=OPERATION_MS)  # the list reads the row again

    row = _stale_row(qtbot, area, demo_db, draft_id)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Yes)
    assert area.delete_selected()
    qtbot.waitUntil(lambda: len(errors) == 2, timeout=OPERATION_MS)
    assert _stored(demo_db, draft_id).status is MeetingStatus.DRAFT  # not deleted unseen
    assert [r.id for r in rows(qtbot, area.list.model)].count(draft_id) == 1


def test_an_approval_of_minutes_changed_since_they_were_read_is_refused(
        qtbot, demo_db, arabic, errors, monkeypatch):
    draft_id = _draft(demo_db)
    with demo_db.session() as session:
        meetings.submit(session, actor_for(session, "clerk"), draft_id)
    commander = _area(qtbot, _ctx(demo_db, "commander"))
    editor = settled(qtbot, commander.open_meeting(draft_id))
    seen = editor.version
    with demo_db.session() as session:  # returned, corrected and submitted again elsewhere
        commander_actor, clerk_actor = (actor_for(session, "commander"),
                                        actor_for(session, "clerk"))
        meetings.return_to_draft(session, commander_actor, draft_id, "صحح المكان")
        state = meetings.load_meeting(session, draft_id)
        state.minutes.meeting.place = "مقر قيادة الشرطة"
        meetings.save_meeting(session, clerk_actor, draft_id, state.minutes)
        meetings.submit(session, clerk_actor, draft_id)
    monkeypatch.setattr("ui.meetings.workflow.confirm", lambda *_args: True)
    assert editor.approve() is not None
    qtbot.waitUntil(lambda: bool(errors), timeout=OPERATION_MS)
    settled(qtbot, editor)
    stored = _stored(demo_db, draft_id)
    assert stored.status is MeetingStatus.AWAITING_APPROVAL and stored.fingerprint is None
    assert ARABIC_LETTERS & set(errors[-1])
    # read-only here: the minutes as they now stand are read again, to approve those
    assert editor.version == stored.version > seen
    assert editor.place.text() == "مقر قيادة الشرطة"


def test_typing_while_a_step_runs_is_kept_in_the_journal_not_overwritten(
        qtbot, demo_db, arabic, errors, monkeypatch):
    from desktop.services import meetings as service

    area = _area(qtbot, _ctx(demo_db, "clerk"))
    editor = settled(qtbot, area.open_meeting(_draft(demo_db)))
    release = threading.Event()
    real = service.submit
    monkeypatch.setattr(service, "submit",
                        lambda *args, **kwargs: release.wait(10) and real(*args, **kwargs))
    assert editor.submit() is not None and editor.busy
    _retype_subject(qtbot, editor, MINE)  # typed while the submission runs
    release.set()
    settled(qtbot, editor)
    assert editor.status is MeetingStatus.AWAITING_APPROVAL and errors == []
    assert editor.subject.text() != MINE  # the minutes as submitted are shown…
    assert MINE in _journalled_subjects(demo_db)  # …and what was typed meanwhile is kept


def test_a_step_from_the_list_pressed_twice_is_sent_once(
        qtbot, demo_db, arabic, errors, monkeypatch):
    from desktop.services import meetings as service

    draft_id = _draft(demo_db)
    area = _area(qtbot, _ctx(demo_db, "clerk"))
    settle(qtbot, area.list.model)
    assert area.list.select_meeting(draft_id)
    release, calls = threading.Event(), []
    real = service.submit

    def slow(*args, **kwargs):
        calls.append(args)
        assert release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(service, "submit", slow)
    area.list.view.setFocus()
    area.actions_["submit"].trigger()
    assert not area.actions_["submit"].isEnabled() and not area.actions_["delete"].isEnabled()
    area._on_submit()  # the key again, or a click on the menu, meanwhile
    release.set()
    qtbot.waitUntil(lambda: _stored(demo_db, draft_id).status is MeetingStatus.AWAITING_APPROVAL,
                    timeout=OPERATION_MS)
    qtbot.waitUntil(lambda: area.list.current_row() is not None
                    and area.list.current_row().status is MeetingStatus.AWAITING_APPROVAL,
                    timeout=OPERATION_MS)
    assert len(calls) == 1 and errors == []
