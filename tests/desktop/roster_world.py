"""A small room for the roster tests: two police sections, a sector held by the first, centres
in and out of it, a post, people of both sections, a vehicle, and polling day's shifts.

Made through the services, as the other factories are."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy.orm import Session

from desktop.models import UserRole
from desktop.services.actor import SYSTEM, Actor
from desktop.services.assignments import (
    AssignmentInput,
    DetachmentInput,
    ShiftInput,
    VehicleInput,
    assign,
    create_detachment,
    create_shift,
    create_vehicle,
)
from desktop.services.organisations import OrganisationInput, create_organisation
from desktop.services.people import PersonInput, create_person
from desktop.services.sites import (
    CentreInput,
    PostInput,
    SectorInput,
    create_centre,
    create_post,
    create_sector,
)
from tests.desktop.factories import basic_world

POLLING = date(2009, 1, 31)
COMMANDER = Actor(None, "commander", UserRole.COMMANDER)
STAFF = Actor(None, "staff", UserRole.STAFF_OFFICER)
CLERK = Actor(None, "clerk", UserRole.CLERK)


def roster_world(session: Session) -> dict[str, int]:
    """The basic world (polling day's 06–14 shift is ``shift``) and, besides:

    - ``amarah``, ``kahla``: police sections under the command; ``amarah_div``: a division of
      the first; ``sector``: a sector held by ``amarah``, where ``school`` stands;
    - ``guard`` (of ``amarah_div``), ``stranger`` (of ``kahla``);
    - ``checkpoint``: a post; ``car``: a pickup; ``squad``: a detachment (leader ``chief``,
      member ``officer``) of ``amarah``;
    - shifts of polling day: ``late`` 12–20 (overlaps ``shift``), ``night`` 22–06 (8 hours
      after ``shift`` ends), ``evening`` 18–23 (4 hours after)."""
    ids = basic_world(session)
    amarah = create_organisation(session, SYSTEM, OrganisationInput(
        "قسم شرطة العمارة", "section", parent_id=ids["command"]))
    kahla = create_organisation(session, SYSTEM, OrganisationInput(
        "قسم شرطة الكحلاء", "section", parent_id=ids["command"]))
    session.flush()
    division = create_organisation(session, SYSTEM, OrganisationInput(
        "شعبة حماية المراكز", "division", parent_id=amarah.id))
    session.flush()
    sector = create_sector(session, SYSTEM, SectorInput("قاطع العمارة", amarah.id))
    session.flush()
    school = create_centre(session, SYSTEM, CentreInput(
        code="MS-103", name="مدرسة الجاحظ", sector_id=sector.id))
    other = create_centre(session, SYSTEM, CentreInput(code="MS-102", name="مدرسة الفرات"))
    checkpoint = create_post(session, SYSTEM, PostInput("سيطرة المدخل الشمالي", "checkpoint"))
    guard = create_person(session, SYSTEM, PersonInput(
        "علي حسين كريم", service_number="3003", organisation_id=division.id))
    stranger = create_person(session, SYSTEM, PersonInput(
        "مهدي صالح عباس", service_number="4004", organisation_id=kahla.id))
    car = create_vehicle(session, SYSTEM, VehicleInput("ميسان 1234", "pickup"))
    session.flush()
    squad = create_detachment(session, SYSTEM, DetachmentInput(
        "مفرزة الرسالة", amarah.id, ids["chief"], [ids["officer"]]))
    shifts = {name: create_shift(session, SYSTEM, ShiftInput(
        ids["election"], "polling_day", POLLING, time(start), time(end), label))
        for name, start, end, label in (("late", 12, 20, "الوجبة الثانية"),
                                        ("night", 22, 6, "الوجبة الثالثة"),
                                        ("evening", 18, 23, "الوجبة المسائية"))}
    session.flush()
    return ids | {name: shift.id for name, shift in shifts.items()} | {
        "amarah": amarah.id, "kahla": kahla.id, "amarah_div": division.id,
        "sector": sector.id, "school": school.id, "other_centre": other.id,
        "checkpoint": checkpoint.id, "guard": guard.id, "stranger": stranger.id,
        "car": car.id, "squad": squad.id}


def place(db, w: dict[str, int], **where) -> int:
    """One assignment in the world, saved: of the shift ``shift`` as a guard unless told."""
    with db.session() as session:
        made = assign(session, SYSTEM, AssignmentInput(where.pop("shift", w["shift"]),
                                                       where.pop("role", "guard"), **where))
        session.flush()
        return made.id
