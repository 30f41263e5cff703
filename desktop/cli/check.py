"""``ghurfa check``: is the schema current, does it match the program, and is the data whole?

The database is examined as found: it is not migrated first (unless ``--migrate`` is given),
or an outdated schema could never be reported.
"""

from __future__ import annotations

import argparse

from desktop.cli.context import CliContext


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from desktop.cli.context import t

    parser = sub.add_parser("check", parents=[common], help=t("report on the schema and integrity"))
    parser.add_argument("--migrate", action="store_true",
                        help=t("create the database or bring its schema up to date first, as "
                               "the program does when it starts (an SQLite file is copied "
                               "aside before)"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop.storage.migrations import (
        current_revision,
        head_revision,
        pending_revisions,
        schema_drift,
    )

    db = ctx.db if args.migrate else ctx.db_as_found()
    ctx.say("Database: {name}", name=db.describe())
    current, head = current_revision(db), head_revision(db)
    ctx.say("Schema revision: {current} (latest {head})", current=current or "-", head=head)
    problems = 0
    if current != head:
        problems += 1
        pending = pending_revisions(db)
        ctx.say("The schema is not up to date: {count} migrations to apply ({names}). "
                "Ghurfa applies them when it starts (a copy of an SQLite file is kept), or run "
                "ghurfa check --migrate.", count=len(pending), names=", ".join(pending))
    else:
        drift = schema_drift(db)
        for change in drift:
            ctx.say("The schema differs from the program: {change}", change=change)
        problems += len(drift)
    problems += _integrity(db, ctx)
    if problems:
        ctx.say("Problems found: {count}", count=problems)
        return 1
    ctx.say("No problems found.")
    return 0


def _integrity(db, ctx: CliContext) -> int:
    from sqlalchemy import func, inspect, select, text

    from desktop.models import Base

    problems = 0
    present = set(inspect(db.engine).get_table_names())
    with db.engine.connect() as connection:
        if db.is_sqlite:
            result = connection.execute(text("PRAGMA integrity_check")).scalar()
            if result != "ok":
                problems += 1
                ctx.say("SQLite integrity check failed: {result}", result=result)
            broken = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            for table, rowid, parent, _ in broken[:20]:
                ctx.say("Broken reference: {table} row {rowid} names a missing {parent}",
                        table=table, rowid=rowid, parent=parent)
            problems += len(broken)
        for table in Base.metadata.sorted_tables:
            if table.name not in present:
                continue
            count = connection.execute(select(func.count()).select_from(table)).scalar_one()
            ctx.say("  {table}: {count}", table=table.name, count=count)
    return problems
