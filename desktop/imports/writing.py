"""Writing a plan: the new areas, the centres and their records for the election, the audit.

It all happens in the caller's one unit of work: cancelled, refused or failed, nothing stays.
The rules are the services' (the values were checked by the same ``validation`` helpers, the
same roles are required, every record written has its audit entry naming the user); what
differs is how many statements: new centres, new election records and their audit entries go
in as one INSERT each (executemany, ids returned), so a 10,000-row sheet is not 30,000 round
trips. Those statements reach the change notice as "these kinds changed" (the recorder's bulk
path); the rows updated one by one reach it by id with their new versions. Areas are created
through ``services.organisations.create_area``: a sheet adds a handful, not thousands.

One more audit entry tells the import itself: the file, the sheet, the election and the
counts. A plan that changes nothing writes nothing, not even that entry.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop.imports.plan import CentreChange, Plan
from desktop.models import Centre, ElectionCentre, utcnow
from desktop.services import audit, permissions
from desktop.services.actor import Actor
from desktop.services.organisations import AreaInput, create_area
from desktop.storage.recorder import USER_KEY

M = TypeVar("M")
CHUNK = 500  # ids per IN (...) list


@dataclass(frozen=True)
class Written:
    areas_created: int


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def _created(columns: Sequence[str], values: dict[str, Any]) -> str:
    """The audit's changes of a created record, as ``audit.record`` writes them."""
    return json.dumps({column: [None, _plain(values.get(column))] for column in columns},
                      ensure_ascii=False, default=str)


def _columns(model: type) -> list[str]:
    skip = {"id", "created_at", "updated_at", "version"}
    return [column.key for column in model.__table__.columns if column.key not in skip]


def _chunks(values: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(values), CHUNK):
        yield values[start:start + CHUNK]


def locked_rows(session: Session, model: type[M], ids: list[int]) -> dict[int, M]:
    """The rows ``ids`` read afresh and locked for the edit, as ``validation.editable`` does."""
    found: dict[int, M] = {}
    for chunk in _chunks(sorted(ids)):
        rows = session.scalars(select(model).where(model.id.in_(chunk))  # type: ignore[attr-defined]
                               .with_for_update(key_share=True)
                               .execution_options(populate_existing=True))
        found.update({row.id: row for row in rows})
    return found


def write_plan(session: Session, actor: Actor, plan: Plan, *, file_name: str,
               sheet: str | None, rejected: int,
               check: Callable[[str], None] = lambda stage: None) -> Written:
    """Write what ``plan`` says in ``session``; ``check(stage)`` between the stages reports
    progress and may raise to abandon the unit of work."""
    if not plan.changes:
        return Written(0)
    permissions.require(actor, permissions.DEPLOYMENT)
    if plan.areas:
        permissions.require(actor, permissions.REGISTRY)
    session.info[USER_KEY] = actor.username
    check("areas")
    area_ids: dict[int, int] = {}
    for area in plan.areas:
        parent = area_ids.get(area.parent, area.parent) if area.parent is not None else None
        created = create_area(session, actor, AreaInput(area.name, area.level, parent_id=parent))
        area_ids[area.key] = created.id

    def real(values: dict[str, Any]) -> dict[str, Any]:
        area_id = values.get("area_id")
        if area_id is not None and area_id < 0:
            return {**values, "area_id": area_ids[area_id]}
        return values

    check("centres")
    new = [change for change in plan.changes if change.centre_id is None]
    centre_ids = _insert_centres(session, actor, new, real)
    check("updates")
    stored = [change for change in plan.changes if change.centre_id is not None]
    _update_centres(session, actor, [c for c in stored if c.centre], real)
    check("records")
    for change in stored:
        centre_ids[change.code] = change.centre_id  # type: ignore[assignment]
    _insert_records(session, actor, plan.election.id,
                    [c for c in plan.changes if c.record_id is None], centre_ids)
    _update_records(session, actor, [c for c in stored if c.record_id is not None and c.facts])
    audit.record(session, actor, "import", entity="centres", changes={
        "file": file_name, "sheet": sheet, "election_id": plan.election.id,
        "created": plan.created, "updated": plan.updated, "unchanged": plan.unchanged,
        "rejected": rejected, "areas_created": len(area_ids)})
    check("commit")
    session.flush()
    return Written(len(area_ids))


def _stamped(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One moment for every record the unit of work creates (what the columns' default would
    give each, a few microseconds apart)."""
    now = utcnow()
    for row in rows:
        row.update(created_at=now, updated_at=now, version=1)
    return rows


def _insert_centres(session: Session, actor: Actor, new: list[CentreChange],
                    real: Callable[[dict[str, Any]], dict[str, Any]]) -> dict[str, int]:
    if not new:
        return {}
    values = _stamped([{"code": change.code, **real(change.centre)} for change in new])
    # Matched back by code, which is unique: asking RETURNING for the parameters' order would
    # make SQLite run one INSERT per row.
    table = Centre.__table__
    ids = dict(session.execute(insert(table).returning(table.c.code, table.c.id), values).all())
    columns = _columns(Centre)
    audit.record_many(session, actor, "create", Centre.__tablename__,
                      [ids[row["code"]] for row in values],
                      [_created(columns, row) for row in values])
    return ids


def _update_centres(session: Session, actor: Actor, changed: list[CentreChange],
                    real: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
    rows = locked_rows(session, Centre, [change.centre_id for change in changed])  # type: ignore[misc]
    for change in changed:
        centre = rows[change.centre_id]  # type: ignore[index]
        for column, value in real(change.centre).items():
            setattr(centre, column, value)
        audit.record(session, actor, "update", centre, entity_id=centre.id)


def _insert_records(session: Session, actor: Actor, election_id: int,
                    new: list[CentreChange], centre_ids: dict[str, int]) -> None:
    if not new:
        return
    values = _stamped([{"election_id": election_id, "centre_id": centre_ids[change.code],
                        **change.facts} for change in new])
    table = ElectionCentre.__table__
    ids = dict(session.execute(insert(table).returning(table.c.centre_id, table.c.id),
                               values).all())
    columns = _columns(ElectionCentre)
    audit.record_many(session, actor, "create", ElectionCentre.__tablename__,
                      [ids[row["centre_id"]] for row in values],
                      [_created(columns, row) for row in values])


def _update_records(session: Session, actor: Actor, changed: list[CentreChange]) -> None:
    rows = locked_rows(session, ElectionCentre,
                   [change.record_id for change in changed])  # type: ignore[misc]
    for change in changed:
        record = rows[change.record_id]  # type: ignore[index]
        for column, value in change.facts.items():
            setattr(record, column, value)
        audit.record(session, actor, "update", record, entity_id=record.id)
