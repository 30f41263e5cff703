"""The Centres tab: every centre of the room with one election's facts, filtered as one types.

The rows are read whole by an operation (``centre_rows``) and filtered and sorted in memory
(``ui.centres.table``). The choices of the place and sector filters come from the rows
themselves, so they name only places that hold centres and cost no reading of their own.

A change elsewhere reads again only the centres it names (a centre saved, its election record
saved) and keeps the user's selection and the row at the top of the view; a change that may
touch many rows at once (an area renamed, a sector's organisation changed, a notice that
cannot say what changed) reads the whole list again, which is merged the same way.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models import CentreKind, CentreStatus, RiskLevel
from desktop.services.centre_list import CentreRow, centre_rows
from ui.centres.table import (
    COLUMN,
    COLUMNS,
    NOTHING,
    CentreFilter,
    CentresModel,
    kind_choices,
    kind_word,
    ranks_of,
)
from ui.changes import Debounce
from ui.context import AppContext
from ui.itemmodels.tables import record_table
from ui.labels import label
from ui.meetings.common import ChoiceCombo, enum_choices
from ui.operations import Operation, query_op

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.storage.changes import ChangeNotice

# Kinds whose change may touch every row shown (names of places, sectors, organisations).
WIDE_KINDS = ("areas", "sectors", "organisations", "elections")
ROW_HEIGHT = 26
COLUMN_PADDING = 24
COLUMN_FLOOR = 40
NAME_WIDTH = 200  # the centre's name takes what the other columns leave, never less
MEASURED_NAMES = 2_000  # names measured for a column's width (the longest among these)


class CentresList(QWidget):
    open_requested = Signal(int)  # a centre's id
    selection_changed = Signal(object)  # the CentreRow in focus, or None
    loaded = Signal()  # each reading of the rows has been shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.election_id: int | None = None
        self.loading = False
        self._generation = 0  # a reading; the answer of an older one is dropped
        self._widths: dict[int, int] = {}  # column -> width measured over the rows

        self.search = QLineEdit()
        self.search.setObjectName("centreSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Code, name, place, sector, address…"))
        self.search.textChanged.connect(self.apply_filter)
        self.governorate = ChoiceCombo(empty=self.tr("All governorates"))
        self.district = ChoiceCombo(empty=self.tr("All districts"))
        self.sector = ChoiceCombo(empty=self.tr("All sectors"))
        self.risk = ChoiceCombo(enum_choices(RiskLevel), empty=self.tr("Any risk"))
        self.kind = ChoiceCombo(kind_choices(), empty=self.tr("All kinds"))
        self.status = ChoiceCombo(enum_choices(CentreStatus), empty=self.tr("Any status"))
        self.in_election = QCheckBox(self.tr("In this election only"))
        self.governorate.value_changed.connect(self._on_governorate_value_changed)
        for combo in (self.district, self.sector, self.risk, self.kind, self.status):
            combo.value_changed.connect(self.apply_filter)
        self.in_election.toggled.connect(self.apply_filter)

        self.model = CentresModel(self)
        self.model.counted.connect(self._show_count)
        self.view = record_table(self.model, "centresTable", sort_column=COLUMN["code"])
        self.view.setWordWrap(False)
        vertical = self.view.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no row is measured
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMN["name"], QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        # Qt's floor for a column is the font's widest glyph, over a hundred pixels with an
        # Arabic font: the short columns (risk, stations) would each take that.
        header.setMinimumSectionSize(COLUMN_FLOOR)
        self.view.viewport().installEventFilter(self)
        # Enter, and a double click (the platform's activation): one signal, one editor.
        self.view.activated.connect(self._on_view_activated)
        self.view.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self.selection_changed.emit(self.current_row()))
        self.model.modelReset.connect(lambda: self.selection_changed.emit(self.current_row()))
        self.count_label = QLabel()
        self.count_label.setObjectName("centresCount")

        filters = QGridLayout()
        search_label = QLabel(self.tr("&Search"))
        search_label.setBuddy(self.search)
        # Two rows of label and box: the search and the places, then the sector and the facts.
        for row, pairs in enumerate((
                ((search_label, self.search, 3), (self.tr("Governorate"), self.governorate, 1),
                 (self.tr("District"), self.district, 1)),
                ((self.tr("Sector"), self.sector, 1), (self.tr("Risk"), self.risk, 1),
                 (self.tr("Kind"), self.kind, 1), (self.tr("Status"), self.status, 1)))):
            column = 0
            for title, box, span in pairs:
                filters.addWidget(title if isinstance(title, QLabel) else QLabel(title),
                                  row, column)
                filters.addWidget(box, row, column + 1, 1, span)
                column += 1 + span
        filters.addWidget(self.in_election, 1, 8)
        for column, stretch in ((1, 2), (3, 1), (5, 1), (7, 1)):
            filters.setColumnStretch(column, stretch)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self._show_count(0, 0)
        self._changes = Debounce(self._on_room_changed, self)
        if ctx.changes is not None:
            ctx.changes.changed.connect(self._on_change_noticed)

    # -- reading ----------------------------------------------------------------------------------

    def set_election(self, election_id: int | None) -> Operation:
        """Show the centres with the facts of ``election_id``: a new list."""
        self.election_id = election_id
        return self._read(None, fresh=True)

    def refresh(self, ids: Collection[int] | None = None) -> Operation:
        """Read again the centres ``ids`` (None: all), keeping the selection."""
        return self._read(ids, fresh=False)

    def _read(self, ids: Collection[int] | None, *, fresh: bool) -> Operation:
        if fresh or ids is None:
            self._generation += 1
        generation, election_id = self._generation, self.election_id
        wanted = None if ids is None else sorted(ids)
        column = self.model.sort_column

        def read(session: Session) -> tuple[list[CentreRow], dict[int, list[Any]]]:
            rows = centre_rows(session, election_id, ids=wanted)
            # a new list comes in the order asked, made here rather than on the interface
            return rows, ({column: ranks_of(rows, column)} if fresh else {})

        self.loading = True
        self._show_count(self.model.rowCount(), self.model.total)
        return (query_op(self, self.ctx.db, read)
                .success(lambda read: self._on_rows_read(generation, *read, wanted, fresh))
                .failure(lambda error: self._on_read_failed(generation, error)).run())

    def _on_rows_read(self, generation: int, rows: list[CentreRow],
                      ranks: dict[int, list[Any]], asked: list[int] | None,
                      fresh: bool) -> None:
        if generation != self._generation:
            return  # another election was chosen, or the whole list asked again, meanwhile
        self.loading = False
        if fresh:
            self.model.set_rows(rows, ranks)
            self.view.scrollToTop()
        else:
            top = self._top_id()
            self.model.update(rows, asked)
            self._keep_on_top(top)
        self._fill_filter_choices()
        self._measure_columns()
        self._fit_columns()
        self._show_count(self.model.rowCount(), self.model.total)
        self.loaded.emit()

    def _on_read_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.loading = False
            self._show_count(self.model.rowCount(), self.model.total)
        from ui.errors import show_error

        show_error(self, error)

    def _top_id(self) -> int | None:
        row = self.model.row(self.view.rowAt(0))
        return row.id if row is not None else None

    def _keep_on_top(self, centre_id: int | None) -> None:
        """The row that was at the top of the view stays there: rows coming or going above
        it do not move what the user was reading."""
        number = self.model.row_of(centre_id) if centre_id is not None else None
        if number is not None:
            self.view.scrollTo(self.model.index(number, 0),
                               QAbstractItemView.ScrollHint.PositionAtTop)

    # -- the room's changes ----------------------------------------------------------------------

    def _on_change_noticed(self, notice: ChangeNotice) -> None:
        if notice.everything or any(notice.touches(kind) for kind in
                                    ("centres", "election_centres", *WIDE_KINDS)):
            self._changes.add(notice)

    def _on_room_changed(self, notices: list[ChangeNotice]) -> None:
        """The centres named read again; everything, if a notice may touch many rows or names
        an election record this list does not hold (a centre put into the election)."""
        records = {row.record_id: row.id for row in self.model.all_rows()
                   if row.record_id is not None}
        wanted: set[int] = set()
        for notice in notices:
            if notice.everything or any(notice.touches(kind) for kind in WIDE_KINDS):
                self.refresh()
                return
            centres = notice.ids("centres")
            election_records = notice.ids("election_centres")
            if centres is None or election_records is None:
                self.refresh()
                return
            wanted.update(i for i in centres if isinstance(i, int))
            for record_id in election_records:
                if record_id not in records:
                    self.refresh()
                    return
                wanted.add(records[record_id])
        if wanted:
            self.refresh(wanted)

    # -- filtering ---------------------------------------------------------------------------------

    def current_filter(self) -> CentreFilter:
        return CentreFilter(self.search.text(), self.governorate.value(), self.district.value(),
                            self.sector.value(), self.risk.value(), self.kind.value(),
                            self.status.value(), self.in_election.isChecked())

    def apply_filter(self, *_args: Any) -> None:
        top = self._top_id()
        self.model.set_filter(self.current_filter())
        if self.view.currentIndex().isValid():
            self.view.scrollTo(self.view.currentIndex())
        else:
            self._keep_on_top(top)

    def _on_governorate_value_changed(self, _value: Any) -> None:
        self._fill_districts()
        self.apply_filter()

    def _fill_filter_choices(self) -> None:
        rows = self.model.all_rows()
        governorates = sorted({row.governorate for row in rows if row.governorate})
        self.governorate.set_choices([(name, name) for name in governorates])
        sectors = {row.sector_id: row.sector for row in rows if row.sector_id is not None}
        self.sector.set_choices(sorted(((i, name or "") for i, name in sectors.items()),
                                       key=lambda choice: choice[1]))
        self._fill_districts()

    def _fill_districts(self) -> None:
        chosen = self.governorate.value()
        districts = sorted({row.district for row in self.model.all_rows() if row.district
                            and (chosen is None or row.governorate == chosen)})
        self.district.set_choices([(name, name) for name in districts])

    # -- the view ----------------------------------------------------------------------------------

    def _measure_columns(self) -> None:
        """Each column's width: its widest value or its title. Closed lists are measured over
        their labels, names over the distinct names the rows hold, never row by row through
        the view (ten thousand rows would take seconds)."""
        metrics = QFontMetrics(self.view.font())
        header = self.view.horizontalHeader()
        header_metrics = QFontMetrics(header.font())
        rows = self.model.all_rows()
        closed: dict[str, Iterable[str]] = {
            "kind": [kind_word(m) for m in CentreKind],
            "risk": [label(m) for m in RiskLevel] + [NOTHING],
            "status": [label(m) for m in CentreStatus] + [NOTHING],
            "stations": [f"{max((r.stations or 0 for r in rows), default=0):,}"],
            "voters": [f"{max((r.voters or 0 for r in rows), default=0):,}"],
        }
        self._widths = {}
        for number, column in enumerate(COLUMNS):
            if column.key == "name":
                continue
            if column.key in closed:
                values: Iterable[str] = closed[column.key]
            else:
                values = {column.value(row) for row in rows[:MEASURED_NAMES]}
            widest = max((metrics.horizontalAdvance(v) for v in values), default=0)
            if column.key == "risk":
                widest += 16  # the colour beside the label
            title = header_metrics.horizontalAdvance(self.model.headerData(
                number, Qt.Orientation.Horizontal)) + 16  # the sort arrow
            self._widths[number] = max(widest, title) + COLUMN_PADDING

    def _fit_columns(self) -> None:
        """The measured widths, the centre's name taking the rest."""
        for number, width in self._widths.items():
            self.view.setColumnWidth(number, width)
        self._leave_room_for_names()

    def _leave_room_for_names(self) -> None:
        """Where the window is too narrow for every column at its width, the place and sector
        names give way first (their full text stays in the tip), so the centre's name keeps
        ``NAME_WIDTH``."""
        others = [n for n, c in enumerate(COLUMNS) if c.key != "name"]
        room = self.view.viewport().width() - NAME_WIDTH
        need = sum(self.view.columnWidth(n) for n in others)
        if need <= room:
            return
        names = [COLUMN[key] for key in ("sector", "subdistrict", "district", "governorate")]
        for number in names:
            over = need - room
            if over <= 0:
                break
            width = self.view.columnWidth(number)
            least = max(60, width // 2)
            cut = min(over, width - least)
            self.view.setColumnWidth(number, width - cut)
            need -= cut

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize \
                and self.model.total:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _show_count(self, shown: int, total: int) -> None:
        if self.loading and not total:
            self.count_label.setText(self.tr("Reading the centres…"))
            return
        self.count_label.setText(self.tr("{shown} of {total} centres").format(
            shown=f"{shown:,}", total=f"{total:,}"))

    def current_row(self) -> CentreRow | None:
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def select_centre(self, centre_id: int) -> bool:
        number = self.model.row_of(centre_id)
        if number is None:
            return False
        self.view.setCurrentIndex(self.model.index(number, COLUMN["name"]))
        self.view.scrollTo(self.view.currentIndex())
        return True

    def _on_view_activated(self, index: Any) -> None:
        row = self.model.row(index.row())
        if row is not None:
            self.open_requested.emit(row.id)
