"""Who and what the assignment board can put on duty in a shift: people, detachments, vehicles.

Plain frozen rows for the board's right-hand lists, each saying what a commander weighs
before picking: where the person already is in this shift, whether they are on duty in an
overlapping shift elsewhere or unavailable in its hours, their home sector and how many hours
of duty the election already gives them (so the hours are spread fairly). These are hints for
choosing; the rules themselves are ``assignment_checks``', asked when someone is placed.

People are searched as everywhere (``people.search_people``: every word typed, normalised, in
name, rank, service number, position or organisation) and limited, so a national registry of
a hundred thousand answers a keystroke in one indexed query. Detachments and vehicles are few
and read whole.

``duties_of_period`` names the duties a new period of unavailability would leave to replace.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, or_, select
from sqlalchemy.orm import Session, joinedload

from desktop.models import (
    Assignment,
    AssignmentRole,
    Detachment,
    Organisation,
    Person,
    Rank,
    Sector,
    Shift,
    Unavailability,
    UnavailabilityKind,
    Vehicle,
    VehicleKind,
    VehicleStatus,
)
from desktop.services import availability, duty, validation
from desktop.services.people import formal_name
from desktop.services.registry_lists import matching

PEOPLE_LIMIT = 200


@dataclass(frozen=True)
class Engagement:
    """Where someone or something already is: this shift's place, another overlapping
    shift's place (with its label and day), and a period of unavailability in the shift."""

    here: str | None = None  # the place in this very shift
    here_assignment_id: int | None = None
    elsewhere: str | None = None  # «place — shift label date» in an overlapping shift
    unavailable: UnavailabilityKind | None = None

    @property
    def free(self) -> bool:
        return self.here is None and self.elsewhere is None and self.unavailable is None


@dataclass(frozen=True)
class CandidateRow:
    id: int
    version: int
    name: str  # the full name alone, to sort and search by
    title: str  # honorific, rank and name
    rank: str | None
    seniority: int | None
    service_number: str | None
    organisation_id: int | None
    organisation: str | None
    home_sector_id: int | None
    home_sector: str | None
    active: bool
    engagement: Engagement
    hours: float  # hours of duty in the shift's election, every shift counted
    own_sector: bool = False  # of the sector asked: its home sector, or its organisation's


@dataclass(frozen=True)
class DetachmentRow:
    id: int
    version: int
    name: str
    organisation: str | None
    leader: str | None
    crew: int
    engagement: Engagement


@dataclass(frozen=True)
class VehicleRow:
    id: int
    version: int
    plate: str
    kind: VehicleKind
    organisation: str | None
    status: VehicleStatus
    engagement: Engagement

    @property
    def in_service(self) -> bool:
        return self.status in duty.IN_SERVICE


def _label(shift: Shift) -> str:
    return f"{shift.label} {shift.on_date.isoformat()}"


class _Duties:
    """The assignments of the shifts overlapping one shift, read once for a whole list."""

    def __init__(self, session: Session, shift: Shift) -> None:
        self.session, self.shift = session, shift
        self.spans = duty.near(session, shift)
        self.shifts = {s.id: s for s in session.scalars(
            select(Shift).where(Shift.id.in_(list(self.spans))))}

    def _assignments(self, *conditions) -> list[Assignment]:
        return list(self.session.scalars(
            select(Assignment).where(Assignment.shift_id.in_(list(self.spans)),
                                     or_(*conditions)).order_by(Assignment.id)))

    def _engagement(self, found: Iterable[Assignment],
                    unavailable: UnavailabilityKind | None) -> Engagement:
        here = here_id = elsewhere = None
        for assignment in found:
            place = duty.where(self.session, assignment)
            if assignment.shift_id == self.shift.id and here is None:
                here, here_id = place, assignment.id
            elif assignment.shift_id != self.shift.id and elsewhere is None:
                elsewhere = f"{place} — {_label(self.shifts[assignment.shift_id])}"
        return Engagement(here, here_id, elsewhere, unavailable)

    def unavailable(self, person_ids: Collection[int]) -> dict[int, UnavailabilityKind]:
        starts, ends = duty.span(self.shift)
        kinds: dict[int, UnavailabilityKind] = {}
        for period in availability.periods(self.session, person_ids, starts, ends):
            kinds.setdefault(period.person_id, period.kind)
        return kinds

    def of_people(self, person_ids: Collection[int]) -> dict[int, Engagement]:
        ids = list(person_ids)
        if not ids:
            return {}
        found = self._assignments(Assignment.person_id.in_(ids),
                                  Assignment.detachment_id.in_(duty.teams_of(ids)))
        teams = duty.crews(self.session, {a.detachment_id for a in found if a.detachment_id})
        by_person: dict[int, list[Assignment]] = defaultdict(list)
        for assignment in found:
            if assignment.person_id is not None:
                by_person[assignment.person_id].append(assignment)
            for member in teams.get(assignment.detachment_id, ()):
                by_person[member].append(assignment)
        unavailable = self.unavailable(ids)
        return {i: self._engagement(by_person.get(i, ()), unavailable.get(i)) for i in ids}

    def of_detachment(self, team: Detachment) -> Engagement:
        crew = [p.id for p in duty.crew(team)]
        found = self._assignments(Assignment.detachment_id == team.id)
        unavailable = self.unavailable(crew)
        return self._engagement(found, next(iter(unavailable.values()), None))

    def of_vehicles(self) -> dict[int, Engagement]:
        by_vehicle: dict[int, list[Assignment]] = defaultdict(list)
        for assignment in self._assignments(Assignment.vehicle_id.is_not(None)):
            by_vehicle[assignment.vehicle_id].append(assignment)
        return {i: self._engagement(found, None) for i, found in by_vehicle.items()}


