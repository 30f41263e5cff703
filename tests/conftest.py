"""One offscreen QApplication per run, a private data folder, and databases on both engines."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from desktop import i18n
from desktop.models import Base
from desktop.storage.database import Database
from desktop.storage.migrations import upgrade

PG_ENV = "GHURFA_TEST_PG_URL"


# QtWebEngine's tests run first: started after a few hundred other Qt tests (print previews,
# QtPdf, many windows made and gone), its first page crashed the process (SIGSEGV) in two runs
# of the whole suite, while it never did run alone or first.
_WEB_ENGINE_TESTS = ("test_map_view.py", "test_centres_map_in_area.py")


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config,
                                  items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: item.path.name not in _WEB_ENGINE_TESTS)  # stable: order kept


def pytest_configure(config: pytest.Config) -> None:
    """What the program does before its QApplication exists, done before pytest-qt's."""
    try:
        from ui.centres.web_scheme import prepare_application
    except ImportError:  # no QtWebEngine here: the map's tests say so and skip
        return
    prepare_application()


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Nothing a test does touches the real user's data or settings."""
    monkeypatch.setenv("GHURFA_HOME", str(tmp_path_factory.mktemp("home")))
    monkeypatch.delenv("GHURFA_DB_URL", raising=False)
    i18n.set_language("ar")
    yield
    i18n.set_language("ar")


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrated once; each test gets a copy, which is much faster than migrating again."""
    file = tmp_path_factory.mktemp("template") / "ghurfa.sqlite3"
    db = Database(f"sqlite:///{file}")
    upgrade(db)
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return file


@contextmanager
def _scratch_pg(prefix: str) -> Iterator[str]:
    """A database of its own on the test server, created now and dropped after."""
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"PostgreSQL tests need {PG_ENV} (e.g. postgresql+psycopg://postgres@127.0.0.1/test)")
    url = make_url(base)
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A migrated database for this run, shared by the tests that take ``db``."""
    with _scratch_pg("ghurfa_test") as url:
        db = Database(url)
        upgrade(db)
        db.dispose()
        yield url


@pytest.fixture
def own_pg() -> Iterator[str]:
    """An empty database of this test's own, for tests that migrate or damage it."""
    with _scratch_pg("ghurfa_own") as url:
        yield url


def _sqlite_db(template: Path, tmp_path: Path) -> Database:
    file = tmp_path / "ghurfa.sqlite3"
    shutil.copy(template, file)
    return Database(f"sqlite:///{file}")


def _pg_db(url: str) -> Database:
    db = Database(url)
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with db.engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    return db


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """An empty, migrated database: every test that takes it runs on both engines."""
    if request.param == "sqlite":
        database = _sqlite_db(request.getfixturevalue("sqlite_template"), tmp_path)
    else:
        database = _pg_db(request.getfixturevalue("pg_url"))
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    """SQLite only: for tests of the embedded default itself, and the slower GUI tests."""
    database = _sqlite_db(sqlite_template, tmp_path)
    yield database
    database.dispose()
