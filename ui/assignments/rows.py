"""The board's lists: frozen rows from the core shown through columns, merged when read again.

Every list of the board is short (a shift's centres and posts, a search's people, the
detachments, the vehicles, what is at one site), so each is read whole by an operation and
sorted and filtered by a ``QSortFilterProxyModel``. What matters is what happens when it is
read again after a change in the room: ``RowsModel.merge`` repaints only the rows whose values
changed, and where rows came, went or moved it changes the layout with the persistent indexes
moved to the rows' new places, so the user's selection and current row stay on the same
records (a reset would drop them).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop import i18n

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
DUTY_MIME = "application/x-ghurfa-duty"  # «person:12», «detachment:3», «vehicle:7»
CENTRE = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class BoardColumn:
    """A column: its title (English, context ``Columns``), its text, and optionally its sort
    key, background colour and tip (all from the row)."""

    key: str
    title: str
    value: Callable[[Any], Any]
    sort: Callable[[Any], Any] | None = None
    background: Callable[[Any], str | None] | None = None
    tip: Callable[[Any], str | None] | None = None
    align: Qt.AlignmentFlag | None = None


def collator() -> QCollator:
    """Text ordered as a reader of the program's language orders it."""
    found = QCollator(QLocale("ar" if i18n.language() == "ar" else "en"))
    found.setNumericMode(True)
    return found


