"""The idle lock: after the room's idle period the screen locks, the same user's password opens
it, and the work underneath is as it was; a demo database is marked on the window."""

from __future__ import annotations

import shutil
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QToolBar

from desktop.demo.accounts import password_of
from desktop.services import accounts, room_settings
from desktop.services.actor import SYSTEM, actor_for
from desktop.services.errors import Invalid
from desktop.storage.database import Database
from tests.ui import shell_fixtures
from tests.ui.keyboard import keys_to, where_the_keys_went
from ui import lock
from ui.context import AppContext
from ui.lock import SessionGuard

arabic, demo_db = shell_fixtures.arabic, shell_fixtures.demo_db
WAIT_MS = 10_000


def _window(qtbot) -> tuple[QMainWindow, QLineEdit]:
    window = QMainWindow()
    draft = QLineEdit()
    window.setCentralWidget(draft)
    qtbot.addWidget(window)
    window.show()
    draft.setText("مسودة لم تحفظ بعد")  # unsaved work
    return window, draft


def _guarded(db, username: str, qtbot) -> tuple[SessionGuard, QMainWindow, QLineEdit]:
    with db.reader() as session:
        actor = actor_for(session, username)
    guard = SessionGuard(AppContext(db, actor, "ar", {}))
    window, draft = _window(qtbot)
    guard.watch(window)
    qtbot.waitUntil(lambda: guard.state is not None, timeout=WAIT_MS)
    return guard, window, draft


@pytest.fixture
def quick_minutes(monkeypatch):
    """The room's minutes last a fifth of a second here."""
    monkeypatch.setattr(lock, "MINUTE_MS", 200)


def test_an_idle_workstation_locks_and_only_the_same_users_password_opens_it(
        demo_db, arabic, quick_minutes, qtbot):
    with demo_db.session() as session:
        room_settings.set_lock_after(session, SYSTEM, 1)
    guard, window, draft = _guarded(demo_db, "clerk", qtbot)
    assert guard.period_ms() == 200
    qtbot.waitUntil(lambda: guard.lock_screen is not None, timeout=WAIT_MS)
    screen = guard.lock_screen
    assert screen.isVisible() and screen.windowModality() == Qt.WindowModality.ApplicationModal
    assert "clerk" in screen.findChildren(type(screen.error))[1].text()
    screen.reject()  # Escape leaves it locked
    screen.close()
    assert screen.isVisible() and guard.lock_screen is screen
    screen.password.setText(password_of("admin"))  # another user's password: refused
    screen.unlock()
    qtbot.waitUntil(lambda: screen.pending is None, timeout=WAIT_MS)
    assert screen.error.text() and screen.isVisible()
    screen.password.setText(password_of("clerk"))
    with qtbot.waitSignal(guard.unlocked, timeout=WAIT_MS):
        screen.unlock()
    assert guard.lock_screen is None and not screen.isVisible()
    assert draft.text() == "مسودة لم تحفظ بعد" and window.isVisible()  # nothing lost
    guard.stop()


def test_keys_and_clicks_keep_the_workstation_open(demo_db, arabic, qtbot):
    guard, _shown, draft = _guarded(demo_db, "clerk", qtbot)
    guard._input.last = before = time.monotonic() - 3600
    qtbot.keyClick(draft, Qt.Key.Key_A)
    assert guard._input.last > before
    guard.stop()


