"""Deployment rules on both engines: nobody, no detachment and no vehicle in two places at once
(overlapping shifts included, past midnight too), no inactive person on duty through a
detachment, shifts in their phase, plates compared as typed in either script."""

from __future__ import annotations

from datetime import date, time, timedelta, timezone

import pytest
from sqlalchemy import select

from desktop.demo import load_demo
from desktop.models import Assignment, Person, Shift, Vehicle, VehicleStatus
from desktop.services.actor import SYSTEM
from desktop.services.assignments import (
    AssignmentInput,
    DetachmentInput,
    ShiftInput,
    VehicleInput,
    assign,
    create_detachment,
    create_shift,
    create_vehicle,
)
from desktop.services.duty_rules import set_minimum_rest
from desktop.services.elections import ElectionInput, create_election, set_phase
from desktop.services.errors import Conflict, Invalid
from desktop.services.people import PersonInput, create_person
from desktop.services.sites import CentreInput, create_centre
from tests.desktop.factories import basic_world
from tests.desktop.test_services import refused

POLLING = date(2009, 1, 31)


@pytest.fixture
def world(db):
    with db.session() as s:
        ids = basic_world(s)
        other = create_centre(s, SYSTEM, CentreInput(code="MS-102", name="مدرسة الفرات"))
        s.flush()
        return ids | {"other_centre": other.id}


def _shift(db, world, starts: int, ends: int, label: str, on: date = POLLING,
           phase: str = "polling_day") -> int:
    with db.session() as s:
        shift = create_shift(s, SYSTEM, ShiftInput(world["election"], phase, on, time(starts),
                                                   time(ends), label))
        s.flush()
        return shift.id


def _at(shift: int, centre: int, **who) -> AssignmentInput:
    return AssignmentInput(shift, "guard", centre_id=centre, **who)


def _squad(db, world, name="مفرزة الرسالة") -> int:
    with db.session() as s:
        squad = create_detachment(s, SYSTEM, DetachmentInput(
            name, organisation_id=world["command"], leader_id=world["chief"],
            member_ids=[world["officer"]]))
        s.flush()
        return squad.id


# ---- an inactive person is not put on duty through a detachment -----------------------------

def test_an_inactive_person_neither_leads_nor_joins_a_detachment(db, world):
    with db.session() as s:
        retired = create_person(s, SYSTEM, PersonInput("كريم عباس", active=False))
        s.flush()
        retired_id = retired.id
    for data in (DetachmentInput("مفرزة", leader_id=retired_id),
                 DetachmentInput("مفرزة", member_ids=[world["officer"], retired_id])):
        error = refused(db, lambda s, data=data: create_detachment(s, SYSTEM, data), Invalid)
        assert "كريم عباس" in error.message("ar")


def test_a_detachment_whose_crew_has_left_is_not_assigned(db, world):
    squad = _squad(db, world)
    with db.session() as s:
        s.get(Person, world["officer"]).active = False
    error = refused(db, lambda s: assign(s, SYSTEM, _at(world["shift"], world["centre"],
                                                        detachment_id=squad)), Invalid)
    assert "حسن كاظم جبار" in error.message("ar") and "مفرزة الرسالة" in error.message("ar")
    assert "سعد علي حربيه" not in error.message("ar")  # only those who left are named


# ---- nobody in two places at once -------------------------------------------------------------

def test_a_person_is_not_in_two_overlapping_shifts(db, world):
    late = _shift(db, world, 10, 18, "الوجبة الوسطى")  # 06–14 is the world's shift
    with db.session() as s:
        assign(s, SYSTEM, _at(world["shift"], world["centre"], person_id=world["officer"]))
    error = refused(db, lambda s: assign(s, SYSTEM, _at(late, world["other_centre"],
                                                        person_id=world["officer"])), Conflict)
    message = error.message("en")
    assert "مدرسة الرسالة" in message and "الوجبة الأولى" in message
    assert "2009-01-31" in message and "overlaps" in message


def _no_rest(db) -> None:
    """The least rest between shifts set to none: what is left is the overlap rule alone."""
    with db.session() as s:
        set_minimum_rest(s, SYSTEM, 0)


