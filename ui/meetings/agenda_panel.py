"""The agenda part of the editor: items with their discussion, and each item's outcomes.

The discussion box holds long text (the 22-centre discussion of seed 000, or 50,000 characters)
without lag: it is a ``QPlainTextEdit``, and its text reaches the item only when it changes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models import AgendaItem, OutcomeKind, Priority
from ui.field_limits import limit_lengths
from ui.meetings.commands import SetValue, Step
from ui.meetings.common import enum_choices
from ui.meetings.delegates import ChoiceDelegate, DateDelegate
from ui.meetings.rows import AgendaModel, AgendaRow, OutcomeRow, OutcomesModel

MAX_DISCUSSION = 100_000
OUTCOME_ROWS_IN_SIGHT = 5  # the outcomes table never shrinks below this many rows
DISCUSSION_LINES_IN_SIGHT = 3


class AgendaPanel(QWidget):
    def __init__(self, undo_stack: QUndoStack, organisation_name: Callable[[int | None], str],
                 person_name: Callable[[int | None], str],
                 organisation_choices: Callable[[], list[tuple[int, str]]],
                 person_choices: Callable[[], list[tuple[int, str]]],
                 make_outcome: Callable[[], object], parent: QWidget | None = None, *,
                 meeting_day: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self._make_outcome = make_outcome
        self.show_me: Callable[[], object] = lambda: None
        self.read_only = False
        self.model = AgendaModel(self)
        self.outcomes = OutcomesModel(organisation_name, person_name, self)
        self.outcomes.undo_stack = undo_stack
        self._showing = -1

        self.items = QListView()
        self.items.setObjectName("agendaList")
        self.items.setModel(self.model)
        self.items.setWordWrap(True)
        self.items.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_item(current.row()))
        self.add_item_button = QPushButton(self.tr("Add item"))
        self.add_item_button.setToolTip("Alt+A")
        self.remove_item_button = QPushButton(self.tr("Remove item"))

        self.title = QLineEdit()
        self.title.setObjectName("agendaTitle")
        limit_lengths({self.title: AgendaItem.title})
        self.title.textEdited.connect(lambda text: self._edit_item("title", text))
        self.discussion = QPlainTextEdit()
        self.discussion.setObjectName("agendaDiscussion")
        self.discussion.setTabChangesFocus(True)
        self.discussion.setPlaceholderText(self.tr("What was said, as the minutes record it"))
        self.discussion.textChanged.connect(self._on_discussion_changed)

        self.outcome_view = QTableView()
        self.outcome_view.setObjectName("outcomesTable")
        self.outcome_view.setModel(self.outcomes)
        self.outcome_view.setTabKeyNavigation(False)
        self.outcome_view.setWordWrap(True)
        self.outcome_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.outcome_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.outcome_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers
                                          & ~QAbstractItemView.EditTrigger.CurrentChanged)
        self.outcome_view.setItemDelegateForColumn(0, ChoiceDelegate(
            lambda: enum_choices(OutcomeKind), parent=self))
        self.outcome_view.setItemDelegateForColumn(2, ChoiceDelegate(
            organisation_choices, empty=self.tr("(none)"), parent=self))
        self.outcome_view.setItemDelegateForColumn(3, ChoiceDelegate(
            person_choices, empty=self.tr("(none)"), parent=self))
        self.due_column = self.outcomes.column_of("due_date")
        self.outcome_view.setItemDelegateForColumn(self.due_column, DateDelegate(
            self.tr("Clear the due date (Delete)"), meeting_day, self))
        self.outcome_view.setItemDelegateForColumn(5, ChoiceDelegate(
            lambda: enum_choices(Priority), parent=self))
        header = self.outcome_view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # The due date's column holds a whole date, «2008-07-20», and its header.
        metrics = self.outcome_view.fontMetrics()
        due_width = max(metrics.horizontalAdvance("0000-00-00"),
                        header.fontMetrics().horizontalAdvance(
                            self.outcomes.headerData(self.due_column,
                                                     Qt.Orientation.Horizontal))) + 24
        for column, width in ((0, 80), (2, 170), (3, 170), (self.due_column, due_width),
                              (5, 70)):
            self.outcome_view.setColumnWidth(column, width)
        self.add_outcome_button = QPushButton(self.tr("Add outcome"))
        self.add_outcome_button.setToolTip("Alt+O")
        self.remove_outcome_button = QPushButton(self.tr("Remove outcome"))

        self.add_item_action = self._action(self.tr("Add agenda item"), "Alt+A", self.add_item)
        self.add_outcome_action = self._action(self.tr("Add outcome"), "Alt+O", self.add_outcome)
        self.add_item_button.clicked.connect(self.add_item)
        self.remove_item_button.clicked.connect(self.remove_item)
        self.add_outcome_button.clicked.connect(self.add_outcome)
        self.remove_outcome_button.clicked.connect(self.remove_outcome)
        # Delete removes the outcome, except in the due date's cell, where it (and Backspace)
        # takes the date away and leaves the outcome.
        for key, slot in ((QKeySequence(QKeySequence.StandardKey.Delete),
                           self._on_outcome_delete_pressed),
                          (QKeySequence(Qt.Key.Key_Backspace), self._on_outcome_backspace_pressed)):
            action = QAction(self)
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.outcome_view.addAction(action)
        for move, key in ((-1, "Ctrl+Up"), (1, "Ctrl+Down")):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, m=move: self.move_item(m))
            self.items.addAction(action)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Agenda")))
        left_layout.addWidget(self.items, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_item_button)
        buttons.addWidget(self.remove_item_button)
        left_layout.addLayout(buttons)

        right = QWidget()
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(form)
        discussion_label = QLabel(self.tr("&Discussion"))
        discussion_label.setBuddy(self.discussion)
        right_layout.addWidget(discussion_label)
        outcomes = QWidget()
        outcomes_layout = QVBoxLayout(outcomes)
        outcomes_layout.setContentsMargins(0, 0, 0, 0)
        outcome_bar = QHBoxLayout()
        outcome_bar.addWidget(QLabel(self.tr("Outcomes: notes, decisions and directives")), 1)
        outcome_bar.addWidget(self.add_outcome_button)
        outcome_bar.addWidget(self.remove_outcome_button)
        outcomes_layout.addLayout(outcome_bar)
        outcomes_layout.addWidget(self.outcome_view, 1)
        self.outcome_view.verticalHeader().setDefaultSectionSize(44)
        # A pasted discussion runs to pages: the clerk drags the line between the two to
        # give it room, and neither can be squeezed out of sight; the outcomes keep room for
        # a few directives, which is what the clerk types into them.
        self.discussion.setMinimumHeight(
            self.discussion.fontMetrics().lineSpacing() * DISCUSSION_LINES_IN_SIGHT
            + 2 * self.discussion.frameWidth() + 8)
        self.outcome_view.setMinimumHeight(self.outcome_rows_height(OUTCOME_ROWS_IN_SIGHT))
        self.body_splitter = QSplitter(Qt.Orientation.Vertical)
        self.body_splitter.setChildrenCollapsible(False)
        self.body_splitter.addWidget(self.discussion)
        self.body_splitter.addWidget(outcomes)
        self.body_splitter.setStretchFactor(0, 1)
        self.body_splitter.setStretchFactor(1, 1)
        right_layout.addWidget(self.body_splitter, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.show_item(-1)

    def outcome_rows_height(self, rows: int) -> int:
        """The outcomes table's height that shows ``rows`` rows under its header."""
        view = self.outcome_view
        return (view.horizontalHeader().sizeHint().height()
                + rows * view.verticalHeader().defaultSectionSize() + 2 * view.frameWidth())

    def _action(self, text: str, key: str, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        return action

    @property
    def current(self) -> int:
        return self._showing

    # -- showing -------------------------------------------------------------------------------

    def set_items(self, rows: list[AgendaRow]) -> None:
        self.model.replace(rows)
        self.select(0 if rows else -1)

    def select(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            self.items.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.show_item(row)

    def show_item(self, row: int) -> None:
        if row == self._showing and (row < 0 or self.outcomes.rows is
                                     self.model.rows[row].outcomes):
            return
        self._showing = row if 0 <= row < len(self.model.rows) else -1
        item = self.model.rows[self._showing] if self._showing >= 0 else None
        self.title.setText(item.title if item else "")
        self.discussion.blockSignals(True)
        self.discussion.setPlainText(item.discussion or "" if item else "")
        self.discussion.blockSignals(False)
        self.outcomes.replace(item.outcomes if item else [])
        if item is not None:
            self.outcomes.rows = item.outcomes  # the model edits the item's own list
            self.outcomes.focus = self._focus_item(self._showing)
        self._enable()

    def _enable(self) -> None:
        has_item = self._showing >= 0
        editable = has_item and not self.read_only
        self.title.setReadOnly(not editable)
        self.discussion.setReadOnly(not editable)
        self.add_item_button.setEnabled(not self.read_only)
        self.add_item_action.setEnabled(not self.read_only)
        self.remove_item_button.setEnabled(editable)
        self.add_outcome_button.setEnabled(editable)
        self.add_outcome_action.setEnabled(editable)
        self.remove_outcome_button.setEnabled(editable)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.outcomes.read_only = read_only
        self._enable()

    def _focus_item(self, row: int) -> Callable[[], None]:
        def focus() -> None:
            self.show_me()
            if row != self._showing:
                self.select(row)
        return focus

    # -- edits, each one undoable --------------------------------------------------------------

    def _set_item_field(self, row: int, name: str, value: str | None) -> None:
        item = self.model.rows[row]
        setattr(item, name, value)
        if row == self._showing:
            widget_text = (self.title.text() if name == "title"
                           else self.discussion.toPlainText())
            if widget_text != (value or ""):
                if name == "title":
                    self.title.setText(value or "")
                else:
                    self.discussion.blockSignals(True)
                    self.discussion.setPlainText(value or "")
                    self.discussion.blockSignals(False)
        self.model.refresh(row)

    def _edit_item(self, name: str, text: str) -> None:
        row = self._showing
        if row < 0:
            return
        old = getattr(self.model.rows[row], name)
        new = text if text else None
        if (old or None) == new:
            return
        what = self.tr("Edit item title") if name == "title" else self.tr("Edit discussion")
        self.undo_stack.push(SetValue(what, ("agenda", row, name),
                                      lambda v, r=row, n=name: self._set_item_field(r, n, v),
                                      old, new, self._focus_item(row)))

    def _on_discussion_changed(self) -> None:
        self._edit_item("discussion", self.discussion.toPlainText())

    def add_item(self) -> None:
        if self.read_only:
            return
        at = self._showing + 1 if self._showing >= 0 else len(self.model.rows)
        item = AgendaRow(title="")

        def do() -> None:
            self.model.insert(at, item)
            self.select(at)

        def undo() -> None:
            self.model.remove(at)
            self.select(min(at, len(self.model.rows) - 1))

        self.undo_stack.push(Step(self.tr("Add agenda item"), do, undo, self.show_me))
        self.title.setFocus()

    def remove_item(self) -> None:
        at = self._showing
        if at < 0 or self.read_only:
            return
        item = self.model.rows[at]

        def do() -> None:
            self.model.remove(at)
            self.select(min(at, len(self.model.rows) - 1))

        def undo() -> None:
            self.model.insert(at, item)
            self.select(at)

        self.undo_stack.push(Step(self.tr("Remove agenda item"), do, undo, self.show_me))

    def move_item(self, step: int) -> None:
        at, target = self._showing, self._showing + step
        if self.read_only or not (0 <= at < len(self.model.rows)
                                  and 0 <= target < len(self.model.rows)):
            return

        def move(source: int, to: int) -> None:
            self.model.move(source, to)
            self.select(to)

        self.undo_stack.push(Step(self.tr("Move agenda item"), lambda: move(at, target),
                                  lambda: move(target, at), self.show_me))

    def add_outcome(self) -> None:
        item_row = self._showing
        if item_row < 0 or self.read_only:
            return
        outcome = OutcomeRow(self._make_outcome())
        at = len(self.model.rows[item_row].outcomes)

        def do() -> None:
            self.outcomes.insert(at, [outcome])
            self.outcome_view.setCurrentIndex(self.outcomes.index(at, 1))

        self.undo_stack.push(Step(self.tr("Add outcome"), do, lambda: self.outcomes.remove(at),
                                  self._focus_item(item_row)))
        self.outcome_view.setFocus()
        self.outcome_view.edit(self.outcomes.index(at, 1))

    def _on_outcome_delete_pressed(self) -> None:
        if self.outcome_view.currentIndex().column() == self.due_column:
            self.clear_due_date()
        else:
            self.remove_outcome()

    def _on_outcome_backspace_pressed(self) -> None:
        if self.outcome_view.currentIndex().column() == self.due_column:
            self.clear_due_date()

    def clear_due_date(self) -> None:
        """The current outcome keeps no due date (one undoable step; nothing if it has none)."""
        at = self.outcome_view.currentIndex().row()
        if self._showing < 0 or self.read_only or not 0 <= at < len(self.outcomes.rows):
            return
        self.outcomes.setData(self.outcomes.index(at, self.due_column), None)

    def remove_outcome(self) -> None:
        item_row, at = self._showing, self.outcome_view.currentIndex().row()
        if item_row < 0 or self.read_only or not 0 <= at < len(self.outcomes.rows):
            return
        outcome = self.outcomes.rows[at]
        self.undo_stack.push(Step(self.tr("Remove outcome"), lambda: self.outcomes.remove(at),
                                  lambda: self.outcomes.insert(at, [outcome]),
                                  self._focus_item(item_row)))
