"""Accounts: how passwords are kept and refused, the sign-in's waits, and what an administrator
changes of a user (each audited)."""

from __future__ import annotations

import base64
import hashlib
import json
import os
from datetime import timedelta

import pytest
from argon2 import extract_parameters
from sqlalchemy import select

from desktop.models import AuditEntry, SignInFailure, User, UserRole, utcnow
from desktop.services import accounts, passwords, permissions, signin
from desktop.services.actor import SYSTEM, Actor
from desktop.services.errors import Conflict, Forbidden, Invalid
from tests.desktop.test_services import refused

GOOD = "a long and quiet evening"


def _user(db, name="clerk", role="clerk", password=GOOD) -> int:
    with db.session() as session:
        user = accounts.create_user(session, SYSTEM, name, name, role, password)
        session.flush()
        return user.id


def _admin(db) -> Actor:
    user_id = _user(db, "boss", "admin")
    return Actor(user_id, "boss", UserRole.ADMIN)


def _trail(db, action: str) -> list[AuditEntry]:
    with db.reader() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)
                                    .order_by(AuditEntry.id)))


# -- how a password is kept ------------------------------------------------------------------

def test_a_password_is_kept_as_argon2id_with_its_parameters_in_the_string(db):
    user_id = _user(db)
    with db.reader() as session:
        stored = session.get(User, user_id).password_hash
    assert stored.startswith("$argon2id$v=19$")
    kept = extract_parameters(stored)
    assert kept.memory_cost >= 19 * 1024 and kept.time_cost == 2 and kept.parallelism == 1
    assert GOOD not in stored and passwords.check_password(GOOD, stored)
    assert not passwords.check_password(GOOD + "!", stored)
    assert not passwords.check_password(GOOD, "$argon2id$damaged")
    assert not passwords.needs_upgrade(stored)


def _scrypt(password: str) -> str:
    """A hash as earlier versions made it: scrypt, N=2^14, r=8, p=1, the parameters unsaid."""
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    return "scrypt$" + base64.b64encode(salt).decode() + "$" + base64.b64encode(digest).decode()


def test_an_older_scrypt_hash_lets_its_user_in_once_and_is_made_argon2id(db):
    user_id = _user(db)
    with db.session() as session:
        session.get(User, user_id).password_hash = _scrypt(GOOD)
    with pytest.raises(Forbidden):  # a wrong password changes nothing
        signin.sign_in(db, "clerk", "not the password")
    with db.reader() as session:
        assert session.get(User, user_id).password_hash.startswith("scrypt$")
    assert signin.sign_in(db, "clerk", GOOD).user_id == user_id
    with db.reader() as session:
        upgraded = session.get(User, user_id).password_hash
    assert upgraded.startswith("$argon2id$") and passwords.check_password(GOOD, upgraded)
    assert signin.sign_in(db, "clerk", GOOD).user_id == user_id
    [entry] = _trail(db, "upgrade_password_hash")
    assert json.loads(entry.changes) == {"password_hash": ["scrypt", "argon2id"]}


def test_weaker_argon2_parameters_are_made_again_at_the_sign_in(db):
    from argon2 import PasswordHasher

    user_id = _user(db)
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash(GOOD)
    with db.session() as session:
        session.get(User, user_id).password_hash = weak
    signin.sign_in(db, "clerk", GOOD)
    with db.reader() as session:
        assert extract_parameters(session.get(User, user_id).password_hash).memory_cost \
            == passwords.MEMORY_KIB


# -- which passwords are refused -------------------------------------------------------------

@pytest.mark.parametrize("password, said", [
    ("", "at least 8"),
    ("seven77", "at least 8"),
    ("password", "commonest"),
    ("Iloveyou", "commonest"),
    ("١٢٣٤٥٦٧٨", "commonest"),  # 12345678 in Arabic-Indic digits
    ("حشسسصخقي", "commonest"),  # «password» typed with the keyboard on Arabic
    ("kateb-2010", "commonest"),  # the demo's, which the README publishes
    ("clerk.of.maysan", "the username"),
    ("x" * 1025, "1024"),
])
def test_short_common_and_own_name_passwords_are_refused_and_nothing_written(db, password,
                                                                              said):
    error = refused(db, lambda s: accounts.create_user(s, SYSTEM, "clerk.of.maysan", "ك",
                                                       "clerk", password), Invalid)
    assert said in error.message("en"), error.message("en")


