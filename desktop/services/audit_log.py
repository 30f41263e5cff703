"""Reading the audit trail: who did what, when, to which record, filtered in the database.

The audit view (``ui.audit``) and its Excel export read through here. A list is read as ids
first (newest first, at most ``ID_LIMIT`` of them), then the rows of the ids a view shows
(``rows``), so the trail of a busy polling day pages without reading everything. Who may
read it: the administrator, and the commander, who answers for the room
(``permissions.AUDIT``); everyone else is refused, and the refusal is itself recorded.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desktop.i18n import translate
from desktop.labels import QT_TRANSLATE_NOOP, field_label, table_label
from desktop.models import AuditEntry
from desktop.services import permissions, validation
from desktop.services.actor import Actor
from desktop.services.errors import Invalid, Term

ACTION_CONTEXT = "AuditAction"
# What each action of the trail is called; an action not here is shown as it is stored.
ACTIONS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("AuditAction", "Created"),
    "update": QT_TRANSLATE_NOOP("AuditAction", "Changed"),
    "delete": QT_TRANSLATE_NOOP("AuditAction", "Deleted"),
    "approve": QT_TRANSLATE_NOOP("AuditAction", "Approved"),
    "submit": QT_TRANSLATE_NOOP("AuditAction", "Submitted for approval"),
    "return": QT_TRANSLATE_NOOP("AuditAction", "Returned to the clerk"),
    "amend": QT_TRANSLATE_NOOP("AuditAction", "Amended"),
    "publish": QT_TRANSLATE_NOOP("AuditAction", "Published"),
    "withdraw": QT_TRANSLATE_NOOP("AuditAction", "Withdrawn"),
    "print": QT_TRANSLATE_NOOP("AuditAction", "Printed"),
    "export": QT_TRANSLATE_NOOP("AuditAction", "Exported"),
    "import": QT_TRANSLATE_NOOP("AuditAction", "Imported"),
    "sign_in": QT_TRANSLATE_NOOP("AuditAction", "Signed in"),
    "sign_in_refused": QT_TRANSLATE_NOOP("AuditAction", "Sign-in refused"),
    "refused": QT_TRANSLATE_NOOP("AuditAction", "Refused"),
    "issue_number": QT_TRANSLATE_NOOP("AuditAction", "Number issued"),
    "void_number": QT_TRANSLATE_NOOP("AuditAction", "Number voided"),
    "change_role": QT_TRANSLATE_NOOP("AuditAction", "Role changed"),
    "reset_password": QT_TRANSLATE_NOOP("AuditAction", "Password reset"),
    "activate": QT_TRANSLATE_NOOP("AuditAction", "Activated"),
    "follow_up": QT_TRANSLATE_NOOP("AuditAction", "Followed up"),
    "carry_over": QT_TRANSLATE_NOOP("AuditAction", "Carried over"),
}
OUTCOMES: dict[str, str] = {
    "done": QT_TRANSLATE_NOOP("AuditAction", "Done"),
    "refused": QT_TRANSLATE_NOOP("AuditAction", "Refused"),
    "failed": QT_TRANSLATE_NOOP("AuditAction", "Failed"),
}
ID_LIMIT = 100_000  # the newest this many entries of a filter; a narrower filter reads more
SORTS = {"at": AuditEntry.id, "username": AuditEntry.username, "action": AuditEntry.action,
         "entity": AuditEntry.entity, "outcome": AuditEntry.outcome}


@dataclass(frozen=True)
class AuditFilter:
    """Which entries: by the user's name, the action, the days from – to (inclusive, UTC),
    the kind of record and its id. Empty fields filter nothing."""

    username: str | None = None
    action: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    entity: str | None = None
    entity_id: int | None = None

    def checked(self) -> AuditFilter:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise Invalid("{what}: the end must come after the start.", what=Term("Date"))
        if self.entity_id is not None:
            validation.identifier(self.entity_id, "Linked record")
        return self


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    username: str
    workstation: str | None
    action: str
    entity: str
    entity_id: int | None
    outcome: str
    changes: dict[str, Any]

    def changes_text(self, rtl: bool = False, lang: str | None = None) -> str:
        """The fields as «field: old → new», one a line; a value not a pair as it is. Each
        field is named as the user calls it in ``lang`` (the current language by default;
        ``desktop.labels.field_label``), a field without a name as it is stored. Read right to
        left, each line is marked so (a right-to-left mark, and a stored name kept left to
        right in an isolate) and the arrow points from the old value to the new, leftwards.
        Each value is an isolate of its own direction, so a time «2009-01-20T10:00» beside
        Arabic, or an Arabic value in an English line, keeps its order and its side."""
        arrow, mark = ("←", "\u200f") if rtl else ("→", "")
        lines = []
        for name, value in self.changes.items():
            shown = field_label(name, self.entity, lang) or (
                f"{LRI}{name}{PDI}" if rtl else name)
            if isinstance(value, list) and len(value) == 2:
                old, new = (_isolated(v) for v in value)
                lines.append(f"{mark}{shown}: {old} {arrow} {new}")
            else:
                lines.append(f"{mark}{shown}: {_isolated(value)}")
        return "\n".join(lines)


LRI, RLI, PDI = "\u2066", "\u2067", "\u2069"


def _isolated(value: Any) -> str:
    """The value in an isolate of the direction of its first letter: what the first-strong
    isolate (U+2068) says, which Qt's layout does not honour."""
    text = _shown(value)
    first = next((kind for kind in map(unicodedata.bidirectional, text)
                  if kind in ("L", "R", "AL")), "L")
    return f"{LRI if first == 'L' else RLI}{text}{PDI}"


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def action_label(action: str, lang: str | None = None) -> str:
    text = ACTIONS.get(action)
    return translate(ACTION_CONTEXT, text, lang) if text else action


