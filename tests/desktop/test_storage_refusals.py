"""What the storage refuses, and how it says so: a schema that is not this version's to change,
a file that is not a database, a server that does not answer, a writer holding the file, a
connection lost, an address that does not parse. Each is a domain error, never a traceback."""

from __future__ import annotations

import shutil
import socket
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from desktop.cli import main
from desktop.services.errors import Conflict, DatabaseUnavailable
from desktop.storage import database as database_module
from desktop.storage.database import Database
from desktop.storage.migrations import (
    current_revision,
    head_revision,
    pending_revisions,
    upgrade,
)
from desktop.storage.refusals import unreachable

PG_ENV = "GHURFA_TEST_PG_URL"


def _backups(db: Database) -> list[Path]:
    from desktop.storage.backups import listing

    return [backup.path for backup in listing(db)] if db.file else []


def _set_revision(db: Database, revision: str) -> None:
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})


# A newer Ghurfa's database ----------------------------------------------------------------

def test_a_database_from_a_newer_ghurfa_is_refused_before_any_backup(db):
    head = head_revision(db)
    _set_revision(db, "0099")
    try:
        with pytest.raises(DatabaseUnavailable) as refused:
            upgrade(db)
        message = refused.value.message("en")
        assert "newer" in message and "0099" in message
        assert not refused.value.misuse
        assert _backups(db) == []
        with pytest.raises(DatabaseUnavailable, match="0099"):
            pending_revisions(db)
        url = db.url.render_as_string(hide_password=False)
        with pytest.raises(DatabaseUnavailable, match="0099"):
            Database.open(url)
        assert _backups(db) == []
    finally:
        _set_revision(db, head)
    assert current_revision(db) == head


def test_check_reports_a_database_from_a_newer_ghurfa_and_copies_nothing(tmp_path, capsys):
    file = tmp_path / "newer.sqlite3"
    url = f"sqlite:///{file}"
    assert main(["--db", url, "check", "--migrate"]) == 0
    raw = sqlite3.connect(file)
    raw.execute("UPDATE alembic_version SET version_num = '0099'")
    raw.commit()
    raw.close()
    capsys.readouterr()
    for extra in ([], ["--migrate"], ["--migrate"]):
        assert main(["--lang", "en", "--db", url, "check", *extra]) == 1
        err = capsys.readouterr().err
        assert "newer Ghurfa" in err and "0099" in err and "Traceback" not in err
    assert list(tmp_path.glob("*.pre-*")) == []


# Another program's database ---------------------------------------------------------------

def _assert_foreign_refused(url: str) -> None:
    db = Database(url)
    try:
        with pytest.raises(DatabaseUnavailable) as refused:
            upgrade(db)
        message = refused.value.message("en")
        assert "another program" in message and "invoices" in message
        assert sorted(inspect(db.engine).get_table_names()) == ["clients", "invoices"]
        assert _backups(db) == []
    finally:
        db.dispose()


def test_another_programs_sqlite_file_is_not_written_into(tmp_path, capsys):
    file = tmp_path / "books.sqlite3"
    raw = sqlite3.connect(file)
    raw.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    raw.execute("CREATE TABLE clients (id INTEGER PRIMARY KEY)")
    raw.commit()
    raw.close()
    url = f"sqlite:///{file}"
    _assert_foreign_refused(url)
    for extra in ([], ["--migrate"]):
        assert main(["--lang", "en", "--db", url, "check", *extra]) == 1
        err = capsys.readouterr().err
        assert "another program" in err and "Traceback" not in err
    _assert_foreign_refused(url)


@pytest.mark.pg
def test_another_programs_postgresql_database_is_not_written_into(own_pg, capsys):
    engine = create_engine(own_pg)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id serial PRIMARY KEY)"))
        connection.execute(text("CREATE TABLE clients (id serial PRIMARY KEY)"))
    engine.dispose()
    _assert_foreign_refused(own_pg)
    assert main(["--lang", "en", "--db", own_pg, "check", "--migrate"]) == 1
    assert "another program" in capsys.readouterr().err
    _assert_foreign_refused(own_pg)


