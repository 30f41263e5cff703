"""The personnel registry's rows (``registry_lists``), on both engines: people searched in
the core with their organisation and active filters and a limit, most senior first;
detachments with their crew and who of it has left; vehicles with their status."""

from __future__ import annotations

import pytest

from desktop.services.actor import SYSTEM
from desktop.services.people import PersonInput, update_person
from desktop.services.registry_lists import detachment_list, person_rows, vehicle_list
from desktop.services.vehicles import VehicleInput, update_vehicle
from tests.desktop.roster_world import roster_world


@pytest.fixture
def world(db):
    with db.session() as s:
        return roster_world(s)


def test_people_are_searched_filtered_and_limited_in_the_core(db, world):
    w = world
    with db.session() as s:
        update_person(s, SYSTEM, w["stranger"], PersonInput(
            "مهدي صالح عباس", service_number="4004", organisation_id=w["kahla"],
            active=False))
    with db.reader() as s:
        everyone = person_rows(s)
        active = person_rows(s, active=True)
        left = person_rows(s, active=False)
        kahla = person_rows(s, organisation_id=w["kahla"])
        by_number = person_rows(s, "٣٠٠٣")
        by_rank = person_rows(s, "نقيب")
        one = person_rows(s, limit=1)
    assert [r.id for r in left] == [w["stranger"]] and not left[0].active
    assert w["stranger"] not in {r.id for r in active} and len(everyone) == len(active) + 1
    assert [r.id for r in kahla] == [w["stranger"]] and kahla[0].organisation == "قسم شرطة الكحلاء"
    assert [r.id for r in by_number] == [w["guard"]]
    assert [r.id for r in by_rank] == [w["officer"]] and by_rank[0].rank == "النقيب"
    assert [r.id for r in one] == [w["chief"]]  # the most senior first: the brigadier
    assert everyone[0].title.startswith("العميد الركن")


def test_detachments_with_their_crew_and_vehicles_with_their_status(db, world):
    w = world
    with db.session() as s:
        update_person(s, SYSTEM, w["officer"], PersonInput(
            "حسن كاظم جبار", service_number="2002", organisation_id=w["command"],
            active=False))
        update_vehicle(s, SYSTEM, w["car"], VehicleInput("ميسان 1234", "pickup",
                                                         status="maintenance"))
    with db.reader() as s:
        team = detachment_list(s)[0]
        car = vehicle_list(s, ids=[w["car"]])[0]
    assert team.id == w["squad"] and team.crew == 2 and team.leader.id == w["chief"]
    assert [m.id for m in team.gone] == [w["officer"]]  # left: the detachment cannot go out
    assert "مفرزه" in team.search_key  # normalised, as every search compares
    assert car.plate == "ميسان 1234" and not car.in_service
