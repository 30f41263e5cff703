"""Alembic, run from code at start: the schema is brought up to date before any work.

Every start asks whether the schema is current. Answering that through Alembic costs a fifth
of a second of imports, so the common case (it is current) reads the stored revision with one
query and the head from the scripts' own ``revision``/``down_revision`` lines; Alembic is
loaded only when there is something to migrate. A test holds the quick head to Alembic's.
"""

from __future__ import annotations

import re
import shutil
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from desktop.storage.database import Database

if TYPE_CHECKING:
    from alembic.config import Config

SCRIPTS = Path(__file__).resolve().parent.parent / "migrations"
_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(.+)$", re.M)


def config(db: Database) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPTS))
    cfg.set_main_option("sqlalchemy.url", db.url.render_as_string(hide_password=False))
    cfg.attributes["engine"] = db.engine
    return cfg


def current_revision(db: Database) -> str | None:
    if "alembic_version" not in inspect(db.engine).get_table_names():
        return None
    try:
        with db.engine.connect() as connection:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError:
        return None
    return rows[0][0] if len(rows) == 1 else None


def head_revision(db: Database | None = None) -> str | None:
    """The one revision no script names as its parent (read from the scripts, not run)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (SCRIPTS / "versions").glob("*.py"):
        for name, value in _REVISION_LINE.findall(script.read_text(encoding="utf-8")):
            found = set(re.findall(r"['\"]([^'\"]+)['\"]", value))
            (revisions if name == "revision" else parents).update(found)
    heads = revisions - parents
    if len(heads) != 1:
        from alembic.script import ScriptDirectory

        return ScriptDirectory.from_config(config(db)).get_current_head() if db else None
    return heads.pop()


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
    from alembic import command

    command.upgrade(config(db), revision)
    return backup


def downgrade(db: Database, revision: str) -> None:
    from alembic import command

    backup_sqlite(db, "pre-downgrade")
    command.downgrade(config(db), revision)


def pending_revisions(db: Database) -> list[str]:
    """The migrations not yet applied, oldest first (empty when the schema is current)."""
    current, head = current_revision(db), head_revision(db)
    if current == head:
        return []
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(config(db))
    return [s.revision for s in reversed(list(scripts.iterate_revisions(head, current)))]


def schema_drift(db: Database) -> list[str]:
    """How the database's tables differ from the models, one line each (Alembic's comparison);
    empty when they agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from desktop.models import Base

    def ours(_object, name, type_, _reflected, _compare_to) -> bool:
        return not (type_ == "table" and name == "alembic_version")

    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_object": ours})
        diffs = compare_metadata(context, Base.metadata)
    return [_describe(diff) for diff in diffs]


def _describe(diff) -> str:
    """«add_column document_numbers version» and the like: the operation that would bring
    the database to the models (``add``: the database lacks it; ``remove``: only it has it)."""
    if isinstance(diff, list):  # changes to one column come grouped
        return "; ".join(_describe(d) for d in diff)
    action, *rest = diff
    words = [action]
    for part in rest:
        if isinstance(part, str):
            words.append(part)
        elif getattr(part, "name", None):
            table = getattr(getattr(part, "table", None), "name", None)
            words.append(f"{table}.{part.name}" if table and action.endswith("index") else
                         str(part.name))
    return " ".join(dict.fromkeys(words))


def refuse_duplicates(connection, checks: dict[str, str]) -> None:
    """Before a migration adds a unique rule: stop, naming the rows, where the data breaks it.

    ``checks`` maps the rule (a ``Term`` source text) to a query of the offending keys. Which
    of two records to keep is the room's decision, not a migration's; nothing is changed.
    """
    from desktop.services.errors import DatabaseUnavailable, Term

    for rule, query in checks.items():
        rows = connection.execute(text(query)).fetchall()
        if rows:
            listed = "; ".join(", ".join(str(v) for v in row) for row in rows[:20])
            raise DatabaseUnavailable(
                "The database holds records that break a new rule ({rule}): {rows}. Correct "
                "them with the version of Ghurfa that saved them, then start it again.",
                rule=Term(rule), rows=listed)
