"""Alembic, run from code at start: the schema is brought up to date before any work.

Every start asks whether the schema is current. Answering that through Alembic costs a fifth
of a second of imports, so the common case (it is current) reads the stored revision with one
query and the head from the scripts' own ``revision``/``down_revision`` lines; Alembic is
loaded only when there is something to migrate. A test holds the quick head to Alembic's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, inspect, text
from sqlalchemy.exc import DBAPIError

from desktop.services.errors import DatabaseUnavailable
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


def _revisions() -> tuple[set[str], set[str]]:
    """(every revision, every parent) named by the scripts' own lines, without Alembic."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (SCRIPTS / "versions").glob("*.py"):
        for name, value in _REVISION_LINE.findall(script.read_text(encoding="utf-8")):
            found = set(re.findall(r"['\"]([^'\"]+)['\"]", value))
            (revisions if name == "revision" else parents).update(found)
    return revisions, parents


def head_revision(db: Database | None = None) -> str | None:
    """The one revision no script names as its parent (read from the scripts, not run)."""
    revisions, parents = _revisions()
    heads = revisions - parents
    if len(heads) != 1:
        from alembic.script import ScriptDirectory

        return ScriptDirectory.from_config(config(db)).get_current_head() if db else None
    return heads.pop()


def known_revisions() -> set[str]:
    return _revisions()[0]


def _refuse_strangers(db: Database, current: str | None) -> bool:
    """Stop before a backup or a migration where the schema is not this program's to change:
    one a newer Ghurfa made, or another program's tables. True when the database carries
    Ghurfa's revision table (even empty), False when it holds no tables at all."""
    tables = sorted(inspect(db.engine).get_table_names())
    if "alembic_version" not in tables:
        if tables:
            shown = ", ".join(tables[:5]) + (", …" if len(tables) > 5 else "")
            raise DatabaseUnavailable(
                "{name} holds tables of another program ({tables}); Ghurfa does not write "
                "into it. Choose an empty database or a Ghurfa one.",
                name=db.describe(), tables=shown)
        return False
    if current is not None and current not in known_revisions():
        raise DatabaseUnavailable(
            "The database {name} was brought up to a newer version (revision {revision}) by a "
            "newer Ghurfa; this version cannot open it. Open it with that Ghurfa or a later "
            "one.", name=db.describe(), revision=current)
    return True


def backup_sqlite(db: Database, reason: str = "migration") -> Path | None:
    """A backup of an SQLite file before its schema changes, into the backups folder and its
    rotation (``desktop.storage.backups``); None for a server, or a file not yet written."""
    if db.file is None:
        return None
    from desktop.storage.backups import automatic

    return automatic(db, reason)


def upgrade(db: Database, revision: str = "head", *, keep_copy: bool = True) -> Path | None:
    """Migrate to ``revision``; returns the backup made first, if any. A database that is not
    this version's to change is refused before anything is copied or written. ``keep_copy``
    False for a file that is itself a copy (a backup being restored)."""
    current = current_revision(db)
    if current == head_revision(db) and revision == "head":
        return None
    ours = _refuse_strangers(db, current)
    backup = backup_sqlite(db) if ours and keep_copy else None
    from alembic import command

    try:
        command.upgrade(config(db), revision)
    finally:
        db.recorder.schema_changed()  # the change log may have come (or gone) with it
    return backup


def downgrade(db: Database, revision: str) -> None:
    from alembic import command

    _refuse_strangers(db, current_revision(db))
    backup_sqlite(db, "downgrade")
    try:
        command.downgrade(config(db), revision)
    finally:
        db.recorder.schema_changed()


def pending_revisions(db: Database) -> list[str]:
    """The migrations not yet applied, oldest first (empty when the schema is current)."""
    current, head = current_revision(db), head_revision(db)
    if current == head:
        return []
    _refuse_strangers(db, current)
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(config(db))
    return [s.revision for s in reversed(list(scripts.iterate_revisions(head, current)))]


