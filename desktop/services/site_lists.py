"""The registry's other lists and one centre's form: the area tree, the sectors, the posts.

What the Centres area shows beside the centres' list (``centre_list``), as plain frozen rows
read in one unit of work, so no ORM object leaves its session or crosses into a window. The
lists are short (a country has some hundreds of areas, some dozens of sectors, some hundreds
of posts) and are read whole; a change elsewhere reads again the rows it names (``ids=``).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import (
    AdministrativeArea,
    AreaLevel,
    Centre,
    CentreKind,
    CentreStatus,
    Organisation,
    Post,
    PostKind,
    RiskLevel,
    Sector,
    SectorArea,
)
from desktop.services import validation
from desktop.services.sites import election_record
from desktop.text.arabic import normalise

PATH_SEPARATOR = " / "


@dataclass(frozen=True)
class AreaRow:
    id: int
    version: int
    parent_id: int | None
    level: AreaLevel
    name_ar: str
    name_en: str | None
    code: str | None
    path: str  # the area's names from the top of the tree down to it


def area_rows(session: Session) -> list[AreaRow]:
    """Every area of the tree, with its path, in the order they were made."""
    nodes = session.execute(
        select(AdministrativeArea.id, AdministrativeArea.version, AdministrativeArea.parent_id,
               AdministrativeArea.level, AdministrativeArea.name_ar, AdministrativeArea.name_en,
               AdministrativeArea.code).order_by(AdministrativeArea.id)).all()
    parents = {node.id: (node.parent_id, node.name_ar) for node in nodes}
    return [AreaRow(node.id, node.version, node.parent_id, node.level, node.name_ar,
                    node.name_en, node.code, _path(parents, node.id)) for node in nodes]


def _path(parents: dict[int, tuple[int | None, str]], area_id: int | None) -> str:
    names: list[str] = []
    seen: set[int] = set()
    while area_id is not None and area_id in parents and area_id not in seen:
        seen.add(area_id)
        area_id, name = parents[area_id]
        names.append(name)
    return PATH_SEPARATOR.join(reversed(names))


def _area_paths(session: Session) -> dict[int, str]:
    return {row.id: row.path for row in area_rows(session)}


@dataclass(frozen=True)
class SectorRow:
    id: int
    version: int
    name: str
    organisation_id: int | None
    organisation: str | None  # the responsible organisation's name
    area_ids: tuple[int, ...]
    areas: tuple[str, ...]  # the paths of the areas it covers
    notes: str | None
    centres: int  # how many centres lie in it
    posts: int
    search_key: str


def sector_rows(session: Session, ids: Collection[int] | None = None) -> list[SectorRow]:
    """The sectors (those of ``ids`` only, if given) by name, with what they cover."""
    stmt = (select(Sector, Organisation.name_ar)
            .outerjoin(Organisation, Organisation.id == Sector.organisation_id)
            .order_by(Sector.name, Sector.id))
    if ids is not None:
        stmt = stmt.where(Sector.id.in_(list(ids)))
    found = session.execute(stmt).all()
    wanted = [sector.id for sector, _name in found]
    paths = _area_paths(session)
    covered: dict[int, list[int]] = {}
    for sector_id, area_id in session.execute(
            select(SectorArea.sector_id, SectorArea.area_id)
            .where(SectorArea.sector_id.in_(wanted)).order_by(SectorArea.area_id)):
        covered.setdefault(sector_id, []).append(area_id)
    centres = _counts(session, Centre, wanted)
    posts = _counts(session, Post, wanted)
    rows = []
    for sector, organisation in found:
        area_ids = tuple(covered.get(sector.id, ()))
        areas = tuple(paths.get(a, "") for a in area_ids)
        rows.append(SectorRow(
            sector.id, sector.version, sector.name, sector.organisation_id, organisation,
            area_ids, areas, sector.notes, centres.get(sector.id, 0), posts.get(sector.id, 0),
            normalise(" ".join(filter(None, (sector.name, organisation, *areas))))))
    return rows


def _counts(session: Session, model: type[Centre] | type[Post],
            sector_ids: list[int]) -> dict[int, int]:
    return dict(session.execute(
        select(model.sector_id, func.count()).where(model.sector_id.in_(sector_ids))
        .group_by(model.sector_id)).all())


@dataclass(frozen=True)
class PostRow:
    id: int
    version: int
    kind: PostKind
    name: str
    area_id: int | None
    area: str | None  # its path
    sector_id: int | None
    sector: str | None
    latitude: float | None
    longitude: float | None
    notes: str | None
    search_key: str


def post_rows(session: Session, ids: Collection[int] | None = None) -> list[PostRow]:
    """The posts (those of ``ids`` only, if given) by name."""
    stmt = (select(Post, Sector.name).outerjoin(Sector, Sector.id == Post.sector_id)
            .order_by(Post.name, Post.id))
    if ids is not None:
        stmt = stmt.where(Post.id.in_(list(ids)))
    paths = _area_paths(session)
    rows = []
    for post, sector in session.execute(stmt):
        area = paths.get(post.area_id) if post.area_id is not None else None
        rows.append(PostRow(post.id, post.version, post.kind, post.name, post.area_id, area,
                            post.sector_id, sector, post.latitude, post.longitude, post.notes,
                            normalise(" ".join(filter(None, (post.name, area, sector))))))
    return rows


@dataclass(frozen=True)
class CommissionRecord:
    """The commission's facts of a centre for one election, with the version read."""

    id: int
    version: int
    risk: RiskLevel
    stations: int
    voters: int
    status: CentreStatus


@dataclass(frozen=True)
class CentreRecord:
    """One centre as its form edits it: what lasts, and (``facts``) what the commission says
    for the election asked, None if the centre is not in that election."""

    id: int
    version: int
    code: str
    name: str
    kind: CentreKind
    area_id: int | None
    sector_id: int | None
    address: str | None
    latitude: float | None
    longitude: float | None
    notes: str | None
    facts: CommissionRecord | None


def centre_record(session: Session, centre_id: int, election_id: int | None) -> CentreRecord:
    """The centre ``centre_id`` with the facts of ``election_id``; refused if it is gone."""
    centre = validation.required(session, Centre, centre_id, "Centre")
    record = election_record(session, election_id, centre_id) if election_id else None
    facts = CommissionRecord(record.id, record.version, record.risk, record.stations, record.voters,
                             record.status) if record is not None else None
    return CentreRecord(centre.id, centre.version, centre.code, centre.name, centre.kind,
                        centre.area_id, centre.sector_id, centre.address, centre.latitude,
                        centre.longitude, centre.notes, facts)
