"""The home view's directives: open, due this week, late and done, for the election chosen.

Each count is the board's (``directive_board.directive_counts``, one query, by an
operation), and each tile opens the board filtered to what it counts. The election is the
one chosen here, remembered between runs; the current one (the latest polling day) at first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.models import DirectiveStatus
from desktop.services import room_clock
from desktop.services.directive_board import (
    STILL_OPEN,
    DirectiveCounts,
    DirectiveFilter,
    directive_counts,
)
from ui.context import AppContext
from ui.meetings import lookup
from ui.meetings.common import ChoiceCombo
from ui.operations import Operation, query_op

if TYPE_CHECKING:
    from ui.home import Tile

ELECTION = "home_directives_election"  # the preference: the election chosen here
ANY = "any"  # remembered for "all elections", as against nothing chosen yet
MIDNIGHT_SLACK_MS = 1_000


class DirectiveTiles(QWidget):
    """``open_requested(DirectiveFilter)``: a tile was activated."""

    open_requested = Signal(object)
    counted = Signal(object)  # the DirectiveCounts shown

    def __init__(self, ctx: AppContext, tile: type[Tile], area_title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.counts: DirectiveCounts | None = None
        self._operation: Operation | None = None
        self._again = False
        heading = QLabel(self.tr("Directives and follow-up"))
        heading.setObjectName("tileSection")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        self.election = ChoiceCombo([], empty=self.tr("All elections"))
        self.election.setObjectName("homeElection")
        self.election.setMinimumContentsLength(28)
        lang = ctx.language
        lookup.fill(self.election, ctx.db, lambda session: lookup.read_elections(session, lang),
                    then=self._on_elections)
        self.election.value_changed.connect(self._on_election_changed)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Election")))
        top.addWidget(self.election)
        top.addStretch(1)
        self.tiles: dict[str, Tile] = {
            "open": tile(self.tr("Open directives")),
            "week": tile(self.tr("Due this week")),
            "late": tile(self.tr("Late")),
            "done": tile(self.tr("Done")),
        }
        for key, shown in self.tiles.items():
            shown.link_to(area_title)
            shown.activated.connect(lambda key=key: self.open_requested.emit(self.filter(key)))
        grid = QGridLayout()
        grid.setSpacing(12)
        for column, shown in enumerate(self.tiles.values()):
            grid.addWidget(shown, 0, column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(grid)
        self._midnight = QTimer(self, singleShot=True)
        self._midnight.timeout.connect(self.refresh)

    def election_id(self) -> int | None:
        return self.election.value()

    def filter(self, key: str) -> DirectiveFilter:
        """What the tile ``key`` counts, as the board's filter."""
        election = self.election_id()
        return {
            "open": DirectiveFilter(election_id=election, statuses=frozenset(STILL_OPEN)),
            "week": DirectiveFilter(election_id=election, due_this_week=True),
            "late": DirectiveFilter(election_id=election, late_only=True),
            "done": DirectiveFilter(election_id=election,
                                    statuses=frozenset({DirectiveStatus.DONE})),
        }[key]

    def _on_elections(self) -> None:
        """The remembered election, else the current one (listed first), once they come."""
        remembered = self.ctx.preferences.get(ELECTION)
        if remembered == ANY:
            self.election.set_value(None, quiet=True)
        elif remembered is not None and self.election.choices.row_of(remembered) >= 0:
            self.election.set_value(remembered, quiet=True)
        elif self.election.count() > 1:
            self.election.set_value(self.election.choices.value_at(1), quiet=True)
        self.refresh()

    def _on_election_changed(self, value: Any) -> None:
        self.ctx.preferences[ELECTION] = ANY if value is None else value
        self.refresh()

    def refresh(self) -> None:
        if self._operation is not None:
            self._again = True
            return
        self._again = False
        election, today = self.election_id(), room_clock.today()
        self._operation = query_op(self, self.ctx.db, lambda session: directive_counts(
            session, today, election)).success(self._on_counted) \
            .failure(self._on_failed).run()
        self._midnight.start(int(room_clock.until_midnight().total_seconds() * 1000)
                             + MIDNIGHT_SLACK_MS)

    def _on_failed(self, error: BaseException) -> None:
        self._operation = None
        from ui.errors import show_error

        show_error(self, error)

    def _on_counted(self, counts: DirectiveCounts) -> None:
        self._operation = None
        if self._again:
            self.refresh()
        self.counts = counts
        self.tiles["open"].show_figure(counts.open, self.tr("Open or in progress"))
        self.tiles["week"].show_figure(counts.due_this_week,
                                       self.tr("Due today or in the six days after"))
        self.tiles["late"].show_figure(counts.late, self.tr("Past their due date"),
                                       alert=counts.late > 0)
        self.tiles["done"].show_figure(counts.done, self.tr("Cancelled: {count}").format(
            count=counts.cancelled) if counts.cancelled else "")
        self.counted.emit(counts)

