"""No lost update, on both engines: every update service refuses an edit made on a stale copy,
writes nothing, and says what is stored now; two workstations editing at once are refused
in turn, not overwritten; a soak of writer processes loses no acknowledged update.

Each case makes a record, lets "someone else" change it (the service without a version), then
makes the user's edit with the version read before that change. The refusal must leave every
table as it was and carry the stored values and version, and the same edit with the version
now stored must pass.
"""

from __future__ import annotations

import json
import multiprocessing
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from datetime import time as clock
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    Assignment,
    AuditEntry,
    Base,
    Centre,
    Detachment,
    Election,
    ElectionPhase,
    IssuingOffice,
    Meeting,
    Organisation,
    Person,
    Post,
    Sector,
    Shift,
    User,
    UserRole,
    Vehicle,
)
from desktop.services import accounts, meetings, minutes, validation
from desktop.services.actor import SYSTEM, Actor
from desktop.services.assignments import (
    AssignmentInput,
    DetachmentInput,
    ShiftInput,
    VehicleInput,
    assign,
    create_detachment,
    create_vehicle,
    unassign,
    update_assignment,
    update_detachment,
    update_shift,
    update_vehicle,
)
from desktop.services.detachments import detachment_values
from desktop.services.elections import ElectionInput, set_phase, update_election
from desktop.services.errors import Conflict, Invalid, StaleRecord
from desktop.services.offices import OfficeInput, create_office, update_office
from desktop.services.organisations import OrganisationInput, update_organisation
from desktop.services.people import PersonInput, update_person
from desktop.services.shifts import create_shift
from desktop.services.sites import (
    CentreInput,
    PostInput,
    SectorInput,
    create_post,
    create_sector,
    sector_values,
    update_centre,
    update_post,
    update_sector,
)
from desktop.storage.database import Database
from tests.desktop.factories import basic_world
from tests.desktop.test_meetings import COMMANDER, minutes_input
from tests.desktop.test_shift_races import meeting_point, pause_after, race

STALE_AR = "عدّل مستخدم آخر هذا السجل"  # the Arabic of the refusal's first words


@pytest.fixture
def world(db):
    with db.session() as s:
        return basic_world(s)


def snapshot(db: Database) -> dict[str, list[tuple]]:
    """Every row of every table: equal snapshots mean nothing at all was written."""
    with db.reader() as s:
        return {table.name: sorted(map(tuple, s.execute(select(table)).all()), key=repr)
                for table in Base.metadata.sorted_tables}


# ---- the cases: a record, someone else's change, the user's edit -----------------------------

@dataclass
class Case:
    name: str
    model: type
    make: Callable[[Session, dict[str, int]], int]
    edit: Callable[[Session, dict[str, int], int, str, int | None], Any]
    values: Callable[[Any], dict[str, Any]] = validation.stored_values
    field: str | None = None  # the field the edit writes its value into, checked after


def _centre(w: dict[str, int], value: str) -> CentreInput:
    return CentreInput(code="MS-101", name=value, kind="registration")


def _office(s: Session, w: dict[str, int]) -> int:
    office = create_office(s, SYSTEM, OfficeInput("ع م", "غرفة العمليات", "جمهورية العراق"))
    s.flush()
    return office.id


def _sector(s: Session, w: dict[str, int]) -> int:
    sector = create_sector(s, SYSTEM, SectorInput("القاطع الأول", w["command"]))
    s.flush()
    return sector.id


def _post(s: Session, w: dict[str, int]) -> int:
    post = create_post(s, SYSTEM, PostInput("سيطرة المدخل الشمالي"))
    s.flush()
    return post.id


def _detachment(s: Session, w: dict[str, int]) -> int:
    squad = create_detachment(s, SYSTEM, DetachmentInput(
        "مفرزة الرسالة", w["command"], w["chief"], [w["officer"]]))
    s.flush()
    return squad.id


def _vehicle(s: Session, w: dict[str, int]) -> int:
    car = create_vehicle(s, SYSTEM, VehicleInput("ميسان 1234", "pickup", w["command"]))
    s.flush()
    return car.id


def _assignment(s: Session, w: dict[str, int]) -> int:
    duty = assign(s, SYSTEM, AssignmentInput(w["shift"], "guard", centre_id=w["centre"],
                                             person_id=w["officer"]))
    s.flush()
    return duty.id


