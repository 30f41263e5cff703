"""The rules of an assignment in one place, on both engines: what ``check_assignment`` finds
(every conflict, named, errors and warnings) is what ``assign`` refuses on; rest between
shifts, unavailability, an inactive person, a vehicle in maintenance, one commander per
centre and shift, pinned assignments, a person from outside the sector's organisation."""

from __future__ import annotations

import json
from datetime import datetime, time

import pytest
from sqlalchemy import select

from desktop.models import Assignment, AuditEntry, DutyRules, Person
from desktop.services.actor import SYSTEM
from desktop.services.assignments import (
    AssignmentInput,
    DetachmentInput,
    ShiftInput,
    VehicleInput,
    assign,
    check_assignment,
    create_shift,
    create_vehicle,
    set_pinned,
    unassign,
    update_assignment,
    update_detachment,
)
from desktop.services.availability import UnavailabilityInput, mark_unavailable
from desktop.services.duty_rules import minimum_rest, set_minimum_rest
from desktop.services.errors import Conflict, Forbidden, Invalid, NotFound, StaleRecord
from desktop.services.findings import ERROR, WARNING, Rule
from desktop.services.people import PersonInput, create_person, update_person
from tests.desktop.roster_world import COMMANDER, POLLING, STAFF, roster_world
from tests.desktop.test_services import refused


@pytest.fixture
def world(db):
    with db.session() as s:
        return roster_world(s)


def _at(shift: int, centre: int, role: str = "guard", **who) -> AssignmentInput:
    return AssignmentInput(shift, role, centre_id=centre, **who)


def _put(db, data: AssignmentInput) -> int:
    with db.session() as s:
        return assign(s, SYSTEM, data).id


def _check(db, data: AssignmentInput, **options):
    with db.reader() as s:
        return check_assignment(s, data, **options)


# ---- one place: the board's explanation is the service's refusal ---------------------------

def test_every_conflict_is_found_and_assign_refuses_with_the_first(db, world):
    _put(db, _at(world["shift"], world["centre"], person_id=world["officer"],
                 vehicle_id=world["car"]))
    wanted = _at(world["late"], world["other_centre"], person_id=world["officer"],
                 vehicle_id=world["car"])
    found = _check(db, wanted)
    assert [(f.rule, f.subject) for f in found] == [
        (Rule.OVERLAP, ("people", world["officer"])),
        (Rule.OVERLAP, ("vehicles", world["car"]))]
    assert all(f.severity == ERROR for f in found)
    assert "مدرسة الرسالة" in found[0].message("ar") and "الوجبة الأولى" in found[0].message("ar")
    assert "ميسان 1234" in found[1].message("en")
    error = refused(db, lambda s: assign(s, SYSTEM, wanted), Conflict)
    assert error.message("ar") == found[0].message("ar")


def test_a_good_assignment_has_nothing_found(db, world):
    assert _check(db, _at(world["shift"], world["centre"], person_id=world["officer"])) == []


def test_input_that_names_nothing_is_refused_not_found(db, world):
    with db.reader() as s, pytest.raises(NotFound):
        check_assignment(s, _at(world["shift"], 999_999, person_id=world["officer"]))
    with db.reader() as s, pytest.raises(Invalid):
        check_assignment(s, AssignmentInput(world["shift"], "guard", person_id=world["officer"]))
    with db.reader() as s, pytest.raises(Invalid):
        check_assignment(s, _at(world["shift"], world["centre"], person_id=world["officer"],
                                pinned="yes"))


# ---- rest between shifts ---------------------------------------------------------------------

def test_too_little_rest_before_or_after_another_shift_is_refused_naming_it(db, world):
    _put(db, _at(world["shift"], world["centre"], person_id=world["officer"]))  # 06–14
    after = refused(db, lambda s: assign(s, SYSTEM, _at(
        world["evening"], world["other_centre"], person_id=world["officer"])), Conflict)
    text = after.message("en")
    assert "الوجبة الأولى" in text and "مدرسة الرسالة" in text and "2009-01-31" in text
    assert "ends 4 hours before" in text and "is 8 hours" in text
    # the other way: on the evening first, then the morning is 4 hours before it
    _put(db, _at(world["evening"], world["centre"], person_id=world["guard"]))
    found = _check(db, _at(world["shift"], world["other_centre"], person_id=world["guard"]))
    assert [f.rule for f in found] == [Rule.REST]
    assert "begins 4 hours after" in found[0].message("en")
    assert "الوجبة المسائية" in found[0].message("ar")


