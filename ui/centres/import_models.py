"""The import dialog's two tables: the sheet's first rows as read, and the rows rejected.

Both only show what the core returned (a ``Table`` and its ``Layout``, an ``ImportResult``);
neither reads the database nor the file.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QGuiApplication

from desktop.imports import CENTRES, Field, Schema
from desktop.imports.cleaning import as_text
from desktop.imports.header import column_letter
from desktop.imports.rows import Rejected

Index = QModelIndex | QPersistentModelIndex
PREVIEW_ROWS = 30
ROOT = QModelIndex()  # the parent of every row: these tables have no tree
MAPPED = QColor("#e8f5e9")  # a column the import reads
UNREAD = QColor("#9e9e9e")  # a column it leaves out
NOTHING = "—"


class PreviewModel(QAbstractTableModel):
    """The rows under the header, and over each column its header and the field it feeds."""

    def __init__(self, lang: str, parent: Any = None, *, schema: Schema = CENTRES) -> None:
        super().__init__(parent)
        self._lang = lang
        self._schema = schema
        self._rows: list[Sequence[Any]] = []
        self._headers: Sequence[str] = ()
        self._fields: Mapping[int, Any] = {}
        self._first_row = 0

    def show(self, rows: Sequence[Sequence[Any]], headers: Sequence[str], first_row: int,
             fields: Mapping[int, Any]) -> None:
        """``rows``: the data rows shown, the first being row ``first_row`` of the sheet."""
        self.beginResetModel()
        self._rows = list(rows[:PREVIEW_ROWS])
        self._headers, self._first_row = headers, first_row
        self._fields = dict(fields)
        self.endResetModel()

    def set_fields(self, fields: Mapping[int, Any]) -> None:
        self._fields = dict(fields)
        if self._headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            row = self._rows[index.row()]
            return as_text(row[column]) if column < len(row) else ""
        if role == Qt.ItemDataRole.BackgroundRole and column in self._fields:
            return MAPPED
        if role == Qt.ItemDataRole.ForegroundRole and column not in self._fields:
            return UNREAD
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(self._first_row + section)
        field = self._fields.get(section)
        header = self._headers[section] or column_letter(section)
        # What the column feeds, under its header, the arrow pointing the way the line reads.
        arrow = "←" if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft \
            else "→"
        name = self._schema.label(field, self._lang) if field else NOTHING
        return f"{header}\n{arrow} {name}"


class RejectedModel(QAbstractTableModel):
    """A row per rejected row: its number in the sheet, its key (code, service number) and
    name as written, and the reasons."""

    def __init__(self, lang: str, titles: Sequence[str], parent: Any = None, *,
                 key: Any = Field.CODE, name: Any = Field.NAME) -> None:
        super().__init__(parent)
        self._lang = lang
        self._titles = list(titles)  # row, key, name, reason
        self._key, self._name = key, name
        self._rows: list[Rejected] = []
        self._code_column: int | None = None
        self._name_column: int | None = None

    def show(self, rejected: Sequence[Rejected], fields: Mapping[int, Any]) -> None:
        self.beginResetModel()
        self._rows = list(rejected)
        by_field = {field: column for column, field in fields.items()}
        self._code_column = by_field.get(self._key)
        self._name_column = by_field.get(self._name)
        self.endResetModel()

    @property
    def rows(self) -> list[Rejected]:
        return self._rows

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._titles)

    def _cell(self, rejected: Rejected, column: int | None) -> str:
        if column is None or column >= len(rejected.cells):
            return ""
        return as_text(rejected.cells[column])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        rejected = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return str(rejected.row)
        if column == 1:
            return self._cell(rejected, self._code_column) or (rejected.code or "")
        if column == 2:
            return self._cell(rejected, self._name_column)
        return rejected.reason(self._lang)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._titles[section]
        return None
