"""``ghurfa report roster`` and ``ghurfa report orders``: the duty roster and the assignment
orders from the options a commander's staff types.

``ghurfa report roster --election E [--date D] [--unit U] [--by centre|unit] -o FILE.pdf|.xlsx``
prints the roster of the election (by its number or name), of one duty day, of a unit and the
units under it. ``ghurfa report orders --election E [--unit U] -o FILE.pdf|FILE.xlsx|DIR``
prints every unit's assignment order in one PDF, their lines in one workbook, or one PDF per
unit in a folder (made if only its last part is missing). The output is checked before
anything is read or a number drawn; the official copy the command line writes draws numbers.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.context import CliContext, t
from reports import catalogue
from reports.cli import MISUSE, OK, REJECTED, _build, _day, _output_format, _progress
from reports.documents import orders as orders_document
from reports.documents import roster as roster_document
from reports.files import check_folder


def register(actions: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    roster = actions.add_parser(
        "roster", parents=[common],
        help=t("the duty roster: who is where in each shift, by centre or by unit"))
    _scope_options(roster)
    roster.add_argument("--by", choices=(roster_document.BY_CENTRE, roster_document.BY_UNIT),
                        default=roster_document.BY_CENTRE,
                        help=t("a page for each centre or post (default), or for each unit"))
    roster.add_argument("-o", "--output", type=Path, required=True, metavar=t("FILE"),
                        help=t("file to write: .pdf for the roster, .xlsx for the workbook"))
    roster.set_defaults(handler=run_roster)

    orders = actions.add_parser(
        "orders", parents=[common],
        help=t("the assignment orders of every unit: one PDF, a workbook, or a file per unit"))
    _scope_options(orders)
    orders.add_argument("-o", "--output", type=Path, required=True, metavar=t("FILE|DIR"),
                        help=t("a .pdf with every unit's order, a .xlsx workbook, or a folder "
                               "for one PDF per unit"))
    orders.set_defaults(handler=run_orders)


def _scope_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--election", required=True, metavar="E",
                        help=t("the election's number or name"))
    parser.add_argument("--date", type=_day, metavar=t("DATE"),
                        help=t("only the shifts of this duty day"))
    parser.add_argument("--unit", type=int, metavar="ID",
                        help=t("only the people of this unit and of the units under it"))
    parser.add_argument("--office", type=int, metavar="ID",
                        help=t("issuing office (default: the one that writes to the unit)"))


def _params(args: argparse.Namespace, ctx: CliContext) -> dict[str, Any]:
    from desktop.imports.election import election_for

    with ctx.db.reader() as session:
        election = election_for(session, args.election).id
    return {"election": election, "date": args.date.isoformat() if args.date else None,
            "unit": args.unit, "office": args.office}


def run_roster(args: argparse.Namespace, ctx: CliContext) -> int:
    kind = catalogue.get(roster_document.KEY)
    fmt = _output_format(ctx, kind, args.output)
    if fmt is None:
        return MISUSE
    params = {**_params(args, ctx), "by": args.by}
    return _build(ctx, ctx.db, kind, params, args.output, fmt)


def _is_folder(output: Path) -> bool:
    """``-o`` names a folder: one that exists, or a name without any ending (``x.docx`` is a
    file of a format the orders do not come in, and is refused as such)."""
    return output.is_dir() or not output.suffix


def run_orders(args: argparse.Namespace, ctx: CliContext) -> int:
    kind = catalogue.get(orders_document.KEY)
    output: Path = args.output
    if not _is_folder(output):
        fmt = _output_format(ctx, kind, output)
        if fmt is None:
            return MISUSE
        return _build(ctx, ctx.db, kind, _params(args, ctx), output, fmt)
    if output.exists():
        check_folder(output)  # refused before anything is read or a number drawn
    else:
        check_folder(output.parent)
    request = catalogue.BuildRequest(db=ctx.db, params=_params(args, ctx), output=output,
                                     lang=ctx.lang, progress=_progress)
    try:
        written = orders_document.build_files(request)
    except catalogue.Cancelled:
        ctx.error(t("Cancelled; the document numbers were voided."))
        return REJECTED
    ctx.say("{count} assignment orders written in: {path}", count=len(written), path=output)
    return OK
