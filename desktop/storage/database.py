"""One database, SQLite or PostgreSQL, behind one object the whole program shares."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from desktop import settings


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
        self.url = make_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        if self.is_sqlite and self.url.database and self.url.database != ":memory:":
            Path(self.url.database).parent.mkdir(parents=True, exist_ok=True)
        options: dict = {"future": True}
        if not self.is_sqlite:
            options.update(pool_pre_ping=True, pool_size=5, max_overflow=5)
        self.engine: Engine = create_engine(self.url, **options)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
            event.listen(self.engine, "begin", _sqlite_begin)
        self.Session = sessionmaker(self.engine.execution_options(write=True),
                                    expire_on_commit=False)
        self.ReadSession = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str | None = None, *, migrate: bool = True) -> Database:
        """Open the configured database and bring its schema up to date."""
        db = cls(settings.database_url(url))
        if migrate:
            from desktop.storage.migrations import upgrade

            upgrade(db)
        return db

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back if it raises."""
        with self.Session.begin() as session:
            yield session

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
