"""Input the services refuse in words, or store in one form, on both engines: ids and texts
that PostgreSQL would refuse raw, numbers past the INTEGER columns, pasted control characters,
choices typed as their labels, codes typed in either script or case, flags and coordinates
that are not what they say, phases outside their election's days, and moments with a zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest
from sqlalchemy import select

from desktop.models import (
    AdministrativeArea,
    Centre,
    CentreKind,
    DocumentNumber,
    IssuingOffice,
    NumberStatus,
    Person,
    Rank,
    User,
    UserRole,
)
from desktop.services import validation
from desktop.services.accounts import create_user
from desktop.services.actor import SYSTEM, Actor
from desktop.services.elections import ElectionInput, create_election, set_phase
from desktop.services.errors import Choices, Conflict, Forbidden, Invalid, NotFound
from desktop.services.numbering import issue_number, void_number
from desktop.services.organisations import AreaInput, create_area
from desktop.services.people import (
    PersonInput,
    add_rank,
    create_person,
    find_person_cards,
    search_people,
)
from desktop.services.signin import sign_in
from desktop.services.sites import (
    CentreInput,
    CommissionFacts,
    SectorInput,
    create_centre,
    create_sector,
    record_for_election,
)
from desktop.text.arabic import clean_input, code_form, normalise, plate_form
from tests.desktop.factories import basic_world
from tests.desktop.test_services import refused

VIEWER = Actor(None, "viewer", UserRole.VIEWER)


@pytest.fixture
def world(db):
    with db.session() as s:
        ids = basic_world(s)
        office = IssuingOffice(code="ع م", name="غرفة العمليات", header_lines="جمهورية العراق")
        s.add(office)
        s.flush()
        return ids | {"office": office.id}


def _number(db, world) -> int:
    with db.session() as s:
        return issue_number(s, SYSTEM, world["office"], "letter").id


# 1. Document numbers ---------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["x", 2**70, True, -1])
def test_an_office_id_that_names_no_office_is_refused_in_words(db, world, bad):
    error = refused(db, lambda s: issue_number(s, SYSTEM, bad, "letter"), (Invalid, NotFound))
    assert "الجهة المصدرة" in error.message("ar")


@pytest.mark.parametrize("bad", ["x", 2**70, None])
def test_a_number_id_that_names_no_number_is_refused_in_words(db, world, bad):
    _number(db, world)
    refused(db, lambda s: void_number(s, SYSTEM, bad, "نسخة تالفة"), (Invalid, NotFound))


def test_a_kind_or_purpose_too_long_for_its_column_is_refused(db, world):
    error = refused(db, lambda s: issue_number(s, SYSTEM, world["office"], "k" * 41), Invalid)
    assert "41" in error.message("en") and "40" in error.message("en")
    refused(db, lambda s: issue_number(s, SYSTEM, world["office"], "letter",
                                       purpose="غ" * 501), Invalid)
    refused(db, lambda s: issue_number(s, SYSTEM, world["office"], "letter", entity_id=2**40),
            Invalid)
    refused(db, lambda s: issue_number(s, SYSTEM, world["office"], "letter", on="2009-01-01"),
            Invalid)
    with db.session() as s:
        number = issue_number(s, SYSTEM, world["office"], "letter", purpose=" غ " * 166)
        s.flush()
        assert len(number.purpose) <= 500


def test_a_viewer_neither_issues_nor_voids_numbers(db, world):
    error = refused(db, lambda s: issue_number(s, VIEWER, world["office"], "letter"), Forbidden)
    assert "document numbers" in error.message("en")
    number_id = _number(db, world)
    refused(db, lambda s: void_number(s, VIEWER, number_id, "نسخة تالفة"), Forbidden)
    with db.reader() as s:
        assert s.get(DocumentNumber, number_id).status is NumberStatus.ISSUED


@pytest.mark.parametrize("role", [UserRole.COMMANDER, UserRole.STAFF_OFFICER, UserRole.CLERK,
                                  UserRole.OPERATOR])
def test_the_roles_that_print_issue_and_void_numbers(db, world, role):
    actor = Actor(None, role.value, role)
    with db.session() as s:
        number = issue_number(s, actor, world["office"], "letter")
        s.flush()
        void_number(s, actor, number.id, "نسخة تالفة")
    with db.reader() as s:
        assert s.scalars(select(DocumentNumber.status)).one() is NumberStatus.VOIDED


# 2. Integer bounds -----------------------------------------------------------------------


@pytest.mark.parametrize("field", ["voters", "stations"])
def test_a_count_past_the_integer_column_is_refused(db, world, field):
    error = refused(db, lambda s: record_for_election(
        s, SYSTEM, world["election"], world["centre"], CommissionFacts(**{field: 2**40})), Invalid)
    assert str(validation.INT_MAX) in error.message("en")
    with db.session() as s:
        record_for_election(s, SYSTEM, world["election"], world["centre"],
                            CommissionFacts(**{field: validation.INT_MAX}))


def test_seniority_is_1_or_more_and_within_the_column(db, world):
    error = refused(db, lambda s: add_rank(s, SYSTEM, "لواء", 0), Invalid)
    assert "1 or more" in error.message("en") and "zero" not in error.message("en")
    refused(db, lambda s: add_rank(s, SYSTEM, "لواء", 2**40), Invalid)
    refused(db, lambda s: add_rank(s, SYSTEM, "لواء", True), Invalid)
    with db.session() as s:
        assert add_rank(s, SYSTEM, "لواء", 2).seniority == 2


# 3. Control characters and broken characters ---------------------------------------------


@pytest.mark.parametrize("query", ["سعد\x00", "سعد\ud800", "\x1bسعد\x7f", "سعد\u0085"])
def test_a_search_with_pasted_controls_finds_what_it_would_without(db, world, query):
    with db.reader() as s:
        assert [p.id for p in search_people(s, query)] == [world["chief"]]
        assert [c.id for c in find_person_cards(s, query)] == [world["chief"]]


def test_saved_text_loses_control_characters_but_keeps_its_lines(db, world):
    assert clean_input("أ\r\nب\rج\tد\x00\x1b\x9b") == "أ\nب\nج\tد"
    with db.session() as s:
        person = create_person(s, SYSTEM, PersonInput(
            "جعفر\x1b كاظم\x00", notes="السطر الأول\r\nالسطر الثاني\n\tبند"))
        s.flush()
        person_id = person.id
    with db.reader() as s:
        person = s.get(Person, person_id)
        assert person.full_name_ar == "جعفر كاظم"
        assert person.notes == "السطر الأول\nالسطر الثاني\n\tبند"


def test_a_broken_character_in_a_saved_field_is_refused_in_words(db, world):
    error = refused(db, lambda s: create_person(s, SYSTEM, PersonInput("سعد\ud800")), Invalid)
    assert "broken character" in error.message("en")
    assert "الاسم الكامل" in error.message("ar")
    refused(db, lambda s: create_person(s, SYSTEM, PersonInput("سعد", notes="\udfff")), Invalid)
    with db.session() as s:  # both halves of a pair are one character, and are kept
        person = create_person(s, SYSTEM, PersonInput("سعد", notes="\ud83d\ude00"))
        s.flush()
        assert person.notes == "\U0001f600"


def test_a_text_field_given_something_else_is_refused_in_words(db, world):
    refused(db, lambda s: create_person(s, SYSTEM, PersonInput(5)), Invalid)


# 4. Choices by label or code -------------------------------------------------------------


def test_every_choice_a_refusal_lists_is_accepted(db, world):
    labels = Choices(CentreKind).render("ar").split("، ")
    codes = Choices(CentreKind).render("en").split(", ")
    typed = [*labels, *codes, "POLLING", "Registration Centre", " مركز  اقتراع "]
    with db.session() as s:
        for number, value in enumerate(typed):
            create_centre(s, SYSTEM, CentreInput(code=f"MS-{500 + number}", name="م", kind=value))
    with db.reader() as s:
        kinds = list(s.scalars(select(Centre.kind).where(Centre.code.like("MS-5%"))
                               .order_by(Centre.code)))
    assert kinds == [CentreKind.REGISTRATION, CentreKind.POLLING] * 2 + [
        CentreKind.POLLING, CentreKind.REGISTRATION, CentreKind.POLLING]
    refused(db, lambda s: create_centre(s, SYSTEM, CentreInput(code="MS-600", name="م",
                                                               kind="مركز")), Invalid)
    refused(db, lambda s: create_centre(s, SYSTEM, CentreInput(code="MS-600", name="م",
                                                               kind=7)), Invalid)


def test_a_user_role_is_not_called_a_duty(db):
    error = refused(db, lambda s: create_user(s, SYSTEM, "someone", "م", "boss"), Invalid)
    assert "User role" in error.message("en") and "الواجب" not in error.message("ar")
    with db.session() as s:
        assert create_user(s, SYSTEM, "clerk2", "م", "كاتب المحضر").role is UserRole.CLERK


# 5. Codes in one form --------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["ms-101", "MS-١٠١", " MS–101 "])
def test_a_commission_code_typed_otherwise_is_the_same_code(db, world, typed):
    error = refused(db, lambda s: create_centre(s, SYSTEM, CentreInput(code=typed, name="ب")),
                    Conflict)
    assert "MS-101" in error.message("en")


def test_codes_are_stored_in_their_one_form(db, world):
    assert code_form(" ms-١٠٢/ب  ٣ ") == "MS-102/ب 3"
    assert plate_form("ميسان ١٢٣٤") == plate_form("ميسان  1234") == "ميسان 1234"
    assert validation.code("ميسـان ١٢٣٤", "Plate", max_length=40) == "ميسان 1234"
    with pytest.raises(Invalid):
        validation.code("ـــ", "Plate", max_length=40)  # tatweel only: nothing is left
    with db.session() as s:
        centre = create_centre(s, SYSTEM, CentreInput(code="ms-١٠٢", name="ب"))
        s.flush()
        assert centre.code == "MS-102"


def test_an_area_code_in_another_case_is_the_same_code(db):
    with db.session() as s:
        area = create_area(s, SYSTEM, AreaInput("ميسان", "governorate", code="iq-ma"))
        s.flush()
        assert area.code == "IQ-MA"
    refused(db, lambda s: create_area(s, SYSTEM, AreaInput("ميسان", "governorate",
                                                           code="IQ-MA")), Conflict)
    with db.reader() as s:
        assert s.scalars(select(AdministrativeArea.code)).all() == ["IQ-MA"]


def test_a_username_in_another_case_is_the_same_user_and_signs_in(db):
    with db.session() as s:
        create_user(s, SYSTEM, "Admin", "المدير", "admin", password="a-long-secret")
    refused(db, lambda s: create_user(s, SYSTEM, "admin", "م", "viewer"), Conflict)
    refused(db, lambda s: create_user(s, SYSTEM, " ADMIN ", "م", "viewer"), Conflict)
    with db.reader() as s:
        assert s.scalars(select(User.username)).all() == ["admin"]
    for typed in ("admin", "Admin", " ADMIN "):
        assert sign_in(db, typed, "a-long-secret").username == "admin"
    with pytest.raises(Forbidden):
        sign_in(db, "admin\x00\ud800x", "a-long-secret")


def test_a_user_saved_before_names_were_folded_still_signs_in(db):
    with db.session() as s:
        create_user(s, SYSTEM, "clerk", "م", "clerk", password="a-long-secret")
        s.flush()
        s.get(User, s.scalars(select(User.id)).one()).username = "Clerk"  # as saved before
    assert sign_in(db, "CLERK", "a-long-secret").username == "Clerk"
    refused(db, lambda s: create_user(s, SYSTEM, "clerk", "م", "viewer"), Conflict)


def test_a_rank_with_tatweel_or_persian_letters_is_the_same_rank(db, world):
    refused(db, lambda s: add_rank(s, SYSTEM, "عميـد", 4), Conflict)
    refused(db, lambda s: add_rank(s, SYSTEM, "عمید", 4), Conflict)  # Persian yeh
    with db.session() as s:
        assert add_rank(s, SYSTEM, "مقـدم", 6).name_ar == "مقدم"
    with db.reader() as s:
        assert "مقدم" in s.scalars(select(Rank.name_ar)).all()


# 6. Flags and coordinates ----------------------------------------------------------------


@pytest.mark.parametrize("data", [PersonInput("أ ب", staff_qualified="no"),
                                  PersonInput("أ ب", active="false"),
                                  PersonInput("أ ب", active=0)])
def test_a_flag_that_is_not_yes_or_no_is_refused(db, world, data):
    error = refused(db, lambda s: create_person(s, SYSTEM, data), Invalid)
    assert "yes or no" in error.message("en")


def test_a_flag_left_out_takes_its_default(db, world):
    with db.session() as s:
        person = create_person(s, SYSTEM, PersonInput("أ ب", staff_qualified=None, active=None))
        s.flush()
        assert (person.staff_qualified, person.active) == (False, True)


@pytest.mark.parametrize(("lat", "lon"), [(True, True), ("31,84", "47.15"), ("north", "47"),
                                          (float("nan"), 47.0), ("1e1", "47")])
def test_coordinates_that_are_not_numbers_are_refused(db, world, lat, lon):
    refused(db, lambda s: create_centre(s, SYSTEM, CentreInput(
        code="MS-700", name="م", latitude=lat, longitude=lon)), Invalid)


def test_coordinates_written_as_numbers_in_either_script_are_read(db, world):
    with db.session() as s:
        centre = create_centre(s, SYSTEM, CentreInput(
            code="MS-701", name="م", latitude="٣١٫٨٤", longitude=" 47.15 "))
        s.flush()
        assert (centre.latitude, centre.longitude) == (31.84, 47.15)


# 7. Messages that say what is wrong ------------------------------------------------------


def test_an_area_listed_twice_in_a_sector_is_said_so(db):
    with db.session() as s:
        area = create_area(s, SYSTEM, AreaInput("ميسان", "governorate"))
        s.flush()
        area_id = area.id
    error = refused(db, lambda s: create_sector(s, SYSTEM, SectorInput(
        "قاطع العمارة", area_ids=[area_id, area_id])), Invalid)
    assert error.message("en") == "The same area is listed twice."


def test_an_area_under_the_wrong_level_is_told_where_it_stands(db):
    with db.session() as s:
        governorate = create_area(s, SYSTEM, AreaInput("ميسان", "governorate"))
        s.flush()
        district = create_area(s, SYSTEM, AreaInput("العمارة", "district",
                                                    parent_id=governorate.id))
        s.flush()
        ids = governorate.id, district.id
    error = refused(db, lambda s: create_area(s, SYSTEM, AreaInput("الكحلاء", "district")),
                    Invalid)
    assert error.message("en") == "A district must stand under a governorate."
    assert "nothing" not in error.message("en") and "لا شيء" not in error.message("ar")
    error = refused(db, lambda s: create_area(s, SYSTEM, AreaInput(
        "البصرة", "governorate", parent_id=ids[1])), Invalid)
    assert "top" in error.message("en")
    error = refused(db, lambda s: create_area(s, SYSTEM, AreaInput(
        "المشرح", "subdistrict", parent_id=ids[0])), Invalid)
    assert "subdistrict" in error.message("en") and "governorate" in error.message("en")


# 8. Phases within their election ---------------------------------------------------------


@pytest.mark.parametrize(("kind", "starts", "ends"), [
    ("polling_day", date(2011, 5, 1), date(2011, 5, 2)),
    ("after", date(2008, 1, 1), date(2008, 2, 1)),
    ("before", date(2009, 1, 1), date(2009, 2, 1)),
    ("special_voting", date(2009, 1, 28), date(2009, 1, 29)),
])
def test_a_phase_outside_its_election_is_refused_naming_the_dates(db, world, kind, starts,
                                                                   ends):
    error = refused(db, lambda s: set_phase(s, SYSTEM, world["election"], kind, starts, ends),
                    Invalid)
    assert "2009-01-31" in error.message("en") or "special voting" in error.message("en")


def test_phases_around_their_election_are_accepted(db, world):
    with db.session() as s:
        election = create_election(s, SYSTEM, ElectionInput(
            "انتخابات مجلس النواب", "parliamentary", date(2010, 3, 7),
            special_voting_date=date(2010, 3, 4)))
        s.flush()
        set_phase(s, SYSTEM, election.id, "before", date(2010, 2, 1), date(2010, 3, 7))
        set_phase(s, SYSTEM, election.id, "special_voting", date(2010, 3, 4), date(2010, 3, 4))
        set_phase(s, SYSTEM, election.id, "polling_day", date(2010, 3, 7), date(2010, 3, 7))
        set_phase(s, SYSTEM, election.id, "after", date(2010, 3, 7), date(2010, 3, 20))
        election_id = election.id
    error = refused(db, lambda s: set_phase(s, SYSTEM, election_id, "special_voting",
                                            date(2010, 3, 5), date(2010, 3, 6)), Invalid)
    assert "2010-03-04" in error.message("en")
    error = refused(db, lambda s: set_phase(s, SYSTEM, world["election"], "special_voting",
                                            date(2009, 1, 28), date(2009, 1, 29)), Invalid)
    assert "no special voting date" in error.message("en")


# 9. Moments and times without a zone -----------------------------------------------------

BAGHDAD = timezone(timedelta(hours=3))


def test_a_moment_with_a_time_zone_or_not_a_moment_is_refused():
    assert validation.moment(datetime(2009, 1, 31, 10), "Start") == datetime(2009, 1, 31, 10)
    assert validation.moment(None, "End", required=False) is None
    with pytest.raises(Invalid) as caught:
        validation.moment(datetime(2009, 1, 31, 10, tzinfo=BAGHDAD), "Start")
    assert "without a time zone" in caught.value.message("en")
    for bad in (date(2009, 1, 31), "2009-01-31 10:00", None):
        with pytest.raises(Invalid):
            validation.moment(bad, "Start")


def test_a_time_with_a_zone_or_not_a_time_is_refused():
    assert validation.clock(time(6), "Start") == time(6)
    for bad in (time(6, tzinfo=UTC), "06:00", datetime(2009, 1, 31, 6), None):
        with pytest.raises(Invalid):
            validation.clock(bad, "Start")


@pytest.mark.parametrize(("start", "end"), [
    (datetime(2009, 1, 31, 10, tzinfo=BAGHDAD), datetime(2009, 1, 31, 12)),
    (datetime(2009, 1, 31, 10), datetime(2009, 1, 31, 12, tzinfo=UTC)),
    (date(2009, 1, 31), datetime(2009, 1, 31, 12)),
    (time(6), datetime(2009, 1, 31, 12)),
])
def test_a_start_and_end_that_cannot_be_compared_are_refused_in_words(start, end):
    with pytest.raises(Invalid):
        validation.ordered(start, end, "Meeting")
    validation.ordered(datetime(2009, 1, 31, 10), datetime(2009, 1, 31, 12), "Meeting")
    validation.ordered(time(6), time(14), "Shift")


def test_normalise_and_code_form_drop_what_no_column_holds():
    assert normalise("سعد\x00\ud800") == "سعد"
    assert code_form("\x00") is None