def test_exactly_the_least_rest_is_enough(db, world):
    _put(db, _at(world["shift"], world["centre"], person_id=world["officer"]))  # ends 14:00
    _put(db, _at(world["night"], world["centre"], person_id=world["officer"]))  # begins 22:00
    with db.reader() as s:
        assert len(s.scalars(select(Assignment)).all()) == 2


def test_the_least_rest_is_the_rooms_and_the_commanders_to_set(db, world):
    with db.reader() as s:
        assert minimum_rest(s).total_seconds() == 8 * 3600
    refused(db, lambda s: set_minimum_rest(s, STAFF, 4), Forbidden)
    for bad in ("ثمانية", -1, 49, 7.51, None, True):
        refused(db, lambda s, bad=bad: set_minimum_rest(s, COMMANDER, bad), Invalid)
    with db.session() as s:
        set_minimum_rest(s, COMMANDER, "٣٫٥")  # typed in Arabic digits: 3 hours 30
    with db.reader() as s:
        assert minimum_rest(s).total_seconds() == 3.5 * 3600
        seen = s.get(DutyRules, 1).version
    _put(db, _at(world["shift"], world["centre"], person_id=world["officer"]))
    _put(db, _at(world["evening"], world["other_centre"], person_id=world["officer"]))
    with db.session() as s:
        set_minimum_rest(s, COMMANDER, 5, expected_version=seen)
    refused(db, lambda s: set_minimum_rest(s, COMMANDER, 6, expected_version=seen), StaleRecord)
    found = _check(db, _at(world["evening"], world["school"], person_id=world["guard"]))
    assert found == []  # the rule is read afresh for each check, and the guard is free


def test_a_detachments_crew_needs_its_rest_too(db, world):
    _put(db, _at(world["shift"], world["centre"], person_id=world["officer"]))
    error = refused(db, lambda s: assign(s, SYSTEM, _at(
        world["evening"], world["other_centre"], detachment_id=world["squad"])), Conflict)
    assert "حسن كاظم جبار" in error.message("ar")
    assert "ends 4 hours before" in error.message("en")


# ---- unavailability ----------------------------------------------------------------------------

def _leave(db, person: int, start: datetime, end: datetime, reason: str | None = None,
           kind: str = "leave") -> int:
    with db.session() as s:
        return mark_unavailable(s, SYSTEM, UnavailabilityInput(person, kind, start, end,
                                                               reason)).id


def test_an_unavailable_person_is_refused_with_the_period_named(db, world):
    _leave(db, world["officer"], datetime(2009, 1, 30, 8), datetime(2009, 2, 2, 8),
           "إجازة اعتيادية")
    error = refused(db, lambda s: assign(s, SYSTEM, _at(
        world["shift"], world["centre"], person_id=world["officer"])), Invalid)
    arabic = error.message("ar")
    assert "2009-01-30 08:00" in arabic and "2009-02-02 08:00" in arabic
    assert "إجازة اعتيادية" in arabic and "حسن كاظم جبار" in arabic
    assert "Leave" in error.message("en")
    # through a detachment of which they are one
    error = refused(db, lambda s: assign(s, SYSTEM, _at(
        world["shift"], world["centre"], detachment_id=world["squad"])), Invalid)
    assert "حسن كاظم جبار" in error.message("ar")


def test_a_period_that_only_touches_the_shift_does_not_keep_anyone_off_it(db, world):
    _leave(db, world["officer"], datetime(2009, 1, 30, 8), datetime(2009, 1, 31, 6),
           kind="sickness")
    _leave(db, world["officer"], datetime(2009, 1, 31, 14), datetime(2009, 2, 1, 6),
           kind="other_duty")
    assert _check(db, _at(world["shift"], world["centre"], person_id=world["officer"])) == []


# ---- inactive people, vehicles that cannot go out --------------------------------------------

