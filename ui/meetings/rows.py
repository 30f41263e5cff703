"""The editor's tables: attendees, agenda items and outcomes, as thin models over plain rows.

Each row wraps the service's input dataclass (``AttendeeInput``, ``OutcomeInput``) with what
the table shows beside it (a person's formal name). Edits made in a view go to the undo stack
as commands; the commands call the ``insert``/``remove``/``move``/``set_field`` primitives.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoStack

from ui.meetings.commands import SetValue
from ui.meetings.common import ID_ROLE, Index, label

CONTEXT = "MeetingEditor"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass
class AttendeeRow:
    data: Any  # AttendeeInput
    name: str
    details: str = ""


@dataclass
class OutcomeRow:
    data: Any  # OutcomeInput


@dataclass
class AgendaRow:
    title: str
    discussion: str | None = None
    outcomes: list[OutcomeRow] = field(default_factory=list)


def move_row(model: QAbstractItemModel, rows: list[Any], source: int, target: int) -> None:
    """Row ``source`` to position ``target`` (its index after the move), told to the views."""
    if source == target:
        return
    model.beginMoveRows(QModelIndex(), source, source, QModelIndex(),
                        target + 1 if target > source else target)
    rows.insert(target, rows.pop(source))
    model.endMoveRows()


@dataclass(frozen=True)
class ColumnSpec:
    title: str  # English; translated in context MeetingEditor
    field: str | None  # the input field it edits; None when not editable
    show: Callable[[Any], str]


class RowsModel(QAbstractTableModel):
    """A list of rows with undoable cell edits and the primitives commands use."""

    COLUMNS: Sequence[ColumnSpec] = ()
    rows_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.undo_stack: QUndoStack | None = None
        self.read_only = False
        self.focus: Callable[[], Any] | None = None  # brings this list into view for undo
        # What else a clerk's edit of (row, field) to a value changes, as a function making
        # those changes in the same undo step; None when nothing else changes.
        self.consequences: Callable[[int, str, Any], Callable[[], Any] | None] | None = None
        self.modelReset.connect(self.rows_changed)
        self.rowsInserted.connect(self.rows_changed)
        self.rowsRemoved.connect(self.rows_changed)
        self.rowsMoved.connect(self.rows_changed)
        self.dataChanged.connect(self.rows_changed)

    # -- primitives ----------------------------------------------------------------------------

    def replace(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def insert(self, row: int, items: Sequence[Any]) -> None:
        self.beginInsertRows(QModelIndex(), row, row + len(items) - 1)
        self.rows[row:row] = list(items)
        self.endInsertRows()

    def remove(self, row: int, count: int = 1) -> list[Any]:
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        taken = self.rows[row:row + count]
        del self.rows[row:row + count]
        self.endRemoveRows()
        return taken

    def move(self, source: int, target: int) -> None:
        move_row(self, self.rows, source, target)

    def column_of(self, name: str) -> int:
        """The column that edits the input field ``name``."""
        return next(n for n, spec in enumerate(self.COLUMNS) if spec.field == name)

    def get_field(self, row: int, name: str) -> Any:
        return getattr(self.rows[row].data, name)

    def set_field(self, row: int, name: str, value: Any) -> None:
        self.rows[row].data = dataclasses.replace(self.rows[row].data, **{name: value})
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # -- Qt ------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return tr(self.COLUMNS[section].title)
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        spec = self.COLUMNS[index.column()]
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return spec.show(row)
        if role in (Qt.ItemDataRole.EditRole, ID_ROLE) and spec.field is not None:
            return getattr(row.data, spec.field)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and not self.read_only and self.COLUMNS[index.column()].field:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A clerk's edit of a cell: one undo step, with whatever it changes elsewhere."""
        spec = self.COLUMNS[index.column()] if index.isValid() else None
        if spec is None or spec.field is None or role != Qt.ItemDataRole.EditRole:
            return False
        row, name = index.row(), spec.field
        if self.get_field(row, name) == value:
            return False
        follow = self.consequences(row, name, value) if self.consequences else None
        if follow is None or self.undo_stack is None:
            self.edit_field(row, name, value)
            if follow is not None:
                follow()
            return True
        self.undo_stack.beginMacro(self._change_text(spec))
        try:
            self.edit_field(row, name, value)
            follow()
        finally:
            self.undo_stack.endMacro()
        return True

    def edit_field(self, row: int, name: str, value: Any) -> None:
        """One field of one row, as an undo step (merged with the same field's last edit)."""
        old = self.get_field(row, name)
        if old == value:
            return
        if self.undo_stack is None:
            self.set_field(row, name, value)
            return
        spec = self.COLUMNS[self.column_of(name)]
        self.undo_stack.push(SetValue(
            self._change_text(spec), (id(self), row, name),
            lambda v, r=row, n=name: self.set_field(r, n, v), old, value, self.focus))

    @staticmethod
    def _change_text(spec: ColumnSpec) -> str:
        return QCoreApplication.translate("MeetingEditor", "Change {what}").format(
            what=tr(spec.title))


