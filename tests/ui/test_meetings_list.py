"""The meetings list: Arabic search as people type it, filters and sorting done by the database."""

from __future__ import annotations

import pytest

pytest.importorskip("desktop.services.meetings")  # the core's API, landing separately


from datetime import datetime

from PySide6.QtCore import Qt

from desktop.models import MeetingKind, MeetingStatus
from desktop.services import meetings
from desktop.services.actor import actor_for
from tests.ui import shell_fixtures
from tests.ui.lists import rows, settle
from tests.ui.test_meetings_editor import _type, settled
from ui.context import AppContext
from ui.meetings.area import MeetingsArea
from ui.meetings.editor import MeetingEditor

arabic, demo_db = shell_fixtures.arabic, shell_fixtures.demo_db



@pytest.fixture
def area(qtbot, demo_db, arabic) -> MeetingsArea:
    with demo_db.session() as session:
        actor = actor_for(session, "clerk")
        meetings.create_meeting(session, actor, meetings.MinutesInput(meetings.MeetingInput(
            kind=MeetingKind.PERIODIC_MEETING, subject="لقاء العقيد أحمد مع مدراء الأقسام",
            starts_at=datetime(2010, 1, 5, 9, 0)), [], []))
    widget = MeetingsArea(AppContext(demo_db, actor, "ar", {}))
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    settle(qtbot, widget.list.model)
    return widget


def _subjects(qtbot, area: MeetingsArea) -> list[str]:
    return [row.subject for row in rows(qtbot, area.list.model)]


def test_search_finds_arabic_as_people_type_it(qtbot, area):
    assert len(_subjects(qtbot, area)) == 3
    _type(qtbot, area.list.search, "لقاء احمد")  # every word must match; أحمد typed as احمد
    qtbot.waitUntil(lambda: len(_subjects(qtbot, area)) == 1)
    assert "أحمد" in _subjects(qtbot, area)[0]
    area.list.search.clear()
    qtbot.waitUntil(lambda: len(_subjects(qtbot, area)) == 3)


def test_filter_by_status(qtbot, area):
    area.list.status.set_value(MeetingStatus.APPROVED)
    shown = rows(qtbot, area.list.model)
    assert shown and all(row.status is MeetingStatus.APPROVED for row in shown)
    assert len(shown) < 3
    area.list.status.set_value(None)
    assert len(rows(qtbot, area.list.model)) == 3


def test_sorting_by_a_header_asks_the_database(qtbot, area):
    view = area.list.view
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    dates = [row.starts_at for row in rows(qtbot, area.list.model)]
    assert dates == sorted(dates)
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert [row.starts_at for row in rows(qtbot, area.list.model)] == sorted(dates,
                                                                           reverse=True)
    assert area.list.model.sort_key == ("starts_at", True)
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert area.list.model.sort_key == ("subject", False)


def test_enter_on_a_row_opens_its_minutes_and_actions_follow_status(qtbot, area):
    view = area.list.view
    approved = next(n for n in range(3)
                    if area.list.model.row(n).status is MeetingStatus.APPROVED)
    view.setFocus()
    view.setCurrentIndex(area.list.model.index(approved, 1))
    assert area.actions_["amend"].isEnabled() and not area.actions_["submit"].isEnabled()
    assert not area.actions_["approve"].isEnabled()  # a clerk does not approve
    qtbot.keyClick(view, Qt.Key.Key_Return)
    editor = area.tabs.currentWidget()
    assert isinstance(editor, MeetingEditor)
    settled(qtbot, editor)  # its minutes are read in the background
    assert editor.meeting_id == area.list.model.row(approved).id and editor.read_only
    assert editor.status is MeetingStatus.APPROVED
