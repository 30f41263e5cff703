"""Every unit of work records what it changed, without the services saying so.

The session's own events see every record written: ``after_flush`` the objects inserted,
updated and deleted (by table and primary key, with the new version where the model keeps
one), ``do_orm_execute`` the bulk statements, whose ids are not known ("refresh all of that
kind"). Just before the commit the notice is written where the other workstations will find
it, in the same transaction, so it exists exactly when the change does: a row of
``change_log`` on both engines (an SQLite listener reads it; a PostgreSQL one could) and, on
PostgreSQL, a ``NOTIFY`` that the server delivers only if the commit succeeds. Once committed
the notice goes to this database's hub; a rollback drops it.

The acting user is the one the audit trail names (every service writes an ``AuditEntry``
with the actor's username in the same unit of work); ``session.info["ghurfa.user"]`` may
name one where no audit entry is written.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import UTC, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    delete,
    event,
    func,
    insert,
    select,
)
from sqlalchemy import inspect as inspect_of
from sqlalchemy.orm import Session

from desktop.models.base import NAMING
from desktop.storage import changes

if TYPE_CHECKING:
    from desktop.storage.database import Database

USER_KEY = "ghurfa.user"  # session.info: the acting user, where no audit entry names one
_PENDING = "ghurfa.changes.pending"
_READY = "ghurfa.changes.ready"

# Written in every unit of work or by this module: no view shows them as records.
UNTOLD = frozenset({"audit_entries", "change_log"})

KEEP_ROWS = 10_000  # the log keeps this many notices…
KEEP_DAYS = 7  # …and none older than this
PRUNE_EVERY = 100  # rows: the pruning is done by one unit of work in a hundred

# The log is the storage's own bookkeeping, like Alembic's revision table, not a record of the
# domain: it stands outside the models' metadata, so what counts or compares "every table of
# the program" (row counts, the demo's snapshots, the tables' names) need not pass it over.
# ``ghurfa check`` compares it with the database all the same (storage.migrations).
LOG_METADATA = MetaData(naming_convention=NAMING)

change_log = Table(
    "change_log",
    LOG_METADATA,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime, nullable=False),  # naive UTC, as every moment the program stores
    Column("workstation", String(changes.NAME_LIMIT), nullable=False),
    Column("username", String(changes.NAME_LIMIT)),
    Column("payload", Text, nullable=False),  # the notice as changes.to_payload writes it
    sqlite_autoincrement=True,  # ids never reused: a listener reads the rows after its last
)


@dataclass
class _Pending:
    """What one unit of work has written so far."""

    ids: dict[str, set[changes.RecordId]] = field(default_factory=lambda: defaultdict(set))
    whole: set[str] = field(default_factory=set)  # kinds changed by bulk statements
    versions: dict[str, dict[changes.RecordId, int]] = field(
        default_factory=lambda: defaultdict(dict))
    deleted: dict[str, set[changes.RecordId]] = field(default_factory=lambda: defaultdict(set))
    user: str | None = None

    def __bool__(self) -> bool:
        return bool(self.ids or self.whole)

    def add(self, obj: Any, *, gone: bool = False) -> None:
        mapper = inspect_of(obj).mapper
        kind = mapper.local_table.name
        if kind == "audit_entries" and not gone:
            self.user = getattr(obj, "username", None) or self.user
        if kind in UNTOLD:
            return
        key = mapper.primary_key_from_instance(obj)
        if any(part is None for part in key):
            return
        record_id = key[0] if len(key) == 1 else tuple(key)
        self.ids[kind].add(record_id)
        if gone:
            self.deleted[kind].add(record_id)
            self.versions[kind].pop(record_id, None)
        elif mapper.version_id_col is not None:
            # Read from the object's loaded values: an attribute access could run SQL here.
            prop = mapper.get_property_by_column(mapper.version_id_col)
            version = inspect_of(obj).dict.get(prop.key)
            if isinstance(version, int) and not isinstance(version, bool):
                self.versions[kind][record_id] = version

    def notice(self, db: Database, user: str | None) -> changes.ChangeNotice:
        kinds: dict[str, set[changes.RecordId] | None] = dict(self.ids)
        kinds.update(dict.fromkeys(self.whole - UNTOLD))
        return changes.notice(
            kinds, workstation=db.workstation, user=user or self.user,
            versions={k: v for k, v in self.versions.items() if kinds.get(k) is not None},
            deleted={k: v for k, v in self.deleted.items() if kinds.get(k) is not None},
            local=True, origin=db.origin)


def _pending(session: Session) -> _Pending:
    pending = session.info.get(_PENDING)
    if pending is None:
        pending = session.info[_PENDING] = _Pending()
    return pending


def _after_flush(session: Session, _context: Any) -> None:
    pending = _pending(session)
    for obj in session.new:
        pending.add(obj)
    for obj in session.dirty:
        # Dirty also holds objects only a collection of which changed: no row of theirs was
        # written, and the related row itself is told under its own kind.
        if session.is_modified(obj, include_collections=False):
            pending.add(obj)
    for obj in session.deleted:
        pending.add(obj, gone=True)


def _on_statement(state: Any) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    name = getattr(table, "name", None)
    if name:
        _pending(state.session).whole.add(name)


class Recorder:
    """The session events of one database, and whether its schema has the log yet (a database
    being migrated, or taken down a revision by a test, has not)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._log_present: bool | None = None
        factory = db.Session
        event.listen(factory, "after_flush", _after_flush)
        event.listen(factory, "do_orm_execute", _on_statement)
        event.listen(factory, "before_commit", self._before_commit)
        event.listen(factory, "after_commit", self._after_commit)
        event.listen(factory, "after_rollback", _forget)

    def schema_changed(self) -> None:
        """Look for the log table again at the next unit of work (after a migration)."""
        self._log_present = None

    def _before_commit(self, session: Session) -> None:
        session.flush()  # what is still pending is written now, so after_flush sees it all
        pending: _Pending | None = session.info.pop(_PENDING, None)
        if not pending:
            return
        connection = session.connection()
        change = pending.notice(self.db, session.info.get(USER_KEY))
        if self._log_present is None:
            self._log_present = inspect_of(connection).has_table("change_log")
        if self._log_present:
            change = _with_log_id(change, _write_log(connection, change))
        if not self.db.is_sqlite:
            # Delivered by the server at commit, and only if the commit succeeds.
            connection.execute(select(func.pg_notify(changes.CHANNEL,
                                                     changes.to_payload(change))))
        session.info[_READY] = change

    def _after_commit(self, session: Session) -> None:
        change = session.info.pop(_READY, None)
        if change is not None:
            self.db.changes.publish(change)


def _forget(session: Session) -> None:
    session.info.pop(_PENDING, None)
    session.info.pop(_READY, None)


def _with_log_id(change: changes.ChangeNotice, log_id: int) -> changes.ChangeNotice:
    return replace(change, log_id=log_id)


def _write_log(connection: Any, change: changes.ChangeNotice) -> int:
    now = change.at.astimezone(UTC).replace(tzinfo=None)
    log_id = connection.execute(
        insert(change_log).values(at=now, workstation=change.workstation,
                                  username=change.user,
                                  payload=changes.to_payload(change, changes.LOG_LIMIT))
        .returning(change_log.c.id)).scalar_one()
    if log_id % PRUNE_EVERY == 0:
        connection.execute(delete(change_log).where(
            (change_log.c.id <= log_id - KEEP_ROWS)
            | (change_log.c.at < now - timedelta(days=KEEP_DAYS))))
    return log_id
