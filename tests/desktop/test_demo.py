"""The demo data: the seed set as the seed texts tell it, reproducible, refused, cancellable."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.demo import Cancelled, load_demo
from desktop.demo.loader import run
from desktop.demo.national import NationalSet
from desktop.models import (
    Assignment,
    Attendance,
    Base,
    Centre,
    CentreKind,
    Directive,
    Meeting,
    MeetingStatus,
    Person,
    User,
)
from desktop.services.errors import Conflict
from desktop.services.minutes import fingerprint
from desktop.storage.database import Database
from desktop.text.arabic import normalise
from tests.desktop.factories import row_counts


def _snapshot(db: Database) -> dict[str, list[tuple]]:
    with db.reader() as session:
        return {
            table.name: [tuple(row) for row in session.execute(
                select(table).order_by(*table.primary_key.columns))]
            for table in Base.metadata.sorted_tables
        }


def test_seed_set_tells_the_seed_texts(db: Database) -> None:
    steps: list[tuple[int, int, str]] = []
    counts = load_demo(db, progress=lambda done, total, what: steps.append((done, total, what)))
    assert counts["centres"] == 34 and counts["people"] > 300
    assert len(steps) >= 10 and steps[-1][0] == steps[-1][1]
    with db.reader() as session:
        registration = session.scalars(select(Centre).where(
            Centre.kind == CentreKind.REGISTRATION, Centre.code.like("MS-%"))).all()
        assert len(registration) == 22
        assert sum(c.area.name_ar == "العمارة" for c in registration) == 10
        meeting = session.scalars(select(Meeting).where(
            Meeting.status == MeetingStatus.APPROVED)).one()
        assert meeting.chair.full_name_ar == "سعد علي حربيه"
        assert meeting.approved_at is not None
        approver = session.get(User, meeting.approved_by_id)
        assert approver is not None and approver.username == "commander"
        names = [a.person.full_name_ar for a in meeting.attendances]
        assert names[:2] == ["سعد علي حربيه", "جعفر كاظم"]
        assert any(a.represents and a.represents.name_ar == "اللواء 38"
                   for a in meeting.attendances)
        texts = [d.text for d in meeting.directives]
        assert "إعداد خطة أمنية جديدة خاصة تضمن نجاح عملية الانتخابات القادمة" in texts
        assert all(d.due_date for d in meeting.directives if d.kind != "note")
        assert normalise("جعفر كاظم") in meeting.search_key  # an attendee finds it
        assert meeting.fingerprint is not None and len(meeting.fingerprint) == 64
        assert meeting.fingerprint == fingerprint(meeting)  # sealed as an approval seals
        conference = session.scalars(select(Meeting).where(Meeting.id != meeting.id)).one()
        assert conference.chair.full_name_ar == "صباح سعيد محسن الفتلاوي"
        assert session.scalar(select(func.count()).select_from(Attendance).where(
            Attendance.meeting_id == conference.id)) >= 15
        chief = session.scalars(select(Person).where(
            Person.full_name_ar == "سعد علي حربيه")).one()
        assert chief.staff_qualified and chief.rank.name_ar == "عميد"
        assert normalise("قائد شرطة ميسان") in chief.search_key
        numbered = session.execute(select(Person.force_id, Person.service_number).where(
            Person.service_number.is_not(None))).all()
        assert len(numbered) == len(set(numbered))
        assert session.scalar(select(func.count()).select_from(Directive)) >= 10


def test_every_centre_is_guarded_in_every_shift_without_double_booking(db: Database) -> None:
    load_demo(db)
    with db.reader() as session:
        rows = session.execute(select(
            Assignment.shift_id, Assignment.centre_id, Assignment.role,
            Assignment.person_id, Assignment.vehicle_id)).all()
    commanders = Counter((s, c) for s, c, role, _, _ in rows if role == "centre_commander")
    assert commanders and set(commanders.values()) == {1}
    people = [(s, p) for s, _, _, p, _ in rows if p is not None]
    vehicles = [(s, v) for s, _, _, _, v in rows if v is not None]
    assert len(people) == len(set(people)) and len(vehicles) == len(set(vehicles))


def test_the_same_seed_gives_the_same_rows(sqlite_template: Path, tmp_path: Path) -> None:
    snapshots = []
    for name in ("one", "two"):
        file = tmp_path / f"{name}.sqlite3"
        shutil.copy(sqlite_template, file)
        db = Database(f"sqlite:///{file}")
        load_demo(db, seed=7)
        snapshots.append(_snapshot(db))
        db.dispose()
    assert snapshots[0] == snapshots[1]


def test_a_second_load_is_refused_unless_forced(db: Database) -> None:
    load_demo(db)
    with db.reader() as session:
        before = row_counts(session)
    with pytest.raises(Conflict):
        load_demo(db)
    with db.reader() as session:
        assert row_counts(session) == before
    with pytest.raises(Conflict) as caught:  # the seed set names real people: never twice
        load_demo(db, force=True, seed=11)
    assert "already in this database" in caught.value.message("en")
    with db.reader() as session:
        assert row_counts(session) == before


def test_a_forced_load_adds_the_demo_beside_other_data(db: Database) -> None:
    from desktop.services.actor import SYSTEM
    from desktop.services.people import PersonInput, create_person

    with db.session() as session:
        create_person(session, SYSTEM, PersonInput("شخص سابق للبيانات التجريبية"))
    with pytest.raises(Conflict):
        load_demo(db)
    added = load_demo(db, force=True)
    assert added["people"] > 300 and added["meetings"] == 2


def test_a_cancelled_load_writes_nothing(db: Database) -> None:
    with db.reader() as session:
        before = row_counts(session)
    calls = []

    def stop() -> bool:
        calls.append(1)
        return len(calls) > 5

    with pytest.raises(Cancelled):
        load_demo(db, cancelled=stop)
    with db.reader() as session:
        assert row_counts(session) == before


def test_a_small_national_set_has_the_national_shape(db: Database) -> None:
    counts = run(db, NationalSet(size=0.02), seed=3, force=False,
                 progress=lambda *_: None, cancelled=lambda: False)
    assert counts["centres"] >= 18 * 4 and counts["assignments"] > counts["centres"]
    assert counts["users"] == 5  # the program can be signed in to on the national set too
    with db.reader() as session:
        rows = session.execute(select(Assignment.shift_id, Assignment.person_id).where(
            Assignment.person_id.is_not(None))).all()
        assert len(rows) == len(set(rows))
        numbers = session.execute(select(Person.force_id, Person.service_number)).all()
        assert len(numbers) == len(set(numbers))
