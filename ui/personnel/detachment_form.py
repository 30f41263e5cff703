"""A detachment's form: its name, unit, leader and members, people found as one types.

The crew is picked from the registry by a search read in the core (name, rank, service
number), then set as the leader or added as members; the core keeps the crew whole (a
newcomer who has left the force refused, nobody twice, nobody in two detachments on duty at
once, enough rest, no crew change of a detachment on a published roster unless confirmed as
an amendment, which the check box below the crew says).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Detachment
from desktop.services import permissions
from desktop.services.detachments import DetachmentInput, create_detachment, update_detachment
from desktop.services.errors import StaleRecord
from desktop.services.registry_lists import DetachmentListRow, Member, detachment_list
from desktop.services.registry_lists import person_rows as read_people
from desktop.text.arabic import clean_input
from ui.centres.common import Choices, read_organisation_choices
from ui.centres.form import EMPTY, RecordDialog
from ui.context import AppContext
from ui.field_limits import limit_lengths
from ui.meetings.common import ChoiceCombo
from ui.operations import query_op
from ui.personnel.forms import notes_field

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

FOUND_LIMIT = 30
SEARCH_DELAY_MS = 200


@dataclass(frozen=True)
class DetachmentRead:
    detachment: DetachmentListRow | None
    organisations: Choices


class DetachmentEditor(RecordDialog):
    KIND = "detachments"
    ROLES = permissions.DEPLOYMENT

    def __init__(self, ctx: AppContext, detachment_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, detachment_id, self.tr("Detachment") if detachment_id
                         is not None else self.tr("New detachment"), parent)
        self.leader: Member | None = None
        self.crew: list[Member] = []
        self.found_people: list[Member] = []
        self.names: dict[int, str] = {}  # every person shown, by id: for the conflict
        self.searching = False
        self._generation = 0
        self.name = QLineEdit()
        self.name.setObjectName("detachmentName")
        limit_lengths({self.name: Detachment.name})
        self.organisation = ChoiceCombo(empty=self.tr("(none)"))
        self.leader_label = QLabel(EMPTY)
        self.leader_label.setObjectName("detachmentLeader")
        self.members = QListWidget()
        self.members.setObjectName("detachmentMembers")
        self.members.setMaximumHeight(130)
        self.remove_button = QPushButton(self.tr("Take out of the crew"))
        self.remove_button.clicked.connect(self.remove_chosen)
        self.search = QLineEdit()
        self.search.setObjectName("detachmentSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name, rank, service number…"))
        self.found = QListWidget()
        self.found.setObjectName("detachmentFound")
        self.found.setMaximumHeight(130)
        self.found.itemActivated.connect(lambda _item: self.add_found())
        self.add_button = QPushButton(self.tr("Add to the crew"))
        self.add_button.clicked.connect(self.add_found)
        self.lead_button = QPushButton(self.tr("Make the leader"))
        self.lead_button.clicked.connect(self.lead_found)
        self.amend = QCheckBox(self.tr("A crew change amends its published rosters"))
        self.amend.setToolTip(self.tr(
            "A change of the crew of a detachment on a published roster is an amendment: "
            "recorded, and the roster's documents printed again."))
        self.amend.setObjectName("detachmentAmend")
        self.notes = notes_field()
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(SEARCH_DELAY_MS)
        self._typing.timeout.connect(self.find_people)
        self.search.textChanged.connect(lambda _text: self._typing.start())

        crew = QVBoxLayout()
        crew.addWidget(self.members)
        crew.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeading)
        picking = QVBoxLayout()
        picking.addWidget(self.search)
        picking.addWidget(self.found)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.lead_button)
        buttons.addStretch(1)
        picking.addLayout(buttons)
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&Organisation"), self.organisation)
        self.form.addRow(self.tr("Leader"), self.leader_label)
        self.form.addRow(self.tr("Members"), crew)
        find_label = QLabel(self.tr("&Find people"))
        find_label.setBuddy(self.search)
        self.form.addRow(find_label, picking)
        self.form.addRow("", self.amend)
        self.form.addRow(self.tr("Notes"), self.notes)
        self.setMinimumWidth(620)
        self.start()

    # -- reading ----------------------------------------------------------------------------------

    def read_work(self) -> Callable[[Session], DetachmentRead]:
        detachment_id, lang = self.record_id, self.ctx.language

        def read(session: Session) -> DetachmentRead:
            found = detachment_list(session, ids=[detachment_id])[0] \
                if detachment_id is not None else None
            return DetachmentRead(found, read_organisation_choices(session, lang))

        return read

    def show_read(self, read: DetachmentRead) -> None:
        self.organisation.set_choices(read.organisations)
        team = read.detachment
        if team is not None:
            self.version = team.version
            self._show(team.name, team.organisation_id, team.leader, list(team.members),
                       team.notes)

    def _show(self, name: str, organisation_id: int | None, leader: Member | None,
              members: list[Member], notes: str | None) -> None:
        self.name.setText(name)
        self.organisation.set_value(organisation_id)
        self.set_leader(leader)
        self.set_crew(members)
        self.notes.setPlainText(notes or "")

    def find_people(self) -> None:
        """The people the search finds, active only: a newcomer must be on the force."""
        self._typing.stop()
        self._generation += 1
        generation, text = self._generation, self.search.text()
        if not text.strip():
            self.found.clear()
            return
        self.searching = True

        def done(rows: list[Any]) -> None:
            if generation != self._generation:
                return
            self.searching = False
            self.found_people = [Member(row.id, row.title, row.active) for row in rows]
            self.found.clear()
            for row in rows:
                self.found.addItem(f"{row.title} ({row.service_number})"
                                   if row.service_number else row.title)
            if rows:
                self.found.setCurrentRow(0)

        query_op(self, self.ctx.db, lambda session: read_people(
            session, text, active=True, limit=FOUND_LIMIT)).success(done).run()

    # -- the crew ---------------------------------------------------------------------------------

    def set_leader(self, member: Member | None) -> None:
        self.leader = member
        if member is not None:
            self.names[member.id] = member.title
        self.leader_label.setText(member.title if member is not None else EMPTY)

    def set_crew(self, members: list[Member]) -> None:
        """The members shown again from ``members`` (the list's rows are only their text:
        a row taken out of a list widget and dropped by Python took the dialog down with it
        at its deletion)."""
        self.crew = list(members)
        for member in members:
            self.names[member.id] = member.title
        chosen = self.members.currentRow()
        self.members.clear()
        for member in members:
            self.members.addItem(member.title if member.active else self.tr(
                "{name} (no longer active)").format(name=member.title))
        if members:
            self.members.setCurrentRow(min(max(chosen, 0), len(members) - 1))

    def member_ids(self) -> list[int]:
        return [member.id for member in self.crew]

    def _chosen_found(self) -> Member | None:
        row = self.found.currentRow()
        return self.found_people[row] if 0 <= row < len(self.found_people) else None

    def add_found(self) -> None:
        member = self._chosen_found()
        if member is not None and member.id not in self.member_ids() \
                and (self.leader is None or self.leader.id != member.id):
            self.set_crew([*self.crew, member])

    def lead_found(self) -> None:
        member = self._chosen_found()
        if member is None:
            return
        self.set_crew([m for m in self.crew if m.id != member.id])  # not also a member
        self.set_leader(member)

    def remove_chosen(self) -> None:
        row = self.members.currentRow()
        if 0 <= row < len(self.crew):
            self.set_crew(self.crew[:row] + self.crew[row + 1:])

    # -- saving -----------------------------------------------------------------------------------

    def entered(self) -> DetachmentInput:
        return DetachmentInput(self.name.text(), self.organisation.value(),
                               self.leader.id if self.leader is not None else None,
                               self.member_ids(), self.notes.toPlainText() or None)

    def save_work(self, entered: DetachmentInput) -> Callable[[Session], int]:
        actor, record_id, version = self.ctx.actor, self.record_id, self.version
        amend = self.amend.isChecked()

        def save(session: Session) -> int:
            if record_id is None:
                made = create_detachment(session, actor, entered)
            else:
                made = update_detachment(session, actor, record_id, entered,
                                         expected_version=version, amend=amend)
            session.flush()
            return made.id

        return save

    def _crew_text(self, ids: list[int] | None) -> str:
        return "، ".join(self.names.get(i, f"#{i}") for i in ids or [])

    def stored_fields(self, error: StaleRecord) -> list[tuple[str, Any, Any]]:
        data, stored = self.entered(), error.stored
        leader = stored.get("leader_id")
        return [
            (self.tr("Name"), stored.get("name"), clean_input(data.name)),
            (self.tr("Organisation"), self.organisation.choices.text_of(
                stored.get("organisation_id")), self.organisation.choices.text_of(
                data.organisation_id)),
            (self.tr("Leader"), self.names.get(leader, f"#{leader}") if leader else None,
             self.leader.title if self.leader else None),
            (self.tr("Members"), self._crew_text(stored.get("member_ids")),
             self._crew_text(data.member_ids)),
            (self.tr("Notes"), stored.get("notes"), clean_input(data.notes)),
        ]

    def take_stored(self, error: StaleRecord) -> None:
        """The stored record read again whole (its crew's names are not in the refusal)."""
        self.version = error.stored_version
        self.loaded = False
        self.load()
