"""Who is on duty where, read once into printable values: what the duty roster and the
assignment orders (PDF and Excel) share.

One query reads every assignment of the election in scope (a day, a unit and the units under
it) with its shift, site, assignee and vehicle, as plain columns: a country's hundred thousand
assignments come back in about a second, and the layout never touches the database. A
detachment on duty is printed as its crew, the leader first, each line naming the detachment.

A line's unit is its person's organisation, a division (شعبة) counted under the body above it,
so the orders go to the sections and commands, each listing its divisions' men too; a unit
asked for by name is kept whole, even a division. Each shift carries its roster's state: the
revision and who published it, or that it is still a draft.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from desktop.labels import label as enum_label
from desktop.models import (
    Assignment,
    AssignmentRole,
    Centre,
    Detachment,
    DetachmentMember,
    Election,
    IssuingOffice,
    Organisation,
    OrganisationKind,
    Person,
    Post,
    PostKind,
    Rank,
    RosterStatus,
    Sector,
    Shift,
    User,
    Vehicle,
    VehicleKind,
)
from desktop.services import room_clock, validation
from desktop.services.centre_list import area_paths
from desktop.services.errors import NotFound
from reports import labels
from reports.documents import common
from reports.documents.common import rank_words
from reports.pdf.flowables import Signatory

# Printed words, like reports.labels: what the documents say, not interface messages.
_WORDS: dict[str, tuple[str, str]] = {
    "roster_title": ("جدول الواجبات", "Duty roster"),
    "roster_heading": ("جدول الواجبات — {election}", "Duty roster — {election}"),
    "roster_heading_day": ("جدول الواجبات — {election} — ليوم {day}",
                           "Duty roster — {election} — {day}"),
    "orders_title": ("أمر تنسيب", "Assignment order"),
    "seq": ("ت", "#"),
    "rank": ("الرتبة", "Rank"),
    "name": ("الاسم", "Name"),
    "service_number": ("الرقم الإحصائي", "Service no."),
    "unit": ("الجهة", "Unit"),
    "site": ("المركز / النقطة", "Centre / post"),
    "site_code": ("رمز المركز", "Centre code"),
    "governorate": ("المحافظة", "Governorate"),
    "district": ("القضاء", "District"),
    "sector": ("القاطع", "Sector"),
    "shift": ("الوجبة", "Shift"),
    "day": ("التاريخ", "Date"),
    "hours": ("الوقت", "Hours"),
    "starts": ("البدء", "Starts"),
    "ends": ("الانتهاء", "Ends"),
    "duty": ("الواجب", "Duty"),
    "vehicle": ("العجلة", "Vehicle"),
    "plate": ("رقم العجلة", "Plate"),
    "vehicle_kind": ("نوع العجلة", "Vehicle type"),
    "phone": ("الهاتف", "Phone"),
    "signature": ("التوقيع", "Signature"),
    "status": ("حالة الجدول", "Roster"),
    "revision": ("المراجعة", "Revision"),
    "published_at": ("تاريخ النشر", "Published on"),
    "published_by": ("نشره", "Published by"),
    "detachment": ("المفرزة", "Detachment"),
    "from_to": ("من {start} إلى {end}", "{start} to {end}"),
    "draft": ("مسودة — جدول غير منشور", "Draft — roster not published"),
    "published": ("منشور — المراجعة {revision}، في {when} من قبل {who}",
                  "Published — revision {revision}, on {when} by {who}"),
    "leader": ("آمر {name}", "Leader, {name}"),
    "crew": ("{name}", "{name}"),
    "no_unit": ("جهة غير محددة", "No unit named"),
    "post": ("{kind}: {name}", "{kind}: {name}"),
    "centre": ("{code} — {name}", "{code} — {name}"),
}

ROLE_ORDER = {role: index for index, role in enumerate(AssignmentRole)}  # commander first


def word(key: str, lang: str = "ar", **fields: object) -> str:
    arabic, english = _WORDS[key]
    text = english if lang == "en" else arabic
    return text.format(**fields) if fields else text


def _clock(moment: time) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


@dataclass(frozen=True, slots=True)
class ShiftInfo:
    id: int
    on_date: date
    label: str
    starts_at: time
    ends_at: time
    status: RosterStatus
    revision: int
    published_at: datetime | None  # in the room's clock
    published_by: str | None
    lang: str

    @property
    def draft(self) -> bool:
        return self.status is not RosterStatus.PUBLISHED

    @property
    def hours(self) -> str:
        return word("from_to", self.lang, start=_clock(self.starts_at), end=_clock(self.ends_at))

    @property
    def day(self) -> str:
        return labels.gregorian(self.on_date)

    @property
    def short(self) -> str:
        """The shift as a table cell names it: «الوجبة الأولى 7/3/2010»."""
        return f"{self.label} {self.day}"

    @property
    def state(self) -> str:
        """The roster's state as printed: a draft, or published with its revision."""
        if self.draft:
            return word("draft", self.lang)
        when = f"{labels.gregorian(self.published_at.date())} {_clock(self.published_at.time())}" \
            if self.published_at else ""
        return word("published", self.lang, revision=self.revision, when=when,
                    who=self.published_by or "")

    @property
    def heading(self) -> str:
        """«الوجبة الأولى — 7/3/2010 — من 06:00 إلى 14:00 — منشور …»"""
        return f"{self.label} — {self.day} — {self.hours} — {self.state}"


