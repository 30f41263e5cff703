"""The Centres tab over the seed demo: an election's facts, Arabic search as people type it,
the filters, sorting, Enter opening a centre, and a change from another session showing in the
open table with the selection kept."""

from __future__ import annotations

import sys
import types

import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from desktop.demo import load_demo
from desktop.models import Centre, CentreStatus, ElectionCentre, RiskLevel
from desktop.services.actor import actor_for
from desktop.services.sites import (
    CentreInput,
    CommissionFacts,
    record_for_election,
    update_centre,
)
from desktop.storage.database import Database
from tests.ui import centres_fixtures, shell_fixtures
from tests.ui.centres_fixtures import (
    MAYSAN_ELECTION,
    PARLIAMENTARY,
    WAIT_MS,
    open_area,
    settled,
    type_text,
    wait_for,
)
from tests.ui.test_no_queries_on_the_interface_thread import Statements
from ui.areas.placeholder import Placeholder
from ui.centres.area import CentresArea
from ui.centres.centre_editor import CentreEditor
from ui.centres.table import COLUMN
from ui.context import AppContext
from ui.settings.protection import ProtectionPage

arabic, demo_db = shell_fixtures.arabic, shell_fixtures.demo_db
room = centres_fixtures.room


@pytest.fixture
def area(qtbot, demo_db, arabic):
    return open_area(qtbot, demo_db)


def shown(area) -> list:
    model = area.centres.model
    return [model.row(n) for n in range(model.rowCount())]


def test_every_centre_shows_with_the_latest_elections_facts(area):
    rows = shown(area)
    assert area.election.value() == PARLIAMENTARY and len(rows) == 34
    in_it = [r for r in rows if r.in_election]
    assert len(in_it) == 12 and all(r.code.startswith("DQ-") for r in in_it)
    assert all(r.risk is not None and r.voters for r in in_it)
    assert "34" in area.centres.count_label.text()
    first = area.centres.model.index(0, COLUMN["voters"])
    assert area.centres.model.data(first) == f"{rows[0].voters:,}"


def test_another_election_shows_its_own_facts(qtbot, area):
    area.election.set_value(MAYSAN_ELECTION)
    qtbot.waitUntil(lambda: not area.centres.loading
                    and any(r.in_election and r.code.startswith("MS-") for r in shown(area)),
                    timeout=WAIT_MS)
    assert not any(r.in_election for r in shown(area) if r.code.startswith("DQ-"))
    assert area.ctx.preferences["centres.election"] == MAYSAN_ELECTION


def test_search_finds_arabic_as_people_type_it_and_the_count_follows(qtbot, area):
    type_text(qtbot, area.centres.search, "اعداديه")  # إعدادية, without hamza or ta marbuta
    rows = shown(area)
    assert rows and all("إعدادية" in r.name for r in rows)
    assert area.centres.count_label.text().startswith(f"{len(rows)} ")
    area.centres.search.clear()
    assert len(shown(area)) == 34


def test_the_place_and_fact_filters_narrow_together(qtbot, area):
    listing = area.centres
    listing.governorate.set_value("ذي قار")
    assert {r.governorate for r in shown(area)} == {"ذي قار"} and len(shown(area)) == 12
    districts = [listing.district.choices.value_at(n)
                 for n in range(1, listing.district.count())]
    assert "الناصرية" in districts and "العمارة" not in districts  # only Dhi Qar's
    listing.risk.set_value(RiskLevel.MEDIUM)
    assert shown(area) and all(r.risk is RiskLevel.MEDIUM for r in shown(area))
    listing.governorate.set_value(None)
    listing.risk.set_value(None)
    listing.in_election.setChecked(True)
    assert len(shown(area)) == 12


def test_a_header_click_sorts_and_the_chosen_centre_stays_chosen(qtbot, area):
    listing = area.centres
    assert listing.select_centre(shown(area)[3].id)
    chosen = listing.current_row().id
    listing.view.sortByColumn(COLUMN["voters"], Qt.SortOrder.DescendingOrder)
    voters = [r.voters for r in shown(area) if r.voters is not None]
    assert voters == sorted(voters, reverse=True)
    assert shown(area)[-1].voters is None  # those not in the election last
    assert listing.current_row().id == chosen


