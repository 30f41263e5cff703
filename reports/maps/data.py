"""What the map shows, read from the database in one unit of work: plain frozen records.

A map is of one election (the latest, if none is named): its centres with the commission's
facts, coloured by risk or, for a shift, by how well each is covered against its risk's
minimum (``desktop.services.coverage``); the posts; the election's incidents, placed at their
centre, their post or their area; the sectors, outlined by their areas' boundaries or else by
the hull of their centres; and the area outlines themselves, tied to the area tree.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from desktop.models import (
    AdministrativeArea,
    Centre,
    CentreStatus,
    Election,
    ElectionCentre,
    Incident,
    IncidentKind,
    IncidentStatus,
    Organisation,
    Post,
    PostKind,
    RiskLevel,
    Sector,
    SectorArea,
    Severity,
    Shift,
)
from desktop.services import coverage, validation
from desktop.services.centre_list import AreaPath, area_paths
from desktop.services.coverage import CoverageLevel
from desktop.services.errors import Invalid
from reports.maps import boundaries
from reports.maps.boundaries import AreaKey, Outline

DESCRIPTION_CHARS = 280


class Colouring(StrEnum):
    RISK = "risk"
    COVERAGE = "coverage"


@dataclass(frozen=True)
class MapRequest:
    election_id: int | None = None  # None: the latest election
    shift_id: int | None = None
    colour: Colouring = Colouring.RISK


@dataclass(frozen=True)
class CentrePoint:
    id: int
    code: str
    name: str
    area: str | None  # governorate - district - sub-district
    sector: str | None
    latitude: float
    longitude: float
    risk: RiskLevel | None
    stations: int | None
    voters: int | None
    status: CentreStatus | None
    coverage: coverage.CentreCoverage | None = None

    @property
    def coverage_level(self) -> CoverageLevel | None:
        return self.coverage.level if self.coverage is not None else None


@dataclass(frozen=True)
class PostPoint:
    id: int
    name: str
    kind: PostKind
    area: str | None
    sector: str | None
    latitude: float
    longitude: float


@dataclass(frozen=True)
class IncidentPoint:
    id: int
    kind: IncidentKind
    severity: Severity
    status: IncidentStatus
    occurred_at: datetime
    description: str
    place: str | None  # the centre, post or area it happened at
    latitude: float
    longitude: float


@dataclass(frozen=True)
class SectorShape:
    id: int
    name: str
    organisation: str | None
    geometry: dict[str, Any]
    by_areas: bool  # its areas' outlines (else the hull of its centres)


@dataclass(frozen=True)
class MapData:
    election_id: int | None
    election: str | None
    shift_id: int | None
    shift: str | None  # the shift's label
    shift_date: date | None
    colour: Colouring
    centres: tuple[CentrePoint, ...]
    unplaced: int  # centres of the election with no coordinates
    posts: tuple[PostPoint, ...] = ()
    incidents: tuple[IncidentPoint, ...] = ()
    sectors: tuple[SectorShape, ...] = ()
    outlines: tuple[Outline, ...] = field(default=())


def read(session: Session, request: MapRequest,
         room_outlines: Sequence[Outline] = ()) -> MapData:
    """Everything the map of ``request`` shows. ``room_outlines`` are the room's own
    boundaries (read from its file beforehand); the bundled ones fill in the rest."""
    colour = Colouring(request.colour)
    shift = None
    if request.shift_id is not None:
        shift = validation.required(session, Shift, request.shift_id, "Shift")
        if request.election_id is not None and request.election_id != shift.election_id:
            raise Invalid("The shift {shift} is not of the election {election}; choose a shift "
                          "of that election.", shift=shift.label, election=request.election_id)
    elif colour is Colouring.COVERAGE:
        raise Invalid("Colouring by coverage needs a shift: choose the shift to measure.")
    election = _election(session, shift.election_id if shift else request.election_id)
    paths = area_paths(session)
    sectors = dict(session.execute(select(Sector.id, Sector.name)).all())
    centres, unplaced = _centres(session, election, paths, sectors)
    if shift is not None and colour is Colouring.COVERAGE:
        measured = coverage.for_shift(session, shift.id)
        centres = [_with_coverage(c, measured.get(c.id)) for c in centres]
    area_keys = [AreaKey(id_, code, name_ar, name_en, level) for id_, code, name_ar, name_en,
                 level in session.execute(select(
                     AdministrativeArea.id, AdministrativeArea.code, AdministrativeArea.name_ar,
                     AdministrativeArea.name_en, AdministrativeArea.level))]
    outlines = boundaries.combine(boundaries.tie(room_outlines, area_keys),
                                  boundaries.tie(boundaries.bundled(), area_keys))
    parents = dict(session.execute(select(AdministrativeArea.id, AdministrativeArea.parent_id))
                   .all())
    places = _Places(session, outlines, parents)
    return MapData(
        election.id if election else None, election.name if election else None,
        shift.id if shift else None, shift.label if shift else None,
        shift.on_date if shift else None, colour,
        tuple(centres), unplaced, tuple(_posts(session, paths, sectors)),
        tuple(_incidents(session, election, places)),
        tuple(_sectors(session, centres, outlines)), tuple(outlines))


def shifts_of(session: Session, election_id: int | None) -> list[tuple[int, str]]:
    """The shifts of an election (of the latest, for None) for a chooser: day, label, hours."""
    election = _election(session, election_id)
    if election is None:
        return []
    rows = session.execute(select(Shift.id, Shift.on_date, Shift.label, Shift.starts_at,
                                  Shift.ends_at).where(Shift.election_id == election.id)
                           .order_by(Shift.on_date, Shift.starts_at, Shift.id))
    # the day and the hours isolated left to right, so an Arabic label does not reorder them
    return [(id_, f"\u2066{day.isoformat()}\u2069 — {label} "
                  f"(\u2066{starts:%H:%M}–{ends:%H:%M}\u2069)")
            for id_, day, label, starts, ends in rows]


def _election(session: Session, election_id: int | None) -> Election | None:
    if election_id is not None:
        return validation.required(session, Election, election_id, "Election")
    return session.scalars(select(Election).order_by(Election.polling_date.desc(),
                                                     Election.id.desc()).limit(1)).first()


def area_text(path: AreaPath | None) -> str | None:
    if path is None:
        return None
    return " - ".join(p for p in (path.governorate, path.district, path.subdistrict) if p) or None


def _centres(session: Session, election: Election | None, paths: dict[int, AreaPath],
             sectors: dict[int, str]) -> tuple[list[CentrePoint], int]:
    """The election's centres (every centre, with no facts, where there is no election)."""
    columns = (Centre.id, Centre.code, Centre.name, Centre.area_id, Centre.sector_id,
               Centre.latitude, Centre.longitude, ElectionCentre.risk, ElectionCentre.stations,
               ElectionCentre.voters, ElectionCentre.status)
    stmt = select(*columns).order_by(Centre.code)
    if election is None:
        stmt = stmt.outerjoin(ElectionCentre, ElectionCentre.id == -1)
    else:
        stmt = stmt.join(ElectionCentre, and_(ElectionCentre.centre_id == Centre.id,
                                              ElectionCentre.election_id == election.id))
    placed, unplaced = [], 0
    for (id_, code, name, area_id, sector_id, lat, lon, risk, stations, voters,
         status) in session.execute(stmt):
        if lat is None or lon is None:
            unplaced += 1
            continue
        placed.append(CentrePoint(
            id_, code, name, area_text(paths.get(area_id)) if area_id else None,
            sectors.get(sector_id) if sector_id else None, lat, lon, risk, stations, voters,
            status))
    return placed, unplaced