@dataclass(frozen=True)
class Difference:
    """One way the database differs from the models. ``kind`` is the operation that would
    bring the database to the models (``add_…``: the database lacks it; ``remove_…``: only
    the database has it; ``modify_column``: ``changes`` says how); ``names`` what it concerns;
    ``raw`` Alembic's own words, for kinds no one has put into words."""

    kind: str
    names: dict[str, str]
    raw: str
    changes: tuple[tuple[str, str, str], ...] = field(default=())

    def __str__(self) -> str:
        return self.raw


def schema_drift(db: Database) -> list[Difference]:
    """How the database's tables differ from the models and from the storage's own change
    log (Alembic's comparison, and the CHECK rules, which Alembic does not compare); empty
    when they agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from desktop.models import Base
    from desktop.storage.recorder import LOG_METADATA

    def models_table(name: str) -> bool:
        return name != "alembic_version" and name not in LOG_METADATA.tables

    found: list[Difference] = []
    with db.engine.connect() as connection:
        for metadata, ours in ((Base.metadata, models_table),
                               (LOG_METADATA, LOG_METADATA.tables.__contains__)):
            def include(_object, name, type_, _reflected, _compare_to, ours=ours) -> bool:
                return type_ != "table" or ours(name)

            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "include_object": include})
            found += [_difference(diff) for diff in compare_metadata(context, metadata)]
            found += _check_drift(connection, metadata)
    return found


def _check_drift(connection, metadata) -> list[Difference]:
    """CHECK rules by name (the models' naming convention names every one; both engines
    reflect those names): a rule dropped lets values the program does not know in."""
    inspector = inspect(connection)
    present = set(inspector.get_table_names())
    found: list[Difference] = []
    for table in metadata.sorted_tables:
        if table.name not in present:
            continue
        wanted = {str(c.name) for c in table.constraints
                  if isinstance(c, CheckConstraint) and c.name}
        stored = {c["name"] for c in inspector.get_check_constraints(table.name) if c["name"]}
        for kind, names in (("add_check", wanted - stored), ("remove_check", stored - wanted)):
            for name in sorted(names):
                found.append(Difference(kind, {"table": table.name, "constraint": name},
                                        f"{kind} {table.name}.{name}"))
    return found


def _difference(diff) -> Difference:
    """Alembic's tuple (or, for one column, list of tuples) as a Difference."""
    if isinstance(diff, list):  # changes to one column come grouped
        first = diff[0]
        changes = tuple((d[0], _type_text(d[-2]), _type_text(d[-1])) for d in diff)
        return Difference("modify_column", {"table": first[2], "column": first[3]},
                          _describe(diff), changes)
    action, *rest = diff
    names: dict[str, str] = {}
    if action in ("add_table", "remove_table"):
        names = {"table": rest[0].name}
    elif action in ("add_column", "remove_column"):
        names = {"table": rest[1], "column": rest[2].name}
    elif action in ("add_index", "remove_index"):
        names = {"index": rest[0].name, "table": rest[0].table.name}
    elif action in ("add_constraint", "remove_constraint", "add_fk", "remove_fk"):
        constraint = rest[0]
        columns = ", ".join(c.name for c in constraint.columns)
        names = {"constraint": str(constraint.name or f"({columns})"),
                 "table": constraint.table.name}
    return Difference(action, names, _describe(diff))


def _type_text(value) -> str:
    return "-" if value is None else str(value)


def _describe(diff) -> str:
    """«add_column document_numbers version» and the like: the operation that would bring
    the database to the models (``add``: the database lacks it; ``remove``: only it has it)."""
    if isinstance(diff, list):
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
    from desktop.services.errors import Term

    for rule, query in checks.items():
        rows = connection.execute(text(query)).fetchall()
        if rows:
            listed = "; ".join(", ".join(str(v) for v in row) for row in rows[:20])
            raise DatabaseUnavailable(
                "The database holds records that break a new rule ({rule}): {rows}. Correct "
                "them with the version of Ghurfa that saved them, then start it again.",
                rule=Term(rule), rows=listed)
