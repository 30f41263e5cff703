"""Marking a person unavailable for a period (leave, sickness, another duty), and seeing at
once the duties the period clashes with.

The period is recorded even where the person is already on a roster in it (they fell sick:
the room must know); the duties it clashes with are listed as the period is typed, read by
an operation (``duty_pool.duties_of_period``), so the commander knows what to replace; the
board then shows each of them as broken. A refusal (an end before the start) is said in the
dialog, which stays open with what was typed.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.models import Unavailability, UnavailabilityKind
from desktop.services import availability, duty_pool
from desktop.services.duty_pool import DutyRow, PeriodRow
from desktop.services.errors import DomainError
from ui.assignments.findings_view import ERROR_COLOUR, year_first
from ui.context import AppContext
from ui.field_limits import limit_lengths
from ui.labels import label
from ui.meetings.common import (
    DATE_TIME_FORMAT,
    ChoiceCombo,
    DateTimeBox,
    enum_choices,
    set_date_format,
)
from ui.operations import change_op, query_op

READ_DELAY_MS = 250


def _moment(edit: QDateTimeEdit) -> datetime:
    return edit.dateTime().toPython().replace(second=0, microsecond=0)


def _edit(value: datetime) -> QDateTimeEdit:
    edit = DateTimeBox()  # Tab leaves it, Arabic-Indic digits type
    set_date_format(edit, DATE_TIME_FORMAT)  # year first, in the Arabic window too
    edit.setCalendarPopup(True)
    edit.setDateTime(QDateTime(value))
    return edit


class UnavailabilityDialog(QDialog):
    saved = Signal(int)  # the period's id

    def __init__(self, ctx: AppContext, person_id: int, person: str, starts: datetime,
                 ends: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unavailability")
        self.setWindowTitle(self.tr("Mark unavailable"))
        self.ctx, self.person_id = ctx, person_id
        self.pending = None
        self.reading = False
        self._generation = 0
        self.kind = ChoiceCombo(enum_choices(UnavailabilityKind))
        self.kind.setObjectName("unavailableKind")
        self.kind.set_value(UnavailabilityKind.SICKNESS)
        self.starts, self.ends = _edit(starts), _edit(ends)
        self.reason = QLineEdit()
        self.reason.setObjectName("unavailableReason")
        limit_lengths({self.reason: Unavailability.reason})
        self.clashes = QTableWidget(0, 4)
        self.clashes.setObjectName("unavailableClashes")
        self.clashes.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Shift"),
                                                self.tr("Place"), self.tr("Role")])
        self.clashes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clashes.verticalHeader().hide()
        self.clashes.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.clashes.horizontalHeader().setStretchLastSection(True)
        self.clash_note = QLabel()
        self.clash_note.setObjectName("unavailableClashNote")
        self.clash_note.setWordWrap(True)
        self.periods = QLabel()
        self.periods.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("unavailableProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("Record"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Person"), QLabel(person))
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&From"), self.starts)
        form.addRow(self.tr("T&o"), self.ends)
        form.addRow(self.tr("R&eason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.periods)
        layout.addWidget(self.clash_note)
        layout.addWidget(self.clashes, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(640, 440)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(READ_DELAY_MS)
        self._timer.timeout.connect(self.read_clashes)
        for edit in (self.starts, self.ends):
            edit.dateTimeChanged.connect(lambda _value: self._timer.start())
        self.read_clashes()
        query_op(self, ctx.db, lambda session: duty_pool.periods_of(session, person_id)) \
            .success(self._show_periods).run()

    # -- the clashes, read as the period is typed ----------------------------------------------

    def read_clashes(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation, starts, ends = self._generation, _moment(self.starts), _moment(self.ends)
        self.reading = True

        def done(rows: list[DutyRow]) -> None:
            if generation == self._generation:
                self.reading = False
                self._show_clashes(rows)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.reading = False
            self._say(error)

        query_op(self, self.ctx.db, lambda session: duty_pool.duties_of_period(
            session, self.person_id, starts, ends)).success(done).failure(failed).run()

    def _show_clashes(self, rows: list[DutyRow]) -> None:
        self.clashes.setRowCount(len(rows))
        for number, row in enumerate(rows):
            place = f"{row.place} ({row.with_detachment})" if row.with_detachment else row.place
            for column, text in enumerate((year_first(row.on_date),
                                           f"{row.shift} {row.hours}", place, label(row.role))):
                self.clashes.setItem(number, column, QTableWidgetItem(text))
        self.clashes.setVisible(bool(rows))
        self.clash_note.setText(self.tr(
            "Duties this period clashes with: {count}; they are to be replaced.").format(
            count=len(rows)) if rows else self.tr("This period clashes with no duty."))

    def clash_count(self) -> int:
        return self.clashes.rowCount()

    def _show_periods(self, rows: list[PeriodRow]) -> None:
        if not rows:
            self.periods.setText(self.tr("No period recorded for this person."))
            return
        lines = [f"• {label(r.kind)}: {availability.moment_text(r.starts_at)} — "
                 f"{availability.moment_text(r.ends_at)}" + (f" ({r.reason})" if r.reason else "")
                 for r in rows[:5]]
        self.periods.setText(self.tr("Recorded already:") + "\n" + year_first("\n".join(lines)))

    # -- saving -----------------------------------------------------------------------------------

    def save(self) -> None:
        if self.pending is not None:
            return
        data = availability.UnavailabilityInput(
            self.person_id, self.kind.value(), _moment(self.starts), _moment(self.ends),
            self.reason.text() or None)
        actor = self.ctx.actor
        self.save_button.setEnabled(False)

        def done(record_id: int) -> None:
            self.pending = None
            self.saved.emit(record_id)
            self.accept()

        def failed(error: BaseException) -> None:
            self.pending = None
            self.save_button.setEnabled(True)
            self._say(error)

        def record(session) -> int:
            period = availability.mark_unavailable(session, actor, data)
            session.flush()
            return period.id

        self.pending = change_op(self, self.ctx.db, record).success(done).failure(failed).run()

    def _say(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            self.problem.setText(year_first(error.message(i18n.language())))
            self.problem.show()
            return
        from ui.errors import show_error

        show_error(self, error)
