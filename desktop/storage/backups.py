"""Backups of the database: taken while the program works, kept in rotation, restored whole.

An SQLite file is copied by SQLite's online backup API (``sqlite3.Connection.backup``) in one
step, inside one read transaction: what it copies is the database as last committed, whatever
a writer is doing meanwhile (WAL lets the reader through), never half a unit of work. The copy
is a single self-contained file (rollback journal, no ``-wal`` beside it), written under a
temporary name and renamed into place once complete. A PostgreSQL database is dumped by
``pg_dump`` in its custom format, when the client tools are installed.

Automatic backups (at start, before an import or a migration, and every half hour when
something changed) go to the backups folder, beside the database by default (the setting
``backups_folder`` names another), named ``<database>-<YYYYmmdd-HHMMSS>-<reason><ending>``,
and are kept in rotation (``desktop.storage.rotation``). A backup written with ``-o FILE`` is
the caller's and never rotated. The backups folder must be on this computer's own disk (not a
network share) and writable (``check_folder``), whether chosen in the window or set by hand.

The last success is the newest file in the folder; the last failure of an automatic backup
(its time, why it was taken, and the refusal's words) is kept in a small file beside the
database (``failure_file``), so it outlives a restart as the backups do, until a later backup
succeeds (``last_failure``). A backup by hand that fails is said to whoever asked, not kept.

A restore checks the backup first, on a copy: it must be a whole SQLite file (``PRAGMA
integrity_check``, ``foreign_key_check``) of a schema this Ghurfa knows (a newer Ghurfa's is
refused; an older one is migrated as at start). Only then is the current database copied aside
(``<database>.before-restore-<time><ending>``, beside it, outside the rotation) and replaced:
the checked copy is written over it by the backup API again, one write transaction, so the file
is either the old database or the restored one, and a program that still has it open reads the
new one rather than a torn file.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop import settings
from desktop.services.errors import DomainError, Term
from desktop.storage import rotation

if TYPE_CHECKING:
    from desktop.storage.database import Database

log = logging.getLogger("ghurfa.backups")

FOLDER_SETTING = "backups_folder"
INTERVAL_MINUTES = 30  # the interface backs up this often, when something changed
STAMP = "%Y%m%d-%H%M%S"
REASONS = ("start", "import", "migration", "downgrade", "timer", "manual")
BUSY_TIMEOUT_MS = 10_000
# How long a restore waits for another program or workstation writing to the file to let go:
# sqlite3's backup() would otherwise retry a busy target without end.
REPLACE_WAIT_S = 15.0
PG_DUMP_TIMEOUT_S = 3600
PG_ENDING = ".dump"


class BackupRefused(DomainError):
    """A backup or a restore that cannot be done; nothing was replaced."""


# What the system said, in words the catalogue translates (``Term``); others as it said them.
_OS_REASONS = {
    errno.EACCES: "permission denied", errno.EPERM: "permission denied",
    errno.EROFS: "the disk is read-only", errno.ENOSPC: "the disk is full",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.ENOENT: "the folder does not exist", errno.EEXIST: "a file of that name is in the way",
}


def os_reason(error: OSError) -> str:
    known = _OS_REASONS.get(error.errno or 0)
    return Term(known) if known is not None else (error.strerror or str(error))


@dataclass(frozen=True)
class BackupFile:
    """One automatic backup in the folder: when (local time, from its name), why, how big."""

    path: Path
    taken: datetime
    reason: str
    size: int


@dataclass(frozen=True)
class Restored:
    """What a restore did: the revision of the backup, whether it was migrated, and where the
    database it replaced was kept."""

    revision: str
    migrated: bool
    kept_aside: Path | None


# -- where -------------------------------------------------------------------------------------

def folder(db: Database) -> Path:
    """The backups folder: the setting, else ``backups`` beside the SQLite file (or in the
    data folder, for a server)."""
    chosen = settings.load().get(FOLDER_SETTING)
    if isinstance(chosen, str) and chosen.strip():
        return Path(chosen).expanduser()
    file = db.file
    if file is not None:
        return file.parent / "backups"
    return settings.data_dir() / "backups"


def _base(db: Database) -> tuple[str, str]:
    """(name, ending) of the automatic backups of ``db``: ``ghurfa``, ``.sqlite3``."""
    file = db.file
    if file is not None:
        return file.stem, file.suffix or ".sqlite3"
    return re.sub(r"[^\w.-]", "_", db.url.database or "ghurfa"), PG_ENDING


def _pattern(db: Database) -> re.Pattern[str]:
    name, ending = _base(db)
    return re.compile(rf"^{re.escape(name)}-(\d{{8}}-\d{{6}})-([a-z]+){re.escape(ending)}$")


def check_folder(chosen: str | Path) -> Path:
    """``chosen`` as the backups folder, created if missing; refused (BackupRefused) where it
    is a network share, not a folder, or cannot be written. Nothing is saved here."""
    text = str(chosen).strip()
    if not text:
        raise BackupRefused("Choose a folder for the backups.")
    where = Path(text).expanduser()
    _refuse_a_share(where)
    if where.exists() and not where.is_dir():
        raise BackupRefused("{folder} is a file, not a folder; choose a folder for the "
                            "backups.", folder=str(where))
    probe = where / f".ghurfa-probe-{os.getpid()}"
    try:
        where.mkdir(parents=True, exist_ok=True)
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        with contextlib.suppress(OSError):
            probe.unlink(missing_ok=True)
        raise BackupRefused(
            "The folder {folder} cannot be written ({reason}); choose a folder this user may "
            "write to.", folder=str(where), reason=os_reason(error)) from error
    return where


def listing(db: Database) -> list[BackupFile]:
    """The automatic backups of ``db`` in its folder, newest first."""
    where = folder(db)
    if not where.is_dir():
        return []
    pattern = _pattern(db)
    found: list[BackupFile] = []
    for path in where.iterdir():
        match = pattern.match(path.name)
        if match is None:
            continue
        try:
            taken = datetime.strptime(match.group(1), STAMP)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(BackupFile(path, taken, match.group(2), size))
    return sorted(found, key=lambda backup: (backup.taken, backup.path.name), reverse=True)


def latest(db: Database) -> BackupFile | None:
    found = listing(db)
    return found[0] if found else None


# -- taking one --------------------------------------------------------------------------------

def backup(db: Database, target: Path) -> Path:
    """Write a backup of ``db`` to ``target`` (replaced if there); returns ``target``."""
    if db.in_memory:
        raise BackupRefused("A database in memory has nothing to back up; name a file or a "
                            "server with --db.")
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BackupRefused("The backup cannot be written to {file}: {reason}",
                            file=str(target), reason=os_reason(error)) from error
    if db.file is not None:
        _sqlite_backup(db.file, target)
    else:
        _pg_dump(db, target)
    return target


def _connect(file: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(str(file), timeout=BUSY_TIMEOUT_MS / 1000,
                                 isolation_level=None)
    connection.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_MS)}")
    return connection


def _sqlite_backup(file: Path, target: Path) -> None:
    if not file.exists():
        raise BackupRefused("There is no database at {file}.", file=str(file))
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        partial.touch()  # a folder that refuses the copy is said so, not the database
        source = _connect(file)
        try:
            copy = sqlite3.connect(str(partial), isolation_level=None)
            try:
                source.backup(copy)  # every page in one step: one consistent snapshot
                copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            finally:
                copy.close()
        finally:
            source.close()
        _fsync(partial)
        os.replace(partial, target)
    except sqlite3.DatabaseError as error:
        partial.unlink(missing_ok=True)
        raise BackupRefused("The database {file} could not be read for a backup: {reason}",
                            file=str(file), reason=str(error)) from error
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise BackupRefused("The backup cannot be written to {file}: {reason}",
                            file=str(target), reason=os_reason(error)) from error


def _fsync(path: Path) -> None:
    with open(path, "rb") as written:
        os.fsync(written.fileno())


def automatic(db: Database, reason: str, *, now: datetime | None = None) -> Path | None:
    """A backup into the folder, then the rotation; None where there is nothing to back up
    (a database in memory, an SQLite file not yet written, a server without ``pg_dump``)."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if db.in_memory:
        return None
    file = db.file
    if file is not None and (not file.exists() or file.stat().st_size == 0):
        return None
    if file is None and shutil.which("pg_dump") is None:
        log.warning("no automatic backup (%s): pg_dump is not installed", reason)
        return None
    now = now or datetime.now()
    name, ending = _base(db)
    where = None
    try:
        where = folder(db)
        _refuse_a_share(where)  # the refusal the window gives when the folder is chosen
        target = where / f"{name}-{now.strftime(STAMP)}-{reason}{ending}"
        backup(db, target)
    except Exception as error:
        if reason != "manual":  # a backup by hand says its failure to whoever asked
            _remember_failure(db, reason, now, error, where)
        raise
    forget_failure(db)
    try:
        prune(db, now=now)
    except OSError:  # the backup is taken; the old ones go next time
        log.warning("the old backups could not be rotated", exc_info=True)
    return target


