"""The personnel registry as its lists and forms read it: people, detachments, vehicles.

Plain frozen rows read in one unit of work. People may be a hundred thousand across a
country, so their list is a search answered by the core (every word typed, normalised, in
name, rank, service number, position or organisation: ``people.search_people``'s key), with
an optional organisation and active filter and a limit; detachments and vehicles are some
hundreds and are read whole. Each form reads its record with the version it edits.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, joinedload

from desktop.models import Detachment, Person, Rank, Sector, Vehicle, VehicleKind, VehicleStatus
from desktop.services import duty, validation
from desktop.services.people import formal_name, rank_title
from desktop.text.arabic import normalise

PEOPLE_LIMIT = 500


def matching(stmt: Select, text: str) -> Select:
    """``stmt`` kept to the people whose search key holds every word of ``text`` as
    normalised (``people.search_people``'s matching, for the lists that order or filter
    their own way)."""
    for word in normalise(text).split():
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = stmt.where(Person.search_key.like(f"%{escaped}%", escape="\\"))
    return stmt


@dataclass(frozen=True)
class PersonRow:
    id: int
    version: int
    name: str  # the full name alone
    title: str  # honorific, rank and name
    rank_id: int | None
    rank: str | None
    seniority: int | None
    service_number: str | None
    organisation_id: int | None
    organisation: str | None
    position: str | None
    home_sector_id: int | None
    home_sector: str | None
    phone: str | None
    active: bool


def _person_row(person: Person, sectors: dict[int, str]) -> PersonRow:
    rank: Rank | None = person.rank
    return PersonRow(
        person.id, person.version, person.full_name_ar, formal_name(person), person.rank_id,
        rank_title(rank, person.staff_qualified) or None, rank.seniority if rank else None,
        person.service_number, person.organisation_id,
        person.organisation.name_ar if person.organisation else None, person.position_title,
        person.home_sector_id, sectors.get(person.home_sector_id), person.phone,
        bool(person.active))


def person_rows(session: Session, text: str = "", *, organisation_id: int | None = None,
                active: bool | None = None, ids: Collection[int] | None = None,
                limit: int = PEOPLE_LIMIT) -> list[PersonRow]:
    """The people a search finds (those of ``ids``, if given), most senior first, up to
    ``limit``; ``active`` None lists both the active and those who have left."""
    stmt = matching(select(Person).options(joinedload(Person.rank),
                                           joinedload(Person.organisation)), text)
    if ids is not None:
        stmt = stmt.where(Person.id.in_(list(ids)))
    if organisation_id is not None:
        stmt = stmt.where(Person.organisation_id == organisation_id)
    if active is not None:
        stmt = stmt.where(Person.active.is_(active))
    stmt = stmt.outerjoin(Rank, Person.rank_id == Rank.id).order_by(
        Rank.seniority.is_(None), Rank.seniority, Person.full_name_ar, Person.id)
    found = list(session.scalars(stmt.limit(limit)).unique())
    sectors = dict(session.execute(select(Sector.id, Sector.name).where(
        Sector.id.in_({p.home_sector_id for p in found if p.home_sector_id}))).all())
    return [_person_row(p, sectors) for p in found]


@dataclass(frozen=True)
class PersonRecord:
    """One person as the form edits them."""

    id: int
    version: int
    full_name_ar: str
    name_latin: str | None
    honorific: str | None
    rank_id: int | None
    staff_qualified: bool
    position_title: str | None
    service_number: str | None
    organisation_id: int | None
    home_sector_id: int | None
    phone: str | None
    active: bool
    notes: str | None


def person_record(session: Session, person_id: int) -> PersonRecord:
    p = validation.required(session, Person, person_id, "Person")
    return PersonRecord(p.id, p.version, p.full_name_ar, p.name_latin, p.honorific, p.rank_id,
                        bool(p.staff_qualified), p.position_title, p.service_number,
                        p.organisation_id, p.home_sector_id, p.phone, bool(p.active), p.notes)


@dataclass(frozen=True)
class Member:
    id: int
    title: str
    active: bool


@dataclass(frozen=True)
class DetachmentListRow:
    id: int
    version: int
    name: str
    organisation_id: int | None
    organisation: str | None
    leader: Member | None
    members: tuple[Member, ...]
    notes: str | None
    search_key: str

    @property
    def crew(self) -> int:
        people = {m.id for m in self.members}
        return len(people | ({self.leader.id} if self.leader else set()))

    @property
    def gone(self) -> tuple[Member, ...]:
        """Those of the crew who have left the force: the detachment cannot go out."""
        crew = ([self.leader] if self.leader else []) + list(self.members)
        return tuple(m for m in crew if not m.active)


def _member(person: Person) -> Member:
    return Member(person.id, formal_name(person), bool(person.active))


def detachment_list(session: Session, ids: Collection[int] | None = None
                    ) -> list[DetachmentListRow]:
    """Every detachment (those of ``ids``, if given) by name, with its leader and members."""
    stmt = select(Detachment).options(joinedload(Detachment.organisation),
                                      joinedload(Detachment.leader)).order_by(
        Detachment.name, Detachment.id)
    if ids is not None:
        stmt = stmt.where(Detachment.id.in_(list(ids)))
    rows = []
    for team in session.scalars(stmt).unique():
        members = tuple(_member(p) for p in team.members)
        leader = _member(team.leader) if team.leader else None
        organisation = team.organisation.name_ar if team.organisation else None
        rows.append(DetachmentListRow(
            team.id, team.version, team.name, team.organisation_id, organisation, leader,
            members, team.notes, normalise(" ".join(filter(None, (
                team.name, organisation, leader.title if leader else None,
                *(m.title for m in members)))))))
    return rows


@dataclass(frozen=True)
class VehicleListRow:
    id: int
    version: int
    plate: str
    kind: VehicleKind
    organisation_id: int | None
    organisation: str | None
    status: VehicleStatus
    notes: str | None
    search_key: str

    @property
    def in_service(self) -> bool:
        return self.status in duty.IN_SERVICE


def vehicle_list(session: Session, ids: Collection[int] | None = None) -> list[VehicleListRow]:
    """Every vehicle (those of ``ids``, if given) by plate."""
    stmt = select(Vehicle).options(joinedload(Vehicle.organisation)).order_by(Vehicle.plate)
    if ids is not None:
        stmt = stmt.where(Vehicle.id.in_(list(ids)))
    rows = []
    for v in session.scalars(stmt).unique():
        organisation = v.organisation.name_ar if v.organisation else None
        rows.append(VehicleListRow(v.id, v.version, v.plate, v.kind, v.organisation_id,
                                   organisation, v.status, v.notes,
                                   normalise(" ".join(filter(None, (v.plate, organisation))))))
    return rows


def sector_choices(session: Session) -> list[tuple[int, str]]:
    return [(id_, name) for id_, name in session.execute(
        select(Sector.id, Sector.name).order_by(Sector.name, Sector.id))]
