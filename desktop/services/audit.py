"""The audit trail: written in the same transaction as the change it describes."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from enum import Enum
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from desktop.models import AuditEntry
from desktop.services.actor import Actor


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
        if history.has_changes() and attr.key not in ("updated_at", "version", "search_key"):
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            changes[attr.key] = [_plain(old), _plain(new)]
    return changes


def record(
    session: Session,
    actor: Actor,
    action: str,
    obj: Any = None,
    *,
    entity: str | None = None,
    entity_id: int | None = None,
    changes: dict[str, Any] | None = None,
) -> AuditEntry:
    if obj is not None:
        entity = entity or obj.__tablename__
        if changes is None and action != "delete":
            changes = changed_fields(obj)
        if entity_id is None:
            session.flush([obj]) if action != "delete" else None
            entity_id = obj.id
    entry = AuditEntry(
        user_id=actor.user_id,
        username=actor.username,
        action=action,
        entity=entity or "",
        entity_id=entity_id,
        changes=json.dumps(changes, ensure_ascii=False, default=str) if changes else None,
    )
    session.add(entry)
    return entry
