"""The attendees part of the editor: pick, create on the spot, order by protocol, edit in place."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models import AttendanceCapacity, Presence
from desktop.services.meetings import chaired_by, protocol_order
from ui.context import AppContext
from ui.meetings import lookup
from ui.meetings.commands import Step
from ui.meetings.common import enum_choices, show_error
from ui.meetings.delegates import ChoiceDelegate
from ui.meetings.pickers import NewOrganisationDialog, NewPersonDialog, PersonPicker
from ui.meetings.rows import AttendeeRow, AttendeesModel
from ui.operations import Operation, query_op


class AttendeesPanel(QWidget):
    organisations_changed = Signal()  # a person or organisation was created here
    message = Signal(str)  # a short note for the editor's status line

    def __init__(self, ctx: AppContext, undo_stack: QUndoStack,
                 organisation_name: Callable[[int | None], str],
                 organisation_choices: Callable[[], list[tuple[int, str]]],
                 make_input: Callable[[int], object],
                 order: Callable[[list], list] | None = None,
                 parent: QWidget | None = None) -> None:
        """``order`` is no longer called: the protocol order is the core's, read here by an
        operation (``order_by_protocol``); the argument stays until the editor stops giving
        it, since its own function reads on the interface thread."""
        super().__init__(parent)
        self.ctx = ctx
        self.undo_stack = undo_stack
        self.show_me: Callable[[], object] = lambda: None  # the editor brings this tab forward
        self._make_input = make_input
        self.ordering: Operation | None = None  # the protocol order being read
        self.model = AttendeesModel(organisation_name, self)
        self.model.undo_stack = undo_stack
        self.model.focus = self._bring_into_view

        self.picker = PersonPicker(ctx)
        self.picker.setObjectName("attendeePicker")
        self.picker.picked.connect(self.add_person)
        self.new_person_button = QPushButton(self.tr("New pe&rson…"))
        self.new_person_button.clicked.connect(self.new_person)
        self.new_org_button = QPushButton(self.tr("Ne&w organisation…"))
        self.new_org_button.clicked.connect(self.new_organisation)
        self.protocol_button = QPushButton(self.tr("Order b&y protocol"))
        self.protocol_button.clicked.connect(self.order_by_protocol)

        self.view = QTableView()
        self.view.setObjectName("attendeesTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers
                                  & ~QAbstractItemView.EditTrigger.CurrentChanged)
        self.view.setTabKeyNavigation(False)
        self.view.setItemDelegateForColumn(2, ChoiceDelegate(
            lambda: enum_choices(AttendanceCapacity), parent=self))
        self.view.setItemDelegateForColumn(3, ChoiceDelegate(
            organisation_choices, empty=self.tr("(none)"), parent=self))
        self.view.setItemDelegateForColumn(4, ChoiceDelegate(
            lambda: enum_choices(Presence), parent=self))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 260), (2, 110), (3, 170), (4, 90)):
            self.view.setColumnWidth(column, width)
        self.view.verticalHeader().setDefaultSectionSize(26)

        self.count_label = QLabel()
        self.model.rows_changed.connect(self._on_rows_changed)

        self.actions_: list[QAction] = []
        self.remove_action = self._action(self.tr("Remove attendee"), QKeySequence.StandardKey
                                          .Delete, self.remove_current)
        self.up_action = self._action(self.tr("Move up"), QKeySequence("Ctrl+Up"),
                                      lambda: self.move_current(-1))
        self.down_action = self._action(self.tr("Move down"), QKeySequence("Ctrl+Down"),
                                        lambda: self.move_current(1))
        for action in (self.remove_action, self.up_action, self.down_action):
            self.view.addAction(action)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("&Find and add:")), 0)
        tools.itemAt(0).widget().setBuddy(self.picker)
        tools.addWidget(self.picker, 1)
        for button in (self.new_person_button, self.new_org_button, self.protocol_button):
            tools.addWidget(button)
        moves = QHBoxLayout()
        for action in (self.up_action, self.down_action, self.remove_action):
            button = QPushButton(action.text())
            button.setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
            button.clicked.connect(action.trigger)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            moves.addWidget(button)
            self.actions_.append(action)
        moves.addStretch(1)
        moves.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addLayout(moves)
        self._move_buttons = [moves.itemAt(i).widget() for i in range(3)]
        # From the search box, Tab goes straight to the list it fills; the buttons follow
        # (and answer to their Alt letters from anywhere in the panel).
        QWidget.setTabOrder(self.picker, self.view)
        for first, second in ((self.view, self.new_person_button),
                              (self.new_person_button, self.new_org_button),
                              (self.new_org_button, self.protocol_button)):
            QWidget.setTabOrder(first, second)

    def _action(self, text: str, key, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        return action

    def _bring_into_view(self) -> None:
        self.show_me()

    def _on_rows_changed(self) -> None:
        self.count_label.setText(self.tr("%n attendee(s)", "", len(self.model.rows)))

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        for widget in (self.picker, self.new_person_button, self.new_org_button,
                       self.protocol_button, *self._move_buttons):
            widget.setEnabled(not read_only)
        for action in self.actions_:
            action.setEnabled(not read_only)

    # -- edits, each one undoable --------------------------------------------------------------

    def seating(self, chair_id: int | None) -> Callable[[], None] | None:
        """The capacity changes that make the list agree with ``chair_id`` chairing (the
        core's rule), as one function to run inside the chair's undo step; None if it does."""
        rows = self.model.rows
        seated = chaired_by([row.data for row in rows], chair_id)
        changes = [(n, sat.capacity) for n, (row, sat) in enumerate(zip(rows, seated, strict=True))
                   if row.data.capacity != sat.capacity]
        if not changes:
            return None

        def seat() -> None:
            for n, capacity in changes:
                self.model.edit_field(n, "capacity", capacity)

        return seat

    def add_person(self, card: lookup.PersonCard) -> bool:
        existing = self.model.row_of_person(card.id)
        if existing >= 0:
            self.view.selectRow(existing)
            self.message.emit(self.tr("{name} is already among the attendees.")
                              .format(name=card.name))
            return False
        row = AttendeeRow(self._make_input(card.id), card.name, card.details)
        at = len(self.model.rows)
        self.undo_stack.push(Step(
            self.tr("Add {name}").format(name=card.name),
            lambda: (self.model.insert(at, [row]), self.view.selectRow(at)),
            lambda: self.model.remove(at), self._bring_into_view))
        return True

    def remove_current(self) -> None:
        at = self.view.currentIndex().row()
        if not 0 <= at < len(self.model.rows):
            return
        row = self.model.rows[at]
        self.undo_stack.push(Step(
            self.tr("Remove {name}").format(name=row.name), lambda: self.model.remove(at),
            lambda: (self.model.insert(at, [row]), self.view.selectRow(at)),
            self._bring_into_view))

    def move_current(self, step: int) -> None:
        at = self.view.currentIndex().row()
        target = at + step
        if not (0 <= at < len(self.model.rows) and 0 <= target < len(self.model.rows)):
            return
        column = self.view.currentIndex().column()

        def move(source: int, to: int) -> None:
            self.model.move(source, to)
            self.view.setCurrentIndex(self.model.index(to, column))

        self.undo_stack.push(Step(self.tr("Move attendee"), lambda: move(at, target),
                                  lambda: move(target, at), self._bring_into_view))

    def order_by_protocol(self) -> Operation | None:
        """Ask the core for the protocol order (rank, then position) by an operation; the new
        order is one undoable step once it comes. None if one is already being read."""
        if self.ordering is not None:
            return None
        before = list(self.model.rows)
        attendees = [row.data for row in before]
        self.protocol_button.setEnabled(False)
        self.ordering = query_op(self, self.ctx.db, lambda session: protocol_order(
            session, attendees)).success(lambda ordered: self._on_order_read(before, ordered)) \
            .failure(self._on_order_failed).run()
        return self.ordering

    def _on_order_read(self, before: list[AttendeeRow], ordered: list) -> None:
        self.ordering = None
        self.protocol_button.setEnabled(not self.model.read_only)
        if self.model.rows != before:
            return  # the list changed meanwhile: the order read is of another list
        by_person = {row.data.person_id: row for row in before}
        after = [by_person[data.person_id] for data in ordered if data.person_id in by_person]
        after += [row for row in before if row not in after]
        if after == before:
            return
        self.undo_stack.push(Step(self.tr("Order by protocol"),
                                  lambda: self.model.replace(after),
                                  lambda: self.model.replace(before), self._bring_into_view))

    def _on_order_failed(self, error: BaseException) -> None:
        self.ordering = None
        self.protocol_button.setEnabled(not self.model.read_only)
        show_error(self, error)

    def new_person(self) -> NewPersonDialog:
        """The new-person form over the editor (not a loop of its own); once the person is
        made, they are added to the attendees."""
        dialog = NewPersonDialog(self.ctx, self.picker.text(), self)
        dialog.finished.connect(lambda result: self._on_new_person_finished(dialog, result))
        dialog.open()
        return dialog

    def _on_new_person_finished(self, dialog: NewPersonDialog, result: int) -> None:
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted or dialog.created_card is None:
            return
        self.picker.clear()
        self.add_person(dialog.created_card)
        self.organisations_changed.emit()

    def new_organisation(self) -> NewOrganisationDialog:
        dialog = NewOrganisationDialog(self.ctx, "", self)
        dialog.finished.connect(lambda result: self._on_new_organisation_finished(dialog,
                                                                                  result))
        dialog.open()
        return dialog

    def _on_new_organisation_finished(self, dialog: NewOrganisationDialog, result: int) -> None:
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted and dialog.created_id is not None:
            self.organisations_changed.emit()
            self.message.emit(self.tr("Organisation added; it can now be chosen."))