def _user(s: Session, w: dict[str, int]) -> int:
    accounts.create_user(s, SYSTEM, "admin", "المدير", "admin")
    user = accounts.create_user(s, SYSTEM, "clerk1", "كاتب المحضر", "clerk")
    s.flush()
    return user.id


def _meeting(s: Session, w: dict[str, int]) -> int:
    return meetings.create_meeting(s, SYSTEM, minutes_input(w))


def _submitted(s: Session, w: dict[str, int]) -> int:
    meeting_id = _meeting(s, w)
    meetings.submit(s, SYSTEM, meeting_id)
    return meeting_id


def _phase(s: Session, w: dict[str, int]) -> int:
    phase = set_phase(s, SYSTEM, w["election"], "polling_day", date(2009, 1, 30),
                      date(2009, 2, 3))
    s.flush()
    return phase.id


def _save(s: Session, meeting_id: int, subject: str, version: int | None) -> None:
    data = minutes_input(_WORLD[0])
    data = replace(data, meeting=replace(data.meeting, subject=subject))
    meetings.save_meeting(s, SYSTEM, meeting_id, data, expected_version=version)


def _resubmit(s: Session, meeting_id: int, subject: str) -> None:
    """Someone returns submitted minutes, changes them and submits them again."""
    meetings.return_to_draft(s, COMMANDER, meeting_id, "تصحيح")
    _save(s, meeting_id, subject, None)
    meetings.submit(s, SYSTEM, meeting_id)


_WORLD: list[dict[str, int]] = [{}]  # the world of the running case, for the meeting edits


def _phase_edit(s: Session, w: dict[str, int], id_: int, value: str, v: int | None) -> Any:
    ends = date(2009, 2, 1) if value == "theirs" else date(2009, 2, 2)
    return set_phase(s, SYSTEM, w["election"], "polling_day", date(2009, 1, 30), ends,
                     expected_version=v)


CASES = [
    Case("centre", Centre, lambda s, w: w["centre"],
         lambda s, w, i, value, v: update_centre(s, SYSTEM, i, _centre(w, value),
                                                 expected_version=v), field="name"),
    Case("office", IssuingOffice, _office,
         lambda s, w, i, value, v: update_office(
             s, SYSTEM, i, OfficeInput("ع م", value, "جمهورية العراق"), expected_version=v),
         field="name"),
    Case("organisation", Organisation, lambda s, w: w["command"],
         lambda s, w, i, value, v: update_organisation(
             s, SYSTEM, i, OrganisationInput(value, "command", parent_id=w["ministry"]),
             expected_version=v), field="name_ar"),
    Case("person", Person, lambda s, w: w["officer"],
         lambda s, w, i, value, v: update_person(
             s, SYSTEM, i, PersonInput("حسن كاظم جبار", service_number="2002",
                                       organisation_id=w["command"], notes=value),
             expected_version=v), field="notes"),
    Case("election", Election, lambda s, w: w["election"],
         lambda s, w, i, value, v: update_election(
             s, SYSTEM, i, ElectionInput(value, "provincial_councils", date(2009, 1, 31)),
             expected_version=v), field="name"),
    Case("phase", ElectionPhase, _phase, _phase_edit),
    Case("sector", Sector, _sector,
         lambda s, w, i, value, v: update_sector(s, SYSTEM, i, SectorInput(value, w["command"]),
                                                 expected_version=v),
         values=sector_values, field="name"),
    Case("post", Post, _post,
         lambda s, w, i, value, v: update_post(s, SYSTEM, i, PostInput(value, "checkpoint"),
                                               expected_version=v), field="name"),
    Case("detachment", Detachment, _detachment,
         lambda s, w, i, value, v: update_detachment(
             s, SYSTEM, i, DetachmentInput(value, w["command"], w["chief"],
                                           [w["officer"]] if value == "theirs" else []),
             expected_version=v), values=detachment_values, field="name"),
    Case("vehicle", Vehicle, _vehicle,
         lambda s, w, i, value, v: update_vehicle(
             s, SYSTEM, i, VehicleInput("ميسان 1234", "pickup", w["command"], notes=value),
             expected_version=v), field="notes"),
    Case("shift", Shift, lambda s, w: w["shift"],
         lambda s, w, i, value, v: update_shift(
             s, SYSTEM, i, ShiftInput(w["election"], "polling_day", date(2009, 1, 31),
                                      clock(6), clock(14), value), expected_version=v),
         field="label"),
    Case("assignment", Assignment, _assignment,
         lambda s, w, i, value, v: update_assignment(
             s, SYSTEM, i, AssignmentInput(w["shift"], "guard", centre_id=w["centre"],
                                           person_id=w["officer"], notes=value),
             expected_version=v), field="notes"),
    Case("user", User, _user,
         lambda s, w, i, value, v: accounts.update_user(
             s, SYSTEM, i, accounts.UserInput(value, "clerk"), expected_version=v),
         field="display_name"),
    Case("meeting save", Meeting, _meeting,
         lambda s, w, i, value, v: _save(s, i, value, v), values=meetings.meeting_values,
         field="subject"),
]


