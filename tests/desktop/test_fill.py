"""Fill the gaps: what the proposal puts where, and whom it never puts anywhere; accepting it
whole, in part, after a colleague's save, on a published roster."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

import pytest
from sqlalchemy import select

from desktop.models import Assignment, AssignmentRole, RosterAction
from desktop.services import fill
from desktop.services.actor import SYSTEM
from desktop.services.assignments import AssignmentInput, assign, set_pinned
from desktop.services.availability import UnavailabilityInput, mark_unavailable
from desktop.services.coverage import CoverageLevel, for_shift
from desktop.services.errors import Forbidden
from desktop.services.fill import Preference, Strategy
from desktop.services.findings import Rule
from desktop.services.rosters import history, publish_roster
from tests.desktop.factories import row_counts
from tests.desktop.fill_world import fill_world
from tests.desktop.roster_world import CLERK, COMMANDER, STAFF


@pytest.fixture
def world(db):
    with db.session() as s:
        return fill_world(s)


def _propose(db, world, **options) -> fill.Proposal:
    with db.reader() as s:
        return fill.propose(s, world["day"], **options)


def _people(proposal: fill.Proposal) -> list[int]:
    return [r.person_id for r in proposal.rows if r.person_id is not None]


def test_the_proposal_covers_what_it_can_and_saves_nothing(db, world):
    with db.reader() as s:
        before = row_counts(s)
        proposal = fill.propose(s, world["day"])
        assert row_counts(s) == before
    assert proposal.uncovered_before == 4 and proposal.before.none == 4
    assert proposal.uncovered_after == 0 and not proposal.shortfalls
    assert proposal.posts_unmanned_before == 2 and proposal.posts_unmanned_after == 0
    assert [r.id for r in proposal.rows] == list(range(1, len(proposal.rows) + 1))
    with db.reader() as s:  # still nothing written
        assert for_shift(s, world["day"])[world["c_high"]].level is CoverageLevel.NONE


def test_nobody_is_proposed_who_breaks_a_hard_rule(db, world):
    proposal = _propose(db, world)
    people = _people(proposal)
    assert len(people) == len(set(people))
    for ruled_out in ("sick", "gone", "tired", "busy"):
        assert world[ruled_out] not in people, ruled_out
    vehicles = [r.vehicle_id for r in proposal.rows if r.vehicle_id]
    assert world["v_shop"] not in vehicles and world["v_late"] not in vehicles
    assert len(vehicles) == len(set(vehicles))
    # the detachment goes out whole: its crew is not drawn one by one
    assert not {world["t0"], world["t1"], world["t2"]} & set(people)


def test_commanders_are_officers_guards_are_of_guard_ranks_and_no_senior_or_civilian(db, world):
    proposal = _propose(db, world)
    officers = {world[k] for k in ("cap1", "cap2", "lt1", "maj2", "cap3")}
    roles = Counter()
    for row in proposal.rows:
        if row.role is AssignmentRole.CENTRE_COMMANDER:
            assert row.person_id in officers
        elif row.person_id is not None:
            assert row.person_id not in officers
        roles[row.role] += 1
    assert roles[AssignmentRole.CENTRE_COMMANDER] == 4  # one per centre
    assert world["brig"] not in _people(proposal) and world["judge"] not in _people(proposal)


def test_people_come_from_the_sectors_own_unit_and_home_first_never_another_command(db, world):
    proposal = _propose(db, world)
    at = {w: [r for r in proposal.rows if r.centre_id == world[w]]
          for w in ("c_high", "c_low", "c_crit", "c_far")}
    guards_high = {r.person_id for r in at["c_high"] + at["c_low"]
                   if r.role is AssignmentRole.GUARD}
    # the two who live in the sector are taken before their unit's others
    assert {world["g1"], world["g2"]} <= guards_high
    home = [r for r in proposal.rows if r.person_id in (world["g1"], world["g2"])]
    assert {r.preference for r in home} == {Preference.HOME_SECTOR}
    s3 = {world[k] for k in ("cap3", "d1", "d2", "d3")}
    for row in proposal.rows:  # Dhi Qar's men stay in Dhi Qar, Maysan's in Maysan
        assert (row.person_id in s3) == (row.centre_id == world["c_far"]) or row.person_id is None
    assert all(r.preference is Preference.OWN_UNIT for r in at["c_crit"] if r.person_id)


def test_a_neighbouring_unit_fills_in_with_the_warning_said(db, world):
    with db.session() as s:  # Kahla's own guards are all away
        for key in ("k1", "k2", "k3", "k4"):
            mark_unavailable(s, SYSTEM, UnavailabilityInput(
                world[key], "leave", datetime(2009, 1, 31, 0), datetime(2009, 2, 1, 0)))
    proposal = _propose(db, world)
    guards = [r for r in proposal.rows
              if r.centre_id == world["c_crit"] and r.role is AssignmentRole.GUARD]
    assert guards and all(r.preference is Preference.NEIGHBOURING_UNIT for r in guards)
    assert all(r.outside_organisation for r in guards)


def test_vehicles_go_where_the_minimum_asks_for_them(db, world):
    proposal = _propose(db, world)
    by_centre = Counter(r.centre_id for r in proposal.rows if r.vehicle_id)
    assert by_centre[world["c_high"]] == 1 and by_centre[world["c_crit"]] == 1
    assert by_centre[world["c_low"]] == 0 and by_centre[world["c_far"]] == 0


def test_rapid_response_cover_by_the_detachment_at_the_post_that_reaches_the_centre(db, world):
    proposal = _propose(db, world)
    (team,) = [r for r in proposal.rows if r.detachment_id is not None]
    assert team.detachment_id == world["team"] and team.post_id == world["rapid_post"]
    assert team.role is AssignmentRole.RAPID_RESPONSE
    assert proposal.levels_after[world["c_crit"]] is CoverageLevel.FULL


def test_the_hours_are_spread_more_fairly_than_a_first_fit(db, world):
    fair = _propose(db, world)
    first = _propose(db, world, strategy=Strategy.FIRST_FIT)
    assert fair.uncovered_after == first.uncovered_after  # the same cover, spread otherwise
    assert fair.hours_after.deviation < first.hours_after.deviation
    veterans = {world["g3"], world["g4"], world["g5"]}
    assert len(veterans & set(_people(first))) > len(veterans & set(_people(fair)))


def test_only_the_centres_asked_for(db, world):
    proposal = _propose(db, world, centre_ids=[world["c_low"]])
    assert {r.centre_id for r in proposal.rows} == {world["c_low"]}
    assert proposal.uncovered_before == 4 and proposal.uncovered_after == 3


def test_a_full_centre_is_left_alone_and_the_pinned_stay_where_they_are(db, world):
    with db.session() as s:
        for who in ("cap1", "g6", "g7"):
            made = assign(s, SYSTEM, AssignmentInput(world["day"], "guard",
                                                     centre_id=world["c_low"],
                                                     person_id=world[who]))
        set_pinned(s, SYSTEM, made.id, True)
        pinned = made.id
    proposal = _propose(db, world)
    assert world["c_low"] not in {r.centre_id for r in proposal.rows}
    assert not {world["cap1"], world["g6"], world["g7"]} & set(_people(proposal))
    with db.session() as s:
        fill.accept(s, STAFF, proposal)
    with db.reader() as s:
        kept = s.get(Assignment, pinned)
        assert kept.pinned and kept.person_id == world["g7"] and kept.centre_id == world["c_low"]


def test_accepting_writes_every_row_in_one_unit_of_work(db, world):
    proposal = _propose(db, world)
    with db.session() as s:
        report = fill.accept(s, STAFF, proposal)
    assert len(report.accepted) == len(proposal.rows) and not report.skipped
    with db.reader() as s:
        levels = {c.centre_id: c.level for c in for_shift(s, world["day"]).values()}
        assert levels == dict(proposal.levels_after)
        made = s.scalars(select(Assignment).where(Assignment.shift_id == world["day"])).all()
        assert len(made) == len(proposal.rows)


def test_accepting_some_by_row_or_by_centre(db, world):
    proposal = _propose(db, world)
    far = [r.id for r in proposal.rows if r.centre_id == world["c_far"]]
    first = proposal.rows[0].id
    with db.session() as s:
        report = fill.accept(s, STAFF, proposal, [first], centre_ids=[world["c_far"]])
    assert sorted(a.row_id for a in report.accepted) == sorted({first, *far})
    with db.session() as s:  # the rest later: what was taken is not taken twice
        again = fill.accept(s, STAFF, proposal)
    assert {r.row_id for r in again.skipped} == {first, *far}
    assert len(again.accepted) == len(proposal.rows) - len({first, *far})


def test_a_colleagues_save_between_proposal_and_acceptance_is_respected(db, world):
    proposal = _propose(db, world)
    row = next(r for r in proposal.rows if r.person_id == world["g1"])
    with db.session() as s:  # another workstation sends g1 to the checkpoint meanwhile
        assign(s, SYSTEM, AssignmentInput(world["day"], "checkpoint",
                                          post_id=world["checkpoint"], person_id=world["g1"]))
    with db.session() as s:  # and k1 falls sick
        mark_unavailable(s, SYSTEM, UnavailabilityInput(
            world["k1"], "sickness", datetime(2009, 1, 31, 5), datetime(2009, 1, 31, 20)))
    with db.session() as s:
        report = fill.accept(s, STAFF, proposal)
    skipped = {r.row_id: r for r in report.skipped}
    sick_row = next(r for r in proposal.rows if r.person_id == world["k1"])
    assert set(skipped) == {row.id, sick_row.id}
    assert skipped[row.id].reason.rule is Rule.OVERLAP
    assert "منتسب g1" in skipped[row.id].reason.message("ar")
    assert skipped[sick_row.id].reason.rule is Rule.UNAVAILABLE
    with db.reader() as s:
        duties = s.scalars(select(Assignment).where(
            Assignment.shift_id == world["day"], Assignment.person_id == world["g1"])).all()
        assert len(duties) == 1 and duties[0].post_id == world["checkpoint"]


def test_a_published_roster_is_amended_only_when_confirmed(db, world):
    proposal = _propose(db, world)
    with db.session() as s:
        publish_roster(s, COMMANDER, world["day"])
    with db.reader() as s, pytest.raises(Forbidden):
        fill.accept(s, STAFF, proposal)
    with db.reader() as s:
        assert not s.scalars(select(Assignment).where(
            Assignment.shift_id == world["day"])).all()
        assert fill.propose(s, world["day"]).published
    with db.session() as s:
        report = fill.accept(s, STAFF, proposal, amend=True)
    assert len(report.accepted) == len(proposal.rows)
    with db.reader() as s:
        amended = [e for e in history(s, world["day"]) if e.action is RosterAction.AMENDED]
        assert len(amended) == len(proposal.rows) and {e.revision for e in amended} == {2}


def test_a_clerk_may_not_accept(db, world):
    proposal = _propose(db, world)
    with db.session() as s, pytest.raises(Forbidden):
        fill.accept(s, CLERK, proposal)
    with db.reader() as s:
        assert not s.scalars(select(Assignment).where(
            Assignment.shift_id == world["day"])).all()


def test_nothing_free_means_shortfalls_said_not_rules_bent(db, world):
    with db.session() as s:
        for key in ("cap3", "d1", "d2", "d3"):
            mark_unavailable(s, SYSTEM, UnavailabilityInput(
                world[key], "other_duty", datetime(2009, 1, 31, 0), datetime(2009, 2, 1, 0)))
    proposal = _propose(db, world)
    assert world["c_far"] not in {r.centre_id for r in proposal.rows}
    (short,) = proposal.shortfalls
    assert short.centre_id == world["c_far"] and short.officers == 2 and short.commander
    assert proposal.levels_after[world["c_far"]] is CoverageLevel.NONE


def test_an_unknown_shift_is_refused(db, world):
    from desktop.services.errors import NotFound

    with db.reader() as s, pytest.raises(NotFound):
        fill.propose(s, 999_999)


def test_too_few_guards_go_to_the_most_dangerous_first_or_to_the_most_centres(db, world):
    with db.session() as s:  # only g1 and g2 of the guards of Maysan are free
        for key in ("g3", "g4", "g5", "g6", "g7", "g8", "k1", "k2", "k3", "k4"):
            mark_unavailable(s, SYSTEM, UnavailabilityInput(
                world[key], "leave", datetime(2009, 1, 31, 0), datetime(2009, 2, 1, 0)))
    high, low = world["c_high"], world["c_low"]
    by_risk = _propose(db, world, centre_ids=[high, low])
    most = _propose(db, world, centre_ids=[high, low], priority=fill.Priority.MOST_CENTRES)
    assert (by_risk.levels_after[high], by_risk.levels_after[low]) == (
        CoverageLevel.FULL, CoverageLevel.PARTIAL)
    assert (most.levels_after[high], most.levels_after[low]) == (
        CoverageLevel.PARTIAL, CoverageLevel.FULL)
    assert most.after.full == by_risk.after.full  # here one each way; nationally not so
