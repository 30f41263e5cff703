"""``ghurfa backup -o FILE`` and ``ghurfa restore FILE``: the database copied whole, and back.

A backup may be taken while the program is in use (``desktop.storage.backups``: SQLite's
online backup API, ``pg_dump`` for a server). A restore checks the backup before it touches
anything, keeps the current database aside, and replaces it; the program, if open, is then
restarted to read the restored data. ``ghurfa backup --list`` shows the automatic backups.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.context import CliContext, t


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("backup", parents=[common],
                            help=t("back up the database, also while the program is in use"))
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("-o", "--output", metavar=t("FILE"), type=Path,
                      help=t("the file to write the backup to"))
    what.add_argument("--list", action="store_true",
                      help=t("list the automatic backups, newest first"))
    parser.set_defaults(handler=run_backup)
    restore = sub.add_parser("restore", parents=[common],
                             help=t("replace the database by a backup, once checked"))
    restore.add_argument("file", metavar=t("FILE"), type=Path, help=t("the backup to restore"))
    restore.set_defaults(handler=run_restore)


def run_backup(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop.storage import backups

    db = ctx.db_as_found()
    if args.list:
        found = backups.listing(db)
        ctx.say("Backups folder: {folder}", folder=str(backups.folder(db)))
        if not found:
            ctx.say("No automatic backups yet.")
        for backup in found:
            print(f"{backup.taken:%Y-%m-%d %H:%M:%S}\t{_size(backup.size)}\t"
                  f"{backup.path}", flush=True)
        return 0
    target = backups.backup(db, args.output)
    ctx.say("Backed up {name} to {file} ({size}).", name=db.describe(), file=str(target),
            size=_size(target.stat().st_size))
    return 0


def run_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop.storage import backups
    from desktop.storage.database import Database
    from desktop.storage.migrations import head_revision

    db = ctx.db_as_found() if _exists(ctx) else Database.open(ctx.db_url, migrate=False,
                                                                lasting=True)
    done = backups.restore(db, args.file)
    ctx.say("Restored {file} into {name} (schema revision {revision}).", file=str(args.file),
            name=db.describe(), revision=done.revision)
    if done.migrated:
        ctx.say("The backup was of an older version; its schema was brought up to date "
                "(revision {revision}).", revision=head_revision() or "-")
    if done.kept_aside is not None:
        ctx.say("The database it replaced is kept at {file}.", file=str(done.kept_aside))
    ctx.say("If the program is open, close it and start it again to work on the restored "
            "data.")
    return 0


def _exists(ctx: CliContext) -> bool:
    """Whether the database to restore into is there already (an SQLite file may not be: a
    backup restored on a new workstation)."""
    from sqlalchemy.engine import make_url

    from desktop import settings

    url = make_url(settings.database_url(ctx.db_url))
    if url.get_backend_name() != "sqlite":
        return True
    return bool(url.database) and Path(url.database).exists()


def _size(count: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if count < 1024 or unit == "GB":
            return f"{count:.0f} {unit}" if unit == "B" else f"{count:.1f} {unit}"
        count /= 1024
    return str(count)