def test_an_empty_database_and_a_ghurfa_one_at_base_are_still_migrated(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'e.sqlite3'}")
    assert upgrade(db) is None
    assert current_revision(db) == head_revision(db)
    db.dispose()


# A writer holding the file, a connection lost ---------------------------------------------

def test_a_file_another_writer_holds_is_a_conflict_and_nothing_is_saved(sqlite_db, monkeypatch):
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 50)
    sqlite_db.engine.dispose()
    holder = sqlite3.connect(sqlite_db.file, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(Conflict) as refused, sqlite_db.session() as session:
            session.execute(text("INSERT INTO ranks (name_ar, seniority, created_at, "
                                 "updated_at, version) VALUES ('ملازم', 1, '2020-01-01', "
                                 "'2020-01-01', 1)"))
        assert "busy" in refused.value.message("en")
        with sqlite_db.reader() as session:  # readers do not wait on the writer
            assert session.execute(text("SELECT count(*) FROM ranks")).scalar() == 0
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with sqlite_db.session() as session:
        session.execute(text("SELECT 1"))


@pytest.mark.pg
def test_a_lost_connection_is_said_so(pg_url):
    db = Database(pg_url)
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    try:
        with pytest.raises(DatabaseUnavailable) as refused, db.session() as session:
            pid = session.execute(text("SELECT pg_backend_pid()")).scalar()
            with admin.connect() as connection:
                connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            session.execute(text("SELECT 1"))
        message = refused.value.message("en")
        assert "connection to the database" in message and "was lost" in message
        with db.session() as session:  # the pool gives a fresh connection next time
            assert session.execute(text("SELECT 1")).scalar() == 1
    finally:
        admin.dispose()
        db.dispose()


# Why a database cannot be opened, in words -------------------------------------------------

def _damaged_copy(template: Path, target: Path) -> Path:
    shutil.copy(template, target)
    data = bytearray(target.read_bytes())
    for offset in range(4096, len(data), 4096):  # every page but the first, as a bad disk might
        data[offset:offset + 200] = b"\xff" * 200
    target.write_bytes(bytes(data))
    return target


@pytest.mark.parametrize("kind", ["not-a-database", "damaged", "a-folder"])
def test_why_an_sqlite_file_cannot_be_opened_is_said_in_words(kind, tmp_path, sqlite_template,
                                                              capsys):
    file = tmp_path / "x.sqlite3"
    if kind == "not-a-database":
        file.write_text("minutes of the meeting, typed by hand " * 20, encoding="utf-8")
        expected, driver = "is not a Ghurfa database", "file is not a database"
    elif kind == "damaged":
        _damaged_copy(sqlite_template, file)
        expected, driver = "is damaged; restore", "malformed"
    else:
        file.mkdir()
        expected, driver = "check that its folder exists", "unable to open"
    with pytest.raises(DatabaseUnavailable) as refused:
        Database.open(f"sqlite:///{file}")
    message = refused.value.message("en")
    assert expected in message and driver not in message and str(file) in message
    assert main(["--lang", "en", "--db", f"sqlite:///{file}", "check"]) == 1
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err


def _server(base: str, **parts) -> str:
    return make_url(base).set(**parts).render_as_string(hide_password=False)


def test_a_port_where_no_server_listens_is_said_in_words():
    with pytest.raises(DatabaseUnavailable) as refused:
        Database.open("postgresql+psycopg://room@127.0.0.1:1/ghurfa")
    message = refused.value.message("en")
    assert "No database server answers at 127.0.0.1:1" in message
    assert "Connection refused" not in message


def test_a_server_that_does_not_answer_is_said_in_words(monkeypatch):
    monkeypatch.setattr(database_module, "CONNECT_TIMEOUT", 1)
    silent = socket.socket()  # accepts the connection and never speaks
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)
    port = silent.getsockname()[1]
    try:
        with pytest.raises(DatabaseUnavailable) as refused:
            Database.open(f"postgresql+psycopg://room@127.0.0.1:{port}/ghurfa")
    finally:
        silent.close()
    assert refused.value.message("en") == (
        f"The server 127.0.0.1:{port} did not answer within 1 seconds.")


