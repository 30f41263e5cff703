"""``ghurfa demo``: load the demo data (Maysan and Dhi Qar, or a synthetic national set)."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.context import CliContext, t
from desktop.i18n import translate


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("demo", parents=[common], help=t("load the demo data"))
    parser.add_argument("--scale", choices=("seed", "national"), default="seed",
                        help=t("seed: the source texts' commands and meetings; national: a "
                               "synthetic set for benchmarks"))
    parser.add_argument("--seed", type=_whole_number, default=2010, help=t("random seed"))
    parser.add_argument("--force", action="store_true",
                        help=t("load even if the database already holds data"))
    parser.set_defaults(handler=run)


def _whole_number(value: str) -> int:
    """``type=int`` would name Python's type in the message; this says it in words."""
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(t("{value} is not a whole number", value=value)) from None


def _progress(done: int, total: int, what: str) -> None:
    """One line, rewritten in place, on a terminal; nothing when output goes to a file."""
    if sys.stderr.isatty() and total:
        label = translate("demo", what)
        sys.stderr.write(f"\r{100 * done // total:3d}%  {label:<50.50}")
        sys.stderr.flush()
        if done >= total:
            sys.stderr.write("\n")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop.demo import load_demo

    # Ctrl+C reaches the command as KeyboardInterrupt: the loader's single transaction rolls
    # back, so an interrupted load leaves nothing half-written.
    db = ctx.lasting_db()  # loaded into memory, the data would vanish as the command ends
    summary = load_demo(db, scale=args.scale, seed=args.seed, force=args.force,
                        progress=_progress)
    for name, count in summary.items():
        ctx.say("  {name}: {count}", name=name, count=count)
    ctx.say("Demo data loaded into {name}.", name=db.describe())
    from desktop.demo.accounts import ACCOUNTS
    from desktop.labels import label

    ctx.say("Its accounts (the sign-in lists them too):")
    for account in ACCOUNTS:
        ctx.say("  {role}: {username} / {password}", role=label(account.role),
                username=account.username, password=account.password)
    return 0
