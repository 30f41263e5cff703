"""Approved means fixed (issue 13): approved minutes, issued document numbers and a published
roster's record are not rewritten by any service, nor by a write that goes round them (the
guard on every flush); on PostgreSQL the database's triggers refuse the same SQL."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import IntegrityError

from desktop.models import (
    AgendaItem,
    Attendance,
    Directive,
    DirectiveStatus,
    DocumentNumber,
    IssuingOffice,
    Meeting,
    MeetingStatus,
    NumberStatus,
    RosterEvent,
    RosterStatus,
    Shift,
)
from desktop.models.enums import AttendanceCapacity, MeetingKind, Presence
from desktop.services import directives, meetings, minutes
from desktop.services.actor import SYSTEM
from desktop.services.assignments import AssignmentInput, assign, unassign
from desktop.services.errors import Conflict, DomainError, Forbidden
from desktop.services.numbering import issue_number, void_number
from desktop.services.people import PersonInput, create_person
from desktop.services.rosters import publish_roster, withdraw_roster
from tests.desktop.roster_world import COMMANDER, roster_world
from tests.desktop.test_meetings import create, minutes_input, world  # noqa: F401 - fixture
from tests.desktop.test_minutes_seal import CLERK, approve

SEALED = "These minutes are approved and cannot be changed"


def _approved(db, world) -> tuple[int, str]:  # noqa: F811
    meeting_id = create(db, world)
    return meeting_id, approve(db, meeting_id)


def _office(db) -> int:
    with db.session() as s:
        office = IssuingOffice(code="ع م", name="غرفة العمليات", header_lines="جمهورية العراق")
        s.add(office)
        s.flush()
        return office.id


def _number(db, office_id: int) -> int:
    with db.session() as s:
        return issue_number(s, SYSTEM, office_id, "minutes", on=date(2008, 7, 14)).id


def _refused(db, change, words: str, error=Conflict) -> DomainError:
    """``change`` in a unit of work of its own is refused in words, and nothing is kept."""
    with pytest.raises(error) as caught, db.session() as s:
        change(s)
    assert words in caught.value.message("en"), caught.value.message("en")
    return caught.value


def _state(db, meeting_id: int) -> tuple:
    with db.reader() as s:
        meeting = s.get(Meeting, meeting_id)
        return (meeting.status, meeting.subject, meeting.fingerprint, meeting.version,
                minutes.seal_holds(meeting), len(meeting.attendances),
                len(meeting.agenda_items), len(meeting.directives))


# ---- approved minutes ---------------------------------------------------------------------

def test_the_services_refuse_changing_approved_minutes_and_amending_keeps_them(db, world):  # noqa: F811
    meeting_id, seal = _approved(db, world)
    before = _state(db, meeting_id)
    changed = minutes_input(world)
    changed = changed.__class__(changed.meeting.__class__(
        **{**changed.meeting.__dict__, "subject": "موضوع آخر"}), changed.attendees,
        changed.agenda)
    with pytest.raises(Forbidden), db.session() as s:
        meetings.save_meeting(s, CLERK, meeting_id, changed)
    for action in (lambda s: meetings.delete_draft(s, CLERK, meeting_id),
                   lambda s: meetings.submit(s, CLERK, meeting_id),
                   lambda s: minutes.approve(s, COMMANDER, meeting_id),
                   lambda s: meetings.return_to_draft(s, COMMANDER, meeting_id, "خطأ")):
        with pytest.raises(DomainError), db.session() as s:
            action(s)
    with db.session() as s:
        revision = minutes.amend(s, CLERK, meeting_id)
    with db.session() as s:  # the correction is a draft of its own, freely edited
        meetings.save_meeting(s, CLERK, revision, changed)
    assert _state(db, meeting_id) == before
    with db.reader() as s:
        assert s.get(Meeting, meeting_id).fingerprint == seal
        assert s.get(Meeting, revision).subject == "موضوع آخر"


def test_a_write_round_the_services_cannot_change_approved_minutes(db, world):  # noqa: F811
    meeting_id, _seal = _approved(db, world)
    with db.session() as s:
        guest = create_person(s, SYSTEM, PersonInput("ضيف المحضر", service_number="3003"))
        s.flush()
        guest_id = guest.id
    before = _state(db, meeting_id)

    def first(s, model):
        return s.scalars(select(model).where(model.meeting_id == meeting_id)
                         .order_by(model.id)).first()

    def subject(s):
        s.get(Meeting, meeting_id).subject = "موضوع آخر"

    def back_to_draft(s):
        s.get(Meeting, meeting_id).status = MeetingStatus.DRAFT

    def seal_again(s):
        s.get(Meeting, meeting_id).fingerprint = "ab" * 32

    def attendee(s):
        s.add(Attendance(meeting_id=meeting_id, person_id=guest_id, position=9))

    def discussion(s):
        first(s, AgendaItem).discussion = "نص لم يصادق عليه أحد"

    def agenda_gone(s):
        s.delete(first(s, AgendaItem))

    def words(s):
        first(s, Directive).text = "توجيه آخر"

    def moved(s):
        first(s, Directive).meeting_id = create(db, world)

    def absent(s):
        first(s, Attendance).presence = Presence.ABSENT

    for change in (subject, seal_again, attendee, discussion, agenda_gone, words, absent):
        _refused(db, change, SEALED)
    for change in (back_to_draft, lambda s: s.delete(s.get(Meeting, meeting_id))):
        _refused(db, change, "Approved minutes are kept")
    with pytest.raises(DomainError), db.session() as s:
        moved(s)
    assert _state(db, meeting_id) == before


def test_an_outcomes_follow_up_still_goes_on_on_approved_minutes(db, world):  # noqa: F811
    meeting_id, _seal = _approved(db, world)
    with db.reader() as s:
        directive = s.scalars(select(Directive).where(
            Directive.meeting_id == meeting_id, Directive.kind == "directive")).one()
    with db.session() as s:
        directives.record_follow_up(s, SYSTEM, [directives.Seen(directive.id)],
                                    directives.FollowUpInput("in_progress", "بدأ التنفيذ"))
    with db.reader() as s:
        meeting = s.get(Meeting, meeting_id)
        assert s.get(Directive, directive.id).status is DirectiveStatus.IN_PROGRESS
        assert minutes.seal_holds(meeting)  # the status is not part of the approved words


def test_approved_minutes_take_a_number_once_and_another_only_after_voiding(db, world):  # noqa: F811
    meeting_id, _seal = _approved(db, world)
    office = _office(db)
    first, second = _number(db, office), _number(db, office)
    with db.session() as s:
        s.get(Meeting, meeting_id).document_number_id = first

    def renumber(s):
        s.get(Meeting, meeting_id).document_number_id = second

    _refused(db, renumber, "carry a document number already")
    with db.session() as s:
        void_number(s, SYSTEM, first, "أُلغيت الطبعة")
    with db.session() as s:
        renumber(s)
    with db.reader() as s:
        assert s.get(Meeting, meeting_id).document_number_id == second


def test_minutes_made_approved_in_one_unit_of_work_are_completed_in_it(db, world):  # noqa: F811
    """What the demo and a test's factory do: approved minutes inserted, then completed."""
    with db.session() as s:
        meeting = Meeting(kind=MeetingKind.JOINT_MEETING, subject="محضر",
                          starts_at=datetime(2008, 7, 1, 9), status=MeetingStatus.APPROVED,
                          chair_id=world["chief"])
        s.add(meeting)
        s.flush()
        s.add(Attendance(meeting_id=meeting.id, person_id=world["chief"],
                         capacity=AttendanceCapacity.CHAIR))
        s.flush()
        minutes.seal(meeting)
        meeting_id = meeting.id
    with db.reader() as s:
        assert minutes.seal_holds(s.get(Meeting, meeting_id))
    _refused(db, lambda s: s.add(Attendance(meeting_id=meeting_id, person_id=world["officer"])),
             SEALED)


