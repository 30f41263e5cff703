"""A table model for lists of thousands: the database sorts and filters, the model pages.

Like Anki's browser table, the view never holds the whole list: the model asks its source for
the row count, then for pages of rows as the view scrolls to them, keeping a bounded cache.
Sorting or filtering resets the model and asks the source again, so order and search are
always the database's (with its normalised Arabic search keys), never a proxy's.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex


class PagedSource(Protocol):
    """What a list asks of the core: how many rows match, and one page of them in order."""

    def count(self) -> int: ...

    def page(self, sort: str, descending: bool, offset: int, limit: int) -> Sequence[Any]: ...


@dataclass(frozen=True)
class Column:
    key: str  # the sort key handed to the source
    title: str  # English source text, translated in context "Columns"
    value: Callable[[Any], Any]
    sortable: bool = True
    align: Qt.AlignmentFlag | None = None


class PagedTableModel(QAbstractTableModel):
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole row object, for actions on a selection

    def __init__(self, columns: Sequence[Column], source: PagedSource, *, page_size: int = 200,
                 cached_pages: int = 20, parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._source = source
        self._page_size = page_size
        self._cached_pages = cached_pages
        self._pages: OrderedDict[int, Sequence[Any]] = OrderedDict()
        self._count = 0
        self._sort = columns[0].key
        self._descending = False

    def set_source(self, source: PagedSource) -> None:
        """A new filter: the source already knows it; the model starts over."""
        self._source = source
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._count = self._source.count()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def row(self, number: int) -> Any | None:
        if not 0 <= number < self._count:
            return None
        page_number, offset = divmod(number, self._page_size)
        page = self._pages.get(page_number)
        if page is None:
            page = self._source.page(self._sort, self._descending,
                                     page_number * self._page_size, self._page_size)
            self._pages[page_number] = page
            while len(self._pages) > self._cached_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        return page[offset] if offset < len(page) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row(index.row())
        if row is None:
            return None
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = column.value(row)  # the tip gives back what a narrow column cut off
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        if role == self.ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return QCoreApplication.translate("Columns", self._columns[section].title)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns) or not self._columns[column].sortable:
            return
        self._sort = self._columns[column].key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    @property
    def sort_key(self) -> tuple[str, bool]:
        return self._sort, self._descending
