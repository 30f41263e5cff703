"""Who is acting: sign-in, the first administrator, GHURFA_USER."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.demo.accounts import password_of
from desktop.models import User, UserRole
from desktop.services import accounts, signin
from desktop.services.actor import SYSTEM
from desktop.services.errors import Forbidden, NotFound
from tests.desktop.factories import row_counts
from tests.ui import shell_fixtures
from ui.settings.signin import FirstRunDialog, SignIn, SignInDialog, choose_actor

# The shared fixtures, named here so pytest finds them.
arabic, demo_db = shell_fixtures.arabic, shell_fixtures.demo_db
ANSWER_MS = 10_000


def _answered(qtbot, dialog) -> None:
    """The core has answered the dialog's sign-in or first administrator."""
    qtbot.waitUntil(lambda: dialog.pending is None, timeout=ANSWER_MS)


class _Answers:
    """What ``choose_actor`` called back with."""

    def __init__(self) -> None:
        self.chosen: list = []
        self.refused: list[BaseException] = []

    def choose(self, db) -> SignIn:
        return choose_actor(db, None, self.chosen.append, self.refused.append)

    def wait(self, qtbot) -> None:
        qtbot.waitUntil(lambda: bool(self.chosen or self.refused), timeout=ANSWER_MS)


def test_a_demo_user_signs_in_with_the_password_the_demo_gave(demo_db):
    with pytest.raises(Forbidden) as wrong:
        signin.sign_in(demo_db, "clerk", "another-one")
    assert wrong.value.message("ar") == "اسم المستخدم أو كلمة المرور غير صحيحة."
    actor = signin.sign_in(demo_db, "clerk", password_of("clerk"))
    assert actor.username == "clerk" and actor.role is UserRole.CLERK
    with pytest.raises(Forbidden) as unknown:  # a name nobody has: the same words
        signin.sign_in(demo_db, "ghost", "whatever-1")
    assert unknown.value.message("ar") == wrong.value.message("ar")


def test_the_sign_in_dialog_says_no_in_arabic_and_yes_with_an_actor(demo_db, arabic, qtbot):
    dialog = SignInDialog(demo_db, None, "commander")
    qtbot.addWidget(dialog)
    dialog.password.setText("123")
    assert dialog.sign_in() is not None
    assert not dialog.sign_in_button.isEnabled()  # waits for the core's answer
    assert dialog.sign_in() is None  # Enter pressed again: one sign-in at a time
    _answered(qtbot, dialog)
    assert dialog.actor is None and dialog.sign_in_button.isEnabled()
    assert dialog.error.text() == "اسم المستخدم أو كلمة المرور غير صحيحة."
    dialog.password.setText(password_of("commander"))
    dialog.sign_in()
    _answered(qtbot, dialog)
    assert dialog.actor is not None and dialog.actor.role is UserRole.COMMANDER
    assert dialog.result() == SignInDialog.DialogCode.Accepted


def test_a_wrong_password_is_refused_in_the_dialog_and_the_password_kept_for_retyping(
        demo_db, arabic, qtbot):
    dialog = SignInDialog(demo_db, None, "clerk")
    qtbot.addWidget(dialog)
    dialog.password.setText("kateb-2011")
    dialog.sign_in()
    _answered(qtbot, dialog)
    assert dialog.actor is None and dialog.result() != SignInDialog.DialogCode.Accepted
    assert dialog.error.text() == "اسم المستخدم أو كلمة المرور غير صحيحة."
    assert dialog.password.selectedText() == "kateb-2011"


def test_a_sign_in_cancelled_while_under_way_lets_nobody_in(demo_db, arabic, qtbot):
    dialog = SignInDialog(demo_db, None, "commander")
    qtbot.addWidget(dialog)
    dialog.password.setText(password_of("commander"))
    dialog.sign_in()
    dialog.reject()
    _answered(qtbot, dialog)
    assert dialog.actor is None and dialog.result() == SignInDialog.DialogCode.Rejected