@dataclass(frozen=True, slots=True)
class Site:
    kind: str  # "centre" or "post"
    id: int
    code: str  # a centre's commission code; empty for a post
    name: str
    governorate: str
    district: str
    sector: str
    text: str  # as a cell prints it

    @property
    def key(self) -> tuple[int, str, str, int]:
        """Centres by code, then the posts by name."""
        return (0 if self.kind == "centre" else 1, self.code, self.name, self.id)


@dataclass(frozen=True, slots=True)
class Unit:
    id: int
    name: str
    parent: str | None  # the body above it, for the copies of its order

    @property
    def key(self) -> tuple[str, int]:
        return (self.name, self.id)


@dataclass(slots=True)
class DutyLine:
    """One person on duty: who, where, when, in what duty and with what vehicle. Not frozen:
    a frozen class's constructor sets each field through ``object.__setattr__``, which a
    hundred thousand lines made a tenth of the roster's read; nothing changes a line."""

    shift: ShiftInfo
    site: Site
    unit: Unit
    rank: str
    seniority: int
    name: str
    service_number: str
    phone: str
    duty: str  # the role, or the detachment and the person's place in it
    role_order: int
    plate: str
    vehicle_kind: str
    person_id: int | None

    @property
    def vehicle(self) -> str:
        return f"{self.plate} ({self.vehicle_kind})" if self.plate else ""


@dataclass
class DutyRecord:
    lang: str
    election_id: int
    election: str
    day: date | None  # the duty day asked for, if one
    unit: Unit | None  # the unit asked for, if one
    shifts: list[ShiftInfo] = field(default_factory=list)
    lines: list[DutyLine] = field(default_factory=list)

    @property
    def drafts(self) -> list[ShiftInfo]:
        return [s for s in self.shifts if s.draft]

    def by_site(self) -> list[tuple[Site, list[DutyLine]]]:
        """Each centre (by code) and post with its lines, by shift, duty, rank and name."""
        groups: dict[tuple[str, int], list[DutyLine]] = defaultdict(list)
        sites: dict[tuple[str, int], Site] = {}
        for line in self.lines:
            sites[(line.site.kind, line.site.id)] = line.site
            groups[(line.site.kind, line.site.id)].append(line)
        order = sorted(sites.values(), key=lambda s: s.key)
        return [(site, sorted(groups[(site.kind, site.id)], key=_in_site)) for site in order]

    def by_unit(self) -> list[tuple[Unit, list[DutyLine]]]:
        """Each unit (by name) with its lines, by shift, site, duty, rank and name."""
        groups: dict[int, list[DutyLine]] = defaultdict(list)
        units: dict[int, Unit] = {}
        for line in self.lines:
            units[line.unit.id] = line.unit
            groups[line.unit.id].append(line)
        order = sorted(units.values(), key=lambda u: u.key)
        return [(unit, sorted(groups[unit.id], key=_in_unit)) for unit in order]


