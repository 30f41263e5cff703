"""Is the data whole? SQLite's own checks, and the program's invariants read back from the rows.

The database keeps most rules by itself (unique indexes, references, CHECK rules); a file that
another tool wrote, an index dropped, or a bug of an older version can still leave rows that
break what the program promises. ``ghurfa check`` reads them back here:

- one commander per centre and shift;
- nobody on duty in two shifts whose hours overlap (any election; a detachment's crew counted
  with it is the assignment services' rule, this checks the people assigned by name);
- every approved meeting's seal still holds (its fingerprint recomputed from what it prints).

A restore checks its backup with ``sqlite_damage`` on a plain ``sqlite3`` connection.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.storage.database import Database

SHOWN = 20  # breaches said one by one; the rest counted
_DAY = timedelta(days=1)


def sqlite_damage(connection: sqlite3.Connection) -> str:
    """What SQLite finds wrong with the file (integrity, then references); empty when whole."""
    rows = connection.execute("PRAGMA integrity_check").fetchall()
    if rows != [("ok",)]:
        return "; ".join(str(row[0]) for row in rows[:5])
    broken = connection.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        table, rowid, parent, _key = broken[0]
        return (f"{len(broken)} broken references, the first: {table} row {rowid} names a "
                f"missing {parent}")
    return ""


@dataclass(frozen=True)
class Breach:
    """One row, or pair of rows, that breaks an invariant: ``text`` is a CLI source text (its
    fields in ``fields``), said in the user's language by the caller."""

    text: str
    fields: dict[str, Any]


def two_commanders(session: Session) -> list[Breach]:
    from sqlalchemy import func, select

    from desktop.models import Assignment, AssignmentRole

    rows = session.execute(
        select(Assignment.shift_id, Assignment.centre_id, func.count())
        .where(Assignment.role == AssignmentRole.CENTRE_COMMANDER,
               Assignment.centre_id.is_not(None))
        .group_by(Assignment.shift_id, Assignment.centre_id)
        .having(func.count() > 1)
        .order_by(Assignment.shift_id, Assignment.centre_id)).all()
    return [Breach("Centre {centre} has {count} commanders in shift {shift}; one is the rule.",
                   {"centre": centre, "count": count, "shift": shift})
            for shift, centre, count in rows]


def double_duty(session: Session) -> list[Breach]:
    from sqlalchemy import select

    from desktop.models import Assignment, Shift
    from desktop.services.duty import overlap, span

    # Plain columns, and each shift's hours worked out once: a national roster is a hundred
    # thousand rows over a few dozen shifts.
    spans = {shift.id: span(shift) for shift in session.scalars(select(Shift))}
    rows = session.connection().execute(
        select(Assignment.person_id, Assignment.id, Assignment.shift_id)
        .where(Assignment.person_id.is_not(None))
        .order_by(Assignment.person_id, Assignment.id)).all()
    duties: dict[int, list[tuple[int, Any, tuple]]] = defaultdict(list)
    for person, assignment, shift in rows:
        duties[person].append((assignment, shift, spans[shift]))
    for held in duties.values():
        held.sort(key=lambda duty: duty[2][0])  # by start, for the early stop below
    found: list[Breach] = []
    for person, held in duties.items():
        for i, (first, first_shift, first_span) in enumerate(held):
            for second, second_shift, second_span in held[i + 1:]:
                if second_span[0] >= first_span[1] + _DAY:
                    break  # ordered by start, no shift lasts a day: none later can overlap
                if first_shift == second_shift or overlap(first_span, second_span):
                    found.append(Breach(
                        "Person {person} is on duty twice at once: assignments {first} and "
                        "{second} (shifts {first_shift} and {second_shift}).",
                        {"person": person, "first": first, "second": second,
                         "first_shift": first_shift, "second_shift": second_shift}))
    return found


def broken_seals(session: Session) -> list[Breach]:
    from sqlalchemy import select

    from desktop.models import Meeting, MeetingStatus
    from desktop.services.minutes import seal_holds

    found: list[Breach] = []
    approved = session.scalars(select(Meeting).where(Meeting.status == MeetingStatus.APPROVED)
                               .order_by(Meeting.id))
    for meeting in approved:
        if meeting.fingerprint and not seal_holds(meeting):  # unsealed: approved before seals
            found.append(Breach("The approved minutes of meeting {meeting} no longer match "
                                "their seal: they were changed after approval.",
                                {"meeting": meeting.id}))
    return found


INVARIANTS: tuple[Callable[[Session], list[Breach]], ...] = (
    two_commanders, double_duty, broken_seals)


def breaches(db: Database) -> list[Breach]:
    """Every breach of the program's invariants, kind after kind."""
    found: list[Breach] = []
    with db.reader() as session:
        for invariant in INVARIANTS:
            found += invariant(session)
    return found


def report(db: Database, say: Callable[..., None]) -> int:
    """``ghurfa check``'s part: the breaches said through ``say(text, **fields)``; their
    number returned (0: every invariant holds)."""
    found = breaches(db)
    for breach in found[:SHOWN]:
        say(breach.text, **breach.fields)
    if len(found) > SHOWN:
        say("…and {count} more breaches of the program's rules.", count=len(found) - SHOWN)
    return len(found)
