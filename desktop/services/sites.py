"""Sectors of responsibility, centres and posts: the ground the room secures."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    AdministrativeArea,
    Centre,
    CentreKind,
    CentreStatus,
    Election,
    ElectionCentre,
    Organisation,
    Post,
    PostKind,
    RiskLevel,
    RiskMinimum,
    Sector,
)
from desktop.services import audit, permissions, validation
from desktop.services.actor import Actor
from desktop.services.errors import Conflict, Invalid


def coordinates(latitude: Any, longitude: Any) -> tuple[float | None, float | None]:
    """A point on the map, or none. Numbers only: a flag is not 1.0, and a text is read only if
    it is strictly a number (as import files write them, in either script's digits)."""
    lat = validation.number(latitude, validation.Term("Latitude"), required=False)
    lon = validation.number(longitude, validation.Term("Longitude"), required=False)
    if (lat is None) != (lon is None):
        raise Invalid("Give both latitude and longitude, or neither.")
    if lat is None or lon is None:
        return None, None
    if not -90 <= lat <= 90 or not -180 <= lon <= 180:
        raise Invalid("The coordinates {lat}, {lon} are not on the map.", lat=lat, lon=lon)
    return lat, lon


@dataclass
class SectorInput:
    name: str
    organisation_id: int | None = None
    area_ids: list[int] = field(default_factory=list)
    notes: str | None = None


def _apply_sector(session: Session, sector: Sector, data: SectorInput) -> None:
    validation.existing(session, Organisation, data.organisation_id, "Organisation")
    areas = [validation.required(session, AdministrativeArea, a, "Area")
             for a in data.area_ids or []]
    if len({area.id for area in areas}) != len(areas):
        raise Invalid("The same area is listed twice.")
    sector.name = validation.name(data.name, "Name", max_length=200)
    sector.organisation_id = data.organisation_id
    sector.notes = validation.text(data.notes, "Notes", max_length=20_000, required=False)
    sector.areas = areas


def create_sector(session: Session, actor: Actor, data: SectorInput) -> Sector:
    permissions.require(actor, permissions.DEPLOYMENT)
    sector = Sector()
    _apply_sector(session, sector, data)
    session.add(sector)
    audit.record(session, actor, "create", sector)
    return sector


def sector_values(sector: Sector) -> dict[str, Any]:
    """What an edit of a sector replaces: its columns and its areas, by id."""
    return validation.stored_values(sector) | {"area_ids": [a.id for a in sector.areas]}


def update_sector(session: Session, actor: Actor, sector_id: int, data: SectorInput, *,
                  expected_version: int | None = None) -> Sector:
    """Rename a sector or change its areas; refused if the copy edited is stale."""
    permissions.require(actor, permissions.DEPLOYMENT)
    sector = validation.editable(session, Sector, sector_id, "Sector", expected_version,
                                 stored=sector_values)
    before = [a.id for a in sector.areas]
    _apply_sector(session, sector, data)
    changes = audit.changed_fields(sector)
    after = [a.id for a in sector.areas]
    if after != before:
        changes["area_ids"] = [before, after]
    audit.record(session, actor, "update", sector, changes=changes or None)
    return sector


@dataclass
class CentreInput:
    """What lasts of a centre across elections."""

    code: str
    name: str
    kind: CentreKind | str = CentreKind.POLLING
    area_id: int | None = None
    sector_id: int | None = None
    address: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    notes: str | None = None


@dataclass
class CommissionFacts:
    """What the commission says of a centre for one election."""

    risk: RiskLevel | str = RiskLevel.LOW
    stations: int = 0
    voters: int = 0
    status: CentreStatus | str = CentreStatus.PLANNED


def _apply_centre(session: Session, centre: Centre, data: CentreInput) -> None:
    """Every rule checked (its queries run) before the first field is set: a query after a
    change flushes it, and the save would raise the version twice (what the user saw, plus
    two)."""
    code = validation.code(data.code, "Commission code", max_length=40)
    clash = session.scalar(
        select(Centre.id).where(Centre.code == code, Centre.id != (centre.id or -1))
    )
    if clash is not None:
        raise Conflict("Another centre already has the commission code {code}.", code=code)
    name = validation.name(data.name, "Name", max_length=300)
    kind = validation.choice(CentreKind, data.kind, "Centre kind")
    validation.existing(session, AdministrativeArea, data.area_id, "Area")
    validation.existing(session, Sector, data.sector_id, "Sector")
    address = validation.text(data.address, "Address", max_length=500, required=False)
    latitude, longitude = coordinates(data.latitude, data.longitude)
    notes = validation.text(data.notes, "Notes", max_length=20_000, required=False)
    centre.code, centre.name, centre.kind = code, name, kind
    centre.area_id, centre.sector_id = data.area_id, data.sector_id
    centre.address, centre.notes = address, notes
    centre.latitude, centre.longitude = latitude, longitude


def create_centre(session: Session, actor: Actor, data: CentreInput) -> Centre:
    permissions.require(actor, permissions.DEPLOYMENT)
    centre = Centre()
    _apply_centre(session, centre, data)
    session.add(centre)
    audit.record(session, actor, "create", centre)
    return centre


def update_centre(
    session: Session, actor: Actor, centre_id: int, data: CentreInput,
    expected_version: int | None = None,
) -> Centre:
    permissions.require(actor, permissions.DEPLOYMENT)
    centre = validation.editable(session, Centre, centre_id, "Centre", expected_version)
    _apply_centre(session, centre, data)
    audit.record(session, actor, "update", centre)
    return centre


def _apply_facts(record: ElectionCentre, data: CommissionFacts) -> None:
    record.risk = validation.choice(RiskLevel, data.risk, "Risk level")
    record.status = validation.choice(CentreStatus, data.status, "Status")
    record.stations = validation.not_negative(data.stations, "Stations")
    record.voters = validation.not_negative(data.voters, "Voters")


def election_record(session: Session, election_id: int, centre_id: int) -> ElectionCentre | None:
    return session.scalar(select(ElectionCentre).where(
        ElectionCentre.election_id == election_id, ElectionCentre.centre_id == centre_id))


def record_for_election(
    session: Session, actor: Actor, election_id: int, centre_id: int, data: CommissionFacts,
    expected_version: int | None = None,
) -> ElectionCentre:
    """Set the commission's facts of a centre for an election: the first time creates the
    record, later times update it, refused if the copy edited is stale."""
    permissions.require(actor, permissions.DEPLOYMENT)
    validation.required(session, Election, election_id, "Election")
    validation.required(session, Centre, centre_id, "Centre")
    existing = election_record(session, election_id, centre_id)
    if existing is None:
        record = ElectionCentre(election_id=election_id, centre_id=centre_id)
        _apply_facts(record, data)
        session.add(record)
        session.flush()
        audit.record(session, actor, "create", record)
        return record
    record = validation.editable(session, ElectionCentre, existing.id, "Centre",
                                 expected_version)
    _apply_facts(record, data)
    audit.record(session, actor, "update", record)
    return record


@dataclass
class MinimumInput:
    officers: int = 0
    vehicles: int = 0
    rapid_response: bool = False


# What a room starts with; each room edits its own in the settings.
DEFAULT_MINIMUMS: dict[RiskLevel, MinimumInput] = {
    RiskLevel.LOW: MinimumInput(2, 0, False),
    RiskLevel.MEDIUM: MinimumInput(4, 0, False),
    RiskLevel.HIGH: MinimumInput(8, 1, False),
    RiskLevel.CRITICAL: MinimumInput(12, 1, True),
}


def minimums(session: Session) -> dict[RiskLevel, RiskMinimum]:
    """Every risk level's minimum; a level missing from the table (a database that someone
    emptied by hand) reads as the default rather than as no protection at all, with version 0
    so that an edit of it is refused if someone stores that level meanwhile."""
    stored = {row.risk: row for row in session.scalars(select(RiskMinimum))}
    for risk, default in DEFAULT_MINIMUMS.items():
        if risk not in stored:
            stored[risk] = RiskMinimum(risk=risk, officers=default.officers,
                                       vehicles=default.vehicles,
                                       rapid_response=default.rapid_response, version=0)
    return {risk: stored[risk] for risk in RiskLevel}


def set_minimum(session: Session, actor: Actor, risk: RiskLevel | str, data: MinimumInput,
                expected_version: int | None = None) -> RiskMinimum:
    """Change the least protection of one risk level; refused if the copy edited is stale."""
    permissions.require(actor, permissions.DEPLOYMENT)
    level = validation.choice(RiskLevel, risk, "Risk level")
    row_id = session.scalar(select(RiskMinimum.id).where(RiskMinimum.risk == level))
    if row_id is None:
        row = RiskMinimum(risk=level)
        session.add(row)
        action = "create"
    else:
        row = validation.editable(session, RiskMinimum, row_id, "Minimum protection",
                                  expected_version)
        action = "update"
    row.officers = validation.not_negative(data.officers, "Officers")
    row.vehicles = validation.not_negative(data.vehicles, "Vehicles")
    row.rapid_response = validation.flag(data.rapid_response, "Rapid-response cover",
                                         default=False)
    session.flush()
    audit.record(session, actor, action, row)
    return row


@dataclass
class PostInput:
    name: str
    kind: PostKind | str = PostKind.CHECKPOINT
    area_id: int | None = None
    sector_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    notes: str | None = None


def _apply_post(session: Session, post: Post, data: PostInput) -> None:
    validation.existing(session, AdministrativeArea, data.area_id, "Area")
    validation.existing(session, Sector, data.sector_id, "Sector")
    post.latitude, post.longitude = coordinates(data.latitude, data.longitude)
    post.name = validation.name(data.name, "Name", max_length=300)
    post.kind = validation.choice(PostKind, data.kind, "Post kind")
    post.area_id, post.sector_id = data.area_id, data.sector_id
    post.notes = validation.text(data.notes, "Notes", max_length=20_000, required=False)


def create_post(session: Session, actor: Actor, data: PostInput) -> Post:
    permissions.require(actor, permissions.DEPLOYMENT)
    post = Post()
    _apply_post(session, post, data)
    session.add(post)
    audit.record(session, actor, "create", post)
    return post


def update_post(session: Session, actor: Actor, post_id: int, data: PostInput, *,
                expected_version: int | None = None) -> Post:
    """Move or rename a checkpoint or other post; refused if the copy edited is stale."""
    permissions.require(actor, permissions.DEPLOYMENT)
    post = validation.editable(session, Post, post_id, "Post", expected_version)
    _apply_post(session, post, data)
    audit.record(session, actor, "update", post)
    return post
