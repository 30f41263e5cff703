"""A small ground for the map: Maysan (tied to the bundled outline by its code IQ-MA) with a
district the outlines do not know, two sectors, centres placed and unplaced, a centre outside
the election, posts, incidents at a centre, a post and an area, and a shift partly covered."""

from __future__ import annotations

from datetime import datetime

from desktop.models import Incident
from desktop.services.actor import SYSTEM
from desktop.services.assignments import AssignmentInput, assign
from desktop.services.organisations import AreaInput, create_area
from desktop.services.people import PersonInput, create_person
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
    update_centre,
)
from desktop.storage.database import Database
from tests.desktop.factories import basic_world

# (code, name, latitude, longitude, risk, sector): the district sector's three centres make
# its hull; MS-105 has no coordinates.
CENTRES = (
    ("MS-101", "مدرسة الرسالة", 31.84, 47.15, "critical", "district"),
    ("MS-102", "مدرسة <النور> & الأمل", 31.90, 47.10, "low", "district"),
    ("MS-103", "مدرسة الفرات", 31.80, 47.20, "medium", "district"),
    ("MS-104", "مدرسة دجلة", 31.60, 46.90, "high", "governorate"),
    ("MS-105", "مدرسة بلا موقع", None, None, "low", "governorate"),
)


def build(db: Database) -> dict[str, int]:
    with db.session() as s:
        w = basic_world(s)  # its centre MS-101 is reused below
        gov = create_area(s, SYSTEM, AreaInput("ميسان", "governorate", code="IQ-MA"))
        s.flush()
        district = create_area(s, SYSTEM, AreaInput("العمارة", "district", parent_id=gov.id))
        s.flush()
        by_district = create_sector(s, SYSTEM, SectorInput("قاطع العمارة", w["command"],
                                                           [district.id]))
        by_gov = create_sector(s, SYSTEM, SectorInput("قاطع ميسان", w["command"], [gov.id]))
        s.flush()
        sectors = {"district": by_district.id, "governorate": by_gov.id}
        ids = {}
        for code, name, lat, lon, risk, sector in CENTRES:
            data = CentreInput(code, name, area_id=district.id if sector == "district" else gov.id,
                               sector_id=sectors[sector], latitude=lat, longitude=lon)
            if code == "MS-101":
                update_centre(s, SYSTEM, w["centre"], data)
                centre_id = w["centre"]
            else:
                centre_id = create_centre(s, SYSTEM, data).id
            s.flush()
            record_for_election(s, SYSTEM, w["election"], centre_id,
                                CommissionFacts(risk=risk, stations=4, voters=1_850))
            ids[code] = centre_id
        outside = create_centre(s, SYSTEM, CentreInput("MS-900", "مدرسة خارج الانتخابات",
                                                       latitude=31.7, longitude=47.0))
        post = create_post(s, SYSTEM, PostInput("سيطرة مدخل العمارة", "checkpoint",
                                                area_id=district.id, sector_id=by_district.id,
                                                latitude=31.88, longitude=47.12))
        create_post(s, SYSTEM, PostInput("نقطة بلا موقع", "patrol_base"))
        set_minimum(s, SYSTEM, "low", MinimumInput(1, 0, False))
        set_minimum(s, SYSTEM, "critical", MinimumInput(2, 1, True))
        guard = create_person(s, SYSTEM, PersonInput("شرطي الحراسة", service_number="7001",
                                                     organisation_id=w["command"]))
        s.flush()
        assign(s, SYSTEM, AssignmentInput(w["shift"], "guard", centre_id=ids["MS-102"],
                                          person_id=guard.id))
        assign(s, SYSTEM, AssignmentInput(w["shift"], "guard", centre_id=ids["MS-101"],
                                          person_id=w["officer"]))
        when = datetime(2009, 1, 31, 9, 30)
        for place in ({"centre_id": ids["MS-103"]}, {"post_id": post.id},
                      {"area_id": district.id}):
            s.add(Incident(election_id=w["election"], occurred_at=when, kind="disturbance",
                           severity="high", description="تجمهر أمام المركز " * 30, **place))
        s.flush()
        return w | ids | {"gov": gov.id, "district": district.id, "outside": outside.id,
                          "post": post.id, **{f"sector_{k}": v for k, v in sectors.items()}}
