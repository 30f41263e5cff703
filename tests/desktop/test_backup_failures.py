"""The last automatic backup's failure, kept until a backup succeeds, and the choice of the
backups folder: a local folder this user may write, refused with nothing saved otherwise."""

from __future__ import annotations

import errno
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop import settings
from desktop.models import AuditEntry, UserRole
from desktop.services import backups as service
from desktop.services.actor import Actor
from desktop.services.errors import Forbidden
from desktop.storage import backups, network
from desktop.storage.backups import BackupRefused
from desktop.storage.database import Database
from tests.desktop.test_backups import english  # noqa: F401 - autouse: the English words

ADMIN = Actor(None, "admin", UserRole.ADMIN)
COMMANDER = Actor(None, "commander", UserRole.COMMANDER)
AT_NINE = datetime(2026, 12, 3, 9, 0, 0)


def _unwritable(tmp_path: Path) -> Path:
    """A folder that cannot be made, even by root: a file stands where its parent would be."""
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    return blocker / "backups"


def test_a_failed_automatic_backup_is_kept_with_its_reason_until_one_succeeds(
        sqlite_db, tmp_path):
    settings.save({backups.FOLDER_SETTING: str(_unwritable(tmp_path))})
    with pytest.raises(BackupRefused, match="cannot be written"):
        backups.automatic(sqlite_db, "start", now=AT_NINE)
    failure = backups.last_failure(sqlite_db)
    assert failure is not None
    assert (failure.when, failure.reason) == (AT_NINE, "start")
    assert "a part of the path is a file" in failure.message("en")
    arabic = failure.message("ar")
    assert arabic.startswith("لا يمكن كتابة النسخة الاحتياطية")  # words, not a traceback
    assert "Traceback" not in arabic and "Error" not in arabic
    kept = backups.failure_file(sqlite_db)
    assert kept is not None and kept.parent == sqlite_db.file.parent and kept.exists()

    again = Database(str(sqlite_db.url))  # the program started again: still said
    try:
        assert backups.last_failure(again) == failure
        assert service.backup_status(again).failure == failure
        assert service.backup_status(again).taken is None
    finally:
        again.dispose()

    with pytest.raises(BackupRefused):  # by hand: said to whoever asked, not kept
        backups.automatic(sqlite_db, "manual", now=datetime(2026, 12, 3, 9, 5))
    assert backups.last_failure(sqlite_db) == failure

    settings.save({backups.FOLDER_SETTING: str(tmp_path / "fixed")})
    made = backups.automatic(sqlite_db, "timer", now=datetime(2026, 12, 3, 9, 30))
    assert made is not None and made.exists()
    assert backups.last_failure(sqlite_db) is None and not kept.exists()
    status = service.backup_status(sqlite_db)
    assert status.failure is None and status.taken == datetime(2026, 12, 3, 9, 30)


def test_a_failure_older_than_the_newest_backup_is_not_said(sqlite_db, tmp_path):
    settings.save({backups.FOLDER_SETTING: str(_unwritable(tmp_path))})
    with pytest.raises(BackupRefused):
        backups.automatic(sqlite_db, "timer", now=AT_NINE)
    assert backups.last_failure(sqlite_db) is not None
    settings.save({})  # back to the folder beside the database…
    later = backups.folder(sqlite_db)
    later.mkdir(parents=True)  # …where another program wrote a backup since
    (later / "ghurfa-20261203-093000-start.sqlite3").write_bytes(b"x")
    assert backups.last_failure(sqlite_db) is None
    assert service.list_backups(sqlite_db, ADMIN).failure is None


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"when": "yesterday"}', ""])
def test_a_failure_file_that_does_not_read_is_no_failure(sqlite_db, content):
    backups.failure_file(sqlite_db).write_text(content, encoding="utf-8")
    assert backups.last_failure(sqlite_db) is None


def test_the_page_view_carries_the_failure_beside_the_last_success(sqlite_db, tmp_path):
    first = backups.automatic(sqlite_db, "start", now=datetime(2026, 12, 3, 8, 0))
    folder = backups.folder(sqlite_db)
    settings.save({backups.FOLDER_SETTING: str(_unwritable(tmp_path))})
    with pytest.raises(BackupRefused):
        backups.automatic(sqlite_db, "timer", now=AT_NINE)
    settings.save({backups.FOLDER_SETTING: str(folder)})  # the 08:00 one still the newest
    view = service.list_backups(sqlite_db, ADMIN)
    assert view.last_success is not None and view.last_success.path == first
    assert view.failure is not None and view.failure.when == AT_NINE


