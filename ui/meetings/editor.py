"""The minutes editor: a meeting's details, attendees and agenda, recorded from the keyboard.

Everything the clerk changes goes through the undo stack and, a moment later, into the draft
journal (``desktop.drafts``), so a crash loses at most the last second. Saving hands the whole
``MinutesInput`` to the meetings service in one unit of work; a refusal is shown and the form
keeps what was typed. Minutes that are submitted or approved open read-only.

The editor never waits for the database: reading the minutes, saving them and every step of
the workflow are operations (``ui.operations``) whose outcome comes back to a callback. While
one runs the editor is ``busy``: Save and the steps are off, so nothing is sent twice.

The room: a change to these minutes committed elsewhere (another workstation, or another
window of this one) is heard through the change hub (``ctx.changes``) by ``ui.meetings.room``
and said at once in a banner; a save made on a copy someone has changed since is refused by
the core and opens the conflict dialog (``ui.meetings.conflict``), theirs beside mine.
Nobody's update is lost.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, cast

import shiboken6
from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDateTimeEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop import drafts
from desktop.models import (
    Classification,
    Meeting,
    MeetingKind,
    MeetingStatus,
    OutcomeKind,
)
from desktop.services.actor import Actor
from desktop.services.errors import NotFound, StaleRecord
from desktop.services.meetings import (
    AgendaItemInput,
    AttendeeInput,
    MeetingInput,
    MeetingState,
    MinutesInput,
    OutcomeInput,
    chair_after,
    chaired_by,
    create_meeting,
    load_meeting,
    save_meeting,
)
from desktop.services.people import PersonCard
from reports.file_names import suggested
from ui.context import AppContext
from ui.field_limits import limit_lengths
from ui.meetings import conflict, lookup, workflow
from ui.meetings.agenda_panel import AgendaPanel
from ui.meetings.attendees_panel import AttendeesPanel
from ui.meetings.commands import SetValue
from ui.meetings.common import (
    DATE_TIME_FORMAT,
    ChoiceCombo,
    DateTimeBox,
    OptionalDateTimeBox,
    enum_choices,
    set_date_format,
    show_error,
)
from ui.meetings.plain import from_plain, to_plain
from ui.meetings.room import EditorRoom
from ui.meetings.rows import AgendaRow, AttendeeRow, OutcomeRow
from ui.meetings.workflow import AMEND_KEY, APPROVE_KEY, EXCEL_KEY, RETURN_KEY, SUBMIT_KEY
from ui.operations import Operation, change_op, query_op

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


log = logging.getLogger("ghurfa.meetings")
DRAFT_KIND = "meeting"
JOURNAL_DELAY_MS = 1500
NO_END = QDateTime(datetime(2000, 1, 1))


def _qdt(value: datetime | None) -> QDateTime:
    return QDateTime(value) if value is not None else NO_END


def _py(value: QDateTime) -> datetime | None:
    if value <= NO_END:
        return None
    return value.toPython().replace(second=0, microsecond=0)


# -- the editor's units of work, run by operations off the interface thread ----------------------

@dataclass(frozen=True)
class EditorRead:
    """What an editor shows, read in one unit of work: the minutes as stored (None for new
    minutes, or minutes gone), the bodies and elections to choose from, the people named."""

    state: MeetingState | None
    organisations: list[tuple[int, str]]
    elections: list[tuple[int, str]]
    cards: dict[int, PersonCard]


def people_of(minutes: MinutesInput) -> set[int]:
    """Everyone the minutes name: attendees, the chair, those responsible for outcomes."""
    outcomes = [o for item in minutes.agenda for o in item.outcomes] + minutes.other_outcomes
    found = {a.person_id for a in minutes.attendees} | {minutes.meeting.chair_id}
    found |= {o.responsible_person_id for o in outcomes}
    return {i for i in found if i is not None}


def read_choices(session: Session, lang: str) -> tuple[list[tuple[int, str]],
                                                       list[tuple[int, str]]]:
    """The bodies and the elections to choose from."""
    return (list(lookup.read_organisations(session, lang)),
            list(lookup.read_elections(session, lang)))


def read_for_editor(session: Session, meeting_id: int | None, lang: str,
                    people: Iterable[int] = ()) -> EditorRead:
    """The minutes (if ``meeting_id``), the choices, and the cards of everyone named."""
    state = load_meeting(session, meeting_id) if meeting_id is not None else None
    wanted = set(people) | (people_of(state.minutes) if state is not None else set())
    organisations, elections = read_choices(session, lang)
    return EditorRead(state, organisations, elections, lookup.read_cards(session, wanted))


def write_minutes(session: Session, actor: Actor, meeting_id: int | None,
                  version: int | None, data: MinutesInput) -> MeetingState:
    """Create or save the minutes in one unit of work, checked against the version the clerk
    read; the minutes as this unit of work leaves them (their new version)."""
    if meeting_id is None:
        meeting_id = create_meeting(session, actor, data)
    else:
        save_meeting(session, actor, meeting_id, data, expected_version=version)
    session.flush()
    return load_meeting(session, meeting_id)


class MeetingEditor(QWidget):
    saved = Signal(int)  # the meeting id
    save_finished = Signal(bool)  # a save ended: committed (True) or refused (False)
    loaded = Signal()  # the minutes as stored are in the form (after opening or reloading)
    changed_elsewhere = Signal()  # a workflow step changed the record (the list refreshes)
    title_changed = Signal(str)
    open_meeting = Signal(int)  # another meeting to open (an amendment, a recurring one)
    close_requested = Signal()  # saved on the way out: the tab may go now

    def __init__(self, ctx: AppContext, meeting_id: int | None = None, *,
                 draft: dict[str, Any] | None = None, draft_key: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.version: int | None = None
        self.status = MeetingStatus.DRAFT
        self.revision = 1
        self.fingerprint: str | None = None
        self.document_number: str | None = None
        self.draft_key = draft_key or (f"meeting-{meeting_id}" if meeting_id
                                       else f"meeting-new-{uuid.uuid4().hex[:12]}")
        self._restored = False
        self._loading = False  # the form is being filled: its edits are no user's
        self._running: str | None = None  # the operation under way: opening, saving, a step
        self._opening = meeting_id is not None or draft is not None  # nothing to show yet
        self._seen: dict[str, Any] | None = None  # the minutes as last read or saved
        self._values: dict[str, Any] = {}
        self._appliers: dict[str, tuple[Any, Any]] = {}
        self._undoable: dict[str, Callable[[Any], None]] = {}  # a field's undo-step setter
        self._organisations: list[tuple[int, str]] = []
        self._org_names: dict[int, str] = {}
        self._election_names: dict[int, str] = {}
        self._people: dict[int, str] = {}
        self._other_outcomes: list[Any] = []
        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(self._on_changed)
        self._journal_timer = QTimer(self, singleShot=True, interval=JOURNAL_DELAY_MS)
        self._journal_timer.timeout.connect(self.journal_now)

        self._build()
        self.room = EditorRoom(self)
        if draft is not None:
            self._restore(draft)
        elif meeting_id is not None:
            self.reload()
        else:
            self._fill(MinutesInput(MeetingInput(
                kind=MeetingKind.JOINT_MEETING, subject="",
                starts_at=datetime.now().replace(second=0, microsecond=0)), [], []))
            self._reload_choices()
        self._update_state()

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = QLabel()
        self.banner.setObjectName("meetingBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel#meetingBanner { background: #fff4d6; color: #5a4300;"
                                  " border: 1px solid #e0c26b; padding: 6px; }")
        self.banner.hide()
        self.room_banner = conflict.RoomBanner()
        self.status_line = QLabel()
        self.status_line.setObjectName("editorStatus")

        self.subject = QLineEdit()
        self.subject.setObjectName("subject")
        self.kind = ChoiceCombo(enum_choices(MeetingKind))
        self.classification = ChoiceCombo(enum_choices(Classification))
        self.election = ChoiceCombo(empty=self.tr("(none)"))
        self.organiser = ChoiceCombo(empty=self.tr("(none)"))
        self.starts = DateTimeBox()
        self.ends = OptionalDateTimeBox(lambda: self.starts.dateTime())
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            set_date_format(edit, DATE_TIME_FORMAT)
        self.ends.setMinimumDateTime(NO_END)
        self.ends.setSpecialValueText(self.tr("(not recorded)"))
        self.place = QLineEdit()
        self.place.setObjectName("place")
        limit_lengths({self.subject: Meeting.subject, self.place: Meeting.place})
        self.chair = ChoiceCombo(empty=self.tr("(choose among the attendees)"))

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        def row(line: int, column: int, text: str, widget: QWidget, span: int = 1) -> None:
            caption = QLabel(text)
            caption.setBuddy(widget)
            grid.addWidget(caption, line, column * 2)
            grid.addWidget(widget, line, column * 2 + 1, 1, span)

        row(0, 0, self.tr("&Subject"), self.subject, 3)
        row(1, 0, self.tr("&Kind"), self.kind)
        row(1, 1, self.tr("C&lassification"), self.classification)
        row(2, 0, self.tr("&Election"), self.election)
        row(2, 1, self.tr("Or&ganising body"), self.organiser)
        row(3, 0, self.tr("S&tarts"), self.starts)
        row(3, 1, self.tr("E&nds"), self.ends)
        row(4, 0, self.tr("&Place"), self.place)
        row(4, 1, self.tr("C&hair"), self.chair)

        self.attendees = AttendeesPanel(
            self.ctx, self.undo_stack, self.organisation_name, lambda: self._organisations,
            self._new_attendee)
        self.attendees.message.connect(self.status_line.setText)
        self.attendees.organisations_changed.connect(self._reload_choices)
        self.attendees.model.rows_changed.connect(self._on_attendees_changed)
        self.attendees.model.consequences = self._attendee_edit_consequences
        self.agenda = AgendaPanel(
            self.undo_stack, self.organisation_name, self.person_name,
            lambda: self._organisations, self._person_choices,
            lambda: OutcomeInput(kind=OutcomeKind.DIRECTIVE, text=""),
            meeting_day=self._meeting_day)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.attendees, self.tr("Attendees"))
        self.tabs.addTab(self.agenda, self.tr("Agenda and outcomes"))
        self.attendees.show_me = lambda: self.tabs.setCurrentWidget(self.attendees)
        self.agenda.show_me = lambda: self.tabs.setCurrentWidget(self.agenda)

        self._bind("subject", self.tr("Edit subject"), self.subject.text,
                   self.subject.setText, self.subject.textEdited)
        self._bind("place", self.tr("Edit place"), self.place.text, self.place.setText,
                   self.place.textEdited)
        for key, title, combo in (("kind", self.tr("Change kind"), self.kind),
                                  ("classification", self.tr("Change classification"),
                                   self.classification),
                                  ("election", self.tr("Change election"), self.election),
                                  ("organiser", self.tr("Change organising body"),
                                   self.organiser),
                                  ("chair", self.tr("Change chair"), self.chair)):
            self._bind(key, title, combo.value,
                       lambda v, c=combo: c.set_value(v, quiet=True), combo.value_changed,
                       follow=self.attendees.seating if key == "chair" else None)
        for key, title, edit in (("starts", self.tr("Change start"), self.starts),
                                 ("ends", self.tr("Change end"), self.ends)):
            self._bind(key, title, lambda e=edit: _py(e.dateTime()),
                       lambda v, e=edit: self._quiet_datetime(e, v), edit.dateTimeChanged)

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.save_action = self._action(self.tr("Save"), QKeySequence.StandardKey.Save,
                                        self.save)
        self.submit_action = self._action(self.tr("Submit for approval"),
                                          QKeySequence(SUBMIT_KEY), self.submit)
        self.approve_action = self._action(self.tr("Approve"), QKeySequence(APPROVE_KEY),
                                           self.approve)
        self.return_action = self._action(self.tr("Return to the clerk"),
                                          QKeySequence(RETURN_KEY), self.return_to_draft)
        self.amend_action = self._action(self.tr("Amend"), QKeySequence(AMEND_KEY), self.amend)
        self.print_action = self._action(self.tr("Print…"), QKeySequence.StandardKey.Print,
                                         self.print_minutes)
        self.excel_action = self._action(self.tr("Excel…"), QKeySequence(EXCEL_KEY),
                                         self.export_excel)
        self.toolbar.addSeparator()
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"),
                                       QKeySequence.StandardKey.Redo])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            self.toolbar.addAction(action)
        self.people_action = self._action(self.tr("Add attendee"), QKeySequence("Ctrl+N"),
                                          self.focus_picker, toolbar=False)
        self.addAction(self.agenda.add_item_action)
        self.addAction(self.agenda.add_outcome_action)
        for action in (self.agenda.add_item_action, self.agenda.add_outcome_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False: self.tabs.setCurrentWidget(self.agenda))

        # On a laptop's short screen the form scrolls, under a toolbar that stays in reach.
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.banner)
        column.addLayout(grid)
        column.addWidget(self.tabs, 1)
        scroll = QScrollArea()
        scroll.setObjectName("editorBody")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.body = scroll
        # The form scrolls to whatever takes the keys: Alt+O opens an outcome's cell below
        # the fold, and Qt follows the focus only when it moves by Tab.
        QApplication.instance().focusChanged.connect(self._on_focus_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.room_banner)  # above the form: never scrolled out of sight
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status_line)
        QWidget.setTabOrder(self.subject, self.kind)
        for first, second in ((self.kind, self.classification),
                              (self.classification, self.election),
                              (self.election, self.organiser), (self.organiser, self.starts),
                              (self.starts, self.ends), (self.ends, self.place),
                              (self.place, self.chair), (self.chair, self.tabs)):
            QWidget.setTabOrder(first, second)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        body = self.body.widget()
        if new is None or body is None or not body.isAncestorOf(new):
            return
        # The whole field, not only its cursor (which is what ensureWidgetVisible shows).
        centre = new.mapTo(body, new.rect().center())
        reach = min(new.height() // 2 + 8, self.body.viewport().height() // 2)
        self.body.ensureVisible(centre.x(), centre.y(), 0, reach)

    def _action(self, text: str, key, slot, *, toolbar: bool = True) -> QAction:
        action = QAction(text, self)
        if key is not None:
            action.setShortcut(QKeySequence(key))
            action.setToolTip(f"{text} ({action.shortcut().toString()})")
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())  # "checked" is no argument
        self.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        return action

    def _bind(self, key: str, title: str, get, put, signal, *,
              follow: Callable[[Any], Callable[[], Any] | None] | None = None) -> None:
        """Route a field's user edits through the undo stack, merged per field.

        ``follow(new)`` gives what else the edit changes (the capacities a new chair brings),
        as a function making those changes in the same undo step, or None.
        """

        def apply(value: Any) -> None:
            self._values[key] = value
            if get() != value:
                put(value)
            if key == "subject":
                self.title_changed.emit(self.title())

        def edited(*_args: Any) -> None:
            if self._loading:
                return
            new, old = get(), self._values.get(key)
            if new == old:
                return
            then = follow(new) if follow is not None else None
            if then is None:
                self.undo_stack.push(SetValue(title, ("field", key), apply, old, new))
                return
            self.undo_stack.beginMacro(title)
            try:
                self.undo_stack.push(SetValue(title, ("field", key), apply, old, new))
                then()
            finally:
                self.undo_stack.endMacro()

        def undoable(value: Any) -> None:
            old = self._values.get(key)
            if value != old:
                self.undo_stack.push(SetValue(title, ("field", key), apply, old, value))

        self._values[key] = get()
        signal.connect(edited)
        self._appliers[key] = (get, put)
        self._undoable[key] = undoable

    @staticmethod
    def _quiet_datetime(edit: QDateTimeEdit, value: datetime | None) -> None:
        edit.blockSignals(True)
        edit.setDateTime(_qdt(value))
        edit.blockSignals(False)

    # -- names ---------------------------------------------------------------------------------

    def _reload_choices(self) -> None:
        """The bodies and elections to choose from, read again (a body was added here)."""
        lang = self.ctx.language
        (query_op(self, self.ctx.db, lambda session: read_choices(session, lang))
         .success(lambda found: self._take_choices(*found))
         .failure(lambda error: show_error(self, error)).run())

    def _take_choices(self, organisations: list[tuple[int, str]],
                      elections: list[tuple[int, str]]) -> None:
        self._organisations = organisations
        self._org_names = dict(organisations)
        self._election_names = dict(elections)
        self.organiser.set_choices(organisations)
        self.election.set_choices(elections)
        self.attendees.model.layoutChanged.emit()  # the bodies represented, by name
        self.agenda.outcomes.layoutChanged.emit()

    def _take_cards(self, cards: dict[int, PersonCard]) -> None:
        self._people.update({pid: card.name for pid, card in cards.items()})

    def organisation_name(self, organisation_id: int | None) -> str:
        return self._org_names.get(organisation_id, "") if organisation_id else ""

    def person_name(self, person_id: int | None) -> str:
        """The name of a person the form names; one not read yet is read in the background
        and shown when it comes (the minutes' own people come with the minutes)."""
        if person_id is None:
            return ""
        if person_id not in self._people:
            self._people[person_id] = "…"
            (query_op(self, self.ctx.db, lambda session: lookup.read_cards(session, [person_id]))
             .success(self._on_cards_read)
             .failure(lambda error: log.warning("a name could not be read: %s", error)).run())
        return self._people[person_id]

    def _on_cards_read(self, cards: dict[int, PersonCard]) -> None:
        self._take_cards(cards)
        self._on_attendees_changed()
        self.agenda.outcomes.layoutChanged.emit()

    def _meeting_day(self) -> date:
        """The day a due date is offered at: the meeting's (minutes are often typed later)."""
        starts = self._values.get("starts")
        return starts.date() if starts is not None else date.today()

    def _person_choices(self) -> list[tuple[int, str]]:
        return [(row.data.person_id, row.name) for row in self.attendees.model.rows]

    def _on_attendees_changed(self) -> None:
        for row in self.attendees.model.rows:
            self._people[row.data.person_id] = row.name
        choices = self._person_choices()
        chair = self._values.get("chair")
        if chair is not None and all(pid != chair for pid, _ in choices):
            choices.append((chair, self.tr("{name} (not an attendee)")
                            .format(name=self.person_name(chair))))
        self.chair.set_choices(choices)

    def _new_attendee(self, person_id: int) -> AttendeeInput:
        """A person added to the attendance: the chair already named attends as chair."""
        return chaired_by([AttendeeInput(person_id=person_id)], self._values.get("chair"))[0]

    def _attendee_edit_consequences(self, row: int, name: str,
                                    value: Any) -> Callable[[], None] | None:
        """A capacity typed into the attendance list names the chair, or leaves none, as the
        core's rule says; the chair's box and the other capacities follow in the same step."""
        if name != "capacity":
            return None
        person_id = self.attendees.model.rows[row].data.person_id
        chair = chair_after(self._values.get("chair"), person_id, value)
        if chair == self._values.get("chair"):
            return None

        def rename_chair() -> None:
            self._undoable["chair"](chair)
            seat = self.attendees.seating(chair)
            if seat is not None:
                seat()

        return rename_chair

    # -- state in and out ----------------------------------------------------------------------

    def minutes(self) -> MinutesInput:
        """What the form holds, as the service takes it."""
        v = self._values
        meeting = MeetingInput(
            kind=v["kind"] or MeetingKind.OTHER, subject=self.subject.text(),
            starts_at=v["starts"], ends_at=v["ends"], place=self.place.text() or None,
            election_id=v["election"], chair_id=v["chair"], organiser_id=v["organiser"],
            classification=v["classification"] or Classification.UNCLASSIFIED)
        agenda = [AgendaItemInput(title=item.title, discussion=item.discussion,
                                  outcomes=[o.data for o in item.outcomes])
                  for item in self.agenda.model.rows]
        return MinutesInput(meeting=meeting, attendees=[r.data for r in self.attendees.model.rows],
                            agenda=agenda, other_outcomes=list(self._other_outcomes))

    def _fill(self, data: MinutesInput, cards: dict[int, PersonCard] | None = None) -> None:
        """The form shows ``data``; ``cards`` name its people (read with it)."""
        self._loading = True
        try:
            m = data.meeting
            self.subject.setText(m.subject or "")
            self.place.setText(m.place or "")
            for key, value in (("kind", m.kind), ("classification", m.classification),
                               ("election", m.election_id), ("organiser", m.organiser_id),
                               ("starts", m.starts_at), ("ends", m.ends_at)):
                self._values[key] = value
                self._appliers[key][1](value)
            self._values["subject"], self._values["place"] = m.subject or "", m.place or ""
            cards = cards or {}
            self._take_cards(cards)
            self._values["chair"] = m.chair_id
            self.attendees.model.replace([
                AttendeeRow(a, cards[a.person_id].name if a.person_id in cards else "?",
                            cards[a.person_id].details if a.person_id in cards else "")
                for a in data.attendees])
            self.chair.set_value(m.chair_id, quiet=True)
            self.agenda.set_items([
                AgendaRow(item.title, item.discussion, [OutcomeRow(o) for o in item.outcomes])
                for item in data.agenda])
            self._other_outcomes = list(data.other_outcomes)
        finally:
            self._loading = False
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.title_changed.emit(self.title())

    def reload(self, message: str | None = None) -> Operation | None:
        """Read the meeting again from the database (after a workflow step, or to show what
        another workstation stored); the form is read-only until it comes. None if another
        operation of this editor is under way."""
        if self._running is not None or self.meeting_id is None:
            return None
        if self.is_dirty() and not self.read_only:
            self.keep_in_journal()  # typed meanwhile: kept, never overwritten unseen
        meeting_id, lang = self.meeting_id, self.ctx.language
        focused = QApplication.focusWidget()
        self._opening = True
        self._begin("opening", self.tr("Opening the minutes…"))

        def read(session: Session) -> EditorRead:
            return read_for_editor(session, meeting_id, lang)

        def done(found: EditorRead) -> None:
            self._opening = False
            self._end()
            self._take_choices(found.organisations, found.elections)
            state = cast(MeetingState, found.state)  # read by id: there, or NotFound
            self._take_state(state)
            self._fill(state.minutes, found.cards)
            self._seen = conflict.values_of(state.minutes, state.status)
            self._restored = False
            self.room.forget()
            self._update_state()
            self.status_line.setText(message or "")
            if focused is not None and self.isAncestorOf(focused) and focused.isEnabled():
                focused.setFocus()
            self.loaded.emit()
            self.room.judge_deferred()

        return (query_op(self, self.ctx.db, read).success(done)
                .failure(self._on_read_failed).run())

    def _on_read_failed(self, error: BaseException) -> None:
        self._opening = False
        self._end()
        if isinstance(error, NotFound) and self.meeting_id is not None:
            self.room.deleted_elsewhere(None)
        else:
            show_error(self, error)
            self.status_line.setText(self.tr("The minutes could not be read."))
        self._update_state()
        self.room.judge_deferred()

    def _take_state(self, state: MeetingState) -> None:
        self.meeting_id, self.version, self.status = state.id, state.version, state.status
        self.revision, self.fingerprint = state.revision, state.fingerprint
        self.document_number = state.document_number

    def _restore(self, draft: dict[str, Any]) -> None:
        """Reopen a journalled draft: the minutes' state as stored, the form as typed."""
        minutes = from_plain(MinutesInput, draft["minutes"])
        meeting_id, lang = draft.get("meeting_id"), self.ctx.language
        self.meeting_id = meeting_id
        self._begin("opening", self.tr("Opening the minutes…"))

        def read(session: Session) -> EditorRead:
            try:
                return read_for_editor(session, meeting_id, lang, people_of(minutes))
            except NotFound:  # deleted since the draft was written: it becomes new minutes
                return read_for_editor(session, None, lang, people_of(minutes))

        def done(found: EditorRead) -> None:
            self._opening = False
            self._end()
            self._take_choices(found.organisations, found.elections)
            if found.state is not None:
                self._take_state(found.state)
                self.version = draft.get("version", self.version)
            else:
                self.meeting_id = self.version = None
            self._fill(minutes, found.cards)
            self._restored = True
            self._update_state()
            self.status_line.setText(self.tr("Restored from the unsaved draft; save to keep it."))
            self.loaded.emit()
            self.room.judge_deferred()

        query_op(self, self.ctx.db, read).success(done).failure(self._on_read_failed).run()

    def draft_state(self) -> dict[str, Any]:
        return {"meeting_id": self.meeting_id, "version": self.version,
                "minutes": to_plain(self.minutes())}

    def title(self) -> str:
        subject = self.subject.text().strip()
        if not subject:
            return self.tr("Opening…") if self._opening else self.tr("New meeting")
        return subject if len(subject) <= 40 else subject[:39] + "…"

    # -- status --------------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return (self._opening or self.status is not MeetingStatus.DRAFT
                or not workflow.can_edit(self.ctx.actor))

    @property
    def busy(self) -> bool:
        """An operation of this editor is under way (opening, saving, a workflow step)."""
        return self._running is not None

    @property
    def saving(self) -> bool:
        return self._running == "saving"

    def _begin(self, what: str, message: str) -> None:
        self._running = what
        self.status_line.setText(message)
        self._update_state()

    def _end(self) -> None:
        self._running = None

    def is_dirty(self) -> bool:
        return self._restored or not self.undo_stack.isClean()

    def _on_changed(self, _index: int = 0) -> None:
        if not self._loading and self.is_dirty() and not self.read_only:
            self._journal_timer.start()
        self.save_action.setEnabled(not self.read_only and not self.busy)

    def journal_now(self) -> None:
        """Write the form to the draft journal (it survives a crash until saved)."""
        self._journal_timer.stop()
        if self.read_only or not self.is_dirty():
            return
        drafts.save(self.draft_key, DRAFT_KIND, self.title(), self.ctx.db.describe(),
                    self.draft_state())

    def _update_state(self) -> None:
        read_only, busy = self.read_only, self.busy
        for edit in (self.subject, self.place):
            edit.setReadOnly(read_only)
        for widget in (self.kind, self.classification, self.election, self.organiser,
                       self.chair, self.starts, self.ends):
            widget.setEnabled(not read_only)
        self.attendees.set_read_only(read_only)
        self.agenda.set_read_only(read_only)
        steps = workflow.allowed(self.ctx.actor, self.status if self.meeting_id else None)
        self.save_action.setEnabled(not read_only and not busy)
        self.submit_action.setEnabled(workflow.can_edit(self.ctx.actor) and not busy
                                      and not self._opening
                                      and self.status is MeetingStatus.DRAFT)
        self.approve_action.setEnabled(steps["approve"] and not busy)
        self.return_action.setEnabled(steps["return"] and not busy)
        self.amend_action.setEnabled(steps["amend"] and not busy)
        self.approve_action.setVisible(workflow.can_approve(self.ctx.actor))
        self.return_action.setVisible(workflow.can_approve(self.ctx.actor))
        self.amend_action.setVisible(self.status is MeetingStatus.APPROVED)
        self.print_action.setEnabled(steps["print"] and not busy)
        self.excel_action.setEnabled(steps["excel"] and not busy)
        if self._opening:
            self.banner.hide()
        elif self.status is MeetingStatus.APPROVED:
            self.banner.setText(self.tr(
                "Approved minutes, revision {revision}, fingerprint {fingerprint}. They are "
                "locked: to correct them, choose Amend, which makes a new revision and keeps "
                "this one.").format(revision=self.revision,
                                    fingerprint=(self.fingerprint or "—")[:16]))
            self.banner.show()
        elif self.status is MeetingStatus.AWAITING_APPROVAL:
            self.banner.setText(self.tr(
                "Submitted for approval (revision {revision}): locked until the commander "
                "approves the minutes or returns them to the clerk.")
                .format(revision=self.revision))
            self.banner.show()
        else:
            self.banner.hide()

    # -- actions -------------------------------------------------------------------------------

    def focus_picker(self) -> None:
        self.tabs.setCurrentWidget(self.attendees)
        self.attendees.picker.setFocus()

    def save(self, then: Callable[[], Any] | None = None) -> Operation | None:
        """Save through the service in the background; ``then()`` once it is committed.

        None if another operation of this editor is under way (a second Ctrl+S while the
        first save runs sends nothing twice). On refusal the form keeps everything typed and
        the draft journal holds it; minutes changed elsewhere meanwhile open the conflict
        dialog."""
        if self._running is not None:
            return None
        data, actor = self.minutes(), self.ctx.actor
        meeting_id, version = self.meeting_id, self.version
        edits = self.undo_stack.index()  # typing goes on while the save runs
        self._begin("saving", self.tr("Saving…"))

        def write(session: Session) -> MeetingState:
            return write_minutes(session, actor, meeting_id, version, data)

        return (change_op(self, self.ctx.db, write)
                .success(lambda state: self._on_saved(state, edits, then))
                .failure(lambda error: self._on_save_refused(error, data)).run())

    def _on_saved(self, state: MeetingState, edits: int,
                  then: Callable[[], Any] | None) -> None:
        self._end()
        old_key = self.draft_key
        self._take_state(state)
        self._seen = conflict.values_of(state.minutes, state.status)
        self.draft_key = f"meeting-{state.id}"
        self._restored = False
        self.room.forget()  # saved on the version stored: nothing is newer
        drafts.discard(old_key)
        if self.undo_stack.index() == edits:
            self.undo_stack.setClean()
            drafts.discard(self.draft_key)
        else:  # typed while the save ran: not saved yet, journalled under the new key
            self.journal_now()
        self._update_state()
        self.status_line.setText(self.tr("Saved."))
        self.saved.emit(state.id)
        self.save_finished.emit(True)
        self.room.judge_deferred()
        if then is not None:
            then()

    def _on_save_refused(self, error: BaseException, data: MinutesInput) -> None:
        self._end()
        self.journal_now()  # nothing typed is lost: the journal holds it now
        self._update_state()
        if isinstance(error, StaleRecord):
            self.status_line.setText(self.tr(
                "Not saved: these minutes were changed elsewhere since you opened them."))
            self.room.changed_elsewhere(None, quietly=False)
            self.room.open_conflict(conflict.stored_of(error.stored),
                                    conflict.values_of(data, self.status))
        else:
            self.status_line.setText(self.tr("Not saved."))
            show_error(self, error)
        self.save_finished.emit(False)
        self.room.judge_deferred()

    def _step(self, what: str, message: str,
              start: Callable[[Callable[[Any], None]], Operation | None],
              done: Callable[[Any], None]) -> Operation | None:
        """A workflow step as an operation: ``start(finished)`` asks the core (a step that
        asks the user first may be declined: None); the editor is busy until it ends."""
        if self._running is not None or self.meeting_id is None:
            return None

        def finished(result: Any) -> None:
            self._end()
            done(result)

        operation = start(finished)
        if operation is not None:
            self._begin(what, message)
        return operation

    def _on_step_refused(self, error: BaseException) -> None:
        """A refused step: said in the one error place; minutes changed elsewhere since are
        read again (or the banner offers it, if the form holds unsaved edits)."""
        self._end()
        show_error(self, error)
        self.status_line.setText(self.tr("Not done."))
        self._update_state()
        if isinstance(error, StaleRecord):
            self.room.changed_elsewhere(None)
        self.room.judge_deferred()

    def _after_step(self, message: str) -> None:
        drafts.discard(self.draft_key)
        self.changed_elsewhere.emit()
        self.reload(message)

    def submit(self) -> Operation | None:
        """Submit for approval; unsaved edits are saved first."""
        if self._running is not None:
            return None
        if self.is_dirty() or self.meeting_id is None:
            return self.save(then=self._submit_saved)
        return self._submit_saved()

    def _submit_saved(self) -> Operation | None:
        return self._step("submitting", self.tr("Submitting…"), lambda finished: workflow.submit(
            self, self.ctx, self.meeting_id, self.version, finished, self._on_step_refused),
            lambda _none: self._after_step(self.tr("Submitted for approval.")))

    def approve(self) -> Operation | None:
        return self._step("approving", self.tr("Approving…"), lambda finished: workflow.approve(
            self, self.ctx, self.meeting_id, self.version, finished, self._on_step_refused),
            lambda _fingerprint: self._after_step(self.tr("Approved.")))

    def return_to_draft(self, reason: str | None = None) -> Operation | None:
        return self._step("returning", self.tr("Returning to the clerk…"),
                          lambda finished: workflow.return_to_draft(
                              self, self.ctx, self.meeting_id, self.version, finished,
                              self._on_step_refused, reason),
                          lambda _none: self._after_step(self.tr("Returned to the clerk.")))

    def amend(self) -> Operation | None:
        """A new revision of approved minutes, opened in a tab of its own once made."""

        def made(new_id: int) -> None:
            self._update_state()
            self.status_line.setText("")
            self.changed_elsewhere.emit()
            self.open_meeting.emit(new_id)

        return self._step("amending", self.tr("Making a new revision…"),
                          lambda finished: workflow.amend(
                              self, self.ctx, self.meeting_id, self.version, finished,
                              self._on_step_refused), made)

    def print_minutes(self) -> Operation | None:
        """Preview the minutes; unsaved edits are saved first (the preview follows)."""
        if self.meeting_id is None or self._running is not None:
            return None
        if self.is_dirty():
            return self.save(then=self._print_saved)
        return self._print_saved()

    def _print_saved(self) -> Any:
        return workflow.print_minutes(self, self.ctx, self.meeting_id, self.title())

    def export_excel(self) -> Any:
        if self.meeting_id is None:
            return None
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export attendance and directives"),
            str(suggested(workflow.documents_folder(), "minutes-{id}", ".xlsx",
                          id=self.meeting_id)),
            self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return None
        from pathlib import Path

        return workflow.export_excel(self, self.ctx, self.meeting_id, Path(path))

    # -- the room (``ui.meetings.room`` hears and says; the editor keeps the text) ------------

    @property
    def conflict_dialog(self) -> conflict.ConflictDialog | None:
        """The conflict dialog last opened, while it is open."""
        dialog = self.room.dialog
        return dialog if dialog is not None and shiboken6.isValid(dialog) else None

    @property
    def seen(self) -> dict[str, Any] | None:
        """The minutes as this editor last read or saved them (None: not known)."""
        return self._seen

    def names(self) -> conflict.Names:
        """The names this editor has read, for a version it shows as text."""
        return conflict.Names(people=dict(self._people), organisations=dict(self._org_names),
                              elections=dict(self._election_names))

    def keep_in_journal(self) -> None:
        """Before the form is replaced by the stored minutes: what the user typed, in a draft
        of its own in the journal, offered back at the next start until let go."""
        self._journal_timer.stop()
        drafts.save(f"{self.draft_key}-mine-{uuid.uuid4().hex[:8]}", DRAFT_KIND, self.title(),
                    self.ctx.db.describe(), self.draft_state())
        drafts.discard(self.draft_key)
        self._restored = False
        self.undo_stack.setClean()

    def take_as_new(self) -> None:
        """The minutes are gone from the database: what the form holds becomes new minutes
        (saved as such), journalled at once under a key of its own."""
        old_key = self.draft_key
        self.meeting_id = self.version = None
        self._seen = None
        self.draft_key = f"meeting-new-{uuid.uuid4().hex[:12]}"
        self._restored = True  # what the form holds is in no database now
        self.journal_now()
        drafts.discard(old_key)
        self._update_state()

    # -- closing -------------------------------------------------------------------------------

    def can_close(self) -> bool:
        """Ask about unsaved work: save, discard, or stay. Saving runs in the background:
        the editor stays until the save is committed, then asks to be closed."""
        if not self.is_dirty() or self.read_only:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved minutes"),
            self.tr("The minutes «{title}» have unsaved changes. Save them?")
            .format(title=self.title()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            self.save(then=self.close_requested.emit)
            return False
        if answer == QMessageBox.StandardButton.Discard:
            self.discard_draft()
            return True
        return False

    def discard_draft(self) -> None:
        self._journal_timer.stop()
        drafts.discard(self.draft_key)
        self._restored = False
        self.undo_stack.setClean()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.journal_now()
        self.room.close()
        super().closeEvent(event)

    def hideEvent(self, event) -> None:
        if self._journal_timer.isActive():
            self.journal_now()
        super().hideEvent(event)
