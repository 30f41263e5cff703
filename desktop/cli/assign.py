"""``ghurfa assign fill``: fill the gaps of a shift from the command line.

``ghurfa assign fill --election E --shift S [--most-centres] [--apply] [--amend]
[--user NAME] [--json]`` proposes assignments covering the shift's uncovered centres and
posts (``desktop.services.fill``) and, with ``--apply``, saves them in one unit of work as
the user ``--user`` names (default: the system). ``--most-centres``: where there are too few
for all, the guards go to the centres nearest their minimum rather than to the most
dangerous first. ``--amend`` confirms the change of a published roster. Without ``--apply``
nothing is saved. ``S`` is the shift's id (``ghurfa coverage`` lists them); ``E`` the
election's id or name.

``--json`` prints one object: ``uncovered_before`` and ``uncovered_after`` (centres not fully
covered, as ``ghurfa coverage`` counts them: after saving, measured again), ``proposed``
(rows proposed), ``hard_violations`` (rows that break a hard rule when checked again as the
acceptance checks them: 0) and ``hours_spread`` (the widest gap in hours of duty in the
election among the people the proposal could draw on, after it).

Exit codes: 0 done, 1 refused by a rule of the domain, 2 misuse.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop.cli.context import CliContext, t

OK = 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("assign", parents=[common],
                            help=t("put people, detachments and vehicles on duty"))
    actions = parser.add_subparsers(dest="assign_action", metavar=t("ACTION"),
                                    parser_class=type(parser), required=True)
    filling = actions.add_parser("fill", parents=[common],
                                 help=t("propose assignments that cover a shift's gaps"))
    filling.add_argument("--election", required=True, metavar="E",
                         help=t("the election's number or name"))
    filling.add_argument("--shift", required=True, type=int, metavar="S",
                         help=t("the shift's number (ghurfa coverage lists them)"))
    filling.add_argument("--most-centres", action="store_true",
                         help=t("where there are too few, bring the most centres to their "
                                "minimum rather than the most dangerous first"))
    filling.add_argument("--apply", action="store_true",
                         help=t("save the proposal (without it nothing is saved)"))
    filling.add_argument("--amend", action="store_true",
                         help=t("confirm the change of a published roster as an amendment"))
    filling.add_argument("--user", metavar=t("NAME"),
                         help=t("act as this user (default: the system)"))
    filling.add_argument("--json", action="store_true", help=t("print the result as JSON"))
    filling.set_defaults(handler=run_fill)


def shift_of(session: Any, election: Any, shift_id: int) -> Any:
    """The shift ``shift_id`` of the election named, or the refusal that says which there
    are."""
    from sqlalchemy import select

    from desktop.models import Shift
    from desktop.services.errors import NotFound

    shift = session.get(Shift, shift_id) if 0 < shift_id < 2**31 else None
    if shift is not None and shift.election_id == election.id:
        return shift
    there = "، ".join(f"{s.id}: {s.on_date.isoformat()} {s.label}" for s in session.scalars(
        select(Shift).where(Shift.election_id == election.id)
        .order_by(Shift.on_date, Shift.starts_at, Shift.id)).all()[:30]) or "-"
    raise NotFound("The election {election} has no shift {shift}; its shifts are: {shifts}.",
                   election=election.name, shift=str(shift_id), shifts=there)


def _violations(session: Any, shift: Any, proposal: Any) -> int:
    """Rows that break a hard rule when checked again, in order, as the acceptance does."""
    from desktop.services.fill.checks import check_for

    check = check_for(session, shift, [r.row for r in proposal.rows])
    broken = 0
    for row in proposal.rows:
        broken += bool(check.errors(row.row))
        check.take(row.row)
    return broken


def run_fill(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop.imports.election import election_for
    from desktop.services import coverage, fill
    from desktop.services.actor import SYSTEM, actor_for

    db = ctx.lasting_db() if args.apply else ctx.db
    unit = db.session() if args.apply else db.reader()
    report = None
    with unit as session:
        election = election_for(session, args.election)
        shift = shift_of(session, election, args.shift)
        label, day = shift.label, shift.on_date.isoformat()
        proposal = fill.propose(session, shift.id, priority=fill.Priority.MOST_CENTRES
                                if args.most_centres else fill.Priority.RISK)
        violations = _violations(session, shift, proposal)
        if args.apply:
            actor = actor_for(session, args.user) if args.user else SYSTEM
            report = fill.accept(session, actor, proposal, amend=args.amend)
            after = coverage.totals(coverage.for_shift(session, shift.id))
            uncovered_after = after.partial + after.none
        else:
            uncovered_after = proposal.uncovered_after
    if args.json:
        print(json.dumps({"uncovered_before": proposal.uncovered_before,
                          "uncovered_after": uncovered_after,
                          "proposed": len(proposal.rows), "hard_violations": violations,
                          "hours_spread": round(proposal.hours_spread, 2)}), flush=True)
        return OK
    _say(ctx, proposal, label, day, uncovered_after, report)
    return OK


def _say(ctx: CliContext, proposal: Any, label: str, day: str, uncovered_after: int,
         report: Any) -> None:
    from desktop.models import AssignmentRole

    rows = proposal.rows
    ctx.say("Shift {shift} of {date}: centres not fully covered: {before} of {centres}; "
            "after the proposal: {after}.", shift=label, date=day,
            before=proposal.uncovered_before, centres=proposal.before.centres,
            after=uncovered_after)
    ctx.say("Assignments proposed: {rows} (commanders: {commanders}, guards and post crews: "
            "{guards}, detachments: {teams}, vehicles: {vehicles}).", rows=len(rows),
            commanders=sum(r.role is AssignmentRole.CENTRE_COMMANDER for r in rows),
            guards=sum(r.role is not AssignmentRole.CENTRE_COMMANDER and r.person_id is not None
                       for r in rows),
            teams=sum(r.detachment_id is not None for r in rows),
            vehicles=sum(r.vehicle_id is not None for r in rows))
    ctx.say("Posts unmanned: {before} before, {after} after.",
            before=proposal.posts_unmanned_before, after=proposal.posts_unmanned_after)
    spread = proposal.hours_after
    ctx.say("Hours of duty in the election of the people free for the shift ({people}): "
            "widest gap in hours: {spread} (before: {before}); standard deviation: "
            "{deviation}.",
            people=spread.people, spread=_hours(spread.spread),
            before=_hours(proposal.hours_before.spread), deviation=_hours(spread.deviation))
    outside = sum(r.outside_organisation for r in rows)
    if outside:
        ctx.say("Of another unit than the one holding the sector (a warning): {count}.",
                count=outside)
    if proposal.shortfalls:
        ctx.say("Centres still short for want of anyone free: {count}.",
                count=len(proposal.shortfalls))
    if report is None:
        ctx.say("Nothing was saved; --apply saves the proposal.")
        return
    ctx.say("Assignments saved: {saved}; skipped: {skipped}.", saved=len(report.accepted),
            skipped=len(report.skipped))
    for skipped in report.skipped[:20]:
        reason = skipped.reason
        ctx.say("Row {row} skipped: {reason}", row=skipped.row_id,
                reason=reason.message(ctx.lang) if reason else "")


def _hours(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")
