"""The first hour in the shell: missing system libraries, a saved address that does not answer,
switching user, the status bar, the About box, the home tiles and the navigation's width."""

from __future__ import annotations

import argparse
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics

from desktop import settings
from desktop.cli.context import CliContext
from desktop.services import accounts
from desktop.services.actor import SYSTEM
from desktop.storage.database import Database
from tests.ui import shell_fixtures
from ui import launch, system_libraries
from ui.app import Program, apply_language
from ui.areas import AREAS, area
from ui.context import AppContext
from ui.database_problem import DatabaseProblemDialog
from ui.home import HomeView
from ui.main_window import NAV_POINT_SIZE, RLM
from ui.version import program_version

arabic, ctx, demo_db = shell_fixtures.arabic, shell_fixtures.ctx, shell_fixtures.demo_db
UNREACHABLE = "postgresql+psycopg://postgres@127.0.0.1:1/nowhere"


# -- the system libraries --------------------------------------------------------------------

def test_a_missing_xcb_library_is_named_by_its_package_in_arabic():
    absent = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    message = system_libraries.problem({"DISPLAY": ":0"}, lambda name: name not in absent)
    assert message is not None
    assert "libxcb-icccm4 libxcb-keysyms1" in message
    assert "apt-get install" in message and "مكتبات" in message