def _refuse_a_share(where: Path) -> None:
    """Backups are written by SQLite, which a network share's locks fail: refused there."""
    from desktop.storage.network import network_share

    share = network_share(where)
    if share is not None:
        raise BackupRefused(
            "The folder {folder} is on a network share ({kind}). The backups are written by "
            "SQLite, whose locks a share does not keep: choose a folder on this computer's own "
            "disk or on a USB drive, and copy the backups to the share from there.",
            folder=str(where), kind=share)


# -- the last failure --------------------------------------------------------------------------

@dataclass(frozen=True)
class BackupFailure:
    """The last automatic backup that failed: when (local time), why it was taken (a reason of
    ``REASONS``), and the refusal's words, said in the current language by ``message``."""

    when: datetime
    reason: str
    text: str
    fields: dict[str, str]

    def message(self, lang: str | None = None) -> str:
        return DomainError(self.text, **self.fields).message(lang)


def failure_file(db: Database) -> Path | None:
    """Where the last failure is kept: beside the SQLite file (its folder is writable, SQLite
    needs it to be), in the data folder for a server; None for a database in memory."""
    if db.in_memory:
        return None
    file = db.file
    if file is not None:
        return file.with_name(f"{file.stem}.last-backup-failure.json")
    name, _ending = _base(db)
    return settings.data_dir() / f"{name}.last-backup-failure.json"