def _stale_edit(db, world, case: Case) -> tuple[StaleRecord, dict[str, Any], int, int, int]:
    """Someone else changes the record; the user's edit on the copy read before is refused
    and leaves everything as it was. Returns the refusal, the record as stored, its id, the
    version seen and the version stored."""
    _WORLD[0] = world
    with db.session() as s:
        record_id = case.make(s, world)
    with db.reader() as s:
        seen = s.get(case.model, record_id).version
    with db.session() as s:
        case.edit(s, world, record_id, "theirs", None)
    before = snapshot(db)
    with pytest.raises(StaleRecord) as caught, db.session() as s:
        case.edit(s, world, record_id, "mine", seen)
    assert snapshot(db) == before
    with db.reader() as s:
        row = s.get(case.model, record_id)
        stored, version = case.values(row), row.version
    assert version != seen
    return caught.value, stored, record_id, seen, version


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_stale_edit_is_refused_and_says_what_is_stored(db, world, case):
    refusal, stored, record_id, seen, version = _stale_edit(db, world, case)
    assert isinstance(refusal, Conflict)  # every caller catching a Conflict still does
    assert refusal.record == case.model.__tablename__ and refusal.record_id == record_id
    assert refusal.stored == stored
    assert (refusal.seen_version, refusal.stored_version) == (seen, version)
    assert "password_hash" not in refusal.stored and "version" not in refusal.stored
    if case.field is not None:
        assert refusal.stored[case.field] == "theirs"
        assert refusal.differences({case.field: "what I read"}) == {
            case.field: ("what I read", "theirs")}
    assert STALE_AR in refusal.message("ar")
    assert "changed by someone else" in refusal.message("en")
    with db.session() as s:  # the same edit on the version now stored goes through
        case.edit(s, world, record_id, "mine", refusal.stored_version)
    if case.field is not None:
        with db.reader() as s:
            assert getattr(s.get(case.model, record_id), case.field) == "mine"


def _case(name: str) -> Case:
    return next(case for case in CASES if case.name == name)


def test_the_refusal_of_a_stale_detachment_names_its_crew_as_stored(db, world):
    refusal, stored, *_ = _stale_edit(db, world, _case("detachment"))
    assert refusal.stored["member_ids"] == [world["officer"]] == stored["member_ids"]


def test_the_refusal_of_stale_minutes_carries_the_minutes_as_stored(db, world):
    refusal, *_ = _stale_edit(db, world, _case("meeting save"))
    assert refusal.stored["subject"] == "theirs"
    assert [a.person_id for a in refusal.stored["attendees"]] == [world["officer"],
                                                                  world["chief"]]
    assert refusal.stored["agenda"][0].title == "حماية مراكز التسجيل"


# ---- the steps of the workflow, and a removal ------------------------------------------------

@dataclass
class Step:
    name: str
    make: Callable[[Session, dict[str, int]], int]
    meanwhile: Callable[[Session, int], Any]  # someone else's change
    act: Callable[[Session, int, int | None], Any]  # the user's step, on the version read
    model: type = Meeting


