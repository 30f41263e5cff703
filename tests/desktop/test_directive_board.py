"""The follow-up board on both engines: lateness in the room's day around midnight and across
time zones, the filter by a body and everything under it, search as people type Arabic,
sorting, the home view's counts, and what became late since a user's last visit."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop import settings
from desktop.models import DirectiveStatus, UserVisit
from desktop.services import room_clock, visits
from desktop.services.directive_board import (
    DirectiveFilter,
    days_late,
    directive_count,
    directive_counts,
    directive_ids,
    directive_rows,
)
from desktop.services.directives import FollowUpInput, Seen, record_follow_up
from desktop.services.errors import Invalid
from tests.desktop.directive_world import TEXTS, actor, build

BAGHDAD, TRIPOLI = ZoneInfo("Asia/Baghdad"), ZoneInfo("Africa/Tripoli")  # UTC+3, UTC+2


@pytest.fixture
def world(db):
    return build(db)


def texts(db, f: DirectiveFilter, today: date, sort: str = "due", descending=False) -> list[str]:
    with db.reader() as s:
        numbers = directive_ids(s, f, today, sort, descending)
        return [r.text for r in directive_rows(s, numbers, today)]


# ---- the room's day -----------------------------------------------------------------------

def test_the_room_day_turns_at_the_room_midnight_not_at_utc_midnight():
    before = datetime(2008, 7, 20, 20, 59, tzinfo=UTC)  # 23:59 in Baghdad
    after = datetime(2008, 7, 20, 21, 0, tzinfo=UTC)  # 00:00 in Baghdad, still the 20th in UTC
    assert room_clock.today(before, BAGHDAD) == date(2008, 7, 20)
    assert room_clock.today(after, BAGHDAD) == date(2008, 7, 21)
    assert room_clock.today(after, TRIPOLI) == date(2008, 7, 20)  # 23:00 in Tripoli
    assert room_clock.today(after, UTC) == date(2008, 7, 20)
    # a stored moment is naive UTC: read as the room's day
    assert room_clock.day_of(datetime(2008, 7, 20, 22, 30), BAGHDAD) == date(2008, 7, 21)
    # any zone of the instant gives the same room day
    assert room_clock.today(after.astimezone(TRIPOLI), BAGHDAD) == date(2008, 7, 21)
    assert room_clock.until_midnight(before, BAGHDAD) == timedelta(minutes=1)
    assert room_clock.until_midnight(after, BAGHDAD) == timedelta(hours=24)


def test_a_day_of_summer_time_change_is_counted_in_instants():
    berlin = ZoneInfo("Europe/Berlin")  # 30 March 2008: 23 hours long
    start = datetime(2008, 3, 29, 23, 0, tzinfo=UTC)  # 00:00 on the 30th in Berlin
    assert room_clock.until_midnight(start, berlin) == timedelta(hours=23)


def test_the_room_time_zone_is_a_setting_else_the_workstation_zone():
    settings.save({room_clock.ZONE_SETTING: "Asia/Baghdad"})
    assert room_clock.room_zone() == BAGHDAD
    settings.save({room_clock.ZONE_SETTING: "Mars/Olympus"})  # unknown: the workstation's
    assert room_clock.room_zone().utcoffset(datetime.now()) == \
        datetime.now().astimezone().utcoffset()


def test_days_late_counts_from_the_day_after_the_due_date():
    due = date(2008, 7, 20)
    assert days_late(due, DirectiveStatus.OPEN, date(2008, 7, 20)) == 0  # due today
    assert days_late(due, DirectiveStatus.OPEN, date(2008, 7, 21)) == 1
    assert days_late(due, DirectiveStatus.IN_PROGRESS, date(2008, 8, 19)) == 30
    assert days_late(due, DirectiveStatus.DONE, date(2008, 8, 19)) == 0
    assert days_late(due, DirectiveStatus.CANCELLED, date(2008, 8, 19)) == 0
    assert days_late(None, DirectiveStatus.OPEN, date(2008, 8, 19)) == 0


def test_the_board_late_at_the_room_midnight(db, world):
    late = DirectiveFilter(late_only=True)
    evening = room_clock.today(datetime(2008, 7, 20, 20, 59, tzinfo=UTC), BAGHDAD)
    night = room_clock.today(datetime(2008, 7, 20, 21, 0, tzinfo=UTC), BAGHDAD)
    assert texts(db, late, evening) == []
    assert texts(db, late, night) == [TEXTS["protect"]]
    with db.reader() as s:
        row = directive_rows(s, [world["protect"]], night)[0]
        assert row.late and row.days_late == 1 and row.still_open
    assert texts(db, late, room_clock.today(datetime(2008, 7, 20, 21, 0, tzinfo=UTC),
                                            TRIPOLI)) == []


def test_done_is_never_late_and_due_this_week_is_the_next_seven_days(db, world):
    today = date(2008, 7, 21)
    week = DirectiveFilter(due_this_week=True)
    # due 25th, 27th and 31st: the 31st is the eleventh day; the 20th is late, not due
    assert texts(db, week, today) == [TEXTS["posting"], TEXTS["plan"]]
    assert texts(db, week, date(2008, 7, 25)) == [TEXTS["posting"], TEXTS["plan"],
                                                   TEXTS["patrols"]]
    with db.session() as s:
        record_follow_up(s, actor(s, "staff"), [Seen(world["protect"])],
                         FollowUpInput("done", "أنجز"))
    assert texts(db, DirectiveFilter(late_only=True), today) == []


# ---- filters, search and sort ---------------------------------------------------------------

def test_a_body_filter_takes_everything_under_it(db, world):
    f = DirectiveFilter
    # the command: its own, its section's, the section's division's, and its officer's
    assert set(texts(db, f(organisation_id=world["command"]), date(2008, 7, 21))) == {
        TEXTS["protect"], TEXTS["posting"], TEXTS["patrols"], TEXTS["plan"]}
    assert texts(db, f(organisation_id=world["section"]), date(2008, 7, 21)) == [
        TEXTS["posting"], TEXTS["patrols"]]
    assert texts(db, f(organisation_id=world["division"]), date(2008, 7, 21)) == [
        TEXTS["patrols"]]
    assert texts(db, f(organisation_id=world["commission"]), date(2008, 7, 21)) == [
        TEXTS["timing"]]
    assert len(texts(db, f(organisation_id=world["ministry"]), date(2008, 7, 21))) == 4
    assert texts(db, f(organisation_id=2**40), date(2008, 7, 21)) == []  # no such body
    with pytest.raises(Invalid), db.reader() as s:
        directive_ids(s, f(organisation_id="2"), date(2008, 7, 21))


def test_search_as_people_type_arabic(db, world):
    day = date(2008, 7, 21)
    # «تامين» without hamza, «الحمايه» with ha for ta marbuta, tatweel, diacritics
    assert texts(db, DirectiveFilter(text="تامين الحمايه"), day) == [TEXTS["protect"]]
    assert texts(db, DirectiveFilter(text="خـطّة"), day) == [TEXTS["plan"]]
    # the responsible body's name, and the officer's, are searched too
    assert texts(db, DirectiveFilter(text="مفوضيه ميسان"), day) == [TEXTS["timing"]]
    assert texts(db, DirectiveFilter(text="حسن كاظم"), day) == [TEXTS["plan"]]
    assert texts(db, DirectiveFilter(text="لا يوجد"), day) == []


def test_sorting_is_the_database_s_and_late_ones_come_first(db, world):
    day = date(2008, 7, 26)
    assert texts(db, DirectiveFilter(), day) == [  # still open, the longest overdue first
        TEXTS["protect"], TEXTS["posting"], TEXTS["plan"], TEXTS["patrols"],
        TEXTS["timing"]]
    ascending = texts(db, DirectiveFilter(), day, "text")
    assert sorted(ascending) == sorted(TEXTS.values())
    assert texts(db, DirectiveFilter(), day, "text", descending=True) == ascending[::-1]
    by_status = [DirectiveFilter(statuses=frozenset({DirectiveStatus.OPEN}))]
    assert len(texts(db, by_status[0], day)) == 5
    assert texts(db, DirectiveFilter(), day, "number", descending=True)[0] == \
        TEXTS["timing"]
    with db.reader() as s:
        assert directive_count(s, DirectiveFilter(late_only=True), day) == 2


def test_the_home_counts_for_one_election(db, world):
    with db.session() as s:
        record_follow_up(s, actor(s, "staff"), [Seen(world["plan"])],
                         FollowUpInput("done", "أنجز"))
    with db.reader() as s:
        counts = directive_counts(s, date(2008, 7, 24), world["election"])
        assert (counts.open, counts.due_this_week, counts.late, counts.done) == (4, 1, 1, 1)
        assert directive_counts(s, date(2008, 7, 24), 10_000).open == 0


# ---- since the last visit --------------------------------------------------------------------

def test_what_became_late_since_the_last_visit_is_told_once(db, world):
    def visit(moment: datetime):
        with db.session() as s:
            return visits.visit(s, actor(s, "staff"), now=moment, zone=BAGHDAD)

    first = visit(datetime(2008, 7, 19, 8, 0))
    assert first.previous is None and first.count == 0  # a first visit tells nothing
    again = visit(datetime(2008, 7, 19, 20, 0))  # the same day: nothing turned late
    assert again.previous == datetime(2008, 7, 19, 8, 0) and again.count == 0
    # away five days: due the 20th and the 25th... the 20th is late, the 25th not yet
    back = visit(datetime(2008, 7, 24, 7, 0))
    assert [r.text for r in back.rows] == [TEXTS["protect"]] and back.count == 1
    assert visit(datetime(2008, 7, 24, 9, 0)).count == 0  # told once
    later = visit(datetime(2008, 7, 29, 7, 0))  # the 25th and 27th turned late since the 24th
    assert [r.text for r in later.rows] == [TEXTS["posting"], TEXTS["plan"]]
    with db.reader() as s:
        assert visits.last_visit(s, actor(s, "staff").user_id) == datetime(2008, 7, 29, 7, 0)
        assert s.query(UserVisit).count() == 1
    # a workstation whose clock is behind moves nothing back
    assert visit(datetime(2008, 7, 28, 7, 0)).count == 0
    with db.reader() as s:
        assert visits.last_visit(s, actor(s, "staff").user_id) == datetime(2008, 7, 29, 7, 0)


def test_the_system_has_no_visit_to_remember(db, world):
    from desktop.services.actor import SYSTEM

    with db.session() as s:
        assert visits.visit(s, SYSTEM).previous is None
    with db.reader() as s:
        assert s.query(UserVisit).count() == 0


def test_sorted_by_the_latest_note_those_never_followed_up_come_last(db, world):
    with db.session() as s:
        record_follow_up(s, actor(s, "staff"), [Seen(world["timing"])],
                         FollowUpInput(None, "اتصل مكتب المفوضية"))
    with db.session() as s:
        record_follow_up(s, actor(s, "staff"), [Seen(world["plan"])],
                         FollowUpInput(None, "أرسلت المسودة"))
    day = date(2008, 7, 26)
    assert texts(db, DirectiveFilter(), day, "updated")[:2] == [TEXTS["timing"], TEXTS["plan"]]
    newest = texts(db, DirectiveFilter(), day, "updated", descending=True)
    assert newest[:2] == [TEXTS["plan"], TEXTS["timing"]] and len(newest) == 5


def test_what_became_late_at_the_room_midnight_is_told_minutes_later(db, world):
    """Due the 20th: late from 00:00 on the 21st in Baghdad, which is 21:00 UTC on the 20th.
    A visit at 23:30 and the next at 00:10 straddle it, though UTC calls both the 20th."""
    def visit(moment: datetime, zone=BAGHDAD):
        with db.session() as s:
            return visits.visit(s, actor(s, "staff"), now=moment, zone=zone)

    visit(datetime(2008, 7, 20, 20, 30))  # 23:30 on the 20th in Baghdad
    after = visit(datetime(2008, 7, 20, 21, 10))  # 00:10 on the 21st in Baghdad
    assert [r.text for r in after.rows] == [TEXTS["protect"]] and after.count == 1
    assert after.rows[0].days_late == 1
    # in Tripoli (UTC+2) the same instants are 22:30 and 23:10 on the 20th: nothing yet
    with db.session() as s:
        s.query(UserVisit).delete()
    visit(datetime(2008, 7, 20, 20, 30), TRIPOLI)
    assert visit(datetime(2008, 7, 20, 21, 10), TRIPOLI).count == 0
    assert visit(datetime(2008, 7, 20, 22, 5), TRIPOLI).count == 1  # 00:05 in Tripoli


def test_sorted_by_days_late_the_column_reads_as_its_arrow_says(db, world):
    """Ascending is the fewest days first, as the number in the column (the header's arrow
    up); descending, the longest overdue first. Those never late keep due-date order."""
    day = date(2008, 7, 26)  # protect 6 days late, posting 1 day, the rest not late
    with db.reader() as s:
        def days(descending: bool) -> list[int]:
            numbers = directive_ids(s, DirectiveFilter(), day, "days_late", descending)
            return [r.days_late for r in directive_rows(s, numbers, day)]

        assert days(False) == [0, 0, 0, 1, 6]
        assert days(True) == [6, 1, 0, 0, 0]


def test_the_meeting_filter_offers_corrected_minutes_once(db, world):
    from desktop.services import minutes
    from desktop.services.directive_board import board_meetings

    with db.session() as s:
        revision = minutes.amend(s, actor(s, "clerk"), world["meeting"])
    with db.reader() as s:
        offered = board_meetings(s)
        # the revision stands for the approved minutes it corrects: one line, not two alike
        assert [id_ for id_, _text in offered] == [revision]
        assert "2008-07-13" in offered[0][1] and "اجتماع مشترك" in offered[0][1]
        assert len(directive_ids(s, DirectiveFilter(meeting_id=revision), date(2008, 7, 26))) \
            == len(directive_ids(s, DirectiveFilter(meeting_id=world["meeting"]),
                                 date(2008, 7, 26))) == 5
