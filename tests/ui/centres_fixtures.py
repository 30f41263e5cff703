"""Fixtures of the Centres area's tests: the area over the seed demo, signed in as someone,
and the waits for what comes by operations."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from desktop.services.actor import actor_for
from desktop.storage.database import Database
from tests.ui.test_meetings_editor import _type as type_text
from ui.centres.area import CentresArea
from ui.centres.form import RecordDialog
from ui.changes import RoomChanges
from ui.context import AppContext

__all__ = ["loaded", "open_area", "room", "saved", "settled", "type_text", "wait_for"]

WAIT_MS = 15_000
MAYSAN_ELECTION, PARLIAMENTARY = 1, 2  # the seed demo's elections; the latest is chosen first


def settled(qtbot: Any, area: CentresArea) -> CentresArea:
    """Every tab has read what it shows."""
    qtbot.waitUntil(lambda: not area.centres.loading and area.centres.model.total > 0,
                    timeout=WAIT_MS)
    for page in (area.posts, area.sectors, area.areas):
        qtbot.waitUntil(lambda page=page: not page.loading, timeout=WAIT_MS)
    return area


def open_area(qtbot: Any, db: Database, who: str = "staff", *,
              changes: RoomChanges | None = None) -> CentresArea:
    with db.reader() as session:
        actor = actor_for(session, who)
    area = CentresArea(AppContext(db, actor, "ar", {}, changes=changes))
    qtbot.addWidget(area)
    area.resize(1300, 720)
    area.show()
    return settled(qtbot, area)


def loaded(qtbot: Any, dialog: RecordDialog) -> RecordDialog:
    qtbot.waitUntil(lambda: dialog.loaded and dialog.pending is None, timeout=WAIT_MS)
    return dialog


def saved(qtbot: Any, dialog: RecordDialog) -> None:
    """Save, and wait until the change has answered (the dialog closed, or said why not)."""
    dialog.save()
    qtbot.waitUntil(lambda: dialog.pending is None, timeout=WAIT_MS)


@pytest.fixture
def room(db: Database) -> Iterator[RoomChanges]:
    """The room's change notices, this workstation's and the others', for one database."""
    changes = RoomChanges(db)
    yield changes
    changes.close()


def wait_for(qtbot: Any, found: Callable[[], Any], timeout: int = WAIT_MS) -> Any:
    qtbot.waitUntil(lambda: bool(found()), timeout=timeout)
    return found()
