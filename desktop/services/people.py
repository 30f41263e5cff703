"""The people registry: officers, officials and representatives, found as clerks type."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session, joinedload

from desktop.models import Organisation, Person, Rank, Sector
from desktop.services import audit, locks, permissions, validation
from desktop.services.actor import Actor
from desktop.services.errors import Conflict, Invalid
from desktop.services.organisations import root_of
from desktop.text.arabic import fold_digits, identifier_form, normalise, strip_tatweel

_PHONE = re.compile(r"^\+?[0-9][0-9 \-]{5,30}$")
# The longest each text may be: the columns' own lengths (``validation.column_length``).
LIMITS: dict[str, int] = {
    column: validation.column_length(getattr(Person, column)) or 0
    for column in ("full_name_ar", "name_latin", "honorific", "position_title", "phone",
                   "service_number")}
NOTES_LENGTH = 20_000  # a Text column: the limit is the program's
SEARCH_KEY_LENGTH = validation.column_length(Person.search_key) or 800


@dataclass
class PersonInput:
    full_name_ar: str
    rank_id: int | None = None
    honorific: str | None = None
    staff_qualified: bool = False
    position_title: str | None = None
    service_number: str | None = None
    organisation_id: int | None = None
    name_latin: str | None = None
    phone: str | None = None
    notes: str | None = None
    active: bool = True
    home_sector_id: int | None = None  # the sector they usually serve in


def rank_title(rank: Rank | None, staff_qualified: bool = False) -> str:
    """A rank as it is written before a name: «العميد الركن», «الملازم الأول»."""
    if rank is None:
        return "الركن" if staff_qualified else ""
    words = rank.name_ar.split()
    if words and not words[0].startswith("ال"):
        words[0] = "ال" + words[0]
    if len(words) == 2 and words[1] in ("أول", "اول"):
        words[1] = "الأول"
    title = " ".join(words)
    return f"{title} الركن" if staff_qualified else title


def formal_name(person: Person) -> str:
    """The name as an official letter gives it: honorific, rank and name."""
    parts = [person.honorific or "", rank_title(person.rank, person.staff_qualified),
             person.full_name_ar]
    return " ".join(p for p in parts if p)


def search_key(fields: Mapping[str, Any], rank: str | None, organisation: str | None,
               short_name: str | None) -> str:
    """What type-ahead searches in: the person's names, number and position with their rank's
    and organisation's names, normalised. ``fields`` as ``own_fields`` gives them."""
    words = [fields["full_name_ar"], fields["name_latin"], fields["honorific"], rank,
             fields["service_number"], fields["position_title"], organisation, short_name]
    return normalise(" ".join(w for w in words if w))[:SEARCH_KEY_LENGTH]


def phone_number(value: Any) -> str | None:
    """A phone as stored: its digits folded to ASCII, refused in words unless it is one."""
    phone = validation.text(value, "Phone", max_length=LIMITS["phone"], required=False)
    phone = fold_digits(phone) if phone is not None else None
    if phone is not None and not _PHONE.match(phone):
        raise Invalid("{phone} is not a phone number.", phone=phone)
    return phone


def own_fields(data: PersonInput) -> dict[str, Any]:
    """The record's own columns checked and in their stored form: every rule of a person that
    needs no database. The first broken rule is raised. Whether the rank, organisation and
    sector exist, which force the number belongs to and whether it is taken are the caller's
    to ask (``_apply`` one by one, the personnel import for a whole sheet at once)."""
    return {
        "full_name_ar": validation.name(data.full_name_ar, "Full name",
                                        max_length=LIMITS["full_name_ar"]),
        "name_latin": validation.name(data.name_latin, "Latin name",
                                      max_length=LIMITS["name_latin"], required=False),
        "honorific": validation.text(data.honorific, "Honorific",
                                     max_length=LIMITS["honorific"], required=False),
        "position_title": validation.text(data.position_title, "Position",
                                          max_length=LIMITS["position_title"], required=False),
        "notes": validation.text(data.notes, "Notes", max_length=NOTES_LENGTH, required=False),
        "rank_id": _reference(data.rank_id, "Rank"),
        "staff_qualified": validation.flag(data.staff_qualified,
                                           validation.Term("Staff qualified"), default=False),
        "organisation_id": _reference(data.organisation_id, "Organisation"),
        "phone": phone_number(data.phone),
        "active": validation.flag(data.active, validation.Term("Active"), default=True),
        "home_sector_id": _reference(data.home_sector_id, "Home sector"),
        "service_number": service_number(data.service_number),
    }


def _reference(id_: Any, what: str) -> int | None:
    return None if id_ is None else validation.identifier(id_, what)


def _apply(session: Session, person: Person, data: PersonInput) -> None:
    """``data`` checked and set on ``person``. Nothing is flushed meanwhile (the look-ups
    would flush the half-set record, each flush a version and a history the audit entry
    then no longer sees): the caller's audit entry flushes it once."""
    fields = own_fields(data)
    with session.no_autoflush:
        rank = validation.existing(session, Rank, fields["rank_id"], "Rank")
        org = validation.existing(session, Organisation, fields["organisation_id"],
                                  "Organisation")
        validation.existing(session, Sector, fields["home_sector_id"], "Home sector")
        number = fields["service_number"]
        force_id = root_of(session, org.id).id if org is not None else None
        if number is not None:
            clash = session.scalars(
                select(Person).where(
                    and_(Person.service_number == number,
                         Person.force_id == force_id if force_id else Person.force_id.is_(None)),
                    Person.id != (person.id or -1),
                )
            ).first()
            if clash is not None:
                raise Conflict(
                    "Service number {number} is already held by {name}.",
                    number=number,
                    name=clash.full_name_ar,
                )
        for column, value in fields.items():
            setattr(person, column, value)
        person.force_id = force_id
        person.search_key = search_key(fields, rank.name_ar if rank else None,
                                       org.name_ar if org else None,
                                       org.short_name if org else None)