def outcome_label(outcome: str, lang: str | None = None) -> str:
    text = OUTCOMES.get(outcome)
    return translate(ACTION_CONTEXT, text, lang) if text else outcome


def entity_label(entity: str, lang: str | None = None) -> str:
    """A kind of record as the user calls it (the table's name), else as stored."""
    return table_label(entity, lang) or entity


def _where(query: Select, chosen: AuditFilter) -> Select:
    if chosen.username:
        query = query.where(func.lower(AuditEntry.username) == chosen.username.strip().lower())
    if chosen.action:
        query = query.where(AuditEntry.action == chosen.action)
    if chosen.date_from:
        query = query.where(AuditEntry.at >= datetime.combine(chosen.date_from, time()))
    if chosen.date_to:
        query = query.where(AuditEntry.at < datetime.combine(chosen.date_to + timedelta(days=1),
                                                             time()))
    if chosen.entity:
        query = query.where(AuditEntry.entity == chosen.entity)
    if chosen.entity_id is not None:
        query = query.where(AuditEntry.entity_id == chosen.entity_id)
    return query


def ids(session: Session, actor: Actor, chosen: AuditFilter, sort: str = "at",
        descending: bool = True) -> list[int]:
    """The entries' ids in the order asked (the moment by default, newest first)."""
    permissions.require_audit(actor)
    column = SORTS.get(sort, AuditEntry.id)
    order = [column.desc() if descending else column.asc()]
    if column is not AuditEntry.id:
        order.append(AuditEntry.id.desc())
    query = _where(select(AuditEntry.id), chosen.checked()).order_by(*order).limit(ID_LIMIT)
    return list(session.scalars(query))


def _row(entry: AuditEntry) -> AuditRow:
    try:
        changes = json.loads(entry.changes) if entry.changes else {}
    except ValueError:
        changes = {"?": entry.changes}
    if not isinstance(changes, dict):
        changes = {"?": changes}
    return AuditRow(entry.id, entry.at, entry.username, entry.workstation, entry.action,
                    entry.entity, entry.entity_id, entry.outcome, changes)


def rows(session: Session, actor: Actor, entry_ids: Sequence[int]) -> list[AuditRow]:
    """The rows of ``entry_ids``, in that order (an id no longer there is left out)."""
    permissions.require_audit(actor)
    found = {e.id: e for e in session.scalars(select(AuditEntry).where(
        AuditEntry.id.in_(list(entry_ids))))}
    return [_row(found[i]) for i in entry_ids if i in found]


def all_rows(session: Session, actor: Actor, chosen: AuditFilter, *,
             batch: int = 1000) -> Iterator[AuditRow]:
    """Every entry of the filter, newest first, read by keyset in batches (the export)."""
    permissions.require_audit(actor)
    query = _where(select(AuditEntry), chosen.checked()).order_by(AuditEntry.id.desc())
    last: int | None = None
    while True:
        page = query if last is None else query.where(AuditEntry.id < last)
        found = list(session.scalars(page.limit(batch)))
        if not found:
            return
        for entry in found:
            yield _row(entry)
        last = found[-1].id
        session.expunge_all()


def count(session: Session, actor: Actor, chosen: AuditFilter) -> int:
    permissions.require_audit(actor)
    return session.scalar(_where(select(func.count()).select_from(AuditEntry),
                                 chosen.checked())) or 0


@dataclass(frozen=True)
class Choices:
    """What the filters offer: the names and actions the trail holds, the kinds of record."""

    usernames: list[str]
    actions: list[str]
    entities: list[str]


def choices(session: Session, actor: Actor) -> Choices:
    permissions.require_audit(actor)

    def distinct(column) -> list[str]:
        return [v for v in session.scalars(select(column).distinct().order_by(column)) if v]

    return Choices(distinct(AuditEntry.username), distinct(AuditEntry.action),
                   distinct(AuditEntry.entity))