# ---- document numbers ---------------------------------------------------------------------

def test_an_issued_number_is_only_voided_and_never_deleted(db):
    office = _office(db)
    number = _number(db, office)

    def sequence(s):
        s.get(DocumentNumber, number).sequence = 7

    def kind(s):
        s.get(DocumentNumber, number).kind = "letter"

    for change in (sequence, kind):
        _refused(db, change, "was issued and cannot be changed")
    _refused(db, lambda s: s.delete(s.get(DocumentNumber, number)), "cannot be deleted")
    with db.session() as s:
        void_number(s, SYSTEM, number, "أُلغيت الطبعة")

    def reason(s):
        s.get(DocumentNumber, number).void_reason = "سبب آخر"

    def reissued(s):
        s.get(DocumentNumber, number).status = NumberStatus.ISSUED

    for change in (reason, reissued, sequence):
        _refused(db, change, "was issued and cannot be changed")
    with pytest.raises(Conflict), db.session() as s:
        void_number(s, SYSTEM, number, "مرة ثانية")
    with db.reader() as s:
        row = s.get(DocumentNumber, number)
        assert (row.status, row.sequence, row.void_reason) == (
            NumberStatus.VOIDED, 1, "أُلغيت الطبعة")


# ---- a published roster -------------------------------------------------------------------

