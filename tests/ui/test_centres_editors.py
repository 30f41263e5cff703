"""The registry's forms: bad input refused in Arabic with everything typed kept, a centre's two
records saved in one unit of work, a save refused as stale setting theirs beside mine, and the
post, sector and area forms."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.models import (
    AdministrativeArea,
    Centre,
    CentreStatus,
    ElectionCentre,
    Post,
    PostKind,
    RiskLevel,
    Sector,
)
from desktop.services.actor import actor_for
from desktop.services.site_lists import sector_rows
from desktop.services.sites import (
    CentreInput,
    CommissionFacts,
    record_for_election,
    update_centre,
)
from tests.ui import centres_fixtures, shell_fixtures
from tests.ui.centres_fixtures import PARLIAMENTARY, WAIT_MS, loaded, open_area, saved
from ui.centres.centre_editor import CentreEditor
from ui.centres.editors import AreaEditor, PostEditor, SectorEditor

arabic, demo_db = shell_fixtures.arabic, shell_fixtures.demo_db
room = centres_fixtures.room


@pytest.fixture
def area(qtbot, demo_db, arabic):
    return open_area(qtbot, demo_db)


def centre_in_election(db) -> Centre:
    with db.reader() as session:
        centre = session.scalars(
            select(Centre).join(ElectionCentre, ElectionCentre.centre_id == Centre.id)
            .where(ElectionCentre.election_id == PARLIAMENTARY).order_by(Centre.code)).first()
        session.expunge(centre)
        return centre


def stored(db, model, record_id):
    with db.reader() as session:
        found = session.get(model, record_id)
        session.expunge(found)
        return found


def facts_of(db, centre_id: int) -> ElectionCentre:
    with db.reader() as session:
        found = session.scalar(select(ElectionCentre).where(
            ElectionCentre.centre_id == centre_id, ElectionCentre.election_id == PARLIAMENTARY))
        session.expunge(found)
        return found


def editor_of(qtbot, area, centre_id: int | None) -> CentreEditor:
    dialog = area.open_centre(centre_id)
    return loaded(qtbot, dialog)


def elsewhere(db, change) -> None:
    """A change made by another user in a unit of work of its own."""
    with db.session() as session:
        change(session, actor_for(session, "commander"))


# -- bad input ---------------------------------------------------------------------------------

def test_an_empty_name_is_refused_in_arabic_and_the_form_keeps_what_was_typed(
        qtbot, area, demo_db):
    centre = centre_in_election(demo_db)
    dialog = editor_of(qtbot, area, centre.id)
    dialog.name.setText("   ")
    dialog.address.setText("عنوان كتبه المستخدم")
    dialog.voters.setValue(4321)
    saved(qtbot, dialog)
    assert dialog.isVisible() and "مطلوب" in dialog.error.text()  # «حقل الاسم مطلوب.»
    assert dialog.address.text() == "عنوان كتبه المستخدم" and dialog.voters.value() == 4321
    assert stored(demo_db, Centre, centre.id).name == centre.name


def test_a_code_another_centre_has_is_refused_naming_it(qtbot, area, demo_db):
    centre = centre_in_election(demo_db)
    with demo_db.reader() as session:
        other = session.scalar(select(Centre.code).where(Centre.id != centre.id))
    dialog = editor_of(qtbot, area, centre.id)
    dialog.code.setText(f" {other.lower()} ")  # another case, spaces: the same code
    saved(qtbot, dialog)
    assert dialog.isVisible() and other in dialog.error.text()
    assert "رمز المفوضية" in dialog.error.text()
    assert dialog.code.text() == f" {other.lower()} "


@pytest.mark.parametrize(("latitude", "longitude"), [("95", "47.1"), ("٣١٫٨", "")])
def test_coordinates_off_the_map_or_half_given_are_refused(qtbot, area, demo_db, latitude,
                                                           longitude):
    centre = centre_in_election(demo_db)
    dialog = editor_of(qtbot, area, centre.id)
    dialog.latitude.setText(latitude)
    dialog.longitude.setText(longitude)
    saved(qtbot, dialog)
    assert dialog.isVisible() and dialog.error.text()
    assert any("\u0600" <= ch <= "\u06ff" for ch in dialog.error.text())  # said in Arabic
    assert (dialog.latitude.text(), dialog.longitude.text()) == (latitude, longitude)
    assert stored(demo_db, Centre, centre.id).latitude == centre.latitude


# -- saving --------------------------------------------------------------------------------------

def test_a_centre_and_its_facts_are_saved_together(qtbot, area, demo_db):
    centre = centre_in_election(demo_db)
    before = facts_of(demo_db, centre.id)
    dialog = editor_of(qtbot, area, centre.id)
    dialog.name.setText("مدرسة الفارابي للبنين")
    dialog.latitude.setText("٣١٫٠٥")  # Arabic-Indic digits and the Arabic decimal point
    dialog.risk.set_value(RiskLevel.CRITICAL)
    dialog.stations.setValue(12)
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.save()
    now, facts = stored(demo_db, Centre, centre.id), facts_of(demo_db, centre.id)
    assert (now.name, now.latitude) == ("مدرسة الفارابي للبنين", 31.05)
    assert now.version > centre.version  # (update_centre flushes halfway: it may count two)
    assert (facts.risk, facts.stations, facts.version) == (RiskLevel.CRITICAL, 12,
                                                           before.version + 1)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    listing = area.centres  # the list shows the saved centre, chosen
    qtbot.waitUntil(lambda: listing.current_row() is not None
                    and listing.current_row().name == "مدرسة الفارابي للبنين", timeout=WAIT_MS)
    assert listing.current_row().risk is RiskLevel.CRITICAL


def test_a_refused_facts_save_leaves_the_centre_as_it_was(qtbot, area, demo_db):
    """Two records, one unit of work: the election record changed elsewhere refuses the save,
    and the centre's own change, made first in the same unit, is not kept either."""
    centre = centre_in_election(demo_db)
    dialog = editor_of(qtbot, area, centre.id)
    elsewhere(demo_db, lambda s, who: record_for_election(
        s, who, PARLIAMENTARY, centre.id, CommissionFacts(risk="high", stations=9,
                                                          status=CentreStatus.OPEN)))
    dialog.name.setText("اسم لن يُحفظ وحده")
    dialog.stations.setValue(2)
    saved(qtbot, dialog)
    assert stored(demo_db, Centre, centre.id).name == centre.name
    assert facts_of(demo_db, centre.id).stations == 9
    assert dialog.conflict is not None and dialog.name.text() == "اسم لن يُحفظ وحده"


