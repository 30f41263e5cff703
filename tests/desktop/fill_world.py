"""A small room for the fill-the-gaps tests, made through the services.

Two commands under the ministry: Maysan with the sections of Amarah (``s1``) and Kahla
(``s2``), Dhi Qar with one section (``s3``); a sector held by each (``sec1``..``sec3``); the
whole rank list. Polling day's ``day`` shift (06–14) is the one filled; ``evening`` (14–22,
no rest after ``day``), ``late`` (12–20, overlapping it) and ``before`` (two days earlier)
carry duties that rule people and vehicles out or give them hours (``g3``..``g5`` have done
``before``).

Centres of the election (minimums set small: low 2, high 3 and a vehicle, critical 3, a
vehicle and rapid-response cover): ``c_high`` and ``c_low`` in ``sec1``, ``c_crit`` in
``sec2``, ``c_far`` in ``sec3``. Posts: a checkpoint of ``sec1``, a rapid-response post of
``sec2``.

People (``guards`` of each section by rank, ``officers`` who may command a centre):
- of ``s1``: captains ``cap1``, ``cap2``, a lieutenant ``lt1``, a brigadier ``brig``; guards
  ``g1``..``g8`` (``g1``, ``g2`` of home sector ``sec1``); ``sick`` (on leave over the day),
  ``gone`` (no longer active), ``tired`` (on the ``evening`` shift), ``busy`` (on ``late``);
- of ``s2``: a major ``maj2``; guards ``k1``..``k4``; a detachment ``team`` (leader ``t0``,
  members ``t1``, ``t2``);
- of ``s3``: a captain ``cap3``; guards ``d1``..``d3``;
- ``judge``, of no rank.
Vehicles: ``v1`` (s1), ``v_shop`` (s1, in maintenance), ``v_late`` (s1, on ``late``), ``v2``
(s2).
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy.orm import Session

from desktop.demo.ranks import RANKS
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
)
from desktop.services.availability import UnavailabilityInput, mark_unavailable
from desktop.services.elections import ElectionInput, create_election
from desktop.services.organisations import OrganisationInput, create_organisation
from desktop.services.people import PersonInput, add_rank, create_person
from desktop.services.sites import (
    CentreInput,
    CommissionFacts,
    MinimumInput,
    PostInput,
    SectorInput,
    create_centre,
    create_post,
    create_sector,
    record_for_election,
    set_minimum,
)

POLLING = date(2009, 1, 31)


def fill_world(session: Session) -> dict[str, int]:
    ids: dict[str, int] = {}

    def org(key: str, name: str, kind: str, parent: str | None = None) -> None:
        ids[key] = create_organisation(session, SYSTEM, OrganisationInput(
            name, kind, parent_id=ids[parent] if parent else None)).id
        session.flush()

    org("moi", "وزارة الداخلية", "ministry")
    org("maysan", "قيادة شرطة ميسان", "command", "moi")
    org("dhiqar", "قيادة شرطة ذي قار", "command", "moi")
    org("s1", "قسم شرطة العمارة", "section", "maysan")
    org("s2", "قسم شرطة الكحلاء", "section", "maysan")
    org("s3", "قسم شرطة الناصرية", "section", "dhiqar")
    ranks = {}
    for seniority, (name_ar, name_en, _) in enumerate(RANKS, start=1):
        ranks[name_ar] = add_rank(session, SYSTEM, name_ar, seniority, name_en).id
    session.flush()
    for key, holder in (("sec1", "s1"), ("sec2", "s2"), ("sec3", "s3")):
        ids[key] = create_sector(session, SYSTEM, SectorInput(f"قاطع {key}", ids[holder])).id
    session.flush()
    ids["election"] = create_election(session, SYSTEM, ElectionInput(
        "انتخابات مجالس المحافظات", "provincial_councils", POLLING)).id
    session.flush()
    for risk, minimum in (("low", MinimumInput(2, 0, False)), ("high", MinimumInput(3, 1, False)),
                          ("critical", MinimumInput(3, 1, True))):
        set_minimum(session, SYSTEM, risk, minimum)
    for key, code, sector, risk in (("c_high", "MS-101", "sec1", "high"),
                                    ("c_low", "MS-102", "sec1", "low"),
                                    ("c_crit", "MS-103", "sec2", "critical"),
                                    ("c_far", "DQ-201", "sec3", "low")):
        ids[key] = create_centre(session, SYSTEM, CentreInput(
            code, f"مدرسة {key}", sector_id=ids[sector])).id
        session.flush()
        record_for_election(session, SYSTEM, ids["election"], ids[key],
                            CommissionFacts(risk=risk, status="open"))
    ids["checkpoint"] = create_post(session, SYSTEM, PostInput(
        "سيطرة المدخل الشمالي", "checkpoint", sector_id=ids["sec1"])).id
    ids["rapid_post"] = create_post(session, SYSTEM, PostInput(
        "قوة الاستجابة السريعة - الكحلاء", "rapid_response", sector_id=ids["sec2"])).id
    number = iter(range(5001, 6000))

    def person(key: str, rank: str | None, unit: str, home: str | None = None,
               active: bool = True) -> None:
        ids[key] = create_person(session, SYSTEM, PersonInput(
            f"منتسب {key}", rank_id=ranks[rank] if rank else None,
            service_number=str(next(number)), organisation_id=ids[unit],
            home_sector_id=ids[home] if home else None, active=active)).id

    person("cap1", "نقيب", "s1")
    person("cap2", "نقيب", "s1")
    person("lt1", "ملازم", "s1")
    person("brig", "عميد", "s1")
    for n in range(1, 9):
        person(f"g{n}", "شرطي", "s1", "sec1" if n <= 2 else None)
    person("sick", "شرطي", "s1")
    person("gone", "شرطي", "s1", active=False)
    person("tired", "شرطي", "s1")
    person("busy", "عريف", "s1")
    person("maj2", "رائد", "s2")
    for n in range(1, 5):
        person(f"k{n}", "عريف", "s2")
    for n in range(3):
        person(f"t{n}", "شرطي" if n else "مفوض", "s2")
    person("cap3", "نقيب", "s3")
    for n in range(1, 4):
        person(f"d{n}", "شرطي", "s3")
    person("judge", None, "maysan")
    session.flush()
    ids["team"] = create_detachment(session, SYSTEM, DetachmentInput(
        "مفرزة الاستجابة السريعة", ids["s2"], ids["t0"], [ids["t1"], ids["t2"]])).id
    for key, plate, unit, status in (("v1", "ميسان 101", "s1", "available"),
                                     ("v_shop", "ميسان 102", "s1", "maintenance"),
                                     ("v_late", "ميسان 103", "s1", "available"),
                                     ("v2", "ميسان 201", "s2", "available")):
        ids[key] = create_vehicle(session, SYSTEM, VehicleInput(
            plate, "pickup", ids[unit], status)).id
    session.flush()
    for key, day, start, end, label in (("day", POLLING, 6, 14, "الوجبة الأولى"),
                                        ("evening", POLLING, 14, 22, "الوجبة الثانية"),
                                        ("late", POLLING, 12, 20, "الوجبة المتأخرة"),
                                        ("before", date(2009, 1, 29), 8, 16, "الوجبة الأولى")):
        ids[key] = create_shift(session, SYSTEM, ShiftInput(
            ids["election"], "polling_day" if day == POLLING else "before", day, time(start),
            time(end), label)).id
    session.flush()

    def duty(shift: str, centre: str, who: str, **more: int) -> None:
        assign(session, SYSTEM, AssignmentInput(ids[shift], "guard", centre_id=ids[centre],
                                                person_id=ids[who], **more))

    for veteran in ("g3", "g4", "g5"):  # hours of duty already, two days before
        duty("before", "c_high", veteran)
    duty("evening", "c_low", "tired")
    duty("late", "c_low", "busy", vehicle_id=ids["v_late"])
    mark_unavailable(session, SYSTEM, UnavailabilityInput(
        ids["sick"], "sickness", datetime(2009, 1, 30, 12), datetime(2009, 2, 2, 8)))
    session.flush()
    return ids
