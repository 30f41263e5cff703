"""Two workstations at once on the roster's rules, on PostgreSQL (locks, the unique index) as on
SQLite (one writer): one commander per centre and shift, rest between shifts, and two
amendments of one published roster making two revisions, not one.

Each racer, once past its check, waits for the other (``pause_after``): where the rule were
not closed, both would pass and both write."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.models import Assignment, RosterAction
from desktop.services import assignment_checks, duty
from desktop.services.assignments import AssignmentInput, assign
from desktop.services.rosters import history, publish_roster, roster_state
from tests.desktop.roster_world import COMMANDER, STAFF, roster_world
from tests.desktop.test_shift_races import one_wins, pause_after, race


@pytest.fixture
def world(db):
    with db.session() as s:
        return roster_world(s)


def _at(shift: int, centre: int, role: str = "guard", **who):
    return lambda s: assign(s, STAFF, AssignmentInput(shift, role, centre_id=centre, **who),
                            amend=True)


def test_two_workstations_name_two_commanders_for_one_centre_and_one_is_kept(db, world,
                                                                              monkeypatch):
    pause_after(monkeypatch, assignment_checks, "commander_findings")
    refusal = one_wins(race(
        db, _at(world["shift"], world["centre"], "centre_commander", person_id=world["chief"]),
        _at(world["shift"], world["centre"], "centre_commander", person_id=world["officer"])))
    assert "commander" in refusal.message("en").lower()
    with db.reader() as s:
        assert len(s.scalars(select(Assignment).where(
            Assignment.role == "centre_commander")).all()) == 1


def test_a_person_is_not_booked_on_two_shifts_too_close_when_both_are_saved_at_once(
        db, world, monkeypatch):
    pause_after(monkeypatch, duty, "person_findings")
    refusal = one_wins(race(db, _at(world["shift"], world["centre"], person_id=world["officer"]),
                            _at(world["evening"], world["other_centre"],
                                person_id=world["officer"])))
    assert "4 hours" in refusal.message("en")
    with db.reader() as s:
        assert len(s.scalars(select(Assignment)).all()) == 1


def test_two_amendments_of_one_roster_at_once_make_two_revisions(db, world, monkeypatch):
    with db.session() as s:
        publish_roster(s, COMMANDER, world["shift"])
    pause_after(monkeypatch, duty, "person_findings")
    results = race(db, _at(world["shift"], world["centre"], person_id=world["officer"]),
                   _at(world["shift"], world["school"], person_id=world["guard"]))
    assert [kind for kind, _ in results] == ["ok", "ok"], results
    with db.reader() as s:
        assert roster_state(s, world["shift"]).revision == 3
        amended = [e.revision for e in history(s, world["shift"])
                   if e.action is RosterAction.AMENDED]
    assert sorted(amended) == [2, 3]
