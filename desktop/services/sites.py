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
    Organisation,
    Post,
    PostKind,
    RiskLevel,
    Sector,
)
from desktop.services import audit, permissions, validation
from desktop.services.actor import Actor
from desktop.services.errors import Conflict, Invalid


def _coordinates(latitude: Any, longitude: Any) -> tuple[float | None, float | None]:
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


def create_sector(session: Session, actor: Actor, data: SectorInput) -> Sector:
    permissions.require(actor, permissions.DEPLOYMENT)
    validation.existing(session, Organisation, data.organisation_id, "Organisation")
    areas = [validation.required(session, AdministrativeArea, a, "Area")
             for a in data.area_ids or []]
    if len({area.id for area in areas}) != len(areas):
        raise Invalid("The same area is listed twice.")
    sector = Sector(
        name=validation.text(data.name, "Name", max_length=200),
        organisation_id=data.organisation_id,
        notes=validation.text(data.notes, "Notes", max_length=20_000, required=False),
        areas=areas,
    )
    session.add(sector)
    audit.record(session, actor, "create", sector)
    return sector


@dataclass
class CentreInput:
    code: str
    name: str
    kind: CentreKind | str = CentreKind.POLLING
    risk: RiskLevel | str = RiskLevel.LOW
    area_id: int | None = None
    sector_id: int | None = None
    address: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    stations: int = 0
    voters: int = 0
    status: CentreStatus | str = CentreStatus.PLANNED
    notes: str | None = None


def _apply_centre(session: Session, centre: Centre, data: CentreInput) -> None:
    code = validation.code(data.code, "Commission code", max_length=40)
    clash = session.scalar(
        select(Centre.id).where(Centre.code == code, Centre.id != (centre.id or -1))
    )
    if clash is not None:
        raise Conflict("Another centre already has the commission code {code}.", code=code)
    centre.code = code
    centre.name = validation.text(data.name, "Name", max_length=300)
    centre.kind = validation.choice(CentreKind, data.kind, "Centre kind")
    centre.risk = validation.choice(RiskLevel, data.risk, "Risk level")
    centre.status = validation.choice(CentreStatus, data.status, "Status")
    validation.existing(session, AdministrativeArea, data.area_id, "Area")
    validation.existing(session, Sector, data.sector_id, "Sector")
    centre.area_id, centre.sector_id = data.area_id, data.sector_id
    centre.address = validation.text(data.address, "Address", max_length=500, required=False)
    centre.latitude, centre.longitude = _coordinates(data.latitude, data.longitude)
    centre.stations = validation.not_negative(data.stations, "Stations")
    centre.voters = validation.not_negative(data.voters, "Voters")
    centre.notes = validation.text(data.notes, "Notes", max_length=20_000, required=False)


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
    centre = validation.required(session, Centre, centre_id, "Centre")
    validation.expect_version(centre, expected_version)
    _apply_centre(session, centre, data)
    audit.record(session, actor, "update", centre)
    return centre


@dataclass
class PostInput:
    name: str
    kind: PostKind | str = PostKind.CHECKPOINT
    area_id: int | None = None
    sector_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    notes: str | None = None


def create_post(session: Session, actor: Actor, data: PostInput) -> Post:
    permissions.require(actor, permissions.DEPLOYMENT)
    validation.existing(session, AdministrativeArea, data.area_id, "Area")
    validation.existing(session, Sector, data.sector_id, "Sector")
    lat, lon = _coordinates(data.latitude, data.longitude)
    post = Post(
        name=validation.text(data.name, "Name", max_length=300),
        kind=validation.choice(PostKind, data.kind, "Post kind"),
        area_id=data.area_id,
        sector_id=data.sector_id,
        latitude=lat,
        longitude=lon,
        notes=validation.text(data.notes, "Notes", max_length=20_000, required=False),
    )
    session.add(post)
    audit.record(session, actor, "create", post)
    return post
