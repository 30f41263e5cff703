"""The frame every demo builder runs in: one transaction, progress, cancellation, counts.

The data must be the same on every run with the same seed, so nothing here reads the clock:
every timestamp a row carries is a fixed moment, and every choice comes from one seeded
``random.Random``.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol, TypeVar

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from desktop.models import Centre, Election, Meeting, Organisation, Person, User
from desktop.models.base import Base, Tracked
from desktop.services.errors import Conflict, DomainError
from desktop.storage.database import Database

Progress = Callable[[int, int, str], None]
Stop = Callable[[], bool]
T = TypeVar("T", bound=Base)

# When the demo records say they were created: the eve of the 2010 parliamentary election.
STAMP = datetime(2010, 3, 1, 8, 0, 0)
# Tables whose rows mean "this database is in use"; lookup lists like ranks do not count.
_IN_USE = (Organisation, Person, Centre, Election, Meeting, User)


class Cancelled(DomainError):
    """The user stopped the load; the transaction was rolled back and nothing was written."""


class Builder(Protocol):
    """A demo data set: how many progress steps it reports, and how it fills the session."""

    steps: int

    def build(self, loader: Loader) -> None: ...


@dataclass
class Loader:
    session: Session
    rng: random.Random
    total: int
    progress: Progress
    cancelled: Stop
    done: int = 0
    counts: Counter[str] = field(default_factory=Counter)

    def step(self, what: str, amount: int = 1) -> None:
        """Report ``amount`` steps done; stop here if the user asked to."""
        if self.cancelled():
            raise Cancelled("Loading the demo data was cancelled; nothing was written.")
        self.done = min(self.total, self.done + amount)
        self.progress(self.done, self.total, what)

    def add(self, kind: str, obj: T) -> T:
        """Add an ORM object with the fixed timestamps, counted under ``kind``."""
        if isinstance(obj, Tracked):
            obj.created_at = STAMP
            obj.updated_at = STAMP
        self.session.add(obj)
        self.counts[kind] += 1
        return obj

    def insert_many(self, kind: str, table: Table, rows: Sequence[dict[str, Any]],
                    *, returning: bool = False) -> list[int]:
        """Bulk-insert plain rows in one executemany; the new ids in row order if asked."""
        if not rows:
            return []
        if "created_at" in table.c:
            for row in rows:
                row["created_at"] = row["updated_at"] = STAMP
                row["version"] = 1
        self.counts[kind] += len(rows)
        if returning:
            stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
            return list(self.session.scalars(stmt, list(rows)))
        self.session.execute(insert(table), list(rows))
        return []


def database_in_use(session: Session) -> bool:
    return any(
        session.scalar(select(func.count()).select_from(model)) for model in _IN_USE
    )


def existing(session: Session, column: Any, values: Iterable[str]) -> set[str]:
    """Which of ``values`` a unique column already holds (a forced load skips those)."""
    wanted = list(values)
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        found.update(session.scalars(select(column).where(column.in_(wanted[start:start + 500]))))
    return found


def run(db: Database, builder: Builder, *, seed: int, force: bool, progress: Progress,
        cancelled: Stop) -> dict[str, int]:
    """Build the set in one transaction: all of it is written, or none."""
    with db.session() as session:
        if not force and database_in_use(session):
            raise Conflict("The database already holds data; use --force to add the demo "
                           "data anyway.")
        loader = Loader(session, random.Random(seed), builder.steps + 1, progress, cancelled)
        loader.step("Starting", 0)
        builder.build(loader)
        loader.step("Saving")
        session.flush()
    return dict(sorted(loader.counts.items()))
