"""``ghurfa import centres FILE``: the commission's centres list into the room's registry;
``ghurfa import personnel FILE``: a personnel list into the people registry, by service number
(``desktop.imports.personnel``), with the same options but ``--election``, the same checks,
exit codes and JSON.

The file is checked (what it is by its content, zip bombs, encrypted and old workbooks),
read, its header found in the first ten rows, each row checked, and the whole compared with
the database for one election (``--election``, the current one by default: the latest
polling day). ``--dry-run`` says what would change and writes nothing; without
``--skip-invalid`` one rejected row means nothing is written (exit 1). ``--json`` prints
``{"created", "updated", "unchanged", "rejected": [{"row", "reason"}]}`` alone on standard
output, with ``"totals_rows": [row, …]`` (the totals at the sheet's foot, left out) and
``"warnings": [{"row", "warning"}]`` (rows written as they are that should be looked at, such
as coordinates that look swapped) added when there are any; ``--rejected OUT.xlsx`` writes
the rejected rows with their reasons as a workbook.
The work is done as the user ``--user`` names (an active user, whose role must allow it), or
as the system, as the demo loader does.

Exit codes: 0 written (or nothing to write), 1 rows rejected without ``--skip-invalid`` (a
dry run too: it says the import would write nothing), a file refused or a database that said
no, 2 misuse.
"""

from __future__ import annotations

import argparse
import json
import sys
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

from desktop.cli.context import CliContext, t

OK, REJECTED, MISUSE = 0, 1, 2
WRITERS = "ghurfa.rejected_rows"
SHOWN_REJECTED = 200  # rejected rows listed on a human report; the rest are counted


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("import", parents=[common],
                            help=t("import a list from the commission's sheets"))
    kinds = parser.add_subparsers(dest="import_kind", metavar=t("KIND"),
                                  parser_class=type(parser))
    parser.set_defaults(handler=lambda args, ctx: _usage(parser))
    centres = kinds.add_parser("centres", parents=[common],
                               help=t("registration and polling centres (.xlsx or .csv)"))
    centres.add_argument("--election", metavar="E",
                         help=t("the election's number or name (default: the current one)"))
    _sheet_options(centres, _mapping)
    centres.set_defaults(handler=run_centres)
    personnel = kinds.add_parser("personnel", parents=[common],
                                 help=t("officers and personnel, by service number (.xlsx or "
                                        ".csv)"))
    _sheet_options(personnel, _person_mapping)
    personnel.set_defaults(handler=run_personnel)


def _sheet_options(parser: argparse.ArgumentParser, mapping: Any) -> None:
    """What every import takes: the file, the dry run, the skipping, the mapping, the output."""
    parser.add_argument("file", type=Path, metavar=t("FILE"), help=t("the sheet to import"))
    parser.add_argument("--dry-run", action="store_true",
                        help=t("say what would change and write nothing"))
    parser.add_argument("--skip-invalid", action="store_true",
                        help=t("write the good rows even if some are rejected"))
    parser.add_argument("--map", action="append", default=[], type=mapping,
                        metavar=t("COLUMN=FIELD"),
                        help=t("the field of a column (its header or letter); FIELD - "
                               "leaves it out; may be repeated"))
    parser.add_argument("--json", action="store_true",
                        help=t("print the counts and rejected rows as JSON"))
    parser.add_argument("--rejected", type=Path, metavar=t("OUT.xlsx"),
                        help=t("write the rejected rows, with a reason column, to this "
                               "workbook"))
    parser.add_argument("--user", metavar=t("NAME"),
                        help=t("act as this user (default: the system)"))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return MISUSE


def _mapping(value: str, schema: Any = None) -> tuple[str, Any]:
    from desktop.imports import CENTRES, parse_mapping
    from desktop.services.errors import DomainError

    try:
        ((column, field),) = parse_mapping([value], schema or CENTRES).items()
    except DomainError as error:
        raise argparse.ArgumentTypeError(error.message()) from None
    return column, field


def _person_mapping(value: str) -> tuple[str, Any]:
    from desktop.imports.people_rows import PERSONNEL

    return _mapping(value, PERSONNEL)


def _progress(done: int, total: int, label: str) -> None:
    """One line, rewritten in place, on a terminal; nothing when output goes to a file."""
    if sys.stderr.isatty() and total:
        sys.stderr.write(f"\r{100 * done // total:3d}%  {label:<50.50}")
        sys.stderr.flush()
        if done >= total:
            sys.stderr.write("\n")


def _writer(ctx: CliContext) -> Any | None:
    """The documents engine's writer of rejected rows, found by its entry point."""
    for point in entry_points(group=WRITERS):
        try:
            return point.load()
        except ImportError as error:
            ctx.error(t("The rejected rows cannot be written: {error}", error=error))
            return None
    ctx.error(t("The rejected rows cannot be written: the documents engine is not "
                "installed."))
    return None