def test_ctrl_l_locks_at_once_and_nobody_signed_in_is_never_locked(demo_db, arabic, qtbot):
    guard, shown, draft = _guarded(demo_db, "staff", qtbot)
    # A window shortcut answers only in the active window with no popup open: late in a long
    # run another test's window or popup may still hold the keyboard, so the focus is put here.
    keys_to(qtbot, shown, draft)
    qtbot.keyClick(draft, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    screen = guard.lock_screen
    assert screen is not None and screen.isVisible(), where_the_keys_went()
    assert guard.lock() is None  # locked once
    guard.ctx.actor = None
    guard.lock_screen = None
    assert guard.lock() is None
    guard.stop()


def test_a_closed_window_is_never_locked_over_the_others(demo_db, arabic, quick_minutes, qtbot):
    """A window closed (or made anew in another language) must not cover the program from
    behind: its lock screen is application-modal and would hold every other window."""
    with demo_db.session() as session:
        room_settings.set_lock_after(session, SYSTEM, 1)
    guard, window, _draft = _guarded(demo_db, "clerk", qtbot)
    window.close()
    assert guard.lock() is None and guard.lock_screen is None
    qtbot.wait(600)  # three idle periods of the quick minutes: its timer finds nothing to lock
    assert guard.lock_screen is None and QApplication.activeModalWidget() is None
    stopped = QMainWindow()
    guard_of_a_gone_window = SessionGuard(AppContext(demo_db, guard.ctx.actor, "ar", {}))
    guard_of_a_gone_window.watch(stopped)
    guard_of_a_gone_window._timer.start(50)  # as the room's state, once read, starts it
    with qtbot.waitSignal(stopped.destroyed, timeout=WAIT_MS):
        stopped.deleteLater()
    assert not guard_of_a_gone_window._timer.isActive()  # stopped with its window
    assert guard_of_a_gone_window.lock() is None
    guard.stop()


def test_the_idle_period_is_the_administrators_to_set(demo_db):
    with demo_db.reader() as session:
        assert room_settings.lock_after_minutes(session) == room_settings.LOCK_DEFAULT_MINUTES
        clerk = actor_for(session, "clerk")
    from desktop.services.errors import Forbidden

    with pytest.raises(Forbidden), demo_db.session() as session:
        room_settings.set_lock_after(session, clerk, 5)
    for wrong in (0, 481, "10", True):
        with pytest.raises(Invalid), demo_db.session() as session:
            room_settings.set_lock_after(session, SYSTEM, wrong)
    with demo_db.session() as session:
        room_settings.set_lock_after(session, SYSTEM, 5)
    with demo_db.reader() as session:
        assert room_settings.lock_after_minutes(session) == 5


def test_the_window_of_a_demo_database_says_so_and_a_real_one_does_not(
        demo_db, sqlite_template, tmp_path, arabic, qtbot):
    guard, window, _draft = _guarded(demo_db, "admin", qtbot)
    bar = window.findChild(QToolBar, "demoBar")
    assert bar is not None and bar.isVisible()
    guard.stop()
    shutil.copy(sqlite_template, tmp_path / "real.sqlite3")
    real = Database(f"sqlite:///{tmp_path / 'real.sqlite3'}")
    try:
        with real.session() as session:
            accounts.create_user(session, SYSTEM, "admin", "المدير", "admin",
                                 "the room's own long phrase")
        guard, window, _draft = _guarded(real, "admin", qtbot)
        assert window.findChild(QToolBar, "demoBar") is None
        guard.stop()
    finally:
        real.dispose()


class _Cli:
    def __init__(self, db) -> None:
        self.db, self.said = db, []

    def error(self, message: str) -> None:
        self.said.append(message)


def test_the_program_guards_each_window_it_shows_after_the_sign_in(demo_db, qapp, arabic,
                                                                  monkeypatch, qtbot):
    from ui.app import Program

    monkeypatch.setenv("GHURFA_USER", "clerk")
    program = Program(qapp, AppContext(None, None, "ar", {}), arabic)
    program.show()
    try:
        with qtbot.waitSignal(program.window.ready, timeout=20_000):
            program.open_database(_Cli(demo_db))
        window = program.window
        qtbot.waitUntil(lambda: program.guard.state is not None, timeout=WAIT_MS)
        assert program.guard.window is window
        assert window.findChild(QToolBar, "demoBar").isVisible()
        screen = program.guard.lock()
        assert screen is not None and screen.actor.username == "clerk"
        screen.password.setText(password_of("clerk"))
        with qtbot.waitSignal(program.guard.unlocked, timeout=WAIT_MS):
            screen.unlock()
        assert program.window is window and program.ctx.actor.username == "clerk"
    finally:
        program.window.setProperty("checked_close", True)
        program.window.close()
        program.shutdown()
        program.translators = []
