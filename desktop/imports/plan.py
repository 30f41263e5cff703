"""What an import would do, code by code, against the database as it stands.

Each checked row finds its centre by code. A code the workbook stored as a number (123) that
matches no stored code is matched to the one stored code that differs from it only by leading
zeros («00123»), since that is what Excel does to a code typed into a general cell. The row's
sector must be one of the room's (sectors are the police's division of the ground, never the
commission's: a sector the room does not have rejects the row, naming it); its areas are found
in the tree or planned.

A field the sheet leaves empty keeps what is stored; a new centre takes the services'
defaults (a polling centre; low risk, no stations or voters, planned). A centre whose lasting
facts and whose record for the election would not change is unchanged: nothing is written for
it, so importing the same sheet twice bumps no version and writes no audit entry.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.imports.areas import AreaTree, PlannedArea
from desktop.imports.election import ElectionChoice
from desktop.imports.fields import AREA_FIELDS, Field
from desktop.imports.rows import CHECK_EVERY, Rejected, RowNumbers, SheetRow
from desktop.models import (
    Centre,
    CentreKind,
    CentreStatus,
    ElectionCentre,
    RiskLevel,
    Sector,
)
from desktop.services.errors import DomainError, Invalid
from desktop.text.arabic import normalise

# The sheet's fields as the centre's and the election record's columns.
CENTRE_COLUMNS: dict[Field, str] = {
    Field.NAME: "name", Field.KIND: "kind", Field.ADDRESS: "address", Field.NOTES: "notes",
}
FACT_COLUMNS: dict[Field, str] = {
    Field.RISK: "risk", Field.STATIONS: "stations", Field.VOTERS: "voters",
    Field.STATUS: "status",
}
NEW_CENTRE: dict[str, Any] = {
    "kind": CentreKind.POLLING, "area_id": None, "sector_id": None, "address": None,
    "latitude": None, "longitude": None, "notes": None,
}
NEW_FACTS: dict[str, Any] = {
    "risk": RiskLevel.LOW, "stations": 0, "voters": 0, "status": CentreStatus.PLANNED,
}
_STORED = (Centre.id, Centre.code, Centre.name, Centre.kind, Centre.area_id, Centre.sector_id,
           Centre.address, Centre.latitude, Centre.longitude, Centre.notes)


@dataclass(frozen=True)
class CentreChange:
    """What is written for one code: the centre's columns (all of a new one, the changed ones
    of a stored one) and the election record's."""

    row: int
    code: str
    centre_id: int | None  # None: a new centre
    centre: dict[str, Any]
    record_id: int | None  # None: no record for this election yet
    facts: dict[str, Any]
    before: dict[str, Any] = field(default_factory=dict)  # old values of changed columns


@dataclass
class Plan:
    election: ElectionChoice
    changes: list[CentreChange] = field(default_factory=list)
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    areas: list[PlannedArea] = field(default_factory=list)
    zeros_restored: int = 0  # codes stored as numbers, matched to a stored code with zeros
    codes_from_numbers: int = 0


class Zeros:
    """The stored keys (codes, service numbers) a key the workbook stored as a number may
    be: «123» that matches no stored key is the one stored key that differs from it only by
    its leading zeros («00123»), since that is what Excel does to «00123» typed into a
    general cell. Counts how many keys came as numbers, and how many found their zeros."""

    def __init__(self, stored: Mapping[str, Any]) -> None:
        self._stored = stored
        self._with_zeros: dict[str, list[str]] = defaultdict(list)
        for key in stored:
            if key.startswith("0") and key.lstrip("0"):
                self._with_zeros[key.lstrip("0")].append(key)
        self.from_numbers = 0
        self.restored = 0

    def key(self, key: str, from_number: bool) -> str:
        if not from_number:
            return key
        self.from_numbers += 1
        if key not in self._stored and len(self._with_zeros.get(key, ())) == 1:
            self.restored += 1
            return self._with_zeros[key][0]
        return key


class Sectors:
    """The room's sectors by name (normalised); a name that is none of them, or more than one,
    is refused in words. The centres' sector and the personnel's home sector are found so."""

    def __init__(self, session: Session) -> None:
        self._by_name: dict[str, list[int]] = defaultdict(list)
        for id_, name in session.execute(select(Sector.id, Sector.name)):
            self._by_name[normalise(name)].append(id_)
        self._asked: dict[str, list[int]] = {}  # by the name as written: a column repeats

    def find(self, name: str) -> int:
        found = self._asked.get(name)
        if found is None:
            found = self._asked[name] = self._by_name.get(normalise(name), [])
        if not found:
            raise Invalid("The sector «{name}» is not one of the room's sectors; add it to "
                          "the sectors first (the sectors are the police's, not the "
                          "commission's), or correct the sheet.", name=name)
        if len(found) > 1:
            raise Invalid("More than one sector is named «{name}»; rename one of them first.",
                          name=name)
        return found[0]


