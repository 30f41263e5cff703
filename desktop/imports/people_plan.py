"""What a personnel import would do, service number by service number, against the database
as it stands: read in one pass, compared in memory.

The people holding a service number are read in one query, the ranks, organisations and
sectors in one each. Each checked row finds there its rank (in either script, with or without
the article: «العميد» is «عميد», «الملازم الأول» is «ملازم أول»; a trailing «الركن» marks the
staff-qualified), its organisation (by name, English name or short name; a name two units
share is refused, naming them), its home sector and its person (a number held in two forces is
told apart by the row's organisation). What it would store is then checked by the people
service's own rules (``services.people.own_fields``: the names, the lengths, the phone, the
service number), the same call ``create_person`` and ``update_person`` make, so a dry run
rejects every row a real run would, for the same reason.

A field the sheet leaves empty keeps what is stored; a person whose record would not change
is unchanged, and nothing is written for them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.imports.people_rows import PersonField, PersonRow
from desktop.imports.plan import Sectors, Zeros
from desktop.imports.rows import CHECK_EVERY, Rejected
from desktop.models import Organisation, Person, Rank
from desktop.services.errors import DomainError, Invalid
from desktop.services.people import PersonInput, own_fields, search_key
from desktop.text.arabic import normalise

STAFF_WORD = normalise("ركن")

# The sheet's fields as the person's columns (the rank gives two: the rank, the «ركن»).
_COLUMNS: dict[StrEnum, str] = {
    PersonField.NAME_LATIN: "name_latin", PersonField.POSITION: "position_title",
    PersonField.PHONE: "phone", PersonField.ACTIVE: "active", PersonField.NOTES: "notes",
}
# A person's own columns: what ``PersonInput`` carries and ``own_fields`` checks.
STORED = ("full_name_ar", "name_latin", "honorific", "rank_id", "staff_qualified",
          "position_title", "service_number", "organisation_id", "phone", "notes", "active",
          "home_sector_id")


@dataclass(frozen=True)
class PersonChange:
    """What is written for one row: every column of a new person, or of a stored one (its
    version as read, for the stale-edit check), checked by the service's rules."""

    row: int
    number: str
    person_id: int | None  # None: a new person
    version: int | None
    fields: dict[str, Any]  # own_fields, with force_id and search_key


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
        self.names: dict[int, str] = {}
        for id_, name_ar, name_en in session.execute(select(Rank.id, Rank.name_ar,
                                                             Rank.name_en)):
            self.names[id_] = name_ar
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
        self.names = {row.id: (row.name_ar, row.short_name) for row in rows}
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
            under = "، ".join(f"{self.names[id_][0]} "
                              f"({self.names.get(self._parent[id_], ('-',))[0]})"
                              for id_ in found)
            raise Invalid("More than one organisation is named «{name}» ({organisations}); "
                          "write the one meant by its short name, or rename one of them "
                          "first.", name=written, organisations=under)
        return found[0]

    def force(self, organisation_id: int | None) -> int | None:
        """The root of the organisation's tree: the force a service number belongs to (what
        ``services.organisations.root_of`` finds, here without a query per row)."""
        node, seen = organisation_id, set()
        while node is not None and self._parent.get(node) is not None and node not in seen:
            seen.add(node)
            node = self._parent[node]
        return node


@dataclass
class _Lists:
    ranks: _Ranks
    organisations: _Organisations
    sectors: Sectors

    def complete(self, fields: dict[str, Any]) -> dict[str, Any]:
        """``own_fields`` with what the lists give: the force and the search key."""
        rank = self.ranks.names.get(fields["rank_id"]) if fields["rank_id"] else None
        name, short = (self.organisations.names[fields["organisation_id"]]
                       if fields["organisation_id"] else (None, None))
        return {**fields, "force_id": self.organisations.force(fields["organisation_id"]),
                "search_key": search_key(fields, rank, name, short)}


def make_plan(session: Session, rows: Sequence[PersonRow], *,
              progress: Callable[[int, int], None] = lambda done, total: None
              ) -> PersonnelPlan:
    plan = PersonnelPlan()
    stored: dict[str, list[Any]] = defaultdict(list)
    for person in session.execute(select(Person.id, Person.version, Person.force_id,
                                         *(getattr(Person, c) for c in STORED))
                                  .where(Person.service_number.is_not(None))):
        stored[person.service_number].append(person)
    zeros = Zeros(stored)
    lists = _Lists(_Ranks(session), _Organisations(session), Sectors(session))
    for index, row in enumerate(rows):
        if index % CHECK_EVERY == 0:
            progress(index, len(rows))
        number = zeros.key(row.number, row.number_from_cell)
        wanted: dict[str, Any] = {"full_name_ar": row.name, "service_number": number}
        for item, column in _COLUMNS.items():
            if item in row.given:
                wanted[column] = getattr(row, column)
        reasons = _found(row, wanted, lists)
        person = None if reasons else _person(stored.get(number, ()), wanted,
                                              lists.organisations, row, reasons)
        change = None if reasons else _compare(row, number, person, wanted, lists, reasons)
        if reasons:
            plan.rejected.append(Rejected(row.row, tuple(reasons), (), number))
        elif change is None:
            plan.unchanged += 1
        else:
            plan.changes.append(change)
    plan.numbers_from_cells, plan.zeros_restored = zeros.from_numbers, zeros.restored
    return plan


def _found(row: PersonRow, wanted: dict[str, Any], lists: _Lists) -> list[DomainError]:
    """The row's rank, organisation and home sector found in the room's lists (put into
    ``wanted``), or every reason one is not."""
    reasons: list[DomainError] = []
    try:
        if row.rank is not None:
            wanted["rank_id"], wanted["staff_qualified"] = lists.ranks.find(row.rank)
    except DomainError as reason:
        reasons.append(reason)
    try:
        if row.organisation is not None:
            wanted["organisation_id"] = lists.organisations.find(row.organisation)
    except DomainError as reason:
        reasons.append(reason)
    try:
        if row.home_sector is not None:
            wanted["home_sector_id"] = lists.sectors.find(row.home_sector)
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


def _compare(row: PersonRow, number: str, person: Any, wanted: dict[str, Any], lists: _Lists,
             reasons: list[DomainError]) -> PersonChange | None:
    """The change the row makes (None: the record would stay as it is), its values checked
    by the service's rules; a value they refuse is a reason of the row."""
    if person is not None and all(getattr(person, column) == value
                                  for column, value in wanted.items()):
        return None  # what the sheet says is stored already: no rule to ask
    values = {column: getattr(person, column) for column in STORED} if person else {}
    values.update(wanted)
    try:
        fields = own_fields(PersonInput(**values))
    except DomainError as reason:
        reasons.append(reason)
        return None
    if person is not None and all(getattr(person, column) == value
                                  for column, value in fields.items()):
        return None
    return PersonChange(row.row, number, person.id if person else None,
                        person.version if person else None, lists.complete(fields))
