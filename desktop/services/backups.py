"""The backups page's actions for a signed-in user: list, back up now, restore (the
administrator alone, ``permissions.BACKUPS``), each taken or restored backup in the audit
trail, and the choice of the backups folder (checked by ``backups.check_folder``, saved in the
settings only once accepted). The storage itself is ``desktop.storage.backups``; the last
backup's time, and the last automatic backup's failure while none has succeeded since, are for
everyone (the home view shows them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import settings
from desktop.services import audit, permissions
from desktop.services.actor import Actor
from desktop.services.errors import Forbidden
from desktop.storage import backups
from desktop.storage.backups import BackupFailure, BackupFile, BackupRefused, Restored

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.storage.database import Database

ENTITY = "database"


@dataclass(frozen=True)
class BackupsView:
    """What the page shows: where the backups go, and those there, newest first."""

    folder: Path
    files: tuple[BackupFile, ...]
    failure: BackupFailure | None = None  # the last automatic one, none succeeded since

    @property
    def last_success(self) -> BackupFile | None:
        return self.files[0] if self.files else None


@dataclass(frozen=True)
class BackupStatus:
    """The home view's line: when the last backup was taken, and the last automatic one's
    failure while no backup has succeeded since."""

    taken: datetime | None
    failure: BackupFailure | None


def _allowed(db: Database, actor: Actor) -> None:
    try:
        permissions.require_backups(actor)
    except Forbidden as refusal:  # no unit of work to roll back: the refusal kept at once
        audit.record_refusal(db, refusal)
        raise


def list_backups(db: Database, actor: Actor) -> BackupsView:
    _allowed(db, actor)
    return BackupsView(backups.folder(db), tuple(backups.listing(db)), backups.last_failure(db))


def last_backup_time(db: Database) -> datetime | None:
    found = backups.latest(db)
    return found.taken if found is not None else None


def backup_status(db: Database) -> BackupStatus:
    return BackupStatus(last_backup_time(db), backups.last_failure(db))


def choose_folder(db: Database, actor: Actor, chosen: str | Path) -> Path:
    """Make ``chosen`` the backups folder once the core accepts it (a local, writable folder);
    refused with nothing saved otherwise. The settings file's other values are kept: one that
    does not read is refused rather than written over."""
    _allowed(db, actor)
    where = backups.check_folder(chosen)
    try:
        values = settings.load(strict=True)
    except settings.SettingsUnreadable as problem:
        raise BackupRefused("The settings file {file} does not read as settings; correct or "
                            "remove it before choosing the backups folder. Nothing was saved.",
                            file=str(problem.file)) from problem
    before = values.get(backups.FOLDER_SETTING)
    values[backups.FOLDER_SETTING] = str(where)
    settings.save(values)
    with db.session() as session:
        audit.record(session, actor, "backups_folder", entity=ENTITY,
                     changes={"folder": [before, str(where)]})
    return where


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
    recorded in the restored trail, under the actor's account there when the restored data
    holds it (``account_after_restore``) and by name alone otherwise: the trail of a backup
    taken before that account was made has no row to point at. The caller goes on with
    ``account_after_restore`` on the same ``db``."""
    _allowed(db, actor)
    done = backups.restore(db, source)
    with db.session() as session:
        there = _same_account(session, actor)
        audit.record(session, there or Actor(None, actor.username, actor.role), "restore",
                     entity=ENTITY, changes={"file": [None, str(source)],
                                             "kept_aside": [None, str(done.kept_aside or "")]})
    return done


def account_after_restore(db: Database, actor: Actor) -> Actor | None:
    """Who ``actor`` is in the restored data: the same account (its id and its name), still
    active, with the role the restored data gives it; None when the restored data has no such
    account, and then nobody is signed in on it until someone signs in again."""
    with db.reader() as session:
        return _same_account(session, actor)


def _same_account(session: Session, actor: Actor) -> Actor | None:
    from desktop.models import User

    user = session.get(User, actor.user_id) if actor.user_id is not None else None
    if user is None or not user.active or user.username != actor.username:
        return None
    return Actor(user.id, user.username, user.role)
