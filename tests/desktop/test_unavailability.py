"""People's periods of unavailability on both engines: recorded, changed and removed with the
version the user saw, bad input refused with nothing written, and the duties a new period
leaves to replace named."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from desktop.models import AuditEntry, Unavailability, UnavailabilityKind
from desktop.services.actor import SYSTEM
from desktop.services.assignments import AssignmentInput, assign
from desktop.services.availability import (
    UnavailabilityInput,
    duties_during,
    mark_unavailable,
    periods,
    remove_unavailability,
    update_unavailability,
)
from desktop.services.errors import Forbidden, Invalid, NotFound, StaleRecord
from tests.desktop.roster_world import CLERK, STAFF, roster_world
from tests.desktop.test_services import refused

MORNING = datetime(2009, 1, 31, 8)
EVENING = datetime(2009, 1, 31, 20)


@pytest.fixture
def world(db):
    with db.session() as s:
        return roster_world(s)


def _mark(db, world, **changes) -> int:
    data = UnavailabilityInput(world["officer"], "sickness", MORNING, EVENING, "حمى")
    for key, value in changes.items():
        setattr(data, key, value)
    with db.session() as s:
        return mark_unavailable(s, STAFF, data).id


def test_a_period_is_recorded_changed_and_removed(db, world):
    record = _mark(db, world)
    with db.reader() as s:
        stored = s.get(Unavailability, record)
        assert (stored.kind, stored.reason, stored.version) == (UnavailabilityKind.SICKNESS,
                                                                "حمى", 1)
    with db.session() as s:
        update_unavailability(s, STAFF, record, UnavailabilityInput(
            world["guard"], "Leave", MORNING, datetime(2009, 2, 3)), expected_version=1)
    with db.reader() as s:
        stored = s.get(Unavailability, record)
        assert (stored.person_id, stored.kind, stored.reason) == (
            world["guard"], UnavailabilityKind.LEAVE, None)  # the kind by its label
    refused(db, lambda s: remove_unavailability(s, STAFF, record, expected_version=1),
            StaleRecord)
    with db.session() as s:
        remove_unavailability(s, STAFF, record, expected_version=2)
    with db.reader() as s:
        assert s.get(Unavailability, record) is None
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "unavailabilities",
                                                   AuditEntry.action == "delete")).one()
        kept = json.loads(entry.changes)  # every column's old value, as [old, None]
        assert kept["person_id"] == [world["guard"], None] and kept["kind"] == ["leave", None]


@pytest.mark.parametrize("changes, error", [
    ({"ends_at": MORNING}, Invalid),  # no length
    ({"ends_at": datetime(2009, 1, 30)}, Invalid),  # ends before it starts
    ({"starts_at": date(2009, 1, 31)}, Invalid),  # a day is not a moment
    ({"starts_at": MORNING.replace(tzinfo=UTC)}, Invalid),  # a zone the columns do not keep
    ({"starts_at": None}, Invalid),
    ({"kind": "holiday"}, Invalid),
    ({"person_id": 999_999}, NotFound),
    ({"person_id": "2"}, Invalid),
    ({"reason": "x" * 501}, Invalid),
])
def test_a_bad_period_is_refused_and_nothing_written(db, world, changes, error):
    data = UnavailabilityInput(world["officer"], "leave", MORNING, EVENING)
    for key, value in changes.items():
        setattr(data, key, value)
    refused(db, lambda s: mark_unavailable(s, STAFF, data), error)


def test_only_who_plans_the_deployment_marks_people_unavailable(db, world):
    data = UnavailabilityInput(world["officer"], "leave", MORNING, EVENING)
    refused(db, lambda s: mark_unavailable(s, CLERK, data), Forbidden)
    record = _mark(db, world)
    refused(db, lambda s: update_unavailability(s, CLERK, record, data), Forbidden)
    refused(db, lambda s: remove_unavailability(s, CLERK, record), Forbidden)
    refused(db, lambda s: remove_unavailability(s, STAFF, 999_999), NotFound)


def test_a_period_over_duties_already_given_is_recorded_and_names_them(db, world):
    with db.session() as s:
        alone = assign(s, SYSTEM, AssignmentInput(world["shift"], "guard",
                                                  centre_id=world["centre"],
                                                  person_id=world["officer"])).id
        squad = assign(s, SYSTEM, AssignmentInput(world["night"], "guard",
                                                  centre_id=world["other_centre"],
                                                  detachment_id=world["squad"])).id
    _mark(db, world, ends_at=datetime(2009, 2, 1, 1))  # 08:00 until 01:00 the next night
    with db.reader() as s:
        found = duties_during(s, world["officer"], MORNING, datetime(2009, 2, 1, 1))
        assert [a.id for a in found] == [alone, squad]
        assert duties_during(s, world["officer"], datetime(2009, 2, 1, 6),
                             datetime(2009, 2, 1, 9)) == []
        assert [p.reason for p in periods(s, [world["officer"]], MORNING, EVENING)] == ["حمى"]
