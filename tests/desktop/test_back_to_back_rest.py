"""Shifts back to back (06–14, then 14–22 on polling day, as the demo has them) are too close
for the least rest, and the refusal says so as it is: «ends as this one begins», not «ends 0
hours before this one begins» (found walking the board as a commander), for a person alone,
a person with a detachment and a detachment, either way round; a gap of hours keeps its
wording."""

from __future__ import annotations

from datetime import time

import pytest

from desktop.services.actor import SYSTEM
from desktop.services.assignments import (
    AssignmentInput,
    ShiftInput,
    assign,
    check_assignment,
    create_shift,
)
from desktop.services.findings import Rule
from tests.desktop.roster_world import POLLING, roster_world


@pytest.fixture
def world(db):
    with db.session() as s:
        ids = roster_world(s)
        ids["afternoon"] = create_shift(s, SYSTEM, ShiftInput(
            ids["election"], "polling_day", POLLING, time(14), time(22), "وجبة العصر")).id
        return ids


def _at(shift: int, centre: int, **who) -> AssignmentInput:
    return AssignmentInput(shift, "guard", centre_id=centre, **who)


def _rest(db, data: AssignmentInput) -> list:
    with db.reader() as s:
        found = [f for f in check_assignment(s, data) if f.rule is Rule.REST]
    assert found, "no rest finding"
    return found


def test_a_person_on_the_shift_before_or_after_is_told_it_ends_or_begins_as_this_one(db, world):
    with db.session() as s:
        assign(s, SYSTEM, _at(world["shift"], world["centre"], person_id=world["guard"]))
    text = _rest(db, _at(world["afternoon"], world["other_centre"],
                         person_id=world["guard"]))[0].message("en")
    assert "which ends as this one begins" in text and "0 hours" not in text
    assert "is 8 hours" in text
    with db.session() as s:
        assign(s, SYSTEM, _at(world["afternoon"], world["centre"], person_id=world["stranger"]))
    text = _rest(db, _at(world["shift"], world["other_centre"],
                         person_id=world["stranger"]))[0].message("en")
    assert "which begins as this one ends" in text and "0 hours" not in text


def test_a_detachment_and_its_crew_are_told_the_same(db, world):
    with db.session() as s:
        assign(s, SYSTEM, _at(world["shift"], world["centre"], detachment_id=world["squad"]))
    team = _rest(db, _at(world["afternoon"], world["other_centre"],
                         detachment_id=world["squad"]))
    assert any("which ends as this one begins" in f.message("en") for f in team)
    assert not any("0 hours" in f.message("en") for f in team)
    crew = _rest(db, _at(world["afternoon"], world["other_centre"],
                         person_id=world["officer"]))[0].message("en")
    assert "with the detachment" in crew and "which ends as this one begins" in crew


def test_a_gap_of_hours_is_still_counted(db, world):
    with db.session() as s:
        assign(s, SYSTEM, _at(world["shift"], world["centre"], person_id=world["guard"]))
    text = _rest(db, _at(world["evening"], world["other_centre"],
                         person_id=world["guard"]))[0].message("en")
    assert "ends 4 hours before" in text