def test_long_pass_phrases_and_arabic_ones_are_welcome(db):
    phrase = "في الصباح الباكر يفتح الضابط غرفة العمليات " * 20  # 880 characters
    assert passwords.refuse_weak(phrase) == phrase
    assert passwords.refuse_weak("x" * passwords.LONGEST)
    user_id = _user(db, password=phrase)
    assert signin.sign_in(db, "clerk", phrase).user_id == user_id


def test_the_list_is_the_ten_thousand_commonest():
    common = passwords.common_passwords()
    assert len(common) >= 10_000 and {"123456", "qwerty", "trustno1"} <= common


# -- the sign-in -----------------------------------------------------------------------------

def test_a_name_nobody_has_costs_a_password_check_as_a_wrong_password_does(db, monkeypatch):
    _user(db)
    checked: list[str] = []
    real = passwords.check_password
    monkeypatch.setattr(passwords, "check_dummy", lambda password: checked.append(password))
    monkeypatch.setattr(passwords, "check_password",
                        lambda password, stored: checked.append("user") or real(password,
                                                                                 stored))
    with pytest.raises(Forbidden) as unknown:
        signin.sign_in(db, "nobody", "a guess at it")
    assert checked == ["a guess at it"]  # the dummy check ran
    with pytest.raises(Forbidden) as wrong:
        signin.sign_in(db, "clerk", "a guess at it")
    assert checked[-1] == "user"
    assert unknown.value.message("ar") == wrong.value.message("ar")
    assert unknown.value.message("en") == "The username or the password is wrong."


def test_a_user_without_a_password_cannot_sign_in_with_whatever_is_typed(db, monkeypatch):
    with db.session() as session:
        accounts.create_user(session, SYSTEM, "clerk", "ك", "clerk")  # no password yet
    dummies: list[str] = []
    monkeypatch.setattr(passwords, "check_dummy", dummies.append)
    for _ in range(2):  # the first password typed does not become the password
        with pytest.raises(Forbidden):
            signin.sign_in(db, "clerk", "claimed-by-whoever")
    assert dummies == ["claimed-by-whoever"] * 2
    with db.reader() as session:
        assert session.scalars(select(User.password_hash)).one() is None


def test_the_real_dummy_check_runs_and_says_no():
    passwords.check_dummy("anything at all")  # hashes; raises nothing, lets nobody in
    assert not passwords.check_password("anything at all", passwords._dummy_hash())


def test_the_wait_grows_after_three_wrong_passwords_and_stops_at_five_minutes():
    waits = [signin.wait_after(n) for n in range(12)]
    assert waits[:3] == [0, 0, 0]
    assert waits[3:9] == [5, 10, 20, 40, 80, 160]
    assert waits[9:] == [300, 300, 300]
    assert signin.wait_after(10_000) == signin.LONGEST_WAIT_S


def _fail(db, name: str, times: int, now) -> None:
    for _ in range(times):
        with db.session() as session:
            assert signin.attempt(session, name, "wrong guess", now=now).actor is None


def test_wrong_passwords_make_the_name_wait_and_the_right_one_then_clears_it(db):
    user_id = _user(db)
    now = utcnow()
    _fail(db, "clerk", 3, now)
    with db.session() as session:  # the fourth try, right away: refused unchecked
        outcome = signin.attempt(session, "CLERK", GOOD, now=now)
    assert isinstance(outcome.refusal, signin.Wait) and outcome.refusal.seconds == 5
    assert "seconds left: 5" in outcome.refusal.message("en")
    with db.reader() as session:  # a try during the wait does not lengthen it
        assert session.scalars(select(SignInFailure.failures)).one() == 3
        assert signin.seconds_to_wait(session, "clerk", now + timedelta(seconds=2)) == 3
    later = now + timedelta(seconds=6)
    with db.session() as session:
        assert signin.attempt(session, "clerk", GOOD, now=later).actor.user_id == user_id
    with db.reader() as session:
        assert session.scalars(select(SignInFailure)).all() == []
    refusals = [json.loads(e.changes)["reason"] for e in _trail(db, "sign_in_refused")]
    assert refusals == ["password"] * 3 + ["waiting"]
    assert len(_trail(db, "sign_in")) == 1


