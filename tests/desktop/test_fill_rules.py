"""The proposal's rules are ``check_assignment``'s: the bulk check answers every row as the
one-at-a-time check does, a realistic proposal breaks none of them, and a colleague saving at
the same moment as the acceptance double-books nobody."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.demo import load_demo
from desktop.models import Assignment, AssignmentRole, Shift
from desktop.services import fill
from desktop.services.actor import SYSTEM
from desktop.services.assignment_checks import check_assignment, roster_findings
from desktop.services.assignments import AssignmentInput, DetachmentInput, assign
from desktop.services.detachments import create_detachment
from desktop.services.fill import acceptance as accepting
from desktop.services.fill.checks import Row, check_for
from desktop.services.fill.ground import Ground
from desktop.services.findings import Rule, errors
from tests.desktop.fill_world import fill_world
from tests.desktop.roster_world import STAFF
from tests.desktop.test_shift_races import meeting_point, pause_after, race

_AS_ONE = {Rule.REST: Rule.OVERLAP}  # the bulk check does not tell rest from overlap


@pytest.fixture
def world(db):
    with db.session() as s:
        ids = fill_world(s)
        ids["tired_team"] = create_detachment(s, SYSTEM, DetachmentInput(
            "مفرزة الإسناد", ids["s1"], ids["g8"], [ids["tired"]])).id
        assign(s, SYSTEM, AssignmentInput(ids["day"], "centre_commander",
                                          centre_id=ids["c_far"], person_id=ids["cap3"]))
        return ids


def _rows(world) -> list[Row]:
    people = [v for k, v in world.items() if k in {
        "cap1", "cap2", "lt1", "brig", "sick", "gone", "tired", "busy", "maj2", "cap3", "judge",
        "t0", "g1", "g8", "k1", "d1"}]
    rows = [Row(AssignmentRole.GUARD, centre_id=world["c_high"], person_id=p) for p in people]
    rows += [Row(AssignmentRole.CENTRE_COMMANDER, centre_id=world[c], person_id=world["cap1"])
             for c in ("c_high", "c_far")]
    rows += [Row(AssignmentRole.CENTRE_COMMANDER, post_id=world["checkpoint"],
                 person_id=world["cap2"])]
    rows += [Row(AssignmentRole.GUARD, centre_id=world["c_low"], person_id=world["g1"],
                 vehicle_id=world[v]) for v in ("v1", "v_shop", "v_late", "v2")]
    rows += [Row(AssignmentRole.RAPID_RESPONSE, post_id=world["rapid_post"],
                 detachment_id=world[t]) for t in ("team", "tired_team")]
    rows += [Row(AssignmentRole.CENTRE_COMMANDER, centre_id=world["c_crit"],
                 detachment_id=world["team"])]
    return rows


def test_the_bulk_check_answers_every_row_as_check_assignment_does(db, world):
    rows = _rows(world)
    with db.reader() as s:
        shift = s.get(Shift, world["day"])
        checks = (Ground(s, shift).check, check_for(s, shift, rows))
        refused = 0
        for row in rows:
            data = AssignmentInput(world["day"], row.role, row.centre_id, row.post_id,
                                   row.person_id, row.detachment_id, row.vehicle_id)
            one = {_AS_ONE.get(f.rule, f.rule) for f in errors(check_assignment(s, data))}
            refused += bool(one)
            for check in checks:
                assert set(check.errors(row)) == one, (row, one)
    assert refused >= 10  # the case holds refusals of every kind, not only passes


def test_a_row_taken_counts_for_the_next(db, world):
    with db.reader() as s:
        check = Ground(s, s.get(Shift, world["day"])).check
    first = Row(AssignmentRole.CENTRE_COMMANDER, centre_id=world["c_high"],
                person_id=world["cap1"], vehicle_id=world["v1"])
    assert check.errors(first) == []
    check.take(first)
    assert check.errors(Row(AssignmentRole.GUARD, centre_id=world["c_low"],
                            person_id=world["cap1"])) == [Rule.OVERLAP]
    assert check.errors(Row(AssignmentRole.CENTRE_COMMANDER, centre_id=world["c_high"],
                            person_id=world["cap2"])) == [Rule.COMMANDER]
    assert check.errors(Row(AssignmentRole.GUARD, centre_id=world["c_low"],
                            person_id=world["g1"], vehicle_id=world["v1"])) == [Rule.OVERLAP]


def test_a_proposal_on_the_seed_set_breaks_no_rule_of_check_assignment(db):
    load_demo(db)
    with db.reader() as s:
        shifts = s.scalars(select(Shift.id).order_by(Shift.id)).all()
    total = 0
    for shift_id in shifts:
        with db.reader() as s:
            proposal = fill.propose(s, shift_id)
            for row in proposal.rows:
                found = check_assignment(s, row.input(shift_id))
                assert not errors(found), (row, [f.message("en") for f in found])
                warned = any(f.rule is Rule.OUTSIDE_ORGANISATION for f in found)
                assert warned == row.outside_organisation, row
        who = [r.person_id for r in proposal.rows if r.person_id] + [
            r.vehicle_id for r in proposal.rows if r.vehicle_id]
        assert len(who) == len(set(who))
        with db.session() as s:
            report = fill.accept(s, STAFF, proposal)
        assert not report.skipped and len(report.accepted) == len(proposal.rows)
        made = {a.assignment_id for a in report.accepted}
        with db.reader() as s:  # written, each row as the roster's review reads it now
            review = roster_findings(s, shift_id)
            assert not [f for i in made for f in review.get(i, ()) if f.is_error]
        total += len(proposal.rows)
    assert total > 50


def test_a_colleague_saving_while_the_proposal_is_accepted_double_books_nobody(db, world,
                                                                              monkeypatch):
    with db.reader() as s:
        proposal = fill.propose(s, world["day"])
    row = next(r for r in proposal.rows if r.person_id == world["g1"])
    barrier = meeting_point()
    pause_after(monkeypatch, accepting, "check_for", barrier)
    from desktop.services import duty

    pause_after(monkeypatch, duty, "person_findings", barrier)
    results = race(
        db, lambda s: fill.accept(s, STAFF, proposal),
        lambda s: assign(s, SYSTEM, AssignmentInput(world["day"], "checkpoint",
                                                    post_id=world["checkpoint"],
                                                    person_id=world["g1"])))
    accepted, colleague = results
    assert accepted[0] == "ok", results
    with db.reader() as s:
        duties = s.scalars(select(Assignment).where(
            Assignment.shift_id == world["day"], Assignment.person_id == world["g1"])).all()
    assert len(duties) == 1
    if colleague[0] == "ok":  # the colleague was first: the proposal's row is skipped
        assert row.id in {r.row_id for r in accepted[1].skipped}
        assert duties[0].post_id == world["checkpoint"]
    else:  # the proposal was first: the colleague is refused
        assert row.id in {r.row_id for r in accepted[1].accepted}
        assert "منتسب g1" in colleague[1].message("ar")
