"""Importing a personnel list: the one call the command line and the dialog make.

The rows are checked (``people_rows``), then found in the room's lists: the rank in the rank
list in either script (its Arabic name or its English one, compared as every search is, with
or without the article: «العميد» is «عميد», «الملازم الأول» is «ملازم أول»; a trailing «الركن»
marks the staff-qualified), the organisation in the tree by its name, English name or short
name (a name two units share is refused, naming them), the home sector among the sectors. A
row whose rank, organisation or sector is not found is rejected with the reason.

Each row finds its person by service number (a number held in two forces is told apart by the
row's organisation). A field the sheet leaves empty keeps what is stored; a person whose
record would not change is unchanged, and nothing is written for them, so importing the same
sheet twice bumps no version and writes no audit entry. What is written goes through the
people services (``create_person``, ``update_person``: their permission, their rules, the
search key, the audit entry and the version), in ONE unit of work with one change notice: a
row the services refuse (a phone that is not one, a number taken meanwhile) is rejected like
any other, and without ``skip_invalid`` that means nothing is written. A dry run checks all but
those last rules, which only writing tells, and writes nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.i18n import translate
from desktop.imports.people_rows import PERSONNEL, PersonField, PersonRow, check_people
from desktop.imports.plan import Sectors, Zeros
from desktop.imports.reading import Table
from desktop.imports.rows import CHECK_EVERY, Rejected
from desktop.imports.sheet import Outcome, Report, Steps, table_and_layout, with_cells
from desktop.models import Organisation, Person, Rank, Sector
from desktop.services import audit, permissions
from desktop.services.actor import Actor
from desktop.services.errors import DomainError, Forbidden, Invalid
from desktop.services.people import PersonInput, create_person, update_person
from desktop.storage.recorder import USER_KEY
from desktop.text.arabic import normalise

_SHARES = {"read": (0, 100), "check": (100, 350), "plan": (350, 450), "write": (450, 1000)}
STAFF_WORD = normalise("ركن")

# The sheet's fields as the person's columns (the rank gives two: the rank, the «ركن»).
_COLUMNS: dict[StrEnum, str] = {
    PersonField.NAME_LATIN: "name_latin", PersonField.POSITION: "position_title",
    PersonField.PHONE: "phone", PersonField.ACTIVE: "active", PersonField.NOTES: "notes",
}
_STORED = ("full_name_ar", "name_latin", "honorific", "rank_id", "staff_qualified",
           "position_title", "service_number", "organisation_id", "phone", "notes", "active",
           "home_sector_id")


@dataclass(frozen=True)
class PersonnelOptions:
    mapping: Mapping[str, StrEnum | None] = field(default_factory=dict)
    header_row: int | None = None  # an index in the rows; None: found in the first ten
    skip_invalid: bool = False
    dry_run: bool = False


@dataclass(frozen=True, kw_only=True)
class PersonnelResult(Outcome):
    numbers_from_cells: int = 0  # service numbers the workbook stored as numbers
    zeros_restored: int = 0  # of those, matched to a stored number with its leading zeros


@dataclass(frozen=True)
class PersonChange:
    row: int
    number: str
    person_id: int | None  # None: a new person
    version: int | None  # the version read, for update_person's stale-edit check
    data: PersonInput


@dataclass
class PersonnelPlan:
    changes: list[PersonChange] = field(default_factory=list)
    unchanged: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    numbers_from_cells: int = 0
    zeros_restored: int = 0

    @property
    def created(self) -> int:
        return sum(1 for change in self.changes if change.person_id is None)

    @property
    def updated(self) -> int:
        return sum(1 for change in self.changes if change.person_id is not None)


def _rank_words(text: str) -> list[str]:
    """A rank as compared: normalised, each word without its article."""
    return [word[2:] if word.startswith("ال") and len(word) > 3 else word
            for word in normalise(text).split()]


class _Ranks:
    def __init__(self, session: Session) -> None:
        self._by_key: dict[str, set[int]] = defaultdict(set)
        for id_, name_ar, name_en in session.execute(select(Rank.id, Rank.name_ar,
                                                             Rank.name_en)):
            for name in (name_ar, name_en):
                if name:
                    self._by_key[" ".join(_rank_words(name))].add(id_)

    def find(self, written: str) -> tuple[int, bool]:
        """The rank's id, and whether the sheet marks the person staff-qualified."""
        words = _rank_words(written)
        found, staff = self._by_key.get(" ".join(words)) or set(), False
        if not found and len(words) > 1 and words[-1] == STAFF_WORD:
            found, staff = self._by_key.get(" ".join(words[:-1])) or set(), True
        if not found:
            raise Invalid("The rank «{name}» is not in the rank list; add it to the ranks "
                          "first, or correct the sheet.", name=written)
        if len(found) > 1:
            raise Invalid("More than one rank is written «{name}»; correct the rank list.",
                          name=written)
        return next(iter(found)), staff