def test_enter_on_a_row_opens_its_centre(qtbot, area):
    listing = area.centres
    listing.select_centre(shown(area)[0].id)
    listing.view.setFocus()
    qtbot.keyClick(listing.view, Qt.Key.Key_Return)
    dialog = wait_for(qtbot, lambda: area.dialogs.get(("centres", shown(area)[0].id)))
    assert isinstance(dialog, CentreEditor)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT_MS)
    assert dialog.code.text() == shown(area)[0].code
    qtbot.keyClick(listing.view, Qt.Key.Key_Return)  # asked again: the same form
    assert len([d for d in area.dialogs.values() if isinstance(d, CentreEditor)]) == 1


def test_who_may_not_plan_sees_the_actions_greyed_with_the_reason(qtbot, demo_db, arabic):
    area = open_area(qtbot, demo_db, "clerk")
    assert not area.new_centre.isEnabled() and not area.posts.new_action.isEnabled()
    assert not area.import_action.isEnabled()
    assert area.new_centre.toolTip()  # the core's reason, in the user's language
    assert area.areas.new_action.isEnabled()  # a clerk keeps the registry of areas
    area.centres.select_centre(shown(area)[0].id)
    area.edit_centre.trigger()  # opens the centre to read
    dialog = wait_for(qtbot, lambda: next(iter(area.dialogs.values()), None))
    qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT_MS)
    assert not dialog.save_button.isEnabled() and dialog.note.text() == dialog.reason
    assert dialog.name.isReadOnly()


def test_a_change_from_another_session_shows_in_the_open_table(qtbot, db, arabic, room):
    """Another workstation renames a centre and puts another into the election: the open
    table shows both without a click, and the centre the user had chosen stays chosen."""
    load_demo(db)
    area = open_area(qtbot, db, changes=room)
    listing = area.centres
    rows = shown(area)
    chosen, renamed = rows[5], rows[2]
    outside = next(r for r in rows if not r.in_election)
    listing.select_centre(chosen.id)
    listing.view.scrollToTop()
    elsewhere = Database(db.url.render_as_string(hide_password=False))
    try:
        with elsewhere.session() as session:
            staff = actor_for(session, "staff")
            centre = session.get(Centre, renamed.id)
            update_centre(session, staff, renamed.id, CentreInput(
                code=centre.code, name="مدرسة سمّتها محطة أخرى", kind=centre.kind,
                area_id=centre.area_id, sector_id=centre.sector_id, address=centre.address,
                latitude=centre.latitude, longitude=centre.longitude),
                expected_version=renamed.version)
        with elsewhere.session() as session:
            record_for_election(session, actor_for(session, "staff"), PARLIAMENTARY,
                                outside.id, CommissionFacts(risk="high", stations=4,
                                                            status=CentreStatus.OPEN))
    finally:
        elsewhere.dispose()
    model = listing.model
    qtbot.waitUntil(lambda: model.row(model.row_of(renamed.id)).name
                    == "مدرسة سمّتها محطة أخرى", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: model.row(model.row_of(outside.id)).risk is RiskLevel.HIGH,
                    timeout=WAIT_MS)
    assert listing.current_row().id == chosen.id
    assert model.total == 34
    with db.reader() as session:  # what the table shows is what was stored
        stored = session.scalar(select(ElectionCentre.risk).where(
            ElectionCentre.centre_id == outside.id,
            ElectionCentre.election_id == PARLIAMENTARY))
    assert stored is RiskLevel.HIGH


