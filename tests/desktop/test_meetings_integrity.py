"""What the minutes hold together, on both engines: a later sitting's link to the one it came
from, follow-up notes, representatives and their bodies, ids and times as the caller gives
them, and the home view's counts of amended minutes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from desktop.demo import load_demo
from desktop.models import Directive, DirectiveUpdate, Meeting, MeetingStatus
from desktop.models.enums import AttendanceCapacity
from desktop.services import meetings, minutes
from desktop.services.errors import Conflict, Invalid, NotFound
from desktop.services.meetings import AttendeeInput, MeetingFilter
from desktop.services.overview import overview
from tests.desktop.factories import basic_world
from tests.desktop.test_meetings import CLERK, COMMANDER, create, minutes_input
from tests.desktop.test_services import refused

TEXT = "تأمين الحماية للمراكز على مدار الساعة"


@pytest.fixture
def world(db):
    with db.session() as s:
        return basic_world(s)


def _directive_of(db, meeting_id: int) -> int:
    with db.reader() as s:
        return s.scalar(select(Directive.id).where(Directive.meeting_id == meeting_id,
                                                   Directive.text == TEXT))


def _note(db, directive_id: int) -> None:
    with db.session() as s:
        s.add(DirectiveUpdate(directive_id=directive_id, text="باشرت القيادة بالتنفيذ"))


def _updates(db) -> int:
    with db.reader() as s:
        return s.scalar(select(func.count()).select_from(DirectiveUpdate))


# ---- a later sitting keeps its footing --------------------------------------------------------

def test_a_draft_followed_by_a_later_sitting_is_not_deleted(db, world):
    first = create(db, world)
    with db.session() as s:
        second = meetings.new_from_previous(s, CLERK, first)
    error = refused(db, lambda s: meetings.delete_draft(s, CLERK, first), Conflict)
    assert "2008-07-20" in error.message("en")  # the later sitting, a week on
    with db.reader() as s:
        later = s.get(Meeting, second)
        assert later.previous_meeting_id == first
        assert later.directives[0].carried_over_from_id == _directive_of(db, first)
    with db.session() as s:  # the later one first, then this one
        meetings.delete_draft(s, CLERK, second)
    with db.session() as s:
        meetings.delete_draft(s, CLERK, first)
    with db.reader() as s:
        assert s.scalar(select(func.count()).select_from(Meeting)) == 0


def test_a_draft_whose_directive_another_meeting_carries_is_not_deleted(db, world):
    first = create(db, world)
    data = minutes_input(world)
    data.meeting.starts_at, data.meeting.ends_at = datetime(2008, 8, 3, 10), None
    data.agenda[0].outcomes[0].carried_over_from_id = _directive_of(db, first)
    with db.session() as s:
        meetings.create_meeting(s, CLERK, data)
    error = refused(db, lambda s: meetings.delete_draft(s, CLERK, first), Conflict)
    assert "2008-08-03" in error.message("en")


# ---- follow-up notes are never lost with a save or a deletion --------------------------------

def test_a_save_keeps_the_follow_up_notes_of_the_outcomes_it_keeps(db, world):
    meeting_id = create(db, world)
    _note(db, _directive_of(db, meeting_id))
    with db.reader() as s:
        state = meetings.load_meeting(s, meeting_id)
    data = state.minutes
    data.agenda[0].outcomes[0].text = TEXT + " وخارجها"
    data.agenda[0].outcomes.reverse()
    with db.session() as s:
        meetings.save_meeting(s, CLERK, meeting_id, data, state.version)
    assert _updates(db) == 1
    with db.reader() as s:
        assert s.scalars(select(DirectiveUpdate)).one().directive.text == TEXT + " وخارجها"


@pytest.mark.parametrize("how", ["outcome", "agenda_item"])
def test_an_outcome_with_follow_up_notes_is_not_removed(db, world, how):
    meeting_id = create(db, world)
    _note(db, _directive_of(db, meeting_id))
    with db.reader() as s:
        state = meetings.load_meeting(s, meeting_id)
    data = state.minutes
    if how == "outcome":
        data.agenda[0].outcomes.pop(0)
    else:
        data.agenda.clear()
    error = refused(db, lambda s: meetings.save_meeting(s, CLERK, meeting_id, data,
                                                        state.version), Conflict)
    assert TEXT in error.message("ar")
    assert _updates(db) == 1


def test_an_outcome_a_later_sitting_carries_is_not_removed(db, world):
    first = create(db, world)
    with db.session() as s:
        meetings.new_from_previous(s, CLERK, first)
    with db.reader() as s:
        state = meetings.load_meeting(s, first)
    data = state.minutes
    data.agenda[0].outcomes.pop(0)
    error = refused(db, lambda s: meetings.save_meeting(s, CLERK, first, data, state.version),
                    Conflict)
    assert TEXT in error.message("ar") and "2008-07-20" in error.message("en")


def test_a_draft_with_follow_up_notes_is_not_deleted(db, world):
    meeting_id = create(db, world)
    _note(db, _directive_of(db, meeting_id))
    error = refused(db, lambda s: meetings.delete_draft(s, CLERK, meeting_id), Conflict)
    assert TEXT in error.message("ar")


# ---- attendees --------------------------------------------------------------------------------

def test_a_representative_names_the_body_represented(db, world):
    data = minutes_input(world)
    data.attendees[0] = AttendeeInput(world["officer"], AttendanceCapacity.REPRESENTATIVE)
    error = refused(db, lambda s: meetings.create_meeting(s, CLERK, data), Invalid)
    assert "حسن كاظم جبار" in error.message("ar")
    data.attendees[0] = AttendeeInput(world["officer"], AttendanceCapacity.REPRESENTATIVE,
                                      represents_id=world["command"])
    with db.session() as s:
        meetings.create_meeting(s, CLERK, data)


# ---- what the caller gives is checked before the database sees it -----------------------------

@pytest.mark.parametrize("bad", ["x", "5", 2**70, 2**40, True, 1.5, -1])
def test_a_meeting_id_that_names_no_row_is_refused_in_words(db, world, bad):
    for action in (lambda s: meetings.load_meeting(s, bad),
                   lambda s: meetings.delete_draft(s, CLERK, bad),
                   lambda s: meetings.submit(s, CLERK, bad),
                   lambda s: minutes.approve(s, COMMANDER, bad)):
        error = refused(db, action, (Invalid, NotFound))
        assert "الاجتماع" in error.message("ar") or "اجتماع" in error.message("ar")


@pytest.mark.parametrize("field", ["election_id", "organiser_id", "attendee_id"])
def test_the_list_filters_take_only_record_numbers(db, world, field):
    create(db, world)
    with db.reader() as s:
        with pytest.raises(Invalid):
            meetings.meeting_count(s, MeetingFilter(**{field: "x"}))
        assert meetings.meeting_count(s, MeetingFilter(**{field: 2**40})) == 0


def test_an_outcome_id_that_is_no_record_number_is_refused(db, world):
    data = minutes_input(world)
    data.agenda[0].outcomes[0].id = "1"
    refused(db, lambda s: meetings.create_meeting(s, CLERK, data), Invalid)


@pytest.mark.parametrize("due", [datetime(2008, 7, 20, 12), "2008-07-20", 20080720])
def test_a_due_date_that_is_not_a_date_is_refused_in_words(db, world, due):
    data = minutes_input(world)
    data.agenda[0].outcomes[0] = replace(data.agenda[0].outcomes[0], due_date=due)
    error = refused(db, lambda s: meetings.create_meeting(s, CLERK, data), Invalid)
    assert "Due date" in error.message("en")


BAGHDAD = timezone(timedelta(hours=3))


@pytest.mark.parametrize("starts, ends", [
    (datetime(2008, 7, 13, 10, tzinfo=BAGHDAD), datetime(2008, 7, 13, 12)),
    (datetime(2008, 7, 13, 10, tzinfo=BAGHDAD), None),
    (datetime(2008, 7, 13, 10), datetime(2008, 7, 13, 12, tzinfo=BAGHDAD)),
])
def test_meeting_times_with_a_time_zone_are_refused(db, world, starts, ends):
    data = minutes_input(world)
    data.meeting.starts_at, data.meeting.ends_at = starts, ends
    refused(db, lambda s: meetings.create_meeting(s, CLERK, data), Invalid)


def test_an_outcome_due_on_the_meeting_day_is_kept_as_a_date(db, world):
    data = minutes_input(world)
    data.agenda[0].outcomes[0].due_date = date(2008, 7, 13)
    with db.session() as s:
        meeting_id = meetings.create_meeting(s, CLERK, data)
    with db.reader() as s:
        outcome = meetings.load_meeting(s, meeting_id).minutes.agenda[0].outcomes[0]
    assert outcome.due_date == date(2008, 7, 13)


# ---- the home view counts a meeting once, however often it was amended ----------------------

def test_amending_approved_minutes_changes_no_count_of_the_home_view(db):
    load_demo(db)
    with db.reader() as s:
        before = overview(s, today=date(2010, 1, 1))
        approved = s.scalar(select(Meeting.id).where(Meeting.status == MeetingStatus.APPROVED))
    with db.session() as s:
        minutes.amend(s, CLERK, approved)
    with db.reader() as s:
        after = overview(s, today=date(2010, 1, 1))
    assert after.meeting_total == before.meeting_total
    assert after.open_directives == before.open_directives > 0
    assert after.overdue_directives == before.overdue_directives
    assert after.meetings[MeetingStatus.DRAFT] == before.meetings[MeetingStatus.DRAFT] + 1
    assert after.meetings[MeetingStatus.APPROVED] == before.meetings[MeetingStatus.APPROVED] - 1
