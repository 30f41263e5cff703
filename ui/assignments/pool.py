"""The board's pool: the people, detachments and vehicles to place, with what each is doing.

Three tabs, each read by an operation for the chosen shift (``desktop.services.duty_pool``).
People are searched as one types (name, rank, service number, organisation), in the core and
limited, the free first and the fewest hours of duty next; a typed search is answered by its
latest reading only. Enter on a row (or a double click) chooses it for the site in focus; a
row is dragged onto a centre or post just as well.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models import AssignmentRole
from desktop.services import duty_pool
from desktop.services.duty_pool import CandidateRow, DetachmentRow, Engagement, VehicleRow
from ui.assignments.rows import CENTRE, BoardColumn, RowsFilter, RowsModel, show_rows
from ui.context import AppContext
from ui.direction import LRI, PDI
from ui.labels import label
from ui.meetings.common import ChoiceCombo, enum_choices
from ui.operations import Operation, query_op

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

SEARCH_DELAY_MS = 200
HERE_TINT, BUSY_TINT, OFF_TINT = "#bbdefb", "#ffcdd2", "#e0e0e0"


def engagement_text(engagement: Engagement) -> str:
    if engagement.here is not None:
        return QCoreApplication.translate("PoolPanel", "Here: {place}").format(
            place=engagement.here)
    if engagement.elsewhere is not None:
        return QCoreApplication.translate("PoolPanel", "Elsewhere: {place}").format(
            place=engagement.elsewhere)
    if engagement.unavailable is not None:
        return QCoreApplication.translate("PoolPanel", "Unavailable: {kind}").format(
            kind=label(engagement.unavailable))
    return QCoreApplication.translate("PoolPanel", "Free")


def _engagement_tint(engagement: Engagement) -> str | None:
    if engagement.here is not None:
        return HERE_TINT
    if engagement.elsewhere is not None or engagement.unavailable is not None:
        return BUSY_TINT
    return None


def _hours(value: float) -> str:
    return f"{value:g}"


def _number(text: str | None) -> str:
    return f"{LRI}{text}{PDI}" if text else ""


PEOPLE_COLUMNS = (
    BoardColumn("name", QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.title,
                sort=lambda r: r.name),
    BoardColumn("duty", QT_TRANSLATE_NOOP("Columns", "In this shift"),
                lambda r: engagement_text(r.engagement),
                sort=lambda r: (not r.engagement.free, engagement_text(r.engagement)),
                background=lambda r: _engagement_tint(r.engagement)),
    BoardColumn("hours", QT_TRANSLATE_NOOP("Columns", "Hours"), lambda r: _hours(r.hours),
                sort=lambda r: r.hours, align=CENTRE),
    BoardColumn("organisation", QT_TRANSLATE_NOOP("Columns", "Organisation"),
                lambda r: r.organisation),
    BoardColumn("number", QT_TRANSLATE_NOOP("Columns", "Service number"),
                lambda r: _number(r.service_number), sort=lambda r: r.service_number or ""),
    BoardColumn("home", QT_TRANSLATE_NOOP("Columns", "Home sector"), lambda r: r.home_sector),
)
DETACHMENT_COLUMNS = (
    BoardColumn("name", QT_TRANSLATE_NOOP("Columns", "Detachment"), lambda r: r.name),
    BoardColumn("leader", QT_TRANSLATE_NOOP("Columns", "Leader"), lambda r: r.leader),
    BoardColumn("crew", QT_TRANSLATE_NOOP("Columns", "Crew"), lambda r: r.crew, align=CENTRE),
    BoardColumn("organisation", QT_TRANSLATE_NOOP("Columns", "Organisation"),
                lambda r: r.organisation),
    BoardColumn("duty", QT_TRANSLATE_NOOP("Columns", "In this shift"),
                lambda r: engagement_text(r.engagement),
                background=lambda r: _engagement_tint(r.engagement)),
)


def _vehicle_tint(row: VehicleRow) -> str | None:
    return _engagement_tint(row.engagement) or (None if row.in_service else OFF_TINT)


VEHICLE_COLUMNS = (
    BoardColumn("plate", QT_TRANSLATE_NOOP("Columns", "Plate"), lambda r: r.plate),
    BoardColumn("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: label(r.kind)),
    BoardColumn("status", QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: label(r.status),
                background=lambda r: None if r.in_service else OFF_TINT),
    BoardColumn("organisation", QT_TRANSLATE_NOOP("Columns", "Organisation"),
                lambda r: r.organisation),
    BoardColumn("duty", QT_TRANSLATE_NOOP("Columns", "In this shift"),
                lambda r: engagement_text(r.engagement), background=_vehicle_tint),
)


def pool_table(model: RowsModel, name: str,
               widths: tuple[int, ...]) -> tuple[QTableView, RowsFilter]:
    """A list rows are dragged from, in the core's order until a header is clicked."""
    view = QTableView()
    proxy = show_rows(view, model, name, widths=widths)
    view.setDragEnabled(True)
    view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
    return view, proxy


