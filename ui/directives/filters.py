"""The board's filters: search, election, responsible body (and those under it), status,
meeting, late only, due this week. They make a ``DirectiveFilter``; the database does the rest.

The choices of the election, body and meeting boxes are read by operations
(``ui.meetings.lookup.fill``); the box waits, showing «…», until they come.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QWidget

from desktop.models import DirectiveStatus
from desktop.services.directive_board import STILL_OPEN, DirectiveFilter, board_meetings
from ui.context import AppContext
from ui.labels import label
from ui.meetings import lookup
from ui.meetings.common import ChoiceCombo

SEARCH_DELAY_MS = 250
STILL_OPEN_CHOICE = "still_open"


def _statuses(value: Any) -> frozenset[DirectiveStatus]:
    if value == STILL_OPEN_CHOICE:
        return frozenset(STILL_OPEN)
    return frozenset({value}) if value is not None else frozenset()


def _status_value(statuses: frozenset[DirectiveStatus]) -> Any:
    if statuses == frozenset(STILL_OPEN):
        return STILL_OPEN_CHOICE
    return next(iter(statuses)) if len(statuses) == 1 else None


class FilterBar(QWidget):
    """``changed(DirectiveFilter)`` whenever the user narrows or widens the board.

    The filter itself (``state``) is the truth the boxes show: a filter set before a box has
    its choices (a home tile that opens the board for one election) is shown once they come.
    """

    changed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state = DirectiveFilter()
        self._quiet = False
        lang = ctx.language
        self.search = QLineEdit()
        self.search.setObjectName("directiveSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search the text, the body, the person…"))
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._on_widgets_changed)
        self.search.textChanged.connect(lambda _text: self._quiet or self._timer.start())
        self.election = ChoiceCombo([], empty=self.tr("All elections"))
        self.body = ChoiceCombo([], empty=self.tr("All bodies"))
        self.body.setToolTip(self.tr("A body takes in every body under it in the "
                                     "organisation tree."))
        self.status = ChoiceCombo(
            [(STILL_OPEN_CHOICE, self.tr("Still open"))]
            + [(status, label(status)) for status in DirectiveStatus],
            empty=self.tr("All statuses"))
        self.meeting = ChoiceCombo([], empty=self.tr("All meetings"))
        db = ctx.db
        lookup.fill(self.election, db, lambda session: lookup.read_elections(session, lang),
                    then=self._show_state)
        lookup.fill(self.body, db, lambda session: lookup.read_organisations(session, lang),
                    then=self._show_state)
        lookup.fill(self.meeting, db, board_meetings, then=self._show_state)
        self.late = QCheckBox(self.tr("&Late only"))
        self.late.setObjectName("lateOnly")
        self.week = QCheckBox(self.tr("Due this &week"))
        self.week.setToolTip(self.tr("Still open and due today or in the six days after."))
        for combo in (self.election, self.body, self.status, self.meeting):
            combo.value_changed.connect(self._on_widgets_changed)
        for box in (self.late, self.week):
            box.toggled.connect(self._on_widgets_changed)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        search_label = QLabel(self.tr("&Search"))
        search_label.setBuddy(self.search)
        grid.addWidget(search_label, 0, 0)
        grid.addWidget(self.search, 0, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Election")), 0, 4)
        grid.addWidget(self.election, 0, 5)
        grid.addWidget(QLabel(self.tr("Responsible body")), 1, 0)
        grid.addWidget(self.body, 1, 1)
        grid.addWidget(QLabel(self.tr("Status")), 1, 2)
        grid.addWidget(self.status, 1, 3)
        grid.addWidget(QLabel(self.tr("Meeting")), 1, 4)
        grid.addWidget(self.meeting, 1, 5)
        grid.addWidget(self.late, 0, 6)
        grid.addWidget(self.week, 1, 6)
        for column, stretch in ((1, 2), (3, 1), (5, 2)):
            grid.setColumnStretch(column, stretch)

    def current(self) -> DirectiveFilter:
        return self.state

    def show_filter(self, f: DirectiveFilter) -> None:
        """Show and apply ``f`` (a home tile, the start's notice). What no box shows (the
        directives that became late since a visit) holds until the user changes a filter."""
        self.state = f
        self._timer.stop()
        self._show_state()
        self.changed.emit(self.state)

    def _show_state(self) -> None:
        f = self.state
        self._quiet = True
        try:
            self.search.setText(f.text)
            self.election.set_value(f.election_id)
            self.body.set_value(f.organisation_id)
            self.status.set_value(_status_value(f.statuses))
            self.meeting.set_value(f.meeting_id)
            self.late.setChecked(f.late_only or f.late_since is not None)
            self.week.setChecked(f.due_this_week)
        finally:
            self._quiet = False

    def _on_widgets_changed(self, *_args: Any) -> None:
        if self._quiet:
            return
        self._timer.stop()
        keeps_late_since = self.state.late_since is not None and self.late.isChecked()
        self.state = DirectiveFilter(
            text=self.search.text().strip(), election_id=self.election.value(),
            organisation_id=self.body.value(), statuses=_statuses(self.status.value()),
            late_only=self.late.isChecked() and not keeps_late_since,
            due_this_week=self.week.isChecked(), meeting_id=self.meeting.value(),
            late_since=self.state.late_since if keeps_late_since else None)
        self.changed.emit(self.state)
