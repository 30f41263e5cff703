"""The Personnel area over the seed demo: people found by a service number typed in Arabic-
Indic digits, a person's form saved and refused without loss, a change from another session
in the open list with the choice kept, a detachment made and its crew change on a published
roster confirmed as an amendment, a vehicle sent to maintenance, and who may change what."""

from __future__ import annotations

import pytest
import shiboken6
from sqlalchemy import select

from desktop.models import Assignment, Detachment, Person, Shift, Vehicle, VehicleStatus
from desktop.services import rosters
from desktop.services.actor import actor_for
from desktop.services.errors import Forbidden
from desktop.services.people import PersonInput, update_person
from desktop.services.permissions import DEPLOYMENT, require
from desktop.storage.database import Database
from tests.ui import board_fixtures, shell_fixtures
from tests.ui.centres_fixtures import WAIT_MS, loaded, saved, type_text
from ui.centres.conflict import RecordConflict
from ui.context import AppContext
from ui.personnel.area import PersonnelArea

arabic, demo_db = shell_fixtures.arabic, shell_fixtures.demo_db
room = board_fixtures.room
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _open(qtbot, db: Database, who: str = "staff", changes=None) -> PersonnelArea:
    with db.reader() as session:
        actor = actor_for(session, who)
    area = PersonnelArea(AppContext(db, actor, "ar", {}, changes=changes))
    qtbot.addWidget(area)
    area.resize(1300, 720)
    area.show()
    qtbot.waitUntil(lambda: not area.people.loading and area.people.model.rowCount() > 0
                    and not area.detachments.loading and not area.vehicles.loading,
                    timeout=WAIT_MS)
    return area


def _saved(qtbot, dialog) -> int:
    """Save and wait for the id saved. Not ``qtbot.waitSignal``: the form deletes itself
    once saved, and the blocker letting go of a deleted sender corrupts memory (PySide)."""
    got: list[int] = []
    dialog.saved.connect(got.append)
    dialog.save()
    qtbot.waitUntil(lambda: bool(got), timeout=WAIT_MS)
    return got[0]


def _someone(db: Database) -> Person:
    with db.reader() as session:
        person = session.scalars(select(Person).where(Person.service_number.is_not(None),
                                                      Person.active.is_(True))
                                 .order_by(Person.id.desc())).first()
        session.expunge(person)
        return person


def _search(qtbot, area: PersonnelArea, text: str) -> list:
    type_text(qtbot, area.people.search, text)
    qtbot.waitUntil(lambda: not area.people._typing.isActive() and not area.people.loading,
                    timeout=WAIT_MS)
    return area.people.rows()


def test_a_service_number_typed_in_arabic_digits_finds_the_person(qtbot, demo_db, arabic):
    area = _open(qtbot, demo_db)
    person = _someone(demo_db)
    found = _search(qtbot, area, person.service_number.translate(ARABIC_DIGITS))
    assert [r.id for r in found] == [person.id]
    assert found[0].organisation and found[0].active


def test_a_person_saved_from_the_form_and_a_name_left_empty_refused(qtbot, demo_db, arabic,
                                                                    room):
    area = _open(qtbot, demo_db, changes=room)
    person = _someone(demo_db)
    _search(qtbot, area, person.service_number)
    assert area.people.select(person.id)
    dialog = loaded(qtbot, area.open_person(person.id))
    dialog.full_name.setText("   ")
    dialog.position.setText("ضابط خفر")
    saved(qtbot, dialog)
    assert dialog.isVisible() and dialog.error.text()  # refused in words
    assert dialog.position.text() == "ضابط خفر"  # nothing typed lost
    dialog.full_name.setText(person.full_name_ar + " الحسيني")
    _saved(qtbot, dialog)
    qtbot.waitUntil(lambda: any(r.id == person.id and r.name.endswith("الحسيني")
                                and r.position == "ضابط خفر" for r in area.people.rows()),
                    timeout=WAIT_MS)
    assert area.people.current_id() == person.id


def test_a_save_after_another_workstation_saved_shows_theirs_beside_mine(qtbot, demo_db,
                                                                         arabic):
    area = _open(qtbot, demo_db)
    person = _someone(demo_db)
    dialog = loaded(qtbot, area.open_person(person.id))
    dialog.phone.setText("07701234567")
    with demo_db.session() as session:
        update_person(session, actor_for(session, "clerk"), person.id, PersonInput(
            person.full_name_ar, rank_id=person.rank_id, service_number=person.service_number,
            organisation_id=person.organisation_id, phone="07809999999",
            home_sector_id=person.home_sector_id))
    saved(qtbot, dialog)
    conflict = dialog.conflict
    assert isinstance(conflict, RecordConflict)
    assert any(d.theirs == "07809999999" and d.mine == "07701234567"
               for d in conflict.differences)
    assert dialog.phone.text() == "07701234567"
    with demo_db.reader() as session:
        assert session.get(Person, person.id).phone == "07809999999"


