"""The assignment board kept live and reached from the keyboard, over the seed demo (Maysan,
polling day): a colleague's assignment on another workstation refreshes only the sites'
counts (``duty_board.site_counts``) and the totals, never the sites read whole; Ctrl+Enter
places the one chosen in the pool; a detachment dragged onto a site is placed there; the
actions' tips say how each is reached by keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.models import Assignment
from desktop.services import duty_board
from desktop.services.duty_board import board_totals
from desktop.storage.database import Database
from tests.ui import board_fixtures, shell_fixtures
from tests.ui.board_fixtures import (
    WAIT_MS,
    assign_elsewhere,
    choose_site,
    drop,
    open_board,
    people_for,
)
from ui.assignments.fill_dialog import FillDialog

arabic, demo_db = shell_fixtures.arabic, shell_fixtures.demo_db
room = board_fixtures.room
CENTRE, OTHER = "MS-113", "MS-101"


def _row(area, code: str):
    return next(r for r in area.sites.model.rows if r.code == code)


def _counting(monkeypatch, name: str) -> list[int]:
    calls: list[int] = []
    original = getattr(duty_board, name)

    def counted(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(duty_board, name, counted)
    return calls


def test_a_colleagues_assignment_refreshes_the_counts_and_totals_not_the_sites(
        qtbot, demo_db, arabic, room, monkeypatch):
    area = open_board(qtbot, demo_db, changes=room)
    shift_id = area.shift.value()
    choose_site(qtbot, area, CENTRE)
    other = _row(area, OTHER)
    person = people_for(demo_db, shift_id, OTHER)[0][0]
    wanting = board_totals(area.sites.shown()).officers_missing
    whole, counts = _counting(monkeypatch, "site_rows"), _counting(monkeypatch, "site_counts")
    assign_elsewhere(demo_db, shift_id, other.id, person.id)
    qtbot.waitUntil(lambda: _row(area, OTHER).officers == other.officers + 1
                    and not area.loading, timeout=WAIT_MS)
    assert counts and not whole  # the counts read again, the sites not
    if other.officers < other.officers_needed:
        assert board_totals(area.sites.shown()).officers_missing == wanting - 1
        assert f"{wanting - 1}" in area.sites.totals.text()
    assert area.current_site().code == CENTRE  # the site chosen stays chosen
    # the centre's row shows what the database says now
    with demo_db.reader() as session:
        now = next(r for r in duty_board.site_rows(session, shift_id) if r.code == OTHER)
    assert _row(area, OTHER) == now


def test_a_notice_before_the_sites_are_shown_reads_them_whole(qtbot, demo_db, arabic, room):
    area = open_board(qtbot, demo_db, changes=room)
    area.sites.clear()
    operation = area.read_counts()
    assert operation is not None
    qtbot.waitUntil(lambda: area.sites.model.rowCount() > 0 and not area.loading,
                    timeout=WAIT_MS)


def test_ctrl_enter_places_the_one_chosen_in_the_pool(qtbot, demo_db, arabic, room):
    area = open_board(qtbot, demo_db, changes=room)
    shift_id = area.shift.value()
    site = choose_site(qtbot, area, CENTRE)
    person = people_for(demo_db, shift_id, CENTRE)[0][0]
    area.activateWindow()
    view = area.pool.people.view
    view.setCurrentIndex(area.pool.people.proxy.index_of(person.id))
    area.sites.view.setFocus()  # the shortcut is the board's, wherever the focus is on it
    qtbot.waitUntil(lambda: QApplication.focusWidget() is area.sites.view, timeout=WAIT_MS)
    qtbot.keyClick(area.sites.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(r.person_id == person.id for r in area.assigned.rows()),
                    timeout=WAIT_MS)
    assert area.current_site().key == site.key


def test_a_detachment_dragged_onto_a_site_is_placed_there(qtbot, demo_db, arabic, room):
    area = open_board(qtbot, demo_db, changes=room)
    choose_site(qtbot, area, OTHER)
    team = next(d for d in area.pool.detachments.model.rows if d.engagement.free)
    target = area.sites.index_of(_row(area, CENTRE).key)
    drop(area.sites.view, area.sites.view.visualRect(target).center(), "detachment", team.id)

    def placed_or_asked() -> bool:
        return area.actions.placer.question is not None or any(
            r.detachment_id == team.id for r in area.assigned.rows())

    qtbot.waitUntil(placed_or_asked, timeout=WAIT_MS)
    if area.actions.placer.question is not None:  # a warning (another unit's crew) confirmed
        area.actions.placer.answer(True)
    qtbot.waitUntil(lambda: any(r.detachment_id == team.id for r in area.assigned.rows()),
                    timeout=WAIT_MS)
    assert area.current_site().code == CENTRE


def test_the_tips_say_the_keys_whether_offered_or_greyed(qtbot, demo_db, arabic, room):
    area = open_board(qtbot, demo_db, changes=room)
    actions = area.actions
    area.assigned.view.clearSelection()
    area.assigned.view.setCurrentIndex(area.assigned.proxy.index(-1, -1))
    actions.update()
    assert not actions.unassign.isEnabled()
    keys = actions.keys[actions.unassign]
    assert keys and actions.unassign.toolTip().endswith(keys)
    assert actions.reason_for(actions.unassign)  # why it is greyed, before the keys
    assert keys not in actions.reason_for(actions.unassign)
    choose_site(qtbot, area, CENTRE)
    area.assigned.select(area.assigned.rows()[0].id)
    actions.update()
    assert actions.unassign.isEnabled() and actions.unassign.toolTip() == keys
    assert "Ctrl+Shift+P" in actions.pin.toolTip()
    assert all(action.toolTip() for action in (actions.assign, actions.vehicle))
    assert area.pool.tabs.tabToolTip(0) and area.pool.tabs.tabToolTip(2)
    assert area.pool.search.toolTip()


def _count(db: Database, shift_id: int) -> int:
    with db.reader() as session:
        return len(session.scalars(select(Assignment.id).where(
            Assignment.shift_id == shift_id)).all())


def _open_fill(qtbot, area) -> FillDialog:
    assert area.actions.fill.isEnabled(), area.actions.fill.toolTip()
    area.actions.dialog = None  # the one before was deleted on closing
    area.actions.fill.trigger()
    qtbot.waitUntil(lambda: isinstance(area.actions.dialog, FillDialog)
                    and area.actions.dialog.isVisible(), timeout=WAIT_MS)
    return area.actions.dialog


def test_the_gaps_are_proposed_reviewed_and_accepted_in_part_from_the_board(
        qtbot, demo_db, arabic, room):
    area = open_board(qtbot, demo_db, changes=room)
    shift_id = area.shift.value()
    before = _count(demo_db, shift_id)
    wanting = board_totals(area.sites.shown())

    dialog = _open_fill(qtbot, area)  # looked at, then cancelled: nothing saved
    rows = dialog.model.rowCount()
    assert rows > 0 and dialog.chosen() == [line.row_id for line in dialog.review.lines]
    assert str(wanting.partial + wanting.none) in dialog.summary.text()
    dialog.reject()
    assert _count(demo_db, shift_id) == before

    dialog = _open_fill(qtbot, area)
    left_out = dialog.review.lines[0]
    dialog.model.setData(dialog.model.index(0, 0), Qt.CheckState.Unchecked.value,
                         Qt.ItemDataRole.CheckStateRole)
    assert left_out.row_id not in dialog.chosen() and len(dialog.chosen()) == rows - 1
    dialog.none_button.click()
    assert not dialog.chosen() and not dialog.accept_button.isEnabled()
    dialog.all_button.click()
    dialog.model.setData(dialog.model.index(0, 0), Qt.CheckState.Unchecked.value,
                         Qt.ItemDataRole.CheckStateRole)
    dialog.accept_button.click()
    qtbot.waitUntil(lambda: area.findings.outcome == "done" and not area.actions.placer.busy,
                    timeout=WAIT_MS)
    assert _count(demo_db, shift_id) == before + rows - 1
    assert "1" in area.findings.heading.text() or str(rows - 1) in area.findings.heading.text()
    # the board follows: fewer officers wanting, read by counts
    qtbot.waitUntil(lambda: not area.loading and board_totals(
        area.sites.shown()).officers_missing < wanting.officers_missing, timeout=WAIT_MS)


def test_a_clerk_is_not_offered_the_fill_and_is_told_why(qtbot, demo_db, arabic, room):
    area = open_board(qtbot, demo_db, "clerk", changes=room)
    assert not area.actions.fill.isEnabled()
    assert area.actions.reason_for(area.actions.fill)


def test_filling_the_gaps_runs_no_statement_on_the_interface_thread(qtbot, demo_db, arabic,
                                                                     room, monkeypatch):
    from tests.ui.test_no_queries_on_the_interface_thread import Statements

    area = open_board(qtbot, demo_db, changes=room)
    statements = Statements(demo_db, monkeypatch)
    try:
        with statements.recorded():
            dialog = _open_fill(qtbot, area)
            dialog.accept_button.click()
            qtbot.waitUntil(lambda: area.findings.outcome == "done"
                            and not area.actions.placer.busy and not area.loading,
                            timeout=WAIT_MS)
    finally:
        statements.close()
    assert statements.seen  # the proposal, the acceptance and the counts were read
    # the dialog itself reads nothing: it shows what the proposal's operation read
    statements.check("ui/assignments/actions.py", "ui/assignments/placing.py")
