"""A widget for each kind of report parameter, reading and restoring a plain value.

Values are what ``BuildRequest.params`` takes and what the preferences file can hold: an id
(int) for pickers, an ISO date string, text, or a choice's value; None when left empty.
"""

from __future__ import annotations

import contextlib
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QWidget

from desktop.i18n import translate
from desktop.services import lookups
from desktop.storage.database import Database
from reports.catalogue import Param

PICKERS = ("election", "meeting", "organisation", "office")


class ParamField:
    """One parameter's widget, with ``value()`` and ``set_value()``."""

    def __init__(self, param: Param, widget: QWidget) -> None:
        self.param = param
        self.widget = widget

    @property
    def label(self) -> str:
        return translate("ReportParam", self.param.label)

    def value(self) -> Any:
        widget = self.widget
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QDateEdit):
            return widget.date().toPython().isoformat()
        if isinstance(widget, QLineEdit):
            return widget.text().strip() or None
        return None

    def set_value(self, value: Any) -> None:
        widget = self.widget
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


def make_field(param: Param, db: Database, lang: str, parent: QWidget | None = None,
               none_text: str = "—") -> ParamField:
    if param.kind in PICKERS:
        combo = QComboBox(parent)
        if not param.required:
            combo.addItem(none_text, None)
        with db.reader() as session:
            for choice in lookups.choices(session, param.kind, lang):
                combo.addItem(choice.text, choice.id)
        combo.setMinimumContentsLength(30)
        return ParamField(param, combo)
    if param.kind == "date":
        edit = QDateEdit(QDate.currentDate(), parent)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")  # Qt mirrors the sections right to left
        return ParamField(param, edit)
    if param.kind == "choice":
        combo = QComboBox(parent)
        if not param.required:
            combo.addItem(none_text, None)
        for value, label in param.choices:
            combo.addItem(translate("ReportParam", label), value)
        return ParamField(param, combo)
    return ParamField(param, QLineEdit(parent))
