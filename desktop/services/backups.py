"""The backups page's actions for a signed-in user: list, back up now, restore (the
administrator alone, ``permissions.BACKUPS``), each taken or restored backup in the audit
trail. The storage itself is ``desktop.storage.backups``; the last backup's time is for
everyone (the home view shows it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.services import audit, permissions
from desktop.services.actor import Actor
from desktop.services.errors import Forbidden
from desktop.storage import backups
from desktop.storage.backups import BackupFile, BackupRefused, Restored

if TYPE_CHECKING:
    from desktop.storage.database import Database

ENTITY = "database"


@dataclass(frozen=True)
class BackupsView:
    """What the page shows: where the backups go, and those there, newest first."""

    folder: Path
    files: tuple[BackupFile, ...]


def _allowed(db: Database, actor: Actor) -> None:
    try:
        permissions.require_backups(actor)
    except Forbidden as refusal:  # no unit of work to roll back: the refusal kept at once
        audit.record_refusal(db, refusal)
        raise


def list_backups(db: Database, actor: Actor) -> BackupsView:
    _allowed(db, actor)
    return BackupsView(backups.folder(db), tuple(backups.listing(db)))


def last_backup_time(db: Database) -> datetime | None:
    found = backups.latest(db)
    return found.taken if found is not None else None


def back_up_now(db: Database, actor: Actor) -> Path:
    _allowed(db, actor)
    made = backups.automatic(db, "manual")
    if made is None:
        if db.file is None and not db.in_memory:
            backups.pg_tool("pg_dump")  # a server without pg_dump: the command's message
        raise BackupRefused("There is nothing to back up yet.")
    with db.session() as session:
        audit.record(session, actor, "backup", entity=ENTITY,
                     changes={"file": [None, str(made)]})
    return made


def restore_backup(db: Database, actor: Actor, source: Path) -> Restored:
    """The database replaced by ``source`` once checked (``backups.restore``); the restore
    recorded in the restored trail. The caller restarts its work on the database."""
    _allowed(db, actor)
    done = backups.restore(db, source)
    with db.session() as session:
        audit.record(session, actor, "restore", entity=ENTITY,
                     changes={"file": [None, str(source)],
                              "kept_aside": [None, str(done.kept_aside or "")]})
    return done
