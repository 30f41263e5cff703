"""A failed automatic backup said on the backups page and the home view until a backup
succeeds, and the backups folder's Choose… button (the dialog patched), refusing with the
core's own message and saving nothing."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop import settings
from desktop.services.actor import actor_for
from desktop.storage import backups, network
from desktop.storage.backups import BackupRefused
from tests.ui import shell_fixtures
from ui.app import Program
from ui.backups import BackupKeeper
from ui.context import AppContext
from ui.direction import isolate_paths
from ui.home import WARNING_STYLE, HomeView
from ui.settings.backups import ERROR_STYLE, BackupsPage

arabic, demo_db = shell_fixtures.arabic, shell_fixtures.demo_db
WAIT_MS = 20_000
AT_EIGHT = datetime(2026, 12, 3, 8, 0)
AT_NINE = datetime(2026, 12, 3, 9, 0)


def _ctx(db) -> AppContext:
    with db.reader() as session:
        return AppContext(db, actor_for(session, "admin"), "ar", {})


def _page(db, qtbot) -> BackupsPage:
    page = BackupsPage(_ctx(db))
    qtbot.addWidget(page)
    page.resize(900, 560)
    page.show()
    qtbot.waitUntil(lambda: not page._busy() and page.folder.text() != "", timeout=WAIT_MS)
    return page


def _home(db, qtbot) -> HomeView:
    home = HomeView(_ctx(db))
    qtbot.addWidget(home)
    home.resize(1100, 620)
    home.show()
    qtbot.waitUntil(lambda: home.last_backup.text() != "", timeout=WAIT_MS)
    return home


def _plain(text: str) -> str:
    """A label's text without the isolates that keep its paths and times left to right."""
    return text.replace("\u2066", "").replace("\u2069", "")


def _unwritable(tmp_path: Path) -> Path:
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    return blocker / "backups"


def _fail_once(db, tmp_path: Path) -> backups.BackupFailure:
    """A backup at 08:00, then the 09:00 one failing on a folder that cannot be made; the
    setting put back so the page lists the 08:00 one."""
    backups.automatic(db, "start", now=AT_EIGHT)
    home_folder = backups.folder(db)
    settings.save({backups.FOLDER_SETTING: str(_unwritable(tmp_path))})
    with pytest.raises(BackupRefused):
        backups.automatic(db, "timer", now=AT_NINE)
    settings.save({backups.FOLDER_SETTING: str(home_folder)})
    failure = backups.last_failure(db)
    assert failure is not None
    return failure


def test_the_page_shows_the_last_failure_beside_the_last_success_until_one_succeeds(
        demo_db, arabic, qtbot, tmp_path):
    failure = _fail_once(demo_db, tmp_path)
    page = _page(demo_db, qtbot)
    assert "2026-12-03 08:00" in page.last_success.text()
    assert "عند التشغيل" in page.last_success.text()  # why it was taken, in words
    assert page.last_failure.isVisible()
    said = page.last_failure.text()
    assert "2026-12-03 09:00" in said and "كل نصف ساعة" in said
    assert failure.message() in _plain(said)
    assert "لا يمكن كتابة النسخة الاحتياطية" in said and "Traceback" not in said
    assert page.last_failure.styleSheet() == WARNING_STYLE
    page.grab().save("/tmp/backups13_page_failure.png")

    page.back_up_button.click()  # a later backup succeeds: the failure is no longer said
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and not page._busy(), timeout=WAIT_MS)
    assert not page.last_failure.isVisible() and page.last_failure.text() == ""
    assert "نسخة يدوية" in page.last_success.text()
    assert backups.last_failure(demo_db) is None


def test_the_home_view_warns_of_the_failure_until_a_backup_succeeds(demo_db, arabic, qtbot,
                                                                     tmp_path):
    failure = _fail_once(demo_db, tmp_path)
    home = _home(demo_db, qtbot)
    line = _plain(home.last_backup.text())
    assert "2026-12-03 09:00" in line and failure.message() in line
    assert "2026-12-03 08:00" in line  # and when the last good one was taken
    assert home.last_backup.styleSheet() == WARNING_STYLE
    home.grab().save("/tmp/backups13_home_failure.png")

    backups.automatic(demo_db, "timer")
    home.refresh()
    qtbot.waitUntil(lambda: "09:00" not in home.last_backup.text(), timeout=WAIT_MS)
    assert failure.message() not in _plain(home.last_backup.text())
    assert home.last_backup.styleSheet() == ""


