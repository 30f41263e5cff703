"""The room's read-only record tables set up one way: whole rows chosen, nothing edited in
place, sorted by a column from the start, alternate rows shaded. The meetings list, the
directives board, the centres list and the audit trail are such tables; each view keeps only
what is its own (its columns' widths, its row height, its menus)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget


def record_table(model: QAbstractItemModel, name: str, *, sort_column: int = 0,
                 order: Qt.SortOrder = Qt.SortOrder.AscendingOrder, several: bool = False,
                 parent: QWidget | None = None) -> QTableView:
    """A table of ``model``'s records named ``name`` (for tests and style sheets); ``several``
    lets the user choose more than one row (the directives board updates several at once)."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.horizontalHeader().setSortIndicator(sort_column, order)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if several
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    return view
