"""Small pieces every meetings widget shares: labels, errors and a type-ahead choice box.

``ui.labels`` and ``ui.errors`` belong to the shell and are imported when first used, so this
package loads even where the shell is being rebuilt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QCompleter, QDateTimeEdit, QWidget

from desktop.text.arabic import normalise

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2


def label(member: Enum) -> str:
    from ui.labels import label as shell_label

    return shell_label(member)


def show_error(parent: QWidget | None, error: BaseException) -> Any:
    from ui.errors import show_error as shell_show_error

    return shell_show_error(parent, error)


class ChoiceModel(QAbstractListModel):
    """(value, text) pairs; the search key is the normalised text, so «احمد» finds «أحمد»."""

    def __init__(self, choices: Iterable[tuple[Any, str]] = (), parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Any, str, str]] = []
        self.set_choices(choices)

    def set_choices(self, choices: Iterable[tuple[Any, str]]) -> None:
        self.beginResetModel()
        self._rows = [(value, text, normalise(text)) for value, text in choices]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value, text, key = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        if role == ID_ROLE:
            return value
        if role == KEY_ROLE:
            return key
        return None

    def row_of(self, value: Any) -> int:
        return next((n for n, row in enumerate(self._rows) if row[0] == value), -1)

    def text_of(self, value: Any) -> str:
        row = self.row_of(value)
        return self._rows[row][1] if row >= 0 else ""


class NormalisedFilter(QSortFilterProxyModel):
    """Keeps the rows whose normalised text holds every normalised word typed."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        self._words = normalise(text).split()
        self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        key = self.sourceModel().index(row, 0, parent).data(KEY_ROLE) or ""
        return all(word in key for word in self._words)


class ChoiceCombo(QComboBox):
    """A combo the clerk can type into: the popup lists matches by normalised Arabic.

    ``value()`` is the chosen id (or member), ``None`` for the empty choice.
    """

    value_changed = Signal(object)

    def __init__(self, choices: Sequence[tuple[Any, str]] = (), *, empty: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty = empty
        self.choices = ChoiceModel(parent=self)
        self.setModel(self.choices)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._filter = NormalisedFilter(self)
        self._filter.setSourceModel(self.choices)
        completer = QCompleter(self._filter, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated[QModelIndex].connect(self._on_completer_activated)
        self.setCompleter(completer)
        self.lineEdit().textEdited.connect(self._filter.set_text)
        self.currentIndexChanged.connect(lambda _row: self.value_changed.emit(self.value()))
        self.set_choices(choices)

    def set_choices(self, choices: Sequence[tuple[Any, str]]) -> None:
        current = self.value()
        self.blockSignals(True)
        rows = ([(None, self._empty)] if self._empty is not None else []) + list(choices)
        self.choices.set_choices(rows)
        self.blockSignals(False)
        self.set_value(current, quiet=True)

    def value(self) -> Any:
        return self.currentData(ID_ROLE) if self.currentIndex() >= 0 else None

    def set_value(self, value: Any, *, quiet: bool = False) -> None:
        row = self.choices.row_of(value)
        if row < 0 and self._empty is not None:
            row = 0
        if quiet:
            self.blockSignals(True)
        self.setCurrentIndex(row)
        if quiet:
            self.blockSignals(False)

    def _on_completer_activated(self, index: QModelIndex) -> None:
        self.set_value(index.data(ID_ROLE))

    def focusOutEvent(self, event) -> None:
        # Typed text that matches nothing must not linger as if it were the choice.
        super().focusOutEvent(event)
        self.lineEdit().setText(self.currentText())


def enum_choices(enum_cls: type[Enum]) -> list[tuple[Enum, str]]:
    return [(member, label(member)) for member in enum_cls]


def set_date_format(edit: QDateTimeEdit, fmt: str) -> None:
    """A date/time box that reads left to right (2008-07-13 10:00) in the Arabic window too.

    Qt reverses the sections of a date format when the application is right to left, which
    turns 10:00 into «00:10»; the format is parsed under a left-to-right application instead.
    """
    direction = QGuiApplication.layoutDirection()
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    try:
        edit.setDisplayFormat(fmt)
    finally:
        QGuiApplication.setLayoutDirection(direction)
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
