"""Who is acting: sign-in, the first password, the first administrator, GHURFA_USER."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.models import User, UserRole
from desktop.services import accounts
from desktop.services.errors import Forbidden, Invalid, NotFound
from tests.desktop.factories import row_counts
from tests.ui import shell_fixtures
from ui.settings.signin import FirstRunDialog, SignInDialog, choose_actor

# The shared fixtures, named here so pytest finds them.
arabic, demo_db = shell_fixtures.arabic, shell_fixtures.demo_db


def test_a_demo_user_sets_the_password_at_the_first_sign_in(demo_db):
    with demo_db.session() as session, pytest.raises(Invalid):
        accounts.sign_in(session, "clerk", "short")
    with demo_db.session() as session:
        actor = accounts.sign_in(session, "clerk", "kateb-2010")
    assert actor.username == "clerk" and actor.role is UserRole.CLERK
    with demo_db.session() as session:
        assert accounts.sign_in(session, "clerk", "kateb-2010").user_id == actor.user_id
    with demo_db.session() as session, pytest.raises(Forbidden) as wrong:
        accounts.sign_in(session, "clerk", "another-one")
    assert wrong.value.message("ar") == "اسم المستخدم أو كلمة المرور غير صحيحة."
    with demo_db.session() as session, pytest.raises(Forbidden):
        accounts.sign_in(session, "ghost", "whatever-1")


def test_the_sign_in_dialog_says_no_in_arabic_and_yes_with_an_actor(demo_db, arabic, qtbot):
    dialog = SignInDialog(demo_db, None, "commander")
    qtbot.addWidget(dialog)
    dialog.password.setText("123")
    dialog.sign_in()
    assert dialog.actor is None
    assert dialog.error.text() == "كلمة المرور تحتاج إلى 8 أحرف على الأقل."
    dialog.password.setText("harbiya-38")
    dialog.sign_in()
    assert dialog.actor is not None and dialog.actor.role is UserRole.COMMANDER
    assert dialog.result() == SignInDialog.DialogCode.Accepted


def test_the_first_administrator_needs_matching_passwords(sqlite_db, arabic, qtbot):
    dialog = FirstRunDialog(sqlite_db)
    qtbot.addWidget(dialog)
    with sqlite_db.reader() as session:
        before = row_counts(session)
    dialog.password.setText("ghurfa-2010")
    dialog.confirm.setText("ghurfa-2011")
    dialog.create_admin()
    assert dialog.error.text() == "كلمتا المرور غير متطابقتين."
    dialog.confirm.setText("ghurfa-2010")
    dialog.password.setText("")
    dialog.confirm.setText("")
    dialog.create_admin()
    assert dialog.actor is None and "8" in dialog.error.text()
    with sqlite_db.reader() as session:
        assert row_counts(session) == before
    dialog.password.setText("ghurfa-2010")
    dialog.confirm.setText("ghurfa-2010")
    dialog.create_admin()
    assert dialog.actor is not None and dialog.actor.role is UserRole.ADMIN
    with sqlite_db.reader() as session:
        user = session.scalars(select(User)).one()
        assert accounts.check_password("ghurfa-2010", user.password_hash)


def test_ghurfa_user_names_the_actor_without_a_dialog(demo_db, monkeypatch):
    monkeypatch.setenv("GHURFA_USER", "staff")
    assert choose_actor(demo_db).role is UserRole.STAFF_OFFICER
    monkeypatch.setenv("GHURFA_USER", "nobody")
    with pytest.raises(NotFound):
        choose_actor(demo_db)
