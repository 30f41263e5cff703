"""``ghurfa coverage``: how many centres each shift of an election covers fully, partly and
not at all, against the minimum of each centre's risk level.

``ghurfa coverage --election E [--shift S] [--json]``: every shift of the election in the
order of its hours, or the one named. ``--json`` prints one array, an object per shift:
``{"shift": id, "label": "…", "date": "YYYY-MM-DD", "full": n, "partial": n, "none": n}``.
"""

from __future__ import annotations

import argparse
import json

from desktop.cli.context import CliContext, t

OK = 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("coverage", parents=[common],
                            help=t("count the centres each shift covers"))
    parser.add_argument("--election", required=True, metavar="E",
                        help=t("the election's number or name"))
    parser.add_argument("--shift", type=int, metavar="S",
                        help=t("only this shift (its number)"))
    parser.add_argument("--json", action="store_true", help=t("print the result as JSON"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from sqlalchemy import select

    from desktop.cli.assign import shift_of
    from desktop.imports.election import election_for
    from desktop.models import Shift
    from desktop.services import coverage

    found = []
    with ctx.db.reader() as session:
        election = election_for(session, args.election)
        if args.shift is not None:
            shifts = [shift_of(session, election, args.shift)]
        else:
            shifts = list(session.scalars(select(Shift).where(Shift.election_id == election.id)
                                          .order_by(Shift.on_date, Shift.starts_at, Shift.id)))
        for shift in shifts:
            totals = coverage.totals(coverage.for_shift(session, shift.id))
            found.append({"shift": shift.id, "label": shift.label,
                          "date": shift.on_date.isoformat(), "full": totals.full,
                          "partial": totals.partial, "none": totals.none,
                          "hours": f"{shift.starts_at:%H:%M}–{shift.ends_at:%H:%M}"})
    if args.json:
        print(json.dumps([{k: v for k, v in row.items() if k != "hours"} for row in found],
                         ensure_ascii=False), flush=True)
        return OK
    if not found:
        ctx.say("The election {election} has no shifts yet.", election=election.name)
    for row in found:
        ctx.say("{shift}  {date} {label} ({hours}): fully covered: {full}, partly: {partial}, "
                "not covered: {none}.", shift=row["shift"], date=row["date"], label=row["label"],
                hours=row["hours"], full=row["full"], partial=row["partial"], none=row["none"])
    return OK