def make_plan(session: Session, rows: Sequence[SheetRow], election: ElectionChoice, *,
              progress: Callable[[int, int], None] = lambda done, total: None) -> Plan:
    plan = Plan(election)
    stored = {row.code: row for row in session.execute(select(*_STORED))}
    zeros = Zeros(stored)
    records = {row.centre_id: row for row in session.execute(
        select(ElectionCentre.id, ElectionCentre.centre_id, ElectionCentre.risk,
               ElectionCentre.stations, ElectionCentre.voters, ElectionCentre.status)
        .where(ElectionCentre.election_id == election.id))}
    sectors = Sectors(session)
    tree = AreaTree(session)
    placed: list[tuple[SheetRow, str, int | None, int | None]] = []
    for index, row in enumerate(rows):
        if index % CHECK_EVERY == 0:
            progress(index, len(rows))
        code = zeros.key(row.code, row.code_from_number)
        try:
            sector_id = sectors.find(row.sector) if row.sector else None
            area_id = tree.resolve(row.areas)
        except DomainError as reason:
            plan.rejected.append(Rejected(row.row, (reason,), (), code))
            continue
        placed.append((row, code, sector_id, area_id))
    for row, code, sector_id, area_id in _once_each(placed, plan):
        known = stored.get(code)
        if known is not None and tree.beneath(known.area_id, area_id):
            # The sheet stops above the centre's place (its sub-district left empty, or no
            # such column): it says nothing of the level below, which stays as stored.
            area_id = known.area_id
        _compare(plan, row, code, known, sector_id, area_id, records)
    used = {change.centre.get("area_id") for change in plan.changes}
    plan.areas = [area for area in tree.planned if _needed(area, used, tree.planned)]
    plan.codes_from_numbers, plan.zeros_restored = zeros.from_numbers, zeros.restored
    return plan


def _needed(area: PlannedArea, used: set[Any], planned: list[PlannedArea]) -> bool:
    """A planned area some written centre stands in, or an ancestor of one."""
    below = {area.key}
    for other in planned:  # planned parents come before their children
        if other.parent in below:
            below.add(other.key)
    return bool(below & used)


def _once_each(placed: list[tuple[SheetRow, str, int | None, int | None]], plan: Plan):
    """Two rows that came to one stored code (123 matched to «00123», and «00123» itself)
    are rejected both, as two rows of one code are."""
    on_rows: dict[str, list[int]] = defaultdict(list)
    for row, code, _sector, _area in placed:
        on_rows[code].append(row.row)
    for item in placed:
        rows = on_rows[item[1]]
        if len(rows) == 1:
            yield item
            continue
        plan.rejected.append(Rejected(item[0].row, (Invalid(
            "The code {code} is on rows {rows} of the sheet; a centre is listed once.",
            code=item[1], rows=RowNumbers(rows)),), (), item[1]))


def _compare(plan: Plan, row: SheetRow, code: str, stored: Any, sector_id: int | None,
             area_id: int | None, records: dict[int, Any]) -> None:
    given = row.given
    wanted: dict[str, Any] = {column: getattr(row, column)
                              for item, column in CENTRE_COLUMNS.items() if item in given}
    wanted["name"] = row.name
    if Field.SECTOR in given:
        wanted["sector_id"] = sector_id
    if given & set(AREA_FIELDS):
        wanted["area_id"] = area_id
    if Field.LATITUDE in given and Field.LONGITUDE in given:
        wanted["latitude"], wanted["longitude"] = row.latitude, row.longitude
    facts = {column: getattr(row, column)
             for item, column in FACT_COLUMNS.items() if item in given}
    if stored is None:
        plan.created += 1
        plan.changes.append(CentreChange(row.row, code, None, {**NEW_CENTRE, **wanted}, None,
                                         {**NEW_FACTS, **facts}))
        return
    centre = {column: value for column, value in wanted.items()
              if getattr(stored, column) != value}
    before = {column: getattr(stored, column) for column in centre}
    record = records.get(stored.id)
    if record is None:
        new_facts = {**NEW_FACTS, **facts}
    else:
        new_facts = {column: value for column, value in facts.items()
                     if getattr(record, column) != value}
    if not centre and record is not None and not new_facts:
        plan.unchanged += 1
        return
    plan.updated += 1
    plan.changes.append(CentreChange(row.row, code, stored.id, centre,
                                     record.id if record is not None else None, new_facts,
                                     before))