def test_shifts_that_only_touch_do_not_overlap(db, world):
    after = _shift(db, world, 14, 22, "الوجبة الثانية")
    _no_rest(db)
    with db.session() as s:
        assign(s, SYSTEM, _at(world["shift"], world["centre"], person_id=world["officer"]))
        assign(s, SYSTEM, _at(after, world["other_centre"], person_id=world["officer"]))
    with db.reader() as s:
        assert len(s.scalars(select(Assignment)).all()) == 2


def test_a_shift_past_midnight_overlaps_the_next_mornings(db, world):
    night = _shift(db, world, 22, 6, "الوجبة الثالثة")  # 31 January 22:00 to 1 February 06:00
    dawn = _shift(db, world, 4, 8, "الوجبة الأولى", on=POLLING + timedelta(days=1),
                  phase="after")
    morning = _shift(db, world, 6, 12, "الوجبة الثانية", on=POLLING + timedelta(days=1),
                     phase="after")
    _no_rest(db)
    with db.session() as s:
        assign(s, SYSTEM, _at(night, world["centre"], person_id=world["officer"]))
    error = refused(db, lambda s: assign(s, SYSTEM, _at(dawn, world["other_centre"],
                                                        person_id=world["officer"])), Conflict)
    assert "الوجبة الثالثة" in error.message("en") and "2009-01-31" in error.message("en")
    with db.session() as s:  # from 06:00 the night is over
        assign(s, SYSTEM, _at(morning, world["other_centre"], person_id=world["officer"]))
    # and a night shift of the day before runs into the morning of polling day
    with db.session() as s:
        assign(s, SYSTEM, _at(world["shift"], world["centre"], person_id=world["chief"]))
    eve = _shift(db, world, 23, 7, "الوجبة الليلية", on=POLLING - timedelta(days=1),
                 phase="before")
    error = refused(db, lambda s: assign(s, SYSTEM, _at(eve, world["other_centre"],
                                                        person_id=world["chief"])), Conflict)
    assert "الوجبة الأولى" in error.message("en") and "2009-01-31" in error.message("en")


def test_a_detachment_and_its_crew_are_not_in_two_overlapping_shifts(db, world):
    squad = _squad(db, world)
    late = _shift(db, world, 10, 18, "الوجبة الوسطى")
    with db.session() as s:
        assign(s, SYSTEM, _at(world["shift"], world["centre"], detachment_id=squad))
    error = refused(db, lambda s: assign(s, SYSTEM, _at(late, world["other_centre"],
                                                        detachment_id=squad)), Conflict)
    assert "مفرزة الرسالة" in error.message("en") and "الوجبة الأولى" in error.message("en")
    error = refused(db, lambda s: assign(s, SYSTEM, _at(late, world["other_centre"],
                                                        person_id=world["officer"])), Conflict)
    assert "حسن كاظم جبار" in error.message("en") and "مفرزة الرسالة" in error.message("en")
    with db.session() as s:  # a second detachment sharing the leader
        other = create_detachment(s, SYSTEM, DetachmentInput(
            "مفرزة الفرات", leader_id=world["chief"]))
        s.flush()
        other_id = other.id
    error = refused(db, lambda s: assign(s, SYSTEM, _at(late, world["other_centre"],
                                                        detachment_id=other_id)), Conflict)
    assert "سعد علي حربيه" in error.message("en") and "مفرزة الرسالة" in error.message("en")


def test_a_detachment_is_not_sent_where_one_of_its_crew_already_is(db, world):
    squad = _squad(db, world)
    late = _shift(db, world, 10, 18, "الوجبة الوسطى")
    with db.session() as s:
        assign(s, SYSTEM, _at(world["shift"], world["other_centre"], person_id=world["officer"]))
    error = refused(db, lambda s: assign(s, SYSTEM, _at(late, world["centre"],
                                                        detachment_id=squad)), Conflict)
    assert "حسن كاظم جبار" in error.message("en") and "مدرسة الفرات" in error.message("en")


def test_a_vehicle_is_not_in_two_overlapping_shifts(db, world):
    late = _shift(db, world, 10, 18, "الوجبة الوسطى")
    with db.session() as s:
        car = create_vehicle(s, SYSTEM, VehicleInput("ميسان 12345", "pickup"))
        s.flush()
        car_id = car.id
        assign(s, SYSTEM, _at(world["shift"], world["centre"], person_id=world["chief"],
                              vehicle_id=car_id))
    error = refused(db, lambda s: assign(s, SYSTEM, _at(late, world["other_centre"],
                                                        person_id=world["officer"],
                                                        vehicle_id=car_id)), Conflict)
    assert "ميسان 12345" in error.message("en") and "الوجبة الأولى" in error.message("en")


