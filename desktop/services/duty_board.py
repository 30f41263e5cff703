"""What the assignment board shows of one shift: its sites with their coverage, what is at each.

Plain frozen rows read in one unit of work, so no ORM object crosses into a window; each read
is what one operation of the board asks (``ui.assignments``):

- ``shift_rows``: the shifts of an election with their roster's state, for the chooser;
- ``site_rows``: the centres of the shift's election (``coverage.for_shift``: what they have
  against their risk's minimum) and the posts, each with its place down from the governorate,
  its sector and a search key; a post has no minimum, so it is covered once manned;
- ``assigned_at``: who and what is at one centre or post in the shift, each assignment with
  what the rules say of it now (someone fallen sick since, a vehicle gone to maintenance);
- ``publish_review``: what the commander reviews before publishing, with the versions
  (``seen``) that ``rosters.publish_roster`` compares, so nothing changed unread is signed.

The people, detachments and vehicles to choose from are ``duty_pool``'s.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    Assignment,
    AssignmentRole,
    CentreKind,
    Person,
    PhaseKind,
    PostKind,
    RiskLevel,
    RosterStatus,
    Shift,
    User,
)
from desktop.services import assignment_checks, coverage, duty, validation
from desktop.services.centre_list import area_paths, centre_rows
from desktop.services.coverage import CoverageLevel
from desktop.services.findings import Finding
from desktop.services.people import formal_name
from desktop.services.site_lists import post_rows


class SiteKind(StrEnum):
    CENTRE = "centre"
    POST = "post"


SiteKey = tuple[SiteKind, int]


@dataclass(frozen=True)
class ShiftRow:
    id: int
    version: int
    election_id: int
    phase: PhaseKind
    on_date: date
    label: str
    starts_at: time
    ends_at: time
    status: RosterStatus
    revision: int
    published_at: datetime | None
    published_by: str | None

    @property
    def hours(self) -> float:
        begins, ends = duty.span(self)  # type: ignore[arg-type] - the same four fields
        return (ends - begins).total_seconds() / 3600


def shift_rows(session: Session, election_id: int | None,
               ids: Collection[int] | None = None) -> list[ShiftRow]:
    """The election's shifts (those of ``ids`` only, if given), in the order they fall."""
    stmt = select(Shift).order_by(Shift.on_date, Shift.starts_at, Shift.id)
    if election_id is not None:
        stmt = stmt.where(Shift.election_id == election_id)
    if ids is not None:
        stmt = stmt.where(Shift.id.in_(list(ids)))
    shifts = list(session.scalars(stmt))
    # who published, by the name the room knows them by, not the name they sign in with
    names = dict(session.execute(select(User.username, User.display_name).where(
        User.username.in_({s.published_by for s in shifts if s.published_by}))).all())
    return [ShiftRow(s.id, s.version, s.election_id, s.phase, s.on_date, s.label, s.starts_at,
                     s.ends_at, s.roster_status, s.roster_revision, s.published_at,
                     (names.get(s.published_by) or s.published_by) if s.published_by else None)
            for s in shifts]


@dataclass(frozen=True)
class SiteRow:
    """A centre or a post of the board with what it has in the shift and what it needs."""

    kind: SiteKind
    id: int
    code: str
    name: str
    centre_kind: CentreKind | None
    post_kind: PostKind | None
    governorate: str | None
    district: str | None
    sector_id: int | None
    sector: str | None
    risk: RiskLevel | None
    officers: int
    officers_needed: int
    vehicles: int
    vehicles_needed: int
    rapid_response: bool
    rapid_response_needed: bool
    level: CoverageLevel
    search_key: str

    @property
    def key(self) -> SiteKey:
        return (self.kind, self.id)


def _post_counts(session: Session, shift_id: int) -> tuple[dict[int, set[int]],
                                                          dict[int, set[int]]]:
    """The people (crews counted) and the vehicles at each post in the shift."""
    rows = session.execute(
        select(Assignment.post_id, Assignment.person_id, Assignment.detachment_id,
               Assignment.vehicle_id)
        .where(Assignment.shift_id == shift_id, Assignment.post_id.is_not(None))).all()
    crews = duty.crews(session, {r.detachment_id for r in rows if r.detachment_id})
    people: dict[int, set[int]] = defaultdict(set)
    vehicles: dict[int, set[int]] = defaultdict(set)
    for post_id, person_id, detachment_id, vehicle_id in rows:
        if person_id is not None:
            people[post_id].add(person_id)
        if detachment_id is not None:
            people[post_id].update(crews.get(detachment_id, ()))
        if vehicle_id is not None:
            vehicles[post_id].add(vehicle_id)
    return people, vehicles


