"""The centres of the room as the registry lists them: one row per centre, for one election.

A room holds some thousands of centres (8,000 for a country), a few megabytes of text. The
list reads them all in one query and the interface filters and sorts them in memory, which is
faster per keystroke than a query would be across the room's network; a change elsewhere is
shown by reading again the rows of the ids it names (``ids=``). Each row carries the area it
lies in down from the governorate, its sector and the sector's responsible organisation, the
commission's facts for the election asked (none if the centre is not in that election), and
a search key normalised the way every search of the program compares.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from desktop.models import (
    AdministrativeArea,
    AreaLevel,
    Centre,
    CentreKind,
    CentreStatus,
    ElectionCentre,
    Organisation,
    RiskLevel,
    Sector,
)
from desktop.text.arabic import normalise


@dataclass(frozen=True)
class CentreRow:
    id: int
    version: int
    code: str
    name: str
    kind: CentreKind
    area_id: int | None
    governorate: str | None
    district: str | None
    subdistrict: str | None
    sector_id: int | None
    sector: str | None
    organisation: str | None  # the sector's responsible organisation
    address: str | None
    latitude: float | None
    longitude: float | None
    # The commission's facts for the election asked; None where the centre is not in it.
    record_id: int | None
    record_version: int | None
    risk: RiskLevel | None
    stations: int | None
    voters: int | None
    status: CentreStatus | None
    search_key: str

    @property
    def in_election(self) -> bool:
        return self.record_id is not None


@dataclass(frozen=True)
class AreaPath:
    governorate: str | None
    district: str | None
    subdistrict: str | None


def area_paths(session: Session) -> dict[int, AreaPath]:
    """Each area's governorate, district and sub-district names (a municipality counts under
    its sub-district), read in one pass over the tree."""
    nodes = {id_: (parent, level, name) for id_, parent, level, name in session.execute(
        select(AdministrativeArea.id, AdministrativeArea.parent_id, AdministrativeArea.level,
               AdministrativeArea.name_ar))}
    paths = {}
    for id_ in nodes:
        found: dict[AreaLevel, str] = {}
        seen, current = set(), id_
        while current is not None and current in nodes and current not in seen:
            seen.add(current)
            parent, level, name = nodes[current]
            found.setdefault(level, name)
            current = parent
        paths[id_] = AreaPath(found.get(AreaLevel.GOVERNORATE), found.get(AreaLevel.DISTRICT),
                              found.get(AreaLevel.SUBDISTRICT))
    return paths


_NO_PATH = AreaPath(None, None, None)


def centre_rows(session: Session, election_id: int | None,
                ids: Collection[int] | None = None) -> list[CentreRow]:
    """The centres (those of ``ids`` only, if given) in code order, with the facts of
    ``election_id`` (None: no election chosen, so no facts)."""
    stmt = (
        select(Centre, ElectionCentre, Sector.name, Organisation.name_ar)
        .outerjoin(ElectionCentre, and_(ElectionCentre.centre_id == Centre.id,
                                        ElectionCentre.election_id == (election_id or -1)))
        .outerjoin(Sector, Sector.id == Centre.sector_id)
        .outerjoin(Organisation, Organisation.id == Sector.organisation_id)
        .order_by(Centre.code))
    if ids is not None:
        stmt = stmt.where(Centre.id.in_(list(ids)))
    paths = area_paths(session)
    rows = []
    for centre, record, sector, organisation in session.execute(stmt):
        path = paths.get(centre.area_id, _NO_PATH) if centre.area_id else _NO_PATH
        key = normalise(" ".join(filter(None, (
            centre.code, centre.name, path.governorate, path.district, path.subdistrict,
            sector, centre.address))))
        rows.append(CentreRow(
            centre.id, centre.version, centre.code, centre.name, centre.kind, centre.area_id,
            path.governorate, path.district, path.subdistrict, centre.sector_id, sector,
            organisation, centre.address, centre.latitude, centre.longitude,
            record.id if record else None, record.version if record else None,
            record.risk if record else None, record.stations if record else None,
            record.voters if record else None, record.status if record else None, key))
    return rows
