"""Cell editors for the editor's tables: a type-ahead choice box and a date that may be empty."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui.meetings.common import DATE_FORMAT, ChoiceCombo, DateBox, set_date_format

Index = QModelIndex | QPersistentModelIndex
CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
STEP_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


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


class OptionalDateEdit(DateBox):
    """A date that may be left empty, typed year first like the meeting's start.

    ``value()`` is ``None`` until the clerk gives a date: a digit typed, an arrow, or a day
    picked on the calendar. Until then the box offers ``offered()`` (the meeting's day) in
    grey, to type over, and leaving it untouched keeps it empty: a cell tabbed through is
    not given a date. A date typed only in part is no date either, as a part-typed start
    goes back to the start it had. Delete, Backspace or the clear button empty it again.
    """

    value_cleared = Signal()

    def __init__(self, offered: Callable[[], date], clear_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_date_format(self, DATE_FORMAT)
        self.setCalendarPopup(True)
        self._offered = offered
        self._empty = False
        self._typed_over_offer = False  # typing began on the offered day
        self._normal = QPalette(self.lineEdit().palette())
        self._offer_palette = QPalette(self._normal)
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            grey = self._normal.color(group, QPalette.ColorRole.PlaceholderText)
            self._offer_palette.setColor(group, QPalette.ColorRole.Text, grey)
        self.clear_action = QAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton),
            clear_text, self)
        self.clear_action.setToolTip(clear_text)
        self.clear_action.triggered.connect(self.clear_value)
        self.lineEdit().addAction(self.clear_action, QLineEdit.ActionPosition.TrailingPosition)
        self.dateChanged.connect(self._on_date_changed)
        self.calendarWidget().clicked.connect(self._on_calendar_clicked)
        self.set_value(None)

    def value(self) -> date | None:
        if self._empty or (self._typed_over_offer and not self.hasAcceptableInput()):
            return None
        picked = self.date()
        return date(picked.year(), picked.month(), picked.day())

    def set_value(self, value: date | None) -> None:
        """Show ``value``, or offer the meeting's day when there is none; no signal either way."""
        shown = value if value is not None else self._offered()
        self.blockSignals(True)
        self.setDate(QDate(shown.year, shown.month, shown.day))
        self.blockSignals(False)
        self._set_empty(value is None)

    def clear_value(self) -> None:
        self.set_value(None)
        self.setCurrentSectionIndex(0)  # a date typed next starts with its year
        self.value_cleared.emit()

    def is_empty(self) -> bool:
        return self._empty

    def _set_empty(self, empty: bool, *, typing: bool = False) -> None:
        self._typed_over_offer = typing or (self._typed_over_offer and not empty)
        self._empty = empty
        self.lineEdit().setPalette(self._offer_palette if empty else self._normal)
        self.clear_action.setVisible(not empty)

    def _on_date_changed(self, _date: QDate) -> None:
        self._set_empty(False)

    def _on_calendar_clicked(self, _date: QDate) -> None:
        self._set_empty(False)  # the offered day itself, picked, is a date given

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and event.key() in CLEAR_KEYS:
            self.clear_value()
            event.accept()
            return
        if self._empty and plain and event.key() in STEP_KEYS:
            self._set_empty(False)  # the first arrow takes the offered day; the next moves it
            event.accept()
            return
        before = self.text()
        super().keyPressEvent(event)
        if self._empty and self.text() != before:
            self._set_empty(False, typing=True)  # a digit the box took: a date is being typed

    def sizeHint(self) -> QSize:
        # Room for the clear button, which the box's own hint does not count.
        hint = super().sizeHint()
        icon = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self)
        return QSize(hint.width() + icon + 10, hint.height())


class DateDelegate(QStyledItemDelegate):
    """A due date that may be empty: ``None`` in the model unless the clerk gives one.

    The editor is wider than the narrow column when it needs to be, and reads left to right
    in the right-to-left table. (Delete or Backspace on the closed cell is the agenda
    panel's: it empties the date there and keeps the row.)
    """

    def __init__(self, clear_text: str, offered: Callable[[], date] = date.today,
                 parent=None) -> None:
        super().__init__(parent)
        self._clear_text = clear_text
        self._offered = offered

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        editor = OptionalDateEdit(self._offered, self._clear_text, parent)
        editor.value_cleared.connect(lambda e=editor: self.commitData.emit(e))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, OptionalDateEdit)
        editor.set_value(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, OptionalDateEdit)
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: Index) -> None:
        """The cell's rectangle, widened to the editor's own width from the cell's leading
        side (its right edge in the Arabic table), and kept inside the table."""
        cell = QRect(option.rect)
        width = max(cell.width(), editor.sizeHint().width())
        if option.direction == Qt.LayoutDirection.RightToLeft:
            rect = QRect(cell.right() + 1 - width, cell.top(), width, cell.height())
        else:
            rect = QRect(cell.left(), cell.top(), width, cell.height())
        area = editor.parentWidget().rect() if editor.parentWidget() else rect
        if rect.right() > area.right():
            rect.moveRight(area.right())
        if rect.left() < area.left():
            rect.moveLeft(area.left())
        editor.setGeometry(rect)