def service_number(value: str | None) -> str | None:
    """A service number as it is stored and compared: «١٠ ٠١», «10-01» and «1001» are one."""
    typed = validation.name(value, "Service number", max_length=LIMITS["service_number"],
                            required=False)
    if typed is None:
        return None
    number = identifier_form(typed)
    if number is None:
        raise Invalid("{number} is not a service number.", number=typed)
    return number


def create_person(session: Session, actor: Actor, data: PersonInput) -> Person:
    permissions.require(actor, permissions.REGISTRY)
    person = Person()
    _apply(session, person, data)
    session.add(person)
    audit.record(session, actor, "create", person)
    return person


def update_person(
    session: Session,
    actor: Actor,
    person_id: int,
    data: PersonInput,
    expected_version: int | None = None,
) -> Person:
    """Change a person's record; refused if the copy edited is stale.

    The person's duty lock is held (``desktop.services.locks``), so a workstation putting them
    on duty at the same moment reads whether they are still active after this edit, not
    before it."""
    permissions.require(actor, permissions.REGISTRY)
    locks.hold(session, "person", [validation.identifier(person_id, "Person")])
    person = validation.editable(session, Person, person_id, "Person", expected_version)
    _apply(session, person, data)
    audit.record(session, actor, "update", person)
    return person


def search_people(
    session: Session, query: str, *, limit: int = 50, active_only: bool = True
) -> list[Person]:
    """Type-ahead: every word typed must appear in name, rank, number, position or unit.

    The query is searched in its normalised form, which drops what a paste may carry and no
    database takes as a parameter (a NUL, a lone surrogate): such a search finds what the same
    words without them would.
    """
    stmt = select(Person)
    for word in normalise(query).split():
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = stmt.where(Person.search_key.like(f"%{escaped}%", escape="\\"))
    if active_only:
        stmt = stmt.where(Person.active.is_(True))
    stmt = stmt.outerjoin(Rank, Person.rank_id == Rank.id).order_by(
        Rank.seniority.is_(None), Rank.seniority, Person.full_name_ar
    )
    return list(session.scalars(stmt.limit(limit)))


def add_rank(session: Session, actor: Actor, name_ar: str, seniority: int,
             name_en: str | None = None) -> Rank:
    """A rank of the list, stored without tatweel and refused if the list already holds it
    as folded for search («عميـد», «عمید» and «عميد» are one rank)."""
    permissions.require(actor, permissions.REGISTRY)
    # The list is compared as folded, which no unique index can: two workstations adding
    # «عميد» and «عمید» at once would both find neither. One adds at a time.
    locks.hold(session, "ranks", [1])
    typed = validation.name(name_ar, "Rank", max_length=100)
    name = " ".join(strip_tatweel(typed).split())
    if not name:
        raise Invalid("{field} is required.", field=validation.Term("Rank"))
    wanted = normalise(name)
    for held in session.scalars(select(Rank.name_ar)):
        if normalise(held) == wanted:
            raise Conflict("The rank {name} is already in the list.", name=held)
    seniority = validation.positive(seniority, validation.Term("Seniority"))
    rank = Rank(name_ar=name, seniority=seniority,
                name_en=validation.name(name_en, "English name", max_length=100, required=False))
    session.add(rank)
    audit.record(session, actor, "create", rank)
    return rank


def ranks(session: Session) -> list[tuple[int, str]]:
    """The rank list as pickers show it: most senior first."""
    return [(rid, name) for rid, name in session.execute(
        select(Rank.id, Rank.name_ar).order_by(Rank.seniority, Rank.name_ar))]


@dataclass(frozen=True)
class PersonCard:
    """A person as a picker or an attendee list shows them; plain values, safe off-session."""

    id: int
    name: str  # honorific, rank and name, as the minutes give it
    details: str  # position — organisation (service number)

    @property
    def line(self) -> str:
        return f"{self.name} — {self.details}" if self.details else self.name


def _card(person: Person) -> PersonCard:
    parts = [person.position_title, person.organisation.name_ar if person.organisation else None]
    details = " — ".join(p for p in parts if p)
    if person.service_number:
        details = f"{details} ({person.service_number})" if details else person.service_number
    return PersonCard(person.id, formal_name(person), details)


def find_person_cards(session: Session, query: str, *, limit: int = 30) -> list[PersonCard]:
    """Type-ahead results as cards; ranks and organisations come in one query, not one each."""
    found = search_people(session, query, limit=limit)
    if found:
        session.scalars(select(Person).options(joinedload(Person.rank),
                                               joinedload(Person.organisation))
                        .where(Person.id.in_([p.id for p in found]))).unique().all()
    return [_card(p) for p in found]


def person_cards(session: Session, ids: Iterable[int | None]) -> dict[int, PersonCard]:
    """Cards of the given people by id; unknown ids are left out."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    people = session.scalars(select(Person).options(joinedload(Person.rank),
                                                    joinedload(Person.organisation))
                             .where(Person.id.in_(wanted))).unique().all()
    return {p.id: _card(p) for p in people}