def _in_site(line: DutyLine) -> tuple[Any, ...]:
    return (line.shift.on_date, line.shift.starts_at, line.shift.id, line.role_order,
            line.seniority, line.name)


def _in_unit(line: DutyLine) -> tuple[Any, ...]:
    return (line.shift.on_date, line.shift.starts_at, line.shift.id, line.site.key,
            line.role_order, line.seniority, line.name)


def roster_heading(record: DutyRecord) -> str:
    """The roster's title: the election, and the day if one was asked for."""
    if record.day is not None:
        return word("roster_heading_day", record.lang, election=record.election,
                    day=labels.gregorian(record.day))
    return word("roster_heading", record.lang, election=record.election)


def by_shift(lines: Iterable[DutyLine]) -> list[tuple[ShiftInfo, list[DutyLine]]]:
    """Lines already in shift order, cut where the shift changes."""
    runs: list[tuple[ShiftInfo, list[DutyLine]]] = []
    for line in lines:
        if not runs or runs[-1][0].id != line.shift.id:
            runs.append((line.shift, []))
        runs[-1][1].append(line)
    return runs


# --- the organisation tree -------------------------------------------------------------------


@dataclass(frozen=True)
class _Body:
    id: int
    parent_id: int | None
    kind: OrganisationKind
    name: str


class OrgTree:
    """The organisations read once: names, parents, the unit each person's body counts under,
    and the issuing office nearest a unit."""

    def __init__(self, session: Session, lang: str) -> None:
        self.lang = lang
        self.bodies = {
            id_: _Body(id_, parent, kind, name_en if lang == "en" and name_en else name_ar)
            for id_, parent, kind, name_ar, name_en in session.execute(select(
                Organisation.id, Organisation.parent_id, Organisation.kind,
                Organisation.name_ar, Organisation.name_en))}
        self._units: dict[int, Unit] = {}
        self._under: dict[int | None, int | None] = {}

    def subtree(self, root: int) -> set[int]:
        children: dict[int | None, list[int]] = defaultdict(list)
        for body in self.bodies.values():
            children[body.parent_id].append(body.id)
        found, todo = set(), [root]
        while todo:
            current = todo.pop()
            if current not in found:
                found.add(current)
                todo.extend(children[current])
        return found

    def unit_of(self, organisation_id: int | None, keep: int | None = None) -> int | None:
        """The body a person of ``organisation_id`` is ordered through: a division counts
        under the body above it, unless it is ``keep`` (the unit asked for) itself."""
        if organisation_id is None:
            return None
        current = organisation_id
        seen = set()
        while current in self.bodies and current != keep and current not in seen:
            seen.add(current)
            body = self.bodies[current]
            if body.kind is not OrganisationKind.DIVISION or body.parent_id is None:
                break
            current = body.parent_id
        return current

    def unit(self, unit_id: int | None) -> Unit:
        key = unit_id if unit_id is not None else 0
        found = self._units.get(key)
        if found is None:
            body = self.bodies.get(unit_id) if unit_id is not None else None
            if body is None:
                found = Unit(0, word("no_unit", self.lang), None)
            else:
                parent = self.bodies.get(body.parent_id) if body.parent_id else None
                found = Unit(body.id, body.name, parent.name if parent else None)
            self._units[key] = found
        return found

    def chain(self, organisation_id: int) -> list[int]:
        """The body and those above it, nearest first."""
        chain, current = [], organisation_id
        while current is not None and current in self.bodies and current not in chain:
            chain.append(current)
            current = self.bodies[current].parent_id
        return chain

    def office_for(self, session: Session, unit_id: int | None) -> tuple[int | None, int | None]:
        """The issuing office that writes to ``unit_id``, and the body it speaks for: the
        office of the unit or of the nearest body above it, or of a body directly under that
        one (a command's operations room). (None, None) where no office is recorded above."""
        offices = session.execute(select(IssuingOffice.id, IssuingOffice.organisation_id)
                                  .order_by(IssuingOffice.id)).all()
        if unit_id is None:
            return None, None
        own = {org: office for office, org in reversed(offices) if org is not None}
        under: dict[int, int] = {}
        for office, org in reversed(offices):
            body = self.bodies.get(org) if org is not None else None
            if body is not None and body.parent_id is not None:
                under[body.parent_id] = office
        for body in self.chain(unit_id):
            if body in own:
                return own[body], body
            if body in under:
                return under[body], body
        return None, None


