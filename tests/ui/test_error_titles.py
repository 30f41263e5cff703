"""Every error box is titled in the user's language, never with the program's English name."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.services.errors import Invalid
from tests.ui import shell_fixtures
from ui import translations
from ui.errors import fatal_box, show_error

arabic = shell_fixtures.arabic

LATIN = re.compile(r"[A-Za-z]")
ARABIC = re.compile(r"[\u0600-\u06FF]")


def _boxes(qtbot) -> list[QMessageBox]:
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as error:
        bug = show_error(None, error)
    boxes = [show_error(None, Invalid("The name is required.")), bug,
             fatal_box(None, "The database could not be opened.", "details")]
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


def test_the_fatal_box_keeps_its_details_folded_away(qtbot, arabic):
    box = fatal_box(None, "text", "the driver's words")
    qtbot.addWidget(box)
    assert box.icon() == QMessageBox.Icon.Critical and box.detailedText() == "the driver's words"
    plain = fatal_box(None, "text")
    qtbot.addWidget(plain)
    assert plain.detailedText() == ""


@pytest.mark.parametrize("details", ["", "more"])
def test_show_fatal_waits_for_the_user_and_gives_status_1(qtbot, arabic, monkeypatch, details):
    from ui import errors

    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    assert errors.show_fatal(None, "text", details) == 1
    assert len(shown) == 1 and shown[0].detailedText() == details
