"""A whole roster from the board: publishing (the commander's alone, greyed with the core's
reason for anyone else, and exactly what was reviewed), an amendment of a published roster
asked for explicitly, a shift copied with the rows it skipped reported, someone marked
unavailable with the duties it clashes with, and a record changed elsewhere since it was
read refused and shown again as it is."""

from __future__ import annotations

from datetime import date, time

import shiboken6
from sqlalchemy import func, select

from desktop import i18n
from desktop.models import Assignment, PhaseKind, RosterStatus, Shift
from desktop.services import assignments, availability, duty, permissions, rosters, shifts
from desktop.services.actor import actor_for
from desktop.services.assignment_checks import AssignmentInput, roster_findings
from desktop.services.errors import Forbidden
from desktop.services.rosters import history
from desktop.storage.database import Database
from tests.ui import board_fixtures, shell_fixtures
from tests.ui.board_fixtures import WAIT_MS, choose_site, open_board, people_for, polling_shift
from tests.ui.board_fixtures import wait_dialog as _wait_dialog

arabic, demo_db = shell_fixtures.arabic, shell_fixtures.demo_db
room = board_fixtures.room
CENTRE = "MS-113"


def _shift(db: Database, shift_id: int) -> Shift:
    with db.reader() as session:
        found = session.get(Shift, shift_id)
        session.expunge(found)
        return found


def _clean_shift(db: Database) -> int:
    """A Maysan shift whose roster breaks no rule (the special-voting day's)."""
    with db.reader() as session:
        for shift in session.scalars(select(Shift).order_by(Shift.on_date, Shift.starts_at)):
            if shift.phase is PhaseKind.SPECIAL_VOTING and not roster_findings(session,
                                                                               shift.id):
                return shift.id
    raise AssertionError("no clean shift in the demo")


def test_publishing_is_greyed_for_a_staff_officer_with_the_cores_reason_and_refused_anyway(
        qtbot, demo_db, arabic, room):
    area = open_board(qtbot, demo_db, "staff", shift_id=_clean_shift(demo_db), changes=room)
    with demo_db.reader() as session:
        staff = actor_for(session, "staff")
    try:
        permissions.require_roster(staff)
    except Forbidden as error:
        reason = error.message(i18n.language())
    assert not area.actions.publish.isEnabled()
    assert area.actions.publish.toolTip() == reason
    assert area.actions.note.isVisible() and reason in area.actions.note.text()
    # were the button reached some other way, the core refuses it: nothing is published
    area.actions.review_for_publishing()
    dialog = _wait_dialog(qtbot, area, "publishRoster")
    dialog.accept()
    qtbot.waitUntil(lambda: reason in area.findings.heading.text(), timeout=WAIT_MS)
    assert _shift(demo_db, area.shift.value()).roster_status is RosterStatus.DRAFT


def test_the_commander_publishes_what_was_reviewed_and_a_change_then_is_an_amendment(
        qtbot, demo_db, arabic, room):
    shift_id = _clean_shift(demo_db)
    area = open_board(qtbot, demo_db, "commander", shift_id=shift_id, changes=room)
    assert area.actions.publish.isEnabled() and not area.actions.withdraw.isEnabled()
    area.actions.publish.trigger()
    dialog = _wait_dialog(qtbot, area, "publishRoster")
    with demo_db.reader() as session:
        count = session.scalar(select(func.count()).select_from(Assignment)
                               .where(Assignment.shift_id == shift_id))
    assert len(dialog.review.seen) == count and dialog.publish_button.isEnabled()
    dialog.publish_button.click()
    qtbot.waitUntil(lambda: area.status() is RosterStatus.PUBLISHED, timeout=WAIT_MS)
    assert _shift(demo_db, shift_id).roster_revision == 1
    assert not area.actions.publish.isEnabled() and area.actions.withdraw.isEnabled()
    assert "1" in area.state.text()

    site = choose_site(qtbot, area, CENTRE)
    person = people_for(demo_db, shift_id, CENTRE)[0][0]
    assert area.actions.place("person", person.id, site)
    qtbot.waitUntil(lambda: area.actions.placer.question is not None, timeout=WAIT_MS)
    assert site.name not in ("",) and person.title in area.actions.placer.question.text()
    area.actions.placer.answer(True)  # yes, as an amendment
    qtbot.waitUntil(lambda: any(r.person_id == person.id for r in area.assigned.rows()),
                    timeout=WAIT_MS)
    assert area.actions.placer.question is None  # the amendment's own warning is not asked
    assert _shift(demo_db, shift_id).roster_revision == 2
    qtbot.waitUntil(lambda: area.current_shift().revision == 2, timeout=WAIT_MS)


