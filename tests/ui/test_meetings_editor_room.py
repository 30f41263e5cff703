"""Room in the minutes editor at a laptop's size: the outcomes table.

The editor is shown in the program's main window at 1366×768, in Arabic, as a clerk sees it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.ui import shell_fixtures
from tests.ui.test_meetings_editor import _ctx, _pick
from tests.ui.test_meetings_keyboard import focus, press, write
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.meetings.agenda_panel import OUTCOME_ROWS_IN_SIGHT
from ui.meetings.editor import MeetingEditor

arabic, demo_db = shell_fixtures.arabic, shell_fixtures.demo_db
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def clerk(demo_db, arabic) -> AppContext:
    return _ctx(demo_db, "clerk")


@pytest.fixture
def window(qtbot, clerk, monkeypatch) -> Iterator[MainWindow]:
    # closing the window at the end asks about the unsaved minutes: they go
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args, **_kwargs: QMessageBox.StandardButton.Discard)
    window = MainWindow(clerk)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.attach()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield window


def _editor(qtbot, window: MainWindow) -> MeetingEditor:
    area = window.open_area("meetings")
    editor = area.new_meeting()
    write(qtbot, "اجتماع اللجنة الأمنية")
    _pick(qtbot, editor, "حربيه")
    press(qtbot, Qt.Key.Key_A, ALT)
    write(qtbot, "تأمين مراكز التسجيل")
    return editor


def _in_sight(editor: MeetingEditor, widget: QWidget) -> bool:
    viewport = editor.body.viewport()
    corner = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(corner, widget.size()))


def test_the_outcomes_show_five_rows_at_1366x768_and_the_cell_typed_in_is_in_sight(
        qtbot, window):
    editor = _editor(qtbot, window)
    for n in range(OUTCOME_ROWS_IN_SIGHT):
        press(qtbot, Qt.Key.Key_O, ALT)  # a new outcome, its text's cell open
        cell = focus()
        assert editor.agenda.outcome_view.isAncestorOf(cell)
        assert _in_sight(editor, cell), n  # the form scrolled to it
        write(qtbot, f"توجيه رقم {n + 1}")
        press(qtbot, Qt.Key.Key_Return)
    view = editor.agenda.outcome_view
    rows = view.verticalHeader()
    assert view.viewport().height() >= OUTCOME_ROWS_IN_SIGHT * rows.defaultSectionSize()
    assert rows.visualIndexAt(view.viewport().height() - 1) in (-1, OUTCOME_ROWS_IN_SIGHT - 1)
    assert _in_sight(editor, view)
    assert editor.agenda.discussion.height() >= 3 * editor.agenda.discussion.fontMetrics(
        ).lineSpacing()  # the discussion is not squeezed out either
