"""Small pieces every meetings widget shares: labels, errors and a type-ahead choice box.

``ui.labels`` and ``ui.errors`` belong to the shell and are imported when first used, so this
package loads even where the shell is being rebuilt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDateTime,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QWidget,
)

from desktop.text.arabic import fold_digits, normalise

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
# Every date of the meetings screens reads and types year first, as the minutes print it.
DATE_FORMAT = "yyyy-MM-dd"
DATE_TIME_FORMAT = f"{DATE_FORMAT} HH:mm"


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

    def value_at(self, row: int) -> Any:
        """The value itself: Qt's item data would turn a string enum into a plain string."""
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

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
        self.beginFilterChange()
        self._words = normalise(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

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
        self._fitting = False
        completer.popup().installEventFilter(self)
        self.lineEdit().textEdited.connect(self._filter.set_text)
        self.lineEdit().returnPressed.connect(self.take_typed)
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
        return self.choices.value_at(self.currentIndex())

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
        row = self.choices.row_of(index.data(ID_ROLE))
        self.set_value(self.choices.value_at(row))

    def take_typed(self) -> bool:
        """Typed text chooses: the highlighted match, else the first (Enter or Tab, no mouse).

        Text that matches nothing leaves the choice as it was; clearing the box chooses the
        empty choice where there is one.
        """
        typed = self.lineEdit().text()
        if typed == self.chosen_text():
            return False
        self._filter.set_text(typed)
        popup = self.completer().popup()
        current = popup.currentIndex() if popup.isVisible() else QModelIndex()
        index = self._filter.index(current.row() if current.isValid() else self._best(typed), 0)
        popup.hide()
        if not index.isValid():
            self.lineEdit().setText(self.chosen_text())
            return False
        self.set_value(self.choices.value_at(self._filter.mapToSource(index).row()))
        self.lineEdit().setText(self.chosen_text())
        return True

    def chosen_text(self) -> str:
        """The chosen item's text (an editable combo's currentText is whatever was typed)."""
        return self.itemText(self.currentIndex()) if self.currentIndex() >= 0 else ""

    def _best(self, typed: str) -> int:
        """The filtered row the clerk most likely meant: the same text, else one that starts
        with it, else the first (so «قيادة شرطة ميسان» is not «غرفة عمليات قيادة شرطة ميسان»)."""
        key = normalise(typed)
        keys = [self._filter.index(n, 0).data(KEY_ROLE) or ""
                for n in range(self._filter.rowCount())]
        for wanted in (lambda k: k == key, lambda k: k.startswith(key)):
            found = next((n for n, k in enumerate(keys) if wanted(k)), None)
            if found is not None:
                return found
        return 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        popup = self.completer().popup()
        if (watched is popup and not self._fitting
                and event.type() in (QEvent.Type.Show, QEvent.Type.Resize)):
            self._fit_popup()
        return super().eventFilter(watched, event)

    def _fit_popup(self) -> None:
        popup = self.completer().popup()
        if popup.isVisible():
            self._fitting = True
            try:
                widen_popup(self, popup, popup)
            finally:
                self._fitting = False

    def showPopup(self) -> None:
        super().showPopup()
        widen_popup(self, self.view().window(), self.view())

    def focusOutEvent(self, event) -> None:
        # Typed text that matches nothing must not linger as if it were the choice.
        self.take_typed()
        super().focusOutEvent(event)
        self.lineEdit().setText(self.chosen_text())


def widen_popup(box: QWidget, popup: QWidget, view: QAbstractItemView) -> None:
    """A choice box's list as wide as its longest entry, within the screen.

    Qt makes the list as wide as the box, which in a table's cell cut «المديرية العامة لشرطة
    محافظة ذي قار» to its first words. The list grows from the box's leading edge (the right
    one in Arabic) and moves back inside the screen if it would run off it. ``popup`` is the
    list's window, ``view`` the list in it (the same widget for a type-ahead list).
    """
    screen = (box.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    shape = popup.geometry()
    need = (view.sizeHintForColumn(0) + 2 * view.frameWidth() + 8
            + view.verticalScrollBar().sizeHint().width())  # room for it, shown or not
    width = min(max(box.width(), shape.width() - view.width() + need), screen.width())
    corner = box.mapToGlobal(QPoint(0, 0))
    left = corner.x() + box.width() - width if box.isRightToLeft() else corner.x()
    left = max(screen.left(), min(left, screen.left() + screen.width() - width))
    if (left, width) != (shape.x(), shape.width()):
        popup.setGeometry(left, shape.y(), width, shape.height())


def ascii_digit_key(event: QKeyEvent) -> QKeyEvent:
    """The key as its ASCII digit when it types an Arabic-Indic one («٢» → «2»), which a date
    box would otherwise ignore; any other key as it is."""
    text = event.text()
    folded = fold_digits(text)
    if folded == text or not folded.isascii() or not folded.isdigit() or len(folded) != 1:
        return event
    return QKeyEvent(event.type(), Qt.Key(Qt.Key.Key_0.value + int(folded)),
                     event.modifiers(), folded, event.isAutoRepeat(), event.count())


class DateTimeBox(QDateTimeEdit):
    """Tab leaves the box: the sections fill as digits are typed, and arrows move between them.

    Qt's own box spends Tab on its sections (five of them for a date and time), so a clerk
    tabbing through the form stopped five times in each date.
    """

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(ascii_digit_key(event))


class OptionalDateTimeBox(DateTimeBox):
    """A time that may be left unrecorded (its minimum shows a «not recorded» text).

    Qt cannot type over the special text, so on entry the box offers ``fallback()`` (the
    start of the meeting) to type over; left untouched, it goes back to «not recorded».
    """

    def __init__(self, fallback: Callable[[], QDateTime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fallback = fallback
        self._offered: QDateTime | None = None

    def focusInEvent(self, event) -> None:
        if self.dateTime() == self.minimumDateTime():
            self._offered = self._fallback()
            self.blockSignals(True)
            self.setDateTime(self._offered)
            self.blockSignals(False)
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if self._offered is not None and self.dateTime() == self._offered:
            self.blockSignals(True)
            self.setDateTime(self.minimumDateTime())
            self.blockSignals(False)
        self._offered = None


class DateBox(QDateEdit):
    """A date the same way: Tab moves on to the next field, Arabic-Indic digits type."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(ascii_digit_key(event))


def enum_choices(enum_cls: type[Enum]) -> list[tuple[Enum, str]]:
    return [(member, label(member)) for member in enum_cls]


def set_date_format(edit: QDateTimeEdit, fmt: str) -> None:
    """A date/time box that reads left to right (2008-07-13 10:00) in the Arabic window too.

    Qt reverses the sections of a format given to a box that is right to left at that moment
    (2026-12-02 showed as «02-12-2026» and «2010» typed gave the 20th of October), so the box
    is made left to right first. It must be the box itself: a cell editor is born inside the
    main window, which is right to left whatever the application says.
    """
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setDisplayFormat(fmt)
