"""The assignment board over the seed demo (Maysan, polling day): placing someone from the
keyboard and by dragging, a double booking refused and explained in Arabic, a warning
confirmed (or not), coverage following what is placed and taken off, and a colleague's
assignment on another workstation appearing on the open board with the choices kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from desktop.models import Assignment, Shift
from desktop.services.actor import actor_for
from desktop.services.coverage import CoverageLevel
from desktop.services.duty_board import board_totals
from desktop.storage.database import Database
from tests.ui import board_fixtures, shell_fixtures
from tests.ui.board_fixtures import (
    WAIT_MS,
    assign_elsewhere,
    choose_site,
    drop,
    on_duty_elsewhere,
    open_board,
    people_for,
    polling_shift,
    settled,
    site_now,
)
from ui.assignments.area import AssignmentsArea
from ui.assignments.sites import COLUMN, LEVEL_TINTS, level_name
from ui.context import AppContext

arabic, demo_db = shell_fixtures.arabic, shell_fixtures.demo_db
room = board_fixtures.room
CENTRE = "MS-113"  # a low-risk centre of the Maimouna sector


def _count(db: Database, shift_id: int) -> int:
    with db.reader() as session:
        return session.scalar(select(func.count()).select_from(Assignment)
                              .where(Assignment.shift_id == shift_id))


def _placed(area, person_id: int) -> bool:
    return any(r.person_id == person_id for r in area.assigned.rows())


def test_a_person_typed_in_the_search_is_placed_with_enter_and_the_coverage_follows(
        qtbot, demo_db, arabic, room):
    area = open_board(qtbot, demo_db, changes=room)
    shift_id = area.shift.value()
    site = choose_site(qtbot, area, CENTRE)
    person = people_for(demo_db, shift_id, CENTRE)[0][0]
    area.pool.search.setFocus()
    qtbot.keyClicks(area.pool.search, person.service_number)
    qtbot.waitUntil(lambda: not area.pool.loading
                    and [r.id for r in area.pool.people.model.rows] == [person.id],
                    timeout=WAIT_MS)
    qtbot.keyClick(area.pool.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _placed(area, person.id), timeout=WAIT_MS)
    row = next(r for r in area.assigned.rows() if r.person_id == person.id)
    assert str(row.role) == "guard" and not row.findings
    assert area.findings.outcome == "done"
    qtbot.waitUntil(lambda: area.current_site().officers == site.officers + 1,
                    timeout=WAIT_MS)
    assert area.current_site().key == site.key  # still the site chosen
    # the people list says where they are now
    qtbot.waitUntil(lambda: area.pool.people.model.rows[0].engagement.here == site.name,
                    timeout=WAIT_MS)


def test_the_role_is_chosen_from_the_keyboard_and_enter_on_the_list_places(
        qtbot, demo_db, arabic, room):
    area = open_board(qtbot, demo_db, changes=room)
    shift_id = area.shift.value()
    choose_site(qtbot, area, CENTRE)
    person = people_for(demo_db, shift_id, CENTRE)[0][1]
    area.pool.role.set_value(area.pool.role.choices.value_at(
        area.pool.role.choices.row_of("patrol")))
    view = area.pool.people.view
    view.setFocus()
    view.setCurrentIndex(area.pool.people.proxy.index_of(person.id))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _placed(area, person.id), timeout=WAIT_MS)
    assert str(next(r for r in area.assigned.rows() if r.person_id == person.id).role) \
        == "patrol"


def test_a_double_booking_is_refused_and_explained_in_arabic(qtbot, demo_db, arabic, room):
    area = open_board(qtbot, demo_db, changes=room)
    shift_id = area.shift.value()
    busy, there = on_duty_elsewhere(demo_db, shift_id, CENTRE)
    choose_site(qtbot, area, CENTRE)
    before = _count(demo_db, shift_id)
    assert area.actions.place("person", busy.person_id)
    qtbot.waitUntil(lambda: not area.actions.placer.busy, timeout=WAIT_MS)
    findings = area.findings
    assert findings.outcome == "refused"
    said = findings.messages()
    assert any("منسّب مسبقاً" in line and there.name in line for line in said), said
    assert all(not any("a" <= ch <= "z" for ch in line.lower()) for line in said)
    assert area.actions.placer.question is None  # an error is not asked about
    assert _count(demo_db, shift_id) == before
    assert not _placed(area, busy.person_id)


def test_a_warning_is_asked_about_and_placed_once_confirmed(qtbot, demo_db, arabic, room):
    area = open_board(qtbot, demo_db, changes=room)
    shift_id = area.shift.value()
    choose_site(qtbot, area, CENTRE)
    outsider = people_for(demo_db, shift_id, CENTRE)[1][0]
    before = _count(demo_db, shift_id)

    assert area.actions.place("person", outsider.id)
    qtbot.waitUntil(lambda: area.actions.placer.question is not None, timeout=WAIT_MS)
    assert "قاطع شرطة الميمونة" in area.actions.placer.question.text()
    area.actions.placer.answer(False)  # not this time: nothing saved
    assert not area.actions.placer.busy
    assert _count(demo_db, shift_id) == before
    assert area.findings.outcome == "left"

    assert area.actions.place("person", outsider.id)
    qtbot.waitUntil(lambda: area.actions.placer.question is not None, timeout=WAIT_MS)
    area.actions.placer.answer(True)
    qtbot.waitUntil(lambda: _placed(area, outsider.id), timeout=WAIT_MS)
    assert _count(demo_db, shift_id) == before + 1
    # the warning stays said beside what was done
    assert any("قاطع شرطة الميمونة" in m for m in area.findings.messages())


def test_a_person_dragged_onto_a_centre_is_placed_there(qtbot, demo_db, arabic, room):
    area = open_board(qtbot, demo_db, changes=room)
    shift_id = area.shift.value()
    choose_site(qtbot, area, "MS-101")  # another site is chosen before the drop
    person = people_for(demo_db, shift_id, CENTRE)[0][0]
    target = area.sites.index_of(next(r.key for r in area.sites.model.rows
                                      if r.code == CENTRE))
    drop(area.sites.view, area.sites.view.visualRect(target).center(), "person", person.id)
    qtbot.waitUntil(lambda: _placed(area, person.id), timeout=WAIT_MS)
    assert area.current_site().code == CENTRE


def test_taking_guards_off_leaves_the_centre_partly_covered_in_colour_and_totals(
        qtbot, demo_db, arabic, room):
    area = open_board(qtbot, demo_db, changes=room)
    shift_id = area.shift.value()
    site = choose_site(qtbot, area, CENTRE)
    assert site.level is CoverageLevel.FULL and site.officers > site.officers_needed - 1
    full_before = board_totals(area.sites.shown()).full
    while area.current_site().officers >= site.officers_needed:
        officers = area.current_site().officers
        guard = next(r for r in area.assigned.rows() if str(r.role) == "guard")
        area.assigned.select(guard.id)
        area.assigned.view.setFocus()
        qtbot.keyClick(area.assigned.view, Qt.Key.Key_Delete)
        qtbot.waitUntil(lambda officers=officers, gone=guard.id: (
            area.current_site().officers == officers - 1 and not area.loading
            and all(r.id != gone for r in area.assigned.rows())), timeout=WAIT_MS)
    assert area.current_site().level is CoverageLevel.PARTIAL
    assert site_now(demo_db, shift_id, CENTRE).level is CoverageLevel.PARTIAL
    index = area.sites.index_of(site.key).siblingAtColumn(COLUMN["level"])
    assert index.data() == level_name(CoverageLevel.PARTIAL) != level_name(CoverageLevel.FULL)
    assert index.data(Qt.ItemDataRole.BackgroundRole).color().name() \
        == LEVEL_TINTS[CoverageLevel.PARTIAL]
    assert board_totals(area.sites.shown()).full == full_before - 1
    assert str(full_before - 1) in area.sites.totals.text()


def test_an_assignment_made_on_another_workstation_appears_with_the_choices_kept(
        qtbot, demo_db, arabic, room):
    area = open_board(qtbot, demo_db, changes=room)
    shift_id = area.shift.value()
    site = choose_site(qtbot, area, CENTRE)
    person = people_for(demo_db, shift_id, CENTRE)[0][0]
    chosen = area.assigned.rows()[-1].id
    assert area.assigned.select(chosen)
    assign_elsewhere(demo_db, shift_id, site.id, person.id)
    qtbot.waitUntil(lambda: _placed(area, person.id), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: area.current_site().officers == site.officers + 1,
                    timeout=WAIT_MS)
    assert area.current_site().key == site.key
    assert area.current_assignment() is not None and area.current_assignment().id == chosen
    assert area.shift.value() == shift_id == polling_shift(demo_db)


def test_the_board_runs_no_statement_on_the_interface_thread(qtbot, demo_db, arabic, room,
                                                              monkeypatch):
    from tests.ui.test_no_queries_on_the_interface_thread import Statements

    shift_id = polling_shift(demo_db)
    person = people_for(demo_db, shift_id, CENTRE)[0][0]
    with demo_db.reader() as session:
        staff = actor_for(session, "staff")
        election_id = session.get(Shift, shift_id).election_id
    statements = Statements(demo_db, monkeypatch)
    try:
        with statements.recorded():
            area = AssignmentsArea(AppContext(demo_db, staff, "ar", {
                "assignments.election": election_id, "assignments.shift": shift_id},
                changes=room))
            qtbot.addWidget(area)
            area.show()
            settled(qtbot, area)
            choose_site(qtbot, area, CENTRE)
            area.pool.tabs.setCurrentIndex(2)  # the vehicles, read with the shift
            assert area.actions.place("person", person.id)
            qtbot.waitUntil(lambda: _placed(area, person.id), timeout=WAIT_MS)
            area.assigned.select(next(r.id for r in area.assigned.rows()
                                      if r.person_id == person.id))
            dialog = area.actions.mark_unavailable()
            qtbot.waitUntil(lambda: not dialog.reading, timeout=WAIT_MS)
            dialog.reject()
    finally:
        statements.close()
    statements.check("ui/assignments/area.py", "ui/assignments/pool.py",
                     "ui/assignments/actions.py", "ui/assignments/placing.py",
                     "ui/assignments/unavailability.py")


def test_a_vehicle_dropped_on_an_assignment_goes_with_it_and_one_in_maintenance_is_refused(
        qtbot, demo_db, arabic, room):
    area = open_board(qtbot, demo_db, changes=room)
    choose_site(qtbot, area, CENTRE)
    row = next(r for r in area.assigned.rows() if r.vehicle_id is None)
    vehicles = area.pool.vehicles.model.rows
    free = next(v for v in vehicles if v.in_service and v.engagement.free)
    broken = next(v for v in vehicles if not v.in_service)
    view = area.assigned.view
    target = view.visualRect(area.assigned.index_of(row.id)).center()
    drop(view, target, "vehicle", broken.id)
    qtbot.waitUntil(lambda: area.findings.outcome == "refused", timeout=WAIT_MS)
    assert any(broken.plate in m for m in area.findings.messages())
    drop(view, target, "vehicle", free.id)
    qtbot.waitUntil(lambda: any(r.id == row.id and r.vehicle_id == free.id
                                for r in area.assigned.rows()), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: area.current_site().vehicles >= 1, timeout=WAIT_MS)
