"""One database, SQLite or PostgreSQL, behind one object the whole program shares."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, UniqueConstraint, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop import settings
from desktop.services.errors import Conflict, DatabaseUnavailable, Term

SUPPORTED = ("sqlite", "postgresql")
CONNECT_TIMEOUT = 10  # seconds: a server that does not answer is said so, not waited on


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # The driver's own transaction handling begins only at the first write, after a unit of
    # work has already read; SQLAlchemy emits BEGIN itself instead (see _sqlite_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _sqlite_begin(connection) -> None:
    """Units of work take the write lock up front (waiting up to the busy timeout), so two
    workstations or threads never both read a value and then both write from it; readers
    begin deferred and never wait on a writer (WAL)."""
    if connection.get_execution_options().get("write"):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


class Database:
    """The engine and the session factory; ``with db.session() as s:`` is one unit of work."""

    def __init__(self, url: str) -> None:
        self.url = _parse(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        if self.is_sqlite and self.url.database and self.url.database != ":memory:":
            Path(self.url.database).parent.mkdir(parents=True, exist_ok=True)
        options: dict = {"future": True}
        if not self.is_sqlite:
            options.update(pool_pre_ping=True, pool_size=5, max_overflow=5,
                           connect_args={"connect_timeout": CONNECT_TIMEOUT})
        try:
            self.engine: Engine = create_engine(self.url, **options)
        except (NoSuchModuleError, ImportError) as error:  # the driver is not installed
            raise DatabaseUnavailable(
                "The database driver {driver} is not installed.", misuse=True,
                driver=self.url.drivername) from error
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
            event.listen(self.engine, "begin", _sqlite_begin)
        self.Session = sessionmaker(self.engine.execution_options(write=True),
                                    expire_on_commit=False)
        self.ReadSession = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str | None = None, *, migrate: bool = True,
             must_exist: bool = False) -> Database:
        """Open the configured database and bring its schema up to date.

        ``must_exist`` refuses an SQLite file that is not there instead of creating it: a
        command that reports on a database must not leave an empty one behind."""
        address = settings.database_url(url)
        if must_exist:
            parsed = _parse(address)
            name = parsed.database
            if (parsed.get_backend_name() == "sqlite" and name and name != ":memory:"
                    and not Path(name).exists()):
                raise DatabaseUnavailable("There is no database at {file}.", file=name)
        db = cls(address)
        try:
            if migrate:
                from desktop.storage.migrations import upgrade

                upgrade(db)
            else:
                with db.engine.connect():
                    pass
        except DBAPIError as error:
            db.dispose()
            raise DatabaseUnavailable(
                "The database {name} cannot be reached: {reason}", name=db.describe(),
                reason=_first_line(error)) from error
        return db

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back if it raises.

        What the database itself refuses at commit (a duplicate saved meanwhile by another
        workstation, a row changed under this edit) comes out as a domain error, so the user
        reads what happened rather than the driver's report."""
        try:
            with self.Session.begin() as session:
                yield session
        except StaleDataError as error:
            raise Conflict("Someone else changed this record while you were editing it; "
                           "reload it and try again.") from error
        except IntegrityError as error:
            raise _clash(error) from error

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A session for reading only; nothing it does is committed."""
        with self.ReadSession() as session:
            yield session

    @property
    def file(self) -> Path | None:
        if self.is_sqlite and self.url.database and self.url.database != ":memory:":
            return Path(self.url.database)
        return None

    def describe(self) -> str:
        """What the status bar shows: a file path or a server, never a password."""
        if self.is_sqlite:
            return f"SQLite: {self.file or ':memory:'}"
        host = self.url.host or "localhost"
        port = f":{self.url.port}" if self.url.port else ""
        return f"PostgreSQL: {self.url.database}@{host}{port}"

    def dispose(self) -> None:
        self.engine.dispose()


def _parse(url: str):
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise DatabaseUnavailable(
            "{url} is not a database address; write for example sqlite:///file.sqlite3 or "
            "postgresql+psycopg://user@host/ghurfa.", misuse=True, url=url) from error
    if parsed.get_backend_name() not in SUPPORTED:
        raise DatabaseUnavailable(
            "Ghurfa works with SQLite and PostgreSQL only, not {backend}.", misuse=True,
            backend=parsed.get_backend_name())
    return parsed


def _first_line(error: DBAPIError) -> str:
    text = str(error.orig or error).strip()
    return text.splitlines()[0] if text else type(error.orig).__name__


# What a clash on each unique constraint or index means to the user, by constraint name
# (PostgreSQL reports it) and by its columns (SQLite reports those).
_CLASHES = {
    "uq_people_force_id_service_number": Term("Service number"),
    "uq_people_service_number_without_force": Term("Service number"),
    "uq_assignments_shift_person": Term("Person in this shift"),
    "uq_assignments_shift_vehicle": Term("Vehicle in this shift"),
    "uq_assignments_shift_detachment": Term("Detachment in this shift"),
    "uq_centres_code": Term("Commission code"),
    "uq_vehicles_plate": Term("Plate"),
    "uq_areas_code": Term("Code"),
    "uq_users_username": Term("Username"),
    "uq_ranks_name_ar": Term("Rank"),
    "uq_issuing_offices_code": Term("Code"),
    "uq_shifts_election_id_on_date_label": Term("Shift"),
    "uq_election_phases_election_id_kind": Term("Phase"),
    "uq_document_numbers_office_id_year_sequence": Term("Document number"),
    "uq_attendances_meeting_id_person_id": Term("Attendee"),
}


def _constraint_of(error: IntegrityError) -> tuple[str, str | None]:
    """(kind, constraint name) of a refusal: kind is unique, reference or other."""
    orig = error.orig
    state = getattr(orig, "sqlstate", None)
    if state is not None:  # PostgreSQL
        name = getattr(getattr(orig, "diag", None), "constraint_name", None)
        return {"23505": "unique", "23503": "reference"}.get(state, "other"), name
    text = str(orig)
    if text.startswith("UNIQUE constraint failed: "):
        return "unique", _sqlite_index(text.removeprefix("UNIQUE constraint failed: "))
    if text.startswith("FOREIGN KEY constraint failed"):
        return "reference", None
    return "other", None


def _sqlite_index(columns: str) -> str | None:
    """The unique constraint or index SQLite means by «table.a, table.b»."""
    from desktop.models import Base

    named = [c.strip().split(".", 1) for c in columns.split(",")]
    if not named or any(len(n) != 2 for n in named):
        return None
    table = Base.metadata.tables.get(named[0][0])
    wanted = [n[1] for n in named]
    if table is None:
        return None
    unique = [i for i in table.indexes if i.unique]
    unique += [c for c in table.constraints if isinstance(c, UniqueConstraint)]
    for item in unique:
        if [c.name for c in item.columns] == wanted:
            return item.name
    return None


def _clash(error: IntegrityError) -> Conflict:
    kind, name = _constraint_of(error)
    if kind == "unique":
        what = _CLASHES.get(name or "")
        if what is not None:
            return Conflict("This record clashes with one saved meanwhile: the same {what} is "
                            "already recorded. Reload and check before saving again.", what=what)
        return Conflict("This record clashes with one saved meanwhile. Reload and check before "
                        "saving again.")
    if kind == "reference":
        return Conflict("This record names another that does not exist or was removed "
                        "meanwhile, or is still named by other records and cannot be removed.")
    return Conflict("The database refused the change: {reason}", reason=_first_line(error))
