"""Directives on both engines: the status rules, several at once, a stale copy refused,
one directive across revisions and sittings, the approved minutes' seal kept."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from desktop.models import (
    AuditEntry,
    Directive,
    DirectiveStatus,
    DirectiveUpdate,
    Meeting,
    MeetingStatus,
)
from desktop.services import meetings, minutes
from desktop.services.directive_board import (
    DirectiveFilter,
    directive_history,
    directive_ids,
    directive_rows,
)
from desktop.services.directives import (
    FollowUpInput,
    Seen,
    carry_over,
    next_statuses,
    parse_status,
    record_follow_up,
)
from desktop.services.errors import (
    Conflict,
    DomainError,
    Forbidden,
    Invalid,
    NotFound,
    StaleRecord,
)
from tests.desktop.directive_world import TEXTS, actor, build, later_draft
from tests.desktop.factories import row_counts

S = DirectiveStatus
TODAY = date(2008, 7, 22)


@pytest.fixture
def world(db):
    return build(db)


def follow(db, who: str, numbers, status, note=None) -> list[int]:
    with db.session() as s:
        return record_follow_up(s, actor(s, who), [Seen(n) for n in numbers],
                                FollowUpInput(status, note))


def refused(db, who: str, numbers, status, note=None, error=DomainError) -> DomainError:
    with db.reader() as s:
        before = row_counts(s)
    with pytest.raises(error) as caught:
        follow(db, who, numbers, status, note)
    with db.reader() as s:
        assert row_counts(s) == before  # nothing written, not even an audit entry
    return caught.value


def status_of(db, number: int) -> DirectiveStatus:
    with db.reader() as s:
        return directive_rows(s, [number], TODAY)[0].status


def test_open_then_in_progress_then_done_with_a_closing_note(db, world):
    plan = world["plan"]
    follow(db, "staff", [plan], S.IN_PROGRESS)  # a move to in progress may go without words
    assert status_of(db, plan) is S.IN_PROGRESS
    error = refused(db, "staff", [plan], S.DONE, "  ", Invalid)
    assert "closing note" in error.message("en") and TEXTS["plan"][:20] in error.message("en")
    follow(db, "staff", [plan], "done", "أنجزت الخطة وصادق عليها قائد الشرطة")
    with db.reader() as s:
        history = directive_history(s, plan, TODAY)
        assert history.row.status is S.DONE and history.row.days_late == 0
        assert [u.new_status for u in history.updates] == [S.IN_PROGRESS, S.DONE]
        assert history.updates[-1].author == "مستخدم staff"
        assert history.row.last_update == "أنجزت الخطة وصادق عليها قائد الشرطة"
        assert s.scalar(select(func.count()).select_from(AuditEntry)
                        .where(AuditEntry.action == "follow_up")) == 2


def test_a_cancelled_directive_takes_nothing_until_reopened_with_a_reason(db, world):
    protect = world["protect"]
    refused(db, "staff", [protect], S.CANCELLED, "", Invalid)  # the reason is needed
    follow(db, "staff", [protect], S.CANCELLED, "ألغي بقرار قائد الشرطة")
    for status, note in ((None, "اتصل القسم"), (S.DONE, "أنجز"), (S.IN_PROGRESS, None),
                         (S.CANCELLED, "مرة أخرى")):
        error = refused(db, "staff", [protect], status, note)
        assert isinstance(error, Conflict | Invalid)
    assert "reopen it" in refused(db, "staff", [protect], None, "ملاحظة", Conflict).message("en")
    assert "reason" in refused(db, "staff", [protect], S.OPEN, "", Invalid).message("en")
    follow(db, "staff", [protect], "مفتوح", "أعيد فتحه بتوجيه القائد")  # its Arabic label
    assert status_of(db, protect) is S.OPEN
    follow(db, "staff", [protect], None, "باشر القسم")  # notes again once reopened


def test_what_each_status_may_become(db, world):
    assert next_statuses(S.OPEN) == (None, S.IN_PROGRESS, S.DONE, S.CANCELLED)
    assert next_statuses(S.CANCELLED) == (S.OPEN, S.IN_PROGRESS)
    follow(db, "staff", [world["plan"]], S.IN_PROGRESS)
    refused(db, "staff", [world["plan"]], S.OPEN, "عاد", Conflict)  # no way back silently
    refused(db, "staff", [world["plan"]], S.IN_PROGRESS, "", Invalid)  # already so, no note
    follow(db, "staff", [world["plan"]], S.IN_PROGRESS, "نسبة الإنجاز 50%")  # a note then
    follow(db, "staff", [world["plan"]], S.DONE, "أنجز")
    refused(db, "staff", [world["plan"]], S.CANCELLED, "خطأ", Conflict)  # reopen first
    assert parse_status("in-progress") is S.IN_PROGRESS
    assert parse_status("قيد التنفيذ") is S.IN_PROGRESS
    with pytest.raises(Invalid) as caught:
        parse_status("in-progres")  # mistyped: said as typed, the codes as they are typed
    assert caught.value.message("en") == (
        "in-progres is not a valid Status; choose one of: open, in-progress, done, cancelled.")
    assert "قيد التنفيذ" in caught.value.message("ar") and "in-progres" in caught.value.message(
        "ar")


def test_several_directives_at_once_are_one_unit_of_work(db, world):
    numbers = [world["protect"], world["posting"], world["patrols"]]
    follow(db, "staff", [world["posting"]], S.CANCELLED, "دمج مع توجيه آخر")
    error = refused(db, "staff", numbers, S.DONE, "أنجزت الأقسام الثلاثة", Conflict)
    assert TEXTS["posting"][:20] in error.message("en")  # the one refused is named
    assert status_of(db, world["protect"]) is S.OPEN
    numbers.remove(world["posting"])
    assert sorted(follow(db, "staff", [*numbers, numbers[0]], S.IN_PROGRESS,
                         "اتصل مدير القسم")) == sorted(numbers)
    with db.reader() as s:
        assert {r.status for r in directive_rows(s, numbers, TODAY)} == {S.IN_PROGRESS}
        assert s.scalar(select(func.count()).select_from(DirectiveUpdate)) == 3


def test_who_may_follow_up(db, world):
    for who in ("viewer", "clerk"):
        refused(db, who, [world["plan"]], S.IN_PROGRESS, None, Forbidden)
    follow(db, "commander", [world["plan"]], S.IN_PROGRESS)
    refused(db, "staff", [], S.IN_PROGRESS, None, Invalid)
    refused(db, "staff", [10_000], S.IN_PROGRESS, None, NotFound)
    with pytest.raises(Invalid), db.session() as s:
        record_follow_up(s, actor(s, "staff"), [Seen("12")], FollowUpInput(S.DONE, "x"))
    with db.reader() as s:  # a note is no directive of the board
        note = s.scalar(select(Directive.id).where(Directive.text == "حضر ممثل المفوضية"))
    refused(db, "staff", [note], None, "x", NotFound)


def test_a_copy_changed_elsewhere_is_refused_with_what_it_holds(db, world):
    with db.reader() as s:
        seen = directive_rows(s, [world["plan"]], TODAY)[0]
    follow(db, "commander", [world["plan"]], None, "سأتابع شخصياً")  # another workstation
    with db.reader() as s:
        before = row_counts(s)
    with pytest.raises(StaleRecord) as caught, db.session() as s:
        record_follow_up(s, actor(s, "staff"), [Seen(seen.id, seen.head_id, seen.version)],
                         FollowUpInput(S.DONE, "أنجز"))
    assert caught.value.record == "directives" and caught.value.record_id == world["plan"]
    assert caught.value.stored["status"] is S.OPEN
    with db.reader() as s:
        assert row_counts(s) == before
        fresh = directive_rows(s, [world["plan"]], TODAY)[0]
    with db.session() as s:
        record_follow_up(s, actor(s, "staff"), [Seen(fresh.id, fresh.head_id, fresh.version)],
                         FollowUpInput(S.DONE, "أنجز"))


def test_one_directive_across_the_revisions_of_its_minutes_and_the_seal_kept(db, world):
    protect = world["protect"]
    with db.reader() as s:
        seal = s.get(Meeting, world["meeting"]).fingerprint
        before = directive_ids(s, DirectiveFilter(), TODAY)
    follow(db, "staff", [protect], S.IN_PROGRESS, "باشرت القيادة")
    with db.session() as s:
        revision = minutes.amend(s, actor(s, "clerk"), world["meeting"])
    with db.reader() as s:
        assert directive_ids(s, DirectiveFilter(), TODAY) == before  # each once, same numbers
        row = directive_rows(s, [protect], TODAY)[0]
        assert row.meeting_id == revision and row.status is S.IN_PROGRESS
        state = meetings.load_meeting(s, revision)
    state.minutes.agenda[0].outcomes[0].text = "تأمين الحماية للمراكز ليلاً ونهاراً"
    with db.session() as s:
        meetings.save_meeting(s, actor(s, "clerk"), revision, state.minutes, state.version)
    follow(db, "staff", [protect], S.DONE, "أنجز")
    with db.reader() as s:
        history = directive_history(s, protect, TODAY)
        assert history.row.text == "تأمين الحماية للمراكز ليلاً ونهاراً"  # the latest revision
        assert [u.text for u in history.updates] == ["باشرت القيادة", "أنجز"]  # history whole
        # both revisions of the one meeting, the approved one first, each with its words
        assert [(x.revision, x.text, x.current) for x in history.sittings] == [
            (1, "تأمين الحماية للمراكز على مدار الساعة", False),
            (2, "تأمين الحماية للمراكز ليلاً ونهاراً", True)]
        rows = s.scalars(select(Directive).where(
            func.coalesce(Directive.origin_id, Directive.id) == protect)).all()
        assert len(rows) == 2 and {r.status for r in rows} == {S.DONE}
        approved = s.get(Meeting, world["meeting"])
        assert approved.status is MeetingStatus.APPROVED and approved.fingerprint == seal
        assert minutes.seal_holds(approved)  # the follow-ups left the signed minutes whole


def test_carried_over_to_a_later_sitting_it_stays_one_directive(db, world):
    section = world["posting"]
    follow(db, "staff", [section], S.IN_PROGRESS, "بدأ التنسيب")
    later = later_draft(db, world, datetime(2008, 7, 27, 10))
    with db.reader() as s:
        version = s.get(Meeting, later).version
        total = len(directive_ids(s, DirectiveFilter(), TODAY))
    with db.session() as s:
        assert carry_over(s, actor(s, "clerk"), [Seen(section)], later,
                          expected_version=version) == [section]
    with db.reader() as s:
        assert len(directive_ids(s, DirectiveFilter(), TODAY)) == total
        history = directive_history(s, section, TODAY)
        assert history.row.meeting_id == later and history.row.status is S.IN_PROGRESS
        assert [x.meeting_id for x in history.sittings] == [world["meeting"], later]
        assert history.sittings[1].carried and history.sittings[1].current
        assert [u.text for u in history.updates] == ["بدأ التنسيب"]
        state = meetings.load_meeting(s, later)
        assert state.version > version  # an open copy of the later minutes is now stale
        item = state.minutes.agenda[0]  # under the item of the same title
        assert item.title == "حماية مراكز التسجيل" and item.outcomes[0].text == TEXTS["posting"]
        assert item.outcomes[0].carried_over_from_id == section
    follow(db, "staff", [section], None, "اكتمل نصف العدد")  # noted on the later row
    with db.reader() as s:
        notes = s.execute(select(DirectiveUpdate.directive_id, DirectiveUpdate.text)
                          .order_by(DirectiveUpdate.id)).all()
        assert notes[0][0] == section and notes[-1][0] != section
    with pytest.raises(StaleRecord), db.session() as s:  # the clerk's copy of the later minutes
        meetings.save_meeting(s, actor(s, "clerk"), later, state.minutes, version)


@pytest.mark.parametrize("case", ["twice", "done", "earlier", "approved", "viewer", "missing"])
def test_a_carry_over_that_cannot_be_is_refused_whole(db, world, case):
    later = later_draft(db, world, datetime(2008, 7, 27, 10))
    number, who, target = world["posting"], "clerk", later
    if case == "twice":
        with db.session() as s:
            carry_over(s, actor(s, "clerk"), [Seen(number)], later)
    elif case == "done":
        follow(db, "staff", [number], S.DONE, "أنجز")
    elif case == "earlier":
        target = later_draft(db, world, datetime(2008, 7, 1, 10), "اجتماع سابق")
    elif case == "approved":
        target = world["meeting"]
    elif case == "missing":
        target = 10_000
    else:
        who = case
    with db.reader() as s:
        before = row_counts(s)
    with pytest.raises(DomainError), db.session() as s:
        carry_over(s, actor(s, who), [Seen(world["protect"]), Seen(number)], target)
    with db.reader() as s:
        assert row_counts(s) == before


def test_the_next_sitting_carries_its_open_directives_as_the_same_ones(db, world):
    follow(db, "staff", [world["plan"]], S.DONE, "أنجز")
    with db.reader() as s:
        numbers = directive_ids(s, DirectiveFilter(), TODAY)
    with db.session() as s:
        nxt = meetings.new_from_previous(s, actor(s, "clerk"), world["meeting"])
    with db.reader() as s:
        assert directive_ids(s, DirectiveFilter(), TODAY) == numbers
        carried = {r.id for r in directive_rows(s, numbers, TODAY) if r.meeting_id == nxt}
        assert carried == set(numbers) - {world["plan"]}  # the done one stays where it was


def test_a_save_of_the_minutes_keeps_the_status_the_follow_up_set(db, world):
    later = later_draft(db, world, datetime(2008, 7, 27, 10))
    with db.session() as s:
        carry_over(s, actor(s, "clerk"), [Seen(world["posting"])], later)
    with db.reader() as s:
        state = meetings.load_meeting(s, later)  # the clerk opens the later minutes
    follow(db, "staff", [world["posting"]], S.DONE, "أنجز")  # a call comes meanwhile
    state.minutes.meeting.place = "قاعة الاجتماعات"
    with db.session() as s:
        meetings.save_meeting(s, actor(s, "clerk"), later, state.minutes, state.version)
    assert status_of(db, world["posting"]) is S.DONE


def test_a_directive_is_carried_only_to_a_sitting_of_its_own_election(db, world):
    from desktop.services.actor import SYSTEM
    from desktop.services.directives import carry_targets
    from desktop.services.elections import ElectionInput, create_election

    with db.session() as s:
        other = create_election(s, SYSTEM, ElectionInput(
            "الانتخابات البرلمانية 2010", "parliamentary", date(2010, 3, 7))).id
        clerk = actor(s, "clerk")
        foreign = meetings.create_meeting(s, clerk, meetings.MinutesInput(meetings.MeetingInput(
            "periodic_meeting", "مؤتمر أمني في ذي قار", datetime(2008, 7, 28, 9),
            election_id=other), [], []))
        general = meetings.create_meeting(s, clerk, meetings.MinutesInput(meetings.MeetingInput(
            "periodic_meeting", "اجتماع عام", datetime(2008, 7, 29, 9)), [], []))
    own = later_draft(db, world, datetime(2008, 7, 27, 10))
    with db.reader() as s:
        assert [t.id for t in carry_targets(s, [world["posting"]])] == [own, general]
        before = row_counts(s)
    with pytest.raises(Conflict) as caught, db.session() as s:
        carry_over(s, actor(s, "clerk"), [Seen(world["posting"])], foreign)
    assert "another election" in caught.value.message("en")
    with db.reader() as s:
        assert row_counts(s) == before
    with db.session() as s:  # a sitting held for no election in particular may take it
        assert carry_over(s, actor(s, "clerk"), [Seen(world["posting"])], general) == [
            world["posting"]]
