"""How well each centre is covered in a shift, against the minimum of its risk level.

The map colours centres by it and the assignment board totals it. A centre counts the people
assigned to it in the shift (each named person, and every member and leader of an assigned
detachment, once), the vehicles, and whether rapid-response cover reaches it: a rapid-response
assignment at the centre itself, or a manned rapid-response post of its sector or of an area
that holds it. Only the centres of the shift's election (those with the commission's record
for it) are measured; a closed or suspended centre needs no guard and is left out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    AdministrativeArea,
    Assignment,
    AssignmentRole,
    Centre,
    CentreStatus,
    ElectionCentre,
    Post,
    PostKind,
    RiskLevel,
    Shift,
)
from desktop.services import duty, sites, validation


class CoverageLevel(StrEnum):
    FULL = "full"
    PARTIAL = "partial"
    NONE = "none"


@dataclass(frozen=True)
class CentreCoverage:
    centre_id: int
    risk: RiskLevel
    officers: int
    vehicles: int
    rapid_response: bool
    officers_needed: int
    vehicles_needed: int
    rapid_response_needed: bool

    @property
    def level(self) -> CoverageLevel:
        if self.officers == 0 and self.vehicles == 0:
            return CoverageLevel.NONE
        if (self.officers >= self.officers_needed and self.vehicles >= self.vehicles_needed
                and (self.rapid_response or not self.rapid_response_needed)):
            return CoverageLevel.FULL
        return CoverageLevel.PARTIAL

    @property
    def missing(self) -> tuple[int, int, bool]:
        """Officers and vehicles still wanting, and whether rapid-response cover is."""
        return (max(0, self.officers_needed - self.officers),
                max(0, self.vehicles_needed - self.vehicles),
                self.rapid_response_needed and not self.rapid_response)


_UNGUARDED = (CentreStatus.CLOSED, CentreStatus.SUSPENDED)


def for_shift(session: Session, shift_id: int) -> dict[int, CentreCoverage]:
    """Every centre of the shift's election with what it has and what it needs, by id."""
    shift = validation.required(session, Shift, shift_id, "Shift")
    needed = sites.minimums(session)
    records = session.execute(
        select(ElectionCentre.centre_id, ElectionCentre.risk, Centre.sector_id, Centre.area_id)
        .join(Centre, Centre.id == ElectionCentre.centre_id)
        .where(ElectionCentre.election_id == shift.election_id,
               ElectionCentre.status.not_in(_UNGUARDED))).all()
    people: dict[int, set[int]] = defaultdict(set)
    vehicles: dict[int, set[int]] = defaultdict(set)
    rapid_at: set[int] = set()
    rows = duty.plain_rows(session, select(
        Assignment.centre_id, Assignment.person_id, Assignment.detachment_id,
        Assignment.vehicle_id, duty.as_text(Assignment.role))
        .where(Assignment.shift_id == shift_id, Assignment.centre_id.is_not(None)))
    crews = duty.crews(session, {r.detachment_id for r in rows if r.detachment_id})
    for centre_id, person_id, detachment_id, vehicle_id, role in rows:
        if person_id is not None:
            people[centre_id].add(person_id)
        if detachment_id is not None:
            people[centre_id].update(crews.get(detachment_id, ()))
        if vehicle_id is not None:
            vehicles[centre_id].add(vehicle_id)
        if role == AssignmentRole.RAPID_RESPONSE:
            rapid_at.add(centre_id)
    rapid_sectors, rapid_areas = _rapid_posts(session, shift_id)
    parents = {id_: parent for id_, parent in session.execute(
        select(AdministrativeArea.id, AdministrativeArea.parent_id))}
    result = {}
    for centre_id, risk, sector_id, area_id in records:
        minimum = needed[risk]
        covered = centre_id in rapid_at or rapid_reaches(sector_id, area_id, rapid_sectors,
                                                         rapid_areas, parents)
        result[centre_id] = CentreCoverage(
            centre_id, risk, len(people[centre_id]), len(vehicles[centre_id]), covered,
            minimum.officers, minimum.vehicles, minimum.rapid_response)
    return result


def _rapid_posts(session: Session, shift_id: int) -> tuple[set[int], set[int]]:
    """The sectors and areas with a rapid-response post manned in the shift."""
    manned = session.execute(
        select(Post.sector_id, Post.area_id).join(Assignment, Assignment.post_id == Post.id)
        .where(Assignment.shift_id == shift_id, Post.kind == PostKind.RAPID_RESPONSE)).all()
    return ({s for s, _ in manned if s is not None}, {a for _, a in manned if a is not None})


def rapid_reaches(sector_id: int | None, area_id: int | None, sectors: Collection[int],
                  areas: Collection[int], parents: Mapping[int, int | None]) -> bool:
    """Whether a rapid-response post manned in one of ``sectors`` or ``areas`` reaches a
    centre of this sector and area: one of its own sector, or of an area that holds it."""
    return ((sector_id is not None and sector_id in sectors)
            or any(a in areas for a in lineage(area_id, parents)))


def lineage(area_id: int | None, parents: Mapping[int, int | None]) -> list[int]:
    """The area (or organisation: any tree kept as child → parent) and every one above it,
    nearest first (a cycle, which the tree forbids but a hand-edited database might hold,
    ends the walk)."""
    seen: list[int] = []
    while area_id is not None and area_id not in seen:
        seen.append(area_id)
        area_id = parents.get(area_id)
    return seen


@dataclass(frozen=True)
class Totals:
    centres: int
    full: int
    partial: int
    none: int
    officers_missing: int
    vehicles_missing: int


def totals(coverage: dict[int, CentreCoverage]) -> Totals:
    levels = [c.level for c in coverage.values()]
    return Totals(
        len(levels), levels.count(CoverageLevel.FULL), levels.count(CoverageLevel.PARTIAL),
        levels.count(CoverageLevel.NONE), sum(c.missing[0] for c in coverage.values()),
        sum(c.missing[1] for c in coverage.values()))