def test_an_unexpected_error_is_kept_by_its_one_line_reason(sqlite_db, monkeypatch):
    def broken(_db, _target):
        raise RuntimeError("the disk controller said no")

    monkeypatch.setattr(backups, "backup", broken)
    with pytest.raises(RuntimeError):
        backups.automatic(sqlite_db, "import", now=AT_NINE)
    failure = backups.last_failure(sqlite_db)
    assert failure.reason == "import"
    assert failure.message("en") == ("The backup stopped on an unexpected error: the disk "
                                     "controller said no")


# -- the folder --------------------------------------------------------------------------------

def _share_under(monkeypatch, root: Path) -> None:
    def share(path, **_options):
        return "cifs" if str(Path(path)).startswith(str(root)) else None

    monkeypatch.setattr(network, "network_share", share)


def test_a_local_writable_folder_is_accepted_and_made(tmp_path):
    chosen = tmp_path / "usb" / "ghurfa"
    assert backups.check_folder(str(chosen)) == chosen and chosen.is_dir()
    assert list(chosen.iterdir()) == []  # the probe is gone


@pytest.mark.parametrize("problem", ["empty", "share", "file", "under a file", "read-only"])
def test_folders_the_core_refuses(tmp_path, monkeypatch, problem):
    expected = {"empty": "Choose a folder", "share": "network share",
                "file": "is a file, not a folder", "under a file": "cannot be written",
                "read-only": "read-only"}[problem]
    chosen: str | Path = tmp_path / "chosen"
    if problem == "empty":
        chosen = "   "
    elif problem == "share":
        _share_under(monkeypatch, tmp_path)
    elif problem == "file":
        Path(chosen).write_text("")
    elif problem == "under a file":
        chosen = _unwritable(tmp_path)
    else:
        def refuse(self, _data):
            raise OSError(errno.EROFS, "Read-only file system", str(self))

        monkeypatch.setattr(Path, "write_bytes", refuse)
    with pytest.raises(BackupRefused, match=expected) as refused:
        backups.check_folder(chosen)
    assert refused.value.message("ar") != ""


def test_an_automatic_backup_to_a_share_is_refused_and_kept(sqlite_db, tmp_path, monkeypatch):
    settings.save({backups.FOLDER_SETTING: str(tmp_path / "share")})
    _share_under(monkeypatch, tmp_path / "share")
    with pytest.raises(BackupRefused, match="network share"):
        backups.automatic(sqlite_db, "start", now=AT_NINE)
    assert not (tmp_path / "share").exists()
    assert "cifs" in backups.last_failure(sqlite_db).message("en")


def _audited(db) -> list[AuditEntry]:
    with db.reader() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def test_choosing_the_folder_saves_it_with_the_other_settings_and_audits(sqlite_db, tmp_path):
    settings.save({"language": "ar"})
    chosen = tmp_path / "chosen"
    assert service.choose_folder(sqlite_db, ADMIN, str(chosen)) == chosen
    assert settings.load() == {"language": "ar", backups.FOLDER_SETTING: str(chosen)}
    assert backups.folder(sqlite_db) == chosen
    entry = _audited(sqlite_db)[-1]
    assert entry.action == "backups_folder" and str(chosen) in entry.changes


def test_a_refused_folder_saves_nothing(sqlite_db, tmp_path, monkeypatch):
    before = {"language": "ar", backups.FOLDER_SETTING: str(tmp_path / "good")}
    settings.save(before)
    with pytest.raises(BackupRefused, match="cannot be written"):
        service.choose_folder(sqlite_db, ADMIN, str(_unwritable(tmp_path)))
    _share_under(monkeypatch, tmp_path / "share")
    with pytest.raises(BackupRefused, match="network share"):
        service.choose_folder(sqlite_db, ADMIN, str(tmp_path / "share"))
    with pytest.raises(Forbidden):
        service.choose_folder(sqlite_db, COMMANDER, str(tmp_path / "mine"))
    assert settings.load() == before
    assert not (tmp_path / "mine").exists()
    assert "backups_folder" not in [e.action for e in _audited(sqlite_db)]


def test_a_settings_file_that_does_not_read_is_not_written_over(sqlite_db, tmp_path):
    file = settings.config_file()
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text('{"database_url": "postgresql+psycopg://room/ghurfa",', encoding="utf-8")
    with pytest.raises(BackupRefused, match="does not read as settings"):
        service.choose_folder(sqlite_db, ADMIN, str(tmp_path / "chosen"))
    assert file.read_text(encoding="utf-8").endswith('ghurfa",')


def test_a_servers_failure_is_kept_in_the_data_folder_and_a_memory_ones_nowhere():
    server = Database("postgresql+psycopg://room@127.0.0.1:1/room_db")
    try:
        assert backups.failure_file(server) == (settings.data_dir()
                                                / "room_db.last-backup-failure.json")
    finally:
        server.dispose()
    memory = Database("sqlite://")
    try:
        assert backups.failure_file(memory) is None and backups.last_failure(memory) is None
    finally:
        memory.dispose()
