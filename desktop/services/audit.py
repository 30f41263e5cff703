"""The audit trail: written in the same transaction as the change it describes.

This module is the one place of the program that writes audit entries: ``record`` for one
(an ORM object, hashed into the chain at its flush: ``desktop.services.audit_chain``),
``record_many`` for the rows an import inserts at once, ``record_refusal`` for an action
refused by the permissions (in a short unit of work of its own, once the refused one has
rolled back, so the refusal stays), and ``record_document`` for a document printed or
exported. An entry names the user, the workstation, what was done to which record, the
fields changed as ``{field: [old, new]}`` (a delete keeps every column's old value) and the
outcome: done, refused or failed.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime, time
from enum import Enum
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, inspect, text
from sqlalchemy.orm import Session

from desktop.models import AuditEntry, utcnow
from desktop.services import audit_chain
from desktop.services.actor import Actor

if TYPE_CHECKING:
    from desktop.services.errors import Forbidden
    from desktop.storage.database import Database

WORKSTATION_KEY = "ghurfa.workstation"  # session.info: the computer's name, set by Database
DONE, REFUSED, FAILED = "done", "refused", "failed"
OUTCOMES = (DONE, REFUSED, FAILED)
NAME_LIMIT = 80
_SKIPPED = ("updated_at", "version", "search_key")


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


def changed_fields(obj: Any) -> dict[str, list[Any]]:
    """The columns of ``obj`` changed in this session, as ``{field: [old, new]}``."""
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        history = state.attrs[attr.key].history
        if history.has_changes() and attr.key not in _SKIPPED:
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            changes[attr.key] = [_plain(old), _plain(new)]
    return changes


def created_changes(model: type, rows: Sequence[dict[str, Any]]) -> list[str | None]:
    """What ``record`` writes for each record created with a row of ``rows`` (its columns
    set, in the table's order, as ``[None, value]``), as the JSON text ``record_many`` takes:
    a bulk insert's entries read as the one-by-one service's do."""
    columns = [attr.key for attr in inspect(model).column_attrs if attr.key not in _SKIPPED]
    return [_json({key: [None, _plain(row[key])] for key in columns if key in row})
            for row in rows]


def deleted_fields(obj: Any) -> dict[str, list[Any]]:
    """Every column of ``obj`` about to be deleted, as ``{field: [old, None]}``."""
    state = inspect(obj)
    values = state.dict if state.deleted or state.detached else None
    return {attr.key: [_plain(values.get(attr.key) if values is not None
                              else getattr(obj, attr.key)), None]
            for attr in state.mapper.column_attrs if attr.key not in _SKIPPED}


def _json(changes: dict[str, Any] | None) -> str | None:
    return json.dumps(changes, ensure_ascii=False, default=str) if changes else None


def _workstation(session: Session) -> str | None:
    name = session.info.get(WORKSTATION_KEY)
    if name is None:
        from desktop.storage.changes import workstation_name

        name = session.info[WORKSTATION_KEY] = workstation_name()
    return name[:NAME_LIMIT] if name else None


def _outcome(action: str, outcome: str | None) -> str:
    outcome = outcome or (REFUSED if action.endswith("_refused") else DONE)
    if outcome not in OUTCOMES:
        raise ValueError(f"unknown audit outcome {outcome!r}")
    return outcome


def record(
    session: Session,
    actor: Actor,
    action: str,
    obj: Any = None,
    *,
    entity: str | None = None,
    entity_id: int | None = None,
    changes: dict[str, Any] | None = None,
    outcome: str | None = None,
) -> AuditEntry:
    """One entry in ``session``'s unit of work. The changes of ``obj`` are read from the
    session when not given; a delete keeps the old value of every column, with what the
    caller adds (a summary naming the people and places) beside them as ``[value, None]``."""
    if obj is not None:
        entity = entity or obj.__tablename__
        if action == "delete":
            given = changes or {}
            changes = deleted_fields(obj)
            changes.update({key: [_plain(value), None] for key, value in given.items()
                            if key not in changes})
        elif changes is None:
            changes = changed_fields(obj)
        if entity_id is None:
            session.flush([obj]) if action != "delete" else None
            entity_id = obj.id
    entry = AuditEntry(
        at=utcnow(),
        user_id=actor.user_id,
        username=actor.username[:NAME_LIMIT],
        workstation=_workstation(session),
        action=action,
        entity=entity or "",
        entity_id=entity_id,
        changes=_json(changes),
        outcome=_outcome(action, outcome),
    )
    session.add(entry)
    return entry


def record_many(session: Session, actor: Actor, action: str, entity: str,
                entity_ids: Sequence[int], changes: Sequence[str | None]) -> None:
    """Entries for many records at once (an import's new rows), as one INSERT: ``changes``
    already as JSON text, one for each id. The entries added before are flushed first, so
    the chain follows the order of the ids."""
    session.flush()
    at, workstation = utcnow(), _workstation(session)
    rows = [{"at": at, "user_id": actor.user_id, "username": actor.username[:NAME_LIMIT],
             "workstation": workstation, "action": action, "entity": entity,
             "entity_id": entity_id, "changes": said, "outcome": DONE}
            for entity_id, said in zip(entity_ids, changes, strict=True)]
    if not rows:
        return
    audit_chain.chain_rows(session, rows)
    session.execute(insert(AuditEntry.__table__), rows)


def record_refusal(db: Database, refusal: Forbidden) -> None:
    """A refused action, in a unit of work of its own: called once the refused unit has
    rolled back. Only refusals that name who was refused (``permissions.refused``) are kept;
    a failure to write one never hides the refusal itself."""
    actor = getattr(refusal, "actor", None)
    if actor is None:
        return
    from sqlalchemy.exc import SQLAlchemyError

    from desktop.services.errors import DomainError

    try:
        with db.session() as session:
            if session.get_bind().dialect.name == "postgresql":
                # a refusal raised inside another unit of work that holds the trail's lock
                # must not wait for it for ever: given up after a while, unrecorded
                session.execute(text("SET LOCAL lock_timeout = '5s'"))
            record(session, actor, "refused", entity=getattr(refusal, "entity", None) or "",
                   changes={"action": [None, getattr(refusal, "what", None)],
                            "reason": [None, refusal.text]}, outcome=REFUSED)
    except (SQLAlchemyError, DomainError):
        pass


def record_document(db: Database, actor: Actor, *, kind: str, fmt: str, output: Any,
                    params: dict[str, Any] | None = None, entity: str = "documents",
                    entity_id: int | None = None, outcome: str = DONE,
                    reason: str | None = None, quiet: bool = False) -> None:
    """A document printed (PDF) or exported (a workbook, an archive): which, about which
    record, with what, to which file, and whether it was written. Its own unit of work, once
    the file is written or has failed; ``quiet`` when a failure is already on its way to the
    user, whom the trail's own failure would only confuse."""
    from sqlalchemy.exc import SQLAlchemyError

    from desktop.services.errors import DomainError

    changes: dict[str, Any] = {"document": [None, kind], "format": [None, fmt],
                               "file": [None, str(output)]}
    if params:
        changes["params"] = [None, {k: _plain(v) for k, v in params.items() if v is not None}]
    if reason:
        changes["reason"] = [None, reason]
    try:
        with db.session() as session:
            record(session, actor, "print" if fmt == "pdf" else "export", entity=entity,
                   entity_id=entity_id, changes=changes, outcome=outcome)
    except (SQLAlchemyError, DomainError):
        if not quiet:
            raise
