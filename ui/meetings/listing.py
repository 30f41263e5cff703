"""The meetings list: a table the database sorts and filters, with search and filters.

The search box waits a quarter second after the last keystroke; the core normalises the text
(«احمد» finds «أحمد»). Every filter change hands the model a new source, so sorting, counting
and paging are always SQL's, read by operations off the interface thread
(``ui.itemmodels.ids``). A meeting saved on this workstation or another reaches the list through
the room's change notices: the changed rows are read again, and the selection and the scroll
stay where the user left them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models import MeetingKind, MeetingStatus
from desktop.services.meeting_list import meeting_ids, meeting_rows
from desktop.services.meetings import MeetingFilter
from ui.changes import Debounce
from ui.context import AppContext
from ui.itemmodels.ids import Column, IdTableModel
from ui.itemmodels.tables import record_table
from ui.meetings import lookup
from ui.meetings.common import ChoiceCombo, DateBox, enum_choices, label, set_date_format
from ui.meetings.pickers import PersonPicker

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.storage.changes import ChangeNotice

SEARCH_DELAY_MS = 250
ANY_DATE = QDate(2000, 1, 1)


@dataclass(frozen=True)
class MeetingSource:
    """One filter over the meetings: the ids in order, and rows by id."""

    filter: MeetingFilter
    lang: str = "ar"

    def ids(self, session: Session, sort: str, descending: bool) -> list[int]:
        return meeting_ids(session, self.filter, sort, descending, self.lang)

    def rows(self, session: Session, ids: Sequence[int]) -> list[Any]:
        return meeting_rows(session, ids, self.lang)


# What a meetings row shows: a change to any of these kinds may change a row.
SHOWN_KINDS = ("meetings", "attendances", "organisations", "people", "elections",
               "document_numbers")


def _status(row: Any) -> str:
    text = label(row.status)
    return f"{text} · {row.revision}" if row.revision and row.revision > 1 else text


END = Qt.AlignmentFlag.AlignCenter
COLUMNS = (
    Column("starts_at", QT_TRANSLATE_NOOP("Columns", "Date"),
           lambda r: r.starts_at.strftime("%Y-%m-%d %H:%M"), align=END),
    Column("subject", QT_TRANSLATE_NOOP("Columns", "Subject"), lambda r: r.subject),
    Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: label(r.kind)),
    Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), _status),
    Column("organiser", QT_TRANSLATE_NOOP("Columns", "Organising body"),
           lambda r: r.organiser_name),
    Column("chair", QT_TRANSLATE_NOOP("Columns", "Chair"), lambda r: r.chair_name),
    Column("attendees", QT_TRANSLATE_NOOP("Columns", "Attendees"), lambda r: r.attendee_count,
           sortable=False, align=END),
    Column("number", QT_TRANSLATE_NOOP("Columns", "Number"), lambda r: r.document_number,
           sortable=False, align=END),
)


# How each column takes its width. Dates, kinds, statuses and counts are short and closed: as
# wide as their values, always. The subject takes what the others leave, never under
# SUBJECT_WIDTH. Bodies, chairs and numbers are names of any length: as wide as those on screen
# where the room allows (in that order, none under NAME_WIDTH), then as the user drags them.
# Measured over MEASURED_ROWS rows around those on screen: a list of thousands is never read
# past the page it shows.
# Qt's floor for any column is the font's widest glyph: with an Arabic font, over a hundred
# pixels, so short columns (attendees, numbers) took a hundred each: a floor of our own.
SUBJECT = 1
COLUMN_FLOOR = 40
FIT_TO_CONTENTS = (0, 2, 3, 6)
NAMES = (4, 5, 7)
SUBJECT_WIDTH = 180
NAME_WIDTH = 90
MEASURED_ROWS = 100


def _day(edit: QDateEdit) -> date | None:
    picked = edit.date()
    return None if picked <= ANY_DATE else date(picked.year(), picked.month(), picked.day())


class MeetingsList(QWidget):
    open_requested = Signal(int)
    selection_changed = Signal(object)  # the MeetingRow in focus, or None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter = MeetingFilter()
        self.attendee_id: int | None = None

        self.search = QLineEdit()
        self.search.setObjectName("meetingSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search subject, place, body…"))
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _text: self._timer.start())

        lang = ctx.language
        self.election = ChoiceCombo([], empty=self.tr("All elections"))
        lookup.fill(self.election, ctx.db, lambda session: lookup.read_elections(session, lang))
        self.kind = ChoiceCombo(enum_choices(MeetingKind), empty=self.tr("All kinds"))
        self.status = ChoiceCombo(enum_choices(MeetingStatus), empty=self.tr("All statuses"))
        self.organiser = ChoiceCombo([], empty=self.tr("All bodies"))
        lookup.fill(self.organiser, ctx.db,
                    lambda session: lookup.read_organisations(session, lang))
        self.date_from, self.date_to = DateBox(), DateBox()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            set_date_format(edit, "yyyy-MM-dd")
            edit.setMinimumDate(ANY_DATE)
            edit.setSpecialValueText(self.tr("any"))
            edit.setDate(ANY_DATE)
            edit.dateChanged.connect(self.apply_filter)
        for combo in (self.election, self.kind, self.status, self.organiser):
            combo.value_changed.connect(self.apply_filter)
        self.attendee = PersonPicker(ctx)
        self.attendee.setPlaceholderText(self.tr("Attended by…"))
        self.attendee.picked.connect(self._on_attendee_picked)
        self.attendee_chip = QPushButton()
        self.attendee_chip.setToolTip(self.tr("Clear the attendee filter"))
        self.attendee_chip.clicked.connect(lambda: self._on_attendee_picked(None))
        self.attendee_chip.hide()

        self.model = IdTableModel(COLUMNS, MeetingSource(self.filter, ctx.language), ctx.db,
                                  sort="starts_at", descending=True, parent=self)
        self.model.reloaded.connect(self._show_count)
        self.view = record_table(self.model, "meetingsTable",
                                 order=Qt.SortOrder.DescendingOrder)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setResizeContentsPrecision(MEASURED_ROWS)
        header.setMinimumSectionSize(COLUMN_FLOOR)
        header.setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)
        for column in FIT_TO_CONTENTS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in NAMES:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self._names_sized_by_user: set[int] = set()
        self._sizing_names = False
        header.sectionResized.connect(self._on_header_section_resized)
        self.model.modelReset.connect(self._fit_names)
        # Rows come after the ids (a placeholder stands in meanwhile): the names are fitted
        # again once they are here, one fitting for a burst of pages.
        self._refit = QTimer(self, singleShot=True, interval=0)
        self._refit.timeout.connect(self._fit_names)
        self.model.dataChanged.connect(lambda *_args: self._refit.start())
        self.model.layoutChanged.connect(lambda *_args: self._refit.start())
        self.view.viewport().installEventFilter(self)  # the room for names follows the window
        self._fit_names()
        self.view.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.view.activated.connect(lambda index: self._open_row(index.row()))
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.selection_changed.emit(self.current_row()))
        self.model.modelReset.connect(lambda: self.selection_changed.emit(self.current_row()))
        self.count_label = QLabel()

        filters = QGridLayout()
        filters.addWidget(QLabel(self.tr("&Search")), 0, 0)
        filters.itemAtPosition(0, 0).widget().setBuddy(self.search)
        filters.addWidget(self.search, 0, 1, 1, 3)
        filters.addWidget(QLabel(self.tr("Election")), 0, 4)
        filters.addWidget(self.election, 0, 5)
        filters.addWidget(QLabel(self.tr("Kind")), 1, 0)
        filters.addWidget(self.kind, 1, 1)
        filters.addWidget(QLabel(self.tr("Status")), 1, 2)
        filters.addWidget(self.status, 1, 3)
        filters.addWidget(QLabel(self.tr("Organising body")), 1, 4)
        filters.addWidget(self.organiser, 1, 5)
        filters.addWidget(QLabel(self.tr("From")), 2, 0)
        filters.addWidget(self.date_from, 2, 1)
        filters.addWidget(QLabel(self.tr("To")), 2, 2)
        filters.addWidget(self.date_to, 2, 3)
        filters.addWidget(QLabel(self.tr("Attendee")), 2, 4)
        attendee_box = QHBoxLayout()
        attendee_box.addWidget(self.attendee, 1)
        attendee_box.addWidget(self.attendee_chip)
        filters.addLayout(attendee_box, 2, 5)
        for column, stretch in ((1, 1), (3, 1), (5, 2)):
            filters.setColumnStretch(column, stretch)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self._show_count()
        self.model.reload(reset=True)
        self._changes = Debounce(self._on_room_changed, self)
        if ctx.changes is not None:
            ctx.changes.changed.connect(self._on_change_noticed)

    def _on_change_noticed(self, notice: ChangeNotice) -> None:
        if notice.everything or any(notice.touches(kind) for kind in SHOWN_KINDS):
            self._changes.add(notice)

    def _on_room_changed(self, notices: list[ChangeNotice]) -> None:
        """Read the ids again; the rows of the meetings named are read again too, and every
        row where what changed is not a meeting (a body renamed, an attendee added)."""
        changed: set[int] = set()
        for notice in notices:
            if notice.everything or any(notice.touches(kind) for kind in SHOWN_KINDS
                                        if kind != "meetings"):
                self.model.reload(changed=None)
                return
            ids = notice.ids("meetings")
            if ids is None:
                self.model.reload(changed=None)
                return
            changed.update(i for i in ids if isinstance(i, int))
        self.model.reload(changed=frozenset(changed))

    def _wanted_width(self, column: int) -> int:
        """What the header gives a column sized to its contents: its values or its title."""
        return max(self.view.sizeHintForColumn(column),
                   self.view.horizontalHeader().sectionSizeHint(column))

    def _fit_names(self) -> None:
        """The body, chair and number columns as wide as their names while the subject keeps
        its room; a column the user has set is left as set."""
        room = (self.view.viewport().width() - SUBJECT_WIDTH
                - sum(self._wanted_width(column) for column in FIT_TO_CONTENTS))
        self._sizing_names = True
        try:
            for place, column in enumerate(NAMES):
                still = len(NAMES) - place - 1  # the name columns after this one
                if column in self._names_sized_by_user:
                    width = self.view.columnWidth(column)
                else:
                    width = max(NAME_WIDTH, min(self._wanted_width(column),
                                                room - still * NAME_WIDTH))
                    self.view.setColumnWidth(column, width)
                room -= width
        finally:
            self._sizing_names = False

    def _on_header_section_resized(self, column: int, _old: int, _new: int) -> None:
        if column in NAMES and not self._sizing_names:
            self._names_sized_by_user.add(column)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_names()
        return super().eventFilter(watched, event)

    def _on_attendee_picked(self, card: lookup.PersonCard | None) -> None:
        self.attendee_id = card.id if card else None
        self.attendee_chip.setText(f"{card.name}  ✕" if card else "")
        self.attendee_chip.setVisible(card is not None)
        self.attendee.setVisible(card is None)
        self.apply_filter()

    def current_filter(self) -> MeetingFilter:
        return replace(MeetingFilter(), text=self.search.text().strip(),
                       election_id=self.election.value(), kind=self.kind.value(),
                       status=self.status.value(), organiser_id=self.organiser.value(),
                       date_from=_day(self.date_from), date_to=_day(self.date_to),
                       attendee_id=self.attendee_id)

    def apply_filter(self, *_args: Any) -> None:
        self._timer.stop()
        self.filter = self.current_filter()
        self.model.set_source(MeetingSource(self.filter, self.ctx.language))

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """Read again (after a save or a workflow step); the row in focus keeps its place.
        ``then`` runs once the list is read."""
        if then is not None:
            def once() -> None:
                self.model.reloaded.disconnect(once)
                then()

            self.model.reloaded.connect(once)
        self.model.reload(changed=None)

    def select_meeting(self, meeting_id: int) -> bool:
        number = self.model.row_of(meeting_id)
        if number is None:
            return False
        self.view.setCurrentIndex(self.model.index(number, 1))  # actions follow it
        self.view.scrollTo(self.view.currentIndex())
        return True

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%n meeting(s)", "", self.model.rowCount()))

    def current_row(self) -> Any | None:
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _open_row(self, number: int) -> None:
        meeting_id = self.model.id_at(number)
        if meeting_id is not None:
            self.open_requested.emit(meeting_id)