def test_without_an_x_display_only_the_libraries_of_every_platform_are_asked_for():
    absent = {"libxcb-icccm.so.4"}
    assert system_libraries.problem({"QT_QPA_PLATFORM": "offscreen"},
                                    lambda name: name not in absent) is None
    assert system_libraries.problem({"QT_QPA_PLATFORM": "offscreen"},
                                    lambda name: name != "libEGL.so.1") is not None
    assert system_libraries.uses_xcb({"QT_QPA_PLATFORM": "xcb:display=:1"})
    assert not system_libraries.uses_xcb({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"})


def test_every_library_the_list_names_loads_here():
    """The list must name real shared objects: on this machine (CI installs them all) each
    one loads, so a misspelt name would fail here rather than refuse a user's start."""
    missing = system_libraries.missing_packages(system_libraries.GUI + system_libraries.XCB)
    assert missing == [], f"install {' '.join(missing)} (the README lists them)"


def test_the_program_ends_with_1_and_the_message_instead_of_qt_aborting(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(system_libraries, "problem", lambda: "missing: libxcb-icccm4")
    cli = SimpleNamespace(error=said.append)
    assert launch.run(argparse.Namespace(), cli) == 1
    assert said == ["missing: libxcb-icccm4"]


# -- a database that does not open -----------------------------------------------------------

@pytest.fixture
def local_file_with_admin():
    """The default local file, with an administrator who needs no password."""
    db = Database.open(settings.default_sqlite_url())
    with db.session() as session:
        accounts.create_user(session, SYSTEM, "admin", "Admin", "admin", None)
    db.dispose()


@pytest.fixture
def starting(qapp, arabic, monkeypatch, local_file_with_admin):
    monkeypatch.setenv("GHURFA_USER", "admin")
    shell = _shown(Program(qapp, AppContext(None, None, "ar", {}), arabic))
    yield shell
    _closed(shell, qapp)
    if shell.ctx.db is not None:
        shell.ctx.db.dispose()


def _shown(shell: Program) -> Program:
    """The program shown, its exits recorded: the test runs no main loop for them to end."""
    exits: list[int] = []
    shell.app = SimpleNamespace(exit=exits.append)
    shell.exits = exits
    shell.show()
    return shell


def _closed(shell: Program, qapp) -> None:
    if shell.window is not None:
        shell.window.setProperty("checked_close", True)
        shell.window.close()
    shell.app = qapp
    shell.shutdown()
    shell.translators = []


def _problem(shell, qtbot) -> DatabaseProblemDialog:
    qtbot.waitUntil(lambda: shell.problem_dialog is not None, timeout=20_000)
    return shell.problem_dialog


def test_a_saved_address_that_does_not_answer_can_be_corrected_from_the_window(starting, qtbot):
    settings.save({"database_url": UNREACHABLE})
    starting.open_database(CliContext(None, "ar"))
    dialog = _problem(starting, qtbot)
    assert dialog.isVisible() and dialog.editable
    assert dialog.postgres.isChecked() and dialog.address.text() == UNREACHABLE
    dialog.address.setText("mysql://x@y/z")  # not a room's server: said, nothing saved
    dialog.retry_button.click()
    assert "PostgreSQL" in dialog.error.text() and dialog.isVisible()
    assert settings.load()["database_url"] == UNREACHABLE
    dialog.sqlite.setChecked(True)
    with qtbot.waitSignal(starting.window.ready, timeout=20_000):
        dialog.retry_button.click()
    assert "database_url" not in settings.load()
    assert starting.ctx.db.is_sqlite and starting.exits == []
    assert not starting.window.fallback_label.isVisible()


def test_the_local_file_this_time_leaves_the_saved_address_and_says_so(starting, qtbot):
    settings.save({"database_url": UNREACHABLE, "language": "ar"})
    starting.open_database(CliContext(None, "ar"))
    dialog = _problem(starting, qtbot)
    with qtbot.waitSignal(starting.window.ready, timeout=20_000):
        dialog.local_button.click()
    assert settings.load()["database_url"] == UNREACHABLE
    assert starting.ctx.db.is_sqlite
    note = starting.window.fallback_label
    assert note.isVisibleTo(starting.window) and "الملف المحلي" in note.text()


def test_an_address_given_with_db_is_not_offered_for_editing_and_quit_ends_with_1(starting,
                                                                                   qtbot):
    starting.open_database(CliContext(UNREACHABLE, "ar"))
    dialog = _problem(starting, qtbot)
    assert not dialog.editable and "--db" in dialog.findChildren(
        type(dialog.error))[1].text()
    dialog.quit_button.click()
    assert starting.exits == [1]


# -- signing out and switching user ----------------------------------------------------------

@pytest.fixture
def program(qapp, ctx, arabic):
    shell = _shown(Program(qapp, ctx, arabic))
    yield shell
    _closed(shell, qapp)


def test_switch_user_signs_the_clerk_in_without_restarting(program, qtbot):
    first = program.window
    assert "admin" in first.user_label.text()
    first.switch_user_action.trigger()
    dialog = program.sign_in_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.username.setText("clerk")
    dialog.password.setText("kateb-2010")
    dialog.sign_in()
    qtbot.waitUntil(lambda: program.window is not first, timeout=10_000)  # the core answers
    assert program.ctx.actor.username == "clerk"
    assert "clerk" in program.window.user_label.text()
    assert program.window.nav.isEnabled()


def test_cancelling_a_switch_keeps_the_user_and_the_window(program):
    first = program.window
    first.switch_user_action.trigger()
    program.sign_in_dialog.reject()
    assert program.window is first and program.ctx.actor.username == "admin"
    assert program.exits == []


def test_sign_out_closes_the_areas_at_once_and_cancelling_the_sign_in_quits(program):
    first = program.window
    first.open_area("meetings")
    first.sign_out_action.trigger()
    window = program.window
    assert window is not first and window.areas == {}
    assert not window.nav.isEnabled() and not window.sign_out_action.isEnabled()
    assert program.ctx.actor is None
    program.sign_in_dialog.reject()
    assert program.exits == [0]


def test_unsaved_work_that_will_not_let_go_stops_the_sign_out(program, monkeypatch):
    first = program.window
    monkeypatch.setattr(first, "ready_to_close", lambda then=None: False)
    assert program.sign_out(switch=False) is False
    assert program.window is first and program.ctx.actor is not None


# -- the status bar, the About box -----------------------------------------------------------

def test_the_status_bar_reads_right_to_left_and_names_the_database_before_the_sign_in(
        qapp, arabic, ctx):
    opening = Program(qapp, AppContext(None, None, "ar", {}), arabic)
    window = opening.show()
    try:
        assert "فتح قاعدة البيانات" in window.database_label.text()
        window.database_opened(ctx.db)
        assert window.database_label.text() == ctx.db.describe()
        assert "فتح" not in window.opening.text()
    finally:
        window.setProperty("checked_close", True)
        window.close()
        opening.translators = []


def test_the_user_and_role_keep_the_window_s_direction(program):
    text = program.window.user_label.text()
    assert text.startswith(RLM) and text.index("مدير النظام") < text.index("admin")


def test_the_about_box_names_the_version(program):
    box = program.window.show_about()
    try:
        assert program_version() in box.informativeText()
        assert program_version() != ""
    finally:
        box.close()


# -- the home view's tiles -------------------------------------------------------------------

def test_a_tile_opens_its_area_when_that_area_is_built(program, qtbot):
    window = program.window
    home = window.areas["home"]
    assert isinstance(home, HomeView)
    meetings = home.tiles["meetings"]
    assert meetings.opens and area("meetings").available
    qtbot.mouseClick(meetings, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert window.current_area() == "meetings"
    window.open_area("home")
    meetings.setFocus()
    qtbot.keyClick(meetings, Qt.Key.Key_Return)
    assert window.current_area() == "meetings"
    assert not home.tiles["incidents"].opens  # its area is a placeholder still
    assert home.tiles["people"].opens  # the Personnel area is built
    window.open_area("home")
    qtbot.mouseClick(home.tiles["incidents"], Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert window.current_area() == "home"
    assert home.tiles["centres"].opens  # the Centres area is built
    qtbot.mouseClick(home.tiles["centres"], Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert window.current_area() == "centres"


def test_a_tile_s_detail_wraps_between_its_parts_never_inside_a_label(program, qtbot):
    home = program.window.areas["home"]
    if home.data is None:
        with qtbot.waitSignal(home.loaded, timeout=10_000):
            pass
    detail = home.tiles["meetings"].detail.text()
    assert "مصادق\u00a0عليه" in detail and "مصادق عليه" not in detail
    assert " · " in detail


# -- the navigation --------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_area_title_fits_the_navigation(qapp, ctx, arabic, lang):
    installed = apply_language(qapp, lang, list(arabic))
    shell = Program(qapp, AppContext(ctx.db, ctx.actor, lang, {}), installed)
    window = shell.show()
    try:
        font = window.nav.font()
        font.setPointSizeF(NAV_POINT_SIZE)
        metrics = QFontMetrics(font)
        room = window.nav.width() - 22 - 8 - 12 - 12 - 8  # icon, gap, paddings, frame
        for row, entry in enumerate(AREAS):
            title = window.nav_model.item(row).text()
            assert title == entry.title
            assert metrics.horizontalAdvance(title) <= room, title
    finally:
        window.setProperty("checked_close", True)
        window.close()
        shell.translators = []
        arabic[:] = apply_language(qapp, "ar", installed)  # the fixture removes these after