# --- reading ---------------------------------------------------------------------------------


def _site_reader(session: Session, lang: str) -> tuple[dict[int, Site], dict[int, Site]]:
    paths = area_paths(session)
    centres: dict[int, Site] = {}
    posts: dict[int, Site] = {}
    sectors = dict(session.execute(select(Sector.id, Sector.name)).all())
    for id_, code, name, area, sector in session.execute(select(
            Centre.id, Centre.code, Centre.name, Centre.area_id, Centre.sector_id)):
        path = paths.get(area) if area else None
        centres[id_] = Site("centre", id_, code, name, (path.governorate or "") if path else "",
                            (path.district or "") if path else "", sectors.get(sector, ""),
                            word("centre", lang, code=code, name=name))
    for id_, name, kind, area, sector in session.execute(select(
            Post.id, Post.name, Post.kind, Post.area_id, Post.sector_id)):
        path = paths.get(area) if area else None
        kind_text = enum_label(PostKind(kind), lang)
        text = name if kind_text in name else word("post", lang, kind=kind_text, name=name)
        posts[id_] = Site("post", id_, "", name, (path.governorate or "") if path else "",
                          (path.district or "") if path else "", sectors.get(sector, ""), text)
    return centres, posts


def _shifts(session: Session, election_id: int, day: date | None,
            lang: str) -> dict[int, ShiftInfo]:
    query = select(Shift).where(Shift.election_id == election_id)
    if day is not None:
        query = query.where(Shift.on_date == day)
    shifts = {}
    # who published a roster, by the name the room knows them by, not their sign-in name
    names = dict(session.execute(select(User.username, User.display_name)).all())
    for shift in session.scalars(query.order_by(Shift.on_date, Shift.starts_at, Shift.id)):
        who = shift.published_by
        shifts[shift.id] = ShiftInfo(
            shift.id, shift.on_date, shift.label, shift.starts_at, shift.ends_at,
            shift.roster_status, shift.roster_revision,
            room_clock.local(shift.published_at) if shift.published_at else None,
            (names.get(who) or who) if who else None, lang)
    return shifts


def _rank_cells(lang: str) -> Any:
    """A cache of rank texts: a roster's hundred thousand people hold a dozen ranks."""
    made: dict[tuple[Any, ...], str] = {}

    def rank(honorific: str | None, rank_ar: str | None, rank_en: str | None,
             staff: bool | None) -> str:
        key = (honorific, rank_ar, rank_en, staff)
        text = made.get(key)
        if text is None:
            text = made[key] = rank_words(honorific, rank_ar, rank_en, bool(staff), lang)
        return text

    return rank


_PERSON_COLUMNS = (Person.id, Person.full_name_ar, Person.name_latin, Person.honorific,
                   Person.staff_qualified, Person.service_number, Person.phone,
                   Person.organisation_id, Rank.name_ar, Rank.name_en, Rank.seniority)