def _words(error: BaseException) -> tuple[str, dict[str, Any]]:
    """The refusal's words (its English source and fields, translated when shown), never a
    traceback: a domain error as it is, anything else by its one-line reason."""
    if isinstance(error, DomainError):
        return error.text, dict(error.fields)
    if isinstance(error, OSError):
        return "The backup could not be written: {reason}", {"reason": os_reason(error)}
    return ("The backup stopped on an unexpected error: {reason}",
            {"reason": (str(error) or type(error).__name__)[:300]})


def _remember_failure(db: Database, reason: str, when: datetime, error: BaseException,
                      where: Path | None) -> None:
    file = failure_file(db)
    if file is None:
        return
    text, fields = _words(error)
    if where is not None:  # the folder is what to act on, not the name the backup would have had
        fields = {key: str(where) if isinstance(value, str) and Path(value).parent == where
                  else value for key, value in fields.items()}
    record = {"when": when.isoformat(timespec="seconds"), "reason": reason, "text": text,
              "fields": {key: str(value) for key, value in fields.items()},
              "terms": sorted(key for key, value in fields.items() if isinstance(value, Term))}
    try:
        partial = file.with_name(f".{file.name}.partial")
        partial.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        os.replace(partial, file)
    except OSError:
        log.warning("the failure of a backup could not be kept in %s", file, exc_info=True)


