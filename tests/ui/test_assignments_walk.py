"""What a commander met walking the board and the gallery on the seed demo (issue 11's «done
means»): a published roster's long state line wraps rather than widening the window past a
laptop's screen, and reads its moment year first like every other day on the board."""

from __future__ import annotations

from sqlalchemy import select

from desktop.models import RosterStatus, Shift, User
from desktop.services import room_clock, rosters
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
    with demo_db.reader() as session:
        name = session.scalars(select(User.display_name).where(
            User.username == "commander")).one()
        published = session.get(Shift, shift_id).published_at
    # who published, by the name the room knows them by, not their sign-in name
    assert "1" in text and name in text and "commander" not in text
    # the moment in the room's clock (it is kept in UTC), year first in the right-to-left
    # line, as the board's other days are
    assert shift.published_by == name
    assert left_to_right(room_clock.local(published).strftime("%Y-%m-%d %H:%M")) in text
    # the whole line is there, wrapped: it asks for a word's width, not its own, and the
    # board stays within a 1366-pixel screen beside the shell's navigation (some 280)
    one_line = area.state.fontMetrics().horizontalAdvance(text)
    assert area.state.minimumSizeHint().width() < one_line / 3
    assert area.minimumSizeHint().width() < min(draft_width + one_line / 3, 1366 - 300)


def _gallery(qtbot, ctx, folder):
    from ui.reports.area import ReportsArea

    area = ReportsArea(ctx)
    qtbot.addWidget(area)
    area.folder.setText(str(folder))
    qtbot.waitUntil(lambda: not area.loading, timeout=WAIT_MS)
    return area


def _field(area, name: str):
    return next(f for f in area.fields if f.param.name == name)


def test_the_gallerys_orders_of_an_election_are_for_every_day_unless_a_day_is_chosen(
        qtbot, demo_db, arabic, tmp_path):
    """The orders' duty day and the document's date are optional: they start empty (the
    duty day used to start at today's date, which for any past election printed nothing:
    «nobody on duty on …»), a day chosen is that day, and the box set back to its first
    value is empty again."""
    from PySide6.QtCore import QDate

    from ui.context import AppContext
    from ui.reports.params import EMPTY_DATE

    with demo_db.reader() as session:
        ctx = AppContext(demo_db, actor_for(session, "commander"), "ar", {})
    area = _gallery(qtbot, ctx, tmp_path / "out")
    area.select("assignment_order")
    qtbot.waitUntil(lambda: not area.loading, timeout=WAIT_MS)
    day, issued = _field(area, "date"), _field(area, "issued")
    assert day.value() is None and issued.value() is None
    assert day.widget.specialValueText() and day.widget.text() == \
        day.widget.specialValueText()  # the box says it is empty, not a date
    day.widget.setDate(QDate(2009, 1, 31))
    assert day.value() == "2009-01-31"
    day.widget.setDate(EMPTY_DATE)
    assert day.value() is None
    election = _field(area, "election")
    election.widget.setCurrentIndex(election.widget.findData(1))  # Maysan, 2009
    area.set_format("xlsx")
    with qtbot.waitSignal(area.built, timeout=60_000) as built:
        assert area.build() is not None
    assert built.args[0].exists() and built.args[0].suffix == ".xlsx"
    assert "date" not in area.params()  # asked of the build, and remembered, as empty


def test_the_gaps_of_maysans_polling_day_are_shown_alone_with_their_totals(
        qtbot, demo_db, arabic, room):
    """«Not fully covered» shows the partly and the not covered sites together: the gaps a
    commander fills, in one list, where the filter offered them only one level at a time."""
    from desktop.services.coverage import CoverageLevel
    from desktop.services.duty_board import SiteKind
    from ui.assignments.sites import GAPS

    area = open_board(qtbot, demo_db, "commander", changes=room)
    sites = area.sites
    everything = sites.shown()
    wanted = [r for r in everything if r.level is not CoverageLevel.FULL]
    assert 1 < len(wanted) < len(everything)  # the demo plans its shortfalls
    sites.level.set_value(GAPS)
    shown = sites.shown()
    assert [r.key for r in shown] == [r.key for r in wanted]
    assert all(r.level is not CoverageLevel.FULL for r in shown)
    centres = sum(1 for r in shown if r.kind is SiteKind.CENTRE)
    text = sites.totals.text()
    assert f"{len(shown)}" in text and f"{len(everything)}" in text  # sites shown: n of m
    assert str(centres) in text
    sites.level.set_value(None)
    assert len(sites.shown()) == len(everything)


