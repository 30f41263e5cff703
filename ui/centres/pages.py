"""The Posts, Sectors and Areas tabs: short registers, read whole, each with New and Edit.

A register holds some dozens or hundreds of rows, so it is read whole by an operation and
sorted and searched by a ``QSortFilterProxyModel`` over a plain table model (Arabic compared
after normalisation, sorted by the locale). A change in the room reads it again, keeping the
row in focus. New and Edit are greyed out, with the core's reason, for who may not change it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolBar,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models import UserRole
from desktop.services.site_lists import area_rows
from desktop.text.arabic import normalise
from ui.audit.view import history_action
from ui.centres.common import NOTE_STYLE, refusal
from ui.centres.editors import ID_ROLE, fill_area_tree
from ui.changes import Debounce
from ui.context import AppContext
from ui.itemmodels.ids import Column
from ui.labels import label
from ui.operations import Operation, query_op

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.services.site_lists import AreaRow
    from desktop.storage.changes import ChangeNotice

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class RowsModel(QAbstractTableModel):
    """Rows of frozen values shown through ``Column``s; each row has ``id``, ``search_key``."""

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = column.value(row)
            return "" if value is None else str(value)
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


class SearchProxy(QSortFilterProxyModel):
    """Keeps the rows whose normalised search key holds every word typed."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortLocaleAware(True)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = normalise(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        if not self._words:
            return True
        key = self.sourceModel().rows[row].search_key
        return all(word in key for word in self._words)


def page_actions(page: QWidget, new_text: str, on_new: Callable[[], Any],
                 on_edit: Callable[[], Any], reason: str | None) -> tuple[QAction, QAction]:
    """New (Ctrl+N) and Edit (Ctrl+E) for the page's records; greyed out with ``reason``
    where the user may not change them (Edit then opens the record to read)."""
    new = QAction(new_text, page)
    new.setShortcut(QKeySequence.StandardKey.New)
    edit = QAction(QCoreApplication.translate("Centres", "Edit…") if reason is None
                   else QCoreApplication.translate("Centres", "Open…"), page)
    edit.setShortcut(QKeySequence("Ctrl+E"))
    for action, slot in ((new, on_new), (edit, on_edit)):
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        page.addAction(action)
    new.setEnabled(reason is None)
    if reason is not None:
        new.setToolTip(reason)
        new.setStatusTip(reason)
    return new, edit


def reason_label(reason: str | None) -> QLabel:
    note = QLabel(reason or "")
    note.setObjectName("registerReadOnly")
    note.setStyleSheet(NOTE_STYLE)
    note.setWordWrap(True)
    note.setVisible(reason is not None)
    return note


