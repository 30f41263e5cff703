"""The organisation tree and the administrative-area tree."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.models import (
    AdministrativeArea,
    AreaLevel,
    Organisation,
    OrganisationKind,
    Person,
    utcnow,
)
from desktop.services import audit, locks, permissions, validation
from desktop.services.actor import Actor
from desktop.services.errors import Conflict, Invalid

# Which level may sit under which: a municipality (Libya) may stand under a governorate or a
# district; the Iraqi chain is governorate → district → sub-district.
_AREA_PARENTS: dict[AreaLevel, tuple[AreaLevel | None, ...]] = {
    AreaLevel.GOVERNORATE: (None,),
    AreaLevel.DISTRICT: (AreaLevel.GOVERNORATE,),
    AreaLevel.SUBDISTRICT: (AreaLevel.DISTRICT,),
    AreaLevel.MUNICIPALITY: (AreaLevel.GOVERNORATE, AreaLevel.DISTRICT, None),
}


@dataclass
class OrganisationInput:
    name_ar: str
    kind: OrganisationKind | str
    parent_id: int | None = None
    name_en: str | None = None
    short_name: str | None = None
    area_id: int | None = None


def _apply_organisation(session: Session, org: Organisation, data: OrganisationInput) -> None:
    org.name_ar = validation.name(data.name_ar, "Name", max_length=300)
    org.kind = validation.choice(OrganisationKind, data.kind, "Organisation kind")
    org.name_en = validation.name(data.name_en, "English name", max_length=300, required=False)
    org.short_name = validation.name(data.short_name, "Short name", max_length=100, required=False)
    validation.existing(session, AdministrativeArea, data.area_id, "Area")
    org.area_id = data.area_id
    parent = validation.existing(session, Organisation, data.parent_id, "Parent organisation")
    if parent is not None and org.id is not None:
        node: Organisation | None = parent
        while node is not None:
            if node.id == org.id:
                raise Invalid("An organisation cannot be placed under itself or its own units.")
            node = node.parent
    org.parent_id = data.parent_id


def create_organisation(session: Session, actor: Actor, data: OrganisationInput) -> Organisation:
    permissions.require(actor, permissions.REGISTRY)
    org = Organisation()
    _apply_organisation(session, org, data)
    session.add(org)
    audit.record(session, actor, "create", org)
    return org


def update_organisation(
    session: Session,
    actor: Actor,
    organisation_id: int,
    data: OrganisationInput,
    expected_version: int | None = None,
) -> Organisation:
    """Change an organisation, perhaps moving it in the tree; refused if the copy edited is
    stale.

    One edit of the tree at a time (``locks``): two workstations moving A under B and B under
    A at once would each find no loop, and together make one."""
    permissions.require(actor, permissions.REGISTRY)
    locks.hold(session, "organisation tree", [1])
    org = validation.editable(session, Organisation, organisation_id, "Organisation",
                              expected_version)
    old_parent = org.parent_id
    _apply_organisation(session, org, data)
    if org.parent_id != old_parent:
        _move_force(session, org)
    audit.record(session, actor, "update", org)
    return org


def _subtree(session: Session, root_id: int,
             model: type[Organisation] | type[AdministrativeArea] = Organisation) -> set[int]:
    """The ids of an organisation (or an area) and of every one beneath it."""
    found, frontier = {root_id}, {root_id}
    while frontier:
        frontier = set(session.scalars(
            select(model.id).where(model.parent_id.in_(frontier))
        )) - found
        found |= frontier
    return found


def _move_force(session: Session, org: Organisation) -> None:
    """An organisation moved under another tree takes its people into that tree's force,
    unless one of their service numbers is already held there."""
    force = root_of(session, org.parent_id) if org.parent_id is not None else org
    units = _subtree(session, org.id)
    moving = session.execute(
        select(Person.id, Person.service_number, Person.full_name_ar).where(
            Person.organisation_id.in_(units), Person.service_number.is_not(None),
            Person.force_id.is_distinct_from(force.id))
    ).all()
    numbers: dict[str, str] = {}
    for _, number, name in moving:
        if number in numbers:
            raise Conflict("Service number {number} would be held twice in {force}: by {name} "
                           "and by {other}.", number=number, force=force.name_ar,
                           name=numbers[number], other=name)
        numbers[number] = name
    for chunk in _chunks(sorted(numbers)):
        holder = session.execute(
            select(Person.service_number, Person.full_name_ar).where(
                Person.force_id == force.id, Person.service_number.in_(chunk),
                Person.organisation_id.not_in(units) | Person.organisation_id.is_(None))
        ).first()
        if holder is not None:
            raise Conflict("Service number {number} would be held twice in {force}: by {name} "
                           "and by {other}.", number=holder.service_number, force=force.name_ar,
                           name=holder.full_name_ar, other=numbers[holder.service_number])
    session.execute(
        update(Person)
        .where(Person.organisation_id.in_(units), Person.force_id.is_distinct_from(force.id))
        .values(force_id=force.id, version=Person.version + 1, updated_at=utcnow())
        .execution_options(synchronize_session="fetch")
    )


def _chunks(values: list[str], size: int = 500) -> list[list[str]]:
    return [values[i:i + size] for i in range(0, len(values), size)]


def root_of(session: Session, organisation_id: int) -> Organisation:
    """The top of an organisation's tree: the force its service numbers belong to."""
    org = validation.required(session, Organisation, organisation_id, "Organisation")
    seen = {org.id}
    while org.parent is not None and org.parent.id not in seen:
        org = org.parent
        seen.add(org.id)
    return org


