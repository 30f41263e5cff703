"""Every error box is titled in the user's language, never with the program's English name."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QMessageBox

from desktop.services.errors import Invalid
from tests.ui import shell_fixtures
from ui import translations
from ui.database_problem import DatabaseProblemDialog
from ui.direction import LRI, PDI
from ui.errors import show_error

arabic = shell_fixtures.arabic

LATIN = re.compile(r"[A-Za-z]")
ARABIC = re.compile(r"[\u0600-\u06FF]")


def _boxes(qtbot) -> list[QMessageBox]:
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as error:
        bug = show_error(None, error)
    boxes = [show_error(None, Invalid("The name is required.")), bug,
             DatabaseProblemDialog("The database could not be opened.", "default")]
    for box in boxes:
        qtbot.addWidget(box)
    return boxes


def test_error_boxes_are_titled_in_arabic(qtbot, arabic):
    titles = [box.windowTitle() for box in _boxes(qtbot)]
    assert all(ARABIC.search(title) and not LATIN.search(title) for title in titles), titles


def test_error_boxes_are_titled_in_english_and_not_with_the_bare_name(qtbot, qapp):
    assert translations.install(qapp, "en") == []
    titles = [box.windowTitle() for box in _boxes(qtbot)]
    assert all(title and title != "Ghurfa" and not ARABIC.search(title) for title in titles)


def test_a_path_in_a_message_keeps_its_slashes_where_they_belong(qtbot, arabic):
    box = show_error(None, Invalid("There is no database at {file}.", file="/tmp/x/a.sqlite3"))
    qtbot.addWidget(box)
    assert f"{LRI}/tmp/x/a.sqlite3{PDI}" in box.text()
