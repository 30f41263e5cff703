"""Rules the foundation keeps on both engines: one place per shift for every person and
detachment, service numbers as typed in either script, dates and ids that are what they say,
roles, and the database's own refusals spoken as the domain's."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text

from desktop.models import Assignment, DocumentNumber, Person, UserRole
from desktop.services.actor import SYSTEM, Actor
from desktop.services.assignments import (
    AssignmentInput,
    DetachmentInput,
    ShiftInput,
    assign,
    create_detachment,
    create_shift,
)
from desktop.services.elections import set_phase
from desktop.services.errors import Conflict, Forbidden, Invalid, NotFound
from desktop.services.organisations import (
    OrganisationInput,
    create_organisation,
    update_organisation,
)
from desktop.services.people import PersonInput, create_person, search_people
from desktop.services.sites import (
    CentreInput,
    CommissionFacts,
    create_centre,
    record_for_election,
)
from desktop.text.arabic import identifier_form
from tests.desktop.factories import basic_world
from tests.desktop.test_services import refused


@pytest.fixture
def world(db):
    with db.session() as s:
        ids = basic_world(s)
        squad = create_detachment(s, SYSTEM, DetachmentInput(
            "مفرزة الرسالة", organisation_id=ids["command"], leader_id=ids["chief"],
            member_ids=[ids["officer"]]))
        other = create_centre(s, SYSTEM, CentreInput(code="MS-102", name="مدرسة الفرات"))
        s.flush()
        return ids | {"squad": squad.id, "other_centre": other.id}


def _guard(world, *, person=None, detachment=None, centre=None):
    return AssignmentInput(world["shift"], "guard", centre_id=centre or world["centre"],
                           person_id=person, detachment_id=detachment)


def test_a_detachment_goes_to_one_place_per_shift(db, world):
    with db.session() as s:
        assign(s, SYSTEM, _guard(world, detachment=world["squad"]))
    error = refused(db, lambda s: assign(s, SYSTEM, _guard(
        world, detachment=world["squad"], centre=world["other_centre"])), Conflict)
    assert "مفرزة الرسالة" in error.message("ar") and "مدرسة الرسالة" in error.message("ar")


def test_a_member_of_a_detachment_on_duty_is_not_assigned_alone(db, world):
    with db.session() as s:
        assign(s, SYSTEM, _guard(world, detachment=world["squad"]))
    error = refused(db, lambda s: assign(s, SYSTEM, _guard(
        world, person=world["officer"], centre=world["other_centre"])), Conflict)
    assert "حسن كاظم جبار" in error.message("ar") and "مفرزة الرسالة" in error.message("ar")
    # the leader counts as one of the detachment too
    refused(db, lambda s: assign(s, SYSTEM, _guard(
        world, person=world["chief"], centre=world["other_centre"])), Conflict)


def test_a_detachment_whose_member_is_already_on_duty_is_refused(db, world):
    with db.session() as s:
        assign(s, SYSTEM, _guard(world, person=world["officer"], centre=world["other_centre"]))
    error = refused(db, lambda s: assign(s, SYSTEM, _guard(world, detachment=world["squad"])),
                    Conflict)
    assert "حسن كاظم جبار" in error.message("ar")


def test_the_same_detachment_in_another_shift_is_allowed(db, world):
    """After the 06–14 shift, the 22–06 one: the crew has its 8 hours of rest between."""
    with db.session() as s:
        later = create_shift(s, SYSTEM, ShiftInput(
            world["election"], "polling_day", date(2009, 1, 31), _t(22), _t(6), "الوجبة الثانية"))
        s.flush()
        assign(s, SYSTEM, _guard(world, detachment=world["squad"]))
        assign(s, SYSTEM, AssignmentInput(later.id, "guard", centre_id=world["centre"],
                                          detachment_id=world["squad"]))
    with db.reader() as s:
        assert len(s.scalars(select(Assignment)).all()) == 2


def _t(hour):
    from datetime import time

    return time(hour)


def test_the_database_itself_refuses_a_detachment_twice_in_a_shift(db, world):
    with db.session() as s:
        assign(s, SYSTEM, _guard(world, detachment=world["squad"]))
    with pytest.raises(Conflict) as caught, db.session() as s:
        first = s.scalars(select(Assignment)).one()
        s.add(Assignment(shift_id=first.shift_id, role=first.role,
                         centre_id=world["other_centre"], detachment_id=world["squad"]))
    assert "المفرزة في هذه الوجبة" in caught.value.message("ar")


def test_service_numbers_typed_in_arabic_digits_or_with_dashes_are_one_number(db, world):
    assert identifier_form(" ١٠ ٠١ ") == identifier_form("10-01") == "1001"
    assert identifier_form("ab-١٢") == "AB12"
    error = refused(db, lambda s: create_person(s, SYSTEM, PersonInput(
        "علي حسين", service_number="١٠٠١", organisation_id=world["command"])), Conflict)
    assert "سعد علي حربيه" in error.message("ar")
    with db.session() as s:
        person = create_person(s, SYSTEM, PersonInput(
            "علي حسين", service_number="٣٠-٠٣", organisation_id=world["command"],
            phone="٠٧٧٠١٢٣٤٥٦٧"))
        s.flush()
        assert (person.service_number, person.phone) == ("3003", "07701234567")
        assert [p.id for p in search_people(s, "٣٠٠٣")] == [person.id]
    refused(db, lambda s: create_person(s, SYSTEM, PersonInput("علي", service_number=" - ")),
            Invalid)


def test_service_numbers_are_unique_among_people_of_no_organisation(db, world):
    with db.session() as s:
        create_person(s, SYSTEM, PersonInput("كريم عباس", service_number="7007"))
    refused(db, lambda s: create_person(s, SYSTEM, PersonInput(
        "جاسم محمد", service_number="7007")), Conflict)
    with pytest.raises(Conflict), db.session() as s:  # and the database holds it too
        s.add(Person(full_name_ar="جاسم محمد", service_number="7007", search_key=""))


def test_an_organisation_moved_to_another_force_takes_its_people(db, world):
    with db.session() as s:
        army = create_organisation(s, SYSTEM, OrganisationInput("وزارة الدفاع", "ministry"))
        s.flush()
        world["army"] = army.id
    with db.session() as s:
        update_organisation(s, SYSTEM, world["command"], OrganisationInput(
            "قيادة شرطة ميسان", "command", parent_id=world["army"]), expected_version=1)
    with db.reader() as s:
        assert s.get(Person, world["officer"]).force_id == world["army"]
        assert s.get(Person, world["chief"]).force_id == world["army"]


def test_a_move_that_would_give_a_force_one_number_twice_is_refused(db, world):
    with db.session() as s:
        army = create_organisation(s, SYSTEM, OrganisationInput("وزارة الدفاع", "ministry"))
        s.flush()
        create_person(s, SYSTEM, PersonInput("كريم عباس", service_number="2002",
                                             organisation_id=army.id))
        world["army"] = army.id
    error = refused(db, lambda s: update_organisation(s, SYSTEM, world["command"],
                                                      OrganisationInput(
        "قيادة شرطة ميسان", "command", parent_id=world["army"]), expected_version=1), Conflict)
    assert "2002" in error.message("ar") and "كريم عباس" in error.message("ar")
    with db.reader() as s:
        assert s.get(Person, world["officer"]).force_id == world["ministry"]


@pytest.mark.parametrize("bad", ["2009-01-20", None, 20090120])
def test_a_phase_date_that_is_not_a_date_is_refused(db, world, bad):
    error = refused(db, lambda s: set_phase(s, SYSTEM, world["election"], "before", bad,
                                            date(2009, 1, 25)), Invalid)
    assert "تاريخ البدء" in error.message("ar")


def test_a_shift_on_a_moment_rather_than_a_day_is_refused(db, world):
    from datetime import datetime

    refused(db, lambda s: create_shift(s, SYSTEM, ShiftInput(
        world["election"], "after", datetime(2009, 2, 1, 8), _t(8), _t(16), "ب")), Invalid)


@pytest.mark.parametrize("bad", ["5", 1.0, True, 2**70, 2**40, -3])
def test_ids_that_name_no_row_are_refused_in_words(db, world, bad):
    error = refused(db, lambda s: assign(s, SYSTEM, _guard(world, person=world["officer"],
                                                           centre=bad)), (Invalid, NotFound))
    assert "المركز" in error.message("ar")


def test_a_wrong_choice_lists_the_labels_in_arabic_and_the_codes_in_english(db, world):
    error = refused(db, lambda s: record_for_election(
        s, SYSTEM, world["election"], world["centre"], CommissionFacts(risk="extreme")), Invalid)
    arabic, english = error.message("ar"), error.message("en")
    assert "critical" in english and "low, medium" in english
    assert "critical" not in arabic and "low" not in arabic
    assert "حرج" in arabic or "حرجة" in arabic


@pytest.mark.parametrize("role", [UserRole.VIEWER, UserRole.OPERATOR])
def test_a_viewer_or_operator_does_not_plan_the_deployment(db, world, role):
    actor = Actor(None, "someone", role)
    error = refused(db, lambda s: assign(s, actor, _guard(world, person=world["officer"])),
                    Forbidden)
    assert "الانتشار" in error.message("ar")
    refused(db, lambda s: create_centre(s, actor, CentreInput(code="MS-5", name="م")), Forbidden)


def test_a_clerk_adds_people_on_the_spot_but_a_viewer_does_not(db, world):
    with db.session() as s:
        create_person(s, Actor(None, "clerk", UserRole.CLERK), PersonInput("ضيف الاجتماع"))
    refused(db, lambda s: create_person(s, Actor(None, "v", UserRole.VIEWER),
                                        PersonInput("ضيف آخر")), Forbidden)
    refused(db, lambda s: assign(s, Actor(None, "clerk", UserRole.CLERK),
                                 _guard(world, person=world["officer"])), Forbidden)


def test_a_change_made_meanwhile_elsewhere_is_a_conflict_not_a_crash(db, world):
    with pytest.raises(Conflict) as caught, db.session() as s:
        person = s.get(Person, world["officer"])
        s.execute(text("UPDATE people SET version = version + 1 WHERE id = :id"),
                  {"id": person.id})
        person.notes = "ملاحظة"
    assert "أعد تحميله" in caught.value.message("ar")
    with db.reader() as s:
        assert s.get(Person, world["officer"]).notes is None


def test_document_numbers_carry_timestamps_and_a_version(db):
    columns = DocumentNumber.__table__.c
    assert {"created_at", "updated_at", "version"} <= set(columns.keys())


def test_the_unattended_sign_in_opens_no_door_to_a_user_with_a_password(db):
    from desktop.services.accounts import create_user
    from desktop.services.actor import unattended_actor

    with db.session() as s:
        create_user(s, SYSTEM, "commander", "القائد", "commander", "a long secret")
        create_user(s, SYSTEM, "clerk", "الكاتب", "clerk")
    with db.reader() as s:
        assert unattended_actor(s, "clerk").role is UserRole.CLERK
        with pytest.raises(Forbidden) as caught:
            unattended_actor(s, "commander")
    assert "commander" in caught.value.message("ar") and "كلمة" in caught.value.message("ar")


def test_nobody_stands_in_two_places_at_once_for_two_elections(db, world):
    from desktop.services.elections import ElectionInput, create_election

    with db.session() as s:
        other = create_election(s, SYSTEM, ElectionInput("استفتاء", "referendum",
                                                         date(2009, 1, 31)))
        s.flush()
        shift = create_shift(s, SYSTEM, ShiftInput(other.id, "polling_day", date(2009, 1, 31),
                                                   _t(10), _t(18), "وجبة الاستفتاء"))
        s.flush()
        other_shift = shift.id
        assign(s, SYSTEM, _guard(world, person=world["officer"]))
    refused(db, lambda s: assign(s, SYSTEM, AssignmentInput(
        other_shift, "guard", centre_id=world["other_centre"], person_id=world["officer"])),
            Conflict)


def test_a_plate_letter_with_or_without_its_hamza_is_one_vehicle(db, world):
    from desktop.services.assignments import VehicleInput, create_vehicle

    with db.session() as s:
        create_vehicle(s, SYSTEM, VehicleInput("بغداد 12345 أ", "pickup"))
    refused(db, lambda s: create_vehicle(s, SYSTEM, VehicleInput("بغداد ١٢٣٤٥ ا", "sedan")),
            Conflict)