def election_hours(session: Session, election_id: int,
                   person_ids: Collection[int]) -> dict[int, float]:
    """Each person's hours of duty in the election's shifts (alone or with a detachment),
    every shift counted once."""
    ids = list(person_ids)
    if not ids:
        return {}
    hours = {}
    for shift in session.scalars(select(Shift).where(Shift.election_id == election_id)):
        begins, ends = duty.span(shift)
        hours[shift.id] = (ends - begins).total_seconds() / 3600
    found = list(session.scalars(select(Assignment).where(
        Assignment.shift_id.in_(list(hours)),
        or_(Assignment.person_id.in_(ids), Assignment.detachment_id.in_(duty.teams_of(ids))))))
    crews = duty.crews(session, {a.detachment_id for a in found if a.detachment_id})
    wanted = set(ids)
    shifts: dict[int, set[int]] = defaultdict(set)
    for assignment in found:
        people = {assignment.person_id} if assignment.person_id is not None \
            else set(crews.get(assignment.detachment_id, ()))
        for person_id in people & wanted:
            shifts[person_id].add(assignment.shift_id)
    return {i: sum(hours[s] for s in shifts.get(i, ())) for i in ids}


def _units_under(session: Session, organisation_id: int | None) -> set[int]:
    """The organisation and every unit beneath it (one read of the tree)."""
    if organisation_id is None:
        return set()
    children: dict[int | None, list[int]] = defaultdict(list)
    for id_, parent in session.execute(select(Organisation.id, Organisation.parent_id)):
        children[parent].append(id_)
    found, waiting = set(), [organisation_id]
    while waiting:
        current = waiting.pop()
        if current not in found:
            found.add(current)
            waiting.extend(children.get(current, ()))
    return found


def _search(session: Session, text: str, limit: int, active_only: bool,
            sector: Sector | None, units: set[int], juniors_first: bool) -> list[Person]:
    """``people.search_people``'s matching (every word typed, in the search key), the
    sector's own people first and the ranks in the order the role wants (the juniors for a
    guard, the seniors for a centre's commander), so the first ``limit`` of a room of
    thousands are those the commander most likely wants at the site, not the most senior of
    the whole force."""
    stmt = matching(select(Person), text)
    if active_only:
        stmt = stmt.where(Person.active.is_(True))
    order = []
    if sector is not None:
        own = or_(Person.home_sector_id == sector.id,
                  Person.organisation_id.in_(units or {-1}))
        order.append(case((own, 0), else_=1))
    seniority = Rank.seniority.desc() if juniors_first else Rank.seniority
    stmt = stmt.outerjoin(Rank, Person.rank_id == Rank.id).order_by(
        *order, Rank.seniority.is_(None), seniority, Person.full_name_ar)
    return list(session.scalars(stmt.limit(limit)))


