"""The audit trail's chain: each entry carries the hash of the one before it.

An entry's ``hash`` is SHA-256 over a canonical form of its fields (``canonical``) followed by
the hash of the entry before it by id (``prev_hash``; the first entry's is ``GENESIS``). An
entry changed afterwards no longer matches its own hash; an entry removed or slipped in breaks
the link of the one after it. ``verify`` walks the trail and names the first broken link.

Appending must not fork the chain: two workstations on one PostgreSQL server, each in its own
transaction, could otherwise both read the same last hash and both append after it. So the
unit of work that is about to append takes an advisory lock (``pg_advisory_xact_lock``, held
until it commits or rolls back) before it reads the last hash, and the next one waits for it.
The lock is taken at the flush that writes the unit's first entry, so units that write nothing
to the trail never wait. On SQLite every unit of work holds the file's write lock already.

The hashes are computed when the entries are flushed (``before_flush``), in the order they were
added, reading the last hash inside the unit of work each time: a savepoint rolled back takes
its entries with it and the next flush links to what is really there. Migration 0012 chained
the entries written before it with the same canonical form (copied there, as migrations do).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import event, func, inspect, select, text
from sqlalchemy.orm import Session

from desktop.models import AuditEntry
from desktop.services import locks

GENESIS = "0" * 64
VERSION = "ghurfa-audit-1"
LOCK_KIND = "audit trail"  # the advisory lock's name, ``locks.key(LOCK_KIND)`` and 1
_LOCKED = "ghurfa.audit.locked"
_HEAD = "ghurfa.audit.head"  # (transaction, the hash of the last entry it wrote)
_FIELDS = ("at", "user_id", "username", "workstation", "action", "entity", "entity_id",
           "changes", "outcome")


def canonical(values: dict[str, Any], prev_hash: str) -> bytes:
    """The bytes hashed: the fields in a fixed order as compact JSON, then the previous hash.
    The moment is written with its microseconds, as both engines keep it."""
    at = values["at"]
    moment = at.isoformat(sep=" ", timespec="microseconds") if isinstance(at, datetime) else at
    fields = [VERSION, moment, *(values[name] for name in _FIELDS[1:]), prev_hash]
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def digest(values: dict[str, Any], prev_hash: str) -> str:
    return hashlib.sha256(canonical(values, prev_hash)).hexdigest()


def values_of(entry: AuditEntry) -> dict[str, Any]:
    return {name: getattr(entry, name) for name in _FIELDS}


def lock(session: Session) -> None:
    """Hold the trail's append lock until this unit of work ends (PostgreSQL; SQLite's
    writer lock already serialises). Taken once per transaction."""
    if session.get_bind().dialect.name != "postgresql":
        return
    transaction = session.get_transaction()
    if session.info.get(_LOCKED) is transaction:
        return
    session.execute(text("SELECT pg_advisory_xact_lock(:kind, 1)"),
                    {"kind": locks.key(LOCK_KIND)})
    session.info[_LOCKED] = transaction


def last_hash(session: Session) -> str:
    """The hash of the trail's last entry, as this unit of work sees it (lock first). Read
    once per transaction, then kept (``_HEAD``) as this unit appends: a unit that flushes
    each row with its entry (an acceptance of thousands) reads it once, not at each flush.
    A savepoint's end forgets it, so what a rolled-back savepoint held is never linked to."""
    kept = session.info.get(_HEAD)
    if kept is not None and kept[0] is session.get_transaction():
        return kept[1]
    with session.no_autoflush:
        found = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    return found or GENESIS


def _keep_head(session: Session, head: str) -> None:
    session.info[_HEAD] = (session.get_transaction(), head)


@event.listens_for(Session, "after_transaction_end")
def _forget_head(session: Session, transaction: Any) -> None:
    # a savepoint or the unit of work itself; not the inner transaction of each flush
    if transaction.nested or transaction.parent is None:
        session.info.pop(_HEAD, None)


def chain_rows(session: Session, rows: list[dict[str, Any]]) -> None:
    """Give ``rows`` (column values of entries about to be inserted, in order) their links."""
    if not rows:
        return
    lock(session)
    previous = last_hash(session)
    for row in rows:
        row["prev_hash"] = previous
        row["hash"] = previous = digest(row, previous)
    _keep_head(session, previous)


@event.listens_for(Session, "before_flush")
def _chain_new_entries(session: Session, _context: Any, instances: Any) -> None:
    # A flush of some objects only (``session.flush([obj])``) leaves the other entries
    # pending: they are linked when they are written, after what is written now.
    pending = session.new if instances is None else [o for o in instances if o in session.new]
    new = [obj for obj in pending if isinstance(obj, AuditEntry) and obj.hash is None]
    if not new:
        return
    new.sort(key=lambda entry: inspect(entry).insert_order)
    lock(session)
    previous = last_hash(session)
    for entry in new:
        entry.prev_hash = previous
        entry.hash = previous = digest(values_of(entry), previous)
    _keep_head(session, previous)


# -- checking the chain ----------------------------------------------------------------------

@dataclass(frozen=True)
class BrokenLink:
    """The first entry where the chain does not hold, and why (``problem``: "altered" — its
    fields no longer give its hash; "unlinked" — it does not name the hash of the entry
    before it, which was removed, or it was slipped in)."""

    entry_id: int
    at: datetime | None
    problem: str
    expected: str
    found: str


def verify(session: Session, *, batch: int = 2000) -> BrokenLink | None:
    """Walk the trail in id order; the first broken link, or None if the chain holds."""
    previous, last_id = GENESIS, 0
    columns = [getattr(AuditEntry, name) for name in ("id", *_FIELDS, "prev_hash", "hash")]
    while True:
        rows = session.execute(select(*columns).where(AuditEntry.id > last_id)
                               .order_by(AuditEntry.id).limit(batch)).mappings().all()
        if not rows:
            return None
        for row in rows:
            if row["prev_hash"] != previous:
                return BrokenLink(row["id"], row["at"], "unlinked", previous,
                                  row["prev_hash"] or "")
            expected = digest(dict(row), row["prev_hash"])
            if row["hash"] != expected:
                return BrokenLink(row["id"], row["at"], "altered", expected, row["hash"] or "")
            previous, last_id = row["hash"], row["id"]


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditEntry)) or 0