@pytest.fixture
def roster(db):
    with db.session() as s:
        ids = roster_world(s)
        ids["assignment"] = assign(s, SYSTEM, AssignmentInput(
            ids["shift"], "guard", centre_id=ids["centre"], person_id=ids["officer"])).id
    with db.session() as s:
        publish_roster(s, COMMANDER, ids["shift"])
    return ids


def test_a_published_rosters_record_is_not_rewritten(db, roster):
    shift_id = roster["shift"]

    def event(s):
        return s.scalars(select(RosterEvent).where(RosterEvent.shift_id == shift_id)).first()

    def event_changed(s):
        event(s).username = "غيره"

    def event_gone(s):
        s.delete(event(s))

    def revision_down(s):
        s.get(Shift, shift_id).roster_revision = 0

    def redated(s):
        s.get(Shift, shift_id).published_at = datetime(2009, 1, 1)

    def resigned(s):
        s.get(Shift, shift_id).published_by = "غيره"

    for change in (event_changed, event_gone):
        _refused(db, change, "history of a published roster")
    for change in (revision_down, redated, resigned):
        _refused(db, change, "was published")
    with db.session() as s:  # an amendment the user confirms: a new revision, the old kept
        unassign(s, COMMANDER, roster["assignment"], amend=True)
    with db.session() as s:
        withdraw_roster(s, COMMANDER, shift_id, "إعادة توزيع")
    with db.reader() as s:
        shift = s.get(Shift, shift_id)
        assert (shift.roster_status, shift.roster_revision) == (RosterStatus.DRAFT, 2)
        actions = [e.action.value for e in s.scalars(
            select(RosterEvent).where(RosterEvent.shift_id == shift_id).order_by(RosterEvent.id))]
        assert actions == ["published", "amended", "withdrawn"]


# ---- PostgreSQL: the database refuses the same SQL ------------------------------------------

def _sql_refused(db, statement, **values) -> None:
    """A direct SQL statement, as another tool would send it, is refused by the database."""
    with pytest.raises(IntegrityError) as caught, db.engine.begin() as connection:
        connection.execute(text(statement), values)
    assert "ghurfa:" in str(caught.value.orig)
    assert getattr(caught.value.orig, "sqlstate", None) == "23001"


