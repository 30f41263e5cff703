"""The settings page of the minimum protection per risk level: read, saved with the version
seen, a level changed elsewhere said with its stored values and the typed ones kept, and greyed
out with the reason for who may not plan the deployment."""

from __future__ import annotations

import pytest

from desktop.models import RiskLevel, UserRole
from desktop.services.actor import Actor, actor_for
from desktop.services.sites import MinimumInput, minimums, set_minimum
from tests.ui import shell_fixtures
from tests.ui.centres_fixtures import WAIT_MS
from ui.context import AppContext
from ui.settings.area import SettingsArea
from ui.settings.protection import ProtectionPage

arabic, demo_db = shell_fixtures.arabic, shell_fixtures.demo_db


def _page(qtbot, db, actor) -> ProtectionPage:
    page = ProtectionPage(AppContext(db, actor, "ar", {}))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.pending is None and bool(page.read), timeout=WAIT_MS)
    return page


@pytest.fixture
def page(qtbot, demo_db, arabic) -> ProtectionPage:
    with demo_db.reader() as session:
        staff = actor_for(session, "staff")
    return _page(qtbot, demo_db, staff)


def _stored(db) -> dict[RiskLevel, tuple[int, int, bool]]:
    with db.reader() as session:
        return {risk: (row.officers, row.vehicles, row.rapid_response)
                for risk, row in minimums(session).items()}


def _answered(qtbot, page: ProtectionPage) -> None:
    qtbot.waitUntil(lambda: page.pending is None, timeout=WAIT_MS)


def test_the_page_shows_each_levels_minimum_and_sits_in_the_settings(qtbot, page, demo_db):
    assert page.officers[RiskLevel.HIGH].value() == 8
    assert page.vehicles[RiskLevel.HIGH].value() == 1
    assert page.cover[RiskLevel.CRITICAL].isChecked()
    assert not page.cover[RiskLevel.LOW].isChecked()
    settings = SettingsArea(page.ctx)
    qtbot.addWidget(settings)
    assert settings.tabs.indexOf(settings.protection) >= 0


def test_the_levels_edited_are_saved_in_one_change(qtbot, page, demo_db):
    page.officers[RiskLevel.MEDIUM].setValue(5)
    page.cover[RiskLevel.HIGH].setChecked(True)
    page.save()
    _answered(qtbot, page)
    stored = _stored(demo_db)
    assert stored[RiskLevel.MEDIUM] == (5, 0, False)
    assert stored[RiskLevel.HIGH] == (8, 1, True)
    assert stored[RiskLevel.LOW] == (2, 0, False)
    assert page.message.text() and not page.edited()  # said saved; nothing left to save


def test_nothing_edited_saves_nothing(qtbot, page, demo_db):
    assert page.save() is None and page.message.text()


def test_a_level_changed_elsewhere_is_said_and_the_typed_values_stay(qtbot, page, demo_db):
    with demo_db.session() as session:
        commander = actor_for(session, "commander")
        version = minimums(session)[RiskLevel.LOW].version
        set_minimum(session, commander, RiskLevel.LOW, MinimumInput(3, 1, False),
                    expected_version=version)
    page.officers[RiskLevel.LOW].setValue(6)
    page.officers[RiskLevel.MEDIUM].setValue(7)
    page.save()
    _answered(qtbot, page)
    said = page.message.text()
    assert "3" in said and "1" in said  # theirs, stored now
    assert page.officers[RiskLevel.LOW].value() == 6
    assert page.officers[RiskLevel.MEDIUM].value() == 7
    assert _stored(demo_db)[RiskLevel.LOW] == (3, 1, False)
    assert _stored(demo_db)[RiskLevel.MEDIUM] == (4, 0, False)  # one unit: neither saved
    page.save()  # again, knowingly: mine replaces theirs
    _answered(qtbot, page)
    assert _stored(demo_db)[RiskLevel.LOW] == (6, 0, False)
    assert _stored(demo_db)[RiskLevel.MEDIUM] == (7, 0, False)


def test_who_may_not_plan_sees_the_page_greyed_with_the_reason(qtbot, demo_db, arabic):
    page = _page(qtbot, demo_db, Actor(None, "viewer", UserRole.VIEWER))
    assert not page.save_button.isEnabled() and page.save_button.toolTip()
    assert not page.officers[RiskLevel.LOW].isEnabled()
    assert page.note.text() == page.reason and page.save() is None