def test_an_inactive_person_and_a_vehicle_in_maintenance_are_refused(db, world):
    with db.session() as s:
        retired = create_person(s, SYSTEM, PersonInput("كريم عباس", active=False))
        broken = create_vehicle(s, SYSTEM, VehicleInput("ميسان 555", "sedan",
                                                        status="maintenance"))
        s.flush()
        retired_id, broken_id = retired.id, broken.id
    found = _check(db, _at(world["shift"], world["centre"], person_id=retired_id,
                           vehicle_id=broken_id))
    assert [f.rule for f in found] == [Rule.INACTIVE, Rule.OUT_OF_SERVICE]
    assert "كريم عباس" in found[0].message("ar")
    assert "ميسان 555" in found[1].message("en") and "In maintenance" in found[1].message("en")
    refused(db, lambda s: assign(s, SYSTEM, _at(world["shift"], world["centre"],
                                                person_id=world["officer"],
                                                vehicle_id=broken_id)), Invalid)


# ---- a person from outside the sector's organisation: a warning ------------------------------

def test_someone_from_outside_the_sectors_organisation_is_a_warning_not_a_refusal(db, world):
    found = _check(db, _at(world["shift"], world["school"], person_id=world["stranger"]))
    assert [(f.severity, f.rule) for f in found] == [(WARNING, Rule.OUTSIDE_ORGANISATION)]
    text = found[0].message("ar")
    assert "قسم شرطة الكحلاء" in text and "قسم شرطة العمارة" in text and "قاطع العمارة" in text
    _put(db, _at(world["shift"], world["school"], person_id=world["stranger"]))  # saved
    # a unit beneath the sector's organisation is its own; a centre of no sector warns of none
    assert _check(db, _at(world["late"], world["school"], person_id=world["guard"])) == []
    assert _check(db, _at(world["late"], world["other_centre"], person_id=world["guard"])) == []


def test_a_detachment_of_another_organisation_is_warned_about(db, world):
    with db.session() as s:
        update_detachment(s, SYSTEM, world["squad"], DetachmentInput(
            "مفرزة الرسالة", world["kahla"], world["chief"], [world["officer"]]))
    found = _check(db, _at(world["shift"], world["school"], detachment_id=world["squad"]))
    assert [(f.severity, f.subject) for f in found] == [(WARNING, ("detachments",
                                                                   world["squad"]))]


# ---- one commander per centre and shift ------------------------------------------------------

def test_a_centre_has_one_commander_in_a_shift(db, world):
    _put(db, _at(world["shift"], world["centre"], "centre_commander", person_id=world["chief"]))
    error = refused(db, lambda s: assign(s, SYSTEM, _at(
        world["shift"], world["centre"], "centre_commander", person_id=world["officer"])),
        Conflict)
    assert "سعد علي حربيه" in error.message("ar") and "مدرسة الرسالة" in error.message("ar")
    # another centre, or the same centre in the next shift, has a commander of its own
    _put(db, _at(world["shift"], world["other_centre"], "centre_commander",
                 person_id=world["officer"]))
    _put(db, _at(world["night"], world["centre"], "centre_commander", person_id=world["guard"]))
    # and the commander's own assignment, edited, is not a second one
    with db.session() as s:
        first = s.scalars(select(Assignment).where(Assignment.person_id == world["chief"])).one()
        update_assignment(s, SYSTEM, first.id, _at(
            world["shift"], world["centre"], "centre_commander", person_id=world["chief"],
            notes="آمر المركز"))


def test_a_commander_is_a_named_person_at_a_centre(db, world):
    error = refused(db, lambda s: assign(s, SYSTEM, AssignmentInput(
        world["shift"], "centre_commander", post_id=world["checkpoint"],
        person_id=world["officer"])), Invalid)
    assert "post" in error.message("en")
    refused(db, lambda s: assign(s, SYSTEM, _at(world["shift"], world["centre"],
                                                "centre_commander",
                                                detachment_id=world["squad"])), Invalid)


def test_the_database_itself_keeps_one_commander_per_centre_and_shift(db, world):
    """Past the services (an import, a second workstation before the check saw the first):
    the unique index refuses, said as a clash."""
    _put(db, _at(world["shift"], world["centre"], "centre_commander", person_id=world["chief"]))
    error = refused(db, lambda s: s.add(Assignment(
        shift_id=world["shift"], centre_id=world["centre"], person_id=world["officer"],
        role="centre_commander")), Conflict)
    assert "commander" in error.message("en").lower()


