"""The minutes editor: a meeting's details, attendees and agenda, recorded from the keyboard.

Everything the clerk changes goes through the undo stack and, a moment later, into the draft
journal (``desktop.drafts``), so a crash loses at most the last second. Saving hands the whole
``MinutesInput`` to the meetings service in one unit of work; a refusal is shown and the form
keeps what was typed. Minutes that are submitted or approved open read-only.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

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
    MeetingKind,
    MeetingStatus,
    OutcomeKind,
)
from desktop.services.meetings import (
    AgendaItemInput,
    AttendeeInput,
    MeetingInput,
    MinutesInput,
    OutcomeInput,
    chair_after,
    chaired_by,
    create_meeting,
    load_meeting,
    protocol_order,
    save_meeting,
)
from ui.context import AppContext
from ui.meetings import lookup, workflow
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
from ui.meetings.rows import AgendaRow, AttendeeRow, OutcomeRow
from ui.meetings.workflow import AMEND_KEY, APPROVE_KEY, EXCEL_KEY, RETURN_KEY, SUBMIT_KEY

DRAFT_KIND = "meeting"
JOURNAL_DELAY_MS = 1500
NO_END = QDateTime(datetime(2000, 1, 1))


def _qdt(value: datetime | None) -> QDateTime:
    return QDateTime(value) if value is not None else NO_END


def _py(value: QDateTime) -> datetime | None:
    if value <= NO_END:
        return None
    return value.toPython().replace(second=0, microsecond=0)


class MeetingEditor(QWidget):
    saved = Signal(int)  # the meeting id
    changed_elsewhere = Signal()  # a workflow step changed the record (the list refreshes)
    title_changed = Signal(str)
    open_meeting = Signal(int)  # another meeting to open (an amendment, a recurring one)

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
        self._loading = False
        self._values: dict[str, Any] = {}
        self._appliers: dict[str, tuple[Any, Any]] = {}
        self._undoable: dict[str, Callable[[Any], None]] = {}  # a field's undo-step setter
        self._organisations: list[tuple[int, str]] = []
        self._org_names: dict[int, str] = {}
        self._people: dict[int, str] = {}
        self._other_outcomes: list[Any] = []
        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(self._on_changed)
        self._journal_timer = QTimer(self, singleShot=True, interval=JOURNAL_DELAY_MS)
        self._journal_timer.timeout.connect(self.journal_now)

        self._build()
        self._reload_choices()
        if draft is not None:
            self._restore(draft)
        elif meeting_id is not None:
            self.reload()
        else:
            self._fill(MinutesInput(MeetingInput(
                kind=MeetingKind.JOINT_MEETING, subject="",
                starts_at=datetime.now().replace(second=0, microsecond=0)), [], []))
        self._update_state()

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = QLabel()
        self.banner.setObjectName("meetingBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel#meetingBanner { background: #fff4d6; color: #5a4300;"
                                  " border: 1px solid #e0c26b; padding: 6px; }")
        self.banner.hide()
        self.status_line = QLabel()
        self.status_line.setObjectName("editorStatus")

        self.subject = QLineEdit()
        self.subject.setObjectName("subject")
        self.subject.setMaxLength(500)
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
        self.place.setMaxLength(300)
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
            self._new_attendee, self._protocol_order)
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
        action.triggered.connect(slot)
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
        self._organisations = lookup.organisations(self.ctx.db, self.ctx.language)
        self._org_names = dict(self._organisations)
        self.organiser.set_choices(self._organisations)
        self.election.set_choices(lookup.elections(self.ctx.db, self.ctx.language))

    def organisation_name(self, organisation_id: int | None) -> str:
        return self._org_names.get(organisation_id, "") if organisation_id else ""

    def person_name(self, person_id: int | None) -> str:
        if person_id is None:
            return ""
        if person_id not in self._people:
            cards = lookup.people_cards(self.ctx.db, [person_id])
            self._people[person_id] = cards[person_id].name if person_id in cards else "?"
        return self._people[person_id]

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

    def _protocol_order(self, attendees: list[AttendeeInput]) -> list[AttendeeInput]:
        with self.ctx.db.reader() as session:
            return protocol_order(session, attendees)

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

    def _fill(self, data: MinutesInput) -> None:
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
            people = [a.person_id for a in data.attendees]
            people += [o.responsible_person_id for item in data.agenda for o in item.outcomes]
            people += [m.chair_id]
            cards = lookup.people_cards(self.ctx.db, people)
            self._people.update({pid: card.name for pid, card in cards.items()})
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

    def reload(self) -> None:
        """Read the meeting again from the database (after a save or a workflow step)."""
        with self.ctx.db.reader() as session:
            state = load_meeting(session, self.meeting_id)
        self._take_state(state)
        self._fill(state.minutes)
        self._restored = False

    def _take_state(self, state: Any) -> None:
        self.meeting_id, self.version, self.status = state.id, state.version, state.status
        self.revision, self.fingerprint = state.revision, state.fingerprint
        self.document_number = state.document_number

    def _restore(self, draft: dict[str, Any]) -> None:
        self.meeting_id = draft.get("meeting_id")
        if self.meeting_id is not None:
            with self.ctx.db.reader() as session:
                self._take_state(load_meeting(session, self.meeting_id))
        self._fill(from_plain(MinutesInput, draft["minutes"]))
        self.version = draft.get("version", self.version)
        self._restored = True
        self.status_line.setText(self.tr("Restored from the unsaved draft; save to keep it."))

    def draft_state(self) -> dict[str, Any]:
        return {"meeting_id": self.meeting_id, "version": self.version,
                "minutes": to_plain(self.minutes())}

    def title(self) -> str:
        subject = self.subject.text().strip()
        if not subject:
            return self.tr("New meeting")
        return subject if len(subject) <= 40 else subject[:39] + "…"

    # -- status --------------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self.status is not MeetingStatus.DRAFT or not workflow.can_edit(self.ctx.actor)

    def is_dirty(self) -> bool:
        return self._restored or not self.undo_stack.isClean()

    def _on_changed(self, _index: int = 0) -> None:
        if not self._loading and self.is_dirty() and not self.read_only:
            self._journal_timer.start()
        self.save_action.setEnabled(not self.read_only)

    def journal_now(self) -> None:
        """Write the form to the draft journal (it survives a crash until saved)."""
        self._journal_timer.stop()
        if self.read_only or not self.is_dirty():
            return
        drafts.save(self.draft_key, DRAFT_KIND, self.title(), self.ctx.db.describe(),
                    self.draft_state())

    def _update_state(self) -> None:
        read_only = self.read_only
        for edit in (self.subject, self.place):
            edit.setReadOnly(read_only)
        for widget in (self.kind, self.classification, self.election, self.organiser,
                       self.chair, self.starts, self.ends):
            widget.setEnabled(not read_only)
        self.attendees.set_read_only(read_only)
        self.agenda.set_read_only(read_only)
        steps = workflow.allowed(self.ctx.actor, self.status if self.meeting_id else None)
        self.save_action.setEnabled(not read_only)
        self.submit_action.setEnabled(workflow.can_edit(self.ctx.actor)
                                      and self.status is MeetingStatus.DRAFT)
        self.approve_action.setEnabled(steps["approve"])
        self.return_action.setEnabled(steps["return"])
        self.amend_action.setEnabled(steps["amend"])
        self.approve_action.setVisible(workflow.can_approve(self.ctx.actor))
        self.return_action.setVisible(workflow.can_approve(self.ctx.actor))
        self.amend_action.setVisible(self.status is MeetingStatus.APPROVED)
        self.print_action.setEnabled(steps["print"])
        self.excel_action.setEnabled(steps["excel"])
        if self.status is MeetingStatus.APPROVED:
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

    def save(self) -> bool:
        """Save through the service; on refusal the form keeps everything typed."""
        data = self.minutes()
        try:
            with self.ctx.db.session() as session:
                if self.meeting_id is None:
                    meeting_id = create_meeting(session, self.ctx.actor, data)
                else:
                    save_meeting(session, self.ctx.actor, self.meeting_id, data,
                                 expected_version=self.version)
                    meeting_id = self.meeting_id
        except Exception as error:
            show_error(self, error)
            return False
        drafts.discard(self.draft_key)
        self.meeting_id = meeting_id
        self.draft_key = f"meeting-{meeting_id}"
        self._restored = False
        with self.ctx.db.reader() as session:
            self._take_state(load_meeting(session, meeting_id))
        self.undo_stack.setClean()
        self._update_state()
        self.status_line.setText(self.tr("Saved."))
        self.saved.emit(meeting_id)
        return True

    def _after_step(self, message: str) -> None:
        drafts.discard(self.draft_key)
        self.reload()
        self._update_state()
        self.status_line.setText(message)
        self.changed_elsewhere.emit()

    def submit(self) -> bool:
        if (self.is_dirty() or self.meeting_id is None) and not self.save():
            return False
        if not workflow.submit(self, self.ctx, self.meeting_id):
            return False
        self._after_step(self.tr("Submitted for approval."))
        return True

    def approve(self) -> bool:
        if self.meeting_id is None or workflow.approve(self, self.ctx, self.meeting_id) is None:
            return False
        self._after_step(self.tr("Approved."))
        return True

    def return_to_draft(self, reason: str | None = None) -> bool:
        if self.meeting_id is None or not workflow.return_to_draft(
                self, self.ctx, self.meeting_id, reason):
            return False
        self._after_step(self.tr("Returned to the clerk."))
        return True

    def amend(self) -> int | None:
        if self.meeting_id is None:
            return None
        new_id = workflow.amend(self, self.ctx, self.meeting_id)
        if new_id is not None:
            self.changed_elsewhere.emit()
            self.open_meeting.emit(new_id)
        return new_id

    def print_minutes(self) -> Any:
        if self.meeting_id is None:
            return None
        if self.is_dirty() and not self.save():
            return None
        return workflow.print_minutes(self, self.ctx, self.meeting_id, self.title())

    def export_excel(self) -> Any:
        if self.meeting_id is None:
            return None
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export attendance and directives"),
            str(workflow.documents_folder() / f"minutes-{self.meeting_id}.xlsx"),
            self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return None
        from pathlib import Path

        return workflow.export_excel(self, self.ctx, self.meeting_id, Path(path))

    # -- closing -------------------------------------------------------------------------------

    def can_close(self) -> bool:
        """Ask about unsaved work: save, discard, or stay."""
        if not self.is_dirty() or self.read_only:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved minutes"),
            self.tr("The minutes «{title}» have unsaved changes. Save them?")
            .format(title=self.title()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
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
        super().closeEvent(event)

    def hideEvent(self, event) -> None:
        if self._journal_timer.isActive():
            self.journal_now()
        super().hideEvent(event)