class _Organisations:
    def __init__(self, session: Session) -> None:
        rows = session.execute(select(Organisation.id, Organisation.parent_id,
                                      Organisation.name_ar, Organisation.name_en,
                                      Organisation.short_name)).all()
        self._parent = {row.id: row.parent_id for row in rows}
        self._name = {row.id: row.name_ar for row in rows}
        self._by_name: dict[str, set[int]] = defaultdict(set)
        for row in rows:
            for name in (row.name_ar, row.name_en, row.short_name):
                if name:
                    self._by_name[normalise(name)].add(row.id)

    def find(self, written: str) -> int:
        found = sorted(self._by_name.get(normalise(written), ()))
        if not found:
            raise Invalid("The organisation «{name}» is not in the organisation tree; add it "
                          "first, or correct the sheet.", name=written)
        if len(found) > 1:
            under = "، ".join(f"{self._name[id_]} ({self._name.get(self._parent[id_], '-')})"
                              for id_ in found)
            raise Invalid("More than one organisation is named «{name}» ({organisations}); "
                          "write the one meant by its short name, or rename one of them "
                          "first.", name=written, organisations=under)
        return found[0]

    def force(self, organisation_id: int | None) -> int | None:
        """The root of the organisation's tree: the force a service number belongs to."""
        node, seen = organisation_id, set()
        while node is not None and self._parent.get(node) is not None and node not in seen:
            seen.add(node)
            node = self._parent[node]
        return node


def make_plan(session: Session, rows: Sequence[PersonRow], *,
              progress: Callable[[int, int], None] = lambda done, total: None
              ) -> PersonnelPlan:
    plan = PersonnelPlan()
    stored: dict[str, list[Any]] = defaultdict(list)
    for person in session.execute(select(Person.id, Person.version, Person.force_id,
                                         *(getattr(Person, c) for c in _STORED))
                                  .where(Person.service_number.is_not(None))):
        stored[person.service_number].append(person)
    zeros = Zeros(stored)
    ranks, organisations, sectors = _Ranks(session), _Organisations(session), Sectors(session)
    for index, row in enumerate(rows):
        if index % CHECK_EVERY == 0:
            progress(index, len(rows))
        number = zeros.key(row.number, row.number_from_cell)
        wanted: dict[str, Any] = {"full_name_ar": row.name, "service_number": number}
        for item, column in _COLUMNS.items():
            if item in row.given:
                wanted[column] = getattr(row, column)
        reasons = _found(row, wanted, ranks, organisations, sectors)
        person = None if reasons else _person(stored.get(number, ()), wanted, organisations,
                                              row, reasons)
        if reasons:
            plan.rejected.append(Rejected(row.row, tuple(reasons), (), number))
            continue
        _compare(plan, row, number, person, wanted)
    plan.numbers_from_cells, plan.zeros_restored = zeros.from_numbers, zeros.restored
    return plan


def _found(row: PersonRow, wanted: dict[str, Any], ranks: _Ranks,
           organisations: _Organisations, sectors: Sectors) -> list[DomainError]:
    """The row's rank, organisation and home sector found in the room's lists (put into
    ``wanted``), or every reason one is not."""
    reasons: list[DomainError] = []
    try:
        if row.rank is not None:
            wanted["rank_id"], wanted["staff_qualified"] = ranks.find(row.rank)
    except DomainError as reason:
        reasons.append(reason)
    try:
        if row.organisation is not None:
            wanted["organisation_id"] = organisations.find(row.organisation)
    except DomainError as reason:
        reasons.append(reason)
    try:
        if row.home_sector is not None:
            wanted["home_sector_id"] = sectors.find(row.home_sector)
    except DomainError as reason:
        reasons.append(reason)
    return reasons


def _person(holders: Sequence[Any], wanted: dict[str, Any], organisations: _Organisations,
            row: PersonRow, reasons: list[DomainError]) -> Any | None:
    """The stored person this row is: the one holding its number, or, where forces each have
    one, the one of the row's organisation's force."""
    if len(holders) <= 1:
        return holders[0] if holders else None
    if "organisation_id" in wanted:
        force = organisations.force(wanted["organisation_id"])
        mine = [holder for holder in holders if holder.force_id == force]
        if len(mine) == 1:
            return mine[0]
    reasons.append(Invalid(
        "The service number {number} is held by more than one person ({names}); give the row "
        "the organisation of the one meant.", number=row.number,
        names="، ".join(holder.full_name_ar for holder in holders)))
    return None


def _compare(plan: PersonnelPlan, row: PersonRow, number: str, person: Any,
             wanted: dict[str, Any]) -> None:
    if person is None:
        plan.changes.append(PersonChange(row.row, number, None, None, PersonInput(
            full_name_ar=wanted.pop("full_name_ar"), **wanted)))
        return
    if all(getattr(person, column) == value for column, value in wanted.items()):
        plan.unchanged += 1
        return
    values = {column: getattr(person, column) for column in _STORED}
    values.update(wanted)
    plan.changes.append(PersonChange(row.row, number, person.id, person.version,
                                     PersonInput(**values)))