class _List:
    """One tab's model, proxy and view, with its latest reading's number."""

    def __init__(self, columns: tuple[BoardColumn, ...], kind: str, name: str,
                 parent: QObject, widths: tuple[int, ...]) -> None:
        self.kind = kind
        self.model = RowsModel(columns, parent, drag_kind=kind)
        self.view, self.proxy = pool_table(self.model, name, widths)
        self.generation = 0
        self.loading = False

    def current(self) -> Any | None:
        return self.proxy.row_at(self.view.currentIndex())

    def select(self, record_id: int) -> bool:
        index = self.proxy.index_of(record_id)
        if index.isValid():
            self.view.setCurrentIndex(index)
        return index.isValid()


class PoolPanel(QWidget):
    """``chosen(kind, id)``: a row picked to place («person», «detachment» or «vehicle»)."""

    chosen = Signal(str, int)
    loaded = Signal(str)  # a list has shown a reading: its kind

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shift_id: int | None = None
        self.sector_id: int | None = None  # the chosen site's: its own people come first
        self.role = ChoiceCombo(enum_choices(AssignmentRole))
        self.role.setObjectName("boardRole")
        self.role.set_value(AssignmentRole.GUARD)
        self.role.setMinimumWidth(130)
        self.role.value_changed.connect(self._on_role_value_changed)
        self.search = QLineEdit()
        self.search.setObjectName("boardPeopleSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name, rank, service number, organisation…"))
        self.search.setToolTip(self.tr(
            "Enter places the person found first (or the one chosen) at the site chosen; "
            "Down goes to the people found."))
        self.search.installEventFilter(self)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(SEARCH_DELAY_MS)
        self._typing.timeout.connect(lambda: self.read_people())
        self.search.textChanged.connect(lambda _text: self._typing.start())

        self.people = _List(PEOPLE_COLUMNS, "person", "boardPeople", self,
                            (230, 120, 55, 190, 90))
        self.detachments = _List(DETACHMENT_COLUMNS, "detachment", "boardDetachments", self,
                                 (210, 210, 50, 170))
        self.vehicles = _List(VEHICLE_COLUMNS, "vehicle", "boardVehicles", self,
                              (150, 100, 90, 190))
        self.lists = {found.kind: found for found in (self.people, self.detachments,
                                                       self.vehicles)}
        for found in self.lists.values():
            found.view.activated.connect(
                lambda index, found=found: self._on_view_activated(found, index))
        self.count = QLabel()
        self.count.setObjectName("boardPeopleCount")

        people_page = QWidget()
        search_row = QHBoxLayout()
        search_label = QLabel(self.tr("Find a &person"))
        search_label.setBuddy(self.search)
        role_label = QLabel(self.tr("As &role"))
        role_label.setBuddy(self.role)
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(role_label)
        search_row.addWidget(self.role)
        people_layout = QVBoxLayout(people_page)
        people_layout.setContentsMargins(0, 4, 0, 0)
        people_layout.addLayout(search_row)
        people_layout.addWidget(self.people.view, 1)
        people_page.setFocusProxy(self.search)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("boardPool")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(people_page, self.tr("People"))
        self.tabs.addTab(self.detachments.view, self.tr("Detachments"))
        self.tabs.addTab(self.vehicles.view, self.tr("Vehicles"))
        placing = self.tr("Enter or a double click places the one chosen at the site chosen, "
                          "with the role chosen; or drag them onto a site.")
        self.tabs.setTabToolTip(0, placing)
        self.tabs.setTabToolTip(1, placing)
        self.tabs.setTabToolTip(2, self.tr(
            "Drag a vehicle onto a site (it goes with an assignment there) or onto an "
            "assignment in the site's list, or choose both and press Ctrl+Shift+V."))
        for found in self.lists.values():
            found.view.setToolTip(self.tabs.tabToolTip(2 if found is self.vehicles else 0))
        self.tabs.setCornerWidget(self.count, Qt.Corner.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.setFocusProxy(self.search)

    @property
    def loading(self) -> bool:
        return any(found.loading for found in self.lists.values()) or self._typing.isActive()

    # -- reading ----------------------------------------------------------------------------------

    def set_sector(self, sector_id: int | None) -> None:
        """The people of the chosen site's sector first: read again if it is another."""
        if sector_id != self.sector_id:
            self.sector_id = sector_id
            self.read_people()

    def _on_role_value_changed(self, _role: object) -> None:
        """The ranks come in the order the role wants: seniors for a centre's commander."""
        if self.shift_id is not None:
            self.read_people()

    def role_chosen(self) -> AssignmentRole:
        return self.role.value() or AssignmentRole.GUARD

    def set_shift(self, shift_id: int | None) -> None:
        self.shift_id = shift_id
        for found in self.lists.values():
            found.model.clear()
        self.refresh()

    def refresh(self) -> None:
        """Read every list again for the shift (a change in the room): rows merged, the
        chosen ones kept."""
        self.read_people()
        self.read_detachments()
        self.read_vehicles()

    def read_people(self) -> Operation | None:
        text, sector_id = self.search.text(), self.sector_id
        juniors = self.role_chosen() is not AssignmentRole.CENTRE_COMMANDER
        self._typing.stop()
        return self._read(self.people, lambda session, shift: duty_pool.candidates(
            session, shift, text, sector_id=sector_id, juniors_first=juniors))

    def read_detachments(self) -> Operation | None:
        return self._read(self.detachments, duty_pool.detachment_rows)

    def read_vehicles(self) -> Operation | None:
        return self._read(self.vehicles, duty_pool.vehicle_rows)

    def _read(self, found: _List, read: Callable[[Session, int], list[Any]]
              ) -> Operation | None:
        found.generation += 1
        generation, shift_id = found.generation, self.shift_id
        if shift_id is None:
            found.loading = False
            return None
        found.loading = True

        def done(rows: list[Any]) -> None:
            if generation != found.generation:
                return  # a newer search or shift was asked meanwhile
            found.loading = False
            found.model.merge(rows)
            if found is self.people:
                self._show_count()
            self.loaded.emit(found.kind)

        def failed(error: BaseException) -> None:
            if generation == found.generation:
                found.loading = False
            from ui.errors import show_error

            show_error(self, error)

        return (query_op(self, self.ctx.db, lambda session: read(session, shift_id))
                .success(done).failure(failed).run())

    def _show_count(self) -> None:
        rows = self.people.model.rows
        free = sum(1 for r in rows if r.engagement.free)
        full = len(rows) >= duty_pool.PEOPLE_LIMIT
        # of a list cut at its limit, the free among those shown are a floor, not a count
        # (the demo said «free: 106» of 200+ where the proposal drew on 110)
        # «200+» kept left to right: at a line's end in Arabic its sign went before the number
        self.count.setText(self.tr("Found: {count}, free: {free}").format(
            count=f"{LRI}{len(rows)}+{PDI}" if full else len(rows),
            free=f"{LRI}{free}+{PDI}" if full else free))
        self.count.setToolTip(self.tr("The first {limit} found: type more to narrow.").format(
            limit=duty_pool.PEOPLE_LIMIT) if full else "")

    # -- choosing ---------------------------------------------------------------------------------

    def current(self) -> tuple[str, Any] | None:
        """The row in focus of the tab shown, with its kind."""
        found = list(self.lists.values())[self.tabs.currentIndex()]
        row = found.current()
        return (found.kind, row) if row is not None else None

    def current_person(self) -> CandidateRow | None:
        return self.people.current()

    def current_detachment(self) -> DetachmentRow | None:
        return self.detachments.current()

    def current_vehicle(self) -> VehicleRow | None:
        return self.vehicles.current()

    def _on_view_activated(self, found: _List, index: Any) -> None:
        row = found.proxy.row_at(index)
        if row is not None:
            self.chosen.emit(found.kind, row.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """From the search: Down goes to the people found, Enter picks the one in focus
        (the first found if none is), so a name typed and Enter places them."""
        if watched is self.search and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Down and self.people.proxy.rowCount():
                if not self.people.view.currentIndex().isValid():
                    self.people.view.setCurrentIndex(self.people.proxy.index(0, 0))
                self.people.view.setFocus()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._typing.isActive() or self.people.loading:
                    return True  # the reading of what was typed is on its way
                row = self.people.current()
                if row is None and self.people.proxy.rowCount():
                    row = self.people.proxy.row_at(self.people.proxy.index(0, 0))
                if row is not None:
                    self.chosen.emit("person", row.id)
                return True
        return super().eventFilter(watched, event)