# ---- pinned assignments ------------------------------------------------------------------------

def test_a_pinned_assignment_is_not_moved_or_taken_off_until_unpinned(db, world):
    done = _put(db, _at(world["shift"], world["centre"], person_id=world["officer"]))
    with db.session() as s:
        assert set_pinned(s, STAFF, done, True).pinned
    moved = _at(world["shift"], world["other_centre"], person_id=world["officer"])
    found = _check(db, moved, assignment_id=done)
    assert [f.rule for f in found] == [Rule.PINNED]
    error = refused(db, lambda s: update_assignment(s, SYSTEM, done, moved), Conflict)
    assert "مدرسة الرسالة" in error.message("ar")
    refused(db, lambda s: unassign(s, SYSTEM, done), Conflict)
    # its notes, role and vehicle may change; who and where stay
    with db.session() as s:
        kept = update_assignment(s, SYSTEM, done, _at(
            world["shift"], world["centre"], "patrol", person_id=world["officer"],
            vehicle_id=world["car"], notes="دورية"))
        assert kept.pinned
    # unpinned in the same step, it moves
    with db.session() as s:
        moved.pinned = False
        again = update_assignment(s, SYSTEM, done, moved)
        assert again.centre_id == world["other_centre"] and not again.pinned


def test_pinning_checks_the_version_and_the_role(db, world):
    from desktop.models import UserRole
    from desktop.services.actor import Actor

    done = _put(db, _at(world["shift"], world["centre"], person_id=world["officer"]))
    with db.session() as s:
        set_pinned(s, SYSTEM, done, True)
    refused(db, lambda s: set_pinned(s, SYSTEM, done, False, expected_version=1), StaleRecord)
    refused(db, lambda s: set_pinned(s, Actor(None, "v", UserRole.VIEWER), done, False),
            Forbidden)
    refused(db, lambda s: set_pinned(s, SYSTEM, done, "no"), Invalid)


# ---- taking an assignment off keeps who was where ----------------------------------------------

def test_unassign_keeps_who_was_where_in_its_audit_entry(db, world):
    done = _put(db, _at(world["shift"], world["centre"], person_id=world["officer"],
                        vehicle_id=world["car"]))
    with db.reader() as s:
        version = s.get(Assignment, done).version
    with db.session() as s:
        unassign(s, STAFF, done, expected_version=version)
    with db.reader() as s:
        assert s.get(Assignment, done) is None
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "assignments",
                                                   AuditEntry.action == "delete")).one()
    # a delete keeps every field as [old, None]: the columns and the summary's names beside
    kept = {field: old for field, (old, new) in json.loads(entry.changes).items()
            if new is None}
    assert entry.entity_id == done and entry.username == "staff"
    assert kept["person"] == "حسن كاظم جبار" and kept["person_id"] == world["officer"]
    assert kept["place"] == "مدرسة الرسالة" and kept["centre_id"] == world["centre"]
    assert kept["shift"] == "الوجبة الأولى" and kept["date"] == "2009-01-31"
    assert kept["vehicle"] == "ميسان 1234" and kept["role"] == "guard"
    assert kept["shift_id"] == world["shift"] and kept["vehicle_id"] == world["car"]


def test_unassign_of_what_is_not_there_or_stale_changes_nothing(db, world):
    done = _put(db, _at(world["shift"], world["centre"], person_id=world["officer"]))
    refused(db, lambda s: unassign(s, SYSTEM, 999_999), NotFound)
    refused(db, lambda s: unassign(s, SYSTEM, done, expected_version=7), StaleRecord)
    refused(db, lambda s: unassign(s, SYSTEM, "one"), Invalid)


# ---- detachments: nobody in two detachments on duty at once -----------------------------------

