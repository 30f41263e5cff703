"""The open meetings list across a real restart of its server (a private cluster: see
``tests.private_server``): a meeting saved while this workstation could not listen shows once
it listens again, by the refresh-everything the listener sends; one saved after shows by its
notice; neither needs a click, and the meeting the user had chosen stays chosen."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime

import psycopg
import pytest
from sqlalchemy.engine import make_url

from desktop.models import MeetingKind, UserRole
from desktop.services import meetings
from desktop.services.actor import Actor
from desktop.storage.database import Database
from desktop.storage.migrations import upgrade
from tests.private_server import private_server
from tests.ui import shell_fixtures
from tests.ui.lists import rows, settle
from ui.changes import RoomChanges
from ui.context import AppContext
from ui.meetings.area import MeetingsArea

arabic = shell_fixtures.arabic
CLERK = Actor(None, "clerk", UserRole.CLERK)
WAIT_MS = 30_000  # generous, for a busy machine: the waits end as soon as the row shows


def _save_meeting(url: str, subject: str, day: int) -> None:
    """Another workstation records a meeting: a Database object of its own, gone after."""
    other = Database(url)
    try:
        with other.session() as session:
            meetings.create_meeting(session, CLERK, meetings.MinutesInput(meetings.MeetingInput(
                kind=MeetingKind.PERIODIC_MEETING, subject=subject,
                starts_at=datetime(2030, 1, day, 9, 0)), [], []))
    finally:
        other.dispose()


def _listening_sessions(url: str) -> int:
    with psycopg.connect(make_url(url).set(drivername="postgresql").render_as_string(
            hide_password=False), connect_timeout=10) as connection:
        return connection.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = "
            "'ghurfa change listener' AND query ILIKE 'LISTEN %'").fetchone()[0]


def _subjects(model) -> list[str | None]:
    """The subjects the list holds now (None for a row still being read)."""
    return [row.subject if row is not None else None
            for row in (model.row(n) for n in range(model.rowCount()))]


@pytest.fixture
def server():
    with private_server() as started:
        yield started


@pytest.fixture
def room(server, arabic, qtbot) -> Iterator[tuple[MeetingsArea, RoomChanges, list[bool]]]:
    db = Database(server.url)
    upgrade(db)
    _save_meeting(server.url, "الاجتماع الدوري الأول", 1)
    _save_meeting(server.url, "الاجتماع الدوري الثاني", 2)
    changes = RoomChanges(db)
    links: list[bool] = []
    changes.listening.connect(links.append)
    area = MeetingsArea(AppContext(db, CLERK, "ar", {}, changes=changes))
    qtbot.addWidget(area)
    area.resize(1300, 700)
    area.show()
    settle(qtbot, area.list.model)
    # Its LISTEN, as the server sees it (the first listening(True) may come before the
    # connection above: a signal emitted earlier reaches no one).
    qtbot.waitUntil(lambda: _listening_sessions(server.url) == 1, timeout=WAIT_MS)
    try:
        yield area, changes, links
    finally:
        changes.close()
        db.dispose()


def test_the_open_list_shows_what_was_saved_while_its_server_restarted(room, server, qtbot):
    area, _changes, links = room
    listing = area.list
    before = rows(qtbot, listing.model)
    assert len(before) == 2
    chosen = before[-1].id  # the older: new meetings sort above it
    assert listing.select_meeting(chosen)

    server.stop()
    qtbot.waitUntil(lambda: links[-1:] == [False], timeout=WAIT_MS)
    time.sleep(2.0)  # not a measure: the listener's attempts fail against no server
    server.start(tcp=False)  # back for the other workstations, not yet for this one
    _save_meeting(server.socket_url, "اجتماع سجّل والمحطة لا تسمع", 3)
    server.restart()  # and reachable again: the listener comes back, and says refresh all

    qtbot.waitUntil(lambda: "اجتماع سجّل والمحطة لا تسمع" in _subjects(listing.model),
                    timeout=WAIT_MS)
    assert links[-2:] == [False, True] and links.count(False) == 1

    _save_meeting(server.url, "اجتماع سجّل بعد العودة", 4)
    qtbot.waitUntil(lambda: listing.model.rowCount() == 4, timeout=WAIT_MS)
    shown = rows(qtbot, listing.model)
    assert [row.subject for row in shown[:2]] == ["اجتماع سجّل بعد العودة",
                                                   "اجتماع سجّل والمحطة لا تسمع"]
    assert listing.current_row() is not None and listing.current_row().id == chosen
