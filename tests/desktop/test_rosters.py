"""A shift's duty roster on both engines: a draft until the commander publishes it; once
published, every change is a confirmed amendment (recorded, the revision raised so the
documents are printed again); withdrawn only by the commander, with a reason, recorded;
never published unread or while an assignment breaks a rule."""

from __future__ import annotations

import json
import time as clock
from datetime import datetime, time

import pytest
from sqlalchemy import func, select

from desktop.models import Assignment, RosterAction, RosterEvent, RosterStatus, Shift
from desktop.services import duty, permissions
from desktop.services.actor import SYSTEM
from desktop.services.assignment_checks import roster_findings
from desktop.services.assignments import (
    AssignmentInput,
    DetachmentInput,
    ShiftInput,
    assign,
    check_assignment,
    set_pinned,
    unassign,
    update_assignment,
    update_detachment,
    update_shift,
)
from desktop.services.availability import UnavailabilityInput, mark_unavailable
from desktop.services.errors import Conflict, Forbidden, Invalid, StaleRecord
from desktop.services.findings import ERROR, WARNING, Rule
from desktop.services.rosters import history, publish_roster, roster_state, withdraw_roster
from tests.desktop.roster_world import CLERK, COMMANDER, POLLING, STAFF, roster_world
from tests.desktop.test_services import refused
from tests.desktop.test_shift_races import pause_after, race


@pytest.fixture
def world(db):
    with db.session() as s:
        ids = roster_world(s)
        for who, centre in (("officer", "centre"), ("guard", "school")):
            assign(s, SYSTEM, AssignmentInput(ids["shift"], "guard", centre_id=ids[centre],
                                              person_id=ids[who]))
        return ids


def _publish(db, shift: int) -> Shift:
    with db.session() as s:
        return publish_roster(s, COMMANDER, shift)


def _events(db, shift: int) -> list[RosterEvent]:
    with db.reader() as s:
        return history(s, shift)


def _count(db, model) -> int:
    with db.reader() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_the_commander_publishes_a_roster_and_nobody_else(db, world):
    for actor in (STAFF, CLERK):
        error = refused(db, lambda s, actor=actor: publish_roster(s, actor, world["shift"]),
                        Forbidden)
        assert "commander" in error.message("en")
    published = _publish(db, world["shift"])
    assert published.roster_status is RosterStatus.PUBLISHED and published.roster_revision == 1
    assert published.published_by == "commander" and published.published_at is not None
    [event] = _events(db, world["shift"])
    assert (event.action, event.revision, event.username) == (RosterAction.PUBLISHED, 1,
                                                             "commander")
    assert json.loads(event.changes) == {"assignments": 2}
    error = refused(db, lambda s: publish_roster(s, COMMANDER, world["shift"]), Conflict)
    assert "already" in error.message("en")


def test_what_each_role_may_do_with_a_roster(db, world):
    draft, published = RosterStatus.DRAFT, RosterStatus.PUBLISHED
    assert permissions.roster_steps(STAFF, draft) == {
        "assign": True, "amend": False, "pin": True, "publish": False, "withdraw": False,
        "print": True}
    assert permissions.roster_steps(COMMANDER, published) == {
        "assign": False, "amend": True, "pin": True, "publish": False, "withdraw": True,
        "print": True}
    assert not any(permissions.roster_steps(CLERK, draft)[k] for k in ("assign", "publish"))
    assert not any(permissions.roster_steps(None, None).values())


def test_a_published_roster_is_changed_only_by_a_confirmed_amendment(db, world):
    _publish(db, world["shift"])
    wanted = AssignmentInput(world["shift"], "guard", centre_id=world["other_centre"],
                             person_id=world["chief"])
    with db.reader() as s:
        [frozen] = check_assignment(s, wanted)
        [noted] = check_assignment(s, wanted, amend=True)
    assert (frozen.severity, frozen.rule, frozen.refusal) == (ERROR, Rule.PUBLISHED, Forbidden)
    assert (noted.severity, noted.rule) == (WARNING, Rule.PUBLISHED)
    assert "الوجبة الأولى" in frozen.message("ar")
    refused(db, lambda s: assign(s, SYSTEM, wanted), Forbidden)
    with db.session() as s:
        made = assign(s, STAFF, wanted, amend=True)
        s.flush()
        made_id = made.id
    state = _state(db, world["shift"])
    assert state.status is RosterStatus.PUBLISHED and state.revision == 2
    event = _events(db, world["shift"])[-1]
    assert (event.action, event.revision, event.username, event.assignment_id) == (
        RosterAction.AMENDED, 2, "staff", made_id)
    change = json.loads(event.changes)
    assert change["change"] == "assigned" and change["person"] == "سعد علي حربيه"
    assert change["place"] == "مدرسة الفرات"


def _state(db, shift: int):
    with db.reader() as s:
        return roster_state(s, shift)


