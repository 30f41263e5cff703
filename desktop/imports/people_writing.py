"""Writing a personnel plan: the new people in one INSERT, the changed ones updated in one
flush, every one with the audit entry the people services write, in the caller's one unit of
work (cancelled, refused or failed, nothing stays).

The rules are the services' (the plan checked every value with ``services.people.own_fields``,
the call ``create_person`` and ``update_person`` make; the same role is required; each entry
names the user and reads as theirs: a created person's columns as ``[None, value]``, an
updated one's changed columns as ``[old, new]``). What differs is how many statements: the
new people and their entries go in as one INSERT each (executemany, ids returned), and each
changed person, locked and read afresh as ``update_person`` does (``validation.editable``'s
lock, the person's duty lock first), is flushed once, so its version rises by one. The change
notice hears the INSERT as "people changed" and the updates by id. One more audit entry
tells the import itself: the file, the sheet and the counts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import insert
from sqlalchemy.orm import Session

from desktop.imports.people_plan import PersonChange
from desktop.imports.writing import locked_rows
from desktop.models import Person, utcnow
from desktop.services import audit, locks, permissions, validation
from desktop.services.actor import Actor
from desktop.services.errors import DomainError, NotFound, Term
from desktop.storage.recorder import USER_KEY


class RowRefused(Exception):
    """A change the database refuses as it is now (a person edited or deleted since the plan
    read them): the unit of work is undone, the row reported with its reason."""

    def __init__(self, change: PersonChange, reason: DomainError) -> None:
        super().__init__()
        self.change, self.reason = change, reason


def write_people(session: Session, actor: Actor, changes: Sequence[PersonChange], *,
                 file_name: str, sheet: str | None, unchanged: int, rejected: int,
                 check: Callable[[int, int], None] = lambda done, total: None) -> None:
    """Write ``changes`` in ``session``; ``check(done, total)`` between the stages reports
    progress and may raise to abandon the unit of work."""
    if not changes:
        return
    permissions.require(actor, permissions.REGISTRY)
    session.info[USER_KEY] = actor.username
    check(0, 3)
    stored = [change for change in changes if change.person_id is not None]
    _update(session, actor, stored)
    check(1, 3)
    new = [change for change in changes if change.person_id is None]
    _insert(session, actor, new)
    audit.record(session, actor, "import", entity="people", changes={
        "file": file_name, "sheet": sheet, "created": len(new), "updated": len(stored),
        "unchanged": unchanged, "rejected": rejected})
    check(2, 3)
    session.flush()


def _update(session: Session, actor: Actor, changes: list[PersonChange]) -> None:
    ids = [change.person_id for change in changes]
    locks.hold(session, "person", ids)
    people = locked_rows(session, Person, ids)  # type: ignore[arg-type]
    for change in changes:
        person = people.get(change.person_id)  # type: ignore[arg-type]
        if person is None:
            raise RowRefused(change, NotFound("No {what} has the id {id}.",
                                              what=Term("Person"), id=change.person_id))
        try:
            validation.expect_version(person, change.version)
        except DomainError as stale:
            raise RowRefused(change, stale) from None
        for column, value in change.fields.items():
            setattr(person, column, value)
        audit.record(session, actor, "update", person, entity_id=person.id)


def _insert(session: Session, actor: Actor, changes: list[PersonChange]) -> None:
    if not changes:
        return
    now = utcnow()
    rows = [{**change.fields, "created_at": now, "updated_at": now, "version": 1}
            for change in changes]
    # Matched back by service number, which the sheet lists once: asking RETURNING for the
    # parameters' order would make SQLite run one INSERT per row.
    table = Person.__table__
    ids = dict(session.execute(insert(table).returning(table.c.service_number, table.c.id),
                               rows).all())
    audit.record_many(session, actor, "create", Person.__tablename__,
                      [ids[change.fields["service_number"]] for change in changes],
                      audit.created_changes(Person, [change.fields for change in changes]))