class _Refused(Exception):
    """A row the services refused while writing: the unit of work is undone."""

    def __init__(self, rejected: Rejected) -> None:
        super().__init__()
        self.rejected = rejected


def _write(session: Session, actor: Actor, plan: PersonnelPlan, table: Table, *,
           rejected: int, left_out: set[int], check: Callable[[int, int], None]
           ) -> list[PersonChange]:
    """Each change (but the rows ``left_out``) through the services; the first they refuse
    raises ``_Refused``, which undoes the unit of work. Returns the changes written.

    No savepoint per row: a savepoint's release is a commit to the session's events, so each
    would send its own change notice (and write its own change log entry)."""
    permissions.require(actor, permissions.REGISTRY)
    session.info[USER_KEY] = actor.username
    changes = [change for change in plan.changes if change.row not in left_out]
    # The services look each person's rank, organisation (and its parents) and sector up by
    # id; the session keeps only what is referenced, so without these a lookup per row would
    # query again (and flush what is pending first).
    held = [*session.scalars(select(Rank)), *session.scalars(select(Organisation)),
            *session.scalars(select(Sector))]
    for index, change in enumerate(changes):
        if index % CHECK_EVERY == 0:
            check(index, len(changes))
        try:
            if change.person_id is None:
                create_person(session, actor, change.data)
            else:
                update_person(session, actor, change.person_id, change.data, change.version)
        except Forbidden:
            raise
        except DomainError as reason:
            raise _Refused(with_cells(Rejected(change.row, (reason,), (), change.number),
                                      table)) from None
    audit.record(session, actor, "import", entity="people", changes={
        "file": table.file_name, "sheet": table.sheet,
        "created": sum(1 for c in changes if c.person_id is None),
        "updated": sum(1 for c in changes if c.person_id is not None),
        "unchanged": plan.unchanged, "rejected": rejected + len(left_out)})
    check(1, 1)
    session.flush()
    del held
    return changes


def import_personnel(db: Any, actor: Actor, source: Path | str | Table,
                     options: PersonnelOptions = PersonnelOptions(), *,
                     progress: Report | None = None,
                     cancelled: Callable[[], bool] | None = None) -> PersonnelResult:
    """Import a personnel sheet (a file, or a table ``read_sheet`` returned) into ``db``.

    A row the services refuse while writing undoes the unit of work; without
    ``skip_invalid`` that is the end (the row is reported, nothing is written), with it the
    work is planned and written again without that row, until the services refuse none."""
    steps = Steps(_SHARES, progress, cancelled)
    steps.stage("read", translate("ImportProgress", "Reading the file"))
    table, layout = table_and_layout(source, options.mapping, options.header_row, PERSONNEL)
    checked = check_people(table.rows, layout, progress=steps.stage(
        "check", translate("ImportProgress", "Checking the rows")))
    if not options.dry_run:  # a point to come back to, should the sheet prove wrong
        from desktop.storage.backups import automatic

        automatic(db, "import")
    refused: list[Rejected] = []
    while True:
        written: list[PersonChange] | None = None
        try:
            with (db.reader() if options.dry_run else db.session()) as session:
                plan = make_plan(session, checked.rows, progress=steps.stage(
                    "plan", translate("ImportProgress", "Comparing with the people recorded")))
                rejected = [*checked.rejected, *(with_cells(r, table) for r in plan.rejected)]
                left_out = {r.row for r in refused}
                if (not options.dry_run and (options.skip_invalid or not rejected)
                        and any(c.row not in left_out for c in plan.changes)):
                    written = _write(session, actor, plan, table, rejected=len(rejected),
                                     left_out=left_out,
                                     check=steps.stage("write", translate(
                                         "ImportProgress", "Writing the people")))
                steps.stop_if_asked()
            break
        except _Refused as refusal:
            refused.append(refusal.rejected)
            if not options.skip_invalid:
                break
    gone = {r.row for r in refused}
    changes = written if written is not None else [c for c in plan.changes
                                                   if c.row not in gone]
    return PersonnelResult(
        file_name=table.file_name, sheet=table.sheet, headers=layout.headers,
        header_row=layout.header_row + 1,
        created=sum(1 for c in changes if c.person_id is None),
        updated=sum(1 for c in changes if c.person_id is not None),
        unchanged=plan.unchanged,
        rejected=tuple(sorted([*rejected, *refused], key=lambda r: r.row)),
        written=bool(written), dry_run=options.dry_run, skip_invalid=options.skip_invalid,
        blank_rows=checked.blank_rows, numbers_from_cells=plan.numbers_from_cells,
        zeros_restored=plan.zeros_restored)