def test_the_first_administrator_needs_matching_passwords(sqlite_db, arabic, qtbot):
    dialog = FirstRunDialog(sqlite_db)
    qtbot.addWidget(dialog)
    with sqlite_db.reader() as session:
        before = row_counts(session)
    dialog.password.setText("ghurfa-2010")
    dialog.confirm.setText("ghurfa-2011")
    assert dialog.create_admin() is not None
    assert not dialog.create_button.isEnabled()  # waits for the core's answer
    _answered(qtbot, dialog)
    assert dialog.error.text() == "كلمتا المرور غير متطابقتين."
    assert dialog.create_button.isEnabled()
    dialog.confirm.setText("ghurfa-2010")
    dialog.password.setText("")
    dialog.confirm.setText("")
    dialog.create_admin()
    _answered(qtbot, dialog)
    assert dialog.actor is None and "8" in dialog.error.text()
    with sqlite_db.reader() as session:
        assert row_counts(session) == before
    dialog.password.setText("ghurfa-2010")
    dialog.confirm.setText("ghurfa-2010")
    dialog.create_admin()
    _answered(qtbot, dialog)
    assert dialog.actor is not None and dialog.actor.role is UserRole.ADMIN
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    with sqlite_db.reader() as session:
        user = session.scalars(select(User)).one()
        assert accounts.check_password("ghurfa-2010", user.password_hash)


def test_ghurfa_user_names_the_actor_without_a_dialog(demo_db, monkeypatch, qtbot):
    monkeypatch.setenv("GHURFA_USER", "staff")
    answers = _Answers()
    sign_in = answers.choose(demo_db)
    assert answers.chosen == [] and sign_in.dialog is None  # the answer comes later
    answers.wait(qtbot)
    assert [actor.role for actor in answers.chosen] == [UserRole.STAFF_OFFICER]
    assert sign_in.dialog is None and answers.refused == []
    monkeypatch.setenv("GHURFA_USER", "nobody")
    answers = _Answers()
    answers.choose(demo_db)
    answers.wait(qtbot)
    assert answers.chosen == [] and len(answers.refused) == 1
    assert isinstance(answers.refused[0], NotFound) and "nobody" in answers.refused[0].message()


def test_a_ghurfa_user_with_a_password_signs_in_in_the_window(sqlite_db, arabic, monkeypatch,
                                                               qtbot):
    """On a real database the variable opens no door a password closes."""
    with sqlite_db.session() as session:
        accounts.create_user(session, SYSTEM, "clerk", "الكاتب", "clerk", "kateb-of-maysan")
    monkeypatch.setenv("GHURFA_USER", "clerk")
    answers = _Answers()
    sign_in = answers.choose(sqlite_db)
    qtbot.waitUntil(lambda: sign_in.dialog is not None, timeout=ANSWER_MS)
    dialog = sign_in.dialog
    assert isinstance(dialog, SignInDialog) and dialog.isVisible() and answers.chosen == []
    dialog.username.setText("clerk")
    dialog.password.setText("kateb-of-maysan")
    dialog.sign_in()
    answers.wait(qtbot)
    assert [actor.username for actor in answers.chosen] == ["clerk"]


def test_cancelling_the_sign_in_answers_nobody(demo_db, arabic, monkeypatch, qtbot):
    monkeypatch.delenv("GHURFA_USER", raising=False)
    answers = _Answers()
    sign_in = answers.choose(demo_db)
    qtbot.waitUntil(lambda: sign_in.dialog is not None, timeout=ANSWER_MS)
    assert isinstance(sign_in.dialog, SignInDialog) and sign_in.dialog.username.text() == ""
    sign_in.dialog.reject()
    assert answers.chosen == [None] and answers.refused == []


def test_an_empty_database_offers_the_first_administrator_who_is_then_the_actor(
        sqlite_db, arabic, monkeypatch, qtbot):
    monkeypatch.delenv("GHURFA_USER", raising=False)
    answers = _Answers()
    sign_in = answers.choose(sqlite_db)
    qtbot.waitUntil(lambda: sign_in.dialog is not None, timeout=ANSWER_MS)
    first = sign_in.dialog
    assert isinstance(first, FirstRunDialog) and first.isVisible()
    assert first.isModal() and answers.chosen == []  # shown by open(): no loop of its own
    first.password.setText("ghurfa-2010")
    first.confirm.setText("ghurfa-2010")
    first.create_admin()
    answers.wait(qtbot)
    assert [(actor.username, actor.role) for actor in answers.chosen] == [
        ("admin", UserRole.ADMIN)]
    assert sign_in.dialog is None


def test_an_empty_database_whose_first_run_is_cancelled_answers_nobody(
        sqlite_db, arabic, monkeypatch, qtbot):
    monkeypatch.delenv("GHURFA_USER", raising=False)
    answers = _Answers()
    sign_in = answers.choose(sqlite_db)
    qtbot.waitUntil(lambda: sign_in.dialog is not None, timeout=ANSWER_MS)
    sign_in.dialog.reject()
    assert answers.chosen == [None]
    with sqlite_db.reader() as session:
        assert not accounts.has_users(session)