class RowsModel(QAbstractTableModel):
    """Rows of frozen values, each with a ``key`` (or an ``id``), shown through columns.
    ``drag_kind`` names what a row is when dragged onto a site («person», «vehicle»…)."""

    def __init__(self, columns: Sequence[BoardColumn], parent=None, *,
                 drag_kind: str | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self._place: dict[Any, int] = {}
        self.drag_kind = drag_kind

    @staticmethod
    def key_of(row: Any) -> Any:
        return getattr(row, "key", None) or row.id

    def merge(self, rows: Sequence[Any]) -> None:
        """Show ``rows``: in place if the same records in the same order (changed rows
        repainted alone), else as a change of layout that keeps the selection."""
        new = list(rows)
        keys = [self.key_of(r) for r in new]
        if not self.rows:
            self.beginResetModel()
            self._set(new, keys)
            self.endResetModel()
            return
        if keys == [self.key_of(r) for r in self.rows]:
            old, self.rows = self.rows, new
            last = self.columnCount() - 1
            for number, (before, after) in enumerate(zip(old, new, strict=True)):
                if before != after:
                    self.dataChanged.emit(self.index(number, 0), self.index(number, last))
            return
        self.layoutAboutToBeChanged.emit()
        moved_from = self.persistentIndexList()
        records = [self.key_of(self.rows[i.row()]) if 0 <= i.row() < len(self.rows) else None
                   for i in moved_from]
        self._set(new, keys)
        moved_to = []
        for index, key in zip(moved_from, records, strict=True):
            number = self._place.get(key)
            moved_to.append(self.index(number, index.column()) if number is not None
                            else QModelIndex())
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()

    def clear(self) -> None:
        self.beginResetModel()
        self._set([], [])
        self.endResetModel()

    def _set(self, rows: list[Any], keys: list[Any]) -> None:
        self.rows = rows
        self._place = {key: n for n, key in enumerate(keys)}

    def row_of(self, key: Any) -> int | None:
        return self._place.get(key)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = column.tip(row) if column.tip is not None else None
            if tip:
                return tip
            value = column.value(row)
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            return column.sort(row) if column.sort is not None else column.value(row)
        if role == Qt.ItemDataRole.BackgroundRole and column.background is not None:
            colour = column.background(row)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and column.background is not None \
                and column.background(row):
            return QBrush(QColor("#1b1b1b"))  # dark on a light tint, whatever the theme
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return QCoreApplication.translate("Columns", self.columns[section].title)

    # -- dragging a row onto a site ---------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        found = super().flags(index)
        if index.isValid() and self.drag_kind is not None:
            found |= Qt.ItemFlag.ItemIsDragEnabled
        return found

    def mimeTypes(self) -> list[str]:
        return [DUTY_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if self.drag_kind is not None and rows:
            data.setData(DUTY_MIME, f"{self.drag_kind}:{self.rows[rows[0]].id}".encode())
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


ROW_HEIGHT = 26


def show_rows(view: QTableView, model: RowsModel, name: str, *,
              widths: Sequence[int] = (), sort: int | None = -1,
              stretch: int | None = None) -> RowsFilter:
    """Set ``view`` up as a list of the board over ``model``: one row chosen at a time, read
    only, sorted by a header click (by ``sort`` at first; -1 keeps the core's order),
    ``widths`` for the first columns and the last (or ``stretch``) taking the rest."""
    proxy = RowsFilter(view)
    proxy.setSourceModel(model)
    view.setObjectName(name)
    view.setModel(proxy)
    if sort is not None:
        view.setSortingEnabled(True)
        view.sortByColumn(sort, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no row is measured
    rows.setMinimumSectionSize(ROW_HEIGHT - 6)  # Qt's floor is the font's height and more
    rows.setDefaultSectionSize(ROW_HEIGHT)
    header = view.horizontalHeader()
    header.setMinimumSectionSize(40)
    if stretch is None:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    return proxy


class DropTable(QTableView):
    """A board list that takes what is dragged from the pool: ``takes(row)`` says whether
    the row under the pointer (None: no row) takes a drop, ``on_drop(what, row)`` gets it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def takes(self, row: Any | None) -> bool:
        return True

    def on_drop(self, what: tuple[str, int], row: Any | None) -> None:
        raise NotImplementedError

    def row_under(self, event: Any) -> Any | None:
        model = self.model()
        index = self.indexAt(event.position().toPoint())
        return model.row_at(index) if isinstance(model, RowsFilter) else None

    def dragEnterEvent(self, event: Any) -> None:
        if dropped(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        if dropped(event.mimeData()) is not None and self.takes(self.row_under(event)):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: Any) -> None:
        what, row = dropped(event.mimeData()), self.row_under(event)
        if what is None or not self.takes(row):
            event.ignore()
            return
        event.acceptProposedAction()
        self.on_drop(what, row)


def dropped(data: QMimeData) -> tuple[str, int] | None:
    """What a drop carries: («person», 12), or None if it is nothing of the board's."""
    if not data.hasFormat(DUTY_MIME):
        return None
    kind, _, number = bytes(data.data(DUTY_MIME).data()).decode().partition(":")
    return (kind, int(number)) if kind and number.isdigit() else None


class RowsFilter(QSortFilterProxyModel):
    """Sorts by each column's sort key (text by the language's collator) and keeps the rows
    ``accepts`` keeps; ``refilter`` after the condition changes."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.accepts: Callable[[Any], bool] | None = None
        self._collator = collator()

    def refilter(self, accepts: Callable[[Any], bool] | None) -> None:
        self.beginFilterChange()
        self.accepts = accepts
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        if self.accepts is None:
            return True
        model = self.sourceModel()
        return self.accepts(model.rows[row])

    def lessThan(self, left: Index, right: Index) -> bool:
        one, other = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if isinstance(one, str) and isinstance(other, str):
            return self._collator.compare(one, other) < 0
        if one is None or other is None:
            return other is not None and one is None
        try:
            return one < other
        except TypeError:
            return str(one) < str(other)

    def row_at(self, index: QModelIndex) -> Any | None:
        if not index.isValid():
            return None
        return self.sourceModel().rows[self.mapToSource(index).row()]

    def index_of(self, key: Any, column: int = 0) -> QModelIndex:
        number = self.sourceModel().row_of(key)
        if number is None:
            return QModelIndex()
        return self.mapFromSource(self.sourceModel().index(number, column))
