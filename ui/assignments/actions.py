"""What the board's user does to a roster: place, give a vehicle (to an assignment, or to a
site, where the core says which assignment takes it), change a role, take off, pin, fill the
gaps (a proposal reviewed, then accepted whole or in part), copy a shift, publish, withdraw,
mark someone unavailable.

Each action is offered as the core allows (``permissions.roster_steps`` for the shift's
roster) and greyed out otherwise, with the core's reason in its tip and, for publishing, in
words under the toolbar. Every change to the roster goes through ``Placer`` (the user's right,
the amendment asked for, the rules' findings, the change as one unit of work); publishing
shows the commander what they sign, and publishes exactly what they reviewed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QToolBar

from desktop import i18n
from desktop.models import Assignment, RosterStatus
from desktop.services import (
    assignments,
    duty,
    duty_board,
    fill,
    permissions,
    rosters,
    shift_copy,
    vehicle_placing,
)
from desktop.services.assignment_checks import AssignmentInput, check_assignment
from desktop.services.duty_board import SiteKind, SiteRow
from desktop.services.errors import DomainError, Forbidden
from desktop.services.fill.lines import ProposalReview, review_of
from desktop.services.vehicle_placing import VehicleTargets
from ui.assignments.dialogs import (
    CopyReportDialog,
    CopyShiftDialog,
    PublishDialog,
    SkippedLine,
    VehicleTargetDialog,
    WithdrawDialog,
    shift_text,
)
from ui.assignments.fill_dialog import FillDialog
from ui.assignments.findings_view import DONE_COLOUR, ERROR_COLOUR
from ui.assignments.placing import Placer
from ui.assignments.unavailability import UnavailabilityDialog
from ui.audit.view import history_action
from ui.centres.common import NOTE_STYLE, refusal
from ui.labels import label
from ui.operations import change_op, query_op

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ui.assignments.area import AssignmentsArea


def roster_refusal(actor: Any) -> str | None:
    """Why the user may not publish or withdraw a roster, in the core's words."""
    if permissions.may(actor, permissions.ROSTER):
        return None
    try:
        permissions.require_roster(actor)
    except Forbidden as error:
        return error.message(i18n.language())
    return None


def _site_input(shift_id: int, site: SiteRow, role: Any) -> AssignmentInput:
    centre = site.id if site.kind is SiteKind.CENTRE else None
    post = site.id if site.kind is SiteKind.POST else None
    return AssignmentInput(shift_id, role, centre_id=centre, post_id=post)