def test_an_amendment_declined_changes_nothing(qtbot, demo_db, arabic, room):
    shift_id = _clean_shift(demo_db)
    with demo_db.session() as session:
        rosters.publish_roster(session, actor_for(session, "commander"), shift_id)
    area = open_board(qtbot, demo_db, "staff", shift_id=shift_id, changes=room)
    site = choose_site(qtbot, area, CENTRE)
    person = people_for(demo_db, shift_id, CENTRE)[0][0]
    assert area.actions.place("person", person.id, site)
    qtbot.waitUntil(lambda: area.actions.placer.question is not None, timeout=WAIT_MS)
    area.actions.placer.answer(False)
    assert area.findings.outcome == "left"
    assert _shift(demo_db, shift_id).roster_revision == 1
    assert not any(r.person_id == person.id for r in area.assigned.rows())


def test_a_roster_changed_since_it_was_reviewed_is_not_published(qtbot, demo_db, arabic, room):
    shift_id = _clean_shift(demo_db)
    area = open_board(qtbot, demo_db, "commander", shift_id=shift_id, changes=room)
    area.actions.publish.trigger()
    dialog = _wait_dialog(qtbot, area, "publishRoster")
    person = people_for(demo_db, shift_id, CENTRE)[0][0]
    site = next(r for r in area.sites.model.rows if r.code == CENTRE)
    with demo_db.session() as session:  # a colleague places someone meanwhile
        assignments.assign(session, actor_for(session, "staff"), AssignmentInput(
            shift_id, "guard", centre_id=site.id, person_id=person.id))
    dialog.publish_button.click()
    qtbot.waitUntil(lambda: "راجعه ثانيةً" in area.findings.heading.text(),
                    timeout=WAIT_MS)
    assert _shift(demo_db, shift_id).roster_status is RosterStatus.DRAFT


def test_a_roster_breaking_a_rule_cannot_be_published_and_says_why(qtbot, demo_db, arabic,
                                                                    room):
    shift_id = polling_shift(demo_db)
    with demo_db.session() as session:  # someone on it falls sick after being put on duty
        on_it = session.scalars(select(Assignment).where(
            Assignment.shift_id == shift_id, Assignment.person_id.is_not(None))
            .order_by(Assignment.id)).first()
        begins, ends = duty.span(on_it.shift)
        availability.mark_unavailable(session, actor_for(session, "staff"),
                                      availability.UnavailabilityInput(
                                          on_it.person_id, "sickness", begins, ends))
    with demo_db.reader() as session:
        broken = roster_findings(session, shift_id)
    assert broken
    area = open_board(qtbot, demo_db, "commander", shift_id=shift_id, changes=room)
    area.actions.publish.trigger()
    dialog = _wait_dialog(qtbot, area, "publishRoster")
    assert not dialog.publish_button.isEnabled()
    assert str(len([f for f in broken.values() if any(x.is_error for x in f)])) \
        in dialog.problem.text()
    first = next(f for f in next(iter(broken.values())) if f.is_error)
    assert first.params["name"] in dialog.problem.text()


def test_a_shift_is_copied_and_the_rows_it_skipped_are_reported_with_their_reason(
        qtbot, demo_db, arabic, room):
    with demo_db.session() as session:
        staff = actor_for(session, "staff")
        source = session.scalars(select(Shift).where(Shift.phase == PhaseKind.AFTER)
                                 .order_by(Shift.on_date)).first()
        target = shifts.create_shift(session, staff, shifts.ShiftInput(
            source.election_id, PhaseKind.AFTER, date(2009, 2, 2), time(8), time(20),
            "الوجبة المنسوخة"))
        session.flush()
        source_id, target_id = source.id, target.id
        on_duty = session.scalars(select(Assignment).where(
            Assignment.shift_id == source_id, Assignment.person_id.is_not(None))
            .order_by(Assignment.id)).first()
        sick = on_duty.person
        begins, ends = duty.span(target)
        availability.mark_unavailable(session, staff, availability.UnavailabilityInput(
            sick.id, "sickness", begins, ends))
        sick_name = sick.full_name_ar
        total = session.scalar(select(func.count()).select_from(Assignment)
                               .where(Assignment.shift_id == source_id))
    area = open_board(qtbot, demo_db, "staff", shift_id=source_id, changes=room)
    assert area.actions.copy.isEnabled()
    area.actions.copy.trigger()
    dialog = _wait_dialog(qtbot, area, "copyShift")
    dialog.target.set_value(target_id)
    assert dialog.chosen().id == target_id
    dialog.copy_button.click()
    report = _wait_dialog(qtbot, area, "copyReport")
    reasons = report.reasons()
    assert len(reasons) >= 1 and any(sick_name in r and "غير متفرغ" in r for r in reasons)
    with demo_db.reader() as session:
        copied = session.scalar(select(func.count()).select_from(Assignment)
                                .where(Assignment.shift_id == target_id))
    assert copied == total - len(reasons) and copied > 0
    assert str(copied) in report.summary.text()