@dataclass(frozen=True)
class SiteCounts:
    """What a site has in a shift against what it needs: the part of a ``SiteRow`` that an
    assignment changes."""

    officers: int
    officers_needed: int
    vehicles: int
    vehicles_needed: int
    rapid_response: bool
    rapid_response_needed: bool
    level: CoverageLevel


def site_counts(session: Session, shift_id: int) -> dict[SiteKey, SiteCounts]:
    """The counts of every centre of the shift's election and of every manned post (a post
    left out is unmanned): what an assignment made or taken off elsewhere changes, read
    without reading the sites again (a country's 8,000 centres take a second to read whole,
    their coverage a quarter of it)."""
    shift = validation.required(session, Shift, shift_id, "Shift")
    counts = {(SiteKind.CENTRE, id_): SiteCounts(
        c.officers, c.officers_needed, c.vehicles, c.vehicles_needed, c.rapid_response,
        c.rapid_response_needed, c.level)
        for id_, c in coverage.for_shift(session, shift.id).items()}
    people, vehicles = _post_counts(session, shift.id)
    for post_id in people.keys() | vehicles.keys():
        manned = len(people.get(post_id, ()))
        counts[(SiteKind.POST, post_id)] = SiteCounts(
            manned, 0, len(vehicles.get(post_id, ())), 0, manned > 0, False,
            CoverageLevel.FULL if manned else CoverageLevel.NONE)
    return counts


_UNMANNED = SiteCounts(0, 0, 0, 0, False, False, CoverageLevel.NONE)


def with_counts(rows: Iterable[SiteRow], counts: Mapping[SiteKey, SiteCounts]
                ) -> list[SiteRow]:
    """``rows`` with the counts read since; a post's rapid-response cover is its own kind's
    (a manned rapid-response post); a centre no longer counted is left as it was (its
    election record changed: the sites are read again for that)."""
    updated = []
    for row in rows:
        found = counts.get(row.key)
        if found is None:
            if row.kind is SiteKind.CENTRE:
                updated.append(row)
                continue
            found = _UNMANNED
        if row.kind is SiteKind.POST:
            found = replace(found, rapid_response=found.rapid_response
                            and row.post_kind is PostKind.RAPID_RESPONSE)
        updated.append(replace(row, **vars(found)))
    return updated


def site_rows(session: Session, shift_id: int) -> list[SiteRow]:
    """The centres of the shift's election that need guarding, in code order, then the
    posts by name: those of no recorded place, those of the governorates the centres are in,
    and any manned in the shift (a Maysan shift does not list Dhi Qar's checkpoints)."""
    shift = validation.required(session, Shift, shift_id, "Shift")
    counts = site_counts(session, shift.id)
    rows: list[SiteRow] = []
    governorates: set[str] = set()
    centres = [key[1] for key in counts if key[0] is SiteKind.CENTRE]
    risks = {id_: c.risk for id_, c in coverage.for_shift(session, shift.id).items()}
    for centre in centre_rows(session, shift.election_id, ids=centres):
        if centre.governorate:
            governorates.add(centre.governorate)
        rows.append(SiteRow(
            SiteKind.CENTRE, centre.id, centre.code, centre.name, centre.kind, None,
            centre.governorate, centre.district, centre.sector_id, centre.sector,
            risks[centre.id], 0, 0, 0, 0, False, False, CoverageLevel.NONE, centre.search_key))
    paths = area_paths(session)
    for post in post_rows(session):
        path = paths.get(post.area_id) if post.area_id is not None else None
        governorate = path.governorate if path else None
        if governorate is not None and governorate not in governorates \
                and (SiteKind.POST, post.id) not in counts:
            continue
        rows.append(SiteRow(
            SiteKind.POST, post.id, "", post.name, None, post.kind, governorate,
            path.district if path else None, post.sector_id, post.sector, None, 0, 0, 0, 0,
            False, False, CoverageLevel.NONE, post.search_key))
    return with_counts(rows, counts)


@dataclass(frozen=True)
class BoardTotals:
    centres: int
    full: int
    partial: int
    none: int
    officers_missing: int
    vehicles_missing: int
    posts: int
    posts_manned: int


