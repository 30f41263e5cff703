"""``ghurfa check``: is the schema current, does it match the program, and is the data whole?

The database is examined as found: it is not migrated first (unless ``--migrate`` is given),
or an outdated schema could never be reported. Tables are named in the user's language, their
raw name in brackets after it for the technician.
"""

from __future__ import annotations

import argparse
from functools import reduce
from typing import TYPE_CHECKING

from desktop.cli.audit_check import check_chain
from desktop.cli.context import CliContext, t
from desktop.labels import table_label

if TYPE_CHECKING:  # SQLAlchemy is imported when the command runs, not when the parser is built
    from desktop.storage.migrations import Difference


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("check", parents=[common], help=t("report on the schema and integrity"))
    parser.add_argument("--migrate", action="store_true",
                        help=t("create the database or bring its schema up to date first, as "
                               "the program does when it starts (an SQLite file is copied "
                               "aside before)"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from sqlalchemy.exc import DBAPIError

    from desktop.storage.refusals import unreachable

    db = ctx.lasting_db() if args.migrate else ctx.db_as_found()
    try:
        return _report(db, ctx)
    except DBAPIError as error:  # a file damaged past the first page, a server gone meanwhile
        raise unreachable(db, error) from error


def _report(db, ctx: CliContext) -> int:
    from desktop.storage.migrations import (
        current_revision,
        head_revision,
        pending_revisions,
        schema_drift,
    )

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
        for difference in drift:
            ctx.say("The schema differs from the program: {change}",
                    change=in_words(difference))
        problems += len(drift)
    problems += _integrity(db, ctx)
    if current == head:  # the program's own rules, read with its models (desktop.storage.integrity)
        from desktop.storage.integrity import report

        problems += report(db, ctx.say)
    problems += check_chain(db, ctx)
    if problems:
        ctx.say("Problems found: {count}", count=problems)
        return 1
    ctx.say("No problems found.")
    return 0


def named(table: str) -> str:
    """A table as the user reads it, «الاجتماعات (meetings)»; a table not the program's has
    no other name than its own."""
    label = table_label(table)
    return f"{label} ({table})" if label is not None else table


def in_words(difference: Difference) -> str:
    """One difference as a sentence; Alembic's own words only for a kind not foreseen."""
    names = dict(difference.names)
    if "table" in names:
        names["table"] = named(names["table"])
    match difference.kind:
        case "add_table":
            return t("the table {table} is missing", **names)
        case "remove_table":
            return t("the table {table} is not the program's", **names)
        case "add_column":
            return t("the column {column} of the table {table} is missing", **names)
        case "remove_column":
            return t("the column {column} of the table {table} is not the program's", **names)
        case "add_index":
            return t("the index {index} of the table {table} is missing", **names)
        case "remove_index":
            return t("the index {index} of the table {table} is not the program's", **names)
        case "add_constraint":
            return t("the unique rule {constraint} of the table {table} is missing", **names)
        case "remove_constraint":
            return t("the unique rule {constraint} of the table {table} is not the program's",
                     **names)
        case "add_fk":
            return t("the reference {constraint} of the table {table} is missing", **names)
        case "remove_fk":
            return t("the reference {constraint} of the table {table} is not the program's",
                     **names)
        case "add_check":
            return t("the check rule {constraint} of the table {table} is missing", **names)
        case "remove_check":
            return t("the check rule {constraint} of the table {table} is not the program's",
                     **names)
        case "modify_column" if difference.changes:
            said = [_change_in_words(*change) for change in difference.changes]
            what = reduce(lambda first, second: t("{first}; {second}", first=first,
                                                  second=second), said)
            return t("the column {column} of the table {table} differs ({what})", what=what,
                     **names)
    return difference.raw


def _change_in_words(kind: str, found: str, wanted: str) -> str:
    match kind:
        case "modify_type":
            return t("its type is {found}, the program's is {wanted}", found=found,
                     wanted=wanted)
        case "modify_nullable" if found == "True":
            return t("it may be left empty, the program requires a value")
        case "modify_nullable":
            return t("it requires a value, the program allows it empty")
        case "modify_default":
            return t("its default value differs")
        case "modify_comment":
            return t("its comment differs")
    return kind


def _integrity(db, ctx: CliContext) -> int:
    from sqlalchemy import func, inspect, select, text

    from desktop.models import Base

    problems = 0
    inspector = inspect(db.engine)
    present = set(inspector.get_table_names())
    with db.engine.connect() as connection:
        if db.is_sqlite:
            result = connection.execute(text("PRAGMA integrity_check")).scalar()
            if result != "ok":
                problems += 1
                ctx.say("SQLite integrity check failed: {result}", result=result)
            broken = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            for table, rowid, parent, _ in broken[:20]:
                ctx.say("Broken reference: {table} row {rowid} names a missing {parent}",
                        table=named(table), rowid=rowid, parent=named(parent))
            problems += len(broken)
        for table in Base.metadata.sorted_tables:
            if table.name not in present:
                continue
            problems += _unknown_values(connection, inspector, table, ctx)
            count = connection.execute(select(func.count()).select_from(table)).scalar_one()
            ctx.say("  {table}: {count}", table=named(table.name), count=count)
    return problems


def _unknown_values(connection, inspector, table, ctx: CliContext) -> int:
    """Rows whose closed-list value the program does not know (its CHECK rule was dropped, or
    another program wrote them): the program cannot read such a row."""
    from sqlalchemy import Enum, column, func, select
    from sqlalchemy import table as plain_table

    stored = {c["name"] for c in inspector.get_columns(table.name)}
    problems = 0
    for model_column in table.columns:
        if not isinstance(model_column.type, Enum) or model_column.name not in stored:
            continue
        value = column(model_column.name)  # untyped: the stored text, not the enum it maps to
        count = connection.execute(
            select(func.count()).select_from(plain_table(table.name, value))
            .where(value.is_not(None), value.not_in(list(model_column.type.enums)))
        ).scalar_one()
        if count:
            ctx.say("{count} rows of {table} have a {column} that the program does not know",
                    count=count, table=named(table.name), column=model_column.name)
            problems += count
    return problems
