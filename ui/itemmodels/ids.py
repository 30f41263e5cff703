"""A table model for lists of thousands whose rows come by operations, never from ``data()``.

After Anki's browser table: the database filters and sorts the whole list into ids, a read
that costs one indexed column, and the model keeps those ids and a bounded cache of rows. When
the view paints a row the cache lacks, ``data()`` answers with a placeholder and asks for the
rows of that page in the background; when they come, the page is repainted. The interface
thread never waits for the database, whether the list is long or the server slow.

A change in the room (``ui.changes``) is shown without a reset: the ids are read again, rows
that stayed keep their place in the selection and the scroll (persistent indexes are moved
to the rows' new places), the changed rows alone are read again, and rows that went away
leave the view. The user never loses their place to another workstation's save.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ui.operations import query_op

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.storage.database import Database

Index = QModelIndex | QPersistentModelIndex
PLACEHOLDER = "…"


class IdSource(Protocol):
    """What a list asks of the core: the ids in order, then the rows of some ids."""

    def ids(self, session: Session, sort: str, descending: bool) -> list[int]: ...

    def rows(self, session: Session, ids: Sequence[int]) -> Sequence[Any]: ...


@dataclass(frozen=True)
class Column:
    key: str  # the sort key handed to the source
    title: str  # English source text, translated in context "Columns"
    value: Callable[[Any], Any]
    sortable: bool = True
    align: Qt.AlignmentFlag | None = None


class IdTableModel(QAbstractTableModel):
    """``reloaded`` follows each reading of the ids (a new filter, a sort, a change)."""

    ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole row object, for actions on a selection
    reloaded = Signal()

    def __init__(self, columns: Sequence[Column], source: IdSource, db: Database, *,
                 sort: str | None = None, descending: bool = False, page_size: int = 100,
                 cached_rows: int = 5_000, parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._source = source
        self._db = db
        self._page_size = page_size
        self._cached_rows = cached_rows
        self._ids: list[int] = []
        self._place: dict[int, int] = {}
        self._rows: OrderedDict[int, Any] = OrderedDict()
        self._asked: set[int] = set()  # pages whose rows are on their way
        self._generation = 0  # a reading of the ids; answers of an older one are dropped
        self._sort = sort or columns[0].key
        self._descending = descending
        self.loading = False
        self._failing = False

    # -- reading ---------------------------------------------------------------------------------

    def set_source(self, source: IdSource) -> None:
        """A new filter: the list starts over (a reset: it is a different list)."""
        self._source = source
        self.reload(reset=True)

    def reload(self, *, reset: bool = False, changed: frozenset[int] | None = frozenset()
               ) -> None:
        """Read the ids again. ``reset`` shows a new list; otherwise rows keep their place in
        the selection and ``changed`` (None: every row) are read again."""
        self._generation += 1
        generation, source = self._generation, self._source
        sort, descending = self._sort, self._descending
        self.loading = True
        query_op(self, self._db, lambda session: source.ids(session, sort, descending)) \
            .success(lambda ids: self._on_ids(generation, ids, reset, changed)) \
            .failure(lambda error: self._on_failed(generation, error)).run()

    def _on_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.loading = False
        from ui.errors import show_error

        show_error(None, error)

    def _on_ids(self, generation: int, ids: list[int], reset: bool,
                changed: frozenset[int] | None) -> None:
        if generation != self._generation:
            return  # a newer filter or change was asked meanwhile
        self.loading = False
        self._asked.clear()
        if changed is None:
            self._rows.clear()
        else:
            for record_id in changed:
                self._rows.pop(record_id, None)
        if reset or not self._ids:
            self.beginResetModel()
            self._set_ids(ids)
            self.endResetModel()
        elif ids != self._ids:
            self.layoutAboutToBeChanged.emit()
            moved_from = self.persistentIndexList()
            records = [self.id_at(index.row()) for index in moved_from]
            self._set_ids(ids)  # before the new indexes: index() checks the new row count
            moved_to = []
            for index, record_id in zip(moved_from, records, strict=True):
                row = self._place.get(record_id) if record_id is not None else None
                moved_to.append(self.index(row, index.column()) if row is not None
                                else QModelIndex())
            self.changePersistentIndexList(moved_from, moved_to)
            self.layoutChanged.emit()
        else:
            self._repaint(changed)
        self.reloaded.emit()

    def _set_ids(self, ids: list[int]) -> None:
        self._ids = ids
        self._place = {record_id: row for row, record_id in enumerate(ids)}

    def _repaint(self, changed: frozenset[int] | None) -> None:
        if not self._ids:
            return
        last = self.columnCount() - 1
        if changed is None:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, last))
            return
        for record_id in changed:
            row = self._place.get(record_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def _ask(self, page: int) -> None:
        if page in self._asked:
            return
        self._asked.add(page)
        generation, source = self._generation, self._source
        wanted = self._ids[page * self._page_size:(page + 1) * self._page_size]
        query_op(self, self._db, lambda session: source.rows(session, wanted)) \
            .success(lambda rows: self._on_rows(generation, page, rows)) \
            .failure(lambda error: self._on_rows_failed(page, error)).run()

    def _on_rows_failed(self, page: int, error: BaseException) -> None:
        """Said once; the page is asked again when it is next painted (the server may be
        back by then)."""
        self._asked.discard(page)
        if not self._failing:
            self._failing = True
            from ui.errors import show_error

            show_error(None, error)

    def _on_rows(self, generation: int, page: int, rows: Sequence[Any]) -> None:
        if generation != self._generation:
            return
        self._asked.discard(page)
        self._failing = False
        for row in rows:
            self._rows[row.id] = row
            self._rows.move_to_end(row.id)
        while len(self._rows) > self._cached_rows:
            self._rows.popitem(last=False)
        first = page * self._page_size
        last = min(len(self._ids), first + self._page_size) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    # -- what the view asks ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def id_at(self, number: int) -> int | None:
        return self._ids[number] if 0 <= number < len(self._ids) else None

    def row_of(self, record_id: int) -> int | None:
        return self._place.get(record_id)

    def row(self, number: int) -> Any | None:
        """The row at ``number`` if it is here; else None, and it is asked for."""
        record_id = self.id_at(number)
        if record_id is None:
            return None
        found = self._rows.get(record_id)
        if found is None:
            self._ask(number // self._page_size)
        return found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row(index.row())
        column = self._columns[index.column()]
        if row is None:
            return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole else None
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
        self.reload(reset=True, changed=None)

    @property
    def sort_key(self) -> tuple[str, bool]:
        return self._sort, self._descending
