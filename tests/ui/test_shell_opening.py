"""The window is shown before the database opens, and attaches to it once it has."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from desktop.demo.accounts import password_of
from desktop.services.errors import DatabaseUnavailable
from tests.ui import shell_fixtures
from ui.app import Program
from ui.context import AppContext
from ui.home import HomeView

arabic, ctx, demo_db = shell_fixtures.arabic, shell_fixtures.ctx, shell_fixtures.demo_db


class _Cli:
    """What the program needs of the command line's context: a database and a voice."""

    def __init__(self, db=None, error: BaseException | None = None) -> None:
        self._db, self._error, self.said = db, error, []

    @property
    def db(self):
        if self._error is not None:
            raise self._error
        return self._db

    def error(self, message: str) -> None:
        self.said.append(message)


@pytest.fixture
def opening(qapp, arabic):
    shell = Program(qapp, AppContext(None, None, "ar", {}), arabic)
    shell.show()
    yield shell
    if shell.window is not None:
        shell.window.setProperty("checked_close", True)
        shell.window.close()
    shell.shutdown()
    shell.translators = []


def test_the_window_says_it_opens_the_database_and_keeps_its_areas_shut(opening):
    window = opening.window
    label = window.stack.currentWidget()
    assert isinstance(label, QLabel) and "فتح قاعدة البيانات" in label.text()
    assert not window.nav.isEnabled() and not window.view_menu.isEnabled()
    assert window.areas == {}


def test_once_open_the_user_is_signed_in_and_the_home_counts_shown(opening, qtbot, ctx,
                                                                   monkeypatch):
    monkeypatch.setenv("GHURFA_USER", "admin")
    window = opening.window
    with qtbot.waitSignal(window.ready, timeout=20_000):
        opening.open_database(_Cli(ctx.db))
    assert window.nav.isEnabled() and window.view_menu.isEnabled()
    home = window.areas["home"]
    assert isinstance(home, HomeView) and home.data is not None and home.data.people > 300
    assert "SQLite" in window.database_label.text()
    assert "admin" in window.user_label.text()
    assert opening.ctx.db is ctx.db and opening.ctx.actor.username == "admin"


def test_a_database_that_cannot_be_opened_is_said_and_quit_ends_the_program(opening, qtbot,
                                                                            monkeypatch):
    exits: list[int] = []
    monkeypatch.setattr(opening.app, "exit", exits.append)
    refusal = DatabaseUnavailable("Ghurfa works with SQLite and PostgreSQL only, not {backend}.",
                                  misuse=True, backend="mysql")
    opening.open_database(_Cli(error=refusal))
    qtbot.waitUntil(lambda: opening.problem_dialog is not None, timeout=10_000)
    dialog = opening.problem_dialog
    said = dialog.findChildren(QLabel)[0].text()
    assert "mysql" in said and "PostgreSQL" in said and "يعمل" in said
    assert opening.window.areas == {} and exits == []
    dialog.quit_button.click()
    assert exits == [1]


def test_a_user_who_does_not_exist_ends_the_program_with_a_message(opening, qtbot, ctx,
                                                                  monkeypatch):
    monkeypatch.setenv("GHURFA_USER", "nobody")
    exits: list[int] = []
    monkeypatch.setattr(opening.app, "exit", exits.append)
    cli = _Cli(ctx.db)
    opening.open_database(cli)
    qtbot.waitUntil(lambda: bool(exits), timeout=10_000)
    assert exits == [1] and "nobody" in cli.said[0]
    assert opening.ctx.actor is None


def test_a_window_closed_while_the_database_opens_signs_nobody_in(opening, qtbot, ctx,
                                                                 monkeypatch):
    monkeypatch.setenv("GHURFA_USER", "admin")
    opening.window.setProperty("checked_close", True)
    opening.window.close()
    opening.open_database(_Cli(ctx.db))
    qtbot.waitUntil(lambda: opening._opening is None, timeout=10_000)
    assert opening.ctx.actor is None and opening.window.areas == {}


def test_a_sign_in_cancelled_over_the_window_ends_the_program_with_0(opening, qtbot, ctx,
                                                                     monkeypatch):
    monkeypatch.delenv("GHURFA_USER", raising=False)
    exits: list[int] = []
    monkeypatch.setattr(opening.app, "exit", exits.append)
    opening.open_database(_Cli(ctx.db))
    qtbot.waitUntil(lambda: opening.signing_in is not None
                    and opening.signing_in.dialog is not None, timeout=10_000)
    dialog = opening.signing_in.dialog
    assert dialog.isVisible() and dialog.parent() is opening.window and exits == []
    assert opening.window.isVisible()  # the window stays responsive behind the dialog
    dialog.reject()
    assert exits == [0] and opening.ctx.actor is None and opening.window.areas == {}


def test_a_user_signed_in_from_the_window_gets_the_areas(opening, qtbot, ctx, monkeypatch):
    monkeypatch.delenv("GHURFA_USER", raising=False)
    opening.open_database(_Cli(ctx.db))
    qtbot.waitUntil(lambda: opening.signing_in is not None
                    and opening.signing_in.dialog is not None, timeout=10_000)
    dialog = opening.signing_in.dialog
    dialog.username.setText("commander")
    dialog.password.setText(password_of("commander"))
    with qtbot.waitSignal(opening.window.ready, timeout=20_000):
        dialog.sign_in()
    assert opening.ctx.actor.username == "commander" and opening.signing_in is None
    assert opening.window.nav.isEnabled()
