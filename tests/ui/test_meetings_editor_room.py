"""Room in the minutes editor at a laptop's size: the outcomes table, and the type-ahead lists.

The editor is shown in the program's main window at 1366×768, in Arabic, as a clerk sees it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.models import OrganisationKind
from desktop.services.organisations import OrganisationInput, create_organisation
from tests.ui import shell_fixtures
from tests.ui.test_meetings_editor import _ctx, _pick
from tests.ui.test_meetings_keyboard import focus, press, settle, write
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.meetings.agenda_panel import OUTCOME_ROWS_IN_SIGHT
from ui.meetings.common import ChoiceCombo
from ui.meetings.editor import MeetingEditor

arabic, demo_db = shell_fixtures.arabic, shell_fixtures.demo_db
ALT = Qt.KeyboardModifier.AltModifier
LONG_NAME = "مديرية " + "شؤون التنسيق الأمني المشترك " * 10  # far wider than any screen here


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


def _popup() -> QWidget:
    shown = [w for w in QApplication.topLevelWidgets()
             if w.isVisible() and w.windowType() == Qt.WindowType.Popup]
    assert len(shown) == 1, shown
    return shown[0]


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


def test_the_type_ahead_list_of_a_cell_shows_whole_organisation_names(qtbot, window):
    _editor(qtbot, window)
    press(qtbot, Qt.Key.Key_O, ALT)
    write(qtbot, "تنسيب قوة كافية لكل مركز")
    press(qtbot, Qt.Key.Key_Tab)
    combo = focus().parentWidget() if not isinstance(focus(), ChoiceCombo) else focus()
    assert isinstance(combo, ChoiceCombo)
    write(qtbot, "المديرية")
    qtbot.waitUntil(lambda: combo.completer().popup().isVisible())
    popup = combo.completer().popup()
    assert popup is _popup()
    names = [popup.model().index(n, 0).data() for n in range(popup.model().rowCount())]
    assert "المديرية العامة لشرطة محافظة ذي قار" in names
    widest = max(popup.fontMetrics().horizontalAdvance(name) for name in names)
    assert popup.viewport().width() >= widest  # no name cut
    assert popup.width() > combo.width()
    box_right = combo.mapToGlobal(QPoint(combo.width(), 0)).x()
    assert popup.geometry().right() + 1 == box_right  # it grows from the right, in Arabic
    settle(qtbot)


def test_a_name_wider_than_the_screen_keeps_the_list_on_the_screen(qtbot, window, clerk):
    with clerk.db.session() as session:
        create_organisation(session, clerk.actor, OrganisationInput(
            name_ar=LONG_NAME, kind=OrganisationKind.OTHER))
    _editor(qtbot, window)
    press(qtbot, Qt.Key.Key_O, ALT)
    write(qtbot, "توجيه")
    press(qtbot, Qt.Key.Key_Tab)
    combo = focus() if isinstance(focus(), ChoiceCombo) else focus().parentWidget()
    write(qtbot, "مديرية شؤون التنسيق")
    qtbot.waitUntil(lambda: combo.completer().popup().isVisible())
    popup = combo.completer().popup()
    screen = combo.screen().availableGeometry()
    assert popup.width() == screen.width()
    assert screen.contains(popup.geometry().topLeft())
    assert screen.contains(popup.geometry().topRight())
    settle(qtbot)


def test_the_drop_down_list_of_a_choice_box_shows_whole_names(qtbot, window):
    editor = _editor(qtbot, window)
    organiser = editor.organiser
    organiser.setFixedWidth(160)  # a narrow box, as in a cell
    organiser.showPopup()
    list_view = organiser.view()
    qtbot.waitUntil(list_view.isVisible)
    widest = max(list_view.fontMetrics().horizontalAdvance(organiser.itemText(n))
                 for n in range(organiser.count()))
    assert list_view.viewport().width() >= widest
    screen = organiser.screen().availableGeometry()
    assert screen.contains(list_view.window().geometry().topLeft())
    organiser.hidePopup()
