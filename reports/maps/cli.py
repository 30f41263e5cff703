"""``ghurfa map``: the map of an election's centres written to one HTML file for sharing.

The file stands alone: Leaflet, its plugins and the boundaries are inside it, so it opens on a
computer with no internet and asks no server for anything, unless the workstation's settings
name the room's tile server as its background (then it says so). ``--shift`` colours the
centres by that shift's coverage unless ``--colour risk`` is asked; without one they are
coloured by risk. Registered through the ``ghurfa.commands`` entry point.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.context import CliContext, t

OK, REJECTED, MISUSE = 0, 1, 2
ENDINGS = (".html", ".htm")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("map", parents=[common],
                            help=t("write the map of the centres to an HTML file"))
    parser.add_argument("--election", type=int, metavar="ID",
                        help=t("the election's id (default: the latest election)"))
    parser.add_argument("--shift", type=int, metavar="ID",
                        help=t("the shift whose coverage colours the centres"))
    parser.add_argument("--colour", "--color", choices=("risk", "coverage"),
                        help=t("colour the centres by risk or by the shift's coverage"))
    parser.add_argument("-o", "--output", type=Path, required=True, metavar=t("FILE"),
                        help=t("the HTML file to write"))
    parser.set_defaults(handler=run_map)


def run_map(args: argparse.Namespace, ctx: CliContext) -> int:
    output: Path = args.output
    if output.suffix.lower() not in ENDINGS:
        ctx.error(t("-o must name a file ending in .html, not {path}.", path=str(output)))
        return MISUSE
    colour = args.colour or ("coverage" if args.shift is not None else "risk")
    if colour == "coverage" and args.shift is None:
        ctx.error(t("--colour coverage needs --shift ID: coverage is measured for one shift."))
        return MISUSE
    from reports.files import atomic_output, check_output
    from reports.maps import Colouring, MapRequest, build_map

    check_output(output)  # refused before the database is read
    request = MapRequest(args.election, args.shift, Colouring(colour))
    with ctx.db.reader() as session:
        built = build_map(session, request, lang=ctx.lang)
    for note in built.notes:
        ctx.error(note)
    with atomic_output(output) as partial:
        partial.write_text(built.html, encoding="utf-8")
    data = built.data
    ctx.say("Written: {path}", path=output)
    ctx.say("{centres} centres, {posts} posts, {incidents} incidents on the map.",
            centres=len(data.centres), posts=len(data.posts), incidents=len(data.incidents))
    if data.unplaced:
        ctx.say("{count} centres have no coordinates and are not on the map.",
                count=data.unplaced)
    return OK
