"""A vehicle sent to a centre or post on the board (Maysan's polling day of the seed demo):
dropped on the site, it goes with the commander's assignment there; where several could take
it the board asks which; from the keyboard («Place here» with the site chosen) it goes the
same way; a site where nobody can take it, and a vehicle in maintenance, are refused with the
reason; a published roster takes it as an amendment once confirmed."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from sqlalchemy import select

from desktop.models import AssignmentRole, PhaseKind, RosterAction, RosterStatus, Shift
from desktop.services import rosters
from desktop.services.actor import actor_for
from desktop.services.assignment_checks import roster_findings
from desktop.services.vehicle_placing import vehicle_targets
from desktop.storage.database import Database
from tests.ui import board_fixtures, shell_fixtures
from tests.ui.board_fixtures import WAIT_MS, choose_site, drop, open_board
from tests.ui.board_fixtures import wait_dialog as _wait_dialog

arabic, demo_db = shell_fixtures.arabic, shell_fixtures.demo_db
room = board_fixtures.room


def _free_vehicle(area, n: int = 0):
    return [v for v in area.pool.vehicles.model.rows if v.in_service and v.engagement.free][n]


def _site(area, db: Database, vehicle_id: int, wanted: str):
    """The first site of the shift where the core says of the vehicle: «chosen» (one
    assignment takes it), «ask» (several could) or «refused» (none can)."""
    shift_id = area.shift.value()
    with db.reader() as session:
        for site in area.sites.model.rows:
            found = vehicle_targets(session, shift_id, site.key, vehicle_id)
            said = ("chosen" if found.chosen else "ask" if found.must_ask
                    else "refused" if found.refusal else "")
            if said == wanted:
                return site, found
    raise AssertionError(f"no site where the vehicle is {wanted}")


def _drop_on_site(area, site, kind: str, record_id: int) -> None:
    view = area.sites.view
    drop(view, view.visualRect(area.sites.index_of(site.key)).center(), kind, record_id)


def _with_vehicle(area, assignment_id: int, vehicle_id: int) -> bool:
    return any(r.id == assignment_id and r.vehicle_id == vehicle_id
               for r in area.assigned.rows())


def test_a_vehicle_dropped_on_a_centre_goes_with_its_commander(qtbot, demo_db, arabic, room):
    area = open_board(qtbot, demo_db, changes=room)
    choose_site(qtbot, area, "MS-122")  # another site is chosen before the drop
    vehicle = _free_vehicle(area)
    site, targets = _site(area, demo_db, vehicle.id, "chosen")
    assert targets.chosen.role is AssignmentRole.CENTRE_COMMANDER
    vehicles_before = site.vehicles
    _drop_on_site(area, site, "vehicle", vehicle.id)
    qtbot.waitUntil(lambda: _with_vehicle(area, targets.chosen.id, vehicle.id), timeout=WAIT_MS)
    assert area.current_site().key == site.key
    assert area.findings.outcome == "done" and vehicle.plate in area.findings.heading.text()
    qtbot.waitUntil(lambda: area.current_site().vehicles == vehicles_before + 1,
                    timeout=WAIT_MS)
    assert area.current_assignment().id == targets.chosen.id  # the one given it, chosen


def test_where_several_could_take_it_the_board_asks_which(qtbot, demo_db, arabic, room):
    area = open_board(qtbot, demo_db, changes=room)
    vehicle = _free_vehicle(area)
    site, targets = _site(area, demo_db, vehicle.id, "ask")
    _drop_on_site(area, site, "vehicle", vehicle.id)
    dialog = _wait_dialog(qtbot, area, "vehicleTarget")
    assert dialog.list.count() == len(targets.candidates) > 1
    assert vehicle.plate in dialog.windowTitle() and site.name in dialog.windowTitle()
    second = targets.candidates[1]
    assert not dialog.choose(987_654) and dialog.choose(second.id)
    dialog.give_button.click()
    qtbot.waitUntil(lambda: _with_vehicle(area, second.id, vehicle.id), timeout=WAIT_MS)
    others = [r for r in area.assigned.rows() if r.id != second.id]
    assert all(r.vehicle_id != vehicle.id for r in others)


def test_declining_the_question_gives_it_to_nobody(qtbot, demo_db, arabic, room):
    area = open_board(qtbot, demo_db, changes=room)
    vehicle = _free_vehicle(area)
    site, _targets = _site(area, demo_db, vehicle.id, "ask")
    area.sites.select(site.key)
    assert area.actions.send_vehicle(vehicle.id)
    dialog = _wait_dialog(qtbot, area, "vehicleTarget")
    dialog.reject()
    with demo_db.reader() as session:
        again = vehicle_targets(session, area.shift.value(), site.key, vehicle.id)
    assert again.refusal is None and len(again.candidates) == len(_targets.candidates)


def test_the_keyboard_places_a_vehicle_at_the_site_chosen(qtbot, demo_db, arabic, room):
    area = open_board(qtbot, demo_db, changes=room)
    vehicle = _free_vehicle(area, 1)
    site, targets = _site(area, demo_db, vehicle.id, "chosen")
    choose_site(qtbot, area, site.code)
    area.assigned.view.clearSelection()
    area.assigned.view.setCurrentIndex(area.assigned.view.model().index(-1, -1))
    area.pool.tabs.setCurrentIndex(2)
    area.pool.vehicles.view.setCurrentIndex(area.pool.vehicles.view.model().index(
        area.pool.vehicles.model.row_of(vehicle.id), 0))
    assert area.current_assignment() is None
    assert area.actions.assign.isEnabled() and area.actions.vehicle.isEnabled()
    area.actions.assign.trigger()  # Ctrl+Enter: «Place here»
    qtbot.waitUntil(lambda: _with_vehicle(area, targets.chosen.id, vehicle.id), timeout=WAIT_MS)


def test_a_site_nobody_there_can_take_it_refuses_with_the_reason(qtbot, demo_db, arabic, room):
    area = open_board(qtbot, demo_db, changes=room)
    vehicle = _free_vehicle(area)
    site, targets = _site(area, demo_db, vehicle.id, "refused")
    _drop_on_site(area, site, "vehicle", vehicle.id)
    qtbot.waitUntil(lambda: area.findings.outcome == "not_done", timeout=WAIT_MS)
    said = area.findings.heading.text()
    assert vehicle.plate in said and site.name in said
    assert area.actions.placer.last_refusal == targets.refusal.message("ar")
    qtbot.waitUntil(lambda: not area.loading, timeout=WAIT_MS)
    assert all(r.vehicle_id != vehicle.id for r in area.assigned.rows())


def test_a_vehicle_in_maintenance_dropped_on_a_centre_is_refused_by_the_rules(
        qtbot, demo_db, arabic, room):
    area = open_board(qtbot, demo_db, changes=room)
    broken = next(v for v in area.pool.vehicles.model.rows if not v.in_service)
    site, _targets = _site(area, demo_db, _free_vehicle(area).id, "ask")
    _drop_on_site(area, site, "vehicle", broken.id)
    qtbot.waitUntil(lambda: area.findings.outcome == "refused", timeout=WAIT_MS)
    assert any(broken.plate in m for m in area.findings.messages())
    assert area.actions.dialog is None  # nobody was asked which assignment takes it
    assert all(r.vehicle_id != broken.id for r in area.assigned.rows())


def test_a_published_roster_takes_it_as_an_amendment_once_confirmed(qtbot, demo_db, arabic,
                                                                     room):
    with demo_db.reader() as session:
        shift_id = next(s.id for s in session.scalars(select(Shift).order_by(Shift.id))
                        if s.phase is PhaseKind.SPECIAL_VOTING
                        and not roster_findings(session, s.id))
    with demo_db.session() as session:
        rosters.publish_roster(session, actor_for(session, "commander"), shift_id)
    area = open_board(qtbot, demo_db, "staff", shift_id=shift_id, changes=room)
    assert area.status() is RosterStatus.PUBLISHED
    vehicle = _free_vehicle(area)
    site, targets = _site(area, demo_db, vehicle.id, "chosen")
    _drop_on_site(area, site, "vehicle", vehicle.id)
    qtbot.waitUntil(lambda: area.actions.placer.question is not None, timeout=WAIT_MS)
    area.actions.placer.answer(True)  # yes, as an amendment
    qtbot.waitUntil(lambda: _with_vehicle(area, targets.chosen.id, vehicle.id), timeout=WAIT_MS)
    with demo_db.reader() as session:
        assert rosters.history(session, shift_id)[-1].action is RosterAction.AMENDED


def test_a_vehicle_dropped_below_the_sites_list_goes_to_the_site(qtbot, demo_db, arabic,
                                                                   room):
    area = open_board(qtbot, demo_db, changes=room)
    vehicle = _free_vehicle(area)
    site, targets = _site(area, demo_db, vehicle.id, "chosen")
    choose_site(qtbot, area, site.code)
    view = area.assigned.view
    below = QPoint(view.viewport().width() // 2, view.viewport().height() - 2)
    assert not view.indexAt(below).isValid()  # on no row
    drop(view, below, "vehicle", vehicle.id)
    qtbot.waitUntil(lambda: _with_vehicle(area, targets.chosen.id, vehicle.id), timeout=WAIT_MS)