def candidates(session: Session, shift_id: int, text: str = "", *,
               limit: int = PEOPLE_LIMIT, active_only: bool = True,
               ids: Collection[int] | None = None, sector_id: int | None = None,
               juniors_first: bool = False) -> list[CandidateRow]:
    """The people a search finds (everyone, up to ``limit``, for an empty one), or those of
    ``ids``, each with where they already are and their hours in the election: the free
    first, then those of ``sector_id`` (their home sector, or of the organisation that holds
    it, as the fill-the-gaps proposal prefers), then the fewest hours, then by rank (the
    juniors first if asked: the guards a centre mostly wants)."""
    shift = validation.required(session, Shift, shift_id, "Shift")
    sector = session.get(Sector, sector_id) if sector_id is not None else None
    units = _units_under(session, sector.organisation_id) if sector is not None else set()
    if ids is not None:
        found = list(session.scalars(select(Person).where(Person.id.in_(list(ids)))))
    else:
        found = _search(session, text, limit, active_only, sector, units, juniors_first)
    if found:  # ranks, organisations and sectors in one query, not one a person
        session.scalars(select(Person).options(joinedload(Person.rank),
                                               joinedload(Person.organisation))
                        .where(Person.id.in_([p.id for p in found]))).unique().all()
    person_ids = [p.id for p in found]
    engaged = _Duties(session, shift).of_people(person_ids)
    hours = election_hours(session, shift.election_id, person_ids)
    sectors = dict(session.execute(select(Sector.id, Sector.name).where(
        Sector.id.in_({p.home_sector_id for p in found if p.home_sector_id}))).all())
    rows = []
    for person in found:
        rank: Rank | None = person.rank
        rows.append(CandidateRow(
            person.id, person.version, person.full_name_ar, formal_name(person),
            rank.name_ar if rank else None, rank.seniority if rank else None,
            person.service_number, person.organisation_id,
            person.organisation.name_ar if person.organisation else None,
            person.home_sector_id, sectors.get(person.home_sector_id), bool(person.active),
            engaged[person.id], hours[person.id],
            sector is not None and (person.home_sector_id == sector.id
                                    or person.organisation_id in units)))
    sign = -1 if juniors_first else 1
    return sorted(rows, key=lambda r: (not r.engagement.free, not r.own_sector, r.hours,
                                       r.seniority is None, sign * (r.seniority or 0), r.name))


def detachment_rows(session: Session, shift_id: int) -> list[DetachmentRow]:
    """Every detachment with its crew and where it already is, by name."""
    shift = validation.required(session, Shift, shift_id, "Shift")
    duties = _Duties(session, shift)
    rows = []
    for team in session.scalars(select(Detachment).order_by(Detachment.name, Detachment.id)):
        rows.append(DetachmentRow(
            team.id, team.version, team.name,
            team.organisation.name_ar if team.organisation else None,
            formal_name(team.leader) if team.leader else None, len(duty.crew(team)),
            duties.of_detachment(team)))
    return rows


def vehicle_rows(session: Session, shift_id: int) -> list[VehicleRow]:
    """Every vehicle with its status and where it already is, by plate."""
    shift = validation.required(session, Shift, shift_id, "Shift")
    engaged = _Duties(session, shift).of_vehicles()
    return [VehicleRow(v.id, v.version, v.plate, v.kind,
                       v.organisation.name_ar if v.organisation else None, v.status,
                       engaged.get(v.id, Engagement()))
            for v in session.scalars(select(Vehicle).order_by(Vehicle.plate))]


@dataclass(frozen=True)
class DutyRow:
    """A duty as a list of clashes names it."""

    assignment_id: int
    shift_id: int
    shift: str
    on_date: str
    hours: str  # «06:00–14:00»
    place: str
    role: AssignmentRole
    with_detachment: str | None


def duties_of_period(session: Session, person_id: int, starts: datetime,
                     ends: datetime) -> list[DutyRow]:
    """The person's duties in a period: what marking them unavailable for it leaves to
    replace. An empty or reversed period clashes with nothing (the save says why it is
    refused)."""
    if ends <= starts:
        return []
    rows = []
    for assignment in availability.duties_during(session, person_id, starts, ends):
        shift = assignment.shift
        rows.append(DutyRow(
            assignment.id, shift.id, shift.label, shift.on_date.isoformat(),
            f"{shift.starts_at:%H:%M}–{shift.ends_at:%H:%M}", duty.where(session, assignment),
            assignment.role, assignment.detachment.name if assignment.detachment else None))
    return rows


@dataclass(frozen=True)
class PeriodRow:
    id: int
    version: int
    kind: UnavailabilityKind
    starts_at: datetime
    ends_at: datetime
    reason: str | None


def periods_of(session: Session, person_id: int) -> list[PeriodRow]:
    """The person's recorded periods of unavailability, latest first."""
    validation.required(session, Person, person_id, "Person")
    return [PeriodRow(p.id, p.version, p.kind, p.starts_at, p.ends_at, p.reason)
            for p in session.scalars(select(Unavailability)
                                     .where(Unavailability.person_id == person_id)
                                     .order_by(Unavailability.starts_at.desc()))]
