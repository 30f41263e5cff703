"""A full disk or a read-only database during a save or an approval (issue 13, crash safety):
the user reads what happened in their language, and nothing of the unit of work is kept.

SQLite's own refusals: the disk full for real (``PRAGMA max_page_count`` caps the file where
it stands, so the next page it needs is refused as a full disk would), the file opened
read-only (``mode=ro``: the tests run as root, whom a file's permissions do not stop); and
an approval refused by a full disk as SQLite reports it at the statement that needed room.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest
from sqlalchemy import event, select

from desktop.models import Meeting, MeetingStatus
from desktop.services import meetings, minutes
from desktop.services.errors import DatabaseUnavailable
from desktop.storage.database import Database
from tests.desktop.factories import basic_world, row_counts
from tests.desktop.test_meetings import minutes_input
from tests.desktop.test_minutes_seal import CLERK, COMMANDER


@pytest.fixture
def room(sqlite_db: Database) -> tuple[Database, dict[str, int], int]:
    """A room and minutes awaiting approval."""
    with sqlite_db.session() as s:
        world = basic_world(s)
    with sqlite_db.session() as s:
        meeting_id = meetings.create_meeting(s, CLERK, minutes_input(world))
        meetings.submit(s, CLERK, meeting_id)
    return sqlite_db, world, meeting_id


def _long_minutes(world: dict[str, int]):
    """Minutes whose discussion needs dozens of new pages of the file."""
    data = minutes_input(world)
    item = replace(data.agenda[0], discussion="نوقشت خطة حماية المراكز. " * 8_000)
    return replace(data, agenda=[item])


def _capped(db: Database) -> Database:
    """The same file with no room to grow: SQLite refuses its next page as a full disk."""
    capped = Database(db.url)

    @event.listens_for(capped.engine, "connect")
    def _no_room(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count={pages}")
        cursor.close()

    return capped


def _read_only(db: Database) -> Database:
    return Database(f"sqlite:///file:{db.file}?mode=ro&uri=true")


def _state(db: Database, meeting_id: int) -> tuple:
    with db.reader() as s:
        meeting = s.get(Meeting, meeting_id)
        return meeting.status, meeting.fingerprint, meeting.approved_at, row_counts(s)


def _refused(db: Database, action) -> DatabaseUnavailable:
    with pytest.raises(DatabaseUnavailable) as caught, db.session() as s:
        action(s)
    return caught.value


def test_a_full_disk_while_saving_minutes_keeps_nothing_and_says_so(room):
    db, world, meeting_id = room
    before = _state(db, meeting_id)
    capped = _capped(db)
    try:
        refusal = _refused(capped, lambda s: meetings.create_meeting(s, CLERK,
                                                                     _long_minutes(world)))
    finally:
        capped.dispose()
    assert "disk that holds the database is full" in refusal.message("en")
    assert "nothing was saved" in refusal.message("en")
    assert refusal.message("ar") != refusal.message("en")  # the user reads it in Arabic
    assert _state(db, meeting_id) == before
    with db.session() as s:  # room again: the same save goes through whole
        saved = meetings.create_meeting(s, CLERK, _long_minutes(world))
    with db.reader() as s:
        assert len(s.get(Meeting, saved).agenda_items[0].discussion) > 100_000


def test_a_full_disk_while_approving_keeps_the_minutes_awaiting(room):
    db, _world, meeting_id = room
    before = _state(db, meeting_id)

    @event.listens_for(db.engine, "do_execute")
    def _full(_cursor, statement, _parameters, _context) -> None:
        if statement.startswith("UPDATE meetings"):  # as SQLite reports it for that write
            raise sqlite3.OperationalError("database or disk is full")

    refusal = _refused(db, lambda s: minutes.approve(s, COMMANDER, meeting_id))
    event.remove(db.engine, "do_execute", _full)
    assert "disk that holds the database is full" in refusal.message("en")
    assert _state(db, meeting_id) == before
    status, fingerprint, approved_at, _counts = before
    assert status is MeetingStatus.AWAITING_APPROVAL and fingerprint is approved_at is None


def test_a_read_only_database_refuses_saving_and_approving_and_keeps_nothing(room):
    db, world, meeting_id = room
    before = _state(db, meeting_id)
    read_only = _read_only(db)
    try:
        for action in (lambda s: meetings.create_meeting(s, CLERK, minutes_input(world)),
                       lambda s: minutes.approve(s, COMMANDER, meeting_id)):
            refusal = _refused(read_only, action)
            text = refusal.message("en")
            assert "may only be read" in text and "Nothing was saved" in text, text
            assert str(db.file) in text  # the file named as the user knows it
        with read_only.reader() as s:  # reading it still works
            assert s.scalar(select(Meeting.status).where(Meeting.id == meeting_id)) is \
                MeetingStatus.AWAITING_APPROVAL
    finally:
        read_only.dispose()
    assert _state(db, meeting_id) == before
    with db.session() as s:  # writable again: the approval goes through
        minutes.approve(s, COMMANDER, meeting_id)
    assert _state(db, meeting_id)[0] is MeetingStatus.APPROVED
