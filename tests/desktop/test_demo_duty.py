"""The demo's rosters keep the rules of duty, so they can be published and filled: rest
between shifts, nobody on duty while away, commanders of officer ranks and guards of guard
ranks, home sectors, and gaps left on purpose for the proposal."""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import pairwise

from sqlalchemy import func, select

from desktop.demo import load_demo
from desktop.demo.loader import run
from desktop.demo.national import NationalSet
from desktop.models import (
    Assignment,
    Detachment,
    DetachmentMember,
    ElectionPhase,
    IssuingOffice,
    Organisation,
    Person,
    PhaseKind,
    Shift,
    Unavailability,
)
from desktop.services import duty, fill
from desktop.services.assignment_checks import roster_findings
from desktop.services.fill.ranks import RankClass, rank_classes
from desktop.services.rosters import publish_roster
from desktop.storage.database import Database
from reports.documents.duty_record import OrgTree, commander
from tests.desktop.roster_world import COMMANDER


def _duties(session) -> dict[int, list[tuple]]:
    """Each person's duties (alone or of a crew) as (start, end, shift id), in order."""
    shifts = {s.id: duty.span(s) for s in session.scalars(select(Shift))}
    crews = defaultdict(set)
    for team, person in session.execute(select(DetachmentMember.detachment_id,
                                               DetachmentMember.person_id)):
        crews[team].add(person)
    for team, leader in session.execute(select(Detachment.id, Detachment.leader_id)):
        crews[team].add(leader)
    found = defaultdict(list)
    for shift_id, person, team in session.execute(select(
            Assignment.shift_id, Assignment.person_id, Assignment.detachment_id)):
        for who in [person] if person else crews[team]:
            found[who].append((*shifts[shift_id], shift_id))
    return {who: sorted(spans) for who, spans in found.items()}


def _keeps_rest_and_leave(session, hours: float = 8) -> None:
    for who, spans in _duties(session).items():
        for (_, ends, _), (begins, _, _) in pairwise(spans):
            assert (begins - ends).total_seconds() >= hours * 3600, who
    away = session.execute(select(Unavailability.person_id, Unavailability.starts_at,
                                  Unavailability.ends_at)).all()
    duties = _duties(session)
    for who, starts, ends in away:
        assert not [s for s in duties.get(who, ()) if s[0] < ends and starts < s[1]], who


def _ranks_fit(session) -> Counter:
    classes = rank_classes(session)
    seen = Counter()
    for role, rank in session.execute(select(Assignment.role, Person.rank_id).join(
            Person, Person.id == Assignment.person_id)):
        kind = classes.get(rank)
        expected = RankClass.COMMANDER if role == "centre_commander" else RankClass.GUARD
        assert kind is expected, (role, kind)
        seen[role] += 1
    return seen


def test_the_seed_sets_rosters_keep_every_rule_and_publish(db: Database) -> None:
    load_demo(db)
    with db.reader() as s:
        shifts = s.scalars(select(Shift.id).order_by(Shift.id)).all()
        assert len(shifts) == 10
        for shift_id in shifts:
            broken = [f for found in roster_findings(s, shift_id).values()
                      for f in found if f.is_error]
            assert not broken, (shift_id, broken[0].message("en"))
        _keeps_rest_and_leave(s)
        assert _ranks_fit(s)["centre_commander"] > 100
        assert s.scalar(select(func.count()).select_from(Unavailability)) == 9
        homes = s.scalar(select(func.count()).select_from(Person)
                         .where(Person.home_sector_id.is_not(None)))
        assert homes > 200
        polling = s.scalars(select(Shift.id).where(Shift.phase == "polling_day")
                            .order_by(Shift.id)).first()
    with db.session() as s:
        publish_roster(s, COMMANDER, polling)


def test_the_seed_sets_polling_day_has_gaps_the_proposal_fills(db: Database) -> None:
    load_demo(db)
    with db.reader() as s:
        second = s.scalars(select(Shift).where(Shift.phase == "polling_day",
                                               Shift.label == "الوجبة الثانية")
                           .order_by(Shift.id)).first()
        proposal = fill.propose(s, second.id)
    assert proposal.before.none == 2 and proposal.after.none == 0
    assert proposal.uncovered_after < proposal.uncovered_before
    assert any(r.detachment_id for r in proposal.rows)  # a rapid post left for a free team


def _signers(session) -> dict[str, Person]:
    """Who signs what each issuing office prints (as the roster and the orders find them),
    by the office's name; checked to be a command's commander of a rank never proposed."""
    tree = OrgTree(session, "ar")
    classes = rank_classes(session)
    found = {}
    for office in session.scalars(select(IssuingOffice)):
        signed = commander(session, tree, office, "ar")
        assert len(signed) == 1, office.name
        person = session.scalars(select(Person).where(
            Person.organisation_id == office.organisation_id,
            Person.position_title.is_not(None))).one()
        assert signed[0].name == person.full_name_ar and signed[0].position == person.position_title
        assert office.name.endswith(person.position_title.replace("قائد ", "قيادة "))
        assert classes[person.rank_id] is RankClass.SENIOR
        found[office.name] = person
    return found


def test_a_small_national_set_has_phases_rest_offices_and_shortfalls(db: Database) -> None:
    counts = run(db, NationalSet(size=0.02), seed=3, force=False,
                 progress=lambda *_: None, cancelled=lambda: False)
    assert counts["unavailabilities"] > 0 and counts["issuing_offices"] == 18
    with db.reader() as s:
        phases = Counter(s.scalars(select(Shift.phase)))
        assert set(phases) == set(PhaseKind) and phases[PhaseKind.POLLING_DAY] == 3
        assert all(phases[p] >= 2 for p in PhaseKind if p is not PhaseKind.POLLING_DAY)
        for shift in s.scalars(select(Shift)):  # every shift within its phase's days
            phase = s.scalars(select(ElectionPhase).where(
                ElectionPhase.election_id == shift.election_id,
                ElectionPhase.kind == shift.phase)).one()
            assert phase.starts_on <= shift.on_date <= phase.ends_on
        _keeps_rest_and_leave(s)
        seen = _ranks_fit(s)
        assert seen["centre_commander"] and seen["guard"]
        commands = s.scalars(select(Organisation.id).where(Organisation.kind == "command")).all()
        assert set(s.scalars(select(IssuingOffice.organisation_id))) == set(commands)
        signers = _signers(s)  # each office's roster and orders are signed by its commander
        assert len(signers) == 18 and all(signers.values())
        homes = s.scalar(select(func.count()).select_from(Person)
                         .where(Person.home_sector_id.is_not(None)))
        assert homes > counts["people"] // 2
        polling = s.scalars(select(Shift.id).where(Shift.phase == "polling_day")
                            .order_by(Shift.on_date, Shift.starts_at)).first()
        proposal = fill.propose(s, polling)
    assert proposal.before.none > 0  # centres left for the proposal
    assert not {r.person_id for r in proposal.rows} & {p.id for p in signers.values()}
    assert proposal.after.none < proposal.before.none and proposal.rows
    assert proposal.after.officers_missing < proposal.before.officers_missing