def test_a_centre_outside_the_election_is_put_into_it_when_ticked(qtbot, area, demo_db):
    with demo_db.reader() as session:
        outside = session.scalar(select(Centre.id).where(Centre.code.like("MS-%"))
                                 .order_by(Centre.code))
    dialog = editor_of(qtbot, area, outside)
    assert dialog.facts.isCheckable() and not dialog.facts.isChecked()
    dialog.facts.setChecked(True)
    dialog.risk.set_value(RiskLevel.HIGH)
    dialog.voters.setValue(1500)
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.save()
    facts = facts_of(demo_db, outside)
    assert (facts.risk, facts.voters, facts.status) == (RiskLevel.HIGH, 1500,
                                                        CentreStatus.PLANNED)


def test_a_new_centre_is_made_in_the_chosen_election(qtbot, area, demo_db):
    dialog = editor_of(qtbot, area, None)
    dialog.code.setText("dq-٣٠١")
    dialog.name.setText("مدرسة جديدة")
    dialog.voters.setValue(800)
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS) as made:
        dialog.save()
    centre = stored(demo_db, Centre, made.args[0])
    assert centre.code == "DQ-301" and facts_of(demo_db, centre.id).voters == 800
    qtbot.waitUntil(lambda: area.centres.model.total == 35, timeout=WAIT_MS)


# -- saved elsewhere first -------------------------------------------------------------------

def _rename_elsewhere(db, centre: Centre, name: str) -> None:
    elsewhere(db, lambda s, who: update_centre(s, who, centre.id, CentreInput(
        code=centre.code, name=name, kind=centre.kind, area_id=centre.area_id,
        sector_id=centre.sector_id, address=centre.address, latitude=centre.latitude,
        longitude=centre.longitude), expected_version=centre.version))


def test_a_stale_save_shows_theirs_beside_mine_and_taking_theirs_keeps_mine_to_paste(
        qtbot, area, demo_db):
    centre = centre_in_election(demo_db)
    dialog = editor_of(qtbot, area, centre.id)
    _rename_elsewhere(demo_db, centre, "اسم حفظته محطة أخرى")
    dialog.name.setText("اسمي أنا")
    saved(qtbot, dialog)
    conflict = dialog.conflict
    assert conflict is not None and conflict.isVisible() and dialog.isVisible()
    fields = {d.label: (d.theirs, d.mine) for d in conflict.differences}
    assert list(fields.values()) == [("اسم حفظته محطة أخرى", "اسمي أنا")]
    assert stored(demo_db, Centre, centre.id).name == "اسم حفظته محطة أخرى"
    conflict.theirs_button.click()
    assert dialog.name.text() == "اسم حفظته محطة أخرى"
    assert "اسمي أنا" in QApplication.clipboard().text()
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):  # theirs, now with their version
        dialog.save()


def test_keeping_mine_saves_it_over_theirs_knowingly(qtbot, area, demo_db):
    centre = centre_in_election(demo_db)
    dialog = editor_of(qtbot, area, centre.id)
    _rename_elsewhere(demo_db, centre, "اسم حفظته محطة أخرى")
    dialog.name.setText("اسمي أنا")
    saved(qtbot, dialog)
    dialog.conflict.mine_button.click()
    assert dialog.name.text() == "اسمي أنا" and dialog.isVisible()
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.save()
    assert stored(demo_db, Centre, centre.id).name == "اسمي أنا"


