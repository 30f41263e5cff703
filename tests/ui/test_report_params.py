"""A document's optional date, left empty, opens its calendar on this month."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication

from reports.catalogue import Param
from ui.reports.params import EMPTY_DATE, make_field


def _shown(edit) -> None:
    QApplication.sendEvent(edit.calendarWidget(), QShowEvent())


def test_an_empty_optional_dates_calendar_opens_on_this_month(qtbot, sqlite_db):
    field = make_field(Param("date", "Duty day", "date", required=False), sqlite_db, "en")
    edit = field.widget
    qtbot.addWidget(edit)
    assert edit.date() == EMPTY_DATE  # left empty: every day
    calendar = edit.calendarWidget()
    calendar.setCurrentPage(EMPTY_DATE.year(), EMPTY_DATE.month())  # where Qt would open it
    _shown(edit)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert edit.date() == EMPTY_DATE  # opening it chose nothing


def test_a_chosen_dates_calendar_opens_on_its_own_month(qtbot, sqlite_db):
    field = make_field(Param("date", "Duty day", "date", required=False), sqlite_db, "en")
    edit = field.widget
    qtbot.addWidget(edit)
    edit.setDate(QDate(2009, 1, 31))
    calendar = edit.calendarWidget()
    calendar.setCurrentPage(2009, 1)
    _shown(edit)
    assert (calendar.yearShown(), calendar.monthShown()) == (2009, 1)
