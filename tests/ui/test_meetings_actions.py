"""The list's and the editor's actions on the demo minutes: print, Excel, archive, delete, recur.

Documents are built in the background (``ui.operations``); the tests wait for the operation's
signals, then read what was written back: PDF text through poppler, workbooks through openpyxl.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.models import DirectiveStatus, MeetingStatus, OutcomeKind
from desktop.services import meetings, minutes
from desktop.services.actor import actor_for
from desktop.services.errors import NotFound
from tests.reports.conftest import letters, pdf_text
from tests.ui import shell_fixtures
from tests.ui.lists import rows
from tests.ui.test_meetings_editor import _area, _ctx, _type, settled
from ui.context import AppContext
from ui.meetings import area as area_module
from ui.meetings.archive_dialog import FOLDER_PREFERENCE, ArchiveDialog
from ui.meetings.area import MeetingsArea
from ui.meetings.editor import MeetingEditor
from ui.preview import PreviewDialog

arabic, demo_db = shell_fixtures.arabic, shell_fixtures.demo_db
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
SEED_000 = 1  # the approved Maysan joint meeting of the demo
OPERATION_MS = 60_000


@pytest.fixture
def clerk(demo_db, arabic) -> AppContext:
    return _ctx(demo_db, "clerk")


def _select(area: MeetingsArea, meeting_id: int) -> None:
    assert area.list.select_meeting(meeting_id)
    area.list.view.setFocus()


def _approved(db, subject: str, starts_at: datetime, election_id: int) -> int:
    """A meeting recorded by the clerk and approved by the commander, as the services do it."""
    with db.session() as session:
        clerk, commander = actor_for(session, "clerk"), actor_for(session, "commander")
        with db.reader() as reading:
            attendees = meetings.load_meeting(reading, SEED_000).minutes.attendees[:3]
        data = meetings.MinutesInput(meetings.MeetingInput(
            kind=meetings.MeetingKind.PERIODIC_MEETING, subject=subject, starts_at=starts_at,
            election_id=election_id, chair_id=attendees[0].person_id), attendees, [])
        meeting_id = meetings.create_meeting(session, clerk, data)
        session.flush()
        meetings.submit(session, clerk, meeting_id)
        minutes.approve(session, commander, meeting_id)
    return meeting_id


def _previews(area: MeetingsArea) -> list[PreviewDialog]:
    return [d for d in area.findChildren(PreviewDialog) if d.isVisible()]


def test_print_from_the_list_builds_the_minutes_in_the_background_and_previews_them(
        qtbot, clerk):
    area = _area(qtbot, clerk)
    _select(area, SEED_000)
    qtbot.keyClick(area.list.view, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: bool(_previews(area)), timeout=OPERATION_MS)
    preview = _previews(area)[0]
    assert preview.page_count >= 2
    text = letters(pdf_text(preview.pdf_path))
    assert letters("اجتماع مشترك لقيادة شرطة ميسان") in text
    assert letters("سعد علي حربيه") in text
    preview.close()


def test_print_from_the_editor_saves_first_and_previews_the_draft(qtbot, clerk, monkeypatch):
    area = _area(qtbot, clerk)
    with clerk.db.session() as session:
        draft_id = meetings.new_from_previous(session, clerk.actor, SEED_000)
    editor = settled(qtbot, area.open_meeting(draft_id))
    editor.subject.selectAll()
    _type(qtbot, editor.subject, "الاجتماع الأسبوعي الثاني للجنة الأمنية")
    assert editor.is_dirty()
    with qtbot.waitSignal(editor.saved, timeout=OPERATION_MS):  # saved before printing
        assert editor.print_minutes() is not None
    assert not editor.is_dirty()
    qtbot.waitUntil(lambda: bool(_previews(area)), timeout=OPERATION_MS)
    preview = _previews(area)[0]
    assert letters("الاجتماع الأسبوعي الثاني للجنة الأمنية") in letters(
        pdf_text(preview.pdf_path))
    preview.close()


def test_excel_export_writes_a_workbook_that_reads_back(qtbot, clerk, monkeypatch, tmp_path):
    area = _area(qtbot, clerk)
    target = tmp_path / "حضور.xlsx"
    monkeypatch.setattr(area_module.QFileDialog, "getSaveFileName",
                        lambda *_args, **_kw: (str(target), ""))
    _select(area, SEED_000)
    operation = area._on_excel()
    with qtbot.waitSignal(operation.done, timeout=OPERATION_MS):
        pass
    book = load_workbook(target)
    assert book.sheetnames == ["الحضور", "التوجيهات"]
    names = [row[1] for row in book["الحضور"].iter_rows(min_row=6, values_only=True)]
    assert len(names) == 18 and "سعد علي حربيه" in names
    with clerk.db.reader() as session:
        state = meetings.load_meeting(session, SEED_000)
    directives = [o for item in state.minutes.agenda for o in item.outcomes
                  if o.kind is OutcomeKind.DIRECTIVE]
    rows = list(book["التوجيهات"].iter_rows(min_row=6, values_only=True))
    assert len(rows) == len(directives)


def test_excel_export_cancelled_at_the_file_dialog_does_nothing(qtbot, clerk, monkeypatch):
    area = _area(qtbot, clerk)
    monkeypatch.setattr(area_module.QFileDialog, "getSaveFileName",
                        lambda *_args, **_kw: ("", ""))
    _select(area, SEED_000)
    assert area._on_excel() is None


def test_archive_export_of_an_election_writes_numbered_pdfs_and_an_index(
        qtbot, clerk, tmp_path):
    _approved(clerk.db, "اجتماع المتابعة الأول", datetime(2008, 7, 20, 10), 1)
    area = _area(qtbot, clerk)
    dialog = ArchiveDialog(clerk, area)
    with qtbot.waitSignal(dialog.elections_read, timeout=OPERATION_MS):
        pass  # the elections are read in the background
    dialog.election.set_value(1)
    dialog.folder.setText(str(tmp_path))
    operation = dialog.start()
    assert operation is not None and not dialog.isVisible()
    with qtbot.waitSignal(operation.done, timeout=OPERATION_MS):
        pass
    folder = dialog.written
    assert folder is not None and folder.parent == tmp_path
    pdfs = sorted(p.name for p in folder.glob("0*.pdf"))
    assert [name[:17] for name in pdfs] == ["001 - 2008-07-13 ", "002 - 2008-07-20 "]
    assert (folder / "index.pdf").exists() and (folder / "index.xlsx").exists()
    index = letters(pdf_text(folder / "index.pdf"))
    assert letters("اجتماع المتابعة الأول") in index
    assert dialog.report is not None and str(folder) in dialog.report.text()
    assert clerk.preferences[FOLDER_PREFERENCE] == str(tmp_path)  # offered next time


def test_archive_export_can_be_cancelled_and_leaves_nothing(qtbot, clerk, tmp_path):
    _approved(clerk.db, "اجتماع المتابعة الأول", datetime(2008, 7, 20, 10), 1)
    area = _area(qtbot, clerk)
    dialog = ArchiveDialog(clerk, area)
    with qtbot.waitSignal(dialog.elections_read, timeout=OPERATION_MS):
        pass  # the elections are read in the background
    dialog.election.set_value(1)
    out = tmp_path / "archive"
    dialog.folder.setText(str(out))
    operation = dialog.start()
    operation.cancel()
    with qtbot.waitSignal(operation.failed, timeout=OPERATION_MS) as failed:
        pass
    assert type(failed.args[0]).__name__ == "Cancelled"
    assert dialog.written is None and dialog.report is None
    assert not out.exists() or list(out.iterdir()) == []


def test_the_attendee_filter_keeps_the_meetings_a_person_attended(qtbot, clerk):
    area = _area(qtbot, clerk)
    listing = area.list
    assert len(rows(qtbot, listing.model)) == 2
    _type(qtbot, listing.attendee, "جعفر كاظم")
    qtbot.waitUntil(lambda: bool(listing.attendee.results.cards))
    qtbot.keyClick(listing.attendee, Qt.Key.Key_Return)
    assert listing.attendee_id is not None and listing.attendee_chip.isVisible()
    assert "جعفر كاظم" in listing.attendee_chip.text()
    assert [row.id for row in rows(qtbot, listing.model)] == [SEED_000]
    listing.attendee_chip.click()
    assert listing.attendee_id is None and listing.attendee.isVisible()
    assert len(rows(qtbot, listing.model)) == 2


def test_delete_a_draft_from_the_list_asks_first(qtbot, clerk, monkeypatch):
    with clerk.db.session() as session:
        draft_id = meetings.new_from_previous(session, clerk.actor, SEED_000)
    area = _area(qtbot, clerk)
    area.open_meeting(draft_id)  # open: deleting the draft closes its tab
    area.tabs.setCurrentIndex(0)
    answers: list[str] = []

    def answer(reply):
        def ask(_parent, _title, text, *_args):
            answers.append(text)
            return reply
        return ask

    _select(area, draft_id)
    assert area.actions_["delete"].isEnabled()
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    qtbot.keyClick(area.list.view, Qt.Key.Key_Delete)
    assert len(answers) == 1 and "مسودة" in answers[0]
    with clerk.db.reader() as session:
        assert meetings.load_meeting(session, draft_id).status is MeetingStatus.DRAFT

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.keyClick(area.list.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: area.editors() == [], timeout=OPERATION_MS)  # deleted, tab closed
    with clerk.db.reader() as session, pytest.raises(NotFound):
        meetings.load_meeting(session, draft_id)
    assert len(rows(qtbot, area.list.model)) == 2 and area.editors() == []

    _select(area, SEED_000)  # approved minutes are kept: the action is off, the key does nothing
    assert not area.actions_["delete"].isEnabled()
    assert not area.delete_selected() and len(answers) == 2


def test_delete_in_the_search_box_edits_the_text_and_deletes_nothing(qtbot, clerk, monkeypatch):
    area = _area(qtbot, clerk)
    asked: list[object] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args))
    with clerk.db.session() as session:
        meetings.new_from_previous(session, clerk.actor, SEED_000)
    area.list.refresh()
    area.list.view.selectRow(0)
    _type(qtbot, area.list.search, "اجتماع")
    area.list.search.home(False)
    qtbot.keyClick(area.list.search, Qt.Key.Key_Delete)
    assert area.list.search.text() == "جتماع" and asked == []


def test_new_meeting_from_this_one_carries_the_open_directives(qtbot, clerk):
    area = _area(qtbot, clerk)
    _select(area, SEED_000)
    qtbot.keyClick(area.list.view, Qt.Key.Key_N, CTRL | SHIFT)
    qtbot.waitUntil(lambda: isinstance(area.tabs.currentWidget(), MeetingEditor),
                    timeout=OPERATION_MS)  # made in the background, then opened
    editor = settled(qtbot, area.tabs.currentWidget())
    assert editor.meeting_id not in (None, SEED_000)
    with clerk.db.reader() as session:
        previous = meetings.load_meeting(session, SEED_000)
        state = meetings.load_meeting(session, editor.meeting_id)
    assert state.status is MeetingStatus.DRAFT and state.previous_meeting_id == SEED_000
    open_work = [o.text for item in previous.minutes.agenda for o in item.outcomes
                 if o.kind is not OutcomeKind.NOTE
                 and o.status in (DirectiveStatus.OPEN, DirectiveStatus.IN_PROGRESS)]
    typed = editor.minutes()
    carried = [o for item in typed.agenda for o in item.outcomes] + typed.other_outcomes
    assert sorted(o.text for o in carried) == sorted(open_work) and len(open_work) == 8
    assert all(o.carried_over_from_id is not None for o in carried)
    assert [a.person_id for a in typed.attendees] == [
        a.person_id for a in previous.minutes.attendees]
    assert [i.title for i in typed.agenda] == [i.title for i in previous.minutes.agenda]
    assert typed.meeting.starts_at == datetime(2008, 7, 20, 10, 0)
    qtbot.waitUntil(lambda: area.list.select_meeting(editor.meeting_id))  # the new draft
