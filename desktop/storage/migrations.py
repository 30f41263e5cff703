"""Alembic, run from code at start: the schema is brought up to date before any work."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from desktop.storage.database import Database

SCRIPTS = Path(__file__).resolve().parent.parent / "migrations"


def config(db: Database) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPTS))
    cfg.set_main_option("sqlalchemy.url", db.url.render_as_string(hide_password=False))
    cfg.attributes["engine"] = db.engine
    return cfg


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision(db: Database) -> str | None:
    return ScriptDirectory.from_config(config(db)).get_current_head()


def backup_sqlite(db: Database, reason: str = "pre-migration") -> Path | None:
    """Copy an SQLite file aside (with its WAL checkpointed) before its schema changes."""
    file = db.file
    if file is None or not file.exists() or file.stat().st_size == 0:
        return None
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = file.with_name(f"{file.stem}.{reason}-{stamp}{file.suffix}")
    shutil.copy2(file, target)
    return target


def upgrade(db: Database, revision: str = "head") -> Path | None:
    """Migrate to ``revision``; returns the backup made first, if any."""
    current = current_revision(db)
    if current == head_revision(db) and revision == "head":
        return None
    backup = None
    if current is not None or inspect(db.engine).get_table_names():
        backup = backup_sqlite(db)
    command.upgrade(config(db), revision)
    return backup


def downgrade(db: Database, revision: str) -> None:
    backup_sqlite(db, "pre-downgrade")
    command.downgrade(config(db), revision)
