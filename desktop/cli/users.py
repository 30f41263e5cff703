"""``ghurfa user add NAME --role R`` and ``ghurfa user list``: the room's users from a terminal.

A password is never an argument (it would stay in the shell's history and show in the list
of processes): it is typed twice at the terminal, unseen, or read as the first line of
standard input when that is not a terminal (``printf '%s\\n' "$PASSWORD" | ghurfa user add
…``). Whoever can open the database is its administrator here, as for ``ghurfa demo``; the
trail names the command line.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable
from typing import TextIO

from desktop.cli.context import CliContext, t
from desktop.models import UserRole

MISUSE = 2


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("user", parents=[common], help=t("add and list the room's users"))
    actions = parser.add_subparsers(dest="user_command", metavar=t("ACTION"), required=True,
                                    parser_class=type(parser))
    add = actions.add_parser("add", parents=[common],
                             help=t("add a user; the password is asked, never given here"))
    add.add_argument("name", metavar=t("NAME"), help=t("the name the user signs in with"))
    add.add_argument("--role", required=True, choices=[role.value for role in _roles()],
                     help=t("what the user may do"))
    add.add_argument("--display-name", metavar=t("TEXT"),
                     help=t("the name shown for the user (default: NAME)"))
    add.set_defaults(handler=run_add)
    listing = actions.add_parser("list", parents=[common], help=t("list the users"))
    listing.add_argument("--json", action="store_true", help=t("one JSON array, for programs"))
    listing.set_defaults(handler=run_list)


def _roles() -> tuple[UserRole, ...]:
    from desktop.services.permissions import OFFERED_ROLES

    return OFFERED_ROLES


def read_password(stdin: TextIO | None = None,
                  ask: Callable[[str], str] | None = None) -> str | None:
    """The new password: typed twice at a terminal, unseen, or the first line of standard
    input (its line ending taken off, nothing else). None when the two typed differ."""
    stdin = stdin or sys.stdin
    ask = ask or getpass.getpass
    if stdin.isatty():
        try:
            first = ask(t("Password: "))
            second = ask(t("Password again: "))
        except EOFError:  # Ctrl+D at the prompt: as if interrupted
            raise KeyboardInterrupt from None
        return first if first == second else None
    line = stdin.readline()
    return line[:-1] if line.endswith("\n") else line


def run_add(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop.services import accounts
    from desktop.services.actor import Actor

    password = read_password()
    if password is None:
        ctx.error(t("The two passwords differ; nothing was added."))
        return 1
    db = ctx.lasting_db()
    actor = Actor(None, "command line", UserRole.ADMIN)
    with db.session() as session:
        if args.role != UserRole.ADMIN.value and not accounts.has_users(session):
            ctx.error(t("The first user of a database is its administrator: add one with "
                        "--role admin first."))
            return 1
        user = accounts.create_user(session, actor, args.name, args.display_name or args.name,
                                    args.role, password)
        session.flush()
        name, role = user.username, user.role
    from desktop.labels import label

    ctx.say("Added {name} ({role}).", name=name, role=label(role))
    return 0


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop.labels import label
    from desktop.services import accounts
    from desktop.services.actor import SYSTEM

    with ctx.db_as_found().reader() as session:
        users = accounts.list_users(session, SYSTEM)
    if args.json:
        print(json.dumps([{"username": u.username, "display_name": u.display_name,
                           "role": u.role.value, "active": u.active,
                           "has_password": u.has_password} for u in users],
                         ensure_ascii=False, indent=2))
        return 0
    if not users:
        ctx.say("No users yet.")
    for user in users:
        state = [] if user.active else [t("deactivated")]
        if not user.has_password:
            state.append(t("no password: cannot sign in"))
        extra = f" ({'، '.join(state) if ctx.lang == 'ar' else ', '.join(state)})" \
            if state else ""
        print(f"{user.username}\t{label(user.role)}\t{user.display_name}{extra}")
    return 0
