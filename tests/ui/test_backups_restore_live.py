"""A restore from the window goes on without a restart: the program reconnects and the window
shows the data as it was in the backup; the room's notices and the idle lock keep working;
an account the backup predates signs in again; a failed restore changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from desktop.models import User, UserRole
from desktop.services import backups as service
from desktop.services.accounts import create_user
from desktop.services.actor import SYSTEM, actor_for
from tests.ui import shell_fixtures
from ui.app import Program
from ui.changes import RoomChanges
from ui.context import AppContext
from ui.settings.signin import SignInDialog

arabic, demo_db = shell_fixtures.arabic, shell_fixtures.demo_db
WAIT_MS = 20_000
LATER = "after_the_backup"
SHOT = Path("/tmp/restore13/after_restore.png")


@pytest.fixture
def program(qapp, qtbot, demo_db, arabic):
    shells: list[Program] = []

    def make(username: str = "admin") -> Program:
        with demo_db.reader() as session:
            actor = actor_for(session, username)
        ctx = AppContext(demo_db, actor, "ar", {})
        ctx.changes = RoomChanges(demo_db)  # listening, as the program's own
        shell = Program(qapp, ctx, arabic)
        shell.show("settings")
        shells.append(shell)
        return shell

    yield make
    for shell in shells:
        if shell.sign_in_dialog is not None:
            shell.sign_in_dialog.done(0)
        if shell.window is not None:
            shell.window.setProperty("checked_close", True)
            shell.window.close()
        shell.shutdown()
        shell.translators = []


def _usernames(page) -> list[str]:
    return [row.username for row in page.model.rows]


def _settled(qtbot, window):
    area = window.areas["settings"]
    qtbot.waitUntil(lambda: not area.backups._busy() and bool(area.users.model.rows),
                    timeout=WAIT_MS)
    return area


def _add_user(db, name: str) -> None:
    with db.session() as session:
        create_user(session, SYSTEM, name, name, UserRole.CLERK, password=None)


def _names_in(db) -> list[str]:
    with db.reader() as session:
        return list(session.scalars(select(User.username)))


def test_a_restore_shows_the_backed_up_data_without_a_restart(program, qtbot, demo_db):
    shell = program()
    old = shell.window
    area = _settled(qtbot, old)
    saved = service.back_up_now(demo_db, shell.ctx.actor)
    _add_user(demo_db, LATER)  # a change after the backup
    qtbot.waitUntil(lambda: LATER in _usernames(area.users), timeout=WAIT_MS)  # shown now
    exits: list[int] = []
    shell.app.exit = lambda code=0: exits.append(code)  # the program must not end
    area.backups.restore(saved, confirmed=True)
    qtbot.waitUntil(lambda: shell.window is not old and shell.window.isVisible(),
                    timeout=WAIT_MS)
    window = shell.window
    assert exits == [] and shell.ctx.actor.username == "admin"
    assert window.current_area() == "settings"
    again = _settled(qtbot, window)
    assert again.tabs.currentWidget() is again.backups  # where the restore was asked
    assert LATER not in _usernames(again.users) and "admin" in _usernames(again.users)
    assert LATER not in _names_in(demo_db)
    box = window.findChild(QMessageBox, "restoredBox")
    assert box is not None and box.isVisible()
    assert "before-restore" in box.text() and box.icon() == QMessageBox.Icon.Information
    window.grab().save(str(SHOT))
    box.grab().save(str(SHOT.with_name("restored_box.png")))
    box.accept()

    # The room's notices still come (the new window's views refresh on them).
    with qtbot.waitSignal(shell.ctx.changes.changed, timeout=WAIT_MS):
        _add_user(demo_db, "after_the_restore")
    qtbot.waitUntil(lambda: "after_the_restore" in _usernames(again.users), timeout=WAIT_MS)

    # The idle lock guards the new window, and still notes the input, once the old is gone.
    qtbot.waitUntil(lambda: not shiboken6.isValid(old), timeout=WAIT_MS)  # deleted later
    guard = shell.guard
    qtbot.waitUntil(lambda: guard.state is not None and guard.window is window,
                    timeout=WAIT_MS)
    assert guard._timer.isActive()
    guard._input.last = before = 0.0
    qtbot.keyClick(window, Qt.Key.Key_Shift)
    assert guard._input.last > before
    screen = guard.lock()
    assert screen is not None and screen.parentWidget() is window
    guard.lock_screen = None
    screen.hide()


def test_a_failed_restore_changes_nothing(program, qtbot, demo_db, tmp_path):
    shell = program()
    old = shell.window
    area = _settled(qtbot, old)
    _add_user(demo_db, LATER)
    bad = tmp_path / "not-a-backup.sqlite3"
    bad.write_bytes(b"this is no database" * 100)
    area.backups.restore(bad, confirmed=True)
    qtbot.waitUntil(lambda: area.backups._operation is None, timeout=WAIT_MS)
    assert shell.window is old and shell.ctx.actor.username == "admin"
    text = area.backups.message.text()
    assert "لم يُستبدل شيء" in text and "not-a-backup" in text
    assert LATER in _names_in(demo_db)
    assert old.findChild(QMessageBox, "restoredBox") is None
    area.backups.restore(tmp_path / "missing.sqlite3", confirmed=True)  # no file at all
    qtbot.waitUntil(lambda: area.backups._operation is None, timeout=WAIT_MS)
    assert "missing.sqlite3" in area.backups.message.text() and shell.window is old
    assert LATER in _names_in(demo_db)


def test_unsaved_work_is_asked_about_first(program, qtbot, demo_db, monkeypatch):
    shell = program()
    old = shell.window
    area = _settled(qtbot, old)
    saved = service.back_up_now(demo_db, shell.ctx.actor)
    _add_user(demo_db, LATER)
    asked: list[object] = []
    monkeypatch.setattr(old, "ready_to_close", lambda then=None: asked.append(then) or False)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: pytest.fail("confirmed before the editors let go"))
    area.backups.restore(saved)
    assert len(asked) == 1 and callable(asked[0])  # the restore goes on once saved
    assert not area.backups._busy() and shell.window is old
    assert LATER in _names_in(demo_db)


def test_an_account_the_backup_predates_signs_in_again(program, qtbot, demo_db):
    backup_first = service.back_up_now(demo_db, SYSTEM)
    with demo_db.session() as session:
        create_user(session, SYSTEM, "late_admin", "late_admin", UserRole.ADMIN, password=None)
    shell = program("late_admin")
    old = shell.window
    area = _settled(qtbot, old)
    exits: list[int] = []
    shell.app.exit = lambda code=0: exits.append(code)
    area.backups.restore(backup_first, confirmed=True)
    qtbot.waitUntil(lambda: shell.sign_in_dialog is not None, timeout=WAIT_MS)
    window = shell.window
    assert window is not old and shell.ctx.actor is None and exits == []
    assert isinstance(shell.sign_in_dialog, SignInDialog)
    assert "late_admin" in window.opening.text()
    assert not window.nav.isEnabled()  # nothing of the replaced data on screen
    window.grab().save(str(SHOT.with_name("signed_out_after_restore.png")))
