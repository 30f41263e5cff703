"""One database, SQLite or PostgreSQL, behind one object the whole program shares."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop import settings
from desktop.services import fixed  # noqa: F401  (refuses rewriting the approved: every flush)
from desktop.services.errors import DatabaseUnavailable, DomainError, Forbidden
from desktop.storage import changes, recorder, refusals

SUPPORTED = ("sqlite", "postgresql")
CONNECT_TIMEOUT = 10  # seconds: a server that does not answer is said so, not waited on
BUSY_TIMEOUT_MS = 10_000  # how long an SQLite write waits for another writer to finish


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    """Each SQLite connection: the write-ahead log, foreign keys, a full sync, a busy wait.

    ``synchronous=FULL`` with the WAL: each commit syncs the log before it returns, so a
    commit the user was told is saved survives a pulled plug or a system crash as well as the
    program's crash. ``NORMAL`` syncs the log only at checkpoints: it keeps the file whole and
    keeps every commit through a crash of the program (the log's pages are the system's by
    then; the crash test kills the writer 200 times and loses none), but a power cut may take
    the last commits back. A room records decisions and who guards where, a few commits a
    minute: the sync each costs is nothing beside losing an approval, so FULL it is.
    """
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
    """The engine and the session factory; ``with db.session() as s:`` is one unit of work,
    and ``db.changes`` the hub that hears what each one changed."""

    def __init__(self, url: str | URL) -> None:
        self.url = url if isinstance(url, URL) else _parse(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        file = self.file
        if file is not None:
            _refuse_network_share(file)
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
        # What each unit of work changed goes to ``changes`` once committed (and to the other
        # workstations: see desktop.storage.recorder and desktop.storage.listen). The hub may
        # be replaced by one the program keeps across databases, before the first unit.
        self.workstation = changes.workstation_name()
        # the audit trail names the workstation (desktop.services.audit)
        info = {"ghurfa.workstation": self.workstation}
        self.Session = sessionmaker(self.engine.execution_options(write=True),
                                    expire_on_commit=False, info=info)
        self.ReadSession = sessionmaker(self.engine, expire_on_commit=False, info=info)
        self.origin = changes.new_origin()
        self.changes = changes.ChangeHub()
        self.recorder = recorder.Recorder(self)

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
        db = cls(parsed)
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
            raise refusals.unreachable(db, error) from error
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
        except Forbidden as refused:  # rolled back by now: the refusal is kept on its own
            self._audit_refusal(refused)
            raise
        except (StaleDataError, DBAPIError) as error:
            refusal = refusals.failed_unit(self, error)
            if refusal is None:
                raise
            raise refusal from error

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A session for reading only; nothing it does is committed. A connection lost or a
        damaged file while reading is said as such, like a failed unit of work."""
        try:
            with self.ReadSession() as session:
                yield session
        except Forbidden as refused:
            self._audit_refusal(refused)
            raise
        except DBAPIError as error:
            refusal = refusals.failed_read(self, error)
            if refusal is None:
                raise
            raise refusal from error

    def _audit_refusal(self, refused: Forbidden) -> None:
        """An action the permissions refused goes to the audit trail in a unit of work of its
        own (``desktop.services.audit.record_refusal``), once the refused one is gone."""
        from desktop.services.audit import record_refusal

        record_refusal(self, refused)

    @property
    def in_memory(self) -> bool:
        return _in_memory(self.url)

    @property
    def file(self) -> Path | None:
        if self.is_sqlite and not _in_memory(self.url):
            name = self.url.database or ""
            if self.url.query.get("uri") == "true":  # file:PATH?mode=ro, a URI's own form
                name = name.removeprefix("file:")
            return Path(name)
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


def _refuse_network_share(file: Path) -> None:
    """SQLite on a network share corrupts its file once two machines write it (its locks and
    WAL memory do not travel): the room shares a PostgreSQL server instead."""
    from desktop.storage.network import network_share

    share = network_share(file)
    if share is not None:
        raise DatabaseUnavailable(
            "The database file {file} is on a network share ({kind}). SQLite must not be used "
            "there: two workstations writing one file through a share damage it. Keep the file "
            "on this computer's own disk, or share the room's data with the PostgreSQL mode "
            "(--db postgresql+psycopg://user@server/ghurfa).", misuse=True, file=str(file),
            kind=share)


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
