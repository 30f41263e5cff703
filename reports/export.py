"""``ghurfa export centres``: the centres as a workbook or as a centre-list letter.

The same document as ``ghurfa report build centres`` (``reports.documents.centres``), with
the options a staff officer types rather than ``--param`` pairs. The file's ending chooses
the format; its folder is checked as every document's is (``reports.files``) before anything
is read or a number drawn, and a refused or failed write leaves nothing behind.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.context import CliContext, t
from reports import catalogue
from reports.cli import MISUSE, _build, _output_format

KIND = "centres"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("export", parents=[common],
                            help=t("export lists as Excel workbooks or PDF letters"))
    lists = parser.add_subparsers(dest="export_list", metavar=t("LIST"),
                                  parser_class=type(parser))
    parser.set_defaults(handler=lambda args, ctx: _usage(parser))
    centres = lists.add_parser(
        "centres", parents=[common],
        help=t("the centres with their area, sector, risk and, for a shift, coverage"))
    centres.add_argument("--election", type=int, metavar="ID",
                         help=t("the election's id; without it, every centre of the registry"))
    centres.add_argument("--shift", type=int, metavar="ID",
                         help=t("a shift's id: each centre's coverage in it (the shift's "
                                "election is the list's)"))
    centres.add_argument("--office", type=int, metavar="ID",
                         help=t("issuing office of the PDF (default: the first)"))
    centres.add_argument("-o", "--output", type=Path, required=True, metavar=t("FILE"),
                         help=t("file to write: .xlsx for Excel, .pdf for the letter"))
    centres.set_defaults(handler=run_centres)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return MISUSE


def run_centres(args: argparse.Namespace, ctx: CliContext) -> int:
    kind = catalogue.get(KIND)
    fmt = _output_format(ctx, kind, args.output)
    if fmt is None:
        return MISUSE
    params = {"election": args.election, "shift": args.shift, "office": args.office}
    return _build(ctx, ctx.db, kind, params, args.output, fmt)
