"""Cell editors for the editor's tables: a type-ahead choice box and a date that may be empty."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDateEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.meetings.common import ChoiceCombo, set_date_format

Index = QModelIndex | QPersistentModelIndex
NO_DATE = QDate(2000, 1, 1)


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a ``ChoiceCombo`` over ``choices()``, asked afresh for each edit."""

    def __init__(self, choices: Callable[[], Sequence[tuple[Any, str]]], *,
                 empty: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self._choices = choices
        self._empty = empty

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        editor = ChoiceCombo(self._choices(), empty=self._empty, parent=parent)
        editor.activated.connect(lambda _row, e=editor: self.commitData.emit(e))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, ChoiceCombo)
        editor.set_value(index.data(Qt.ItemDataRole.EditRole), quiet=True)
        editor.lineEdit().selectAll()  # the key that opened the cell replaces the old choice

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, ChoiceCombo)
        editor.take_typed()  # Tab or Enter after typing chooses, as in the form
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    """A due date; the earliest date of the box stands for «no date»."""

    def __init__(self, no_date_text: str, parent=None) -> None:
        super().__init__(parent)
        self._no_date_text = no_date_text

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setMinimumDate(NO_DATE)
        editor.setSpecialValueText(self._no_date_text)
        set_date_format(editor, "yyyy-MM-dd")
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setDate(QDate(value.year, value.month, value.day) if value else QDate.currentDate())

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        picked = editor.date()
        value = None if picked == NO_DATE else date(picked.year(), picked.month(), picked.day())
        model.setData(index, value, Qt.ItemDataRole.EditRole)
