"""Two workstations racing to put someone on duty: nobody, no detachment and no vehicle ends
up in two overlapping shifts, on PostgreSQL (advisory locks) as on SQLite (one writer).

Each racer works in a thread of its own with a unit of work of its own. The first test is the
plain race: both read what the form shows, meet, then save. The others make the race certain:
each racer, once past its check, waits for the other to be past its own (``pause_after``), so
without the locks both would pass and both would write; with them the second is held before
its check, the first goes on alone after a moment, and the second then reads what it wrote.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from datetime import date, time
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Assignment, Detachment, Person, Shift
from desktop.services import duty
from desktop.services.actor import SYSTEM
from desktop.services.assignments import (
    AssignmentInput,
    DetachmentInput,
    ShiftInput,
    VehicleInput,
    assign,
    create_detachment,
    create_shift,
    create_vehicle,
    update_detachment,
    update_shift,
)
from desktop.services.errors import Conflict
from desktop.services.sites import CentreInput, create_centre
from tests.desktop.factories import basic_world

POLLING = date(2009, 1, 31)


@pytest.fixture
def world(db):
    """The basic world, a second centre, and a second shift overlapping the first (06–14)."""
    with db.session() as s:
        ids = basic_world(s)
        other = create_centre(s, SYSTEM, CentreInput(code="MS-102", name="مدرسة الفرات"))
        late = create_shift(s, SYSTEM, ShiftInput(ids["election"], "polling_day", POLLING,
                                                  time(12), time(20), "الوجبة الثانية"))
        s.flush()
        return ids | {"other_centre": other.id, "late": late.id}


def meeting_point(parties: int = 2) -> threading.Barrier:
    return threading.Barrier(parties)


def pause_after(monkeypatch, module: Any, name: str, barrier: threading.Barrier | None = None,
                seconds: float = 1.0) -> threading.Barrier:
    """Make ``module.name`` wait, once it has run, until the other racers have run theirs (or
    ``seconds`` have passed): where a check is not closed, all racers pass it before any of
    them writes; where it is, the others are held back, and the one waiting goes on alone.
    Racers patched with one ``barrier`` meet each other whichever function each runs."""
    barrier = barrier or meeting_point()
    original = getattr(module, name)

    def paused(*args: Any, **kwargs: Any) -> Any:
        result = original(*args, **kwargs)
        with contextlib.suppress(threading.BrokenBarrierError):
            barrier.wait(seconds)
        return result

    monkeypatch.setattr(module, name, paused)
    return barrier


def race(db, *actions: Callable[[Session], Any]) -> list[tuple[str, Any]]:
    """Run each action in a thread and a unit of work of its own, started together; what each
    ended with: ("ok", its result) or ("error", the error it raised)."""
    start = threading.Barrier(len(actions))
    results: list[tuple[str, Any]] = [("none", None)] * len(actions)

    def run(index: int) -> None:
        start.wait(10)
        try:
            with db.session() as s:
                results[index] = ("ok", actions[index](s))
        except Exception as error:  # reported to the main thread
            results[index] = ("error", error)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(actions))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return results


def one_wins(results: list[tuple[str, Any]]) -> Conflict:
    """Exactly one racer saved; the other was refused as a clash. Returns the refusal."""
    assert sorted(kind for kind, _ in results) == ["error", "ok"], results
    refusal = next(value for kind, value in results if kind == "error")
    assert isinstance(refusal, Conflict), refusal
    return refusal


def _at(shift: int, centre: int, **who: int) -> Callable[[Session], Any]:
    return lambda s: assign(s, SYSTEM, AssignmentInput(shift, "guard", centre_id=centre, **who))


def _duties(db, **where: int) -> list[Assignment]:
    with db.reader() as s:
        stmt = select(Assignment)
        for column, value in where.items():
            stmt = stmt.where(getattr(Assignment, column) == value)
        return list(s.scalars(stmt))


def test_two_workstations_book_one_person_on_overlapping_shifts_and_one_wins(db, world):
    """What the two clerks do: each form reads the shift and the officer, both press save at
    the same moment, each in its own unit of work."""
    meet = meeting_point()
    results: list[Any] = [None, None]

    def clerk(index: int, shift: int, centre: int) -> None:
        with db.reader() as s:  # the form
            s.get(Shift, shift), s.get(Person, world["officer"])
        meet.wait(10)  # both have read before either writes
        try:
            with db.session() as s:
                assign(s, SYSTEM, AssignmentInput(shift, "guard", centre_id=centre,
                                                  person_id=world["officer"]))
            results[index] = ("ok", None)
        except Exception as error:  # reported to the main thread
            results[index] = ("error", error)

    clerks = [threading.Thread(target=clerk, args=(0, world["shift"], world["centre"])),
              threading.Thread(target=clerk, args=(1, world["late"], world["other_centre"]))]
    for thread in clerks:
        thread.start()
    for thread in clerks:
        thread.join(60)
    refusal = one_wins(results)
    assert "overlaps" in refusal.message("en")
    assert len(_duties(db, person_id=world["officer"])) == 1


def test_a_person_is_booked_once_when_both_checks_run_before_either_write(db, world,
                                                                        monkeypatch):
    pause_after(monkeypatch, duty, "person_findings")
    one_wins(race(db, _at(world["shift"], world["centre"], person_id=world["officer"]),
                  _at(world["late"], world["other_centre"], person_id=world["officer"])))
    assert len(_duties(db, person_id=world["officer"])) == 1


def test_a_person_and_their_detachment_are_not_booked_at_once(db, world, monkeypatch):
    with db.session() as s:
        squad = create_detachment(s, SYSTEM, DetachmentInput(
            "مفرزة الرسالة", world["command"], world["chief"], [world["officer"]]))
        s.flush()
        squad_id = squad.id
    meet = pause_after(monkeypatch, duty, "person_findings")
    pause_after(monkeypatch, duty, "detachment_findings", meet)
    refusal = one_wins(race(
        db, _at(world["shift"], world["centre"], detachment_id=squad_id),
        _at(world["late"], world["other_centre"], person_id=world["officer"])))
    assert "حسن كاظم جبار" in refusal.message("ar") or "مفرزة الرسالة" in refusal.message("ar")
    assert len(_duties(db)) == 1


def test_a_vehicle_is_sent_once_when_two_workstations_send_it_at_once(db, world, monkeypatch):
    with db.session() as s:
        car = create_vehicle(s, SYSTEM, VehicleInput("ميسان 1234", "pickup"))
        s.flush()
        car_id = car.id
    pause_after(monkeypatch, duty, "vehicle_findings")
    refusal = one_wins(race(
        db, _at(world["shift"], world["centre"], person_id=world["officer"], vehicle_id=car_id),
        _at(world["late"], world["other_centre"], person_id=world["chief"], vehicle_id=car_id)))
    assert "ميسان 1234" in refusal.message("ar")
    assert len(_duties(db, vehicle_id=car_id)) == 1


def test_a_shift_moved_while_someone_is_put_on_another_does_not_double_book(db, world,
                                                                          monkeypatch):
    """The officer is on the late shift, moved to 15–20 first so it does not overlap the
    first one. One workstation moves it back to 12–20 while another books the officer on
    the first shift: together they would put him in both at 12–14."""
    with db.session() as s:
        update_shift(s, SYSTEM, world["late"], ShiftInput(world["election"], "polling_day",
                                                          POLLING, time(15), time(20),
                                                          "الوجبة الثانية"))
        assign(s, SYSTEM, AssignmentInput(world["late"], "guard", centre_id=world["centre"],
                                          person_id=world["officer"]))
    pause_after(monkeypatch, duty, "person_findings")
    one_wins(race(
        db,
        lambda s: update_shift(s, SYSTEM, world["late"], ShiftInput(
            world["election"], "polling_day", POLLING, time(12), time(20), "الوجبة الثانية")),
        _at(world["shift"], world["other_centre"], person_id=world["officer"])))
    with db.reader() as s:
        late = s.get(Shift, world["late"])
        on_first = _duties(db, shift_id=world["shift"], person_id=world["officer"])
        assert late.starts_at == time(15) or not on_first


def test_a_newcomer_joins_a_detachment_on_duty_or_goes_on_duty_alone_not_both(db, world,
                                                                            monkeypatch):
    with db.session() as s:
        squad = create_detachment(s, SYSTEM, DetachmentInput(
            "مفرزة الرسالة", world["command"], world["chief"]))
        s.flush()
        assign(s, SYSTEM, AssignmentInput(world["shift"], "guard", centre_id=world["centre"],
                                          detachment_id=squad.id))
        squad_id = squad.id
    meet = pause_after(monkeypatch, duty, "person_findings")
    pause_after(monkeypatch, duty, "detachment_findings", meet)
    one_wins(race(
        db,
        lambda s: update_detachment(s, SYSTEM, squad_id, DetachmentInput(
            "مفرزة الرسالة", world["command"], world["chief"], [world["officer"]])),
        _at(world["late"], world["other_centre"], person_id=world["officer"])))
    with db.reader() as s:
        joined = world["officer"] in [p.id for p in s.get(Detachment, squad_id).members]
    alone = _duties(db, person_id=world["officer"])
    assert joined != bool(alone)