def forget_failure(db: Database) -> None:
    file = failure_file(db)
    if file is not None:
        try:
            file.unlink(missing_ok=True)
        except OSError:
            log.warning("the last backup's failure could not be cleared: %s", file)


def last_failure(db: Database) -> BackupFailure | None:
    """The last automatic backup's failure, while no backup has succeeded since; None when
    there is none kept, or the file does not read as one."""
    file = failure_file(db)
    if file is None:
        return None
    try:
        record = json.loads(file.read_text(encoding="utf-8"))
        terms = set(record.get("terms", ()))
        failure = BackupFailure(datetime.fromisoformat(record["when"]), str(record["reason"]),
                                str(record["text"]),
                                {str(k): Term(v) if k in terms else str(v)
                                 for k, v in dict(record["fields"]).items()})
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        log.warning("the last backup's failure does not read: %s", file)
        return None
    try:
        newest = latest(db)
    except OSError:
        newest = None
    if newest is not None and newest.taken >= failure.when.replace(microsecond=0):
        return None  # a backup succeeded since (written by another program, say)
    return failure


def prune(db: Database, *, now: datetime | None = None) -> list[Path]:
    """Delete the automatic backups the rotation lets go; returns those deleted."""
    found = listing(db)
    keep = rotation.to_keep((b.taken for b in found), now=now or datetime.now())
    gone: list[Path] = []
    for backup_file in found:
        if backup_file.taken in keep:
            continue
        try:
            backup_file.path.unlink()
        except OSError:
            log.warning("an old backup could not be deleted: %s", backup_file.path)
            continue
        gone.append(backup_file.path)
    return gone


def change_mark(db: Database) -> int | None:
    """A number that grows with every committed unit of work (the newest row of the change
    log); None where there is no log. Equal marks: nothing changed in between."""
    from sqlalchemy import func, inspect, select

    from desktop.storage.recorder import change_log

    with db.engine.connect() as connection:
        if not inspect(connection).has_table("change_log"):
            return None
        return connection.execute(select(func.max(change_log.c.id))).scalar()


def backup_if_changed(db: Database, since: int | None) -> tuple[Path | None, int | None]:
    """The half-hourly backup: taken only when the change mark moved from ``since``; returns
    (the backup or None, the mark to compare next time)."""
    mark = change_mark(db)
    if mark is None or mark == since:
        return None, mark
    return automatic(db, "timer"), mark


# -- PostgreSQL --------------------------------------------------------------------------------

def pg_tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise BackupRefused(
            "{tool} is not installed, so this PostgreSQL database cannot be backed up or "
            "restored from here. Install PostgreSQL's client tools (of the server's version "
            "or newer) on this workstation, or back up on the server.", tool=name)
    return found


def _pg_environment(db: Database) -> dict[str, str]:
    """The connection for the tools, in their environment: a password never in the list of
    processes."""
    url = db.url
    env = dict(os.environ)
    for key, value in (("PGHOST", url.host), ("PGPORT", url.port), ("PGUSER", url.username),
                       ("PGPASSWORD", url.password), ("PGDATABASE", url.database)):
        if value is not None:
            env[key] = str(value)
    env.setdefault("PGCONNECT_TIMEOUT", "10")
    return env


def _run(command: list[str], db: Database) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, env=_pg_environment(db), capture_output=True, text=True,
                          timeout=PG_DUMP_TIMEOUT_S, check=False)


def _pg_dump(db: Database, target: Path) -> None:
    tool = pg_tool("pg_dump")
    partial = target.with_name(f".{target.name}.partial")
    done = _run([tool, "--format=custom", "--no-password", f"--file={partial}"], db)
    if done.returncode != 0:
        partial.unlink(missing_ok=True)
        raise BackupRefused("pg_dump did not back up the database: {reason}",
                            reason=done.stderr.strip()[-500:])
    os.replace(partial, target)