def test_an_open_form_says_at_once_that_its_centre_was_changed_elsewhere(
        qtbot, db, arabic, room):
    from desktop.demo import load_demo

    load_demo(db)
    area = open_area(qtbot, db, changes=room)
    centre = centre_in_election(db)
    dialog = editor_of(qtbot, area, centre.id)
    dialog.address.setText("عنوان أكتبه الآن")  # something typed: the form is not re-read
    _rename_elsewhere(db, centre, "اسم حفظته محطة أخرى")
    qtbot.waitUntil(lambda: dialog.banner.isVisible(), timeout=WAIT_MS)
    assert dialog.reload_button.isVisible() and dialog.address.text() == "عنوان أكتبه الآن"
    dialog.reload_button.click()  # theirs, read again: what was typed gives way, as asked
    qtbot.waitUntil(lambda: dialog.loaded and dialog.name.text() == "اسم حفظته محطة أخرى",
                    timeout=WAIT_MS)
    assert not dialog.banner.isVisible() and dialog.version > centre.version


# -- posts, sectors, areas ---------------------------------------------------------------------

def test_a_new_post_with_its_place_and_a_refused_coordinate(qtbot, area, demo_db):
    area.tabs.setCurrentWidget(area.posts)
    dialog = loaded(qtbot, area.open_post(None))
    assert isinstance(dialog, PostEditor)
    dialog.name.setText("سيطرة مدخل البطحاء")
    dialog.kind.set_value(PostKind.RAPID_RESPONSE)
    dialog.latitude.setText("31")
    dialog.longitude.setText("200")
    saved(qtbot, dialog)
    assert dialog.isVisible() and dialog.error.text()
    assert dialog.name.text() == "سيطرة مدخل البطحاء"
    dialog.longitude.setText("46.1")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS) as made:
        dialog.save()
    post = stored(demo_db, Post, made.args[0])
    assert (post.name, post.kind, post.longitude) == ("سيطرة مدخل البطحاء",
                                                     PostKind.RAPID_RESPONSE, 46.1)
    qtbot.waitUntil(lambda: area.posts.current_id() == post.id, timeout=WAIT_MS)


def test_a_sector_covers_the_areas_ticked(qtbot, area, demo_db):
    with demo_db.reader() as session:
        sector = session.scalars(select(Sector).order_by(Sector.id)).first()
        sector_id, old_areas = sector.id, sorted(a.id for a in sector.areas)
        kumait = session.scalar(select(AdministrativeArea.id).where(
            AdministrativeArea.name_ar == "كميت"))
    dialog = loaded(qtbot, area.open_sector(sector_id))
    assert isinstance(dialog, SectorEditor) and dialog.checked_areas() == old_areas
    dialog._items[kumait].setCheckState(0, Qt.CheckState.Checked)
    dialog.name.setText("قاطع موسّع")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.save()
    with demo_db.reader() as session:
        row = sector_rows(session, ids=[sector_id])[0]
    assert row.name == "قاطع موسّع" and row.area_ids == tuple(sorted({*old_areas, kumait}))


def test_an_area_is_renamed_and_a_taken_code_is_refused(qtbot, area, demo_db):
    with demo_db.reader() as session:
        kumait = session.scalars(select(AdministrativeArea).where(
            AdministrativeArea.name_ar == "كميت")).one()
        kumait_id, parent_id = kumait.id, kumait.parent_id
    dialog = loaded(qtbot, area.open_area(kumait_id))
    assert isinstance(dialog, AreaEditor) and dialog.parent_area.value() == parent_id
    assert dialog.parent_area.choices.row_of(kumait_id) < 0  # not under itself
    dialog.code.setText("iq-ma")  # Maysan's
    saved(qtbot, dialog)
    assert "IQ-MA" in dialog.error.text() and dialog.code.text() == "iq-ma"
    dialog.code.setText("IQ-MA-01-9")
    dialog.name_ar.setText("ناحية كميت")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.save()
    renamed = stored(demo_db, AdministrativeArea, kumait_id)
    assert (renamed.name_ar, renamed.code) == ("ناحية كميت", "IQ-MA-01-9")
    qtbot.waitUntil(lambda: area.areas.current_id() == kumait_id, timeout=WAIT_MS)


def test_a_new_area_goes_under_the_one_in_focus_a_level_down(qtbot, area, demo_db):
    with demo_db.reader() as session:
        amarah = session.scalar(select(AdministrativeArea.id).where(
            AdministrativeArea.name_ar == "العمارة"))
    area.areas.select(amarah)
    area.areas.new_action.trigger()
    dialog = loaded(qtbot, area.dialogs[("areas", None)])
    assert dialog.parent_area.value() == amarah
    assert dialog.level.value().value == "subdistrict"