STEPS = [
    Step("submit", _meeting, lambda s, i: _save(s, i, "theirs", None),
         lambda s, i, v: meetings.submit(s, SYSTEM, i, expected_version=v)),
    Step("approve", _submitted, lambda s, i: _resubmit(s, i, "theirs"),
         lambda s, i, v: minutes.approve(s, COMMANDER, i, expected_version=v)),
    Step("return to draft", _submitted, lambda s, i: _resubmit(s, i, "theirs"),
         lambda s, i, v: meetings.return_to_draft(s, COMMANDER, i, "تصحيح",
                                                  expected_version=v)),
    Step("delete draft", _meeting, lambda s, i: _save(s, i, "theirs", None),
         lambda s, i, v: meetings.delete_draft(s, SYSTEM, i, expected_version=v)),
    Step("unassign", _assignment,
         lambda s, i: update_assignment(s, SYSTEM, i, AssignmentInput(
             _WORLD[0]["shift"], "patrol", centre_id=_WORLD[0]["centre"],
             person_id=_WORLD[0]["officer"])),
         lambda s, i, v: unassign(s, SYSTEM, i, expected_version=v), Assignment),
]


@pytest.mark.parametrize("step", STEPS, ids=[s.name for s in STEPS])
def test_a_step_taken_on_a_stale_copy_is_refused(db, world, step):
    _WORLD[0] = world
    with db.session() as s:
        record_id = step.make(s, world)
    with db.reader() as s:
        seen = s.get(step.model, record_id).version
    with db.session() as s:
        step.meanwhile(s, record_id)
    before = snapshot(db)
    with pytest.raises(StaleRecord) as caught, db.session() as s:
        step.act(s, record_id, seen)
    assert snapshot(db) == before
    with db.reader() as s:
        row = s.get(step.model, record_id)
        values = meetings.meeting_values(row) if step.model is Meeting \
            else validation.stored_values(row)
        assert (caught.value.stored, caught.value.stored_version) == (values, row.version)
        assert caught.value.seen_version == seen
    with db.session() as s:  # on the version now stored, the step is taken
        step.act(s, record_id, caught.value.stored_version)


def test_a_phase_seen_as_missing_is_not_moved_over_once_recorded(db, world):
    with db.session() as s:
        _phase(s, world)
    before = snapshot(db)
    with pytest.raises(StaleRecord) as caught, db.session() as s:
        set_phase(s, SYSTEM, world["election"], "polling_day", date(2009, 1, 31),
                  date(2009, 2, 5), expected_version=0)
    assert snapshot(db) == before
    assert caught.value.stored["ends_on"] == date(2009, 2, 3)
    with db.session() as s:  # none recorded of that kind: 0 is what was seen
        set_phase(s, SYSTEM, world["election"], "after", date(2009, 2, 1), date(2009, 2, 5),
                  expected_version=0)


@pytest.mark.parametrize("bad", [True, "1", 1.0, -1])
def test_a_version_that_is_no_whole_number_is_refused_in_words(db, world, bad):
    before = snapshot(db)
    with pytest.raises(Invalid) as caught, db.session() as s:
        update_vehicle(s, SYSTEM, _vehicle(s, world), VehicleInput("ميسان 1", "pickup"),
                       expected_version=bad)
    assert snapshot(db) == before
    assert caught.value.message("en").startswith("Version must be a whole number")


def test_an_edit_of_a_record_that_is_gone_is_not_found(db, world):
    from desktop.services.errors import NotFound

    with pytest.raises(NotFound), db.session() as s:
        update_vehicle(s, SYSTEM, 999, VehicleInput("ميسان 1", "pickup"), expected_version=1)


# ---- rules kept by updates -----------------------------------------------------------------

def test_the_last_active_administrator_stays_one(db, world):
    with db.session() as s:
        admin = accounts.create_user(s, SYSTEM, "admin", "المدير", "admin")
        s.flush()
        admin_id = admin.id
    before = snapshot(db)
    for change in (accounts.UserInput("المدير", "clerk"),
                   accounts.UserInput("المدير", "admin", active=False)):
        with pytest.raises(Conflict) as caught, db.session() as s:
            accounts.update_user(s, SYSTEM, admin_id, change)
        assert "admin" in caught.value.message("ar")
    assert snapshot(db) == before
    with db.session() as s:
        accounts.create_user(s, SYSTEM, "second", "المدير الثاني", "admin")
    with db.session() as s:
        accounts.update_user(s, SYSTEM, admin_id, accounts.UserInput("المدير", "clerk"))


