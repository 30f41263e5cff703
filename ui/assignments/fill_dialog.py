"""Fill the gaps, as the commander reviews it: what the proposal would place (site, role, who,
vehicle, where they come from), coverage and hours before and after, each row ticked; the
commander accepts all, some or none. The dialog writes nothing: the board accepts the rows
ticked as one unit of work (``desktop.services.fill.accept``) once it is closed with
«Accept the rows ticked».
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.fill.lines import ProposalLine, ProposalReview
from desktop.services.fill.plan import Preference
from ui.assignments.findings_view import WARNING_COLOUR
from ui.direction import LRI, PDI
from ui.labels import label

Index = QModelIndex | QPersistentModelIndex


class ProposalModel(QAbstractTableModel):
    """The proposal's lines, each with its tick (all ticked at first)."""

    HEADERS = (QT_TRANSLATE_NOOP("ProposalModel", "Accept"),
               QT_TRANSLATE_NOOP("ProposalModel", "Site"),
               QT_TRANSLATE_NOOP("ProposalModel", "Role"),
               QT_TRANSLATE_NOOP("ProposalModel", "Who"),
               QT_TRANSLATE_NOOP("ProposalModel", "Vehicle"),
               QT_TRANSLATE_NOOP("ProposalModel", "Comes from"))

    def __init__(self, lines: tuple[ProposalLine, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = lines
        self.ticked = [True] * len(lines)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def _from(self, line: ProposalLine) -> str:
        if line.outside_organisation:
            return self.tr("Another unit of the command (to confirm)")
        return {Preference.HOME_SECTOR: self.tr("The sector itself"),
                Preference.OWN_UNIT: self.tr("The sector's own unit"),
                Preference.NEIGHBOURING_UNIT: self.tr("Another unit of the command"),
                Preference.ANYWHERE: self.tr("Anyone of the room")}[line.preference]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line, column = self.lines[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if self.ticked[index.row()] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 1:
                code = f"{LRI}{line.site_code}{PDI} — " if line.site_code else ""
                return f"{code}{line.site}"
            if column == 2:
                return label(line.role)
            if column == 3:
                return line.who
            if column == 4:
                return f"{LRI}{line.vehicle}{PDI}" if line.vehicle else ""
            if column == 5:
                return self._from(line)
        if role == Qt.ItemDataRole.ForegroundRole and column == 5 and line.outside_organisation:
            return QBrush(QColor(WARNING_COLOUR))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            self.ticked[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
            self.dataChanged.emit(index, index, [role])
            return True
        return False

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ProposalModel", self.HEADERS[section])
        return super().headerData(section, orientation, role)

    def tick_all(self, ticked: bool) -> None:
        self.ticked = [ticked] * len(self.lines)
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, 0))

    def chosen(self) -> list[int]:
        return [line.row_id for line, ticked in zip(self.lines, self.ticked, strict=True)
                if ticked]


class FillDialog(QDialog):
    """Review a proposal; ``chosen()`` is the rows ticked once accepted."""

    def __init__(self, review: ProposalReview, shift: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fillGaps")
        self.setWindowTitle(self.tr("Fill the gaps — {shift}").format(shift=shift))
        self.review = review
        proposal = review.proposal
        self.model = ProposalModel(review.lines, self)
        self.view = QTableView()
        self.view.setObjectName("fillRows")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(
            self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(40)
        for column, width in enumerate((56, 230, 100, 250, 150)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)  # where each comes from: a phrase
        self.view.setToolTip(self.tr("Space ticks or unticks the row chosen."))

        before, after = proposal.before, proposal.after
        self.summary = QLabel(self.tr(
            "Centres not fully covered: {before} of {centres}; after the proposal: {after}. "
            "Officers wanting: {officers_before} → {officers_after}; vehicles wanting: "
            "{vehicles_before} → {vehicles_after}. Assignments proposed: {rows}.").format(
            before=proposal.uncovered_before, centres=before.centres,
            after=proposal.uncovered_after, officers_before=before.officers_missing,
            officers_after=after.officers_missing, vehicles_before=before.vehicles_missing,
            vehicles_after=after.vehicles_missing, rows=len(proposal.rows)))
        self.summary.setObjectName("fillSummary")
        self.summary.setWordWrap(True)
        spread_before, spread_after = proposal.hours_before, proposal.hours_after
        self.hours = QLabel(self.tr(
            "Hours of duty of the {people} people free for the shift: widest gap "
            "{before} → {after} hours; standard deviation {deviation_before} → "
            "{deviation_after}. Nobody is proposed who is on duty elsewhere, unavailable, "
            "inactive or short of rest, and no pinned assignment moves.").format(
            people=spread_after.people, before=f"{spread_before.spread:g}",
            after=f"{spread_after.spread:g}",
            deviation_before=f"{spread_before.deviation:.1f}",
            deviation_after=f"{spread_after.deviation:.1f}"))
        self.hours.setWordWrap(True)
        self.short = QLabel()
        self.short.setWordWrap(True)
        if proposal.shortfalls:
            self.short.setText(self.tr(
                "Still short for want of anyone free: {sites} sites.").format(
                sites=len(proposal.shortfalls)))
        self.short.setVisible(bool(proposal.shortfalls))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.accept_button = self.buttons.addButton(
            self.tr("Accept the rows ticked"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.all_button = QPushButton(self.tr("Tick all"))
        self.none_button = QPushButton(self.tr("Tick none"))
        self.buttons.addButton(self.all_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.none_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.all_button.clicked.connect(lambda: self.model.tick_all(True))
        self.none_button.clicked.connect(lambda: self.model.tick_all(False))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.model.dataChanged.connect(lambda *_args: self._show_count())
        self.count = QLabel()
        self.count.setObjectName("fillCount")

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.hours)
        layout.addWidget(self.short)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self.resize(1000, 600)
        self._show_count()
        self.view.setFocus()

    def _show_count(self) -> None:
        chosen = len(self.model.chosen())
        self.count.setText(self.tr("Rows ticked: {chosen} of {rows}").format(
            chosen=chosen, rows=len(self.model.lines)))
        self.accept_button.setEnabled(chosen > 0)

    def chosen(self) -> list[int]:
        return self.model.chosen()
