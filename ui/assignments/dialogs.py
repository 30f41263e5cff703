"""The board's dialogs about a whole roster: copying a shift, publishing, withdrawing, and
the report of a copy; and which assignment takes a vehicle sent to a site. None of them
writes: each says what the user chose, and the board runs the change as an operation."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.models import RosterStatus
from desktop.services.duty_board import AssignedRow, PublishReview, ShiftRow
from desktop.services.findings import Finding
from desktop.services.vehicle_placing import VehicleTargets
from ui.assignments.findings_view import ERROR_COLOUR, year_first
from ui.labels import label
from ui.meetings.common import ChoiceCombo


def shift_text(shift: ShiftRow) -> str:
    """A shift as the board names it: «2009-01-31 — الوجبة الأولى (06:00–14:00)»."""
    return year_first(f"{shift.on_date.isoformat()} — {shift.label} "
                      f"({shift.starts_at:%H:%M}–{shift.ends_at:%H:%M})")


class CopyShiftDialog(QDialog):
    """Choose the shift the assignments of ``source`` are copied to."""

    def __init__(self, source: ShiftRow, shifts: Sequence[ShiftRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("copyShift")
        self.setWindowTitle(self.tr("Copy the shift's assignments"))
        self.shifts = {s.id: s for s in shifts if s.id != source.id}
        self.target = ChoiceCombo([(s.id, shift_text(s)) for s in self.shifts.values()])
        self.target.setObjectName("copyTarget")
        self.target.setMinimumWidth(380)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.target.value_changed.connect(self._on_target_value_changed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.copy_button = self.buttons.addButton(self.tr("Copy"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("From"), QLabel(shift_text(source)))
        form.addRow(self.tr("&To"), self.target)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Each assignment is tried on the other shift as a new one is: those that would "
            "break a rule there are skipped, and listed after the copy.")))
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._on_target_value_changed(self.target.value())

    def chosen(self) -> ShiftRow | None:
        return self.shifts.get(self.target.value())

    def _on_target_value_changed(self, _value: object) -> None:
        target = self.chosen()
        self.copy_button.setEnabled(target is not None)
        if target is not None and target.status is RosterStatus.PUBLISHED:
            self.note.setText(self.tr("That shift's roster is published: the copy will be an "
                                      "amendment, asked for before it is made."))
        else:
            self.note.setText("")


@dataclass(frozen=True)
class SkippedLine:
    """A row the copy left out, as the report names it."""

    who: str
    place: str
    reason: Finding


class CopyReportDialog(QDialog):
    def __init__(self, copied: int, skipped: Sequence[SkippedLine], target: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("copyReport")
        self.setWindowTitle(self.tr("Copy of the shift"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary = QLabel(self.tr("Copied to {target}: {copied}; skipped: {skipped}.").format(
            copied=copied, target=target, skipped=len(skipped)))
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(skipped), 3)
        self.table.setObjectName("copySkipped")
        self.table.setHorizontalHeaderLabels([self.tr("Who"), self.tr("Where"),
                                              self.tr("Why it was skipped")])
        lang = i18n.language()
        for number, line in enumerate(skipped):
            for column, text in enumerate((line.who, line.place,
                                           year_first(line.reason.message(lang)))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(number, column, item)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setVisible(bool(skipped))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 420 if skipped else 140)

    def reasons(self) -> list[str]:
        return [self.table.item(n, 2).text() for n in range(self.table.rowCount())]


class PublishDialog(QDialog):
    """What the commander reviews before publishing; accepted, the board publishes exactly
    what was reviewed (its versions), or is told what changed meanwhile."""

    def __init__(self, review: PublishReview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publishRoster")
        self.review = review
        self.setWindowTitle(self.tr("Publish the roster"))
        totals = review.totals
        lines = [
            self.tr("Shift: {shift}").format(shift=shift_text(review.shift)),
            self.tr("Phase: {phase}").format(phase=label(review.shift.phase)),
            self.tr("Assignments: {count}").format(count=len(review.seen)),
            self.tr("Centres: {centres} — covered: {full}, partly: {partial}, not covered: "
                    "{none}").format(centres=totals.centres, full=totals.full,
                                     partial=totals.partial, none=totals.none),
            self.tr("Officers wanting: {officers}, vehicles wanting: {vehicles}; posts manned: "
                    "{manned} of {posts}").format(
                officers=totals.officers_missing, vehicles=totals.vehicles_missing,
                manned=totals.posts_manned, posts=totals.posts),
        ]
        text = QLabel("\n".join(lines))
        text.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("publishProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.publish_button = self.buttons.addButton(self.tr("Publish and sign"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if review.broken:
            first = review.first_broken.message(i18n.language()) if review.first_broken else ""
            self.problem.setText(self.tr(
                "Assignments that break a rule now: {count}. The roster cannot be published "
                "until they are replaced. The first: {first}").format(
                count=review.broken, first=year_first(first)))
            self.publish_button.setEnabled(False)
        else:
            self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.problem)
        layout.addWidget(QLabel(self.tr(
            "Once published the roster is frozen: a change to it is an amendment, recorded, "
            "and its documents are printed again.")))
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)


class WithdrawDialog(QDialog):
    """The reason a published roster goes back to a draft (recorded in its history)."""

    def __init__(self, shift: ShiftRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("withdrawRoster")
        self.setWindowTitle(self.tr("Withdraw the published roster"))
        self.reason = QLineEdit()
        self.reason.setObjectName("withdrawReason")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.withdraw_button = self.buttons.addButton(self.tr("Withdraw"),
                                                      QDialogButtonBox.ButtonRole.AcceptRole)
        self.withdraw_button.setEnabled(False)
        self.reason.textChanged.connect(
            lambda text: self.withdraw_button.setEnabled(bool(text.strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "The roster of {shift} goes back to a draft; the documents printed of it are "
            "void, and publishing it again makes the next revision.").format(
            shift=shift_text(shift))))
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)


class VehicleTargetDialog(QDialog):
    """Which of the site's assignments without a vehicle takes the one sent there, when the
    core names none (``VehicleTargets.must_ask``): the first is chosen, Enter gives it."""

    def __init__(self, targets: VehicleTargets, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vehicleTarget")
        self.setWindowTitle(self.tr("Vehicle {plate} at {site}").format(
            plate=targets.plate, site=targets.site))
        self.rows = {row.id: row for row in targets.candidates}
        self.list = QListWidget()
        self.list.setObjectName("vehicleTargets")
        for row in targets.candidates:
            item = QListWidgetItem(self.tr("{role}: {who}").format(role=label(row.role),
                                                                   who=row.who))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.give_button = self.buttons.addButton(self.tr("Give the vehicle"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.give_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        question = QLabel(self.tr(
            "More than one at {site} in this shift has no vehicle. Who goes out with the "
            "vehicle {plate}?").format(site=targets.site, plate=targets.plate))
        question.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def chosen(self) -> AssignedRow | None:
        item = self.list.currentItem()
        return self.rows.get(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def choose(self, assignment_id: int) -> bool:
        """Choose the assignment ``assignment_id`` in the list (tests, keyboard macros)."""
        for number in range(self.list.count()):
            if self.list.item(number).data(Qt.ItemDataRole.UserRole) == assignment_id:
                self.list.setCurrentRow(number)
                return True
        return False
