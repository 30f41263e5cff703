"""Backups: consistent while written to, restored whole or not at all, kept in rotation."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop import settings
from desktop.cli import main
from desktop.models import Rank
from desktop.storage import backups
from desktop.storage.backups import BackupRefused
from desktop.storage.database import Database
from desktop.storage.migrations import current_revision, head_revision, upgrade
from desktop.storage.rotation import to_keep

RANK = ("INSERT INTO ranks (name_ar, seniority, created_at, updated_at, version) "
        "VALUES (?, 1, '2026-01-01', '2026-01-01', 1)")


def _ranks(file: Path) -> list[str]:
    connection = sqlite3.connect(file)
    try:
        return [row[0] for row in connection.execute("SELECT name_ar FROM ranks ORDER BY id")]
    finally:
        connection.close()


def _add_rank(db: Database, name: str) -> None:
    with db.engine.begin() as connection:
        connection.exec_driver_sql(RANK.replace("?", f"'{name}'"))



@pytest.fixture(autouse=True)
def english():
    """The refusals are matched by their English words (their Arabic is the catalogue's)."""
    from desktop import i18n

    before = i18n.language()
    i18n.set_language("en")
    yield
    i18n.set_language(before)

# -- taking a backup ---------------------------------------------------------------------------

def test_a_backup_while_a_writer_holds_a_transaction_has_the_committed_data_only(
        sqlite_db, tmp_path):
    _add_rank(sqlite_db, "عقيد")
    writer = sqlite3.connect(sqlite_db.file, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute(RANK, ("لواء",))  # written, not committed
    try:
        target = backups.backup(sqlite_db, tmp_path / "out" / "copy.sqlite3")
    finally:
        writer.execute("COMMIT")
        writer.close()
    assert _ranks(target) == ["عقيد"]
    assert _ranks(sqlite_db.file) == ["عقيد", "لواء"]
    copy = sqlite3.connect(target)
    assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one whole file
    copy.close()
    assert not Path(f"{target}-wal").exists()
    assert not list(target.parent.glob(".*partial"))


def test_a_backup_is_refused_for_a_database_in_memory(tmp_path):
    db = Database("sqlite://")
    with pytest.raises(BackupRefused, match="memory"):
        backups.backup(db, tmp_path / "x.sqlite3")
    assert backups.automatic(db, "start") is None
    db.dispose()


def test_the_command_writes_a_backup_and_says_where(sqlite_db, tmp_path, capsys):
    _add_rank(sqlite_db, "رائد")
    out = tmp_path / "b.sqlite3"
    url = f"sqlite:///{sqlite_db.file}"
    assert main(["--lang", "en", "--db", url, "backup", "-o", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    assert _ranks(out) == ["رائد"]


def test_the_command_refuses_a_database_that_is_not_there(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'none.sqlite3'}"
    assert main(["--lang", "en", "--db", url, "backup", "-o", str(tmp_path / "b")]) == 1
    assert "There is no database" in capsys.readouterr().err
    assert not (tmp_path / "none.sqlite3").exists()


# -- automatic backups and their folder --------------------------------------------------------

def test_automatic_backups_go_beside_the_database_and_are_listed_newest_first(sqlite_db):
    first = backups.automatic(sqlite_db, "start", now=datetime(2026, 12, 1, 8, 0, 0))
    second = backups.automatic(sqlite_db, "import", now=datetime(2026, 12, 1, 9, 30, 5))
    assert first == sqlite_db.file.parent / "backups" / "ghurfa-20261201-080000-start.sqlite3"
    found = backups.listing(sqlite_db)
    assert [b.path for b in found] == [second, first]
    assert found[0].reason == "import" and found[0].taken == datetime(2026, 12, 1, 9, 30, 5)
    assert found[0].size == second.stat().st_size > 0
    assert backups.latest(sqlite_db).path == second
    with pytest.raises(ValueError):
        backups.automatic(sqlite_db, "whenever")


def test_the_folder_setting_moves_the_backups(sqlite_db, tmp_path):
    chosen = tmp_path / "elsewhere"
    settings.save({backups.FOLDER_SETTING: str(chosen)})
    made = backups.automatic(sqlite_db, "manual")
    assert made.parent == chosen and backups.listing(sqlite_db)[0].path == made


def test_the_rotation_deletes_old_automatic_backups_but_never_a_chosen_file(sqlite_db):
    folder = backups.folder(sqlite_db)
    folder.mkdir(parents=True)
    start = datetime(2026, 1, 1, 12, 0)
    for day in range(60):  # two months of backups, made by an older run
        moment = start + timedelta(days=day)
        shutil.copy(sqlite_db.file, folder / f"ghurfa-{moment:%Y%m%d-%H%M%S}-start.sqlite3")
    stranger = folder / "my-own-copy.sqlite3"
    shutil.copy(sqlite_db.file, stranger)
    now = start + timedelta(days=60)
    backups.automatic(sqlite_db, "timer", now=now)
    kept = {b.taken for b in backups.listing(sqlite_db)}
    assert now in kept and len(kept) < 61
    assert start + timedelta(days=59) in kept
    assert stranger.exists()


def test_a_backup_is_taken_only_when_something_changed(sqlite_db):
    none, mark = backups.backup_if_changed(sqlite_db, None)
    assert none is None and mark is None  # an empty change log: nothing done yet
    with sqlite_db.session() as session:  # a unit of work writes the change log
        session.add(Rank(name_ar="ملازم", seniority=9))
    made, mark = backups.backup_if_changed(sqlite_db, mark)
    assert made is not None and made.exists()
    again, same = backups.backup_if_changed(sqlite_db, mark)
    assert again is None and same == mark


def test_a_migration_backs_up_into_the_rotation(tmp_path):
    file = tmp_path / "old.sqlite3"
    db = Database(f"sqlite:///{file}")
    upgrade(db, "base")
    with db.engine.begin() as connection:
        connection.execute(text("CREATE TABLE keepsake (x TEXT)"))
    made = upgrade(db)
    assert made is not None and made.parent == tmp_path / "backups"
    assert backups.listing(db)[0].reason == "migration"
    db.dispose()


# -- rotation ----------------------------------------------------------------------------------

def test_rotation_keeps_the_newest_of_each_day_week_and_month():
    now = datetime(2026, 12, 3, 12, 0)  # a Thursday
    # every half hour since midnight today, then one a day at 23:00 for a year before it
    today = [now - timedelta(minutes=30 * i) for i in range(24)]
    daily = [datetime(2026, 12, 2, 23, 0) - timedelta(days=i) for i in range(365)]
    kept = to_keep(today + daily, now=now)
    assert set(today[:3]) <= kept  # the last three whatever their day
    assert today[3] not in kept and today[-1] not in kept  # today's others go
    # the newest of each of the twelve last days that hold one: today and eleven before
    assert all(datetime(2026, 12, 2, 23, 0) - timedelta(days=i) in kept for i in range(11))
    assert datetime(2026, 11, 21, 23, 0) not in kept  # a Saturday, twelve days back
    # the newest of each of ten weeks: Sunday's, the end of each ISO week
    assert datetime(2026, 11, 22, 23, 0) in kept and datetime(2026, 10, 4, 23, 0) in kept
    assert datetime(2026, 9, 27, 23, 0) not in kept  # the eleventh week's Sunday
    # the newest of each of nine months: December back to April
    assert {(m.year, m.month) for m in kept} == {(2026, month) for month in range(4, 13)}
    assert datetime(2026, 4, 30, 23, 0) in kept
    assert datetime(2026, 3, 31, 23, 0) not in kept
    assert len(kept) <= 3 + 12 + 10 + 9


def test_rotation_counts_days_that_hold_a_backup_not_calendar_days():
    now = datetime(2026, 12, 3)
    old = [datetime(2026, 1, 1) + timedelta(days=i) for i in range(20)]  # then a long pause
    kept = to_keep(old, now=now, last=0, weekly=0, monthly=0)
    assert kept == set(old[-12:])


def test_rotation_never_drops_a_backup_dated_in_the_future_and_takes_the_limits():
    now = datetime(2026, 12, 3)
    future = datetime(2027, 1, 1)
    assert future in to_keep([future], now=now, last=0, daily=0, weekly=0, monthly=0)
    assert to_keep([], now=now) == set()
    same_day = [datetime(2026, 12, 1, h) for h in range(10)]
    assert to_keep(same_day, now=now, last=0, weekly=0, monthly=0) == {same_day[-1]}
    assert to_keep(same_day, now=now, last=-5, daily=0, weekly=0, monthly=0) == set()


def test_rotation_of_a_week_across_a_year_end():
    now = datetime(2027, 1, 10)
    # 2026-12-28 .. 2027-01-03 is ISO week 53 of 2026: one week for both years' days
    days = [datetime(2026, 12, 28) + timedelta(days=i) for i in range(7)]
    assert to_keep(days, now=now, last=0, daily=0, monthly=0) == {datetime(2027, 1, 3)}
    assert to_keep(days, now=now, last=0, daily=0, weekly=0) == {
        datetime(2027, 1, 3), datetime(2026, 12, 31)}


# -- restoring ---------------------------------------------------------------------------------

def test_restore_round_trip_keeps_the_current_database_aside(sqlite_db, tmp_path):
    _add_rank(sqlite_db, "عميد")
    saved = backups.backup(sqlite_db, tmp_path / "yesterday.sqlite3")
    _add_rank(sqlite_db, "مقدم")  # a later change the restore undoes
    before = _ranks(sqlite_db.file)
    done = backups.restore(sqlite_db, saved)
    assert _ranks(sqlite_db.file) == ["عميد"]
    assert done.revision == head_revision() and not done.migrated
    assert done.kept_aside is not None and _ranks(done.kept_aside) == before
    assert done.kept_aside.name.startswith("ghurfa.before-restore-")
    assert not list(sqlite_db.file.parent.glob(".ghurfa*"))  # no staging left behind
    reopened = Database.open(f"sqlite:///{sqlite_db.file}")  # the program starts on it
    assert current_revision(reopened) == head_revision()
    reopened.dispose()
    assert _ranks(saved) == ["عميد"]  # the backup itself is only read


def test_restore_while_another_connection_holds_the_file_open(sqlite_db, tmp_path):
    _add_rank(sqlite_db, "عميد")
    saved = backups.backup(sqlite_db, tmp_path / "b.sqlite3")
    _add_rank(sqlite_db, "مقدم")
    reader = sqlite3.connect(sqlite_db.file)
    assert len(reader.execute("SELECT * FROM ranks").fetchall()) == 2
    backups.restore(sqlite_db, saved)
    assert [r[0] for r in reader.execute("SELECT name_ar FROM ranks")] == ["عميد"]
    reader.close()


def test_restore_of_a_newer_ghurfas_backup_is_refused_and_nothing_replaced(sqlite_db, tmp_path):
    _add_rank(sqlite_db, "عميد")
    newer = backups.backup(sqlite_db, tmp_path / "newer.sqlite3")
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = '0999'")
    connection.commit()
    connection.close()
    _add_rank(sqlite_db, "مقدم")
    with pytest.raises(BackupRefused) as refused:
        backups.restore(sqlite_db, newer)
    message = refused.value.message("en")
    assert "newer Ghurfa" in message and "0999" in message
    assert _ranks(sqlite_db.file) == ["عميد", "مقدم"]
    assert not list(sqlite_db.file.parent.glob("*before-restore*"))


@pytest.mark.parametrize("damage", ["garbage", "truncated", "page"])
def test_a_damaged_backup_is_refused_and_nothing_replaced(sqlite_db, tmp_path, damage):
    _add_rank(sqlite_db, "عميد")
    bad = backups.backup(sqlite_db, tmp_path / "bad.sqlite3")
    data = bytearray(bad.read_bytes())
    if damage == "garbage":
        data = bytearray(b"PK\x03\x04 not a database at all" * 100)
    elif damage == "truncated":
        data = data[: len(data) // 3]
    else:  # one page in the middle overwritten: the header reads, the tree does not
        page = 4096
        data[page * 3: page * 4] = b"\xff" * page
    bad.write_bytes(bytes(data))
    with pytest.raises(BackupRefused) as refused:
        backups.restore(sqlite_db, bad)
    assert "nothing was replaced" in refused.value.message("en")
    assert _ranks(sqlite_db.file) == ["عميد"]
    assert not list(sqlite_db.file.parent.glob("*before-restore*"))
    assert not list(sqlite_db.file.parent.glob(".ghurfa*"))


def test_a_backup_with_a_broken_reference_is_refused(sqlite_db, tmp_path):
    bad = backups.backup(sqlite_db, tmp_path / "bad.sqlite3")
    connection = sqlite3.connect(bad)  # foreign keys off: as another tool might write
    connection.execute("INSERT INTO organisations (parent_id, kind, name_ar, active, "
                       "created_at, updated_at, version) VALUES (999, 'other', 'x', 1, "
                       "'2026-01-01', '2026-01-01', 1)")
    connection.commit()
    connection.close()
    with pytest.raises(BackupRefused, match="broken references"):
        backups.restore(sqlite_db, bad)


def test_a_database_that_is_not_ghurfas_is_refused(sqlite_db, tmp_path):
    other = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE notes (x TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(BackupRefused, match="not a backup of a Ghurfa database"):
        backups.restore(sqlite_db, other)
    with pytest.raises(BackupRefused, match="There is no backup"):
        backups.restore(sqlite_db, tmp_path / "absent.sqlite3")
    with pytest.raises(BackupRefused, match="the database itself"):
        backups.restore(sqlite_db, sqlite_db.file)


def test_an_older_backup_is_migrated_as_at_start(tmp_path):
    old_file = tmp_path / "old" / "ghurfa.sqlite3"
    old = Database(f"sqlite:///{old_file}")
    upgrade(old, "0001")
    assert current_revision(old) == "0001"
    old.dispose()
    saved = tmp_path / "old-backup.sqlite3"
    shutil.copy(old_file, saved)
    live = Database.open(f"sqlite:///{tmp_path / 'live' / 'ghurfa.sqlite3'}")
    done = backups.restore(live, saved)
    assert done.revision == "0001" and done.migrated
    assert current_revision(live) == head_revision()
    live.dispose()


def test_the_restore_command_restores_and_says_to_restart(sqlite_db, tmp_path, capsys):
    _add_rank(sqlite_db, "عميد")
    saved = backups.backup(sqlite_db, tmp_path / "b.sqlite3")
    _add_rank(sqlite_db, "مقدم")
    url = f"sqlite:///{sqlite_db.file}"
    sqlite_db.dispose()
    assert main(["--lang", "en", "--db", url, "restore", str(saved)]) == 0
    out = capsys.readouterr().out
    assert "before-restore" in out and "start it again" in out
    assert _ranks(sqlite_db.file) == ["عميد"]
    fresh = tmp_path / "new-workstation" / "ghurfa.sqlite3"  # no database there yet
    assert main(["--lang", "en", "--db", f"sqlite:///{fresh}", "restore", str(saved)]) == 0
    assert _ranks(fresh) == ["عميد"]
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"nothing")
    assert main(["--lang", "en", "--db", url, "restore", str(garbage)]) == 1
    assert "nothing was replaced" in capsys.readouterr().err


# -- PostgreSQL --------------------------------------------------------------------------------

def test_without_pg_dump_a_server_backup_says_what_to_install(monkeypatch, tmp_path):
    db = Database("postgresql+psycopg://room:secret@127.0.0.1:1/ghurfa")
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    with pytest.raises(BackupRefused) as refused:
        backups.backup(db, tmp_path / "x.dump")
    message = refused.value.message("en")
    assert "pg_dump is not installed" in message and "client tools" in message
    assert "secret" not in message
    assert backups.automatic(db, "start") is None  # automatic ones pass, logged
    with pytest.raises(BackupRefused, match="pg_restore is not installed"):
        dump = tmp_path / "y.dump"
        dump.write_bytes(b"x")
        backups.restore(db, dump)
    db.dispose()


@pytest.mark.pg
def test_a_server_backup_and_restore_with_pg_dump(own_pg, tmp_path):
    if shutil.which("pg_dump") is None or shutil.which("pg_restore") is None:
        pytest.skip("pg_dump and pg_restore are not installed")
    db = Database.open(own_pg)
    _add_rank(db, "عميد")
    out = backups.backup(db, tmp_path / "room.dump")
    assert out.stat().st_size > 0
    listed = subprocess.run(["pg_restore", "--list", str(out)], capture_output=True, text=True)
    assert listed.returncode == 0 and "ranks" in listed.stdout
    _add_rank(db, "مقدم")
    done = backups.restore(db, out)
    assert done.revision == head_revision() and done.kept_aside.exists()
    with db.engine.connect() as connection:
        names = connection.execute(text("SELECT name_ar FROM ranks")).scalars().all()
    assert names == ["عميد"]
    bad = tmp_path / "bad.dump"
    bad.write_bytes(b"PGDMP garbage")
    with pytest.raises(BackupRefused, match="damaged"):
        backups.restore(db, bad)
    db.dispose()


def test_listing_ignores_files_that_only_look_like_backups(sqlite_db):
    folder = backups.folder(sqlite_db)
    folder.mkdir(parents=True)
    for name in ("ghurfa-2026-start.sqlite3", "ghurfa-20261399-250000-start.sqlite3",
                 "other-20261201-080000-start.sqlite3", "ghurfa-20261201-080000-start.txt"):
        (folder / name).write_text("x")
    assert backups.listing(sqlite_db) == []


def test_an_import_is_preceded_by_a_backup_and_a_dry_run_is_not(sqlite_db, tmp_path):
    from desktop.imports import ImportOptions, import_centres
    from desktop.services.actor import SYSTEM
    from tests.desktop.factories import basic_world
    from tests.desktop.import_sheets import some_centres, workbook

    with sqlite_db.session() as session:
        basic_world(session)
    sheet = workbook(tmp_path / "centres.xlsx", some_centres())
    import_centres(sqlite_db, SYSTEM, sheet, ImportOptions(dry_run=True))
    assert backups.listing(sqlite_db) == []
    import_centres(sqlite_db, SYSTEM, sheet, ImportOptions(skip_invalid=True))
    assert [b.reason for b in backups.listing(sqlite_db)] == ["import"]


def test_restore_while_another_connection_writes_gives_up_in_words(sqlite_db, tmp_path,
                                                                   monkeypatch):
    """A writer elsewhere holding the file: the restore waits a while, then says so and
    replaces nothing, rather than waiting without end."""
    monkeypatch.setattr(backups, "REPLACE_WAIT_S", 0.3)
    monkeypatch.setattr(backups, "BUSY_TIMEOUT_MS", 50)
    _add_rank(sqlite_db, "عميد")
    saved = backups.backup(sqlite_db, tmp_path / "b.sqlite3")
    _add_rank(sqlite_db, "مقدم")
    writer = sqlite3.connect(sqlite_db.file, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute(RANK.replace("?", "'رائد'"))
    try:
        with pytest.raises(BackupRefused) as refused:
            backups.restore(sqlite_db, saved)
        assert "another program or workstation" in refused.value.message("en")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert _ranks(sqlite_db.file) == ["عميد", "مقدم"]  # nothing replaced
