"""Names and codes a user types refuse bidirectional controls (stripped elsewhere: in notes,
in an import's cells), and a text longer than its column is refused in words, never cut."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.models import AreaLevel, ElectionKind, OrganisationKind, VehicleKind
from desktop.services import validation
from desktop.services.accounts import create_user
from desktop.services.actor import SYSTEM
from desktop.services.detachments import DetachmentInput, create_detachment
from desktop.services.elections import ElectionInput, create_election
from desktop.services.errors import Invalid
from desktop.services.offices import OfficeInput, create_office
from desktop.services.organisations import (
    AreaInput,
    OrganisationInput,
    create_area,
    create_organisation,
)
from desktop.services.people import PersonInput, add_rank, create_person
from desktop.services.sites import (
    CentreInput,
    PostInput,
    SectorInput,
    create_centre,
    create_post,
    create_sector,
)
from desktop.services.vehicles import VehicleInput, create_vehicle
from tests.desktop.factories import basic_world
from tests.desktop.test_services import refused

# Right-to-left override, embedding, isolate, the marks and the Arabic letter mark.
MARKS = ["\u202e", "\u202b", "\u2067", "\u200f", "\u200e", "\u061c"]


def _bidi(mark: str) -> str:
    return f"مدرسة{mark}الرسالة"


ACTIONS = {
    "person": lambda v: lambda s: create_person(s, SYSTEM, PersonInput(v)),
    "person latin": lambda v: lambda s: create_person(s, SYSTEM, PersonInput("علي",
                                                                             name_latin=v)),
    "service number": lambda v: lambda s: create_person(s, SYSTEM, PersonInput(
        "علي", service_number=f"12{v}34")),
    "rank": lambda v: lambda s: add_rank(s, SYSTEM, v, 99),
    "centre code": lambda v: lambda s: create_centre(s, SYSTEM, CentreInput(
        code=f"MS{v}-900", name="مدرسة")),
    "centre name": lambda v: lambda s: create_centre(s, SYSTEM, CentreInput(
        code="MS-901", name=v)),
    "post": lambda v: lambda s: create_post(s, SYSTEM, PostInput(v)),
    "sector": lambda v: lambda s: create_sector(s, SYSTEM, SectorInput(v)),
    "organisation": lambda v: lambda s: create_organisation(s, SYSTEM, OrganisationInput(
        v, OrganisationKind.SECTION)),
    "area": lambda v: lambda s: create_area(s, SYSTEM, AreaInput(v, AreaLevel.GOVERNORATE)),
    "area code": lambda v: lambda s: create_area(s, SYSTEM, AreaInput(
        "محافظة", AreaLevel.GOVERNORATE, code=f"D{v}1")),
    "detachment": lambda v: lambda s: create_detachment(s, SYSTEM, DetachmentInput(v)),
    "vehicle plate": lambda v: lambda s: create_vehicle(s, SYSTEM, VehicleInput(
        f"ميسان {v}1234", VehicleKind.PICKUP)),
    "election": lambda v: lambda s: create_election(s, SYSTEM, ElectionInput(
        v, ElectionKind.PARLIAMENTARY, date(2027, 1, 1))),
    "office": lambda v: lambda s: create_office(s, SYSTEM, OfficeInput(
        "ع ث", v, "جمهورية العراق")),
    "office code": lambda v: lambda s: create_office(s, SYSTEM, OfficeInput(
        f"ع{v}ث", "غرفة", "جمهورية العراق")),
    "user": lambda v: lambda s: create_user(s, SYSTEM, "user9", v, "viewer"),
    "username": lambda v: lambda s: create_user(s, SYSTEM, f"user{v}9", "مستخدم", "viewer"),
}


@pytest.fixture
def world(db):
    with db.session() as s:
        return basic_world(s)


@pytest.mark.parametrize("what", sorted(ACTIONS))
def test_a_name_or_code_with_a_bidi_control_is_refused_with_nothing_written(db, world, what):
    for mark in MARKS:
        error = refused(db, ACTIONS[what](_bidi(mark)), Invalid)
        assert "direction marks" in error.message("en")
        assert "اتجاه" in error.message("ar") or "direction" in error.message("ar")


def test_the_same_name_without_the_mark_is_taken(db, world):
    with db.session() as s:
        assert create_person(s, SYSTEM, PersonInput("مدرسة الرسالة")).full_name_ar
        assert create_centre(s, SYSTEM, CentreInput(code="MS-902", name="مدرسة")).code == "MS-902"


def test_notes_and_other_free_text_still_lose_the_marks_silently():
    assert validation.text("\u202bملاحظة\u202c", "Notes", max_length=100) == "ملاحظة"
    with pytest.raises(Invalid, match="علامات اتجاه"):
        validation.name("\u202bعلي\u202c", "Name", max_length=100)
    with pytest.raises(Invalid, match="علامات اتجاه"):
        validation.code("MS\u200f-1", "Commission code", max_length=40)


@pytest.mark.parametrize("check", [validation.text, validation.name, validation.code])
def test_a_text_longer_than_its_column_is_refused_in_words_never_cut(check):
    assert check("م" * 40, "Name", max_length=40) == "م" * 40
    with pytest.raises(Invalid) as caught:
        check("م" * 41, "Name", max_length=40)
    assert caught.value.message("en") == "Name is too long: 41 characters, at most 40."


def test_a_centre_name_one_past_its_column_is_refused_on_both_engines(db, world):
    from desktop.models import Centre

    limit = Centre.__table__.c.name.type.length
    error = refused(db, ACTIONS["centre name"]("م" * (limit + 1)), Invalid)
    assert f"at most {limit}" in error.message("en")
    with db.session() as s:
        assert len(create_centre(s, SYSTEM, CentreInput(code="MS-903", name="م" * limit))
                   .name) == limit


def _columns():
    from desktop.models import (
        AdministrativeArea,
        Detachment,
        Election,
        IssuingOffice,
        Organisation,
        Person,
        Post,
        Rank,
        Sector,
        User,
    )

    return {"person": Person.full_name_ar, "person latin": Person.name_latin,
            "rank": Rank.name_ar, "post": Post.name, "sector": Sector.name,
            "organisation": Organisation.name_ar, "area": AdministrativeArea.name_ar,
            "detachment": Detachment.name, "election": Election.name,
            "office": IssuingOffice.name, "user": User.display_name}


@pytest.mark.parametrize("what", sorted(_columns()))
def test_each_service_takes_what_its_column_holds_and_refuses_one_more(db, world, what):
    """The services' limits are their columns' (PostgreSQL would refuse a longer one itself;
    SQLite would keep it: the service is the guard there)."""
    limit = validation.column_length(_columns()[what])
    error = refused(db, ACTIONS[what]("م" * (limit + 1)), Invalid)
    assert f"{limit + 1} characters, at most {limit}" in error.message("en")
    with db.session() as s:
        ACTIONS[what]("م" * limit)(s)