class BoardActions(QObject):
    def __init__(self, area: AssignmentsArea) -> None:
        super().__init__(area)
        self.area = area
        self.ctx = area.ctx
        self.placer = Placer(self.ctx, area, area.findings)
        self.placer.committed.connect(lambda _result: self.update())
        self.placer.refused.connect(self._on_placer_refused)
        self.placer.stale.connect(area.refresh)
        self.dialog: QDialog | None = None  # the one open, for tests

        # How each action is reached without the toolbar, said in its tip whether it is
        # offered or not (``_offer``).
        self.keys: dict[QAction, str] = {}

        def action(text: str, slot: Any, shortcut: str | None = None,
                   keys: str = "") -> QAction:
            made = QAction(text, area)
            if shortcut:
                made.setShortcut(QKeySequence(shortcut))
                made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.triggered.connect(slot)
            area.addAction(made)
            self.keys[made] = keys
            return made

        self.assign = action(self.tr("Place here"), self.place_current, "Ctrl+Return", self.tr(
            "Enter on a person or detachment in the pool (or a double click) places them at "
            "the site chosen, with the role chosen; Ctrl+Enter from anywhere on the board; "
            "or drag them onto a site."))
        self.vehicle = action(self.tr("Give the vehicle"), self.give_vehicle, "Ctrl+Shift+V",
                              self.tr("Ctrl+Shift+V, or drag the vehicle onto an assignment "
                                      "in the site's list, or onto the site itself."))
        self.role = action(self.tr("Set the role"), self.set_role)
        self.unassign = action(self.tr("Take off"), self.take_off, keys=self.tr(
            "Delete on an assignment in the site's list."))
        area.assigned.view.delete_pressed.connect(self._on_delete_pressed)
        self.pin = action(self.tr("Pin"), self.toggle_pin, "Ctrl+Shift+P",
                          self.tr("Ctrl+Shift+P on the assignment chosen."))
        self.fill = action(self.tr("Fill the gaps…"), self.fill_gaps, keys=self.tr(
            "Proposes who could cover the centres and posts short of their minimum, from the "
            "people, detachments and vehicles free; nothing is saved until you accept."))
        self.copy = action(self.tr("Copy the shift…"), self.copy_shift)
        self.unavailable = action(self.tr("Mark unavailable…"), self.mark_unavailable)
        self.publish = action(self.tr("Publish…"), self.review_for_publishing)
        self.withdraw = action(self.tr("Withdraw…"), self.withdraw_roster)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("boardToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for made in (self.assign, self.vehicle, self.role, self.unassign, self.pin):
            self.toolbar.addAction(made)
        self.toolbar.addSeparator()
        for made in (self.fill, self.copy, self.unavailable):
            self.toolbar.addAction(made)
        self.toolbar.addSeparator()
        for made in (self.publish, self.withdraw):
            self.toolbar.addAction(made)
        self.history = history_action(
            self.ctx, area, "assignments",
            lambda: getattr(area.current_assignment(), "id", None))
        if self.history is not None:
            self.toolbar.addSeparator()
            self.toolbar.addAction(self.history)
        self.note = QLabel()
        self.note.setObjectName("boardNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        area.pool.chosen.connect(self.place)
        area.sites.dropped_on.connect(self._on_dropped_on_site)
        area.assigned.dropped_here.connect(self._on_dropped_on_assigned)
        area.assigned.current_changed.connect(lambda _row: self.update())
        area.pool.tabs.currentChanged.connect(lambda _tab: self.update())
        for found in area.pool.lists.values():
            found.view.selectionModel().currentRowChanged.connect(
                lambda _current, _previous: self.update())

    # -- what is offered --------------------------------------------------------------------------

    def update(self) -> None:
        area = self.area
        status, shift = area.status(), area.current_shift()
        steps = permissions.roster_steps(self.ctx.actor, status)
        changes = steps["assign"] or steps["amend"]
        why = self.placer.reason(status) if not changes else ""
        row, site = area.current_assignment(), area.current_site()
        pool_row = area.pool.current()
        vehicle = area.pool.current_vehicle()
        self._offer(self.assign, changes and site is not None and pool_row is not None,
                    why or self.tr("Choose a site, and a person, detachment or vehicle to "
                                   "place there."))
        self._offer(self.vehicle, changes and (row is not None or site is not None)
                    and vehicle is not None, why or self.tr(
                        "Choose a site or one of its assignments, and a vehicle in the "
                        "vehicles tab."))
        self._offer(self.role, changes and row is not None, why or self.tr(
            "Choose an assignment; it takes the role chosen above it."))
        self._offer(self.unassign, changes and row is not None and not row.pinned,
                    why or (self.tr("Unpin it first.") if row is not None and row.pinned
                            else self.tr("Choose an assignment.")))
        self.pin.setText(self.tr("Unpin") if row is not None and row.pinned else self.tr("Pin"))
        self._offer(self.pin, steps["pin"] and row is not None,
                    self.placer.reason(status) if not steps["pin"]
                    else self.tr("Choose an assignment."))
        plans = permissions.may(self.ctx.actor, permissions.DEPLOYMENT)
        deployment = refusal(self.ctx.actor, permissions.DEPLOYMENT) or ""
        self._offer(self.fill, changes and plans and shift is not None
                    and not self.placer.busy, why or deployment or self.tr("Choose a shift."))
        self._offer(self.copy, plans and shift is not None and len(area.shifts) > 1,
                    deployment or self.tr("The election has no other shift."))
        person = self._person_in_focus()
        self._offer(self.unavailable, plans and person is not None and shift is not None,
                    deployment or self.tr("Choose a person."))
        signs = roster_refusal(self.ctx.actor)
        self._offer(self.publish, steps["publish"], signs or (
            self.tr("The roster is published already.") if status is RosterStatus.PUBLISHED
            else self.tr("Choose a shift.")))
        self._offer(self.withdraw, steps["withdraw"], signs or self.tr(
            "Only a published roster can be withdrawn."))
        notes = []
        if not changes and status is not None:
            notes.append(why)
        if signs and status is RosterStatus.DRAFT:
            notes.append(self.tr("Publishing: {why}").format(why=signs))
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))

    def _offer(self, action: QAction, enabled: bool, why: str) -> None:
        """Enabled or greyed with the reason, and how the action is reached by keys."""
        action.setEnabled(enabled)
        keys = self.keys.get(action, "")
        action.setToolTip("\n".join(part for part in ("" if enabled else why, keys) if part))

    def reason_for(self, action: QAction) -> str:
        """Why ``action`` is greyed: its tip without the keys."""
        keys = self.keys.get(action, "")
        tip = action.toolTip()
        return tip[:-len(keys)].rstrip("\n") if keys and tip.endswith(keys) else tip

    def _person_in_focus(self) -> tuple[int, str] | None:
        """The person the unavailability is for: the one chosen in the people list, else
        the person of the assignment chosen."""
        person = self.area.pool.current_person()
        if person is not None and self.area.pool.tabs.currentIndex() == 0:
            return person.id, person.title
        row = self.area.current_assignment()
        if row is not None and row.person_id is not None:
            return row.person_id, row.person or ""
        return None

    def _on_delete_pressed(self) -> None:
        if self.unassign.isEnabled():
            self.take_off()
        elif self.reason_for(self.unassign):
            self.area.findings.say(self.reason_for(self.unassign), ERROR_COLOUR)

    def _on_placer_refused(self) -> None:
        self.update()

    # -- placing ----------------------------------------------------------------------------------

    def place_current(self) -> bool:
        chosen = self.area.pool.current()
        if chosen is None:
            return False
        return self.place(chosen[0], chosen[1].id)

    def place(self, kind: str, record_id: int, site: SiteRow | None = None) -> bool:
        """Put the person or detachment ``record_id`` at ``site`` (the one chosen if None)
        with the role chosen; a vehicle goes to ``site`` if given, else with the assignment
        chosen, else to the site chosen."""
        area = self.area
        if kind == "vehicle":
            if site is None and area.current_assignment() is not None:
                return self.give_vehicle(record_id)
            return self.send_vehicle(record_id, site)
        site = site or area.current_site()
        shift = area.current_shift()
        if site is None or shift is None:
            area.findings.say(self.tr("Choose a centre or post first."), ERROR_COLOUR)
            return False
        role = area.pool.role_chosen()
        data = _site_input(shift.id, site, role)
        if kind == "person":
            data.person_id = record_id
            found = area.pool.people.model.row_of(record_id)
            # one the pool no longer lists (filtered, or gone since) is still someone: the
            # heading of a refusal never says «حراسة:  في …»
            who = area.pool.people.model.rows[found].title if found is not None else \
                self.tr("the person chosen")
        else:
            data.detachment_id = record_id
            found = area.pool.detachments.model.row_of(record_id)
            who = area.pool.detachments.model.rows[found].name if found is not None else \
                self.tr("the detachment chosen")
        what = self.tr("{role}: {who} at {site}").format(role=label(role), who=who,
                                                         site=site.name)
        actor = self.ctx.actor

        def commit(session: Session, amend: bool) -> int:
            made = assignments.assign(session, actor, data, amend=amend)
            session.flush()
            return made.id

        return self.placer.run(
            what, shift.status, commit, then=self._changed,
            check=lambda session, amend: check_assignment(session, data, amend=amend))

    def _changed(self, result: Any) -> None:
        self.area.after_change(select=result if isinstance(result, int) else None)

    def _on_dropped_on_site(self, key: Any, what: tuple[str, int]) -> None:
        kind, record_id = what
        site = next((r for r in self.area.sites.model.rows if r.key == key), None)
        if site is not None:
            self.place(kind, record_id, site)

    def _on_dropped_on_assigned(self, what: tuple[str, int], row: Any) -> None:
        kind, record_id = what
        if kind == "vehicle" and row is not None:
            self.area.assigned.select(row.id)
            self.give_vehicle(record_id)
        elif kind == "vehicle":  # onto the list, not a row of it: to the site
            self.send_vehicle(record_id)
        else:
            self.place(kind, record_id)

    def _change(self, what: str, row: Any, data: AssignmentInput) -> bool:
        """Change an assignment to ``data``: checked as it would stand, saved against the
        version read."""
        actor, shift = self.ctx.actor, self.area.current_shift()

        def commit(session: Session, amend: bool) -> int:
            assignments.update_assignment(session, actor, row.id, data,
                                          expected_version=row.version, amend=amend)
            return row.id

        return self.placer.run(
            what, shift.status if shift else None, commit, then=self._changed,
            check=lambda session, amend: check_assignment(session, data, assignment_id=row.id,
                                                          amend=amend))

    def give_vehicle(self, vehicle_id: int | None = None) -> bool:
        """The vehicle (the one chosen in the pool if None) with the assignment chosen, or,
        with none chosen, to the site chosen."""
        row = self.area.current_assignment()
        if vehicle_id is None:
            vehicle = self.area.pool.current_vehicle()
            vehicle_id = vehicle.id if vehicle is not None else None
        if row is None and vehicle_id is not None and self.area.current_site() is not None:
            return self.send_vehicle(vehicle_id)
        if row is None or vehicle_id is None:
            self.area.findings.say(self.tr(
                "Choose a site or one of its assignments, and a vehicle in the vehicles tab."),
                ERROR_COLOUR)
            return False
        return self._give(row, vehicle_id, self._plate(vehicle_id))

    def _plate(self, vehicle_id: int) -> str:
        number = self.area.pool.vehicles.model.row_of(vehicle_id)
        return self.area.pool.vehicles.model.rows[number].plate if number is not None else ""

    def _give(self, row: Any, vehicle_id: int, plate: str) -> bool:
        data = row.as_input()
        data.vehicle_id = vehicle_id
        return self._change(self.tr("Vehicle {plate} with {who}").format(
            plate=plate, who=row.who), row, data)

    def send_vehicle(self, vehicle_id: int, site: SiteRow | None = None) -> bool:
        """The vehicle to ``site`` (the one chosen if None) in the shift: the core says
        which of the assignments there takes it (``vehicle_placing``), or why none can; if
        several could, the user is asked which. The change is then the assignment's, checked
        and saved as ``give_vehicle``'s is."""
        area = self.area
        site = site or area.current_site()
        shift = area.current_shift()
        if site is None or shift is None:
            area.findings.say(self.tr("Choose a centre or post first."), ERROR_COLOUR)
            return False
        if self.placer.busy:
            return False
        what = self.tr("Vehicle {plate} at {site}").format(plate=self._plate(vehicle_id),
                                                          site=site.name)

        def failed(error: BaseException) -> None:
            if isinstance(error, DomainError):
                self.placer.refuse(what, error.message(i18n.language()))
                return
            from ui.errors import show_error

            show_error(self.area, error)

        query_op(area, self.ctx.db, lambda session: vehicle_placing.vehicle_targets(
            session, shift.id, site.key, vehicle_id)).success(
            lambda targets: self._send_to(targets, what)).failure(failed).run()
        return True

    def _send_to(self, targets: VehicleTargets, what: str) -> None:
        if targets.refusal is not None:
            self.placer.refuse(what, targets.refusal.message(i18n.language()))
        elif targets.blocking:
            self.placer.refuse_findings(what, targets.blocking)
        elif targets.chosen is not None:
            self._give(targets.chosen, targets.vehicle_id, targets.plate)
        elif targets.must_ask:
            dialog = VehicleTargetDialog(targets, self.area)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(lambda: self._given_to(targets, dialog.chosen()))
            self.dialog = dialog
            dialog.open()

    def _given_to(self, targets: VehicleTargets, row: Any) -> None:
        if row is not None:
            self.area.assigned.select(row.id)
            self._give(row, targets.vehicle_id, targets.plate)

    def set_role(self) -> bool:
        row = self.area.current_assignment()
        if row is None:
            return False
        data = row.as_input()
        data.role = self.area.pool.role_chosen()
        return self._change(self.tr("{who} as {role}").format(
            who=row.who, role=label(data.role)), row, data)

    def take_off(self) -> bool:
        row, shift = self.area.current_assignment(), self.area.current_shift()
        if row is None or shift is None:
            return False
        actor = self.ctx.actor

        def commit(session: Session, amend: bool) -> None:
            assignments.unassign(session, actor, row.id, expected_version=row.version,
                                 amend=amend)

        return self.placer.run(self.tr("Take off {who}").format(who=row.who), shift.status,
                               commit, then=self._changed)

    def toggle_pin(self) -> bool:
        row, shift = self.area.current_assignment(), self.area.current_shift()
        if row is None or shift is None:
            return False
        actor, wanted = self.ctx.actor, not row.pinned

        def commit(session: Session, _amend: bool) -> int:
            assignments.set_pinned(session, actor, row.id, wanted,
                                   expected_version=row.version)
            return row.id

        what = (self.tr("Pin {who}") if wanted else self.tr("Unpin {who}")).format(who=row.who)
        return self.placer.run(what, shift.status, commit, step="pin", then=self._changed)

    # -- a whole roster ---------------------------------------------------------------------------

    def fill_gaps(self) -> None:
        """Propose (a read), let the commander tick what to accept, accept it (one unit of
        work, an amendment confirmed first where the roster is published)."""
        shift = self.area.current_shift()
        if shift is None or self.placer.busy:
            return
        self.area.findings.say(self.tr("Proposing who could fill the gaps…"), "palette(dark)")

        def read(session: Session) -> ProposalReview:
            return review_of(session, fill.propose(session, shift.id))

        def failed(error: BaseException) -> None:
            self.area.findings.clear()
            from ui.errors import show_error

            show_error(self.area, error)

        query_op(self.area, self.ctx.db, read).success(
            lambda review: self._review_fill(shift, review)).failure(failed).run()

    def _review_fill(self, shift: Any, review: ProposalReview) -> None:
        if not review.lines:
            self.area.findings.say(self.tr(
                "Nothing to propose: every centre has its minimum, or nobody free could be "
                "sent where one is short."), ERROR_COLOUR if review.proposal.uncovered_before
                else DONE_COLOUR)
            return
        self.area.findings.clear()
        dialog = FillDialog(review, shift_text(shift), self.area)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._accept_fill(shift, review, dialog.chosen()))
        self.dialog = dialog
        dialog.open()

    def _accept_fill(self, shift: Any, review: ProposalReview, chosen: list[int]) -> None:
        if not chosen:
            return
        actor, proposal = self.ctx.actor, review.proposal

        def commit(session: Session, amend: bool) -> fill.AcceptReport:
            return fill.accept(session, actor, proposal, row_ids=chosen, amend=amend)

        def reported(report: fill.AcceptReport) -> None:
            skipped = [s.reason for s in report.skipped if s.reason is not None]
            if report.skipped:
                heading = self.tr("Gaps filled: {accepted} assignments saved; {skipped} no "
                                  "longer possible, not saved (why below)").format(
                    accepted=len(report.accepted), skipped=len(report.skipped))
            else:
                heading = self.tr("Gaps filled: {accepted} assignments saved").format(
                    accepted=len(report.accepted))
            self.area.findings.show_findings(heading, skipped, colour=DONE_COLOUR,
                                             outcome="done")
            self.area.after_change()

        what = self.tr("Fill the gaps of {shift}: {rows} assignments").format(
            shift=shift_text(shift), rows=len(chosen))
        self.placer.run(what, shift.status, commit, then=reported)

    def copy_shift(self) -> CopyShiftDialog | None:
        source = self.area.current_shift()
        if source is None:
            return None
        dialog = CopyShiftDialog(source, list(self.area.shifts.values()), self.area)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._copy(source, dialog.chosen()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _copy(self, source: Any, target: Any) -> None:
        if target is None:
            return
        actor = self.ctx.actor

        def commit(session: Session, amend: bool) -> tuple[int, list[SkippedLine]]:
            report = shift_copy.copy_assignments(session, actor, source.id, target.id,
                                                 amend=amend)
            lines = []
            for skipped in report.skipped:
                summary = assignments.assignment_summary(
                    session, session.get(Assignment, skipped.source_id))
                lines.append(SkippedLine(summary["person"] or summary["detachment"] or "",
                                         summary["place"], skipped.reason))
            return len(report.copied), lines

        def reported(result: Any) -> None:
            copied, skipped = result
            dialog = CopyReportDialog(copied, skipped, shift_text(target), self.area)
            self.dialog = dialog
            dialog.open()
            self.area.after_change()

        what = self.tr("Copy of {source} to {target}").format(
            source=shift_text(source), target=shift_text(target))
        self.placer.run(what, target.status, commit, then=reported)

    def review_for_publishing(self) -> None:
        shift = self.area.current_shift()
        if shift is None:
            return

        def reviewed(review: duty_board.PublishReview) -> None:
            dialog = PublishDialog(review, self.area)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(lambda: self._publish(review))
            self.dialog = dialog
            dialog.open()

        query_op(self.area, self.ctx.db,
                 lambda session: duty_board.publish_review(session, shift.id)) \
            .success(reviewed).run()

    def _publish(self, review: duty_board.PublishReview) -> None:
        actor, shift = self.ctx.actor, review.shift

        def publish(session: Session) -> int:
            published = rosters.publish_roster(session, actor, shift.id,
                                               expected_version=shift.version, seen=review.seen)
            return published.roster_revision

        self._roster_change(publish, lambda revision: self.tr(
            "The roster of {shift} is published: revision {revision}.").format(
            shift=shift_text(shift), revision=revision))

    def withdraw_roster(self) -> WithdrawDialog | None:
        shift = self.area.current_shift()
        if shift is None:
            return None
        dialog = WithdrawDialog(shift, self.area)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        actor = self.ctx.actor

        def withdraw() -> None:
            reason = dialog.reason.text()
            self._roster_change(
                lambda session: rosters.withdraw_roster(session, actor, shift.id, reason,
                                                        expected_version=shift.version).id,
                lambda _id: self.tr("The roster of {shift} is a draft again.").format(
                    shift=shift_text(shift)))

        dialog.accepted.connect(withdraw)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _roster_change(self, change: Any, said: Any) -> None:
        findings = self.area.findings

        def done(result: Any) -> None:
            findings.say(said(result))
            self.area.after_change()

        def failed(error: BaseException) -> None:
            if isinstance(error, DomainError):
                findings.show_findings(self.tr("Not done"), [])
                findings.say(self.tr("Not done") + "\n" + error.message(i18n.language()),
                             ERROR_COLOUR)
                self.area.refresh()
                return
            from ui.errors import show_error

            show_error(self.area, error)

        change_op(self.area, self.ctx.db, change).success(done).failure(failed).run()

    def mark_unavailable(self) -> UnavailabilityDialog | None:
        person, shift = self._person_in_focus(), self.area.current_shift()
        if person is None or shift is None:
            return None
        starts, ends = duty.span(shift)
        dialog = UnavailabilityDialog(self.ctx, person[0], person[1], starts, ends, self.area)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _id: self.area.after_change())
        self.dialog = dialog
        dialog.open()
        return dialog
