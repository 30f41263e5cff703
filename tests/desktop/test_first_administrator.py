"""The first administrator: the core, not the dialog, says what the first password needs."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from desktop.models import User, UserRole
from desktop.services import accounts, signin
from desktop.services.errors import Conflict, DomainError, Invalid
from tests.desktop.factories import row_counts


def _refused(db, *typed: str) -> DomainError:
    with db.reader() as session:
        before = row_counts(session)
    with db.session() as session, pytest.raises(DomainError) as refused:
        accounts.create_first_administrator(session, *typed)
    with db.reader() as session:
        assert row_counts(session) == before  # a refusal writes nothing
    return refused.value


def test_two_passwords_that_differ_are_refused_in_arabic(db):
    refusal = _refused(db, "admin", "", "ghurfa-2010", "ghurfa-2011")
    assert isinstance(refusal, Invalid)
    assert refusal.message("ar") == "كلمتا المرور غير متطابقتين."
    assert refusal.message("en") == "The two passwords differ."


@pytest.mark.parametrize("password", ["", "short", "1234567"])
def test_a_missing_or_short_password_is_refused(db, password):
    refusal = _refused(db, "admin", "", password, password)
    assert isinstance(refusal, Invalid)
    assert refusal.message("ar") == "كلمة المرور تحتاج إلى 8 أحرف على الأقل."


def test_a_bad_username_is_refused_by_the_user_rules(db):
    refusal = _refused(db, "ad min!", "", "ghurfa-2010", "ghurfa-2010")
    assert isinstance(refusal, Invalid) and "اسم المستخدم" in refusal.message("ar")


def test_the_first_administrator_is_made_and_signs_in(db):
    with db.session() as session:
        actor = accounts.create_first_administrator(session, "Admin", "", "ghurfa-2010",
                                                    "ghurfa-2010")
    assert actor.role is UserRole.ADMIN and actor.username == "admin" and actor.user_id
    with db.reader() as session:
        user = session.scalars(select(User)).one()
        assert user.display_name == "Admin"  # no display name given: the username typed
        assert accounts.check_password("ghurfa-2010", user.password_hash)
    assert signin.sign_in(db, "admin", "ghurfa-2010").user_id == actor.user_id


def test_a_database_with_users_makes_no_second_first_administrator(db):
    with db.session() as session:
        accounts.create_first_administrator(session, "admin", "", "ghurfa-2010",
                                            "ghurfa-2010")
    refusal = _refused(db, "other", "", "ghurfa-2011", "ghurfa-2011")
    assert isinstance(refusal, Conflict) and "سجّل الدخول" in refusal.message("ar")


def test_two_first_runs_at_once_make_one_administrator(db):
    outcomes: dict[str, str] = {}
    start = threading.Barrier(2)

    def first_run(name: str) -> None:
        start.wait(10)
        try:
            with db.session() as session:
                accounts.create_first_administrator(session, name, "", "ghurfa-2010",
                                                    "ghurfa-2010")
            outcomes[name] = "made"
        except Conflict:
            outcomes[name] = "refused"

    racers = [threading.Thread(target=first_run, args=(name,)) for name in ("one", "two")]
    for racer in racers:
        racer.start()
    for racer in racers:
        racer.join(30)
    assert sorted(outcomes.values()) == ["made", "refused"]
    with db.reader() as session:
        assert len(session.scalars(select(User)).all()) == 1