def _check_parent_level(level: AreaLevel, parent_level: AreaLevel | None) -> None:
    """Refuse an area under the wrong level, saying what it may stand under."""
    allowed = _AREA_PARENTS[level]
    if parent_level in allowed:
        return
    term = validation.Term
    if parent_level is None:  # each level that needs a parent has exactly one
        needed = next(parent for parent in allowed if parent is not None)
        raise Invalid("A {level} must stand under a {parent}.", level=term(level.value),
                      parent=term(needed.value))
    if allowed == (None,):
        raise Invalid("A {level} stands at the top of the tree, under no other area.",
                      level=term(level.value))
    raise Invalid("A {level} cannot stand under a {parent}; choose another parent area.",
                  level=term(level.value), parent=term(parent_level.value))


@dataclass
class AreaInput:
    name_ar: str
    level: AreaLevel | str
    parent_id: int | None = None
    name_en: str | None = None
    code: str | None = None


def create_area(session: Session, actor: Actor, data: AreaInput) -> AdministrativeArea:
    permissions.require(actor, permissions.REGISTRY)
    level = validation.choice(AreaLevel, data.level, "Area level")
    parent = validation.existing(session, AdministrativeArea, data.parent_id, "Parent area")
    _check_parent_level(level, parent.level if parent is not None else None)
    code = validation.code(data.code, "Code", max_length=40, required=False)
    taken = select(AdministrativeArea.id).where(AdministrativeArea.code == code)
    if code and session.scalar(taken):
        raise Conflict("The code {code} is already used by another area.", code=code)
    area = AdministrativeArea(
        name_ar=validation.name(data.name_ar, "Name", max_length=200),
        name_en=validation.name(data.name_en, "English name", max_length=200, required=False),
        level=level,
        parent_id=data.parent_id,
        code=code,
    )
    session.add(area)
    audit.record(session, actor, "create", area)
    return area


def update_area(session: Session, actor: Actor, area_id: int, data: AreaInput,
                expected_version: int | None = None) -> AdministrativeArea:
    """Rename an area, give it a code, or move it in the tree; refused if the copy edited is
    stale, if it would stand under itself or an area beneath it, or if an area beneath it could
    no longer stand under its new level.

    One edit of the tree at a time (``locks``), as for organisations: two workstations moving
    A under B and B under A at once would each find no loop, and together make one."""
    permissions.require(actor, permissions.REGISTRY)
    locks.hold(session, "area tree", [1])
    area = validation.editable(session, AdministrativeArea, area_id, "Area", expected_version)
    level = validation.choice(AreaLevel, data.level, "Area level")
    parent = validation.existing(session, AdministrativeArea, data.parent_id, "Parent area")
    if parent is not None and parent.id in _subtree(session, area.id, AdministrativeArea):
        raise Invalid("An area cannot be placed under itself or an area beneath it.")
    _check_parent_level(level, parent.level if parent is not None else None)
    for child_name, child_level in session.execute(
            select(AdministrativeArea.name_ar, AdministrativeArea.level)
            .where(AdministrativeArea.parent_id == area.id).order_by(AdministrativeArea.id)):
        if level not in _AREA_PARENTS[child_level]:
            raise Invalid("{child} stands under this area, and a {child_level} cannot stand "
                          "under a {level}.", child=child_name,
                          child_level=validation.Term(child_level.value),
                          level=validation.Term(level.value))
    code = validation.code(data.code, "Code", max_length=40, required=False)
    taken = select(AdministrativeArea.id).where(AdministrativeArea.code == code,
                                                AdministrativeArea.id != area.id)
    if code and session.scalar(taken):
        raise Conflict("The code {code} is already used by another area.", code=code)
    area.name_ar = validation.name(data.name_ar, "Name", max_length=200)
    area.name_en = validation.name(data.name_en, "English name", max_length=200, required=False)
    area.level, area.parent_id, area.code = level, data.parent_id, code
    audit.record(session, actor, "update", area)
    return area
