"""The core services on both engines: what they record, and the bad input they refuse."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import select

from desktop import i18n
from desktop.models import Assignment, AuditEntry, Person, UserRole
from desktop.services.actor import SYSTEM, Actor
from desktop.services.assignments import (
    AssignmentInput,
    ShiftInput,
    VehicleInput,
    assign,
    create_shift,
    create_vehicle,
)
from desktop.services.elections import ElectionInput, create_election, set_phase
from desktop.services.errors import Conflict, DomainError, Invalid, NotFound
from desktop.services.organisations import (
    OrganisationInput,
    create_organisation,
    update_organisation,
)
from desktop.services.people import (
    PersonInput,
    create_person,
    formal_name,
    search_people,
    update_person,
)
from desktop.services.sites import (
    CentreInput,
    CommissionFacts,
    create_centre,
    record_for_election,
)
from tests.desktop.factories import basic_world, row_counts


@pytest.fixture
def world(db):
    with db.session() as s:
        return basic_world(s)


def refused(db, action, error_type=DomainError):
    """Run ``action`` in its own unit of work; it must raise and leave every table as it was."""
    with db.reader() as s:
        before = row_counts(s)
    with pytest.raises(error_type) as caught, db.session() as s:
        action(s)
    with db.reader() as s:
        assert row_counts(s) == before
    return caught.value


def test_people_are_recorded_with_search_key_and_audit(db, world):
    with db.reader() as s:
        chief = s.get(Person, world["chief"])
        assert formal_name(chief) == "العميد الركن سعد علي حربيه"
        assert chief.force_id == world["ministry"]
        found = search_people(s, "سعد حربية")  # ه / ة typed either way
        assert [p.id for p in found] == [world["chief"]]
        assert [p.id for p in search_people(s, "2002")] == [world["officer"]]
        audited = s.scalars(select(AuditEntry).where(AuditEntry.entity == "people")).all()
        assert {a.entity_id for a in audited} == {world["chief"], world["officer"]}


def test_duplicate_service_number_in_the_same_force_is_refused(db, world):
    error = refused(db, lambda s: create_person(s, SYSTEM, PersonInput(
        "علي حسين", service_number="1001", organisation_id=world["command"])), Conflict)
    assert "1001" in error.message("en") and "سعد علي حربيه" in error.message("en")
    assert "الرقم الإحصائي" in error.message("ar")


def test_same_service_number_in_another_force_is_allowed(db, world):
    with db.session() as s:
        army = create_organisation(s, SYSTEM, OrganisationInput("وزارة الدفاع", "ministry"))
        s.flush()
        soldier = create_person(s, SYSTEM, PersonInput("كريم عباس", service_number="1001",
                                                       organisation_id=army.id))
        s.flush()
        assert soldier.force_id == army.id


def test_assignment_to_a_missing_centre_is_refused(db, world):
    error = refused(db, lambda s: assign(s, SYSTEM, AssignmentInput(
        world["shift"], "guard", centre_id=999_999, person_id=world["officer"])), NotFound)
    assert "999999" in error.message("en")
    assert "المركز" in error.message("ar")


def test_the_same_person_twice_in_one_shift_is_refused(db, world):
    with db.session() as s:
        assign(s, SYSTEM, AssignmentInput(world["shift"], "guard", centre_id=world["centre"],
                                          person_id=world["officer"]))
    error = refused(db, lambda s: assign(s, SYSTEM, AssignmentInput(
        world["shift"], "patrol", centre_id=world["centre"], person_id=world["officer"])), Conflict)
    assert "مدرسة الرسالة" in error.message("ar")


def test_vehicle_double_booking_and_vehicle_in_maintenance_are_refused(db, world):
    with db.session() as s:
        car = create_vehicle(s, SYSTEM, VehicleInput("ميسان 12345", "pickup"))
        broken = create_vehicle(s, SYSTEM, VehicleInput("ميسان 555", "sedan", status="maintenance"))
        s.flush()
        ids = car.id, broken.id
        assign(s, SYSTEM, AssignmentInput(world["shift"], "centre_commander",
                                          centre_id=world["centre"], person_id=world["chief"],
                                          vehicle_id=car.id))
    refused(db, lambda s: assign(s, SYSTEM, AssignmentInput(
        world["shift"], "guard", centre_id=world["centre"], person_id=world["officer"],
        vehicle_id=ids[0])), Conflict)
    refused(db, lambda s: assign(s, SYSTEM, AssignmentInput(
        world["shift"], "guard", centre_id=world["centre"], person_id=world["officer"],
        vehicle_id=ids[1])), Invalid)
    refused(db, lambda s: create_vehicle(s, SYSTEM, VehicleInput("ميسان 12345", "bus")), Conflict)


def test_assignment_needs_exactly_one_site_and_one_assignee(db, world):
    refused(db, lambda s: assign(s, SYSTEM, AssignmentInput(
        world["shift"], "guard", person_id=world["officer"])), Invalid)
    refused(db, lambda s: assign(s, SYSTEM, AssignmentInput(
        world["shift"], "guard", centre_id=world["centre"])), Invalid)


def test_end_before_start_is_refused(db, world):
    error = refused(db, lambda s: set_phase(s, SYSTEM, world["election"], "before",
                                            date(2009, 1, 20), date(2009, 1, 10)), Invalid)
    assert "end comes before the start" in error.message("en")
    refused(db, lambda s: create_election(s, SYSTEM, ElectionInput(
        "x", "parliamentary", date(2010, 3, 7), special_voting_date=date(2010, 3, 9))), Invalid)
    refused(db, lambda s: create_shift(s, SYSTEM, ShiftInput(
        world["election"], "after", date(2009, 2, 1), time(8), time(8), "ب")), Invalid)


def test_unknown_enum_values_are_refused_by_name(db, world):
    error = refused(db, lambda s: record_for_election(
        s, SYSTEM, world["election"], world["centre"], CommissionFacts(risk="extreme")), Invalid)
    assert "extreme" in error.message("en") and "critical" in error.message("en")
    refused(db, lambda s: assign(s, SYSTEM, AssignmentInput(
        world["shift"], "sniper", centre_id=world["centre"], person_id=world["officer"])), Invalid)
    refused(db, lambda s: create_organisation(s, SYSTEM, OrganisationInput("x", "party")), Invalid)


def test_duplicate_centre_code_and_bad_coordinates_are_refused(db, world):
    refused(db, lambda s: create_centre(s, SYSTEM, CentreInput(code="MS-101", name="ب")), Conflict)
    refused(db, lambda s: create_centre(s, SYSTEM, CentreInput(
        code="MS-102", name="ب", latitude=131.0, longitude=47.0)), Invalid)
    refused(db, lambda s: create_centre(s, SYSTEM, CentreInput(
        code="MS-103", name="ب", latitude=31.0)), Invalid)
    refused(db, lambda s: record_for_election(
        s, SYSTEM, world["election"], world["centre"], CommissionFacts(voters=-5)), Invalid)


def test_text_is_never_truncated_and_bidi_controls_are_stripped_but_refused_in_a_name(db, world):
    refused(db, lambda s: create_person(s, SYSTEM, PersonInput("ا" * 301)), Invalid)
    refused(db, lambda s: create_person(s, SYSTEM, PersonInput("   ")), Invalid)
    error = refused(db, lambda s: create_person(s, SYSTEM, PersonInput(
        "\u202bجعفر كاظم\u202c")), Invalid)
    assert "direction marks" in error.message("en")
    with db.session() as s:
        person = create_person(s, SYSTEM, PersonInput("جعفر كاظم", honorific="\u200fالدكتور"))
        s.flush()
        assert person.full_name_ar == "جعفر كاظم"
        assert person.honorific == "الدكتور"


def test_stale_edit_is_refused(db, world):
    with db.reader() as s:
        version = s.get(Person, world["officer"]).version
    with db.session() as s:
        update_person(s, SYSTEM, world["officer"], PersonInput(
            "حسن كاظم جبار", service_number="2002", organisation_id=world["command"],
            phone="07701234567"), expected_version=version)
    refused(db, lambda s: update_person(s, SYSTEM, world["officer"], PersonInput(
        "حسن كاظم"), expected_version=version), Conflict)


def test_organisation_cannot_be_moved_under_its_own_unit(db, world):
    refused(db, lambda s: update_organisation(s, SYSTEM, world["ministry"], OrganisationInput(
        "وزارة الداخلية", "ministry", parent_id=world["command"])), Invalid)


def test_bad_phone_is_refused(db, world):
    error = refused(db, lambda s: create_person(s, SYSTEM, PersonInput("أ ب", phone="call me")),
                    Invalid)
    assert "call me" in error.message("ar")


def test_deleting_a_person_named_in_an_assignment_is_refused_by_the_database(db, world):
    """Nothing that removes a person may silently delete the assignments that name them; the
    database's refusal reaches the user as a translated conflict, not the driver's report."""
    with db.session() as s:
        assign(s, SYSTEM, AssignmentInput(world["shift"], "guard", centre_id=world["centre"],
                                          person_id=world["officer"]))
    with pytest.raises(Conflict) as refused_delete, db.session() as s:
        s.execute(Person.__table__.delete().where(Person.id == world["officer"]))
    assert "still named by other records" in refused_delete.value.message("en")
    assert "FOREIGN KEY" not in refused_delete.value.message("ar")
    with db.reader() as s:
        assert s.scalars(select(Assignment)).one().person_id == world["officer"]


def test_messages_follow_the_language(db, world):
    error = Invalid("{field} is required.", field=__import__(
        "desktop.services.errors", fromlist=["Term"]).Term("Full name"))
    i18n.set_language("en")
    assert str(error) == "Full name is required."
    i18n.set_language("ar")
    assert str(error) != "Full name is required." and "مطلوب" in str(error)


def test_only_an_administrator_adds_users(db):
    from desktop.services.accounts import check_password, create_user
    from desktop.services.errors import Forbidden

    clerk = Actor(None, "clerk", UserRole.CLERK)
    refused(db, lambda s: create_user(s, clerk, "x", "x", "viewer"), Forbidden)
    refused(db, lambda s: create_user(s, SYSTEM, "x", "x", "viewer", password="short"), Invalid)
    with db.session() as s:
        user = create_user(s, SYSTEM, "operator1", "غرفة 1", "operator", password="a-long-secret")
        s.flush()
        assert check_password("a-long-secret", user.password_hash)
        assert not check_password("wrong-password", user.password_hash)
