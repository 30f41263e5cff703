"""The room is alive: a meeting saved by another program shows in an open list without a click,
and the row the user had chosen stays chosen."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.demo import load_demo
from desktop.services.actor import actor_for
from tests.ui import shell_fixtures
from tests.ui.lists import rows, settle
from ui.changes import RoomChanges
from ui.context import AppContext
from ui.meetings.area import MeetingsArea

arabic = shell_fixtures.arabic
ROOT = Path(__file__).resolve().parents[2]
SUBJECT = "اجتماع سجّلته محطة عمل أخرى"

ANOTHER_WORKSTATION = textwrap.dedent("""
    import sys
    from datetime import datetime
    from desktop.models import MeetingKind
    from desktop.services import meetings
    from desktop.services.actor import actor_for
    from desktop.storage.database import Database

    db = Database(sys.argv[1])
    with db.session() as session:
        clerk = actor_for(session, "clerk")
        meetings.create_meeting(session, clerk, meetings.MinutesInput(meetings.MeetingInput(
            kind=MeetingKind.PERIODIC_MEETING, subject=sys.argv[2],
            starts_at=datetime(2030, 1, 1, 9, 0)), [], []))
    db.dispose()
""")


def _save_elsewhere(url: str) -> None:
    done = subprocess.run([sys.executable, "-c", ANOTHER_WORKSTATION, url, SUBJECT], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


@pytest.fixture
def room(db, arabic, qtbot):
    load_demo(db)
    with db.reader() as session:
        actor = actor_for(session, "clerk")
    changes = RoomChanges(db)
    ctx = AppContext(db, actor, "ar", {}, changes=changes)
    area = MeetingsArea(ctx)
    qtbot.addWidget(area)
    area.resize(1300, 700)
    area.show()
    settle(qtbot, area.list.model)
    yield area
    changes.close()


def test_a_meeting_saved_by_another_program_shows_in_the_open_list_and_the_choice_stays(
        room, qtbot, db):
    listing = room.list
    before = rows(qtbot, listing.model)
    chosen = before[-1].id  # the oldest: the new meeting sorts first, above it
    assert listing.select_meeting(chosen)
    _save_elsewhere(db.url.render_as_string(hide_password=False))
    qtbot.waitUntil(lambda: listing.model.rowCount() == len(before) + 1, timeout=5_000)
    shown = rows(qtbot, listing.model)
    assert shown[0].subject == SUBJECT  # the newest first, read without a click
    assert listing.current_row() is not None and listing.current_row().id == chosen
    assert listing.view.currentIndex().row() == len(before)  # moved down one, still chosen
