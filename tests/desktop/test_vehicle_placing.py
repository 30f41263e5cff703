"""A vehicle sent to a site rather than to an assignment (``vehicle_placing``), on both
engines: the commander's assignment takes it, or the only one without a vehicle; several
leave the choice to the user; a site with nobody on duty, or everyone with a vehicle, or the
vehicle already there, refuses with the reason; a vehicle in maintenance or at another site
in an overlapping shift is blocked by the rules whoever would take it; and a published
roster still takes it, as an amendment."""

from __future__ import annotations

import pytest

from desktop.models import Assignment, AssignmentRole
from desktop.services import rosters
from desktop.services.actor import SYSTEM
from desktop.services.assignments import (
    VehicleInput,
    create_vehicle,
    update_assignment,
)
from desktop.services.duty_board import SiteKind
from desktop.services.errors import Forbidden, NotFound
from desktop.services.findings import Rule
from desktop.services.vehicle_placing import vehicle_targets
from tests.desktop.roster_world import COMMANDER, roster_world
from tests.desktop.roster_world import place as _assign


@pytest.fixture
def world(db):
    with db.session() as s:
        return roster_world(s)


def _targets(db, w, site=None, vehicle=None, shift=None):
    with db.reader() as s:
        return vehicle_targets(s, shift or w["shift"], site or (SiteKind.CENTRE, w["school"]),
                               vehicle or w["car"])


def _give(db, targets, row, *, amend=False) -> None:
    with db.session() as s:
        data = row.as_input()
        data.vehicle_id = targets.vehicle_id
        update_assignment(s, SYSTEM, row.id, data, expected_version=row.version, amend=amend)


def _vehicle_of(db, assignment_id: int) -> int | None:
    with db.reader() as s:
        return s.get(Assignment, assignment_id).vehicle_id


def test_a_site_with_nobody_on_duty_refuses_with_the_reason(db, world):
    targets = _targets(db, world)
    assert targets.chosen is None and targets.candidates == ()
    assert not targets.must_ask
    said = targets.refusal.message("en")
    assert "ميسان 1234" in said and "مدرسة الجاحظ" in said
    assert "nobody is on duty there yet" in said and "Place someone there first" in said


def test_the_only_assignment_without_a_vehicle_takes_it(db, world):
    w = world
    guard = _assign(db, w, centre_id=w["school"], person_id=w["guard"])
    targets = _targets(db, w)
    assert targets.refusal is None and targets.blocking == ()
    assert targets.chosen.id == guard and not targets.must_ask
    _give(db, targets, targets.chosen)
    assert _vehicle_of(db, guard) == w["car"]


def test_the_centre_commander_takes_it_before_the_guards(db, world):
    w = world
    _assign(db, w, centre_id=w["school"], person_id=w["guard"])
    chief = _assign(db, w, centre_id=w["school"], person_id=w["officer"],
                    role=AssignmentRole.CENTRE_COMMANDER)
    targets = _targets(db, w)
    assert targets.chosen.id == chief and len(targets.candidates) == 2
    assert not targets.must_ask


def test_several_without_a_vehicle_and_no_commander_are_the_users_to_choose(db, world):
    w = world
    guard = _assign(db, w, post_id=w["checkpoint"], person_id=w["guard"])
    squad = _assign(db, w, post_id=w["checkpoint"], detachment_id=w["squad"])
    targets = _targets(db, w, site=(SiteKind.POST, w["checkpoint"]))
    assert targets.chosen is None and targets.must_ask
    assert {r.id for r in targets.candidates} == {guard, squad}
    assert targets.site == "سيطرة المدخل الشمالي"


def test_a_commander_with_a_vehicle_leaves_it_to_the_one_without(db, world):
    w = world
    with db.session() as s:
        spare = create_vehicle(s, SYSTEM, VehicleInput("ميسان 5678", "pickup")).id
    guard = _assign(db, w, centre_id=w["school"], person_id=w["guard"])
    _assign(db, w, centre_id=w["school"], person_id=w["officer"],
            role=AssignmentRole.CENTRE_COMMANDER, vehicle_id=spare)
    targets = _targets(db, w)
    assert targets.chosen.id == guard


def test_everyone_with_a_vehicle_or_the_vehicle_there_already_refuses(db, world):
    w = world
    with db.session() as s:
        spare = create_vehicle(s, SYSTEM, VehicleInput("ميسان 5678", "pickup")).id
    _assign(db, w, centre_id=w["school"], person_id=w["guard"], vehicle_id=w["car"])
    again = _targets(db, w)
    assert again.chosen is None and again.candidates == ()
    assert "already at مدرسة الجاحظ" in again.refusal.message("en")
    assert "علي حسين كريم" in again.refusal.message("en")
    full = _targets(db, w, vehicle=spare)
    assert "everyone on duty there has a vehicle already" in full.refusal.message("en")


def test_a_vehicle_in_maintenance_or_elsewhere_is_blocked_whoever_would_take_it(db, world):
    w = world
    with db.session() as s:
        broken = create_vehicle(s, SYSTEM, VehicleInput("ميسان 9999", "pickup",
                                                        status="maintenance")).id
    _assign(db, w, centre_id=w["school"], person_id=w["guard"])
    _assign(db, w, centre_id=w["school"], person_id=w["stranger"])
    in_maintenance = _targets(db, w, vehicle=broken)
    assert [f.rule for f in in_maintenance.blocking] == [Rule.OUT_OF_SERVICE]
    assert not in_maintenance.must_ask  # nobody is asked to choose for it
    # the car at the checkpoint in the 12-20 shift, which overlaps this one
    _assign(db, w, shift=w["late"], post_id=w["checkpoint"], person_id=w["chief"],
            vehicle_id=w["car"])
    elsewhere = _targets(db, w)
    assert [f.rule for f in elsewhere.blocking] == [Rule.OVERLAP]
    assert "سيطرة المدخل الشمالي" in elsewhere.blocking[0].message("en")


def test_a_published_roster_takes_it_only_as_an_amendment(db, world):
    w = world
    guard = _assign(db, w, centre_id=w["school"], person_id=w["guard"])
    with db.session() as s:
        rosters.publish_roster(s, COMMANDER, w["shift"])
    targets = _targets(db, w)
    assert targets.chosen.id == guard and targets.blocking == ()  # asked, not blocked
    with pytest.raises(Forbidden):
        _give(db, targets, targets.chosen)
    _give(db, targets, targets.chosen, amend=True)
    assert _vehicle_of(db, guard) == w["car"]


def test_what_does_not_exist_is_refused_at_once(db, world):
    w = world
    with pytest.raises(NotFound):
        _targets(db, w, vehicle=987_654)
    with pytest.raises(NotFound):
        _targets(db, w, site=(SiteKind.POST, 987_654))
    with pytest.raises(NotFound):
        _targets(db, w, shift=987_654)