def test_a_member_of_a_detachment_on_duty_is_named_with_the_shift_once(db, world):
    """The shift's label already says «الوجبة»: the message does not say it twice."""
    squad = _squad(db, world)
    with db.session() as s:
        assign(s, SYSTEM, _at(world["shift"], world["centre"], detachment_id=squad))
    for who in (dict(person_id=world["officer"]), dict(detachment_id=squad)):
        error = refused(db, lambda s, who=who: assign(s, SYSTEM, _at(
            world["shift"], world["other_centre"], **who)), Conflict)
        assert "الوجبة الأولى" in error.message("ar")
        assert "الوجبة الوجبة" not in error.message("ar")


# ---- a shift falls in its phase ---------------------------------------------------------------

@pytest.mark.parametrize("phase, on", [
    ("polling_day", date(2012, 6, 1)),
    ("polling_day", POLLING - timedelta(days=1)),
    ("special_voting", date(2009, 1, 28)),  # the world's election has no special voting day
    ("before", POLLING),
    ("after", POLLING),
    ("after", date(2009, 1, 30)),
])
def test_a_shift_outside_its_phase_is_refused(db, world, phase, on):
    error = refused(db, lambda s: create_shift(s, SYSTEM, ShiftInput(
        world["election"], phase, on, time(8), time(16), "وجبة")), Invalid)
    if phase != "special_voting":
        assert on.isoformat() in error.message("en") and "2009-01-31" in error.message("en")


def test_a_recorded_phase_decides_its_shifts_days(db, world):
    with db.session() as s:
        set_phase(s, SYSTEM, world["election"], "before", date(2009, 1, 20), date(2009, 1, 27))
    error = refused(db, lambda s: create_shift(s, SYSTEM, ShiftInput(
        world["election"], "before", date(2009, 1, 29), time(8), time(16), "وجبة")), Invalid)
    assert "2009-01-20" in error.message("en") and "2009-01-27" in error.message("en")
    with db.session() as s:
        create_shift(s, SYSTEM, ShiftInput(world["election"], "before", date(2009, 1, 27),
                                           time(8), time(16), "وجبة"))
        election = create_election(s, SYSTEM, ElectionInput(
            "الانتخابات البرلمانية", "parliamentary", date(2010, 3, 7),
            special_voting_date=date(2010, 3, 4)))
        s.flush()
        create_shift(s, SYSTEM, ShiftInput(election.id, "special_voting", date(2010, 3, 4),
                                           time(6), time(18), "الوجبة الأولى"))
    with db.reader() as s:
        assert len(s.scalars(select(Shift)).all()) == 3


@pytest.mark.parametrize("which", ["starts", "ends"])
def test_a_shift_time_with_a_time_zone_is_refused(db, world, which):
    aware = time(8, tzinfo=timezone(timedelta(hours=3)))
    starts, ends = (aware, time(16)) if which == "starts" else (time(8), aware)
    refused(db, lambda s: create_shift(s, SYSTEM, ShiftInput(
        world["election"], "polling_day", POLLING, starts, ends, "وجبة")), Invalid)


# ---- plates -----------------------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["ميسان ١٢٣٤", "ميسان  1234", " ميسان 1234 "])
def test_a_plate_is_one_plate_in_either_script_and_spacing(db, world, typed):
    with db.session() as s:
        create_vehicle(s, SYSTEM, VehicleInput("ميسان 1234", "pickup"))
    error = refused(db, lambda s: create_vehicle(s, SYSTEM, VehicleInput(typed, "bus")),
                    Conflict)
    assert "ميسان 1234" in error.message("ar")


# ---- the demo keeps the rules -----------------------------------------------------------------

def test_the_seed_demo_sends_out_only_vehicles_in_service(db):
    load_demo(db)
    with db.reader() as s:
        statuses = s.scalars(select(Vehicle.status).join(
            Assignment, Assignment.vehicle_id == Vehicle.id)).all()
    assert statuses
    assert set(statuses) <= {VehicleStatus.AVAILABLE, VehicleStatus.IN_SERVICE}