def test_only_an_administrator_changes_a_user(db, world):
    from desktop.services.errors import Forbidden

    with db.session() as s:
        user_id = _user(s, world)
    with pytest.raises(Forbidden), db.session() as s:
        accounts.update_user(s, Actor(None, "clerk", UserRole.CLERK), user_id,
                             accounts.UserInput("أنا المدير", "admin"))


def test_a_phase_is_not_moved_off_its_shifts(db, world):
    with db.session() as s:
        create_shift(s, SYSTEM, ShiftInput(world["election"], "before", date(2009, 1, 25),
                                           clock(8), clock(16), "وجبة التحضير"))
    before = snapshot(db)
    with pytest.raises(Invalid) as caught, db.session() as s:
        set_phase(s, SYSTEM, world["election"], "before", date(2009, 1, 26), date(2009, 1, 30))
    assert snapshot(db) == before
    assert "وجبة التحضير" in caught.value.message("ar")
    assert "2009-01-25" in caught.value.message("en")
    with db.session() as s:
        set_phase(s, SYSTEM, world["election"], "before", date(2009, 1, 20), date(2009, 1, 30))


def test_an_election_moved_off_its_shifts_is_refused(db, world):
    before = snapshot(db)
    with pytest.raises(Invalid), db.session() as s:
        update_election(s, SYSTEM, world["election"],
                        ElectionInput("انتخابات مجالس المحافظات", "provincial_councils",
                                      date(2009, 2, 7)))
    assert snapshot(db) == before


def test_a_shift_moved_onto_another_duty_of_the_same_person_is_refused(db, world):
    with db.session() as s:
        _assignment(s, world)
        later = create_shift(  # 22:00 to 06:00: after the 06–14 shift and its 8 hours of rest
            s, SYSTEM, ShiftInput(world["election"], "polling_day", date(2009, 1, 31),
                                  clock(22), clock(6), "الوجبة الثانية"))
        s.flush()
        assign(s, SYSTEM, AssignmentInput(later.id, "guard", centre_id=world["centre"],
                                          person_id=world["officer"]))
        later_id = later.id
    before = snapshot(db)
    with pytest.raises(Conflict) as caught, db.session() as s:
        update_shift(s, SYSTEM, later_id, ShiftInput(world["election"], "polling_day",
                                                     date(2009, 1, 31), clock(12), clock(20),
                                                     "الوجبة الثانية"))
    assert snapshot(db) == before
    assert "حسن كاظم جبار" in caught.value.message("ar")


def test_a_newcomer_on_duty_elsewhere_does_not_join_a_detachment_on_duty(db, world):
    from desktop.services.people import create_person

    with db.session() as s:
        squad = create_detachment(s, SYSTEM, DetachmentInput("مفرزة الرسالة", world["command"],
                                                             world["chief"]))
        s.flush()
        assign(s, SYSTEM, AssignmentInput(world["shift"], "guard", centre_id=world["centre"],
                                          detachment_id=squad.id))
        other = create_shift(s, SYSTEM, ShiftInput(world["election"], "polling_day",
                                                   date(2009, 1, 31), clock(10), clock(18),
                                                   "الوجبة الوسطى"))
        s.flush()
        assign(s, SYSTEM, AssignmentInput(other.id, "guard", centre_id=world["centre"],
                                          person_id=world["officer"]))
        newcomer = create_person(s, SYSTEM, PersonInput("علي جاسم"))
        s.flush()
        squad_id, newcomer_id = squad.id, newcomer.id
    before = snapshot(db)
    with pytest.raises(Conflict), db.session() as s:
        update_detachment(s, SYSTEM, squad_id, DetachmentInput(
            "مفرزة الرسالة", world["command"], world["chief"], [world["officer"]]))
    assert snapshot(db) == before
    with db.session() as s:  # someone free joins
        update_detachment(s, SYSTEM, squad_id, DetachmentInput(
            "مفرزة الرسالة", world["command"], world["chief"], [newcomer_id]))
    with db.reader() as s:
        assert [p.id for p in s.get(Detachment, squad_id).members] == [newcomer_id]


# ---- two workstations at once ----------------------------------------------------------------

