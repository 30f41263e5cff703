"""``ghurfa check``: is the schema current and the data whole?"""

from __future__ import annotations

import argparse

from sqlalchemy import func, select, text

from desktop.cli.context import CliContext
from desktop.models import Base
from desktop.storage.migrations import current_revision, head_revision


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from desktop.cli.context import t

    parser = sub.add_parser("check", parents=[common], help=t("report on the schema and integrity"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    db = ctx.db
    ctx.say("Database: {name}", name=db.describe())
    current, head = current_revision(db), head_revision(db)
    ctx.say("Schema revision: {current} (latest {head})", current=current, head=head)
    problems = 0 if current == head else 1
    if problems:
        ctx.say("The schema is not up to date.")
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
            count = connection.execute(select(func.count()).select_from(table)).scalar_one()
            ctx.say("  {table}: {count}", table=table.name, count=count)
    if problems:
        ctx.say("Problems found: {count}", count=problems)
        return 1
    ctx.say("No problems found.")
    return 0
