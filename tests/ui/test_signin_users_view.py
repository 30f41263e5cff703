"""The users view in the settings: for administrators only; add, change a role, reset a
password, deactivate, and the room's idle period, each through the core and audited."""

from __future__ import annotations

from sqlalchemy import select

from desktop.models import AuditEntry, UserRole
from desktop.services import room_settings, signin
from desktop.services.actor import actor_for
from tests.ui import shell_fixtures
from ui.context import AppContext
from ui.settings.area import SettingsArea
from ui.settings.users import UsersPage

arabic, demo_db = shell_fixtures.arabic, shell_fixtures.demo_db
WAIT_MS = 10_000


def _ctx(db, username: str) -> AppContext:
    with db.reader() as session:
        return AppContext(db, actor_for(session, username), "ar", {})


def _page(db, qtbot, username: str = "admin") -> UsersPage:
    page = UsersPage(_ctx(db, username))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None and page.pending is None, timeout=WAIT_MS)
    return page


def _choose(page: UsersPage, username: str):
    user = next(u for u in page.model.rows if u.username == username)
    page.select(user.id)
    assert page.chosen() == user
    return user


def _settled(qtbot, page: UsersPage) -> None:
    qtbot.waitUntil(lambda: page.pending is None and page.dialog is None, timeout=WAIT_MS)


def _actions(db) -> list[str]:
    with db.reader() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_only_an_administrator_has_the_users_tab(demo_db, arabic, qtbot):
    admin = SettingsArea(_ctx(demo_db, "admin"))
    qtbot.addWidget(admin)
    assert admin.users is not None and admin.tabs.indexOf(admin.users) >= 0
    commander = SettingsArea(_ctx(demo_db, "commander"))
    qtbot.addWidget(commander)
    assert commander.users is None
    titles = [commander.tabs.tabText(i) for i in range(commander.tabs.count())]
    everything = [admin.tabs.tabText(i) for i in range(admin.tabs.count())]
    # the commander sees some of the administrator's tabs (the audit trail among them)
    assert set(titles) < set(everything)
    assert admin.tabs.tabText(admin.tabs.indexOf(admin.users)) not in titles


def test_a_user_is_added_after_a_weak_password_is_refused_in_the_dialog(demo_db, arabic,
                                                                       qtbot):
    page = _page(demo_db, qtbot)
    dialog = page.add_user()
    dialog.username.setText("katib2")
    dialog.display_name.setText("الكاتب الثاني")
    dialog.role.setCurrentIndex(dialog.role.findData(UserRole.STAFF_OFFICER))
    for field in (dialog.password, dialog.confirm):
        field.setText("password")
    dialog.apply()
    qtbot.waitUntil(lambda: dialog.pending is None, timeout=WAIT_MS)
    assert dialog.isVisible() and dialog.error.text()  # said in the dialog, typed text kept
    assert dialog.username.text() == "katib2"
    for field in (dialog.password, dialog.confirm):
        field.setText("a quiet room at night")
    dialog.apply()
    _settled(qtbot, page)
    qtbot.waitUntil(lambda: any(u.username == "katib2" for u in page.model.rows),
                    timeout=WAIT_MS)
    added = next(u for u in page.model.rows if u.username == "katib2")
    assert added.role is UserRole.STAFF_OFFICER and added.active and added.has_password
    assert signin.sign_in(demo_db, "katib2", "a quiet room at night").user_id == added.id
    assert "create" in _actions(demo_db)


def test_a_role_is_changed_and_a_password_reset(demo_db, arabic, qtbot):
    page = _page(demo_db, qtbot)
    clerk = _choose(page, "clerk")
    assert page.role_button.isEnabled() and page.password_button.isEnabled()
    dialog = page.change_role()
    dialog.role.setCurrentIndex(dialog.role.findData(UserRole.COMMANDER))
    dialog.apply()
    _settled(qtbot, page)
    qtbot.waitUntil(lambda: next(u for u in page.model.rows if u.id == clerk.id).role
                    is UserRole.COMMANDER, timeout=WAIT_MS)
    dialog = page.reset_password()
    dialog.password.setText("a new phrase for the clerk")
    dialog.confirm.setText("a new phrase for the clerk")
    dialog.apply()
    _settled(qtbot, page)
    assert signin.sign_in(demo_db, "clerk", "a new phrase for the clerk").role \
        is UserRole.COMMANDER
    actions = _actions(demo_db)
    assert "change_role" in actions and "reset_password" in actions


def test_a_user_is_deactivated_and_let_in_again_but_not_oneself(demo_db, arabic, qtbot):
    page = _page(demo_db, qtbot)
    _choose(page, "admin")
    assert not page.active_button.isEnabled()  # one's own account
    viewer = _choose(page, "viewer")
    assert page.active_button.isEnabled()
    page.toggle_active()
    _settled(qtbot, page)
    qtbot.waitUntil(lambda: not next(u for u in page.model.rows if u.id == viewer.id).active,
                    timeout=WAIT_MS)
    assert page.chosen().id == viewer.id  # the choice stays after the reading
    assert page.active_button.isEnabled()
    page.toggle_active()
    _settled(qtbot, page)
    qtbot.waitUntil(lambda: next(u for u in page.model.rows if u.id == viewer.id).active,
                    timeout=WAIT_MS)
    actions = _actions(demo_db)
    assert actions.count("deactivate") == 1 and actions.count("activate") == 1


def test_the_idle_period_is_saved_for_the_whole_room(demo_db, arabic, qtbot):
    page = _page(demo_db, qtbot)
    assert page.lock_minutes.value() == room_settings.LOCK_DEFAULT_MINUTES
    page.lock_minutes.setValue(5)
    page.save_lock_minutes()
    _settled(qtbot, page)
    with demo_db.reader() as session:
        assert room_settings.lock_after_minutes(session) == 5
    assert "5" in page.message.text()