class ReadPage(QWidget):
    """A tab that shows what ``read`` returns, read again when the room changes ``kinds``;
    a subclass shows the rows (``show_rows``) and calls ``refresh()`` once built."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, read: Callable[[Session], Sequence[Any]],
                 kinds: Sequence[str], roles: tuple[UserRole, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loading = False
        self._read, self._kinds = read, tuple(kinds)
        self.reason = refusal(ctx.actor, roles)
        self._changes = Debounce(lambda _notices: self.refresh(), self)
        if ctx.changes is not None:
            ctx.changes.changed.connect(self._on_change_noticed)

    def _on_change_noticed(self, notice: ChangeNotice) -> None:
        if notice.everything or any(notice.touches(kind) for kind in self._kinds):
            self._changes.add(notice)

    def refresh(self) -> Operation:
        self.loading = True
        return (query_op(self, self.ctx.db, self._read)
                .success(self._on_rows_read).failure(self._on_read_failed).run())

    def _on_rows_read(self, rows: Sequence[Any]) -> None:
        self.loading = False
        self.show_rows(rows)
        self.loaded.emit()

    def show_rows(self, rows: Sequence[Any]) -> None:
        raise NotImplementedError

    def _on_read_failed(self, error: BaseException) -> None:
        self.loading = False
        from ui.errors import show_error

        show_error(self, error)


class RegisterPage(ReadPage):
    """A searchable table of one kind of record; ``open_requested(id or None)`` asks the area
    to open its form (None: a new one)."""

    open_requested = Signal(object)

    def __init__(self, ctx: AppContext, *, columns: Sequence[Column],
                 read: Callable[[Session], Sequence[Any]], kinds: Sequence[str],
                 roles: tuple[UserRole, ...], new_text: str, stretch: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, read, kinds, roles, parent)
        self.model = RowsModel(columns, self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.textChanged.connect(self.proxy.set_text)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(lambda _index: self.edit_current())
        self.new_action, self.edit_action = page_actions(
            self, new_text, lambda: self.open_requested.emit(None), self.edit_current,
            self.reason)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.new_action)
        self.toolbar.addAction(self.edit_action)
        self.history_action = history_action(ctx, self, self._kinds[0], self.current_id)
        if self.history_action is not None:
            self.toolbar.addAction(self.history_action)
        self.count_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.toolbar)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(reason_label(self.reason))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self.setFocusProxy(self.search)
        self.refresh()

    def show_rows(self, rows: Sequence[Any]) -> None:
        chosen = self.current_id()
        self.model.set_rows(rows)
        if chosen is not None:
            self.select(chosen)
        self.count_label.setText(self.tr("{count} in all").format(count=f"{len(rows):,}"))

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row.id if row is not None else None

    def select(self, record_id: int) -> bool:
        for number, row in enumerate(self.model.rows):
            if row.id == record_id:
                index = self.proxy.mapFromSource(self.model.index(number, 0))
                if index.isValid():
                    self.view.setCurrentIndex(index)
                    self.view.scrollTo(index)
                    return True
        return False

    def edit_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.open_requested.emit(record_id)


class AreasPage(ReadPage):
    """The tree of areas; ``open_requested(area id, parent id)`` asks for a form (area None:
    a new area, under the one in focus)."""

    open_requested = Signal(object, object)

    def __init__(self, ctx: AppContext, roles: tuple[UserRole, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, area_rows, ("areas",), roles, parent)
        self.tree = QTreeWidget()
        self.tree.setObjectName("areasTree")
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("English name"), self.tr("Level"),
                                   self.tr("Code")])
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.itemActivated.connect(lambda _item, _column: self.edit_current())
        self.new_action, self.edit_action = page_actions(
            self, self.tr("New area"), self._on_new, self.edit_current, self.reason)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.new_action)
        self.toolbar.addAction(self.edit_action)
        self.count_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(reason_label(self.reason))
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.count_label)
        self.setFocusProxy(self.tree)
        self.refresh()

    def show_rows(self, areas: Sequence[AreaRow]) -> None:
        chosen = self.current_id()
        opened = {item.data(0, ID_ROLE) for item in self._items().values()
                  if item.isExpanded()}
        items = fill_area_tree(self.tree, areas, checkable=False, columns=lambda a: (
            a.name_ar, a.name_en or "", label(a.level), a.code or ""))
        for area_id, item in items.items():
            if area_id in opened:
                item.setExpanded(True)
        if chosen in items:
            self.tree.setCurrentItem(items[chosen])
            self.tree.scrollToItem(items[chosen])
        self.count_label.setText(self.tr("{count} areas").format(count=f"{len(areas):,}"))

    def _items(self) -> dict[int, Any]:
        found = {}
        stack = [self.tree.topLevelItem(n) for n in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            found[item.data(0, ID_ROLE)] = item
            stack.extend(item.child(n) for n in range(item.childCount()))
        return found

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def select(self, area_id: int) -> bool:
        item = self._items().get(area_id)
        if item is not None:
            self.tree.setCurrentItem(item)
        return item is not None

    def _on_new(self) -> None:
        self.open_requested.emit(None, self.current_id())

    def edit_current(self) -> None:
        area_id = self.current_id()
        if area_id is not None:
            self.open_requested.emit(area_id, None)