def test_the_area_reaches_the_database_by_operations_only(qtbot, demo_db, arabic, monkeypatch):
    """Every list, form and page of the area reads and writes off the interface thread."""
    with demo_db.reader() as session:
        staff = actor_for(session, "staff")
    statements = Statements(demo_db, monkeypatch)
    try:
        with statements.recorded():
            area = CentresArea(AppContext(demo_db, staff, "ar", {}))
            qtbot.addWidget(area)
            area.show()
            settled(qtbot, area)
            type_text(qtbot, area.centres.search, "مدرسه")
            dialog = area.open_centre(shown(area)[0].id)
            qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT_MS)
            dialog.voters.setValue(dialog.voters.value() + 1)
            with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
                dialog.save()
            for form in (area.open_post(None), area.open_sector(None), area.open_area(None)):
                qtbot.waitUntil(lambda form=form: form.loaded, timeout=WAIT_MS)
            page = ProtectionPage(area.ctx)
            qtbot.addWidget(page)
            qtbot.waitUntil(lambda: bool(page.read), timeout=WAIT_MS)
        statements.check("ui/centres/area.py", "ui/centres/listing.py", "ui/centres/form.py",
                         "ui/centres/pages.py", "ui/settings/protection.py")
    finally:
        statements.close()


def test_the_map_tab_holds_the_map_view_where_there_is_one(qtbot, area, monkeypatch):
    """Built when first shown, following the election chosen; its marker opens the centre."""

    class MapView(QWidget):
        open_centre = Signal(int)

        def __init__(self, ctx, parent=None) -> None:
            super().__init__(parent)
            self.elections: list = []

        def set_election(self, election_id) -> None:
            self.elections.append(election_id)

    module = types.ModuleType("tests_fake_map")
    module.MapView = MapView
    monkeypatch.setitem(sys.modules, "tests_fake_map", module)
    monkeypatch.setattr("ui.centres.area.MAP_MODULE", "tests_fake_map")
    area.tabs.setCurrentIndex(area.map_index)
    view = area.map_view
    assert isinstance(view, MapView) and view.elections == [PARLIAMENTARY]
    area.election.set_value(MAYSAN_ELECTION)
    assert view.elections == [PARLIAMENTARY, MAYSAN_ELECTION]
    view.open_centre.emit(shown(area)[0].id)
    assert ("centres", shown(area)[0].id) in area.dialogs


def test_the_map_tab_says_what_will_come_while_there_is_no_map(qtbot, area, monkeypatch):
    monkeypatch.setattr("ui.centres.area.MAP_MODULE", "ui.centres.no_map_here")
    area.tabs.setCurrentIndex(area.map_index)
    assert isinstance(area.map_view, Placeholder) and area.map_view.coming


def test_import_centres_opens_the_import_dialog(qtbot, area, monkeypatch):
    opened: list = []

    class ImportCentresDialog(QWidget):
        def __init__(self, ctx, parent=None) -> None:
            super().__init__(parent)
            self.ctx = ctx

        def open(self) -> None:
            opened.append(self)

    module = types.ModuleType("tests_fake_import")
    module.ImportCentresDialog = ImportCentresDialog
    monkeypatch.setitem(sys.modules, "tests_fake_import", module)
    monkeypatch.setattr("ui.centres.area.IMPORT_MODULE", "tests_fake_import")
    dialog = area.import_centres()
    assert opened == [dialog] and dialog.ctx is area.ctx


def test_each_tab_has_new_and_edit_on_the_keyboard(qtbot, area):
    """The bindings (the keys, held to the tab they belong to) and the actions they trigger
    are tested apart: a key sent offscreen may reach no window."""
    new, edit = QKeySequence(QKeySequence.StandardKey.New), QKeySequence("Ctrl+E")
    for page, actions in ((area.new_centre.parent(), (area.new_centre, area.edit_centre)),
                          (area.posts, (area.posts.new_action, area.posts.edit_action)),
                          (area.sectors, (area.sectors.new_action, area.sectors.edit_action)),
                          (area.areas, (area.areas.new_action, area.areas.edit_action))):
        assert [a.shortcut() for a in actions] == [new, edit]
        assert all(a in page.actions() for a in actions)
        assert all(a.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
                   for a in actions)
    area.new_centre.trigger()
    assert ("centres", None) in area.dialogs
    area.posts.select(area.posts.model.rows[0].id)
    area.posts.edit_action.trigger()
    assert ("posts", area.posts.model.rows[0].id) in area.dialogs
