"""One database, SQLite or PostgreSQL, behind one object the whole program shares."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, UniqueConstraint, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    IntegrityError,
    NoSuchModuleError,
    OperationalError,
)
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop import settings
from desktop.services.errors import Conflict, DatabaseUnavailable, DomainError, Term

SUPPORTED = ("sqlite", "postgresql")
CONNECT_TIMEOUT = 10  # seconds: a server that does not answer is said so, not waited on
BUSY_TIMEOUT_MS = 10_000  # how long an SQLite write waits for another writer to finish


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # The driver's own transaction handling begins only at the first write, after a unit of
    # work has already read; SQLAlchemy emits BEGIN itself instead (see _sqlite_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_MS)}")
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
        file = self.file
        if file is not None:
            try:
                file.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise DatabaseUnavailable(
                    "The database file {file} cannot be opened: check that its folder exists "
                    "and may be written.", file=str(file)) from error
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
        except (ValueError, TypeError) as error:  # an option the driver cannot read
            raise _bad_option(self.url) from error
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
            event.listen(self.engine, "begin", _sqlite_begin)
        self.Session = sessionmaker(self.engine.execution_options(write=True),
                                    expire_on_commit=False)
        self.ReadSession = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str | None = None, *, migrate: bool = True,
             must_exist: bool = False, lasting: bool = False) -> Database:
        """Open the configured database and bring its schema up to date.

        ``must_exist`` refuses an SQLite file that is not there instead of creating it: a
        command that reports on a database must not leave an empty one behind. ``lasting``
        refuses a database in memory, for commands whose work must outlive them."""
        address = settings.database_url(url)
        parsed = _parse(address)
        if (must_exist or lasting) and _in_memory(parsed):
            raise in_memory_refusal(parsed)
        if must_exist and parsed.get_backend_name() == "sqlite":
            name = parsed.database or ""
            if not Path(name).exists():
                raise DatabaseUnavailable("There is no database at {file}.", file=name)
        db = cls(address)
        try:
            db._connect()
            if migrate:
                from desktop.storage.migrations import upgrade

                upgrade(db)
        except DomainError:
            db.dispose()
            raise
        except DBAPIError as error:
            db.dispose()
            raise unreachable(db, error) from error
        return db

    def _connect(self) -> None:
        """The first connection: where a malformed option or an absent server shows."""
        try:
            with self.engine.connect():
                pass
        except (ValueError, TypeError) as error:
            raise _bad_option(self.url) from error

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back if it raises.

        What the database itself refuses at commit (a duplicate saved meanwhile by another
        workstation, a row changed under this edit, a writer holding the file, a connection
        lost) comes out as a domain error, so the user reads what happened rather than the
        driver's report."""
        try:
            with self.Session.begin() as session:
                yield session
        except StaleDataError as error:
            raise Conflict("Someone else changed this record while you were editing it; "
                           "reload it and try again.") from error
        except IntegrityError as error:
            raise _clash(error) from error
        except DBAPIError as error:
            refusal = self._refusal(error)
            if refusal is None:
                raise
            raise refusal from error

    def _refusal(self, error: DBAPIError) -> DomainError | None:
        """What a failed unit of work means to the user; None for a fault of the program."""
        if error.connection_invalidated:
            return _lost(self)
        if not isinstance(error, OperationalError):
            return None
        if self.is_sqlite:
            cause = _sqlite_cause(error)
            if cause in ("SQLITE_BUSY", "SQLITE_LOCKED"):
                return _busy()
            if cause == "SQLITE_FULL":
                return _disk_full()
            if cause == "SQLITE_READONLY":
                return DatabaseUnavailable(
                    "The database file {file} may only be read: the file or its folder is "
                    "read-only. Nothing was saved.", file=str(self.file or ":memory:"))
            if cause in ("SQLITE_IOERR", "SQLITE_CORRUPT", "SQLITE_NOTADB"):
                return DatabaseUnavailable(
                    "The database file {file} could not be written and may be damaged; nothing "
                    "was saved. Run ghurfa check.", file=str(self.file or ":memory:"))
        else:
            state = getattr(error.orig, "sqlstate", None) or ""
            if state.startswith("40") or state == "55P03":  # deadlock, serialisation, lock
                return _busy()
            if state.startswith("08") or state.startswith("57P"):
                return _lost(self)
            if state == "53100":
                return _disk_full()
        return DatabaseUnavailable(
            "The database {name} refused the change, and nothing was saved: {reason}",
            name=self.describe(), reason=_first_line(error))

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A session for reading only; nothing it does is committed. A connection lost or a
        damaged file while reading is said as such, like a failed unit of work."""
        try:
            with self.ReadSession() as session:
                yield session
        except DBAPIError as error:
            if error.connection_invalidated or (
                    not self.is_sqlite and isinstance(error, OperationalError)):
                raise DatabaseUnavailable(
                    "The connection to the database {name} was lost. Check the network and the "
                    "server, then try again.", name=self.describe()) from error
            if self.is_sqlite and _sqlite_cause(error) in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
                raise DatabaseUnavailable(
                    "The database file {file} is damaged; restore a saved copy of it.",
                    file=str(self.file or ":memory:")) from error
            raise

    @property
    def in_memory(self) -> bool:
        return _in_memory(self.url)

    @property
    def file(self) -> Path | None:
        if self.is_sqlite and not _in_memory(self.url):
            return Path(self.url.database or "")
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


def _parse(url: str) -> URL:
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError, TypeError) as error:  # a port or host that is no such
        raise DatabaseUnavailable(
            "{url} is not a database address; write for example sqlite:///file.sqlite3 or "
            "postgresql+psycopg://user@host/ghurfa.", misuse=True,
            url=_masked(str(url))) from error
    if parsed.get_backend_name() not in SUPPORTED:
        raise DatabaseUnavailable(
            "Ghurfa works with SQLite and PostgreSQL only, not {backend}.", misuse=True,
            backend=parsed.get_backend_name())
    return parsed


_PASSWORD = re.compile(r"(://[^:/@\s]*:)[^@\s]*@")


def _masked(address: str) -> str:
    """An address that does not parse, shown without what stands where a password would."""
    return _PASSWORD.sub(r"\1***@", address)


def _in_memory(url: URL) -> bool:
    if url.get_backend_name() != "sqlite":
        return False
    name = url.database or ""
    return (name in ("", ":memory:") or name.startswith("file::memory:")
            or url.query.get("mode") == "memory")


def in_memory_refusal(url: URL) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        "{url} is a database in memory: it starts empty and is thrown away when the command "
        "ends. Name a file or a server with --db.", misuse=True,
        url=url.render_as_string(hide_password=True))


def _bad_option(url: URL) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        "The database address {url} has an option that cannot be read; correct it or "
        "remove it.", misuse=True, url=url.render_as_string(hide_password=True))


def _first_line(error: DBAPIError) -> str:
    text = str(error.orig or error).strip()
    return text.splitlines()[0] if text else type(error.orig).__name__


# SQLite's result codes, by the words of its messages, for drivers that give no code.
_SQLITE_WORDS = {
    "database is locked": "SQLITE_BUSY",
    "database table is locked": "SQLITE_LOCKED",
    "file is not a database": "SQLITE_NOTADB",
    "database disk image is malformed": "SQLITE_CORRUPT",
    "unable to open database file": "SQLITE_CANTOPEN",
    "readonly database": "SQLITE_READONLY",
    "database or disk is full": "SQLITE_FULL",
    "disk i/o error": "SQLITE_IOERR",
}


def _sqlite_cause(error: DBAPIError) -> str | None:
    """SQLite's primary result code (``SQLITE_BUSY``…) of a refusal."""
    name = getattr(error.orig, "sqlite_errorname", None)
    if name:
        return "_".join(name.split("_")[:2])  # SQLITE_BUSY_SNAPSHOT is SQLITE_BUSY
    text = str(error.orig).lower()
    return next((code for words, code in _SQLITE_WORDS.items() if words in text), None)


