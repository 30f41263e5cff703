"""What a commander met walking the board and the gallery on the seed demo (issue 11's «done
means»): a published roster's long state line wraps rather than widening the window past a
laptop's screen, and reads its moment year first like every other day on the board."""

from __future__ import annotations

from desktop.models import RosterStatus
from desktop.services import rosters
from desktop.services.actor import actor_for
from desktop.text.arabic import left_to_right
from tests.ui import board_fixtures, shell_fixtures
from tests.ui.board_fixtures import WAIT_MS, open_board, polling_shift

arabic, demo_db = shell_fixtures.arabic, shell_fixtures.demo_db
room = board_fixtures.room


def test_a_published_rosters_state_does_not_widen_the_board(qtbot, demo_db, arabic, room):
    shift_id = polling_shift(demo_db)
    area = open_board(qtbot, demo_db, "commander", shift_id=shift_id, changes=room)
    draft_width = area.minimumSizeHint().width()
    with demo_db.session() as session:
        rosters.publish_roster(session, actor_for(session, "commander"), shift_id)
    qtbot.waitUntil(lambda: area.status() is RosterStatus.PUBLISHED, timeout=WAIT_MS)
    shift = area.current_shift()
    assert shift.published_at is not None
    text = area.state.text()
    assert "1" in text and "commander" in text
    # the moment reads year first in the right-to-left line, as the board's other days do
    assert left_to_right(shift.published_at.strftime("%Y-%m-%d %H:%M")) in text
    # the whole line is there, wrapped: it asks for a word's width, not its own, and the
    # board stays within a 1366-pixel screen beside the shell's navigation (some 280)
    one_line = area.state.fontMetrics().horizontalAdvance(text)
    assert area.state.minimumSizeHint().width() < one_line / 3
    assert area.minimumSizeHint().width() < min(draft_width + one_line / 3, 1366 - 300)
