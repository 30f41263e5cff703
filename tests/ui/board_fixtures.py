"""Fixtures of the assignment board's tests: the board over the seed demo on Maysan's polling
day, signed in as someone, the waits for what comes by operations, and people found by the
core's own rules (free at a site, or free but from outside its sector), so the tests do not
hang on the demo's names."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from desktop.models import Election, PhaseKind, Shift
from desktop.services import assignments, duty_board, duty_pool
from desktop.services.actor import actor_for
from desktop.services.assignment_checks import AssignmentInput, check_assignment
from desktop.services.duty_board import SiteKind, SiteRow
from desktop.services.findings import Rule
from desktop.storage.database import Database
from ui.assignments.area import AssignmentsArea
from ui.assignments.rows import DUTY_MIME
from ui.changes import RoomChanges
from ui.context import AppContext

WAIT_MS = 15_000


def polling_shift(db: Database, label_index: int = 0) -> int:
    """Maysan's polling-day shift (the first, unless told): the 2009 provincial election."""
    with db.reader() as session:
        election = session.scalars(select(Election).order_by(Election.polling_date)).first()
        shifts = session.scalars(select(Shift).where(
            Shift.election_id == election.id, Shift.phase == PhaseKind.POLLING_DAY)
            .order_by(Shift.starts_at)).all()
        return shifts[label_index].id


def settled(qtbot: Any, area: AssignmentsArea) -> AssignmentsArea:
    qtbot.waitUntil(lambda: not area.loading and area.sites.model.rowCount() > 0
                    and area.pool.people.model.rowCount() > 0, timeout=WAIT_MS)
    return area


def open_board(qtbot: Any, db: Database, who: str = "staff", *, shift_id: int | None = None,
               changes: RoomChanges | None = None) -> AssignmentsArea:
    shift_id = shift_id or polling_shift(db)
    with db.reader() as session:
        actor = actor_for(session, who)
        election_id = session.get(Shift, shift_id).election_id
    ctx = AppContext(db, actor, "ar", {"assignments.election": election_id,
                                       "assignments.shift": shift_id}, changes=changes)
    area = AssignmentsArea(ctx)
    qtbot.addWidget(area)
    area.resize(1300, 760)
    area.show()
    settled(qtbot, area)
    assert area.shift.value() == shift_id
    return area


def choose_site(qtbot: Any, area: AssignmentsArea, code: str) -> SiteRow:
    site = next(r for r in area.sites.model.rows if r.code == code)
    assert area.sites.select(site.key)
    qtbot.waitUntil(lambda: not area.loading and area.assigned.site is not None
                    and area.assigned.site.key == site.key, timeout=WAIT_MS)
    return site


def site_now(db: Database, shift_id: int, code: str) -> SiteRow:
    with db.reader() as session:
        return next(r for r in duty_board.site_rows(session, shift_id) if r.code == code)


def people_for(db: Database, shift_id: int, code: str) -> tuple[list[Any], list[Any]]:
    """The people the rules let be placed at the centre ``code``: with nothing to say, and
    with warnings only (from outside the sector's organisation)."""
    site = site_now(db, shift_id, code)
    clean, warned = [], []
    with db.reader() as session:
        for row in duty_pool.candidates(session, shift_id, "", sector_id=site.sector_id,
                                        limit=1_000):
            found = [f for f in check_assignment(session, AssignmentInput(
                shift_id, "guard", centre_id=site.id, person_id=row.id), amend=True)
                if f.rule is not Rule.PUBLISHED]  # a published roster's own word
            if not found:
                clean.append(row)
            elif not any(f.is_error for f in found):
                warned.append(row)
    return clean, warned


def on_duty_elsewhere(db: Database, shift_id: int, code: str) -> Any:
    """Someone already at another centre in the same shift."""
    with db.reader() as session:
        for site in duty_board.site_rows(session, shift_id):
            if site.kind is SiteKind.CENTRE and site.code != code:
                for row in duty_board.assigned_at(session, shift_id, site.key):
                    if row.person_id is not None:
                        return row, site
    raise AssertionError("nobody on duty in the shift")


def assign_elsewhere(db: Database, shift_id: int, centre_id: int, person_id: int) -> None:
    """The commander puts someone on guard at a centre from another workstation: a
    connection of its own, whose change the board hears of through the room's notices."""
    elsewhere = Database(db.url.render_as_string(hide_password=False))
    try:
        with elsewhere.session() as session:
            assignments.assign(session, actor_for(session, "commander"), AssignmentInput(
                shift_id, "guard", centre_id=centre_id, person_id=person_id))
    finally:
        elsewhere.dispose()


def drop(view: Any, point: QPoint, kind: str, record_id: int) -> None:
    """A drag from the pool let go over ``point`` of ``view``'s viewport."""
    data = QMimeData()
    data.setData(DUTY_MIME, f"{kind}:{record_id}".encode())
    target: QWidget = view.viewport()
    action = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (QDragEnterEvent(point, action, data, buttons, keys),
                  QDragMoveEvent(point, action, data, buttons, keys),
                  QDropEvent(point.toPointF(), action, data, buttons, keys)):
        QApplication.sendEvent(target, event)


def wait_dialog(qtbot: Any, area: AssignmentsArea, name: str) -> Any:
    """The board's dialog named ``name``, once it is open."""
    def shown() -> bool:
        found = area.actions.dialog
        return found is not None and shiboken6.isValid(found) \
            and found.objectName() == name and found.isVisible()

    qtbot.waitUntil(shown, timeout=WAIT_MS)
    return area.actions.dialog


@pytest.fixture
def room(demo_db: Database) -> Iterator[RoomChanges]:
    changes = RoomChanges(demo_db)
    yield changes
    changes.close()
