"""The program's invariants read back from the rows, and ``ghurfa check`` saying them."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import text, update

from desktop.cli import main
from desktop.models import Assignment, AssignmentRole, Meeting, Shift
from desktop.storage.integrity import breaches, broken_seals, double_duty, two_commanders
from tests.desktop.factories import basic_world
from tests.desktop.test_meetings import create, world  # noqa: F401 - the fixture
from tests.desktop.test_minutes_seal import approve
from tests.tampering import behind_the_program


def _second_shift(session, world, starts: int, ends: int, label: str) -> int:  # noqa: F811
    shift = Shift(election_id=world["election"], phase="polling_day", on_date=date(2009, 1, 31),
                  starts_at=time(starts), ends_at=time(ends), label=label)
    session.add(shift)
    session.flush()
    return shift.id


def _duty(session, shift: int, person: int, centre: int, role=AssignmentRole.GUARD) -> None:
    session.add(Assignment(shift_id=shift, centre_id=centre, person_id=person, role=role))
    session.flush()


def test_a_sound_world_breaks_no_invariant(db, world):  # noqa: F811
    with db.session() as s:
        _duty(s, world["shift"], world["chief"], world["centre"], AssignmentRole.CENTRE_COMMANDER)
        later = _second_shift(s, world, 14, 22, "الوجبة الثانية")  # touches, does not overlap
        _duty(s, later, world["chief"], world["centre"], AssignmentRole.CENTRE_COMMANDER)
    assert breaches(db) == []


def test_one_person_on_two_overlapping_shifts_is_found(db, world):  # noqa: F811
    with db.session() as s:  # written as a tool would: the services refuse it
        _duty(s, world["shift"], world["officer"], world["centre"])
        overlapping = _second_shift(s, world, 10, 18, "وجبة متداخلة")
        _duty(s, overlapping, world["officer"], world["centre"])
        night = _second_shift(s, world, 22, 6, "وجبة الليل")  # past midnight: no overlap
        _duty(s, night, world["officer"], world["centre"])
    with db.reader() as s:
        found = double_duty(s)
    assert len(found) == 1
    assert found[0].fields["person"] == world["officer"]
    assert {found[0].fields["first_shift"], found[0].fields["second_shift"]} == {
        world["shift"], overlapping}


def test_two_commanders_of_one_centre_and_shift_are_found(sqlite_db):
    with sqlite_db.session() as s:
        world = basic_world(s)
    with sqlite_db.engine.begin() as connection:  # the rule's index dropped by another tool
        connection.execute(text("DROP INDEX uq_assignments_shift_centre_commander"))
    with sqlite_db.session() as s:
        for person in (world["chief"], world["officer"]):
            _duty(s, world["shift"], person, world["centre"], AssignmentRole.CENTRE_COMMANDER)
    with sqlite_db.reader() as s:
        found = two_commanders(s)
    assert [(b.fields["centre"], b.fields["shift"], b.fields["count"]) for b in found] == [
        (world["centre"], world["shift"], 2)]


def test_approved_minutes_changed_behind_the_program_are_found(db, world):  # noqa: F811
    meeting_id = create(db, world)
    approve(db, meeting_id)
    with db.reader() as s:
        assert broken_seals(s) == []
    with db.session() as s:
        behind_the_program(s)
        s.execute(update(Meeting).where(Meeting.id == meeting_id).values(subject="موضوع آخر"))
    with db.reader() as s:
        assert [b.fields["meeting"] for b in broken_seals(s)] == [meeting_id]


def test_check_says_each_breach_and_fails(sqlite_db, capsys):
    with sqlite_db.session() as s:
        world = basic_world(s)
        _duty(s, world["shift"], world["officer"], world["centre"])
        overlapping = _second_shift(s, world, 8, 12, "وجبة متداخلة")
        _duty(s, overlapping, world["officer"], world["centre"])
    url = f"sqlite:///{sqlite_db.file}"
    assert main(["--lang", "en", "--db", url, "check"]) == 1
    out = capsys.readouterr().out
    assert f"Person {world['officer']} is on duty twice at once" in out
    assert "Problems found: 1" in out