@pytest.mark.pg
def test_postgresql_refuses_rewriting_approved_minutes_in_sql(pg_url, world_pg):
    db, ids, meeting_id = world_pg
    before = _state(db, meeting_id)
    for statement in (
            "UPDATE meetings SET subject = 'x' WHERE id = :m",
            "UPDATE meetings SET status = 'draft' WHERE id = :m",
            "UPDATE meetings SET fingerprint = NULL WHERE id = :m",
            "DELETE FROM meetings WHERE id = :m",
            "UPDATE agenda_items SET discussion = 'x' WHERE meeting_id = :m",
            "DELETE FROM agenda_items WHERE meeting_id = :m",
            "UPDATE attendances SET presence = 'absent' WHERE meeting_id = :m",
            "UPDATE directives SET text = 'x' WHERE meeting_id = :m"):
        _sql_refused(db, statement, m=meeting_id)
    _sql_refused(db, "INSERT INTO attendances (meeting_id, person_id, capacity, presence, "
                 "position, created_at, updated_at, version) VALUES (:m, :p, 'member', "
                 "'present', 9, now(), now(), 1)", m=meeting_id, p=ids["officer"])
    assert _state(db, meeting_id) == before
    with db.engine.begin() as connection:  # a follow-up's status, and bookkeeping, still go
        connection.execute(text("UPDATE directives SET status = 'in_progress', version = "
                                "version + 1 WHERE meeting_id = :m AND kind = 'directive'"),
                           {"m": meeting_id})
        connection.execute(text("UPDATE meetings SET updated_at = now() WHERE id = :m"),
                           {"m": meeting_id})
    with db.reader() as s:
        assert minutes.seal_holds(s.get(Meeting, meeting_id))
    with pytest.raises(Conflict) as caught, db.session() as s:  # the program reads it so
        s.execute(update(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                  .values(discussion="x"))
    assert "keeps what was approved" in caught.value.message("en")


@pytest.fixture
def world_pg(pg_url):
    from tests.conftest import _pg_db
    from tests.desktop.factories import basic_world

    db = _pg_db(pg_url)
    with db.session() as s:
        ids = basic_world(s)
    meeting_id = create(db, ids)
    approve(db, meeting_id)
    yield db, ids, meeting_id
    db.dispose()


@pytest.mark.pg
def test_postgresql_refuses_rewriting_an_issued_number_in_sql(pg_url):
    from tests.conftest import _pg_db

    db = _pg_db(pg_url)
    try:
        number = _number(db, _office(db))
        for statement in ("UPDATE document_numbers SET sequence = 5 WHERE id = :n",
                          "UPDATE document_numbers SET letterhead = NULL WHERE id = :n",
                          "UPDATE document_numbers SET status = 'voided', kind = 'x' "
                          "WHERE id = :n",
                          "DELETE FROM document_numbers WHERE id = :n"):
            _sql_refused(db, statement, n=number)
        with db.engine.begin() as connection:  # voiding is what a number may still undergo
            connection.execute(text("UPDATE document_numbers SET status = 'voided', "
                                    "voided_at = now(), void_reason = 'x' WHERE id = :n"),
                               {"n": number})
        for statement in ("UPDATE document_numbers SET void_reason = 'y' WHERE id = :n",
                          "UPDATE document_numbers SET status = 'issued' WHERE id = :n",
                          "DELETE FROM document_numbers WHERE id = :n"):
            _sql_refused(db, statement, n=number)
        with db.reader() as s:
            assert s.scalar(select(func.count()).select_from(DocumentNumber)) == 1
    finally:
        db.dispose()


@pytest.mark.pg
def test_postgresql_refuses_rewriting_a_published_rosters_record_in_sql(pg_url):
    from tests.conftest import _pg_db

    db = _pg_db(pg_url)
    try:
        with db.session() as s:
            ids = roster_world(s)
        with db.session() as s:
            publish_roster(s, COMMANDER, ids["shift"])
        for statement in ("UPDATE roster_events SET username = 'x' WHERE shift_id = :s",
                          "DELETE FROM roster_events WHERE shift_id = :s",
                          "UPDATE shifts SET roster_revision = 0 WHERE id = :s",
                          "UPDATE shifts SET published_by = 'x' WHERE id = :s"):
            _sql_refused(db, statement, s=ids["shift"])
        with db.session() as s:
            withdraw_roster(s, COMMANDER, ids["shift"], "إعادة توزيع")
        with db.reader() as s:
            assert s.get(Shift, ids["shift"]).roster_revision == 1
            assert s.scalar(select(func.count()).select_from(RosterEvent)) == 2
    finally:
        db.dispose()


def test_the_guard_lets_a_draft_be_deleted_whole(db, world):  # noqa: F811
    meeting_id = create(db, world)
    with db.session() as s:
        meetings.delete_draft(s, CLERK, meeting_id)
    with db.reader() as s:
        assert s.get(Meeting, meeting_id) is None
        assert not s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)).all()
    with db.session() as s:  # and a bulk statement on drafts is no business of the guard
        s.execute(delete(Directive).where(Directive.meeting_id == -1))


@pytest.mark.pg
def test_the_triggers_go_down_to_0012_and_up_again(own_pg):
    from desktop.storage.database import Database
    from desktop.storage.migrations import downgrade, upgrade

    db = Database(own_pg)
    try:
        upgrade(db)
        number = _number(db, _office(db))
        _sql_refused(db, "UPDATE document_numbers SET sequence = 5 WHERE id = :n", n=number)
        downgrade(db, "0012")
        with db.engine.begin() as connection:
            connection.execute(text("UPDATE document_numbers SET sequence = 5 WHERE id = :n"),
                               {"n": number})
            functions = connection.scalar(text(
                "SELECT count(*) FROM pg_proc WHERE proname LIKE 'ghurfa\\_%fixed%' "
                "OR proname LIKE 'ghurfa\\_%opened\\_meeting%'"))
        assert functions == 0
        upgrade(db)
        _sql_refused(db, "UPDATE document_numbers SET sequence = 6 WHERE id = :n", n=number)
    finally:
        db.dispose()
