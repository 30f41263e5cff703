"""Coverage of a shift against the minimum protection of each centre's risk, and the centres
list the registry reads."""

from __future__ import annotations

import pytest

from desktop.models import RiskLevel
from desktop.services.actor import SYSTEM
from desktop.services.assignments import AssignmentInput, assign
from desktop.services.centre_list import centre_rows
from desktop.services.coverage import CoverageLevel, for_shift, totals
from desktop.services.detachments import DetachmentInput, create_detachment
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
from desktop.services.vehicles import VehicleInput, create_vehicle
from tests.desktop.factories import basic_world


@pytest.fixture
def ground(db):
    """Two centres in a sub-district of Maysan, both in the election."""
    with db.session() as s:
        w = basic_world(s)
        gov = create_area(s, SYSTEM, AreaInput("ميسان", "governorate"))
        s.flush()
        district = create_area(s, SYSTEM, AreaInput("العمارة", "district", parent_id=gov.id))
        s.flush()
        sub = create_area(s, SYSTEM, AreaInput("الكحلاء", "subdistrict", parent_id=district.id))
        s.flush()
        sector = create_sector(s, SYSTEM, SectorInput("قاطع العمارة", w["command"], [sub.id]))
        s.flush()
        low = create_centre(s, SYSTEM, CentreInput("MS-201", "مدرسة النور", area_id=sub.id,
                                                   sector_id=sector.id))
        update_centre(s, SYSTEM, w["centre"], CentreInput(
            "MS-101", "مدرسة الرسالة", kind="registration", area_id=sub.id))
        s.flush()
        set_minimum(s, SYSTEM, "low", MinimumInput(2, 0, False))
        set_minimum(s, SYSTEM, "critical", MinimumInput(2, 1, True))
        for centre, risk in ((w["centre"], "critical"), (low.id, "low")):
            record_for_election(s, SYSTEM, w["election"], centre, CommissionFacts(risk=risk))
        people = [create_person(s, SYSTEM, PersonInput(f"شرطي {n}", service_number=f"9{n:03d}",
                                                       organisation_id=w["command"])).id
                  for n in range(6)]
        car = create_vehicle(s, SYSTEM, VehicleInput("ميسان 100", "pickup")).id
        s.flush()
        return w | {"gov": gov.id, "district": district.id, "sub": sub.id,
                    "sector": sector.id, "low": low.id, "people": people, "car": car}


def _assign(db, shift, **kw):
    with db.session() as s:
        assign(s, SYSTEM, AssignmentInput(shift, kw.pop("role", "guard"), **kw))


def test_nothing_assigned_is_no_coverage(db, ground):
    with db.reader() as s:
        coverage = for_shift(s, ground["shift"])
    assert {c: v.level for c, v in coverage.items()} == {
        ground["centre"]: CoverageLevel.NONE, ground["low"]: CoverageLevel.NONE}
    assert totals(coverage).none == 2 and totals(coverage).officers_missing == 4


def test_enough_people_but_no_vehicle_or_cover_is_partial_then_full(db, ground):
    p = ground["people"]
    _assign(db, ground["shift"], centre_id=ground["low"], person_id=p[0])
    _assign(db, ground["shift"], centre_id=ground["low"], person_id=p[1])
    _assign(db, ground["shift"], centre_id=ground["centre"], person_id=p[2])
    _assign(db, ground["shift"], centre_id=ground["centre"], person_id=p[3],
            vehicle_id=ground["car"])
    with db.reader() as s:
        coverage = for_shift(s, ground["shift"])
    assert coverage[ground["low"]].level is CoverageLevel.FULL
    critical = coverage[ground["centre"]]
    assert critical.risk is RiskLevel.CRITICAL
    assert (critical.officers, critical.vehicles, critical.rapid_response) == (2, 1, False)
    assert critical.level is CoverageLevel.PARTIAL and critical.missing == (0, 0, True)
    # A rapid-response post of the governorate, manned in the shift, covers the centre.
    with db.session() as s:
        post = create_post(s, SYSTEM, PostInput("قوة الاستجابة السريعة", "rapid_response",
                                                area_id=ground["gov"]))
        s.flush()
        post_id = post.id
    _assign(db, ground["shift"], post_id=post_id, person_id=p[4], role="rapid_response")
    with db.reader() as s:
        assert for_shift(s, ground["shift"])[ground["centre"]].level is CoverageLevel.FULL


def test_a_detachment_counts_its_members_and_leader_once(db, ground):
    p = ground["people"]
    with db.session() as s:
        squad = create_detachment(s, SYSTEM, DetachmentInput(
            "مفرزة", organisation_id=ground["command"], leader_id=p[0], member_ids=[p[0], p[1]]))
        s.flush()
        squad_id = squad.id
    _assign(db, ground["shift"], centre_id=ground["low"], detachment_id=squad_id)
    with db.reader() as s:
        assert for_shift(s, ground["shift"])[ground["low"]].officers == 2


def test_a_closed_centre_or_one_not_in_the_election_is_not_measured(db, ground):
    with db.session() as s:
        record_for_election(s, SYSTEM, ground["election"], ground["low"],
                            CommissionFacts(risk="low", status="closed"))
        create_centre(s, SYSTEM, CentreInput("MS-300", "مدرسة خارج الانتخابات"))
    with db.reader() as s:
        assert set(for_shift(s, ground["shift"])) == {ground["centre"]}


def test_the_centres_list_names_the_area_path_sector_and_facts(db, ground):
    with db.reader() as s:
        rows = {r.code: r for r in centre_rows(s, ground["election"])}
        none = centre_rows(s, None)
        only = centre_rows(s, ground["election"], ids=[ground["low"]])
    low = rows["MS-201"]
    assert (low.governorate, low.district, low.subdistrict) == ("ميسان", "العمارة", "الكحلاء")
    assert low.sector == "قاطع العمارة" and low.risk is RiskLevel.LOW and low.in_election
    assert "الكحلاء" in low.search_key and "ms-201" in low.search_key.lower()
    assert all(r.risk is None and not r.in_election for r in none)
    assert [r.code for r in only] == ["MS-201"]