def test_the_gallerys_election_is_the_boards_until_one_is_chosen_for_the_document(
        qtbot, demo_db, arabic, tmp_path):
    """From the board on Maysan 2009 to the gallery: the orders and the roster are offered for
    that election (they were for the latest one, 2010's, and printed another election's
    orders unless the commander noticed); a document's own election, once chosen, wins."""
    from desktop.models import Shift
    from ui.assignments.area import ELECTION_PREFERENCE
    from ui.context import AppContext

    with demo_db.reader() as session:
        maysan = session.get(Shift, polling_shift(demo_db)).election_id
        actor = actor_for(session, "commander")
    ctx = AppContext(demo_db, actor, "ar", {ELECTION_PREFERENCE: maysan})
    area = _gallery(qtbot, ctx, tmp_path)
    for kind in ("assignment_order", "duty_roster"):
        area.select(kind)
        qtbot.waitUntil(lambda: not area.loading, timeout=WAIT_MS)
        election = _field(area, "election")
        assert election.widget.count() > 1 and election.widget.itemData(0) != maysan
        assert election.value() == maysan, kind
    # the roster's own election chosen and used: it is kept, whatever the board shows
    other = election.widget.itemData(0)
    election.widget.setCurrentIndex(0)
    area.prefs.setdefault("params", {})["duty_roster"] = area.params()
    area.select("assignment_order")
    qtbot.waitUntil(lambda: not area.loading, timeout=WAIT_MS)
    area.select("duty_roster")
    qtbot.waitUntil(lambda: not area.loading, timeout=WAIT_MS)
    assert _field(area, "election").value() == other


def test_the_sites_have_the_larger_part_and_the_divide_is_kept(qtbot, demo_db, arabic, room):
    from ui.assignments.area import SPLITTER_PREFERENCE

    area = open_board(qtbot, demo_db, "commander", changes=room)
    sites, below = area.splitter.sizes()
    assert sites > below * 1.3  # the coverage the commander reads, before the pool
    assert SPLITTER_PREFERENCE not in area.ctx.preferences  # nothing moved, nothing kept
    area.splitter.moveSplitter(sites + 40, 1)  # the user gives the sites more
    moved = area.splitter.sizes()
    assert moved[0] > sites and SPLITTER_PREFERENCE in area.ctx.preferences
    from ui.assignments.area import AssignmentsArea

    kept = AssignmentsArea(area.ctx)  # the next board, with the preferences kept
    qtbot.addWidget(kept)
    kept.resize(area.size())
    kept.show()
    qtbot.waitUntil(lambda: kept.splitter.sizes()[0] > 0, timeout=WAIT_MS)
    kept_sites, kept_below = kept.splitter.sizes()
    # the sites' share of the height is kept (the board around it may differ by a line)
    assert abs(kept_sites / (kept_sites + kept_below) - moved[0] / sum(moved)) < 0.01


def test_a_refusal_of_someone_the_pool_no_longer_lists_still_says_who(
        qtbot, demo_db, arabic, room):
    from tests.ui.board_fixtures import choose_site, on_duty_elsewhere

    area = open_board(qtbot, demo_db, "commander", changes=room)
    busy, _there = on_duty_elsewhere(demo_db, area.shift.value(), "MS-113")
    choose_site(qtbot, area, "MS-113")
    area.pool.people.model.rows = [r for r in area.pool.people.model.rows
                                   if r.id != busy.person_id]  # the pool's list moved on
    assert area.pool.people.model.row_of(busy.person_id) is None
    assert area.actions.place("person", busy.person_id)
    qtbot.waitUntil(lambda: not area.actions.placer.busy, timeout=WAIT_MS)
    assert area.findings.outcome == "refused"
    heading = area.findings.heading.text()
    assert "المنتسب المختار" in heading and ":  " not in heading, heading


def test_the_pools_free_count_of_a_list_cut_at_its_limit_is_a_floor(
        qtbot, demo_db, arabic, room):
    from desktop.services import duty_pool

    area = open_board(qtbot, demo_db, "commander", changes=room)
    qtbot.waitUntil(lambda: len(area.pool.people.model.rows) > 0, timeout=WAIT_MS)
    rows = area.pool.people.model.rows
    free = sum(1 for r in rows if r.engagement.free)
    text = area.pool.count.text()
    assert len(rows) >= duty_pool.PEOPLE_LIMIT  # the seed demo's pool is cut at 200
    assert f"{len(rows)}+" in text and f"{free}+" in text, text