def test_a_member_is_not_in_two_detachments_on_overlapping_shifts(db, world):
    from desktop.services.assignments import create_detachment

    _put(db, _at(world["shift"], world["centre"], detachment_id=world["squad"]))
    with db.session() as s:
        other = create_detachment(s, SYSTEM, DetachmentInput("مفرزة الفرات", world["amarah"],
                                                             world["guard"]))
        s.flush()
        other_id = other.id
    _put(db, _at(world["late"], world["other_centre"], detachment_id=other_id))
    error = refused(db, lambda s: update_detachment(s, SYSTEM, other_id, DetachmentInput(
        "مفرزة الفرات", world["amarah"], world["guard"], [world["officer"]])), Conflict)
    assert "حسن كاظم جبار" in error.message("ar") and "مفرزة الرسالة" in error.message("ar")
    # nor short of rest between them
    with db.session() as s:
        s.execute(Assignment.__table__.update().where(Assignment.detachment_id == other_id)
                  .values(shift_id=world["evening"]))
    error = refused(db, lambda s: update_detachment(s, SYSTEM, other_id, DetachmentInput(
        "مفرزة الفرات", world["amarah"], world["guard"], [world["officer"]])), Conflict)
    assert "4 hours" in error.message("en")


def test_an_edit_of_a_crew_is_not_refused_for_what_stood_broken_before_it(db, world):
    """The leader fell sick after the detachment was put on duty: renaming the detachment,
    or taking someone else in, is not refused for it (the roster review shows it)."""
    _put(db, _at(world["shift"], world["centre"], detachment_id=world["squad"]))
    _leave(db, world["chief"], datetime(2009, 1, 31), datetime(2009, 2, 1), kind="sickness")
    with db.session() as s:
        update_detachment(s, SYSTEM, world["squad"], DetachmentInput(
            "مفرزة الرسالة الأولى", world["amarah"], world["chief"],
            [world["officer"], world["guard"]]))


# ---- the home sector ---------------------------------------------------------------------------

def test_a_person_has_a_home_sector(db, world):
    with db.session() as s:
        person = create_person(s, SYSTEM, PersonInput("زيد خالد", home_sector_id=world["sector"]))
        s.flush()
        person_id = person.id
    with db.reader() as s:
        assert s.get(Person, person_id).home_sector_id == world["sector"]
    refused(db, lambda s: create_person(s, SYSTEM, PersonInput("زيد خالد", home_sector_id=999)),
            NotFound)
    with db.session() as s:
        update_person(s, SYSTEM, person_id, PersonInput("زيد خالد"), expected_version=1)
    with db.reader() as s:
        assert s.get(Person, person_id).home_sector_id is None


def test_a_shift_moved_into_someones_leave_is_refused(db, world):
    from desktop.services.shifts import update_shift

    _put(db, _at(world["night"], world["centre"], person_id=world["officer"]))
    _leave(db, world["officer"], datetime(2009, 2, 1, 4), datetime(2009, 2, 3))
    # 22:00–04:00 ends as the leave begins; 22:00–06:00 would run into it
    with db.session() as s:
        update_shift(s, SYSTEM, world["night"], ShiftInput(
            world["election"], "polling_day", POLLING, time(22), time(4), "الوجبة الثالثة"))
    error = refused(db, lambda s: update_shift(s, SYSTEM, world["night"], ShiftInput(
        world["election"], "polling_day", POLLING, time(23), time(5), "الوجبة الثالثة")),
        Invalid)
    assert "2009-02-01 04:00" in error.message("ar")
    with db.session() as s:  # a shift none of this touches moves freely
        create_shift(s, SYSTEM, ShiftInput(world["election"], "polling_day", POLLING, time(7),
                                           time(9), "وجبة الإسناد"))


def test_hours_are_counted_as_each_language_counts_them():
    from datetime import timedelta

    from desktop.services.findings import Hours

    said = {h: (Hours(timedelta(hours=h)).render("ar"), Hours(timedelta(hours=h)).render("en"))
            for h in (0, 1, 2, 4, 10, 11, 5.5)}
    assert said == {0: ("0 ساعة", "0 hours"), 1: ("ساعة واحدة", "1 hour"),
                    2: ("ساعتان", "2 hours"), 4: ("4 ساعات", "4 hours"),
                    10: ("10 ساعات", "10 hours"), 11: ("11 ساعة", "11 hours"),
                    5.5: ("5:30 ساعة", "5:30 hours")}
