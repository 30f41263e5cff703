"""Locks that close the check-then-insert rules two workstations could otherwise both pass.

A rule such as "nobody on duty in two overlapping shifts" is checked by reading, then kept by
writing. Two workstations on one PostgreSQL server, each in its own transaction, may both
read before either writes: each sees no clash, both write, and the rule is broken. The unique
indexes catch what is one row against another (the same person twice in one shift), but not
what spans rows and tables (two overlapping shifts, a person on duty alone and with their
detachment).

So a unit of work that is about to check such a rule first takes a lock named after what the
rule is about, ``pg_advisory_xact_lock(kind, id)``: one per person, detachment, vehicle or
shift touched. The lock lasts until the transaction ends (commit or rollback; nothing to
release by hand, nothing left behind by a crash). A second unit of work asking for the same
lock waits until the first has committed, and its check then reads what the first wrote (each
statement under PostgreSQL's READ COMMITTED sees what was committed before it began).

SQLite needs none of this: every unit of work takes the file's write lock with its first
statement (``BEGIN IMMEDIATE``, see ``desktop.storage.database``), so writers already run one
after another. ``hold`` does nothing there.

Deadlocks are avoided by one order: each service takes the kinds in ``ORDER`` (never a kind
after a later one), the ids of one kind in ascending order, and a record's advisory lock before
its row is locked for the edit. A unit of work that calls several services (a batch) may still
take them out of that order; should two such wait on each other, PostgreSQL ends one of them,
which the user reads as a busy database with nothing saved, and may try again.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.orm import Session

# The order in which a unit of work takes its locks: a shift before the detachments on it,
# a detachment before its crew (read only once the detachment is locked), people before
# vehicles; the singletons (the administrators, the rank list, the organisation tree) last.
ORDER = ("shift", "detachment", "person", "vehicle", "administrators", "ranks",
         "organisation tree", "area tree")

_HELD = "ghurfa.locks"


def key(kind: str) -> int:
    """The first half of a lock's name: a stable 32-bit number for the kind.

    CRC-32 of ``ghurfa:<kind>``, as a signed 32-bit integer (the type the two-key form of the
    advisory lock takes); the same on every workstation and in every version of Python, unlike
    ``hash()``. The id is the second half, so one kind's locks never meet another's, and the
    prefix keeps them apart from any other program's on the same server.
    """
    value = zlib.crc32(f"ghurfa:{kind}".encode())
    return value - 2**32 if value >= 2**31 else value


def _held(session: Session) -> set[tuple[str, int, bool]]:
    """What this transaction holds already: asked for again, a lock is not taken twice."""
    transaction = session.get_transaction()
    state = session.info.get(_HELD)
    if state is None or state[0] is not transaction:
        state = (transaction, set())
        session.info[_HELD] = state
    return state[1]


def hold(session: Session, kind: str, ids: Iterable[int | None], *,
         shared: bool = False) -> None:
    """Take the locks ``kind``/``id`` for every id given (None left out), until the unit of
    work ends. ``shared`` lets several units of work hold one at once (those that put someone
    on a shift) while keeping out the one that holds it alone (the shift's own edit)."""
    if kind not in ORDER:
        raise ValueError(f"unknown lock kind {kind!r}")
    # an id no row can have (the keys are 32-bit, and positive) needs no lock
    wanted = sorted({i for i in ids if i is not None and 0 < i < 2**31})
    if not wanted or session.get_bind().dialect.name != "postgresql":
        return
    held = _held(session)
    function = "pg_advisory_xact_lock_shared" if shared else "pg_advisory_xact_lock"
    for id_ in wanted:
        if (kind, id_, shared) in held:
            continue
        session.execute(text(f"SELECT {function}(:kind, :id)"), {"kind": key(kind), "id": id_})
        held.add((kind, id_, shared))