def _with_coverage(centre: CentrePoint, measured: coverage.CentreCoverage | None
                   ) -> CentrePoint:
    return CentrePoint(centre.id, centre.code, centre.name, centre.area, centre.sector,
                       centre.latitude, centre.longitude, centre.risk, centre.stations,
                       centre.voters, centre.status, measured)


def _posts(session: Session, paths: dict[int, AreaPath], sectors: dict[int, str]
           ) -> list[PostPoint]:
    rows = session.execute(
        select(Post.id, Post.name, Post.kind, Post.area_id, Post.sector_id, Post.latitude,
               Post.longitude).where(Post.latitude.is_not(None), Post.longitude.is_not(None))
        .order_by(Post.id))
    return [PostPoint(id_, name, kind, area_text(paths.get(area_id)) if area_id else None,
                      sectors.get(sector_id) if sector_id else None, lat, lon)
            for id_, name, kind, area_id, sector_id, lat, lon in rows]


class _Places:
    """Where an incident is drawn: at its centre, at its post, else in its area (the middle
    of the area's centres, or of its outline or the nearest outline above it)."""

    def __init__(self, session: Session, outlines: Sequence[Outline],
                 parents: dict[int, int | None]) -> None:
        self.session = session
        self.parents = parents
        self.outline_of = {o.area_id: o for o in outlines if o.area_id is not None}
        self._centres: dict[int, tuple[float, float, str]] | None = None
        self._posts: dict[int, tuple[float, float, str]] | None = None
        self._area_middles: dict[int, tuple[float, float]] | None = None
        self.area_names = dict(session.execute(
            select(AdministrativeArea.id, AdministrativeArea.name_ar)).all())

    def centre(self, centre_id: int) -> tuple[float, float, str] | None:
        if self._centres is None:
            self._centres = {id_: (lat, lon, f"{code} {name}") for id_, code, name, lat, lon in
                             self.session.execute(select(
                                 Centre.id, Centre.code, Centre.name, Centre.latitude,
                                 Centre.longitude).where(Centre.latitude.is_not(None)))}
        return self._centres.get(centre_id)

    def post(self, post_id: int) -> tuple[float, float, str] | None:
        if self._posts is None:
            self._posts = {id_: (lat, lon, name) for id_, name, lat, lon in self.session.execute(
                select(Post.id, Post.name, Post.latitude, Post.longitude)
                .where(Post.latitude.is_not(None)))}
        return self._posts.get(post_id)

    def area(self, area_id: int) -> tuple[float, float, str] | None:
        name = self.area_names.get(area_id, "")
        middle = self._middles().get(area_id)
        if middle is not None:
            return middle[0], middle[1], name
        seen = set()
        current: int | None = area_id
        while current is not None and current not in seen:
            seen.add(current)
            if current in self.outline_of:
                lat, lon = boundaries.middle(self.outline_of[current].geometry)
                return lat, lon, name
            current = self.parents.get(current)
        return None

    def _middles(self) -> dict[int, tuple[float, float]]:
        """The mean place of the centres in each area, the areas below it included."""
        if self._area_middles is None:
            sums: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
            for area_id, lat, lon in self.session.execute(
                    select(Centre.area_id, Centre.latitude, Centre.longitude)
                    .where(Centre.latitude.is_not(None), Centre.area_id.is_not(None))):
                current, seen = area_id, set()
                while current is not None and current not in seen:
                    seen.add(current)
                    total = sums[current]
                    total[0] += lat
                    total[1] += lon
                    total[2] += 1
                    current = self.parents.get(current)
            self._area_middles = {a: (s[0] / s[2], s[1] / s[2]) for a, s in sums.items()}
        return self._area_middles


