"""The ``ghurfa`` command: the program with no sub-command, tools with one.

Exit codes: 0 success, 1 input the domain rejected, 2 misuse of the command line.
Sub-commands of the layers above the core (documents, the program itself) are found through
the entry points ``ghurfa.commands`` and ``ghurfa.program``, so this package imports neither.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from importlib.metadata import entry_points

from desktop import i18n
from desktop.cli.context import CliContext, t
from desktop.services.errors import DatabaseUnavailable, DomainError

OK, REJECTED, MISUSE = 0, 1, 2
ARGPARSE_CONTEXT = "argparse"


def _argparse_text(message: str) -> str:
    return i18n.translate(ARGPARSE_CONTEXT, message)


def _argparse_plural(singular: str, plural: str, count: int) -> str:
    return _argparse_text(singular if count == 1 else plural)


# argparse's own words ("usage:", "options", "invalid choice", the help line) come from its
# gettext calls, looked up when a parser is built or speaks; they read the program's catalogue
# instead, so help and misuse messages speak the chosen language throughout.
argparse._ = _argparse_text  # type: ignore[attr-defined]
argparse.ngettext = _argparse_plural  # type: ignore[attr-defined]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own words, framed in the user's
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: {t('Misuse')}: {message}\n")
        raise SystemExit(MISUSE)


def _common() -> argparse.ArgumentParser:
    # SUPPRESS lets the options stand before or after the sub-command without one
    # overwriting the other with its default.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                        help=t("database URL (default: SQLite in the user's data folder)"))
    common.add_argument("--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS,
                        help=t("language of messages and documents"))
    return common


def build_parser(*, commands: bool = True, program: bool = False) -> argparse.ArgumentParser:
    """``commands=False`` leaves out the plugins' sub-commands; ``program`` every sub-command:
    starting the program needs none of them, and building theirs imports the core (the users'
    roles, SQLAlchemy's ORM with them), which put the window off by a third of a second."""
    common = _common()
    parser = _Parser(
        prog="ghurfa",
        parents=[common],
        description=t("Ghurfa: the operations room for election security."),
    )
    parser.add_argument("--demo", action="store_true",
                        help=t("load the demo data first if the database is empty"))
    sub = parser.add_subparsers(dest="command", metavar=t("COMMAND"), parser_class=_Parser)
    from desktop.cli import (
        assign,
        backup,
        check,
        coverage,
        demo,
        directives,
        imports,
        users,
        watch,
    )

    for module in () if program else (demo, check, backup, watch, imports, directives, users,
                                       assign, coverage):
        module.register(sub, common)
    for point in entry_points(group="ghurfa.commands") if commands else ():
        try:
            register = point.load()
        except ImportError as error:  # a partial install keeps the core's commands working
            sys.stderr.write(t("Commands of {name} are unavailable: {error}",
                               name=point.name, error=error) + "\n")
            continue
        register(sub, common)
    return parser


def _language(argv: Sequence[str]) -> str:
    """The language is needed before the parser is built, for its help texts."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return i18n.DEFAULT_LANGUAGE


def _starts_program(argv: Sequence[str]) -> bool:
    """No sub-command and no help asked: only options such as ``--db URL --demo``."""
    takes_value = {"--db", "--lang"}
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in takes_value:
            skip = True
        elif arg in ("-h", "--help") or not arg.startswith("-"):
            return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = _language(argv)
    if lang in i18n.LANGUAGES:
        i18n.set_language(lang)
    try:
        starts = _starts_program(argv)
        args = build_parser(commands=not starts, program=starts).parse_args(argv)
    except SystemExit as stop:
        return int(stop.code or 0)
    ctx = CliContext(db_url=getattr(args, "db", None), lang=i18n.language())
    try:
        if args.command is None:
            return _run_program(args, ctx)
        return int(args.handler(args, ctx) or OK)
    except DatabaseUnavailable as error:
        ctx.error(error.message())
        return MISUSE if error.misuse else REJECTED
    except DomainError as error:
        ctx.error(error.message())
        return REJECTED
    except KeyboardInterrupt:
        ctx.error(t("Interrupted."))
        return REJECTED
    except BrokenPipeError:  # the reader went away (``ghurfa check | head``): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return REJECTED
    finally:
        ctx.close()


def _run_program(args: argparse.Namespace, ctx: CliContext) -> int:
    programs = list(entry_points(group="ghurfa.program"))
    if not programs:
        ctx.error(t("The desktop program is not installed; use a sub-command (see --help)."))
        return MISUSE
    return int(programs[0].load()(args, ctx) or OK)