def _enum_text(value: Enum | None) -> str:
    return label(value) if value is not None else ""


class AttendeesModel(RowsModel):
    """The people at the meeting, in the order the minutes will list them."""

    def __init__(self, organisation_name: Callable[[int | None], str], parent=None) -> None:
        super().__init__(parent)
        self.COLUMNS = (
            ColumnSpec(QT_TRANSLATE_NOOP("MeetingEditor", "Name"), None, lambda r: r.name),
            ColumnSpec(QT_TRANSLATE_NOOP("MeetingEditor", "Position and organisation"), None,
                       lambda r: r.details),
            ColumnSpec(QT_TRANSLATE_NOOP("MeetingEditor", "Capacity"), "capacity",
                       lambda r: _enum_text(r.data.capacity)),
            ColumnSpec(QT_TRANSLATE_NOOP("MeetingEditor", "Represents"), "represents_id",
                       lambda r: organisation_name(r.data.represents_id)),
            ColumnSpec(QT_TRANSLATE_NOOP("MeetingEditor", "Attendance"), "presence",
                       lambda r: _enum_text(r.data.presence)),
        )

    def person_ids(self) -> list[int]:
        return [row.data.person_id for row in self.rows]

    def row_of_person(self, person_id: int) -> int:
        return next((n for n, row in enumerate(self.rows) if row.data.person_id == person_id), -1)


class OutcomesModel(RowsModel):
    """The outcomes of the agenda item in view: notes, decisions and directives."""

    def __init__(self, organisation_name: Callable[[int | None], str],
                 person_name: Callable[[int | None], str], parent=None) -> None:
        super().__init__(parent)
        self.COLUMNS = (
            ColumnSpec(QT_TRANSLATE_NOOP("MeetingEditor", "Kind"), "kind",
                       lambda r: _enum_text(r.data.kind)),
            ColumnSpec(QT_TRANSLATE_NOOP("MeetingEditor", "Text"), "text", lambda r: r.data.text),
            ColumnSpec(QT_TRANSLATE_NOOP("MeetingEditor", "Responsible organisation"),
                       "responsible_organisation_id",
                       lambda r: organisation_name(r.data.responsible_organisation_id)),
            ColumnSpec(QT_TRANSLATE_NOOP("MeetingEditor", "Responsible person"),
                       "responsible_person_id",
                       lambda r: person_name(r.data.responsible_person_id)),
            ColumnSpec(QT_TRANSLATE_NOOP("MeetingEditor", "Due date"), "due_date",
                       lambda r: r.data.due_date.isoformat() if r.data.due_date else ""),
            ColumnSpec(QT_TRANSLATE_NOOP("MeetingEditor", "Priority"), "priority",
                       lambda r: _enum_text(r.data.priority)),
        )


class AgendaModel(QAbstractListModel):
    """Agenda items by number and title; their discussion and outcomes live on the rows."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[AgendaRow] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            title = item.title or QCoreApplication.translate("MeetingEditor", "(untitled item)")
            return f"{index.row() + 1}. {title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.title
        return None

    def replace(self, rows: Sequence[AgendaRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def insert(self, row: int, item: AgendaRow) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.insert(row, item)
        self.endInsertRows()

    def remove(self, row: int) -> AgendaRow:
        self.beginRemoveRows(QModelIndex(), row, row)
        item = self.rows.pop(row)
        self.endRemoveRows()
        return item

    def move(self, source: int, target: int) -> None:
        move_row(self, self.rows, source, target)

    def refresh(self, row: int) -> None:
        self.dataChanged.emit(self.index(row), self.index(row))
