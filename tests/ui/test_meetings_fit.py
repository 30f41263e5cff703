"""The meetings list fits a laptop's screen: no date, kind or body cut at the default width, and
no toolbar action folded away behind "››" on a 1366-pixel screen, in Arabic and in English."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QToolButton

from desktop.models import MeetingKind
from desktop.services.actor import actor_for
from tests.ui import shell_fixtures
from tests.ui.lists import settle
from ui.app import apply_language
from ui.context import AppContext
from ui.meetings.area import MeetingsArea
from ui.meetings.listing import NAME_WIDTH, SUBJECT_WIDTH

arabic, demo_db = shell_fixtures.arabic, shell_fixtures.demo_db

# What the area leaves of a window's width: the navigation beside it (its longest title:
# 200 pixels in Arabic, 250 in English at the program's font).
BESIDE_NAVIGATION = {"ar": 200, "en": 250}
DATE, SUBJECT, KIND, STATUS, BODY, CHAIR, ATTENDEES, NUMBER = range(8)


@pytest.fixture
def english(arabic, qapp):
    """The program in English, as the language switch makes it: no translators, left to
    right, the screen font's Latin family first."""
    font = QFont(qapp.font())
    apply_language(qapp, "en", arabic)
    yield
    qapp.setFont(font)


@pytest.fixture(params=["ar", "en"])
def lang(request, arabic):
    if request.param == "en":
        request.getfixturevalue("english")
    return request.param


def _area(qtbot, demo_db, lang: str, window_width: int, point_size: float | None = None
          ) -> MeetingsArea:
    with demo_db.reader() as session:
        actor = actor_for(session, "clerk")
    area = MeetingsArea(AppContext(demo_db, actor, lang, {}))
    qtbot.addWidget(area)
    if point_size is not None:
        font = QFont(area.font())
        font.setPointSizeF(point_size)
        area.setFont(font)
    area.resize(window_width - BESIDE_NAVIGATION[lang], 700)
    area.show()
    qtbot.waitExposed(area)
    settle(qtbot, area.list.model)
    qtbot.wait(20)  # the names are fitted once the rows are painted
    return area


def _fits(area: MeetingsArea, column: int) -> bool:
    view = area.list.view
    return view.columnWidth(column) >= view.sizeHintForColumn(column)


def test_date_kind_and_body_are_not_cut_at_the_default_width_in_arabic(qtbot, demo_db, arabic):
    area = _area(qtbot, demo_db, "ar", 1280)
    view = area.list.view
    assert area.list.model.rowCount() >= 2
    for column in (DATE, KIND, STATUS, BODY):
        assert _fits(area, column), (column, view.columnWidth(column),
                                     view.sizeHintForColumn(column))
    assert view.columnWidth(SUBJECT) >= SUBJECT_WIDTH - 10  # the subject keeps its room
    assert view.horizontalScrollBar().maximum() == 0  # and nothing runs off to the side


def test_in_english_the_closed_columns_fit_and_the_names_share_the_room(qtbot, demo_db,
                                                                         english):
    area = _area(qtbot, demo_db, "en", 1280)
    view = area.list.view
    for column in (DATE, KIND, STATUS):
        assert _fits(area, column), column
    for column in (BODY, CHAIR, NUMBER):
        assert view.columnWidth(column) >= NAME_WIDTH
    assert view.columnWidth(SUBJECT) >= SUBJECT_WIDTH - 10
    area.resize(1920 - BESIDE_NAVIGATION["en"], 900)  # a wider screen: every name whole
    qtbot.waitUntil(lambda: _fits(area, BODY) and _fits(area, CHAIR))


def test_a_narrow_window_cuts_names_to_their_floor_not_to_nothing(qtbot, demo_db, arabic):
    area = _area(qtbot, demo_db, "ar", 900)
    view = area.list.view
    assert all(view.columnWidth(column) >= NAME_WIDTH for column in (BODY, CHAIR, NUMBER))
    assert _fits(area, DATE) and _fits(area, KIND)


def test_a_column_the_user_set_stays_as_set(qtbot, demo_db, arabic):
    area = _area(qtbot, demo_db, "ar", 1280)
    header = area.list.view.horizontalHeader()
    header.resizeSection(BODY, 300)  # as the user's drag does
    area.resize(1920 - BESIDE_NAVIGATION["ar"], 900)
    area.list.apply_filter()
    settle(qtbot, area.list.model)
    qtbot.wait(20)
    assert area.list.view.columnWidth(BODY) == 300


def test_a_new_filter_fits_the_names_again(qtbot, demo_db, arabic):
    area = _area(qtbot, demo_db, "ar", 1920)
    view = area.list.view
    wide = view.columnWidth(BODY)
    area.list.kind.set_value(MeetingKind.JOINT_MEETING)  # the one meeting of a shorter body
    qtbot.waitUntil(lambda: area.list.model.rowCount() == 1)
    settle(qtbot, area.list.model)
    qtbot.wait(20)
    assert view.columnWidth(BODY) < wide and _fits(area, BODY)


@pytest.mark.parametrize("point_size", [10.5, 12.5])  # the program's font, and a larger one
def test_no_toolbar_action_is_folded_away_on_a_1366_screen(qtbot, demo_db, lang, point_size):
    area = _area(qtbot, demo_db, lang, 1366, point_size)
    toolbar = area.toolbar
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is not None and not extension.isVisible()
    for action in toolbar.actions():
        if not action.isSeparator():
            assert toolbar.widgetForAction(action).isVisible(), action.text()


def test_every_action_is_on_the_toolbar_or_in_its_more_menu(qtbot, demo_db, arabic):
    area = _area(qtbot, demo_db, "ar", 1366)
    reachable = set(area.toolbar.actions()) | set(area.more_menu.actions())
    assert set(area.actions_.values()) <= reachable
    assert area.more_button.menu() is area.more_menu
    on_toolbar = set(area.toolbar.actions())
    assert {area.actions_[key] for key in ("excel", "archive", "delete")}.isdisjoint(on_toolbar)
    # the rare actions keep their keys though they left the toolbar
    assert area.actions_["delete"].shortcut().toString() and area.actions_["excel"].shortcut()