def read_record(session: Session, election_id: int, *, day: date | None = None,
                unit_id: int | None = None, lang: str = "ar") -> DutyRecord:
    election = session.get(Election, validation.identifier(election_id, "Election"))
    if election is None:
        raise NotFound("No election has the id {id}.", id=election_id)
    tree = OrgTree(session, lang)
    unit = None
    keep: set[int] | None = None
    if unit_id is not None:
        if unit_id not in tree.bodies:
            raise NotFound("No organisation has the id {id}.", id=unit_id)
        unit = tree.unit(unit_id)
        keep = tree.subtree(unit_id)
    name = election.name_en if lang == "en" and election.name_en else election.name
    record = DutyRecord(lang, election.id, name, day, unit)
    shifts = _shifts(session, election.id, day, lang)
    record.shifts = list(shifts.values())
    if not shifts:
        return record
    centres, posts = _site_reader(session, lang)
    rank = _rank_cells(lang)
    # keyed by the members, which are their stored values too (string enums): a role or a
    # kind read straight from the driver finds its label without being made a member
    vehicle_kinds = {kind: enum_label(kind, lang) for kind in VehicleKind}
    roles = {role: enum_label(role, lang) for role in AssignmentRole}
    latin = lang == "en"
    units: dict[int | None, Unit] = {}

    def unit_for(organisation_id: int | None) -> Unit:
        found = units.get(organisation_id)
        if found is None:
            found = units[organisation_id] = tree.unit(
                tree.unit_of(organisation_id, keep=unit_id))
        return found

    def line(shift_id: int, centre_id: int | None, post_id: int | None, role: AssignmentRole,
             plate: str | None, vehicle_kind: VehicleKind | None, person: tuple[Any, ...],
             duty: str, order_bonus: int = 0) -> DutyLine:
        (person_id, full_name, name_latin, honorific, staff, number, phone, organisation,
         rank_ar, rank_en, seniority) = person
        site = centres[centre_id] if centre_id is not None else posts[post_id]  # type: ignore
        return DutyLine(
            shifts[shift_id], site, unit_for(organisation), rank(honorific, rank_ar, rank_en,
                                                               staff),
            seniority if seniority is not None else 1_000_000,
            name_latin if latin and name_latin else full_name, number or "", phone or "",
            duty, ROLE_ORDER[role] * 2 + order_bonus, plate or "",
            vehicle_kinds[vehicle_kind] if vehicle_kind else "", person_id)

    base = (select(Assignment.shift_id, Assignment.centre_id, Assignment.post_id,
                   Assignment.role, Vehicle.plate, Vehicle.kind)
            .join(Shift, Assignment.shift_id == Shift.id)
            .outerjoin(Vehicle, Assignment.vehicle_id == Vehicle.id)
            .where(Shift.election_id == election.id))
    if day is not None:
        base = base.where(Shift.on_date == day)
    people = (base.add_columns(*_PERSON_COLUMNS)
              .join(Person, Assignment.person_id == Person.id)
              .outerjoin(Rank, Person.rank_id == Rank.id))
    if keep is not None:
        people = people.where(Person.organisation_id.in_(keep))
    lines: list[DutyLine] = []
    for row in _driver_rows(session, people):
        shift_id, centre_id, post_id, role, plate, kind = row[:6]
        lines.append(line(shift_id, centre_id, post_id, role, plate, kind, row[6:],
                          roles[role]))
    crews = (base.add_columns(Detachment.id, Detachment.name, Detachment.leader_id)
             .join(Detachment, Assignment.detachment_id == Detachment.id))
    on_duty = session.execute(crews).all()
    if on_duty:
        members = _crews(session, {row[6] for row in on_duty})
        for shift_id, centre_id, post_id, role, plate, kind, _id, name, leader in on_duty:
            for person in members.get(_id, ()):
                if keep is not None and person[7] not in keep:
                    continue
                is_leader = person[0] == leader
                duty = word("leader" if is_leader else "crew", lang, name=name)
                lines.append(line(shift_id, centre_id, post_id, role, plate, kind, person, duty,
                                  0 if is_leader else 1))
    record.lines = lines
    return record