def run_centres(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop.imports import ImportOptions, import_centres

    def run(db: Any, actor: Any) -> Any:
        options = ImportOptions(election=args.election, mapping=dict(args.map),
                                skip_invalid=args.skip_invalid, dry_run=args.dry_run)
        return import_centres(db, actor, args.file, options,
                              progress=None if args.json else _progress)

    return _run(args, ctx, run)


def run_personnel(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop.imports.personnel import PersonnelOptions, import_personnel

    def run(db: Any, actor: Any) -> Any:
        options = PersonnelOptions(mapping=dict(args.map), skip_invalid=args.skip_invalid,
                                   dry_run=args.dry_run)
        return import_personnel(db, actor, args.file, options,
                                progress=None if args.json else _progress)

    return _run(args, ctx, run)


def _run(args: argparse.Namespace, ctx: CliContext, run: Any) -> int:
    """An import as the options say: the user, the output, the report, the exit code."""
    from desktop.imports import rejected_table
    from desktop.services.actor import SYSTEM, actor_for

    writer = None
    if args.rejected is not None:
        writer = _writer(ctx)
        if writer is None:
            return REJECTED
        writer.check(args.rejected)  # a folder that cannot be written is said before the work
    db = ctx.db if args.dry_run else ctx.lasting_db()
    actor = SYSTEM
    if args.user:
        with db.reader() as session:
            actor = actor_for(session, args.user)
    result = run(db, actor)
    if args.json:
        print(json.dumps(result.as_json(ctx.lang), ensure_ascii=False), flush=True)
    else:
        _report(ctx, result)
    if writer is not None:
        if result.rejected:
            written = writer.write_rejected(args.rejected, rejected_table(result, ctx.lang),
                                            lang=ctx.lang, sheet=result.sheet)
            ctx.error(t("The rejected rows were written to {file}.", file=str(written)))
        else:
            ctx.error(t("No row was rejected; {file} was not written.",
                        file=str(args.rejected)))
    if result.rejected and not args.skip_invalid:
        if args.dry_run:
            ctx.error(t("{count} rows would be rejected, and then nothing would be written. "
                        "Correct them, or import the others with --skip-invalid.",
                        count=len(result.rejected)))
        else:
            ctx.error(t("Nothing was written: {count} rows were rejected. Correct them and "
                        "import again, or import the others with --skip-invalid.",
                        count=len(result.rejected)))
        return REJECTED
    return OK


def _report(ctx: CliContext, result: Any) -> None:
    where = (t("{file}, sheet {sheet}", file=result.file_name, sheet=result.sheet)
             if result.sheet else result.file_name)
    election = getattr(result, "election", None)
    if election is not None:
        ctx.say("{source}: header on row {row}; election: {election}.", source=where,
                row=result.header_row, election=election.name)
    else:
        ctx.say("{source}: header on row {row}.", source=where, row=result.header_row)
    if result.dry_run:
        ctx.say("Dry run: nothing was written. The import would make:")
    elif result.held_back:
        ctx.say("Nothing was written, as rows were rejected. The import would make:")
    ctx.say("  new: {created}, changed: {updated}, unchanged: {unchanged}, "
            "rejected: {rejected}", created=result.created, updated=result.updated,
            unchanged=result.unchanged, rejected=len(result.rejected))
    if getattr(result, "areas_created", 0):
        ctx.say("  areas added to the tree: {count}", count=result.areas_created)
    if getattr(result, "numbers_from_cells", 0):
        ctx.say("  {count} service numbers were stored as numbers in the workbook (any "
                "leading zeros were lost there); {restored} of them matched a stored number "
                "with its zeros.", count=result.numbers_from_cells,
                restored=result.zeros_restored)
    if getattr(result, "codes_from_numbers", 0):
        ctx.say("  {count} codes were stored as numbers in the workbook (any leading zeros "
                "were lost there); {restored} of them matched a stored code with its zeros.",
                count=result.codes_from_numbers, restored=result.zeros_restored)
    if result.totals_rows:
        from desktop.imports.rows import RowNumbers

        ctx.say("  totals rows at the foot of the sheet, left out (not imported): {rows}",
                rows=RowNumbers(result.totals_rows).render(ctx.lang))
    for rejected in result.rejected[:SHOWN_REJECTED]:
        ctx.say("  row {row}: {reason}", row=rejected.row, reason=rejected.reason(ctx.lang))
    if len(result.rejected) > SHOWN_REJECTED:
        ctx.say("  … and {count} more rejected rows (see --rejected OUT.xlsx).",
                count=len(result.rejected) - SHOWN_REJECTED)
    for warning in result.warnings[:SHOWN_REJECTED]:
        ctx.say("  row {row}, warning: {warning}", row=warning.row,
                warning=warning.message(ctx.lang))
    if len(result.warnings) > SHOWN_REJECTED:
        ctx.say("  … and {count} more warnings (see --json).",
                count=len(result.warnings) - SHOWN_REJECTED)