def test_marking_someone_unavailable_lists_their_duties_and_the_board_shows_them_broken(
        qtbot, demo_db, arabic, room):
    area = open_board(qtbot, demo_db, "staff", changes=room)
    choose_site(qtbot, area, CENTRE)
    row = next(r for r in area.assigned.rows() if r.person_id is not None and not r.findings)
    area.assigned.select(row.id)
    qtbot.waitUntil(lambda: area.actions.unavailable.isEnabled(), timeout=WAIT_MS)
    # the people list has nobody chosen: the person of the assignment chosen is meant
    area.pool.people.view.clearSelection()
    area.pool.people.view.setCurrentIndex(area.pool.people.proxy.index(-1, -1))
    dialog = area.actions.mark_unavailable()
    assert dialog.person_id == row.person_id
    qtbot.waitUntil(lambda: not dialog.reading and dialog.clash_count() >= 1, timeout=WAIT_MS)
    assert area.current_site().name in [dialog.clashes.item(n, 2).text()
                                        for n in range(dialog.clash_count())]
    dialog.ends.setDateTime(dialog.starts.dateTime().addSecs(-3600))  # ends before it starts
    dialog.save()
    qtbot.waitUntil(lambda: dialog.pending is None and dialog.problem.isVisible(),
                    timeout=WAIT_MS)
    assert dialog.isVisible() and dialog.problem.text()  # said, and nothing typed lost
    dialog.ends.setDateTime(dialog.starts.dateTime().addSecs(8 * 3600))
    dialog.reason.setText("مراجعة المستشفى")
    dialog.save()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=WAIT_MS)  # closed
    qtbot.waitUntil(lambda: any(r.id == row.id and any(f.is_error for f in r.findings)
                                for r in area.assigned.rows()), timeout=WAIT_MS)
    shown = next(r for r in area.assigned.rows() if r.id == row.id)
    assert "غير متفرغ" in shown.findings[0].message("ar")


def test_a_record_changed_elsewhere_is_refused_said_and_shown_again(qtbot, demo_db, arabic):
    area = open_board(qtbot, demo_db, "staff")  # no room: nothing tells the board meanwhile
    choose_site(qtbot, area, CENTRE)
    row = next(r for r in area.assigned.rows() if r.person_id is not None)
    area.assigned.select(row.id)
    with demo_db.session() as session:
        assignments.set_pinned(session, actor_for(session, "commander"), row.id, True)
    assert area.actions.take_off()
    qtbot.waitUntil(lambda: area.findings.outcome == "not_done", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: any(r.id == row.id and r.pinned for r in area.assigned.rows()),
                    timeout=WAIT_MS)
    with demo_db.reader() as session:
        assert session.get(Assignment, row.id) is not None
    assert area.current_assignment().id == row.id  # still chosen, now shown pinned
    assert not area.actions.unassign.isEnabled()  # unpin it first


def test_the_commander_withdraws_a_published_roster_with_a_reason(qtbot, demo_db, arabic,
                                                                  room):
    shift_id = _clean_shift(demo_db)
    with demo_db.session() as session:
        rosters.publish_roster(session, actor_for(session, "commander"), shift_id)
    area = open_board(qtbot, demo_db, "commander", shift_id=shift_id, changes=room)
    assert area.actions.withdraw.isEnabled() and not area.actions.publish.isEnabled()
    area.actions.withdraw.trigger()
    dialog = _wait_dialog(qtbot, area, "withdrawRoster")
    assert not dialog.withdraw_button.isEnabled()  # no reason, no withdrawal
    dialog.reason.setText("تبديل آمري المراكز بأمر القيادة")
    dialog.withdraw_button.click()
    qtbot.waitUntil(lambda: area.status() is RosterStatus.DRAFT, timeout=WAIT_MS)
    shift = _shift(demo_db, shift_id)
    assert shift.roster_status is RosterStatus.DRAFT and shift.roster_revision == 1
    with demo_db.reader() as session:
        assert history(session, shift_id)[-1].reason == "تبديل آمري المراكز بأمر القيادة"
    assert area.actions.publish.isEnabled()