def test_the_second_of_two_concurrent_edits_is_refused_with_the_first_ones_values(db, world):
    """Both read version 1. The first edits and holds its transaction open; the second edits
    on the same version meanwhile. It must wait and then be refused as stale, with what the
    first stored, not fail at its flush with nothing to show (nor overwrite the first)."""
    with db.reader() as s:
        seen = s.get(Centre, world["centre"]).version
    first_wrote, outcome = threading.Event(), {}

    def edit(name: str) -> None:
        with db.session() as s:
            update_centre(s, SYSTEM, world["centre"], _centre(world, name),
                          expected_version=seen)
            s.flush()
            if name == "first":
                first_wrote.set()
                time.sleep(0.5)  # the second is now waiting on the row

    def second() -> None:
        first_wrote.wait(10)
        try:
            edit("second")
            outcome["second"] = "saved"
        except Exception as error:  # reported to the main thread
            outcome["second"] = error

    worker = threading.Thread(target=second)
    worker.start()
    edit("first")
    worker.join(30)
    refusal = outcome["second"]
    assert isinstance(refusal, StaleRecord), refusal
    assert refusal.stored["name"] == "first" and refusal.stored_version == seen + 1
    with db.reader() as s:
        assert s.get(Centre, world["centre"]).name == "first"


def test_two_administrators_demoting_each_other_at_once_leave_one(db, world, monkeypatch):
    with db.session() as s:
        first = accounts.create_user(s, SYSTEM, "first", "الأول", "admin")
        second = accounts.create_user(s, SYSTEM, "second", "الثاني", "admin")
        s.flush()
        ids = first.id, second.id
    pause_after(monkeypatch, validation, "editable")
    results = race(db, *(lambda s, i=i: accounts.update_user(
        s, SYSTEM, i, accounts.UserInput("كان مديراً", "clerk")) for i in ids))
    assert sorted(kind for kind, _ in results) == ["error", "ok"], results
    assert isinstance(next(r for k, r in results if k == "error"), Conflict)
    with db.reader() as s:
        assert s.scalars(select(User).where(User.role == UserRole.ADMIN)).all()


def test_two_moves_at_once_make_no_loop_in_the_organisation_tree(db, world, monkeypatch):
    from desktop.services.organisations import create_organisation

    with db.session() as s:
        a = create_organisation(s, SYSTEM, OrganisationInput("قسم أ", "section"))
        b = create_organisation(s, SYSTEM, OrganisationInput("قسم ب", "section"))
        s.flush()
        a_id, b_id = a.id, b.id
    pause_after(monkeypatch, validation, "editable")
    results = race(
        db,
        lambda s: update_organisation(s, SYSTEM, a_id, OrganisationInput(
            "قسم أ", "section", parent_id=b_id)),
        lambda s: update_organisation(s, SYSTEM, b_id, OrganisationInput(
            "قسم ب", "section", parent_id=a_id)))
    assert sorted(kind for kind, _ in results) == ["error", "ok"], results
    with db.reader() as s:
        parents = {s.get(Organisation, a_id).parent_id, s.get(Organisation, b_id).parent_id}
    assert None in parents


def test_two_amendments_at_once_make_one_revision(db, world, monkeypatch):
    with db.session() as s:
        meeting_id = _submitted(s, world)
        minutes.approve(s, COMMANDER, meeting_id)
    pause_after(monkeypatch, validation, "editable")
    results = race(db, *(lambda s: minutes.amend(s, SYSTEM, meeting_id) for _ in range(2)))
    assert sorted(kind for kind, _ in results) == ["error", "ok"], results
    assert "Revision 2" in next(r for k, r in results if k == "error").message("en")
    with db.reader() as s:
        assert len(s.scalars(select(Meeting).where(Meeting.supersedes_id == meeting_id))
                   .all()) == 1


