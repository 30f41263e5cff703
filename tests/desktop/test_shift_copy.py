"""Copying a shift's assignments to another, on both engines: in one unit of work, each row
that would break a rule there skipped and reported with its findings, the others copied whole
(role, place, who, vehicle, notes, pin); nothing written when the copy itself is refused."""

from __future__ import annotations

from datetime import datetime, time

import pytest
from sqlalchemy import func, select

from desktop.models import Assignment, AuditEntry, RosterAction
from desktop.services.actor import SYSTEM
from desktop.services.assignments import (
    AssignmentInput,
    ShiftInput,
    assign,
    create_shift,
    set_pinned,
)
from desktop.services.availability import UnavailabilityInput, mark_unavailable
from desktop.services.errors import Forbidden, Invalid, NotFound
from desktop.services.findings import Rule
from desktop.services.rosters import history, publish_roster, roster_state
from desktop.services.shift_copy import copy_assignments
from tests.desktop.roster_world import CLERK, COMMANDER, POLLING, STAFF, roster_world
from tests.desktop.test_services import refused


@pytest.fixture
def world(db):
    """On the 06–14 shift: the chief commands the centre with the car, the officer guards
    it (pinned), the guard stands at the checkpoint."""
    with db.session() as s:
        ids = roster_world(s)
        made = [assign(s, SYSTEM, data) for data in (
            AssignmentInput(ids["shift"], "centre_commander", centre_id=ids["centre"],
                            person_id=ids["chief"], vehicle_id=ids["car"], notes="آمر المركز"),
            AssignmentInput(ids["shift"], "guard", centre_id=ids["centre"],
                            person_id=ids["officer"]),
            AssignmentInput(ids["shift"], "checkpoint", post_id=ids["checkpoint"],
                            person_id=ids["guard"]))]
        s.flush()
        set_pinned(s, SYSTEM, made[1].id, True)
        return ids | {"commander_row": made[0].id, "officer_row": made[1].id,
                      "guard_row": made[2].id}


def _rows(db, shift: int) -> list[Assignment]:
    with db.reader() as s:
        return list(s.scalars(select(Assignment).where(Assignment.shift_id == shift)
                              .order_by(Assignment.id)))


def test_a_shift_is_copied_whole_onto_a_free_one(db, world):
    with db.session() as s:
        report = copy_assignments(s, STAFF, world["shift"], world["night"])
    assert [r.source_id for r in report.copied] == [world["commander_row"],
                                                   world["officer_row"], world["guard_row"]]
    assert report.skipped == ()
    copies = _rows(db, world["night"])
    assert [(a.role, a.centre_id, a.post_id, a.person_id, a.vehicle_id, a.pinned, a.notes)
            for a in copies] == [
        ("centre_commander", world["centre"], None, world["chief"], world["car"], False,
         "آمر المركز"),
        ("guard", world["centre"], None, world["officer"], None, True, None),
        ("checkpoint", None, world["checkpoint"], world["guard"], None, False, None)]
    with db.reader() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "copy")).one()
        assert (entry.entity, entry.entity_id, entry.username) == ("shifts", world["night"],
                                                                   "staff")


def test_rows_that_would_break_a_rule_are_skipped_and_reported(db, world):
    """Onto the evening (18–23): 4 hours after the morning, too little rest for all three;
    with the rest lowered, the officer's leave and the car's other duty remain."""
    with db.session() as s:
        report = copy_assignments(s, STAFF, world["shift"], world["evening"])
    assert report.copied == ()
    assert [(r.source_id, r.reason.rule) for r in report.skipped] == [
        (world["commander_row"], Rule.REST), (world["officer_row"], Rule.REST),
        (world["guard_row"], Rule.REST)]
    assert "الوجبة الأولى" in report.skipped[0].reason.message("ar")
    from desktop.services.duty_rules import set_minimum_rest

    with db.session() as s:
        set_minimum_rest(s, COMMANDER, 0)
        mark_unavailable(s, SYSTEM, UnavailabilityInput(
            world["officer"], "leave", datetime(2009, 1, 31, 17), datetime(2009, 2, 5)))
        support = create_shift(s, SYSTEM, ShiftInput(  # 16–21: after the morning, not after
            world["election"], "polling_day", POLLING, time(16), time(21), "وجبة الإسناد"))
        s.flush()
        assign(s, SYSTEM, AssignmentInput(support.id, "patrol", post_id=world["checkpoint"],
                                          person_id=world["stranger"], vehicle_id=world["car"]))
    with db.session() as s:
        report = copy_assignments(s, STAFF, world["shift"], world["evening"])
    assert [r.source_id for r in report.copied] == [world["guard_row"]]
    skipped = {r.source_id: r for r in report.skipped}
    assert skipped[world["commander_row"]].reason.rule is Rule.OVERLAP
    assert "ميسان 1234" in skipped[world["commander_row"]].reason.message("ar")
    assert skipped[world["officer_row"]].reason.rule is Rule.UNAVAILABLE
    assert [a.person_id for a in _rows(db, world["evening"])] == [world["guard"]]


def test_copies_are_checked_against_one_another(db, world):
    """The target already has a commander at the centre: the copied one is skipped; the
    guard already on the target is not put there twice."""
    with db.session() as s:
        assign(s, SYSTEM, AssignmentInput(world["night"], "centre_commander",
                                          centre_id=world["centre"],
                                          person_id=world["stranger"]))
        assign(s, SYSTEM, AssignmentInput(world["night"], "patrol",
                                          post_id=world["checkpoint"], person_id=world["guard"]))
    with db.session() as s:
        report = copy_assignments(s, STAFF, world["shift"], world["night"])
    skipped = {r.source_id: r.reason.rule for r in report.skipped}
    assert skipped == {world["commander_row"]: Rule.COMMANDER, world["guard_row"]: Rule.OVERLAP}
    assert [r.source_id for r in report.copied] == [world["officer_row"]]


def test_a_refused_copy_writes_nothing(db, world):
    refused(db, lambda s: copy_assignments(s, STAFF, world["shift"], world["shift"]), Invalid)
    refused(db, lambda s: copy_assignments(s, STAFF, world["shift"], 999_999), NotFound)
    refused(db, lambda s: copy_assignments(s, STAFF, 999_999, world["night"]), NotFound)
    refused(db, lambda s: copy_assignments(s, CLERK, world["shift"], world["night"]), Forbidden)
    refused(db, lambda s: copy_assignments(s, STAFF, world["shift"], "night"), Invalid)


def test_a_copy_onto_a_published_roster_is_one_amendment(db, world):
    with db.session() as s:
        publish_roster(s, COMMANDER, world["night"])  # an empty roster, published
    refused(db, lambda s: copy_assignments(s, STAFF, world["shift"], world["night"]), Forbidden)
    with db.session() as s:
        report = copy_assignments(s, STAFF, world["shift"], world["night"], amend=True)
    assert len(report.copied) == 3
    assert all(not row.warnings for row in report.copied)
    with db.reader() as s:
        assert roster_state(s, world["night"]).revision == 2
        amended = [e for e in history(s, world["night"]) if e.action is RosterAction.AMENDED]
        assert [e.revision for e in amended] == [2, 2, 2]
        assert s.scalar(select(func.count()).select_from(Assignment)
                        .where(Assignment.shift_id == world["night"])) == 3


def test_an_empty_shift_copies_nothing(db, world):
    with db.session() as s:
        report = copy_assignments(s, STAFF, world["night"], world["late"])
    assert report.copied == () and report.skipped == ()
