"""A widget for each kind of report parameter, reading and restoring a plain value.

Values are what ``BuildRequest.params`` takes and what the preferences file can hold: an id
(int) for pickers, an ISO date string, text, or a choice's value; None when left empty. An
optional date can be left empty too (its box then says so): a duty day left empty is every
day of the election, a document's date left empty the document's own default (today).

A picker's choices (elections, meetings, bodies, offices) are read by an operation: the box
shows «…», disabled, until they come. A value given meanwhile (the one remembered from last
time) is kept and chosen once they are here, and is what ``value()`` answers until then.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, QObject
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QWidget

from desktop.i18n import translate
from desktop.services import lookups
from desktop.services.lookups import Choice
from desktop.storage.database import Database
from reports.catalogue import Param
from ui.operations import Operation, query_op

PICKERS = ("election", "shift", "meeting", "organisation", "office")
PLACEHOLDER = "…"
EMPTY_DATE = QDate(2000, 1, 1)  # an optional date's box at its minimum: left empty
# What an optional date left empty means, where the default's word would not say it.
EMPTY_DATE_TEXTS = {"Duty day": QT_TRANSLATE_NOOP("ReportParam", "(every day)")}


class _TodaysPage(QObject):
    """An optional date left empty stands at its minimum, and its calendar would open on
    January 2000: it opens on this month instead (choosing a day there sets the date)."""

    def __init__(self, edit: QDateEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        edit.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self._edit.date() <= EMPTY_DATE:
            today = QDate.currentDate()
            self._edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return False


class ParamField:
    """One parameter's widget, with ``value()`` and ``set_value()``."""

    def __init__(self, param: Param, widget: QWidget) -> None:
        self.param = param
        self.widget = widget
        self.loading = False  # a picker whose choices are on their way
        self._wanted: Any = None  # the value given while they were

    @property
    def label(self) -> str:
        return translate("ReportParam", self.param.label)

    def value(self) -> Any:
        widget = self.widget
        if self.loading:
            return self._wanted
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QDateEdit):
            if not self.param.required and widget.date() <= EMPTY_DATE:
                return None
            return widget.date().toPython().isoformat()
        if isinstance(widget, QLineEdit):
            return widget.text().strip() or None
        return None

    def set_value(self, value: Any) -> None:
        widget = self.widget
        if self.loading:
            self._wanted = value
            return
        if value is None:
            return
        if isinstance(widget, QComboBox):
            index = widget.findData(value)
            if index >= 0:
                widget.setCurrentIndex(index)
        elif isinstance(widget, QDateEdit):
            with contextlib.suppress(ValueError):
                widget.setDate(QDate(date.fromisoformat(str(value))))
        elif isinstance(widget, QLineEdit):
            widget.setText(str(value))


    def load(self, db: Database, lang: str, none_text: str | None,
             then: Callable[[ParamField], None] | None = None) -> Operation:
        """Read a picker's choices by an operation; ``then(self)`` once they are shown (or
        their reading failed, said at the one error place: the box keeps its empty choice)."""
        combo = self.widget
        assert isinstance(combo, QComboBox)
        kind = self.param.kind
        self.loading = True
        combo.clear()
        combo.addItem(PLACEHOLDER, None)
        combo.setEnabled(False)

        def show(choices: list[Choice]) -> None:
            self.loading = False
            combo.clear()
            if none_text is not None:
                combo.addItem(none_text, None)
            for choice in choices:
                combo.addItem(choice.text, choice.id)
            combo.setEnabled(True)
            self.set_value(self._wanted)
            if then is not None:
                then(self)

        def failed(error: BaseException) -> None:
            show([])
            from ui.errors import show_error

            show_error(combo, error)

        return query_op(combo, db, lambda session: lookups.choices(session, kind, lang)) \
            .success(show).failure(failed).run()


def make_field(param: Param, db: Database, lang: str, parent: QWidget | None = None,
               none_text: str = "—",
               on_loaded: Callable[[ParamField], None] | None = None) -> ParamField:
    """The widget for ``param``; a picker's choices come later (``on_loaded``)."""
    if param.kind in PICKERS:
        combo = QComboBox(parent)
        combo.setMinimumContentsLength(30)
        field = ParamField(param, combo)
        field.load(db, lang, None if param.required else none_text, on_loaded)
        return field
    if param.kind == "date":
        edit = QDateEdit(QDate.currentDate(), parent)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")  # Qt mirrors the sections right to left
        if not param.required:  # empty at first: today's date printed nothing for a duty day
            edit.setMinimumDate(EMPTY_DATE)
            empty = EMPTY_DATE_TEXTS.get(param.label)
            edit.setSpecialValueText(translate("ReportParam", empty) if empty else none_text)
            edit.setDate(EMPTY_DATE)
            _TodaysPage(edit)
        return ParamField(param, edit)
    if param.kind == "choice":
        combo = QComboBox(parent)
        if not param.required:
            combo.addItem(none_text, None)
        for value, label in param.choices:
            combo.addItem(translate("ReportParam", label), value)
        return ParamField(param, combo)
    return ParamField(param, QLineEdit(parent))