def test_the_keepers_failure_is_kept_and_refreshes_the_home_view(demo_db, arabic, qtbot,
                                                                 tmp_path):
    home = _home(demo_db, qtbot)
    assert home.last_backup.styleSheet() == ""
    settings.save({backups.FOLDER_SETTING: str(_unwritable(tmp_path))})
    keeper = BackupKeeper(demo_db, interval_ms=60_000)
    program = SimpleNamespace(window=SimpleNamespace(areas={"home": home}))
    keeper.failed.connect(lambda message: Program._on_automatic_backup(program, message))
    with qtbot.waitSignal(keeper.failed, timeout=WAIT_MS) as failed:
        keeper.start(delay_ms=0)
    keeper.stop()
    assert "Traceback" not in failed.args[0]
    failure = backups.last_failure(demo_db)
    assert failure is not None and failure.reason == "start"
    qtbot.waitUntil(lambda: home.last_backup.styleSheet() == WARNING_STYLE, timeout=WAIT_MS)
    assert failure.message() in _plain(home.last_backup.text())


# -- Choose… -----------------------------------------------------------------------------------

def _dialog_answers(monkeypatch, answer: str) -> list[tuple]:
    asked: list[tuple] = []

    def ask(*args, **kwargs):
        asked.append(args)
        return answer

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", ask)
    return asked


def test_choose_saves_a_local_writable_folder(demo_db, arabic, qtbot, tmp_path, monkeypatch):
    page = _page(demo_db, qtbot)
    start = backups.folder(demo_db)
    chosen = tmp_path / "usb" / "ghurfa-backups"
    asked = _dialog_answers(monkeypatch, str(chosen))
    assert page.choose_folder_button.isEnabled()
    page.choose_folder_button.click()
    qtbot.waitUntil(lambda: not page._busy() and str(chosen) in page.folder.text(),
                    timeout=WAIT_MS)
    assert asked and asked[0][2] == str(start)  # the dialog opens on the current folder
    assert settings.load()[backups.FOLDER_SETTING] == str(chosen) and chosen.is_dir()
    assert str(chosen) in page.message.text() and page.message.styleSheet() == ""
    page.back_up_button.click()  # the backups go there now
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page._busy(), timeout=WAIT_MS)
    assert page.model.files[0].path.parent == chosen


def test_choose_cancelled_saves_nothing(demo_db, arabic, qtbot, monkeypatch):
    page = _page(demo_db, qtbot)
    _dialog_answers(monkeypatch, "")
    page.choose_folder_button.click()
    assert not page._busy() and backups.FOLDER_SETTING not in settings.load()


@pytest.mark.parametrize("problem", ["unwritable", "share"])
def test_choose_refuses_what_the_core_refuses_and_saves_nothing(demo_db, arabic, qtbot,
                                                                tmp_path, monkeypatch, problem):
    before = {"language": "ar"}
    settings.save(before)
    if problem == "unwritable":
        chosen = _unwritable(tmp_path)
    else:
        chosen = tmp_path / "share" / "backups"
        monkeypatch.setattr(network, "network_share",
                            lambda path, **_o: "cifs" if "share" in str(path) else None)
    with pytest.raises(BackupRefused) as refused:
        backups.check_folder(chosen)
    page = _page(demo_db, qtbot)
    shown = page.folder.text()
    _dialog_answers(monkeypatch, str(chosen))
    page.choose_folder_button.click()
    qtbot.waitUntil(lambda: not page._busy() and page.message.text() != "", timeout=WAIT_MS)
    assert page.message.text() == isolate_paths(refused.value.message())  # the core's words
    assert page.message.styleSheet() == ERROR_STYLE
    assert settings.load() == before and page.folder.text() == shown
    if problem == "share":
        assert not chosen.exists()
        page.grab().save("/tmp/backups13_page_refused.png")