def board_totals(rows: Collection[SiteRow]) -> BoardTotals:
    """The totals line of the board, from the rows it shows (filtered or not)."""
    centres = [r for r in rows if r.kind is SiteKind.CENTRE]
    posts = [r for r in rows if r.kind is SiteKind.POST]
    levels = [r.level for r in centres]
    return BoardTotals(
        len(centres), levels.count(CoverageLevel.FULL), levels.count(CoverageLevel.PARTIAL),
        levels.count(CoverageLevel.NONE),
        sum(max(0, r.officers_needed - r.officers) for r in centres),
        sum(max(0, r.vehicles_needed - r.vehicles) for r in centres),
        len(posts), sum(1 for r in posts if r.level is not CoverageLevel.NONE))


@dataclass(frozen=True)
class AssignedRow:
    """One assignment at a site, as the board lists it; ``findings`` is what the rules say
    of it now (empty if nothing)."""

    id: int
    version: int
    shift_id: int
    centre_id: int | None
    post_id: int | None
    role: AssignmentRole
    person_id: int | None
    person: str | None  # honorific, rank and name
    service_number: str | None
    detachment_id: int | None
    detachment: str | None
    crew: int  # the detachment's people, leader included (1 for a person)
    vehicle_id: int | None
    vehicle: str | None
    pinned: bool
    notes: str | None
    findings: tuple[Finding, ...]

    @property
    def who(self) -> str:
        return self.person or self.detachment or ""

    def as_input(self) -> assignment_checks.AssignmentInput:
        """The assignment as the input that makes it again (to change one part of it)."""
        return assignment_checks.AssignmentInput(
            self.shift_id, self.role, self.centre_id, self.post_id, self.person_id,
            self.detachment_id, self.vehicle_id, self.notes)


def _assigned(session: Session, assignment: Assignment) -> AssignedRow:
    data = assignment_checks.input_of(assignment)
    found = assignment_checks.findings_for(session, assignment_checks.resolve(session, data),
                                           data, assignment, amend=True, review=True)
    person: Person | None = assignment.person
    team = assignment.detachment
    return AssignedRow(
        assignment.id, assignment.version, assignment.shift_id, assignment.centre_id,
        assignment.post_id, assignment.role, assignment.person_id,
        formal_name(person) if person is not None else None,
        person.service_number if person is not None else None, assignment.detachment_id,
        team.name if team is not None else None, len(duty.crew(team)) if team else 1,
        assignment.vehicle_id, assignment.vehicle.plate if assignment.vehicle else None,
        bool(assignment.pinned), assignment.notes, tuple(found))


_ROLE_ORDER = {role: n for n, role in enumerate(AssignmentRole)}


def assigned_at(session: Session, shift_id: int, site: SiteKey) -> list[AssignedRow]:
    """Who and what is at one site in the shift: the commander first, then by role and as
    they were placed."""
    validation.required(session, Shift, shift_id, "Shift")
    kind, site_id = site
    column = Assignment.centre_id if SiteKind(kind) is SiteKind.CENTRE else Assignment.post_id
    found = session.scalars(select(Assignment).where(Assignment.shift_id == shift_id,
                                                     column == site_id).order_by(Assignment.id))
    rows = [_assigned(session, a) for a in found]
    return sorted(rows, key=lambda r: (_ROLE_ORDER[r.role], r.id))


@dataclass(frozen=True)
class PublishReview:
    """What the commander reads before publishing a roster, as read in one unit of work."""

    shift: ShiftRow
    seen: dict[int, int]  # every assignment of the shift: id -> version
    totals: BoardTotals
    broken: int  # assignments that break a hard rule now
    first_broken: Finding | None


def publish_review(session: Session, shift_id: int) -> PublishReview:
    shift = validation.required(session, Shift, shift_id, "Shift")
    seen = {id_: version for id_, version in session.execute(
        select(Assignment.id, Assignment.version).where(Assignment.shift_id == shift.id))}
    broken = [next(f for f in found if f.is_error) for found in
              assignment_checks.roster_findings(session, shift.id).values()
              if any(f.is_error for f in found)]
    return PublishReview(shift_rows(session, None, ids=[shift.id])[0], seen,
                         board_totals(site_rows(session, shift.id)), len(broken),
                         broken[0] if broken else None)

