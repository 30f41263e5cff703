"""What is at the chosen centre or post in the shift: its people, detachments and vehicles.

Read by an operation (``duty_board.assigned_at``) whenever the site chosen changes or the
room changes it; each row carries what the rules say of it now, so someone fallen sick since
they were put on duty shows here with the reason. The role a newcomer takes is chosen here
(a guard unless said otherwise). A person or detachment dropped on this list goes to the site
shown; a vehicle dropped on a row goes with that assignment, and one dropped below the rows
goes to the site (``vehicle_placing`` says with whom).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.models import AssignmentRole
from desktop.services.duty_board import AssignedRow, SiteKind, SiteRow
from ui.assignments.rows import CENTRE, BoardColumn, DropTable, RowsModel, show_rows
from ui.assignments.sites import level_name
from ui.direction import LRI, PDI
from ui.labels import label

PIN = "📌"
BROKEN_TINT = "#ffcdd2"


def _state(row: AssignedRow) -> str:
    if not row.findings:
        return ""
    return row.findings[0].message(i18n.language())


def _tint(row: AssignedRow) -> str | None:
    return BROKEN_TINT if any(f.is_error for f in row.findings) else None


def _tip(row: AssignedRow) -> str | None:
    lang = i18n.language()
    return "\n".join(f.message(lang) for f in row.findings) or None


COLUMNS = (
    BoardColumn("role", QT_TRANSLATE_NOOP("Columns", "Role"), lambda r: label(r.role),
                sort=lambda r: list(AssignmentRole).index(r.role)),
    BoardColumn("who", QT_TRANSLATE_NOOP("Columns", "Who"), lambda r: r.who),
    BoardColumn("number", QT_TRANSLATE_NOOP("Columns", "Service number"),
                lambda r: f"{LRI}{r.service_number}{PDI}" if r.service_number else ""),
    BoardColumn("crew", QT_TRANSLATE_NOOP("Columns", "Crew"), lambda r: r.crew, align=CENTRE),
    BoardColumn("vehicle", QT_TRANSLATE_NOOP("Columns", "Vehicle"), lambda r: r.vehicle),
    BoardColumn("pinned", QT_TRANSLATE_NOOP("Columns", "Pinned"),
                lambda r: PIN if r.pinned else "", sort=lambda r: r.pinned, align=CENTRE),
    BoardColumn("rules", QT_TRANSLATE_NOOP("Columns", "What the rules say"), _state,
                background=_tint, tip=_tip),
)
COLUMN = {column.key: n for n, column in enumerate(COLUMNS)}


class AssignedTable(DropTable):
    """Takes a person or detachment for the site shown, a vehicle for the row it falls on
    (or, below the rows, for the site)."""

    dropped_here = Signal(object, object)  # («person», id), the AssignedRow under it or None
    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Delete takes the assignment in focus off: the key itself, not a shortcut, so it
        acts whenever the list has the focus, whichever window Qt thinks is active."""
        if event.key() == Qt.Key.Key_Delete and not event.modifiers():
            event.accept()
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)

    def on_drop(self, what: tuple[str, int], row: AssignedRow | None) -> None:
        self.dropped_here.emit(what, row)


class AssignedPanel(QWidget):
    current_changed = Signal(object)  # the AssignedRow in focus, or None
    dropped_here = Signal(object, object)
    activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.site: SiteRow | None = None
        self.heading = QLabel()
        self.heading.setObjectName("boardSiteHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)

        self.model = RowsModel(COLUMNS, self)
        self.view = AssignedTable()
        self.proxy = show_rows(self.view, self.model, "boardAssigned", sort=None,
                               widths=(95, 230, 90, 50, 140, 50))
        self.view.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self.current_changed.emit(self.current_row()))
        self.view.dropped_here.connect(self.dropped_here)
        self.view.activated.connect(lambda index: self.activated.emit(self.proxy.row_at(index)))
        self.view.setToolTip(self.tr(
            "Delete takes the assignment chosen off; drop a person, detachment or vehicle here "
            "to place them at this site, or a vehicle on an assignment to give it to that one."))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        self.show_site(None)

    def show_site(self, site: SiteRow | None) -> None:
        """The heading of the site chosen (its rows come with ``set_rows``)."""
        changed = site is None or self.site is None or site.key != self.site.key
        self.site = site
        if changed:
            self.model.clear()
        if site is None:
            self.heading.setText(self.tr("Choose a centre or post to see who is there."))
            return
        if site.kind is SiteKind.CENTRE:
            self.heading.setText(self.tr(
                "{name} — risk {risk}, {level}: officers {officers} of {needed}, "
                "vehicles {vehicles} of {vehicles_needed}").format(
                name=site.name, risk=label(site.risk) if site.risk else "—",
                level=level_name(site.level), officers=site.officers,
                needed=site.officers_needed, vehicles=site.vehicles,
                vehicles_needed=site.vehicles_needed))
        else:
            self.heading.setText(self.tr("{name} — on duty: {count}").format(
                name=site.name, count=site.officers))

    def set_rows(self, rows: list[AssignedRow]) -> None:
        self.model.merge(rows)

    def current_row(self) -> AssignedRow | None:
        return self.proxy.row_at(self.view.currentIndex())

    def rows(self) -> list[AssignedRow]:
        return list(self.model.rows)

    def select(self, assignment_id: int) -> bool:
        index = self.proxy.index_of(assignment_id, COLUMN["who"])
        if index.isValid():
            self.view.setCurrentIndex(index)
        return index.isValid()

    def index_of(self, assignment_id: int) -> QModelIndex:
        return self.proxy.index_of(assignment_id, COLUMN["who"])

    def row_for(self, key: Any) -> AssignedRow | None:
        number = self.model.row_of(key)
        return self.model.rows[number] if number is not None else None
