"""Meetings on both engines: recording, the bad input refused whole, the approval workflow."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from desktop import i18n
from desktop.models import AuditEntry, Directive, Meeting, UserRole
from desktop.models.enums import (
    AttendanceCapacity,
    DirectiveStatus,
    MeetingKind,
    MeetingStatus,
    OutcomeKind,
    Presence,
)
from desktop.services import meetings, minutes
from desktop.services.actor import Actor
from desktop.services.errors import Conflict, DomainError, Forbidden, Invalid, NotFound
from desktop.services.meetings import (
    AgendaItemInput,
    AttendeeInput,
    MeetingFilter,
    MeetingInput,
    MinutesInput,
    OutcomeInput,
)
from desktop.services.people import PersonInput, create_person
from tests.desktop.factories import basic_world, row_counts

CLERK = Actor(None, "clerk", UserRole.CLERK)
COMMANDER = Actor(None, "commander", UserRole.COMMANDER)
VIEWER = Actor(None, "viewer", UserRole.VIEWER)


@pytest.fixture
def world(db):
    with db.session() as s:
        return basic_world(s)


def minutes_input(world, **changes) -> MinutesInput:
    data = MinutesInput(
        MeetingInput(MeetingKind.JOINT_MEETING, "اجتماع أمني مشترك",
                     datetime(2008, 7, 13, 10), datetime(2008, 7, 13, 12, 30),
                     "مقر قيادة شرطة ميسان", world["election"], world["chief"],
                     world["command"]),
        [AttendeeInput(world["officer"]),
         AttendeeInput(world["chief"], AttendanceCapacity.CHAIR)],
        [AgendaItemInput("حماية مراكز التسجيل", "نوقشت خطة حماية المراكز الـ22.", [
            OutcomeInput(OutcomeKind.DIRECTIVE, "تأمين الحماية للمراكز على مدار الساعة",
                         responsible_organisation_id=world["command"],
                         due_date=date(2008, 7, 20)),
            OutcomeInput(OutcomeKind.NOTE, "حضر ممثل المفوضية"),
        ])],
    )
    for key, value in changes.items():
        data = replace(data, **{key: value})
    return data


def create(db, world, actor=CLERK, **changes) -> int:
    with db.session() as s:
        return meetings.create_meeting(s, actor, minutes_input(world, **changes))


def refused(db, action, error_type=DomainError) -> DomainError:
    with db.reader() as s:
        before = row_counts(s)
    with pytest.raises(error_type) as caught, db.session() as s:
        action(s)
    with db.reader() as s:
        assert row_counts(s) == before
    return caught.value


def test_a_meeting_is_recorded_whole_and_reads_back_as_typed(db, world):
    meeting_id = create(db, world)
    with db.reader() as s:
        state = meetings.load_meeting(s, meeting_id)
        assert state.status is MeetingStatus.DRAFT and state.revision == 1
        data = state.minutes
        assert data.meeting.subject == "اجتماع أمني مشترك"
        assert data.meeting.chair_id == world["chief"]
        assert [a.person_id for a in data.attendees] == [world["officer"], world["chief"]]
        assert data.attendees[1].capacity is AttendanceCapacity.CHAIR
        assert data.agenda[0].discussion == "نوقشت خطة حماية المراكز الـ22."
        assert [o.kind for o in data.agenda[0].outcomes] == [OutcomeKind.DIRECTIVE,
                                                              OutcomeKind.NOTE]
        assert data.agenda[0].outcomes[0].due_date == date(2008, 7, 20)
        assert s.scalar(select(func.count()).select_from(AuditEntry)
                        .where(AuditEntry.entity == "meetings")) == 1


def test_a_save_replaces_the_record_and_moves_the_version(db, world):
    meeting_id = create(db, world)
    with db.reader() as s:
        state = meetings.load_meeting(s, meeting_id)
    data = state.minutes
    data.meeting.subject = "اجتماع أمني مشترك (معدل)"
    data.attendees.reverse()
    data.agenda.append(AgendaItemInput("ما يستجد من أعمال"))
    with db.session() as s:
        version = meetings.save_meeting(s, CLERK, meeting_id, data, state.version)
    assert version > state.version
    with db.reader() as s:
        again = meetings.load_meeting(s, meeting_id)
    assert again.minutes == data
    with pytest.raises(Conflict), db.session() as s:  # a stale copy is refused
        meetings.save_meeting(s, CLERK, meeting_id, data, state.version)


@pytest.mark.parametrize("case", ["end_before_start", "no_subject", "same_person_twice",
                                  "chair_not_attending", "unknown_kind", "missing_person",
                                  "discussion_too_long", "viewer"])
def test_bad_input_is_refused_and_changes_nothing(db, world, case):
    data = minutes_input(world)
    actor = CLERK
    if case == "end_before_start":
        data.meeting.ends_at = datetime(2008, 7, 13, 9)
    elif case == "no_subject":
        data.meeting.subject = "   "
    elif case == "same_person_twice":
        data.attendees.append(AttendeeInput(world["officer"]))
    elif case == "chair_not_attending":
        data.attendees = [AttendeeInput(world["officer"])]
    elif case == "unknown_kind":
        data.meeting.kind = "tea_party"
    elif case == "missing_person":
        data.attendees.append(AttendeeInput(999_999))
    elif case == "discussion_too_long":
        data.agenda[0].discussion = "ن" * (meetings.DISCUSSION_LIMIT + 1)
    elif case == "viewer":
        actor = VIEWER
    error = refused(db, lambda s: meetings.create_meeting(s, actor, data))
    message = error.message("ar")
    assert message and any("\u0600" <= ch <= "\u06ff" for ch in message)
    if case == "same_person_twice":
        assert "حسن كاظم جبار" in message
    if case == "chair_not_attending":
        assert "سعد علي حربيه" in message


def test_a_long_discussion_and_bidi_controls_are_stored_clean_and_whole(db, world):
    discussion = ("ناقش المجتمعون خطة الحماية. " * 2000)[:50_000]
    data = minutes_input(world)
    data.agenda[0].discussion = discussion
    data.meeting.subject = "\u202bاجتماع\u202c أمني \u200fمشترك"
    with db.session() as s:
        meeting_id = meetings.create_meeting(s, CLERK, data)
    with db.reader() as s:
        state = meetings.load_meeting(s, meeting_id)
    assert state.minutes.meeting.subject == "اجتماع أمني مشترك"
    assert state.minutes.agenda[0].discussion == discussion.strip()


def test_protocol_order_puts_the_chair_first_then_rank(db, world):
    with db.session() as s:
        junior = create_person(s, CLERK, PersonInput("علي جبار حسن", rank_id=world["captain"],
                                                     position_title="ضابط ارتباط"))
        s.flush()
        order = meetings.protocol_order(s, [
            AttendeeInput(junior.id), AttendeeInput(world["officer"]),
            AttendeeInput(world["chief"], AttendanceCapacity.CHAIR)])
    # the two captains: the one without a position title sorts before «ضابط ارتباط»
    assert [a.person_id for a in order] == [world["chief"], world["officer"], junior.id]


def test_submit_approve_lock_and_amend(db, world):
    meeting_id = create(db, world)
    with db.session() as s:
        meetings.submit(s, CLERK, meeting_id)
    refused(db, lambda s: minutes.approve(s, CLERK, meeting_id), Forbidden)
    refused(db, lambda s: meetings.save_meeting(s, CLERK, meeting_id, minutes_input(world)),
            Conflict)
    with db.session() as s:
        seal = minutes.approve(s, COMMANDER, meeting_id)
    assert len(seal) == 64
    error = refused(db, lambda s: meetings.save_meeting(
        s, CLERK, meeting_id, minutes_input(world)), Forbidden)
    assert "تعديل بنسخة جديدة" in error.message("ar")
    with db.session() as s:
        revision_id = minutes.amend(s, CLERK, meeting_id)
    refused(db, lambda s: minutes.amend(s, CLERK, meeting_id), Conflict)
    with db.reader() as s:
        old, new = s.get(Meeting, meeting_id), s.get(Meeting, revision_id)
        assert old.status is MeetingStatus.APPROVED and old.fingerprint == seal
        assert minutes.fingerprint(old) == seal  # untouched by the amendment
        assert (new.status, new.revision, new.supersedes_id) == (
            MeetingStatus.DRAFT, 2, meeting_id)
        assert len(new.attendances) == 2 and len(new.directives) == 2
        assert minutes.fingerprint(new) != seal  # the revision number is part of the content
        assert minutes.find_by_fingerprint(s, seal).id == meeting_id
        assert minutes.find_by_fingerprint(s, "ghurfa-fingerprint:" + seal[:16]).id == meeting_id
        assert minutes.find_by_fingerprint(s, seal[:8]) is None  # too short to trust
        listed = meetings.meeting_page(s, MeetingFilter(), "starts_at", False, 0, 10)
        assert [r.id for r in listed] == [revision_id]  # the corrected one is hidden
        everything = meetings.meeting_count(s, MeetingFilter(latest_only=False))
        assert everything == 2


def test_the_fingerprint_follows_the_content(db, world):
    first = create(db, world)
    second = create(db, world)
    with db.reader() as s:
        a, b = s.get(Meeting, first), s.get(Meeting, second)
        assert minutes.canonical_form(a) == minutes.canonical_form(b)
        assert minutes.fingerprint(a) == minutes.fingerprint(b)
    data = minutes_input(world)
    data.agenda[0].discussion += " وأضيفت فقرة."
    with db.session() as s:
        meetings.save_meeting(s, CLERK, second, data)
    with db.reader() as s:
        assert minutes.fingerprint(s.get(Meeting, first)) != minutes.fingerprint(
            s.get(Meeting, second))


def test_return_to_draft_needs_a_commander_and_a_reason(db, world):
    meeting_id = create(db, world)
    with db.session() as s:
        meetings.submit(s, CLERK, meeting_id)
    refused(db, lambda s: meetings.return_to_draft(s, CLERK, meeting_id, "تصحيح"), Forbidden)
    refused(db, lambda s: meetings.return_to_draft(s, COMMANDER, meeting_id, " "), Invalid)
    with db.session() as s:
        meetings.return_to_draft(s, COMMANDER, meeting_id, "صحح أسماء الحضور")
    with db.reader() as s:
        assert s.get(Meeting, meeting_id).status is MeetingStatus.DRAFT


def test_new_from_previous_carries_only_open_directives(db, world):
    data = minutes_input(world)
    data.agenda[0].outcomes.append(OutcomeInput(OutcomeKind.DIRECTIVE, "أنجز سابقاً",
                                                responsible_organisation_id=world["command"],
                                                status=DirectiveStatus.DONE))
    with db.session() as s:
        previous = meetings.create_meeting(s, CLERK, data)
        s.flush()
        meetings.submit(s, CLERK, previous)
        minutes.approve(s, COMMANDER, previous)
    with db.session() as s:
        next_id = meetings.new_from_previous(s, CLERK, previous)
    with db.reader() as s:
        state = meetings.load_meeting(s, next_id)
        assert state.previous_meeting_id == previous and state.status is MeetingStatus.DRAFT
        assert [a.person_id for a in state.minutes.attendees] == [world["officer"],
                                                                   world["chief"]]
        assert all(a.presence is Presence.PRESENT for a in state.minutes.attendees)
        item = state.minutes.agenda[0]
        assert item.title == "حماية مراكز التسجيل" and item.discussion is None
        assert [o.text for o in item.outcomes] == ["تأمين الحماية للمراكز على مدار الساعة"]
        origin = s.scalar(select(Directive.id).where(
            Directive.meeting_id == previous, Directive.kind == OutcomeKind.DIRECTIVE,
            Directive.status == DirectiveStatus.OPEN))
        assert item.outcomes[0].carried_over_from_id == origin


def test_the_list_filters_sorts_and_searches_arabic_as_people_type_it(db, world):
    create(db, world)
    with db.session() as s:
        ahmad = create_person(s, CLERK, PersonInput("أحمد يحيى الشطري"))
        s.flush()
        data = minutes_input(world)
        data.meeting.subject = "مؤتمر مديرية شرطة ذي قار"
        data.meeting.starts_at = datetime(2010, 2, 6, 9)
        data.meeting.ends_at = None
        data.agenda[0].outcomes[0].due_date = date(2010, 2, 20)
        data.attendees.append(AttendeeInput(ahmad.id))
        conference = meetings.create_meeting(s, CLERK, data)
        ahmad_id = ahmad.id
    with db.reader() as s:
        def found(**f) -> list[int]:
            return [r.id for r in meetings.meeting_page(s, MeetingFilter(**f), "starts_at",
                                                        False, 0, 50)]
        for typed in ("احمد", "أحمد", "يحيي", "مديريه", "مـديـرية", "مُديرِية"):
            assert found(text=typed) == [conference], typed
        assert found(attendee_id=ahmad_id) == [conference]
        assert found(date_from=date(2010, 1, 1)) == [conference]
        assert found(date_to=date(2010, 2, 6)) == found() and len(found()) == 2
        assert found(status=MeetingStatus.APPROVED) == []
        newest = meetings.meeting_page(s, MeetingFilter(), "starts_at", True, 0, 1)
        assert newest[0].id == conference and newest[0].attendee_count == 3
        assert newest[0].chair_name == "سعد علي حربيه"
        assert meetings.meeting_count(s, MeetingFilter(text="احمد")) == 1


def test_a_missing_meeting_and_deleting_drafts(db, world):
    refused(db, lambda s: meetings.load_meeting(s, 4242), NotFound)
    meeting_id = create(db, world)
    with db.session() as s:
        meetings.submit(s, CLERK, meeting_id)
    refused(db, lambda s: meetings.delete_draft(s, CLERK, meeting_id), Conflict)
    draft = create(db, world)
    with db.session() as s:
        meetings.delete_draft(s, CLERK, draft)
    with db.reader() as s:
        assert s.get(Meeting, draft) is None


def test_messages_have_their_arabic_and_english(db, world):
    data = minutes_input(world)
    data.meeting.subject = ""
    error = refused(db, lambda s: meetings.create_meeting(s, CLERK, data))
    assert i18n.language() == "ar" and str(error) == "حقل الموضوع مطلوب."
    assert error.message("en") == "Subject is required."


def test_a_save_keeps_the_outcomes_that_later_meetings_carry_over(db, world):
    first = create(db, world)
    with db.session() as s:
        second = meetings.new_from_previous(s, CLERK, first)
    with db.reader() as s:
        origin = meetings.load_meeting(s, first)
        carried = meetings.load_meeting(s, second).minutes.agenda[0].outcomes[0]
    assert carried.carried_over_from_id == origin.minutes.agenda[0].outcomes[0].id
    data = origin.minutes
    data.agenda[0].outcomes[0].text = "تأمين الحماية للمراكز ليلاً ونهاراً"
    data.agenda.insert(0, AgendaItemInput("افتتاح الاجتماع"))
    with db.session() as s:
        meetings.save_meeting(s, CLERK, first, data, origin.version)
    with db.reader() as s:
        again = meetings.load_meeting(s, first).minutes
        link = meetings.load_meeting(s, second).minutes.agenda[0].outcomes[0]
        kept = s.get(Directive, carried.carried_over_from_id)
        assert again.agenda[1].outcomes[0].id == kept.id  # the same row, edited in place
        assert kept.text == "تأمين الحماية للمراكز ليلاً ونهاراً"
        assert kept.agenda_item.title == "حماية مراكز التسجيل"
    assert link.carried_over_from_id == kept.id


def test_an_outcome_id_of_another_meeting_is_not_taken_over(db, world):
    first, other = create(db, world), create(db, world)
    with db.reader() as s:
        theirs = meetings.load_meeting(s, other).minutes.agenda[0].outcomes[0].id
        state = meetings.load_meeting(s, first)
    data = state.minutes
    data.agenda[0].outcomes[0].id = theirs
    with db.session() as s:
        meetings.save_meeting(s, CLERK, first, data, state.version)
    with db.reader() as s:
        assert s.get(Directive, theirs).meeting_id == other
        assert meetings.load_meeting(s, first).minutes.agenda[0].outcomes[0].id != theirs


@pytest.mark.parametrize("change, message", [
    (dict(responsible_organisation_id=None, responsible_person_id=None),
     "يحتاج إلى جهة أو شخص مسؤول"),
    (dict(due_date=date(2000, 1, 1)), "يسبق تاريخ انعقاد الاجتماع"),
])
def test_a_directive_without_anyone_responsible_or_due_in_the_past_is_refused(
        db, world, change, message):
    data = minutes_input(world)
    data.agenda[0].outcomes[0] = replace(data.agenda[0].outcomes[0], **change)
    with db.session() as s:
        before = s.scalar(select(func.count()).select_from(Meeting))
    with pytest.raises(Invalid) as refused, db.session() as s:
        meetings.create_meeting(s, CLERK, data)
    assert message in refused.value.message()
    with db.reader() as s:
        assert s.scalar(select(func.count()).select_from(Meeting)) == before


def test_protocol_puts_a_civil_official_beside_the_chair(db, world):
    with db.session() as s:
        director = create_person(s, CLERK, PersonInput("جعفر كاظم", honorific="الدكتور"))
        s.flush()
        data = minutes_input(world)
        people = [AttendeeInput(world["officer"]), AttendeeInput(director.id),
                  AttendeeInput(world["chief"], AttendanceCapacity.CHAIR)]
        ordered = meetings.protocol_order(s, people)
        assert [a.person_id for a in ordered] == [world["chief"], director.id,
                                                   world["officer"]]
        assert data  # the world's minutes stay as they were


def test_the_list_names_the_organising_body_in_the_language_asked(db, world):
    meeting_id = create(db, world)
    with db.session() as s:
        body = s.get(Meeting, meeting_id).organiser
        body.name_en = "Maysan Police Command"
        arabic = body.name_ar
    with db.reader() as s:
        rows = {lang: meetings.meeting_page(s, MeetingFilter(), "starts_at", False, 0, 10, lang)
                for lang in ("ar", "en")}
    assert rows["ar"][0].organiser_name == arabic
    assert rows["en"][0].organiser_name == "Maysan Police Command"