def _driver_rows(session: Session, query: Select[Any], batch: int = 5000,
                 ) -> Iterator[tuple[Any, ...]]:
    """The rows of ``query`` as the database's driver gives them: executed by SQLAlchemy (its
    parameters bound as always), read straight from the driver's cursor, without a result row
    made and converted for each (enums come as their stored values, flags as the driver keeps
    them). A hundred thousand people on duty are read in half the time: through the ORM the
    read took 1.2 s, through Core 0.63, from the cursor 0.34."""
    result = session.connection().execute(query)
    try:
        cursor = result.cursor
        while rows := cursor.fetchmany(batch):
            yield from rows
    finally:
        result.close()


def _crews(session: Session, detachments: set[int]) -> dict[int, list[tuple[Any, ...]]]:
    leader = aliased(Detachment)
    found: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    ids = sorted(detachments)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        query = (select(DetachmentMember.detachment_id, *_PERSON_COLUMNS)
                 .join(Person, DetachmentMember.person_id == Person.id)
                 .outerjoin(Rank, Person.rank_id == Rank.id)
                 .where(DetachmentMember.detachment_id.in_(chunk)))
        for row in session.execute(query):
            found[row[0]].append(tuple(row[1:]))
        # a leader who is not listed among the members still leads the crew
        leaders = (select(leader.id, *_PERSON_COLUMNS)
                   .join(Person, leader.leader_id == Person.id)
                   .outerjoin(Rank, Person.rank_id == Rank.id)
                   .where(leader.id.in_(chunk)))
        for row in session.execute(leaders):
            crew = found[row[0]]
            if all(member[0] != row[1] for member in crew):
                crew.insert(0, tuple(row[1:]))
    return found


# --- who issues and signs --------------------------------------------------------------------


def choose_office(session: Session, tree: OrgTree, unit_id: int | None,
                  office_id: int | None, *, required: bool) -> IssuingOffice | None:
    """The office named; else the one that writes to the unit; else the first. A workbook may
    go without any (``required`` False), a letter may not."""
    if office_id is None and unit_id is not None:
        office_id, _body = tree.office_for(session, unit_id)
    if office_id is None and not required and common.first_office_id(session) is None:
        return None
    return common.office(session, office_id)


def commander(session: Session, tree: OrgTree, office: IssuingOffice | None,
              lang: str) -> list[Signatory]:
    """Who signs for ``office``: the most senior person with a position in the body it speaks
    for (the command above an operations room), else in the office's own body."""
    if office is None or office.organisation_id is None:
        return []
    body = tree.bodies.get(office.organisation_id)
    bodies = [office.organisation_id]
    if body is not None and body.kind is OrganisationKind.DIVISION and body.parent_id:
        bodies.insert(0, body.parent_id)
    for candidate in bodies:
        found = common.senior_people(session, 1, candidate)
        if found:
            return [common.signatory(found[0], lang)]
    return []


def issuer(session: Session, record: DutyRecord, office_id: int | None, *,
           required: bool) -> tuple[IssuingOffice | None, list[Signatory]]:
    """The office that issues a roster and its signer: the one named; else the one that
    writes to the unit asked for; else the one that writes to most of the people on it."""
    tree = OrgTree(session, record.lang)
    unit_id = record.unit.id if record.unit is not None else None
    if office_id is None and unit_id is None and record.lines:
        people: Counter[int] = Counter(line.unit.id for line in record.lines if line.unit.id)
        votes: Counter[int] = Counter()
        for unit, count in people.items():
            office, _body = tree.office_for(session, unit)
            if office is not None:
                votes[office] += count
        if votes:
            office_id = votes.most_common(1)[0][0]
    office = choose_office(session, tree, unit_id, office_id, required=required)
    return office, commander(session, tree, office, record.lang)