def test_the_wait_never_passes_five_minutes_even_with_a_clock_ahead(db):
    _user(db)
    now = utcnow()
    _fail(db, "clerk", 3, now)
    for step in range(1, 12):  # each wrong password after its wait: the wait doubles
        _fail(db, "clerk", 1, now + timedelta(minutes=5 * step))
    at = now + timedelta(minutes=55)
    with db.reader() as session:
        assert session.scalars(select(SignInFailure.failures)).one() == 14
        assert signin.seconds_to_wait(session, "clerk", at) == signin.LONGEST_WAIT_S
        assert signin.seconds_to_wait(session, "clerk", at + timedelta(minutes=5)) == 0
        # another workstation's clock an hour behind still waits no more than five minutes
        assert signin.seconds_to_wait(session, "clerk", at - timedelta(hours=1)) \
            == signin.LONGEST_WAIT_S


def test_a_name_nobody_has_waits_as_a_user_would_and_old_counts_are_forgotten(db):
    now = utcnow()
    _fail(db, "ghost", 3, now)
    _fail(db, "ghost", 1, now + timedelta(seconds=5))
    with db.reader() as session:
        assert signin.seconds_to_wait(session, "ghost", now + timedelta(seconds=5)) == 10
        assert signin.seconds_to_wait(session, "ghost", now + signin.FORGET_AFTER) == 0
    _fail(db, "other", 1, now + signin.FORGET_AFTER + timedelta(seconds=6))
    with db.reader() as session:  # the forgotten count was pruned by the next failure
        assert session.scalars(select(SignInFailure.name)).all() == ["other"]


def test_a_deactivated_user_is_refused_even_with_the_right_password(db):
    admin = _admin(db)
    user_id = _user(db)
    with db.session() as session:
        accounts.set_active(session, admin, user_id, False)
    with pytest.raises(Forbidden) as caught:
        signin.sign_in(db, "clerk", GOOD)
    assert "deactivated" in caught.value.message("en")
    with pytest.raises(Forbidden) as wrong:  # a wrong one is told as any wrong one
        signin.sign_in(db, "clerk", "not it at all")
    assert "deactivated" not in wrong.value.message("en")
    with db.session() as session:
        accounts.set_active(session, admin, user_id, True)
    assert signin.sign_in(db, "clerk", GOOD).user_id == user_id


def test_the_locked_screen_takes_only_the_same_users_password(db):
    user_id = _user(db)
    _user(db, "other", password="another long one")
    me = Actor(user_id, "clerk", UserRole.CLERK)
    assert signin.confirm(db, me, GOOD).user_id == user_id
    with pytest.raises(Forbidden):
        signin.confirm(db, me, "another long one")


# -- what an administrator changes -----------------------------------------------------------

def test_a_role_change_is_audited_with_the_old_and_the_new(db):
    admin = _admin(db)
    user_id = _user(db)
    with db.session() as session:
        accounts.set_role(session, admin, user_id, "commander")
    [entry] = _trail(db, "change_role")
    assert entry.username == "boss" and entry.entity == "users" and entry.entity_id == user_id
    assert json.loads(entry.changes) == {"role": ["clerk", "commander"]}
    assert signin.sign_in(db, "clerk", GOOD).role is UserRole.COMMANDER


def test_only_an_administrator_manages_users(db):
    _admin(db)
    user_id = _user(db)
    commander = Actor(_user(db, "chief", "commander"), "chief", UserRole.COMMANDER)
    for change in (lambda s: accounts.set_role(s, commander, user_id, "admin"),
                   lambda s: accounts.set_active(s, commander, user_id, False),
                   lambda s: accounts.reset_password(s, commander, user_id, GOOD + "!",
                                                     GOOD + "!"),
                   lambda s: accounts.create_user(s, commander, "new", "ج", "viewer", GOOD),
                   lambda s: accounts.list_users(s, commander)):
        refused(db, change, Forbidden)
    assert permissions.user_steps(commander, active=True) == dict.fromkeys(
        ("add", "role", "reset_password", "deactivate", "activate", "settings"), False)