def _pg_revision(db: Database, source: Path) -> str | None:
    """The schema revision written in a custom-format dump (its ``alembic_version`` data)."""
    tool = pg_tool("pg_restore")
    listed = _run([tool, "--list", str(source)], db)
    if listed.returncode != 0:
        raise BackupRefused("{file} is not a backup of a PostgreSQL database, or it is "
                            "damaged: {reason}", file=str(source),
                            reason=listed.stderr.strip()[-300:])
    data = _run([tool, "--data-only", "--table=alembic_version", "--file=-", str(source)], db)
    lines = data.stdout.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("COPY ") and "alembic_version" in line and i + 1 < len(lines):
            value = lines[i + 1].strip()
            return None if value == "\\." else value
    return None


def _pg_restore(db: Database, source: Path) -> Restored:
    revision = _pg_revision(db, source)
    _check_revision(revision, source)
    stamp = datetime.now().strftime(STAMP)
    name, _ending = _base(db)
    aside = folder(db) / f"{name}.before-restore-{stamp}{PG_ENDING}"
    backup(db, aside)
    db.dispose()
    tool = pg_tool("pg_restore")
    done = _run([tool, "--clean", "--if-exists", "--no-owner", "--single-transaction",
                 "--no-password", f"--dbname={db.url.database}", str(source)], db)
    if done.returncode != 0:
        raise BackupRefused("pg_restore did not restore the backup (the database is as it "
                            "was; a copy of it is at {aside}): {reason}", aside=str(aside),
                            reason=done.stderr.strip()[-500:])
    migrated = _bring_up_to_date(db, revision)
    return Restored(revision, migrated, aside)


# -- restoring ---------------------------------------------------------------------------------

def _check_revision(revision: str | None, source: Path) -> None:
    from desktop.storage.migrations import known_revisions

    if revision is None:
        raise BackupRefused("{file} is not a backup of a Ghurfa database (it carries no schema "
                            "revision); nothing was replaced.", file=str(source))
    if revision not in known_revisions():
        raise BackupRefused(
            "{file} is a backup of a newer Ghurfa (schema revision {revision}); this version "
            "cannot read it. Restore it with that version of Ghurfa or a later one; nothing "
            "was replaced.", file=str(source), revision=revision)


def _bring_up_to_date(db: Database, revision: str) -> bool:
    from desktop.storage.migrations import head_revision, upgrade

    if revision == head_revision(db):
        return False
    upgrade(db, keep_copy=False)
    return True


def check_backup(source: Path) -> str:
    """The schema revision of an SQLite backup that reads whole and is this Ghurfa's to open;
    refused (BackupRefused) otherwise. ``source`` is only read."""
    try:
        connection = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise _not_a_backup(source, str(error)) from error
    try:
        return _checked_revision(connection, source)
    except sqlite3.DatabaseError as error:  # not a database at all, or damaged past reading
        raise _not_a_backup(source, str(error)) from error
    finally:
        connection.close()


def _not_a_backup(source: Path, reason: str) -> BackupRefused:
    return BackupRefused("{file} is not an SQLite database, or it is damaged ({reason}); "
                         "nothing was replaced.", file=str(source), reason=reason)


