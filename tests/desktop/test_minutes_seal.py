"""The approval seal: the registry copy made at approval, and the column that holds it."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import inspect, update

from desktop.models import Meeting, Organisation, Person, UserRole
from desktop.services import meetings, minutes
from desktop.services.actor import Actor
from desktop.storage.database import Database
from desktop.storage.migrations import current_revision, downgrade, head_revision, upgrade
from tests.desktop.test_meetings import create, world  # noqa: F401 - the fixture
from tests.tampering import behind_the_program

CLERK = Actor(None, "clerk", UserRole.CLERK)
COMMANDER = Actor(None, "commander", UserRole.COMMANDER)


def approve(db: Database, meeting_id: int) -> str:
    with db.session() as s:
        meetings.submit(s, CLERK, meeting_id)
        return minutes.approve(s, COMMANDER, meeting_id)


def test_approval_copies_what_the_minutes_print_and_seals_it(db, world):  # noqa: F811
    meeting_id = create(db, world)
    with db.reader() as s:
        draft = s.get(Meeting, meeting_id)
        assert draft.sealed_record is None and minutes.sealed_registry(draft) is None
    seal = approve(db, meeting_id)
    with db.reader() as s:
        meeting = s.get(Meeting, meeting_id)
        copy = minutes.sealed_registry(meeting)
        chief = copy.people[world["chief"]]
        assert chief.full_name_ar == "سعد علي حربيه" and chief.staff_qualified
        assert chief.rank.name_ar == "عميد" and chief.rank.name_en == "Brigadier"
        assert chief.position_title == "قائد شرطة ميسان"
        assert chief.organisation.name_ar == "قيادة شرطة ميسان"
        assert set(copy.people) == {world["chief"], world["officer"]}
        assert world["command"] in copy.organisations  # organiser, and charged with a directive
        assert copy.election.name == "انتخابات مجالس المحافظات"
        form = json.loads(minutes.canonical_form(meeting))
        assert form["format"] == minutes.CANONICAL_FORMAT and "registry" in form
        assert minutes.fingerprint(meeting) == seal and minutes.seal_holds(meeting)
    with db.session() as s:  # the registry renamed: the copy and the seal stay as approved
        s.get(Person, world["chief"]).full_name_ar = "اسم آخر"
        s.get(Organisation, world["command"]).name_ar = "جهة أخرى"
    with db.reader() as s:
        meeting = s.get(Meeting, meeting_id)
        assert minutes.sealed_registry(meeting).people[world["chief"]].full_name_ar == \
            "سعد علي حربيه"
        assert minutes.fingerprint(meeting) == seal
    with db.session() as s:  # the copy changed behind the program's back breaks the seal
        behind_the_program(s)
        forged = meeting.sealed_record.replace("سعد علي حربيه", "اسم آخر")
        s.execute(update(Meeting).where(Meeting.id == meeting_id)
                  .values(sealed_record=forged))
    with db.reader() as s:
        assert not minutes.seal_holds(s.get(Meeting, meeting_id))


def test_minutes_sealed_before_the_copy_keep_their_fingerprint(db, world):  # noqa: F811
    meeting_id = create(db, world)
    seal = approve(db, meeting_id)
    with db.session() as s:  # as approved before migration 0003: no copy, format 1
        behind_the_program(s)
        s.execute(update(Meeting).where(Meeting.id == meeting_id).values(sealed_record=None))
    with db.session() as s:
        meeting = s.get(Meeting, meeting_id)
        form = json.loads(minutes.canonical_form(meeting))
        assert form["format"] == 1 and "registry" not in form
        format_1 = minutes.fingerprint(meeting)
        assert format_1 != seal
        behind_the_program(s)
        s.execute(update(Meeting).where(Meeting.id == meeting_id)
                  .values(fingerprint=format_1))
    with db.reader() as s:
        assert minutes.seal_holds(s.get(Meeting, meeting_id))


def _sealed_record_goes_down_and_up(db: Database) -> None:
    def columns() -> set[str]:
        inspect_ = inspect(db.engine)
        return {c["name"] for c in inspect_.get_columns("meetings")}

    upgrade(db)
    head = current_revision(db)
    assert head == head_revision(db) and "sealed_record" in columns()
    downgrade(db, "0002")
    assert current_revision(db) == "0002" and "sealed_record" not in columns()
    upgrade(db)
    assert current_revision(db) == head and "sealed_record" in columns()


def test_migration_0003_adds_the_sealed_record_and_takes_it_away(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    try:
        _sealed_record_goes_down_and_up(db)
    finally:
        db.dispose()


@pytest.mark.pg
def test_migration_0003_goes_down_and_up_on_postgresql(pg_url):
    db = Database(pg_url)
    try:
        _sealed_record_goes_down_and_up(db)
    finally:
        db.dispose()
