"""``ghurfa report directives``: the follow-up letter or the board's workbook, from options.

``ghurfa report directives [--election E] [--status S] [--late] [--body ID] -o FILE.pdf|.xlsx``
builds the same document as ``ghurfa report build directives`` with the options a staff
officer types, and the filters of ``ghurfa directives``: the election by its number or name,
a status (repeated for several; ``still-open`` for open or in progress), late only, a body and
every body under it. The file's ending chooses the format; its folder is checked before
anything is read or a number drawn.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from desktop.cli.context import CliContext, t
from reports import catalogue
from reports.cli import MISUSE, _build, _day, _output_format

KIND = "directives"


def register(actions: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = actions.add_parser(
        "directives", parents=[common],
        help=t("the follow-up of directives: a letter by responsible body, or the workbook"))
    parser.add_argument("--election", metavar="E",
                        help=t("the election's number or name (default: every election)"))
    parser.add_argument("--status", action="append", default=[], metavar="S",
                        help=t("open, in-progress, done, cancelled or still-open; may be "
                               "repeated"))
    parser.add_argument("--late", action="store_true",
                        help=t("only the directives past their due date"))
    parser.add_argument("--body", type=int, metavar="ID",
                        help=t("only those of this body and of every body under it"))
    parser.add_argument("--office", type=int, metavar="ID",
                        help=t("issuing office of the PDF (default: the first)"))
    parser.add_argument("--date", type=_day, metavar=t("DATE"),
                        help=t("the report's day, to which lateness is counted (default: "
                               "today in the room)"))
    parser.add_argument("-o", "--output", type=Path, required=True, metavar=t("FILE"),
                        help=t("file to write: .pdf for the letter, .xlsx for the workbook"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop.imports.election import election_for

    kind = catalogue.get(KIND)
    fmt = _output_format(ctx, kind, args.output)
    if fmt is None:
        return MISUSE
    election = None
    if args.election not in (None, ""):
        with ctx.db.reader() as session:
            election = election_for(session, args.election).id
    statuses = [part.strip().replace("still-open", "still_open")
                for value in args.status for part in value.split(",") if part.strip()]
    day: date | None = args.date
    params = {"election": election, "status": ",".join(statuses) or None,
              "late": "late" if args.late else None, "organisation": args.body,
              "office": args.office, "date": day.isoformat() if day else None}
    return _build(ctx, ctx.db, kind, params, args.output, fmt)