def _checked_revision(connection: sqlite3.Connection, source: Path) -> str:
    from desktop.storage.integrity import sqlite_damage

    damage = sqlite_damage(connection)
    if damage:
        raise BackupRefused("{file} is damaged ({problem}); nothing was replaced.",
                            file=str(source), problem=damage)
    tables = {row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    revision = None
    if "alembic_version" in tables:
        rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        revision = rows[0][0] if len(rows) == 1 else None
    _check_revision(revision, source)
    assert revision is not None
    return revision


def restore(db: Database, source: Path, *,
            progress: Callable[[str], None] | None = None) -> Restored:
    """Replace ``db`` by the backup ``source``, once checked; the current database is kept
    aside first. ``db``'s connections are closed; open it again to go on working."""
    source = Path(source)
    step = progress or (lambda _step: None)
    if not source.is_file():
        raise BackupRefused("There is no backup at {file}.", file=str(source))
    if db.in_memory:
        raise BackupRefused("A database in memory cannot be restored into; name a file or a "
                            "server with --db.")
    if db.file is None:
        return _pg_restore(db, source)
    file = db.file
    if file.exists() and source.resolve() == file.resolve():
        raise BackupRefused("{file} is the database itself, not a backup of it.",
                            file=str(source))
    step("check")
    revision = check_backup(source)
    staging = file.with_name(f".{file.name}.restoring")
    _remove_sqlite(staging)
    try:
        _sqlite_backup(source, staging)
        migrated = False
        from desktop.storage.migrations import head_revision

        if revision != head_revision():
            step("migrate")
            from desktop.storage.database import Database as Opened

            restored = Opened(f"sqlite:///{staging}")
            try:
                migrated = _bring_up_to_date(restored, revision)
            finally:
                restored.dispose()
        aside = None
        if file.exists() and file.stat().st_size > 0:
            step("aside")
            aside = file.with_name(
                f"{file.stem}.before-restore-{datetime.now().strftime(STAMP)}{file.suffix}")
            _keep_aside(file, aside)
        db.dispose()
        step("replace")
        _replace(staging, file)
    finally:
        _remove_sqlite(staging)
    return Restored(revision, migrated, aside)


class _StillInUse(Exception):
    """Raised from the backup's progress callback: sqlite3 then abandons the step, and the
    target's transaction, so the file is left exactly as it was."""


def _waiting_at_most(seconds: float, file: Path) -> Callable[[int, int, int], None]:
    """A progress callback for ``Connection.backup`` that gives up once the target has been
    busy (another connection writing) for ``seconds``: CPython calls it after every step,
    busy ones included, and abandons the backup when it raises."""
    import time

    started = time.monotonic()

    def check(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) \
                and time.monotonic() - started > seconds:
            raise _StillInUse(str(file))

    return check


def _keep_aside(file: Path, aside: Path) -> None:
    """The database about to be replaced, copied whole; a file too damaged for the backup API
    is copied as it lies, its WAL with it."""
    try:
        _sqlite_backup(file, aside)
    except BackupRefused:
        for ending in ("", "-wal"):
            if Path(f"{file}{ending}").exists():
                shutil.copy2(f"{file}{ending}", f"{aside}{ending}")


def _replace(staging: Path, file: Path) -> None:
    """Write ``staging`` over ``file`` in one SQLite transaction; where the current file is
    too damaged for that, rename the checked copy over it (its WAL, which belongs to the
    damaged file, removed first)."""
    try:
        source = _connect(staging)
        try:
            target = _connect(file)
            try:
                source.backup(target, progress=_waiting_at_most(REPLACE_WAIT_S, file))
            finally:
                target.close()
        finally:
            source.close()
        return
    except _StillInUse:
        raise BackupRefused(
            "{file} is being written by another program or workstation; close Ghurfa "
            "everywhere and restore again. Nothing was replaced.", file=str(file)) from None
    except sqlite3.DatabaseError as error:
        log.warning("the damaged database is replaced by renaming: %s", error)
    whole = file.with_name(f".{file.name}.whole")
    shutil.copyfile(staging, whole)
    _fsync(whole)
    for ending in ("-wal", "-shm"):
        Path(f"{file}{ending}").unlink(missing_ok=True)
    os.replace(whole, file)


def _remove_sqlite(file: Path) -> None:
    for ending in ("", "-wal", "-shm", "-journal"):
        Path(f"{file}{ending}").unlink(missing_ok=True)