def _busy() -> Conflict:
    return Conflict("The database is busy: another workstation or program is writing to it; "
                    "nothing was saved. Try again in a moment.")


def _lost(db: Database) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        "The connection to the database {name} was lost; nothing was saved. Check the network "
        "and the server, then try again.", name=db.describe())


def _disk_full() -> DatabaseUnavailable:
    return DatabaseUnavailable("The disk that holds the database is full; nothing was saved. "
                               "Free some space, then try again.")


def unreachable(db: Database, error: DBAPIError) -> DatabaseUnavailable:
    """Why the database cannot be opened, in words the user can act on; the driver's own line
    only for a cause not foreseen here."""
    if db.is_sqlite:
        file = str(db.file or ":memory:")
        cause = _sqlite_cause(error)
        if cause == "SQLITE_NOTADB":
            return DatabaseUnavailable(
                "The file {file} is not a Ghurfa database, or it is damaged or encrypted.",
                file=file)
        if cause == "SQLITE_CORRUPT":
            return DatabaseUnavailable(
                "The database file {file} is damaged; restore a saved copy of it.", file=file)
        if cause == "SQLITE_CANTOPEN":
            return DatabaseUnavailable(
                "The database file {file} cannot be opened: check that its folder exists and "
                "may be written.", file=file)
        if cause == "SQLITE_READONLY":
            return DatabaseUnavailable(
                "The database file {file} may only be read; Ghurfa must be able to write to "
                "it and to its folder.", file=file)
        if cause in ("SQLITE_BUSY", "SQLITE_LOCKED"):
            return DatabaseUnavailable(
                "The database file {file} is busy: another workstation or program is writing "
                "to it. Try again in a moment.", file=file)
    else:
        refusal = _server_refusal(db, error)
        if refusal is not None:
            return refusal
    return DatabaseUnavailable("The database {name} cannot be reached: {reason}",
                               name=db.describe(), reason=_first_line(error))


