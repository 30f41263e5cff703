"""The board's table: the directives the filter keeps, as the database sorts them.

Rows come by operations, a page at a time (``ui.itemmodels.ids``), never from ``data()``. A
directive past its due date stands out: its row tinted, its days late in bold red. The day is
the room's (``desktop.services.room_clock``), given with the source, so a read at midnight
counts the new day.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.services import room_clock
from desktop.services.directive_board import DirectiveFilter, directive_ids, directive_rows
from ui.direction import LRI, PDI
from ui.itemmodels.ids import Column, IdTableModel
from ui.labels import label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

LATE_BACKGROUND = QColor("#fde4e4")
LATE_TEXT = QColor("#a4000f")
CENTRE = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class DirectiveSource:
    """One filter over the board, on one day of the room: the numbers in order, rows by
    number."""

    filter: DirectiveFilter
    today: date
    lang: str = "ar"

    def ids(self, session: Session, sort: str, descending: bool) -> list[int]:
        return directive_ids(session, self.filter, self.today, sort, descending)

    def rows(self, session: Session, ids: Sequence[int]) -> list[Any]:
        return directive_rows(session, ids, self.today, self.lang)


def ltr(text: str) -> str:
    """A date or a number inside a right-to-left line, kept in its own order («2010-03-02»
    would otherwise read «02-03-2010» beside Arabic words). An isolate, not marks: a mark
    at the start of a line would turn the whole line left to right."""
    return f"{LRI}{text}{PDI}"


def last_update(row: Any) -> str:
    """«2010-03-02 · the note», the latest follow-up, on the room's day it was written."""
    if row.last_update_at is None:
        return ""
    when = ltr(room_clock.local(row.last_update_at).date().isoformat())
    text = row.last_update or (label(row.last_update_status) if row.last_update_status else "")
    return f"{when} · {text}" if text else when


COLUMNS = (
    Column("number", QT_TRANSLATE_NOOP("Columns", "No."), lambda r: r.id, align=CENTRE),
    Column("text", QT_TRANSLATE_NOOP("Columns", "Directive"), lambda r: r.text),
    Column("meeting", QT_TRANSLATE_NOOP("Columns", "Meeting"),
           lambda r: r.meeting_date.isoformat(), align=CENTRE),
    Column("responsible", QT_TRANSLATE_NOOP("Columns", "Responsible"),
           lambda r: r.responsible),
    Column("due", QT_TRANSLATE_NOOP("Columns", "Due"),
           lambda r: r.due_date.isoformat() if r.due_date else "", align=CENTRE),
    Column("days_late", QT_TRANSLATE_NOOP("Columns", "Days late"),
           lambda r: r.days_late or "", align=CENTRE),
    Column("priority", QT_TRANSLATE_NOOP("Columns", "Priority"), lambda r: label(r.priority),
           align=CENTRE),
    Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: label(r.status),
           align=CENTRE),
    Column("updated", QT_TRANSLATE_NOOP("Columns", "Last update"), last_update),
)
DAYS_LATE = next(n for n, c in enumerate(COLUMNS) if c.key == "days_late")


class BoardModel(IdTableModel):
    """The board's rows, late ones marked; everything else as ``IdTableModel`` has it."""

    def __init__(self, source: DirectiveSource, db: Any, parent=None) -> None:
        super().__init__(COLUMNS, source, db, sort="due", parent=parent)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole \
                and COLUMNS[index.column()].key == "meeting":
            row = self.row(index.row())  # the date on screen, the subject in the tip
            return f"{row.meeting_date.isoformat()} — {row.meeting_subject}" if row else None
        if index.isValid() and role in (Qt.ItemDataRole.BackgroundRole,
                                        Qt.ItemDataRole.ForegroundRole,
                                        Qt.ItemDataRole.FontRole):
            row = self.row(index.row())
            if row is None or not row.late:
                return None
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(LATE_BACKGROUND)
            if index.column() != DAYS_LATE:
                return None
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(LATE_TEXT)
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)

    def rows_at(self, numbers: Sequence[int]) -> list[Any]:
        """The rows at these view rows that are here (a row still on its way is left out)."""
        return [row for n in numbers if (row := self.row(n)) is not None]