def _incidents(session: Session, election: Election | None, places: _Places
               ) -> list[IncidentPoint]:
    stmt = select(Incident).order_by(Incident.occurred_at)
    if election is not None:
        stmt = stmt.where(Incident.election_id == election.id)
    found = []
    for incident in session.scalars(stmt):
        place = None
        if incident.centre_id is not None:
            place = places.centre(incident.centre_id)
        if place is None and incident.post_id is not None:
            place = places.post(incident.post_id)
        if place is None and incident.area_id is not None:
            place = places.area(incident.area_id)
        if place is None:
            continue
        description = incident.description or ""
        if len(description) > DESCRIPTION_CHARS:
            description = description[:DESCRIPTION_CHARS - 1].rstrip() + "…"
        found.append(IncidentPoint(incident.id, incident.kind, incident.severity,
                                   incident.status, incident.occurred_at, description,
                                   place[2] or None, place[0], place[1]))
    return found


def _sectors(session: Session, centres: Sequence[CentrePoint], outlines: Sequence[Outline]
             ) -> list[SectorShape]:
    outline_of = {o.area_id: o for o in outlines if o.area_id is not None}
    areas: dict[int, list[int]] = defaultdict(list)
    for sector_id, area_id in session.execute(select(SectorArea.sector_id, SectorArea.area_id)):
        areas[sector_id].append(area_id)
    points: dict[int, list[tuple[float, float]]] = defaultdict(list)
    sector_of = dict(session.execute(
        select(Centre.id, Centre.sector_id).where(Centre.sector_id.is_not(None))).all())
    for centre in centres:
        sector_id = sector_of.get(centre.id)
        if sector_id is not None:
            points[sector_id].append((centre.longitude, centre.latitude))
    shapes = []
    for sector_id, name, organisation in session.execute(
            select(Sector.id, Sector.name, Organisation.name_ar)
            .outerjoin(Organisation, Organisation.id == Sector.organisation_id)
            .order_by(Sector.name)):
        polygons = []
        for area_id in areas.get(sector_id, ()):
            if area_id in outline_of:
                geometry = outline_of[area_id].geometry
                coordinates = geometry["coordinates"]
                polygons += [coordinates] if geometry["type"] == "Polygon" else coordinates
        if polygons:
            shapes.append(SectorShape(sector_id, name, organisation,
                                      {"type": "MultiPolygon", "coordinates": polygons}, True))
            continue
        around = boundaries.hull_polygon(points.get(sector_id, ()))
        if around is not None:
            shapes.append(SectorShape(sector_id, name, organisation, around, False))
    return shapes
