"""Recording a follow-up: one note, and perhaps a new status, on the directives chosen.

The statuses offered are those the core allows from where every chosen directive stands
(``directives.next_statuses``); the rules of the note (a closing note for done, a reason to
cancel or reopen) are the core's too, and its refusal comes back in words while the dialog
stays open with everything typed. The save is an operation naming each directive's row and
version as the board showed them: one changed meanwhile on another workstation is refused
with what it says now, and the note stays in the box to record again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models import DirectiveStatus
from desktop.services import room_clock
from desktop.services.directive_board import directive_rows
from desktop.services.directives import (
    NOTE_LIMIT,
    FollowUpInput,
    Seen,
    next_statuses,
    record_follow_up,
)
from desktop.services.errors import StaleRecord
from ui.context import AppContext
from ui.labels import label
from ui.operations import change_op, query_op

LIST_ROWS = 4


def offered(statuses: Sequence[DirectiveStatus]) -> list[DirectiveStatus | None]:
    """What a follow-up of directives in ``statuses`` may set, in the rules' order."""
    allowed = [set(next_statuses(status)) for status in statuses]
    common = set.intersection(*allowed) if allowed else set()
    order: list[DirectiveStatus | None] = [None, *DirectiveStatus]
    return [status for status in order if status in common]


class FollowUpDialog(QDialog):
    """``recorded(list[int])`` once the follow-up is committed."""

    recorded = Signal(object)

    def __init__(self, ctx: AppContext, rows: Sequence[Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows = list(rows)
        self.saving = False
        self.setWindowTitle(self.tr("Follow-up"))
        self.setMinimumWidth(520)
        count = QLabel(self.tr("Directives chosen: {count}").format(count=len(self.rows)))
        self.chosen = QListWidget()
        self.chosen.setObjectName("chosenDirectives")
        self.chosen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for row in self.rows:
            self.chosen.addItem(f"{row.id} — {row.text}")
        height = self.chosen.sizeHintForRow(0) if self.rows else 20
        self.chosen.setMaximumHeight(height * min(LIST_ROWS, len(self.rows)) + 8)
        self.status = QComboBox()
        self.status.setObjectName("followUpStatus")
        self._offer([row.status for row in self.rows])
        self.status.currentIndexChanged.connect(self._on_status_changed)
        self.note = QPlainTextEdit()
        self.note.setObjectName("followUpNote")
        self.note.setTabChangesFocus(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("followUpHint")
        form = QFormLayout()
        form.addRow(self.tr("New &status"), self.status)
        form.addRow(self.tr("&Note"), self.note)
        form.itemAt(form.rowCount() - 1, QFormLayout.ItemRole.LabelRole).widget() \
            .setBuddy(self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Record"))
        self.buttons.accepted.connect(self.record)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(count)
        layout.addWidget(self.chosen)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self._on_status_changed()
        self.note.setFocus(Qt.FocusReason.OtherFocusReason)

    def _offer(self, statuses: Sequence[DirectiveStatus]) -> None:
        # kept beside the box: Qt's item data would turn a status into a plain string
        self.choices = offered(statuses)
        self.status.clear()
        for status in self.choices:
            self.status.addItem(self.tr("No change (a note)") if status is None
                                else label(status))

    def choose(self, status: DirectiveStatus | None) -> bool:
        """Set the box to ``status`` if it is offered."""
        if status not in self.choices:
            return False
        self.status.setCurrentIndex(self.choices.index(status))
        return True

    def chosen_status(self) -> DirectiveStatus | None:
        index = self.status.currentIndex()
        return self.choices[index] if 0 <= index < len(self.choices) else None

    def _on_status_changed(self, *_args: Any) -> None:
        # Directives chosen together share no step (a cancelled one beside one in progress:
        # the one is only reopened, the other never): said, and nothing to record.
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            bool(self.choices) and not self.saving)
        if not self.choices:
            hint = self.tr("These directives take no follow-up in common: a cancelled one is "
                           "only reopened, and one in progress never is. Choose them apart.")
            self.hint.setText(hint)
            self.note.setPlaceholderText(hint)
            return
        status = self.chosen_status()
        reopening = status in (DirectiveStatus.OPEN, DirectiveStatus.IN_PROGRESS) and any(
            row.status in (DirectiveStatus.DONE, DirectiveStatus.CANCELLED) for row in self.rows)
        if status is DirectiveStatus.DONE:
            hint = self.tr("Say how it was done: a closing note is needed.")
        elif status is DirectiveStatus.CANCELLED:
            hint = self.tr("Give the reason for cancelling.")
        elif reopening:
            hint = self.tr("Give the reason for reopening.")
        elif status is None:
            hint = self.tr("The note is recorded with today's date and your name.")
        else:
            hint = self.tr("A note is welcome; it may be left empty.")
        self.hint.setText(hint)
        self.note.setPlaceholderText(hint)

    def record(self) -> None:
        if self.saving or not self.choices:
            return
        note = self.note.toPlainText()
        if len(note) > NOTE_LIMIT:  # the core says so too; said here before the trip
            self.hint.setText(self.tr("The note is too long: at most {limit} characters.")
                              .format(limit=NOTE_LIMIT))
            return
        seen = [Seen(row.id, row.head_id, row.version) for row in self.rows]
        data = FollowUpInput(self.chosen_status(), note)
        actor = self.ctx.actor
        self._saving(True)
        change_op(self, self.ctx.db, lambda session: record_follow_up(
            session, actor, seen, data)).success(self._on_recorded) \
            .failure(self._on_refused).run()

    def _saving(self, saving: bool) -> None:
        self.saving = saving
        self.buttons.setEnabled(not saving)

    def _on_recorded(self, numbers: list[int]) -> None:
        self._saving(False)
        self.recorded.emit(numbers)
        self.accept()

    def _on_refused(self, error: BaseException) -> None:
        """Everything typed stays; the refusal is said over the dialog."""
        self._saving(False)
        if isinstance(error, StaleRecord):
            self.hint.setText(self.tr("Changed on another workstation since the board was "
                                      "read: check its history, then record again. Your note "
                                      "is kept."))
            self._read_again()
        from ui.errors import show_error

        show_error(self, error)

    def _read_again(self) -> None:
        """The directives as they are now, so that Record, pressed again, records on what
        the user has now been told of; the status chosen stays if it is still allowed."""
        numbers, lang = [row.id for row in self.rows], self.ctx.language
        today = room_clock.today()
        self.buttons.setEnabled(False)

        def read(rows: list[Any]) -> None:
            self.buttons.setEnabled(True)
            if not rows:
                return
            chosen = self.chosen_status()
            self.rows = rows
            self.status.blockSignals(True)
            self._offer([row.status for row in rows])
            self.choose(chosen)
            self.status.blockSignals(False)
            self._on_status_changed()

        query_op(self, self.ctx.db, lambda session: directive_rows(
            session, numbers, today, lang)).success(read) \
            .failure(lambda _error: self.buttons.setEnabled(True)).run()
