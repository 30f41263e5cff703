"""An area of the tree edited: renamed, coded, moved, and the moves that would break the tree
refused in words, with nothing written."""

from __future__ import annotations

import pytest

from desktop.models import AdministrativeArea, AreaLevel, UserRole
from desktop.services.actor import SYSTEM, Actor
from desktop.services.errors import Conflict, Forbidden, Invalid, StaleRecord
from desktop.services.organisations import AreaInput, create_area, update_area
from tests.desktop.test_services import refused


@pytest.fixture
def tree(db) -> dict[str, int]:
    """Maysan with Amarah and Kumait under it, and Dhi Qar beside it."""
    with db.session() as s:
        maysan = create_area(s, SYSTEM, AreaInput("ميسان", "governorate", code="IQ-MA"))
        dhi_qar = create_area(s, SYSTEM, AreaInput("ذي قار", "governorate", code="IQ-DQ"))
        s.flush()
        amarah = create_area(s, SYSTEM, AreaInput("العمارة", "district", parent_id=maysan.id))
        s.flush()
        kumait = create_area(s, SYSTEM, AreaInput("كميت", "subdistrict", parent_id=amarah.id))
        s.flush()
        return {"maysan": maysan.id, "dhi_qar": dhi_qar.id, "amarah": amarah.id,
                "kumait": kumait.id}


def _area(db, area_id: int) -> AdministrativeArea:
    with db.reader() as s:
        area = s.get(AdministrativeArea, area_id)
        s.expunge(area)
        return area


def test_an_area_is_renamed_coded_and_moved_under_another_governorate(db, tree):
    version = _area(db, tree["amarah"]).version
    with db.session() as s:
        update_area(s, SYSTEM, tree["amarah"], AreaInput(
            " العمارة الكبرى ", "district", parent_id=tree["dhi_qar"], name_en="Amarah",
            code="iq-ma-٠١"), expected_version=version)
    area = _area(db, tree["amarah"])
    assert (area.name_ar, area.name_en, area.code, area.parent_id) == (
        "العمارة الكبرى", "Amarah", "IQ-MA-01", tree["dhi_qar"])
    assert area.version == version + 1


def test_an_area_keeps_its_own_code_when_saved_again(db, tree):
    with db.session() as s:
        update_area(s, SYSTEM, tree["maysan"], AreaInput("ميسان", "governorate", code="iq-ma"))
    assert _area(db, tree["maysan"]).code == "IQ-MA"


def test_an_area_cannot_stand_under_itself_or_beneath_itself(db, tree):
    for parent in ("amarah", "kumait"):
        error = refused(db, lambda s, parent=parent: update_area(s, SYSTEM, tree["amarah"],
                        AreaInput("العمارة", "district", parent_id=tree[parent])), Invalid)
        assert error.message("en") == ("An area cannot be placed under itself or an area "
                                       "beneath it.")


def test_a_new_level_must_still_hold_the_areas_beneath(db, tree):
    error = refused(db, lambda s: update_area(s, SYSTEM, tree["amarah"], AreaInput(
        "العمارة", "municipality", parent_id=tree["maysan"])), Invalid)
    assert error.message("en") == ("كميت stands under this area, and a subdistrict cannot "
                                   "stand under a municipality.")
    assert "كميت" in error.message("ar")


def test_a_level_must_fit_its_new_parent(db, tree):
    error = refused(db, lambda s: update_area(s, SYSTEM, tree["kumait"], AreaInput(
        "كميت", "subdistrict", parent_id=tree["maysan"])), Invalid)
    assert "subdistrict" in error.message("en") and "governorate" in error.message("en")


def test_a_code_held_by_another_area_is_refused(db, tree):
    error = refused(db, lambda s: update_area(s, SYSTEM, tree["maysan"], AreaInput(
        "ميسان", "governorate", code=" iq-dq ")), Conflict)
    assert "IQ-DQ" in error.message("en")


def test_an_empty_name_is_refused(db, tree):
    error = refused(db, lambda s: update_area(s, SYSTEM, tree["maysan"], AreaInput(
        "  ", "governorate")), Invalid)
    assert error.message("en") == "Name is required."


def test_a_stale_copy_is_refused_with_the_area_as_stored(db, tree):
    version = _area(db, tree["maysan"]).version
    with db.session() as s:
        update_area(s, SYSTEM, tree["maysan"], AreaInput("محافظة ميسان", "governorate"),
                    expected_version=version)
    error = refused(db, lambda s: update_area(s, SYSTEM, tree["maysan"], AreaInput(
        "ميسان", "governorate", name_en="Maysan"), expected_version=version), StaleRecord)
    assert error.stored["name_ar"] == "محافظة ميسان"
    assert error.stored_version == version + 1 and error.seen_version == version


def test_a_viewer_may_not_edit_the_tree(db, tree):
    viewer = Actor(None, "viewer", UserRole.VIEWER)
    refused(db, lambda s: update_area(s, viewer, tree["maysan"], AreaInput(
        "ميسان", AreaLevel.GOVERNORATE)), Forbidden)
