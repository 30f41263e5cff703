"""``ghurfa directives``: the follow-up board on the command line, and a follow-up recorded.

``ghurfa directives [--election E] [--status S] [--late] [--body ID] [--json]`` lists the
directives as the board shows them (each once, however many sittings and revisions hold it),
still-open ones first and the longest overdue first; ``--json`` prints one array, an object
per directive: ``id`` (its number, as ``update`` takes it), ``text``, ``responsible``, ``due``
(ISO date or null), ``status`` (``open``, ``in-progress``, ``done``, ``cancelled``) and
``days_late`` (0 unless still open and past its due date in the room's day).

``ghurfa directives update ID [--status S] [--note TEXT] [--user NAME]`` records a dated
follow-up, as a phone call reports it: ``S`` is one of those codes or its Arabic label; the
status rules are the board's (done needs a closing note, a cancelled directive takes nothing
until reopened with the reason). The note is written as the user ``--user`` names (an active
user whose role follows up directives), or as the system.

Exit codes: 0 done, 1 refused by a rule of the domain, 2 misuse.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop.cli.context import CliContext, t

OK, REJECTED, MISUSE = 0, 1, 2


def _filters() -> argparse.ArgumentParser:
    # SUPPRESS: the options may stand before or after ``list`` without one hiding the other.
    filters = argparse.ArgumentParser(add_help=False)
    filters.add_argument("--election", metavar="E", default=argparse.SUPPRESS,
                         help=t("the election's number or name (default: every election)"))
    filters.add_argument("--status", action="append", metavar="S", default=argparse.SUPPRESS,
                         help=t("open, in-progress, done or cancelled (or its Arabic label); "
                                "may be repeated"))
    filters.add_argument("--late", action="store_true", default=argparse.SUPPRESS,
                         help=t("only the directives past their due date"))
    filters.add_argument("--body", type=int, metavar="ID", default=argparse.SUPPRESS,
                         help=t("only those of this body and of every body under it"))
    filters.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                         help=t("print the directives as JSON"))
    return filters


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    filters = _filters()
    parser = sub.add_parser("directives", parents=[common, filters],
                            help=t("list the directives and record their follow-up"))
    parser.set_defaults(handler=run_list)
    actions = parser.add_subparsers(dest="directives_action", metavar=t("ACTION"),
                                    parser_class=type(parser))
    listing = actions.add_parser("list", parents=[common, filters],
                                 help=t("list the directives (the default)"))
    listing.set_defaults(handler=run_list)
    update = actions.add_parser("update", parents=[common],
                                help=t("record a follow-up of one directive"))
    update.add_argument("id", type=int, metavar="ID",
                        help=t("the directive's number, as the list prints it"))
    update.add_argument("--status", metavar="S",
                        help=t("its new status: open, in-progress, done or cancelled (or its "
                               "Arabic label); without it, a note alone"))
    update.add_argument("--note", metavar=t("TEXT"), help=t("the follow-up note"))
    update.add_argument("--user", metavar=t("NAME"),
                        help=t("act as this user (default: the system)"))
    update.set_defaults(handler=run_update)


def _statuses(values: list[str] | None) -> frozenset[Any]:
    from desktop.services.directives import parse_status

    wanted = [part.strip() for value in values or () for part in value.split(",")]
    return frozenset(parse_status(value) for value in wanted if value)


def board_filter(session: Any, args: argparse.Namespace) -> Any:
    """The board's filter the options name (shared with ``ghurfa report directives``)."""
    from desktop.imports.election import election_for
    from desktop.services.directive_board import DirectiveFilter

    named = getattr(args, "election", None)
    return DirectiveFilter(
        election_id=election_for(session, named).id if named not in (None, "") else None,
        organisation_id=getattr(args, "body", None),
        statuses=_statuses(getattr(args, "status", None)),
        late_only=bool(getattr(args, "late", False)))


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop.services import room_clock
    from desktop.services.directive_board import directive_ids, directive_rows
    from desktop.services.directives import status_code

    today = room_clock.today()
    with ctx.db.reader() as session:
        rows = directive_rows(session, directive_ids(session, board_filter(session, args),
                                                     today), today, ctx.lang)
    if getattr(args, "json", False):
        print(json.dumps([{"id": row.id, "text": row.text, "responsible": row.responsible,
                           "due": row.due_date.isoformat() if row.due_date else None,
                           "status": status_code(row.status), "days_late": row.days_late}
                          for row in rows], ensure_ascii=False), flush=True)
        return OK
    from desktop.labels import label

    for row in rows:
        due = t("due {date}", date=row.due_date.isoformat()) if row.due_date \
            else t("no due date")
        late = t(", days late: {days}", days=row.days_late) if row.late else ""
        ctx.say("{id}  [{status}]  {due}{late}  {directive} — {responsible}", id=row.id,
                status=label(row.status, ctx.lang), due=due, late=late, directive=row.text,
                responsible=row.responsible or t("no one named"))
    ctx.say("{count} directives; today is {today} in the room.", count=len(rows),
            today=today.isoformat())
    return OK


def run_update(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop.labels import label
    from desktop.services import room_clock
    from desktop.services.actor import SYSTEM, actor_for
    from desktop.services.directive_board import directive_rows
    from desktop.services.directives import FollowUpInput, Seen, record_follow_up

    db = ctx.lasting_db()
    with db.session() as session:
        actor = actor_for(session, args.user) if args.user else SYSTEM
        record_follow_up(session, actor, [Seen(args.id)], FollowUpInput(args.status, args.note))
    with db.reader() as session:
        row = directive_rows(session, [args.id], room_clock.today(), ctx.lang)[0]
    ctx.say("Recorded on directive {id}: {status}. {directive}", id=row.id,
            status=label(row.status, ctx.lang), directive=row.text)
    return OK