@pytest.mark.pg
def test_a_missing_database_and_an_unknown_user_are_said_in_words(pg_url):
    with pytest.raises(DatabaseUnavailable) as refused:
        Database.open(_server(pg_url, database="ghurfa_no_such_database"))
    message = refused.value.message("en")
    assert "holds no database named ghurfa_no_such_database" in message
    assert "FATAL" not in message
    with pytest.raises(DatabaseUnavailable) as refused:
        Database.open(_server(pg_url, username="ghurfa_no_such_user"))
    assert "knows no user named ghurfa_no_such_user" in refused.value.message("en")


@pytest.mark.parametrize("driver_line", [
    'connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  '
    'password authentication failed for user "room"',
    'connection failed: connection to server at "10.0.0.5", port 5432 failed: '
    "fe_sendauth: no password supplied",
])
def test_a_refused_password_is_said_in_words_without_the_password(driver_line):
    import psycopg

    db = Database("postgresql+psycopg://room:secret@10.0.0.5/ghurfa")
    error = OperationalError("connect", {}, psycopg.OperationalError(driver_line))
    message = unreachable(db, error).message("en")
    db.dispose()
    assert message == ("The server 10.0.0.5:5432 refused the user room: the password is wrong "
                       "or missing.")


def test_an_unforeseen_cause_keeps_the_drivers_line_as_a_last_resort():
    db = Database("postgresql+psycopg://room@10.0.0.5/ghurfa")
    error = OperationalError("connect", {}, Exception("something new\nsecond line"))
    message = unreachable(db, error).message("en")
    db.dispose()
    assert message.endswith("cannot be reached: something new")


# Addresses that do not parse ----------------------------------------------------------------

@pytest.mark.parametrize("address", [
    "postgresql://postgres:secret@127.0.0.1:notaport/x",
    "postgresql://postgres:secret@[::1/x",
    "sqlite:///{folder}/x.db?timeout=abc",
])
def test_a_malformed_address_is_misuse_named_without_its_password(address, tmp_path, capsys):
    address = address.format(folder=tmp_path)
    with pytest.raises(DatabaseUnavailable) as refused:
        Database.open(address)
    assert refused.value.misuse
    message = refused.value.message("en")
    assert "secret" not in message and address.split("@")[-1] in message
    assert main(["--lang", "en", "--db", address, "check", "--migrate"]) == 2
    assert main(["--lang", "en", "--db", address, "check"]) != 0  # a file not there: 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "secret" not in err and "ValueError" not in err
    assert not (tmp_path / "x.db").exists()


# A database in memory -----------------------------------------------------------------------

@pytest.mark.parametrize("address", ["sqlite://", "sqlite:///:memory:"])
def test_commands_refuse_a_database_in_memory(address, capsys):
    for command in (["demo"], ["check"], ["check", "--migrate"]):
        assert main(["--lang", "en", "--db", address, *command]) == 2
        err = capsys.readouterr().err
        assert "in memory" in err and "Traceback" not in err
        assert "loaded" not in capsys.readouterr().out


def test_code_may_still_open_a_database_in_memory():
    db = Database.open("sqlite:///:memory:")
    assert db.in_memory and db.file is None
    assert current_revision(db) == head_revision(db)
    db.dispose()


def test_a_connection_lost_while_reading_is_said_as_such(pg_url):
    """A server connection: PostgreSQL only."""
    db = Database(pg_url)
    admin = create_engine(db.url, isolation_level="AUTOCOMMIT")
    try:
        with pytest.raises(DatabaseUnavailable) as caught, db.reader() as session:
            pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
            with admin.connect() as connection:
                connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            session.execute(text("SELECT 1"))
    finally:
        admin.dispose()
        db.dispose()
    assert "انقطع الاتصال" in caught.value.message("ar")