def test_one_unit_of_work_is_one_revision_and_each_unit_another(db, world):
    _publish(db, world["shift"])
    with db.reader() as s:
        ids = list(s.scalars(select(Assignment.id).where(Assignment.shift_id == world["shift"])
                             .order_by(Assignment.id)))
    with db.session() as s:
        for id_ in ids:
            unassign(s, STAFF, id_, amend=True)
    assert _state(db, world["shift"]).revision == 2
    amended = [e for e in _events(db, world["shift"]) if e.action is RosterAction.AMENDED]
    assert [e.revision for e in amended] == [2, 2]
    taken_off = [json.loads(e.changes) for e in amended]
    assert {c["person"] for c in taken_off} == {"حسن كاظم جبار", "علي حسين كريم"}
    assert all(c["change"] == "unassigned" and c["shift"] == "الوجبة الأولى" for c in taken_off)
    with db.session() as s:
        assign(s, STAFF, AssignmentInput(world["shift"], "guard", centre_id=world["centre"],
                                         person_id=world["officer"]), amend=True)
    assert _state(db, world["shift"]).revision == 3


def test_moving_off_a_published_roster_is_an_amendment_of_it(db, world):
    _publish(db, world["shift"])
    with db.reader() as s:
        mine = s.scalars(select(Assignment).where(
            Assignment.person_id == world["officer"])).one().id
    moved = AssignmentInput(world["night"], "guard", centre_id=world["centre"],
                            person_id=world["officer"])
    refused(db, lambda s: update_assignment(s, SYSTEM, mine, moved), Forbidden)
    with db.session() as s:
        update_assignment(s, SYSTEM, mine, moved, amend=True)
    change = json.loads(_events(db, world["shift"])[-1].changes)
    assert change["before"]["shift"] == "الوجبة الأولى"
    assert change["after"]["shift"] == "الوجبة الثالثة"
    assert _events(db, world["night"]) == []  # a draft has no history of amendments


def test_pinning_is_not_an_amendment(db, world):
    _publish(db, world["shift"])
    with db.reader() as s:
        mine = s.scalars(select(Assignment.id).where(Assignment.shift_id == world["shift"])).first()
    with db.session() as s:
        set_pinned(s, STAFF, mine, True)
    assert _state(db, world["shift"]).revision == 1


def test_the_hours_of_a_published_shift_move_only_by_an_amendment(db, world):
    _publish(db, world["shift"])
    earlier = ShiftInput(world["election"], "polling_day", POLLING, time(5), time(13),
                         "الوجبة الأولى")
    refused(db, lambda s: update_shift(s, SYSTEM, world["shift"], earlier), Forbidden)
    with db.session() as s:
        update_shift(s, SYSTEM, world["shift"], earlier, amend=True)
    event = _events(db, world["shift"])[-1]
    assert event.revision == 2 and json.loads(event.changes)["starts_at"] == ["06:00:00",
                                                                               "05:00:00"]


def test_a_crew_changed_on_a_published_roster_is_an_amendment_a_rename_is_not(db, world):
    with db.session() as s:
        s.execute(Assignment.__table__.delete().where(Assignment.person_id == world["officer"]))
        assign(s, SYSTEM, AssignmentInput(world["shift"], "guard", post_id=world["checkpoint"],
                                          detachment_id=world["squad"]))
    _publish(db, world["shift"])
    renamed = DetachmentInput("مفرزة الرسالة الأولى", world["amarah"], world["chief"],
                              [world["officer"]])
    with db.session() as s:
        update_detachment(s, SYSTEM, world["squad"], renamed)
    assert _state(db, world["shift"]).revision == 1
    grown = DetachmentInput("مفرزة الرسالة الأولى", world["amarah"], world["chief"],
                            [world["officer"], world["stranger"]])
    refused(db, lambda s: update_detachment(s, SYSTEM, world["squad"], grown), Forbidden)
    with db.session() as s:
        update_detachment(s, SYSTEM, world["squad"], grown, amend=True)
    event = _events(db, world["shift"])[-1]
    assert event.revision == 2
    assert json.loads(event.changes)["member_ids"] == [[world["officer"]],
                                                      [world["officer"], world["stranger"]]]


def test_a_roster_is_withdrawn_only_by_the_commander_with_a_reason(db, world):
    _publish(db, world["shift"])
    refused(db, lambda s: withdraw_roster(s, STAFF, world["shift"], "إعادة توزيع"), Forbidden)
    refused(db, lambda s: withdraw_roster(s, COMMANDER, world["shift"], "  "), Invalid)
    with db.session() as s:
        withdrawn = withdraw_roster(s, COMMANDER, world["shift"], "إعادة توزيع القاطع")
        assert withdrawn.roster_status is RosterStatus.DRAFT and withdrawn.published_at is None
    event = _events(db, world["shift"])[-1]
    assert (event.action, event.reason, event.revision) == (
        RosterAction.WITHDRAWN, "إعادة توزيع القاطع", 1)
    refused(db, lambda s: withdraw_roster(s, COMMANDER, world["shift"], "مرة ثانية"), Conflict)
    # a draft again: changed without amendment, then published as the next revision
    with db.session() as s:
        assign(s, STAFF, AssignmentInput(world["shift"], "guard",
                                         centre_id=world["other_centre"],
                                         person_id=world["chief"]))
    assert _publish(db, world["shift"]).roster_revision == 2
    assert [e.action for e in _events(db, world["shift"])] == [
        RosterAction.PUBLISHED, RosterAction.WITHDRAWN, RosterAction.PUBLISHED]