def _server_refusal(db: Database, error: DBAPIError) -> DatabaseUnavailable | None:
    """PostgreSQL's usual refusals, by SQLSTATE where the driver gives one (it does not for a
    failed connection), else by libpq's words."""
    state = getattr(error.orig, "sqlstate", None) or ""
    text = str(error.orig).lower()
    host = db.url.host or "localhost"
    server = f"{host}:{db.url.port or 5432}"
    user = db.url.username or ""
    if state == "3D000" or ("database \"" in text and "does not exist" in text):
        return DatabaseUnavailable("The server {server} holds no database named {database}.",
                                   server=server, database=db.url.database or "")
    if state == "28P01" or "password authentication failed" in text or (
            "no password supplied" in text):
        return DatabaseUnavailable(
            "The server {server} refused the user {user}: the password is wrong or missing.",
            server=server, user=user)
    if "no pg_hba.conf entry" in text:
        return DatabaseUnavailable(
            "The server {server} does not admit this workstation or the user {user}; its "
            "administrator must allow them.", server=server, user=user)
    if state == "28000" or ("role \"" in text and "does not exist" in text):
        return DatabaseUnavailable("The server {server} knows no user named {user}.",
                                   server=server, user=user)
    if "timeout expired" in text or type(error.orig).__name__ == "ConnectionTimeout":
        return DatabaseUnavailable(
            "The server {server} did not answer within {seconds} seconds.", server=server,
            seconds=CONNECT_TIMEOUT)
    if "connection refused" in text or ("socket" in text and "no such file" in text):
        return DatabaseUnavailable(
            "No database server answers at {server}: check the address and that the server "
            "is running.", server=server)
    if "failed to resolve host" in text or "could not translate host name" in text:
        return DatabaseUnavailable(
            "The server name {host} cannot be found; check the address.", host=host)
    return None


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