def test_a_rename_on_another_workstation_shows_in_the_open_list_with_the_choice_kept(
        qtbot, demo_db, arabic, room):
    area = _open(qtbot, demo_db, changes=room)
    rows = area.people.rows()
    chosen, renamed = rows[3], rows[5]
    assert area.people.select(chosen.id)
    other = Database(demo_db.url.render_as_string(hide_password=False))
    try:
        with other.session() as session:
            person = session.get(Person, renamed.id)
            update_person(session, actor_for(session, "clerk"), renamed.id, PersonInput(
                "اسم جديد للمنتسب", rank_id=person.rank_id,
                service_number=person.service_number, organisation_id=person.organisation_id))
    finally:
        other.dispose()
    qtbot.waitUntil(lambda: any(r.id == renamed.id and r.name == "اسم جديد للمنتسب"
                                for r in area.people.rows()), timeout=WAIT_MS)
    assert area.people.current_id() == chosen.id


def test_a_clerk_edits_people_but_not_detachments_or_vehicles(qtbot, demo_db, arabic):
    area = _open(qtbot, demo_db, "clerk")
    with demo_db.reader() as session:
        clerk = actor_for(session, "clerk")
    with pytest.raises(Forbidden) as refused:
        require(clerk, DEPLOYMENT)
    reason = refused.value.message("ar")
    assert area.people.new_action.isEnabled()
    for page in (area.detachments, area.vehicles):
        assert not page.new_action.isEnabled() and page.new_action.toolTip() == reason
    page = area.vehicles
    page.view.setCurrentIndex(page.proxy.index(0, 0))
    dialog = loaded(qtbot, area.open_vehicle(page.current_id()))
    assert not dialog.save_button.isEnabled() and dialog.note.text() == reason


def test_a_vehicle_sent_to_maintenance(qtbot, demo_db, arabic, room):
    area = _open(qtbot, demo_db, changes=room)
    page = area.vehicles
    row = next(r for r in page.model.rows if r.in_service)
    assert page.select(row.id)
    dialog = loaded(qtbot, area.open_vehicle(row.id))
    dialog.status.set_value(VehicleStatus.MAINTENANCE)
    _saved(qtbot, dialog)
    qtbot.waitUntil(lambda: any(r.id == row.id and not r.in_service for r in page.model.rows),
                    timeout=WAIT_MS)
    with demo_db.reader() as session:
        assert session.get(Vehicle, row.id).status is VehicleStatus.MAINTENANCE


def test_a_detachment_made_from_people_found_and_its_crew_change_amends_a_published_roster(
        qtbot, demo_db, arabic, room):
    area = _open(qtbot, demo_db, changes=room)
    dialog = loaded(qtbot, area.open_detachment(None))
    dialog.name.setText("مفرزة الحماية الثالثة")
    leader = _someone(demo_db)
    dialog.search.setText(leader.service_number)
    qtbot.waitUntil(lambda: dialog.found.count() == 1, timeout=WAIT_MS)
    dialog.lead_found()
    with demo_db.reader() as session:
        member = session.scalars(select(Person).where(
            Person.id != leader.id, Person.active.is_(True), Person.service_number.is_not(None))
            .order_by(Person.id.desc())).first()
        number = member.service_number
    dialog.search.setText(number)
    qtbot.waitUntil(lambda: [m.id for m in dialog.found_people] == [member.id],
                    timeout=WAIT_MS)
    dialog.add_found()
    dialog.add_found()  # once is enough: nobody twice
    assert dialog.member_ids() == [member.id]
    team_id = _saved(qtbot, dialog)
    qtbot.waitUntil(lambda: any(r.id == team_id and r.crew == 2
                                for r in area.detachments.model.rows), timeout=WAIT_MS)

    # a detachment on a published roster: its crew changes only as a confirmed amendment
    with demo_db.session() as session:
        on_duty = session.scalars(select(Assignment).where(
            Assignment.detachment_id.is_not(None)).order_by(Assignment.id)).first()
        team_id, shift_id = on_duty.detachment_id, on_duty.shift_id
        if session.get(Shift, shift_id).roster_status.value == "draft":
            rosters.publish_roster(session, actor_for(session, "commander"), shift_id)
        revision = session.get(Shift, shift_id).roster_revision
    dialog = loaded(qtbot, area.open_detachment(team_id))
    crew = len(dialog.member_ids())
    dialog.members.setCurrentRow(dialog.members.count() - 1)
    dialog.remove_chosen()
    saved(qtbot, dialog)
    assert shiboken6.isValid(dialog) and dialog.isVisible()
    assert "تعديل" in dialog.error.text()  # refused: the published roster's own words
    dialog.amend.setChecked(True)
    _saved(qtbot, dialog)
    with demo_db.reader() as session:
        assert session.get(Shift, shift_id).roster_revision == revision + 1
        assert len(session.get(Detachment, team_id).members) == crew - 1