def test_the_last_administrator_is_kept_and_nobody_deactivates_themselves(db):
    admin = _admin(db)
    error = refused(db, lambda s: accounts.set_role(s, SYSTEM, admin.user_id, "viewer"),
                    Conflict)
    assert "boss" in error.message("en") and "last active administrator" in error.message("en")
    refused(db, lambda s: accounts.set_active(s, admin, admin.user_id, False), Conflict)
    assert not permissions.user_steps(admin, active=True, itself=True)["deactivate"]
    refused(db, lambda s: accounts.set_role(s, admin, admin.user_id, "operator"), Invalid)


def test_a_reset_password_is_audited_without_it_and_ends_the_wait(db):
    admin = _admin(db)
    user_id = _user(db)
    _fail(db, "clerk", 5, utcnow())
    refused(db, lambda s: accounts.reset_password(s, admin, user_id, "new one, long",
                                                  "new one, lung"), Invalid)
    refused(db, lambda s: accounts.reset_password(s, admin, user_id, "qwertyuiop",
                                                  "qwertyuiop"), Invalid)
    with db.session() as session:
        accounts.reset_password(session, admin, user_id, "new one, long", "new one, long")
    [entry] = _trail(db, "reset_password")
    assert entry.entity_id == user_id and "new one" not in (entry.changes or "")
    assert signin.sign_in(db, "clerk", "new one, long").user_id == user_id  # no wait left
    with pytest.raises(Forbidden):
        signin.sign_in(db, "clerk", GOOD)


def test_deactivation_and_the_list_of_users(db):
    admin = _admin(db)
    user_id = _user(db)
    with db.session() as session:
        accounts.set_active(session, admin, user_id, False)
    assert [json.loads(e.changes) for e in _trail(db, "deactivate")] == [
        {"active": [True, False]}]
    with db.reader() as session:
        rows = accounts.list_users(session, admin)
    assert [(r.username, r.role, r.active, r.has_password) for r in rows] == [
        ("boss", UserRole.ADMIN, True, True), ("clerk", UserRole.CLERK, False, True)]


# -- an older demo database ------------------------------------------------------------------

def test_0011_gives_an_older_demos_users_their_passwords_and_marks_it(db):
    from sqlalchemy import text

    from desktop.demo.accounts import password_of
    from desktop.services.room_settings import is_demo
    from desktop.storage.migrations import current_revision, downgrade, head_revision, upgrade

    try:
        downgrade(db, "0010")
        with db.engine.begin() as connection:
            for name, role, stamp, hashed in (
                    ("admin", "admin", "2010-03-01 08:00:00", None),  # the demo's, unclaimed
                    ("clerk", "clerk", "2010-03-01 08:00:00", "scrypt$kept$as-is"),  # claimed
                    ("staff", "staff_officer", "2026-11-01 10:00:00", None)):  # a real user
                connection.execute(text(
                    "INSERT INTO users (username, display_name, role, password_hash, active, "
                    "created_at, updated_at, version) VALUES (:name, :name, :role, :hash, "
                    "true, :stamp, :stamp, 1)"),
                    {"name": name, "role": role, "hash": hashed, "stamp": stamp})
        upgrade(db)
        assert current_revision(db) == head_revision(db)
        with db.reader() as session:
            hashes = dict(session.execute(select(User.username, User.password_hash)).all())
            assert is_demo(session)
        assert passwords.check_password(password_of("admin"), hashes["admin"])
        assert hashes["clerk"] == "scrypt$kept$as-is" and hashes["staff"] is None
        assert signin.sign_in(db, "admin", password_of("admin")).username == "admin"
    finally:
        with db.engine.begin() as connection:
            # the trail is append-only on PostgreSQL (0012's trigger): emptied, not deleted from
            connection.exec_driver_sql("DELETE FROM audit_entries" if db.is_sqlite
                                       else "TRUNCATE audit_entries")
            connection.exec_driver_sql("DELETE FROM users")
        upgrade(db)


def test_0011_leaves_a_real_database_unmarked(db):
    from desktop.services.room_settings import is_demo
    from desktop.storage.migrations import downgrade, upgrade

    _user(db, "admin", "admin")  # named as the demo's, made now: a real user
    try:
        downgrade(db, "0010")
        upgrade(db)
        with db.reader() as session:
            assert not is_demo(session)
            assert session.scalars(select(User.password_hash)).one().startswith("$argon2id$")
    finally:
        upgrade(db)