def test_a_roster_is_not_published_while_an_assignment_breaks_a_rule(db, world):
    with db.session() as s:  # the officer fell sick after being put on duty
        mark_unavailable(s, SYSTEM, UnavailabilityInput(
            world["officer"], "sickness", datetime(2009, 1, 31), datetime(2009, 2, 2)))
    with db.reader() as s:
        found = roster_findings(s, world["shift"])
    [(broken, [finding])] = found.items()
    assert finding.rule is Rule.UNAVAILABLE
    error = refused(db, lambda s: publish_roster(s, COMMANDER, world["shift"]), Invalid)
    assert "حسن كاظم جبار" in error.message("ar") and "1" in error.message("ar")
    assert "2009-02-02 00:00" in error.message("en")
    with db.session() as s:
        unassign(s, STAFF, broken)
    _publish(db, world["shift"])


def test_a_roster_changed_since_the_commander_reviewed_it_is_not_published(db, world):
    with db.reader() as s:
        seen = {id_: version for id_, version in s.execute(
            select(Assignment.id, Assignment.version)
            .where(Assignment.shift_id == world["shift"]))}
        version = s.get(Shift, world["shift"]).version
    with db.session() as s:  # another workstation, meanwhile
        assign(s, STAFF, AssignmentInput(world["shift"], "guard",
                                         centre_id=world["other_centre"],
                                         person_id=world["chief"]))
    error = refused(db, lambda s: publish_roster(s, COMMANDER, world["shift"],
                                                 expected_version=version, seen=seen), Conflict)
    assert "1 added, 0 taken off, 0 changed" in error.message("en")
    with db.session() as s:
        update_shift(s, SYSTEM, world["shift"], ShiftInput(
            world["election"], "polling_day", POLLING, time(6), time(14), "الوجبة الصباحية"))
    refused(db, lambda s: publish_roster(s, COMMANDER, world["shift"],
                                         expected_version=version), StaleRecord)
    assert _state(db, world["shift"]).status is RosterStatus.DRAFT


def test_publishing_is_told_to_every_view(db, world):
    heard = []
    db.changes.subscribe(heard.append)
    published = _publish(db, world["shift"])
    deadline = clock.monotonic() + 5
    while not heard and clock.monotonic() < deadline:
        clock.sleep(0.01)
    notice = heard[-1]
    assert world["shift"] in notice.ids("shifts")
    assert notice.versions["shifts"][world["shift"]] == published.version
    assert notice.ids("roster_events")


def test_publishing_and_assigning_at_once_never_leave_an_unrecorded_change(db, world,
                                                                        monkeypatch):
    """The commander publishes while a staff officer puts someone on the shift: either the
    assignment came first and is in the published roster, or it is refused as a change of a
    published roster. Never saved after the publication without an amendment."""
    pause_after(monkeypatch, duty, "person_findings")
    results = race(db, lambda s: publish_roster(s, COMMANDER, world["shift"]),
                   lambda s: assign(s, STAFF, AssignmentInput(
                       world["shift"], "guard", centre_id=world["other_centre"],
                       person_id=world["chief"])))
    (published_kind, _), (assigned_kind, assigned) = results
    assert published_kind == "ok"
    [event] = _events(db, world["shift"])
    on_it = _count(db, Assignment)
    assert json.loads(event.changes)["assignments"] == on_it
    assert assigned_kind == "ok" or isinstance(assigned, Forbidden)


def test_an_amendment_is_told_with_the_shift_its_revision_raised(db, world):
    _publish(db, world["shift"])
    heard = []
    db.changes.subscribe(heard.append)
    with db.session() as s:
        made = assign(s, STAFF, AssignmentInput(world["shift"], "guard",
                                                centre_id=world["other_centre"],
                                                person_id=world["chief"]), amend=True)
        s.flush()
        made_id = made.id
    deadline = clock.monotonic() + 5
    while not heard and clock.monotonic() < deadline:
        clock.sleep(0.01)
    [notice] = heard
    with db.reader() as s:
        version = s.get(Shift, world["shift"]).version
    assert made_id in notice.ids("assignments") and notice.ids("roster_events")
    assert notice.versions["shifts"][world["shift"]] == version
    assert notice.user == "staff"
