"""The shell: Arabic right to left with real counts, every area, the language switch, errors."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.services.errors import Invalid, Term
from desktop.services.overview import overview
from reports.errors import Cancelled
from tests.ui import shell_fixtures
from ui.app import Program
from ui.areas import AREAS
from ui.areas.placeholder import Placeholder
from ui.errors import show_error
from ui.home import HomeView, number
from ui.settings import store

ROOT = Path(__file__).resolve().parents[2]

# The shared fixtures, named here so pytest finds them.
arabic, ctx, demo_db = shell_fixtures.arabic, shell_fixtures.ctx, shell_fixtures.demo_db


@pytest.fixture
def program(qapp, qtbot, ctx, arabic):
    shell = Program(qapp, ctx, arabic)
    shell.show()
    yield shell
    for window in (shell.window,):
        if window is not None:
            window.setProperty("checked_close", True)
            window.close()
    shell.shutdown()
    shell.translators = []


def _home(window) -> HomeView:
    home = window.areas["home"]
    assert isinstance(home, HomeView)
    return home


def test_the_shell_opens_in_arabic_right_to_left_with_the_database_counts(program, qtbot, ctx):
    window = program.window
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.nav_model.item(0).text() == "الرئيسية"
    assert window.nav_model.item(1).text() == "الاجتماعات والمحاضر"
    home = _home(window)
    if home.data is None:
        with qtbot.waitSignal(home.loaded, timeout=10_000):
            pass
    with ctx.db.reader() as session:
        expected = overview(session)
    assert home.tiles["people"].value.text() == number(expected.people) == "546"
    assert home.tiles["centres"].value.text() == number(expected.centre_total)
    assert home.tiles["assignments"].value.text() == number(expected.assignments)
    assert "مراكز التسجيل: 22" in home.tiles["centres"].detail.text().replace("\u00a0", " ")
    assert home.tiles["meetings"].title.text() == "الاجتماعات"
    assert ctx.db.describe() in window.database_label.text()
    assert "مدير النظام" in window.user_label.text()


def test_every_area_opens_and_unbuilt_ones_say_what_will_come(program):
    window = program.window
    for area in AREAS:
        widget = window.open_area(area.key)
        assert window.stack.currentWidget() is widget
        assert window.current_area() == area.key
        if isinstance(widget, Placeholder):
            assert widget.coming, area.key
    assert set(window.areas) == {a.key for a in AREAS}
    assert program.ctx.preferences["last_area"] == AREAS[-1].key


def test_the_language_switch_rebuilds_the_window_in_english_and_is_saved(program, qtbot):
    old = program.window
    old.open_area("reports")
    assert program.switch_language("en")
    new = program.window
    assert new is not old
    assert new.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert new.nav_model.item(0).text() == "Home"
    assert new.current_area() == "reports"
    assert store.saved_language() == "en"
    assert program.switch_language("ar")
    assert program.window.nav_model.item(0).text() == "الرئيسية"
    assert store.saved_language() == "ar"


def test_an_area_with_unsaved_work_can_refuse_the_switch(program):
    home = program.window.open_area("home")
    home.can_close = lambda: False
    before = program.window
    assert not program.switch_language("en")
    assert program.window is before and store.saved_language() is None


def test_a_domain_error_shows_its_arabic_message(program):
    box = show_error(program.window, Invalid("{field} is required.", field=Term("Name")))
    assert isinstance(box, QMessageBox)
    assert box.text() == "حقل الاسم مطلوب."
    box.close()


def test_a_cancellation_is_a_quiet_status_line_and_a_bug_shows_details(program):
    assert show_error(program.window, Cancelled()) is None
    assert program.window.statusBar().currentMessage() == "أُلغي."
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as error:
        box = show_error(program.window, error)
    assert box.icon() == QMessageBox.Icon.Critical
    assert "ZeroDivisionError" in box.detailedText()
    box.close()


def _start(home: Path, user: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, GHURFA_HOME=str(home), GHURFA_USER=user, GHURFA_EXIT_WHEN_SHOWN="1",
               QT_QPA_PLATFORM="offscreen")
    env.pop("GHURFA_DB_URL", None)
    return subprocess.run([sys.executable, "-m", "desktop"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_python_m_desktop_starts_the_program_and_stops_when_shown(tmp_path):
    demo = subprocess.run([sys.executable, "-m", "desktop", "demo"], cwd=ROOT,
                          env=dict(os.environ, GHURFA_HOME=str(tmp_path)), capture_output=True,
                          text=True, timeout=300)
    assert demo.returncode == 0, demo.stderr
    started = _start(tmp_path, "admin")
    assert started.returncode == 0, started.stderr
    nobody = _start(tmp_path, "nobody")
    assert nobody.returncode == 1
    assert "nobody" in nobody.stderr


def test_ghurfa_demo_loads_the_demo_behind_the_window_then_signs_in(tmp_path):
    env = dict(os.environ, GHURFA_HOME=str(tmp_path), GHURFA_USER="admin",
               GHURFA_EXIT_WHEN_SHOWN="1", QT_QPA_PLATFORM="offscreen")
    env.pop("GHURFA_DB_URL", None)
    started = subprocess.run([sys.executable, "-m", "desktop", "--demo"], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=300)
    assert started.returncode == 0, started.stderr
    assert "shown at" in started.stderr and "ready at" in started.stderr
    checked = subprocess.run([sys.executable, "-m", "desktop", "--lang", "en", "check"],
                             cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    people = re.search(r"\(people\): (\d+)$", checked.stdout, re.M)
    assert people and int(people.group(1)) > 300 and "No problems found." in checked.stdout
