"""What the assignment board reads (``duty_board``, ``duty_pool``), on both engines: the
election's centres with their coverage and the posts of its governorates, who is where in a
shift, hours of duty in the election with detachments' crews counted, the sector's own
people first, the duties a period of unavailability clashes with, and what the commander
reviews before publishing."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop.models import AssignmentRole
from desktop.services import duty_board, duty_pool
from desktop.services.actor import SYSTEM
from desktop.services.availability import UnavailabilityInput, mark_unavailable
from desktop.services.duty_board import SiteKind
from desktop.services.organisations import AreaInput, create_area
from desktop.services.people import PersonInput, create_person
from desktop.services.sites import (
    CentreInput,
    CommissionFacts,
    PostInput,
    create_centre,
    create_post,
    record_for_election,
)
from tests.desktop.roster_world import place as _assign
from tests.desktop.roster_world import roster_world


@pytest.fixture
def world(db):
    """The roster world, its school in the election with a Maysan school beside it, a Dhi
    Qar checkpoint, and a constable of the Amarah section."""
    with db.session() as s:
        w = roster_world(s)
        maysan = create_area(s, SYSTEM, AreaInput("ميسان", "governorate"))
        dhi_qar = create_area(s, SYSTEM, AreaInput("ذي قار", "governorate"))
        s.flush()
        town = create_centre(s, SYSTEM, CentreInput(code="MS-110", name="إعدادية الهدى",
                                                      area_id=maysan.id))
        far = create_post(s, SYSTEM, PostInput("سيطرة الناصرية", "checkpoint",
                                               area_id=dhi_qar.id))
        constable = create_person(s, SYSTEM, PersonInput(
            "كريم جاسم علي", service_number="5005", organisation_id=w["amarah"]))
        s.flush()
        for centre in (w["school"], town.id):
            record_for_election(s, SYSTEM, w["election"], centre, CommissionFacts(risk="low"))
        return w | {"town": town.id, "far": far.id, "constable": constable.id}


def test_the_board_lists_the_elections_centres_and_the_posts_of_its_governorates(db, world):
    w = world
    with db.reader() as s:
        rows = duty_board.site_rows(s, w["shift"])
    centres = [r for r in rows if r.kind is SiteKind.CENTRE]
    posts = {r.id for r in rows if r.kind is SiteKind.POST}
    assert [r.id for r in centres] == [w["school"], w["town"]]  # code order; MS-102 is out
    assert posts == {w["checkpoint"]}  # no place recorded: listed; Dhi Qar's is not
    assert all(r.level is duty_board.CoverageLevel.NONE for r in rows)

    _assign(db, w, post_id=w["far"], person_id=w["stranger"])  # manned: listed after all
    _assign(db, w, centre_id=w["school"], person_id=w["guard"])
    with db.reader() as s:
        rows = {r.key: r for r in duty_board.site_rows(s, w["shift"])}
        totals = duty_board.board_totals(rows.values())
    school = rows[(SiteKind.CENTRE, w["school"])]
    assert school.officers == 1 and school.officers_needed >= 1
    assert rows[(SiteKind.POST, w["far"])].level is duty_board.CoverageLevel.FULL
    assert (totals.centres, totals.posts, totals.posts_manned) == (2, 2, 1)
    assert totals.none == 1 and totals.full + totals.partial == 1


def test_the_people_say_where_they_are_and_their_hours_in_the_election(db, world):
    w = world
    _assign(db, w, centre_id=w["school"], person_id=w["guard"])  # 06-14: 8 hours
    _assign(db, w, shift=w["late"], centre_id=w["town"], person_id=w["constable"])  # 12-20
    _assign(db, w, shift=w["night"], post_id=w["checkpoint"], detachment_id=w["squad"])
    with db.session() as s:
        mark_unavailable(s, SYSTEM, UnavailabilityInput(
            w["stranger"], "leave", datetime(2009, 1, 31), datetime(2009, 2, 1)))
    with db.reader() as s:
        found = {r.id: r for r in duty_pool.candidates(s, w["shift"], "", limit=100)}
        hours = duty_pool.election_hours(s, w["election"], [w["chief"], w["officer"],
                                                           w["guard"], w["constable"]])
    assert found[w["guard"]].engagement.here == "مدرسة الجاحظ"
    assert found[w["constable"]].engagement.elsewhere.startswith("إعدادية الهدى — ")
    assert found[w["stranger"]].engagement.unavailable == "leave"
    assert found[w["chief"]].engagement.free  # the night's squad is not in this shift
    assert hours == {w["chief"]: 8, w["officer"]: 8, w["guard"]: 8, w["constable"]: 8}
    assert found[w["chief"]].hours == 8
    order = list(found)
    assert order.index(w["chief"]) < order.index(w["guard"])  # the free first


def test_the_sectors_own_people_come_first_and_the_search_finds_a_service_number(db, world):
    w = world
    with db.reader() as s:
        plain = [r.id for r in duty_pool.candidates(s, w["shift"], "")]
        own = duty_pool.candidates(s, w["shift"], "", sector_id=w["sector"])
        by_number = duty_pool.candidates(s, w["shift"], "٥٠٠٥", sector_id=w["sector"])
    firsts = [r.id for r in own if r.own_sector]
    assert set(firsts) == {w["guard"], w["constable"]}  # a division under it counts
    assert [r.id for r in own][:2] == firsts and plain[:2] != firsts
    assert [r.id for r in by_number] == [w["constable"]]


def test_ranks_come_juniors_first_for_a_guard_and_seniors_for_a_commander(db, world):
    w = world
    with db.reader() as s:
        seniors = [r.id for r in duty_pool.candidates(s, w["shift"], "")]
        juniors = [r.id for r in duty_pool.candidates(s, w["shift"], "", juniors_first=True)]
    assert seniors.index(w["chief"]) < seniors.index(w["officer"])  # brigadier, captain
    assert juniors.index(w["officer"]) < juniors.index(w["chief"])


def test_detachments_and_vehicles_say_where_they_are(db, world):
    w = world
    _assign(db, w, post_id=w["checkpoint"], detachment_id=w["squad"], vehicle_id=w["car"])
    with db.reader() as s:
        team = next(r for r in duty_pool.detachment_rows(s, w["shift"]) if r.id == w["squad"])
        car = next(r for r in duty_pool.vehicle_rows(s, w["shift"]) if r.id == w["car"])
        assigned = duty_board.assigned_at(s, w["shift"], (SiteKind.POST, w["checkpoint"]))
    assert team.crew == 2 and team.engagement.here == "سيطرة المدخل الشمالي"
    assert car.in_service and car.engagement.here == "سيطرة المدخل الشمالي"
    assert [(r.detachment_id, r.crew, r.vehicle) for r in assigned] == [
        (w["squad"], 2, "ميسان 1234")]


def test_a_site_lists_its_commander_first_with_what_the_rules_say_now(db, world):
    w = world
    guard = _assign(db, w, centre_id=w["school"], person_id=w["constable"])
    chief = _assign(db, w, centre_id=w["school"], person_id=w["officer"],
                    role=AssignmentRole.CENTRE_COMMANDER)
    with db.session() as s:  # the constable falls sick after being put on duty
        mark_unavailable(s, SYSTEM, UnavailabilityInput(
            w["constable"], "sickness", datetime(2009, 1, 31, 10), datetime(2009, 1, 31, 12)))
    with db.reader() as s:
        rows = duty_board.assigned_at(s, w["shift"], (SiteKind.CENTRE, w["school"]))
        review = duty_board.publish_review(s, w["shift"])
        duties = duty_pool.duties_of_period(s, w["constable"], datetime(2009, 1, 31, 9),
                                            datetime(2009, 1, 31, 10))
        reversed_period = duty_pool.duties_of_period(
            s, w["constable"], datetime(2009, 1, 31, 10), datetime(2009, 1, 31, 9))
    assert [r.id for r in rows] == [chief, guard]
    assert not any(f.is_error for f in rows[0].findings)  # a warning: of the command
    assert rows[1].findings[0].is_error
    assert "غير متفرغ" in rows[1].findings[0].message("ar")
    assert set(review.seen) == {chief, guard} and review.broken == 1
    assert review.first_broken.subject == ("people", w["constable"])
    assert [(d.assignment_id, d.place) for d in duties] == [(guard, "مدرسة الجاحظ")]
    assert reversed_period == []
