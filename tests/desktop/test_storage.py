"""The embedded default and the migrations: WAL, foreign keys, backups, up and down."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from desktop import settings
from desktop.models import Base
from desktop.storage.database import Database
from desktop.storage.migrations import current_revision, downgrade, head_revision, upgrade


def test_default_database_is_sqlite_in_the_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("GHURFA_HOME", str(tmp_path))
    url = settings.database_url()
    assert url == f"sqlite:///{tmp_path / 'data' / 'ghurfa.sqlite3'}"


def test_one_setting_chooses_the_database(tmp_path, monkeypatch):
    monkeypatch.setenv("GHURFA_HOME", str(tmp_path))
    settings.save({"database_url": "postgresql+psycopg://room@server/ghurfa"})
    assert settings.database_url() == "postgresql+psycopg://room@server/ghurfa"
    monkeypatch.setenv("GHURFA_DB_URL", "sqlite:///elsewhere.sqlite3")
    assert settings.database_url() == "sqlite:///elsewhere.sqlite3"
    assert settings.database_url("sqlite:///cli.sqlite3") == "sqlite:///cli.sqlite3"


def test_sqlite_runs_with_wal_foreign_keys_and_full_sync(sqlite_db):
    with sqlite_db.engine.connect() as c:
        assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert c.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_migrations_go_up_from_empty_and_match_the_model(db):
    assert current_revision(db) == head_revision(db)
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_migrations_go_down_one_step_and_up_again(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    upgrade(db)
    head = current_revision(db)
    downgrade(db, "-1")
    assert current_revision(db) != head
    upgrade(db)
    assert current_revision(db) == head
    db.dispose()


@pytest.mark.pg
def test_migrations_go_down_and_up_on_postgresql(pg_url):
    db = Database(pg_url)
    head = current_revision(db)
    downgrade(db, "-1")
    assert current_revision(db) != head
    upgrade(db)
    assert current_revision(db) == head
    db.dispose()


def test_a_sqlite_file_is_copied_aside_before_a_migration(tmp_path):
    file = tmp_path / "old.sqlite3"
    db = Database(f"sqlite:///{file}")
    upgrade(db, "base")
    with db.engine.begin() as c:  # a file that predates the schema, holding something
        c.execute(text("CREATE TABLE keepsake (x TEXT)"))
        c.execute(text("INSERT INTO keepsake VALUES ('محضر')"))
    backup = upgrade(db)
    assert backup is not None and backup.exists()
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT x FROM keepsake").fetchone() == ("محضر",)
    copy.close()
    assert upgrade(db) is None  # already current: nothing to copy
    db.dispose()


def test_describe_names_the_database_without_a_password():
    db = Database("postgresql+psycopg://room:secret@10.0.0.5:5433/ghurfa")
    assert db.describe() == "PostgreSQL: ghurfa@10.0.0.5:5433"
    assert "secret" not in db.describe()
    db.dispose()
    assert Database(f"sqlite:///{Path('/tmp/x.sqlite3')}").describe() == "SQLite: /tmp/x.sqlite3"


def test_quick_revision_reading_agrees_with_alembic(db):
    """The start reads the revisions without Alembic; Alembic's own answer must be the same."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from desktop.storage.migrations import config

    assert head_revision(db) == ScriptDirectory.from_config(config(db)).get_current_head()
    with db.engine.connect() as connection:
        assert current_revision(db) == MigrationContext.configure(connection).get_current_revision()
    empty = Database("sqlite://")
    assert current_revision(empty) is None


@pytest.mark.parametrize("content, expected", [
    ('{"database_url": "postgresql+psycopg://room@server/ghurfa",\n  "language": }',
     "its text is broken at line 2, column 15"),
    ('"just a string"', "does not hold settings"),
    ("[1, 2]", "does not hold settings"),
])
def test_a_settings_file_that_cannot_be_read_is_refused_not_passed_over(
        content, expected, tmp_path, monkeypatch, capsys):
    """Passed over, it would open an empty local file instead of the room's server."""
    from desktop.cli import main
    from desktop.services.errors import DatabaseUnavailable

    monkeypatch.setenv("GHURFA_HOME", str(tmp_path))
    settings.config_file().write_text(content, encoding="utf-8")
    with pytest.raises(DatabaseUnavailable) as refused:
        settings.database_url()
    message = refused.value.message("en")
    assert expected in message and str(settings.config_file()) in message
    with pytest.raises(settings.SettingsUnreadable):
        settings.load(strict=True)
    assert settings.load() == {}
    assert main(["--lang", "en", "check"]) == 2
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err
    assert not (tmp_path / "data" / "ghurfa.sqlite3").exists()
    # an address given outright needs no settings file
    assert settings.database_url("sqlite:///cli.sqlite3") == "sqlite:///cli.sqlite3"
    monkeypatch.setenv("GHURFA_DB_URL", "sqlite:///elsewhere.sqlite3")
    assert settings.database_url() == "sqlite:///elsewhere.sqlite3"


def test_the_windows_settings_readers_tolerate_a_file_that_is_not_an_object(tmp_path,
                                                                            monkeypatch):
    from ui.settings import store

    monkeypatch.setenv("GHURFA_HOME", str(tmp_path))
    settings.config_file().write_text('"just a string"', encoding="utf-8")
    assert store.saved_language() is None
    assert store.load_preferences() == {}
    assert store.saved_database_url() is None


def test_a_database_url_setting_that_is_not_text_is_refused(tmp_path, monkeypatch):
    from desktop.services.errors import DatabaseUnavailable

    monkeypatch.setenv("GHURFA_HOME", str(tmp_path))
    settings.save({"database_url": 5432})
    with pytest.raises(DatabaseUnavailable, match="database_url"):
        settings.database_url()
