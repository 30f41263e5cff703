"""The backups page, the automatic backups while the program runs, and the home view's line."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from desktop.models import AuditEntry, Rank
from desktop.services import backups as service
from desktop.services.actor import actor_for
from desktop.services.errors import Forbidden
from desktop.storage import backups
from tests.ui import shell_fixtures
from ui.backups import BackupKeeper
from ui.context import AppContext
from ui.home import HomeView
from ui.settings.area import SettingsArea
from ui.settings.backups import BackupsPage, size_text

arabic, demo_db = shell_fixtures.arabic, shell_fixtures.demo_db
WAIT_MS = 20_000


def _ctx(db, username: str) -> AppContext:
    with db.reader() as session:
        return AppContext(db, actor_for(session, username), "ar", {})


def _page(db, qtbot) -> BackupsPage:
    page = BackupsPage(_ctx(db, "admin"))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page._busy(), timeout=WAIT_MS)
    return page


def _actions(db) -> list[str]:
    with db.reader() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_only_an_administrator_has_the_backups_page(demo_db, arabic, qtbot):
    admin = SettingsArea(_ctx(demo_db, "admin"))
    qtbot.addWidget(admin)
    assert admin.backups is not None and admin.tabs.indexOf(admin.backups) >= 0
    commander = SettingsArea(_ctx(demo_db, "commander"))
    qtbot.addWidget(commander)
    assert commander.backups is None
    with pytest.raises(Forbidden):  # the core refuses whatever the interface offers
        service.back_up_now(demo_db, _ctx(demo_db, "commander").actor)
    assert "refused" in {e.outcome for e in _entries(demo_db)}
    assert backups.listing(demo_db) == []


def _entries(db) -> list[AuditEntry]:
    with db.reader() as session:
        return list(session.scalars(select(AuditEntry)))


def test_back_up_now_lists_the_backup_and_audits_it(demo_db, arabic, qtbot):
    page = _page(demo_db, qtbot)
    assert page.model.rowCount() == 0 and page.restore_button.isEnabled() is False
    page.back_up_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page._busy(), timeout=WAIT_MS)
    made = page.model.files[0]
    assert made.reason == "manual" and made.path.exists()
    assert size_text(made.size) in page.model.data(page.model.index(0, 2))
    assert "backups" in page.folder.text()
    assert _actions(demo_db)[-1] == "backup"
    flags = QItemSelectionModel.SelectionFlag  # selectRow chooses nothing right to left
    page.table.selectionModel().setCurrentIndex(page.model.index(0, 0),
                                                flags.ClearAndSelect | flags.Rows)
    assert page.restore_button.isEnabled()
    page.grab().save("/tmp/backups_page.png")


def test_restore_from_the_page_replaces_the_data_and_tells_the_program(demo_db, arabic, qtbot,
                                                                      monkeypatch):
    page = _page(demo_db, qtbot)
    saved = service.back_up_now(demo_db, page.ctx.actor)
    with demo_db.session() as session:
        session.add(Rank(name_ar="رتبة بعد النسخة", seniority=99))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Cancel)
    page.restore(saved)  # cancelled: nothing replaced
    assert not page._busy()
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", lambda code=0: exits.append(code))
    with qtbot.waitSignal(page.restored, timeout=WAIT_MS) as restored:
        page.restore(saved, confirmed=True)
    assert restored.args[0].kept_aside.exists()
    connection = sqlite3.connect(demo_db.file)
    names = [row[0] for row in connection.execute("SELECT name_ar FROM ranks")]
    connection.close()
    assert "رتبة بعد النسخة" not in names
    assert _actions(demo_db)[-1] == "restore"  # recorded in the restored trail
    assert exits == []  # the program goes on: it reconnects (tests/ui/test_backups_restore_live)
    assert "before-restore" in page.message.text() and page.restore_file_button.isEnabled()


def test_the_keeper_backs_up_at_start_and_then_only_after_a_change(demo_db, qtbot):
    keeper = BackupKeeper(demo_db, interval_ms=60_000)
    with qtbot.waitSignal(keeper.taken, timeout=WAIT_MS) as taken:
        keeper.start(delay_ms=0)
    assert taken.args[0].name.endswith("-start.sqlite3")
    qtbot.waitUntil(lambda: keeper._operation.finished, timeout=WAIT_MS)
    with qtbot.assertNotEmitted(keeper.taken, wait=300):
        keeper._on_timer_timeout()  # nothing changed since the start's backup
        qtbot.waitUntil(lambda: keeper._operation.finished, timeout=WAIT_MS)
    with demo_db.session() as session:
        session.add(Rank(name_ar="رتبة جديدة", seniority=98))
    with qtbot.waitSignal(keeper.taken, timeout=WAIT_MS) as taken:
        keeper._on_timer_timeout()
    assert taken.args[0].name.endswith("-timer.sqlite3")
    assert keeper.timer.isActive()
    keeper.stop()
    assert not keeper.timer.isActive()


def test_the_home_view_shows_the_last_backup(demo_db, arabic, qtbot):
    ctx = _ctx(demo_db, "admin")
    home = HomeView(ctx)
    qtbot.addWidget(home)
    qtbot.waitUntil(lambda: home.last_backup.text() != "", timeout=WAIT_MS)
    before = home.last_backup.text()
    made = backups.automatic(demo_db, "manual")
    home.refresh()
    taken = backups.listing(demo_db)[0].taken
    qtbot.waitUntil(lambda: f"{taken:%Y-%m-%d %H:%M}" in home.last_backup.text(),
                    timeout=WAIT_MS)
    assert made.exists() and before != home.last_backup.text()