def test_a_sitting_started_from_a_draft_being_deleted_is_refused(db, world, monkeypatch):
    """The deletion checks that no later sitting follows the draft; a sitting started from
    it meanwhile must not slip in between and lose its link."""
    with db.session() as s:
        draft = _meeting(s, world)
    meet = meeting_point()  # the deletion past its lock, the new sitting past its reading
    pause_after(monkeypatch, validation, "editable", meet)
    pause_after(monkeypatch, meetings, "_clean", meet)
    results = race(db, lambda s: meetings.delete_draft(s, SYSTEM, draft),
                   lambda s: meetings.new_from_previous(s, SYSTEM, draft))
    with db.reader() as s:
        followers = s.scalars(select(Meeting)).all()
    kinds = [kind for kind, _ in results]
    assert kinds.count("ok") == 1, results
    if kinds[0] == "ok":  # deleted first: the new sitting was refused, nothing points nowhere
        assert followers == []
    else:  # started first: the draft is kept, and the new sitting names it
        assert {m.previous_meeting_id for m in followers} == {None, draft}


# ---- a soak: writer processes, version checks, retry on conflict, nothing lost --------------

RECORDS, WRITERS, UPDATES = 20, 4, 200


def soak_writer(url: str, writer: int, ids: list[int], updates: int) -> dict[str, Any]:
    """One workstation: ``updates`` edits of random vehicles' notes, each on the version it
    read, read again and retried when refused as stale. Returns what the database
    acknowledged, as (record, version, value), and how many edits were refused."""
    db = Database(url)
    rng = random.Random(writer)
    acknowledged: list[tuple[int, int, str]] = []
    refused = 0
    try:
        for number in range(updates):
            record, value = rng.choice(ids), f"w{writer}-{number}"
            while True:
                with db.reader() as s:
                    car = s.get(Vehicle, record)
                    seen, data = car.version, VehicleInput(car.plate, car.kind,
                                                           car.organisation_id, car.status,
                                                           value)
                try:
                    with db.session() as s:
                        saved = update_vehicle(s, SYSTEM, record, data, expected_version=seen)
                    acknowledged.append((record, saved.version, value))
                    break
                except StaleRecord:
                    refused += 1
    finally:
        db.dispose()
    return {"acknowledged": acknowledged, "refused": refused}


def test_a_soak_of_writers_loses_no_acknowledged_update(db, world):
    with db.session() as s:
        cars = [create_vehicle(s, SYSTEM, VehicleInput(f"ميسان {1000 + n}", "pickup"))
                for n in range(RECORDS)]
        s.flush()
        ids = [car.id for car in cars]
    url = db.url.render_as_string(hide_password=False)
    started = time.monotonic()
    with multiprocessing.get_context("spawn").Pool(WRITERS) as pool:
        reports = pool.starmap(soak_writer, [(url, w, ids, UPDATES) for w in range(WRITERS)])
    elapsed = time.monotonic() - started
    acks = [ack for report in reports for ack in report["acknowledged"]]
    assert len(acks) == WRITERS * UPDATES
    assert sum(report["refused"] for report in reports) > 0, "the writers never met"
    with db.reader() as s:
        final = {car.id: (car.version, car.notes) for car in s.scalars(select(Vehicle))}
        history = {}
        for entry in s.scalars(select(AuditEntry).where(
                AuditEntry.entity == "vehicles", AuditEntry.action == "update")
                .order_by(AuditEntry.id)):
            history.setdefault(entry.entity_id, []).append(entry.changes)
    for record in ids:
        mine = sorted((version, value) for r, version, value in acks if r == record)
        versions = [version for version, _ in mine]
        # each acknowledged update made a version of its own, one after the other from 1:
        # none was written over by another that read the same version
        assert versions == list(range(2, 2 + len(mine))), (record, versions)
        # the last acknowledged is the stored state; every earlier one is superseded by it
        assert final[record] == ((versions[-1], mine[-1][1]) if mine else (1, None))
        # and the trail holds every acknowledged value, in the order of the versions
        assert [value for _, value in mine] == [
            json.loads(changes)["notes"][1] for changes in history.get(record, [])]
    assert elapsed < 90, f"the soak took {elapsed:.0f} s"


def test_every_model_keeps_a_version():
    """A record without a version could not be refused as stale: every table the services
    edit has one (the join tables and the written-once logs need none, nor the count of
    wrong passwords, raised by one statement that adds to what is stored)."""
    written_once = {"audit_entries", "readiness_changes", "directive_updates", "change_log",
                    "detachment_members", "sector_areas", "roster_events", "sign_in_failures",
                    "user_visits"}  # each user's own last visit, written by that user alone
    for table in Base.metadata.sorted_tables:
        if table.name not in written_once:
            assert "version" in table.c, table.name
