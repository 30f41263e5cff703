"""The sign-in as a newcomer meets it: the first start makes the administrator; the demo's
sign-in names its accounts under a banner; a real database shows nothing of the demo."""

from __future__ import annotations

from sqlalchemy import select

from desktop.demo.accounts import ACCOUNTS, password_of
from desktop.models import User, UserRole
from desktop.services import accounts
from desktop.services.actor import SYSTEM
from tests.ui import shell_fixtures
from ui.settings.signin import FirstRunDialog, SignInDialog, choose_actor

arabic, demo_db = shell_fixtures.arabic, shell_fixtures.demo_db
WAIT_MS = 10_000


def _read(qtbot, dialog: SignInDialog) -> SignInDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.reading is None, timeout=WAIT_MS)
    return dialog


def test_the_first_start_makes_the_administrator_and_no_account_exists_before(
        sqlite_db, arabic, monkeypatch, qtbot):
    monkeypatch.delenv("GHURFA_USER", raising=False)
    chosen: list = []
    sign_in = choose_actor(sqlite_db, None, chosen.append)
    qtbot.waitUntil(lambda: sign_in.dialog is not None, timeout=WAIT_MS)
    first = sign_in.dialog
    assert isinstance(first, FirstRunDialog)
    with sqlite_db.reader() as session:
        assert session.scalars(select(User)).all() == []  # no default account to claim
    first.password.setText("password")  # among the commonest: refused, nothing made
    first.confirm.setText("password")
    first.create_admin()
    qtbot.waitUntil(lambda: first.pending is None, timeout=WAIT_MS)
    assert first.error.text() and chosen == []
    first.username.setText("Mudir")
    first.password.setText("the room's own long phrase")
    first.confirm.setText("the room's own long phrase")
    first.create_admin()
    qtbot.waitUntil(lambda: bool(chosen), timeout=WAIT_MS)
    assert [(a.username, a.role) for a in chosen] == [("mudir", UserRole.ADMIN)]
    with sqlite_db.reader() as session:
        user = session.scalars(select(User)).one()
        assert user.password_hash.startswith("$argon2id$")


def test_the_demo_sign_in_names_its_accounts_and_a_chosen_one_signs_in(demo_db, arabic, qtbot):
    dialog = _read(qtbot, SignInDialog(demo_db, None, ""))
    assert dialog.banner.isVisible() and dialog.demo_table.isVisible()
    assert "Demo data" in dialog.banner.text() or "تجريبية" in dialog.banner.text()
    listed = [tuple(dialog.demo_table.item(row, column).text() for column in (1, 2))
              for row in range(dialog.demo_table.rowCount())]
    assert listed == [(a.username, a.password) for a in ACCOUNTS]
    roles = {dialog.demo_table.item(row, 0).text() for row in range(len(ACCOUNTS))}
    assert len(roles) == len(ACCOUNTS)  # one account for each role, each by its label
    dialog.choose_demo_account(1)
    assert dialog.username.text() == "commander"
    assert dialog.password.text() == password_of("commander")
    dialog.sign_in()
    qtbot.waitUntil(lambda: dialog.pending is None, timeout=WAIT_MS)
    assert dialog.actor is not None and dialog.actor.role is UserRole.COMMANDER


def test_a_name_typed_before_the_list_came_chooses_its_account(demo_db, arabic, qtbot):
    dialog = _read(qtbot, SignInDialog(demo_db, None, "Clerk"))
    assert dialog.password.text() == password_of("clerk")


def test_a_deactivated_demo_account_is_not_offered(demo_db, arabic, qtbot):
    with demo_db.session() as session:
        session.scalars(select(User).where(User.username == "viewer")).one().active = False
    dialog = _read(qtbot, SignInDialog(demo_db, None, ""))
    names = [dialog.demo_table.item(row, 1).text()
             for row in range(dialog.demo_table.rowCount())]
    assert "viewer" not in names and "admin" in names


def test_a_real_database_shows_nothing_of_the_demo(sqlite_db, arabic, qtbot):
    with sqlite_db.session() as session:  # even with users named as the demo's
        accounts.create_user(session, SYSTEM, "admin", "المدير", "admin",
                             "the room's own long phrase")
        accounts.create_user(session, SYSTEM, "clerk", "الكاتب", "clerk",
                             "another long phrase")
    dialog = _read(qtbot, SignInDialog(sqlite_db, None, ""))
    assert dialog.demo == [] and dialog.demo_table.rowCount() == 0
    assert not dialog.banner.isVisible() and not dialog.demo_table.isVisible()
    assert not dialog.demo_note.isVisible()
    assert "mudir-2010" not in " ".join(w.text() for w in (dialog.username, dialog.password))
