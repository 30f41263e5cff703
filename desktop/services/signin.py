"""Signing in: a name and a password checked, the same way for names nobody has, with a wait
that grows after wrong passwords.

Every try does the work of checking a password: for a user's hash, or for a dummy one when no
user has the name (or the user has no password), so the time an answer takes does not tell
which names exist. The refusal reads the same in both cases.

After ``FREE_TRIES`` wrong passwords for a name (whether a user has it or not), the next try
waits: ``FIRST_WAIT_S`` seconds, doubled after each further wrong one, never more than
``LONGEST_WAIT_S``. A try during the wait is refused before any password is checked and does
not lengthen it, so the most a colleague's mistyping (or anyone's) can hold a name back is a
few minutes, never for good. The count is kept in the database (``SignInFailure``), so it
holds on every workstation of the room; it is forgotten ``FORGET_AFTER`` the last wrong
password, and cleared by the right one or by an administrator's reset. A workstation whose
clock runs ahead or behind still waits no more than the longest wait.

The right password of a deactivated user is refused as such. A hash of an earlier kind or
with weaker parameters is made again with today's once it has let its user in. Each try is
audited, the refused ones too. A try's outcome is written in the unit of work it runs in:
``attempt`` answers rather than raises, so that the wrong password's count is committed with
it; ``sign_in`` runs it as a unit of work of its own and raises the refusal once committed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import case, delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from desktop.models import SignInFailure, User, UserRole, utcnow
from desktop.services import audit, passwords
from desktop.services.accounts import find_user, sign_in_name
from desktop.services.actor import Actor
from desktop.services.errors import DomainError, Forbidden

if TYPE_CHECKING:
    from desktop.storage.database import Database

FREE_TRIES = 3
FIRST_WAIT_S = 5
LONGEST_WAIT_S = 300
FORGET_AFTER = timedelta(minutes=30)
NAME_LIMIT = 80


class Wait(Forbidden):
    """Too many wrong passwords for the name lately: ``seconds`` before the next try."""

    def __init__(self, seconds: int) -> None:
        super().__init__("Too many wrong passwords for this name: wait before trying again "
                         "(seconds left: {seconds}).", seconds=seconds)
        self.seconds = seconds


@dataclass(frozen=True)
class Attempt:
    """How a sign-in went: the acting user, or why not."""

    actor: Actor | None = None
    refusal: DomainError | None = None

    def actor_or_raise(self) -> Actor:
        if self.actor is None:
            raise self.refusal or Forbidden("The username or the password is wrong.")
        return self.actor


def wait_after(failures: int) -> int:
    """Seconds to wait after ``failures`` wrong passwords in a row."""
    if failures < FREE_TRIES:
        return 0
    return min(LONGEST_WAIT_S, FIRST_WAIT_S * 2 ** min(failures - FREE_TRIES, 16))


def seconds_to_wait(session: Session, name: str, now: datetime | None = None) -> int:
    """Seconds before ``name`` (in its sign-in form) may be tried again; 0 if it may now."""
    now = now or utcnow()
    row = session.scalars(select(SignInFailure).where(SignInFailure.name == name)) \
        .one_or_none()
    if row is None or row.last_failed_at < now - FORGET_AFTER:
        return 0
    until = row.last_failed_at + timedelta(seconds=wait_after(row.failures))
    left = (until - now).total_seconds()
    return max(0, min(LONGEST_WAIT_S, int(left + 0.999)))


def _key(typed: str | None) -> str:
    return (sign_in_name(typed) or "")[:NAME_LIMIT]


def _count_failure(session: Session, name: str, now: datetime) -> None:
    """One more wrong password for ``name``, in one statement, so two workstations failing at
    once count two; counts older than ``FORGET_AFTER`` start again, and are pruned."""
    table = SignInFailure.__table__
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    stale = now - FORGET_AFTER
    statement = dialect.insert(table).values(name=name, failures=1, last_failed_at=now)
    statement = statement.on_conflict_do_update(index_elements=[table.c.name], set_={
        "failures": case((table.c.last_failed_at < stale, 1), else_=table.c.failures + 1),
        "last_failed_at": now})
    session.execute(delete(table).where(table.c.last_failed_at < stale, table.c.name != name))
    session.execute(statement)


def forget_failures(session: Session, typed: str) -> None:
    """The wrong passwords typed for a name are forgotten (the right one came, or an
    administrator set a new one)."""
    session.execute(delete(SignInFailure).where(SignInFailure.name == _key(typed)))


def attempt(session: Session, username: str | None, password: str | None, *,
            now: datetime | None = None) -> Attempt:
    """Check a sign-in and write its outcome (the count of wrong passwords, a stronger hash,
    the audit) in ``session``; the caller commits it, refused or not."""
    now = now or utcnow()
    name = _key(username)
    password = password or ""
    passwords.prepare()
    wait = seconds_to_wait(session, name, now)
    if wait:
        _refused(session, name, None, "waiting")
        return Attempt(refusal=Wait(wait))
    user = find_user(session, username) if name else None
    stored = user.password_hash if user is not None else None
    if stored:
        right = passwords.check_password(password, stored)
    else:
        passwords.check_dummy(password)
        right = False
    if not right or user is None:
        _count_failure(session, name, now)
        _refused(session, name, user, "password")
        return Attempt(refusal=Forbidden("The username or the password is wrong."))
    if not user.active:
        _refused(session, name, user, "inactive")
        return Attempt(refusal=Forbidden("This account is deactivated; an administrator can "
                                         "let it sign in again."))
    forget_failures(session, name)
    actor = Actor(user.id, user.username, user.role)
    if passwords.needs_upgrade(stored):
        user.password_hash = passwords.hash_password(password)
        audit.record(session, actor, "upgrade_password_hash", user,
                     changes={"password_hash": [passwords.scheme(stored), "argon2id"]})
    audit.record(session, actor, "sign_in", user, changes={})
    return Attempt(actor)


def _refused(session: Session, name: str, user: User | None, reason: str) -> None:
    """A refused try in the trail: under the user's id when a user has the name."""
    who = Actor(user.id if user is not None else None, name or "-", UserRole.VIEWER)
    audit.record(session, who, "sign_in_refused", entity="users",
                 entity_id=user.id if user is not None else None, changes={"reason": reason})


def sign_in(db: Database, username: str | None, password: str | None) -> Actor:
    """The acting user for a name and a password, as one unit of work of its own: a refusal is
    raised once its count and its audit are committed."""
    with db.session() as session:
        outcome = attempt(session, username, password)
    return outcome.actor_or_raise()


def confirm(db: Database, actor: Actor, password: str | None) -> Actor:
    """The signed-in user proves it is still them (the locked screen): their own password,
    with the same waits and audit as any sign-in; another user's password is refused."""
    confirmed = sign_in(db, actor.username, password)
    if confirmed.user_id != actor.user_id:
        raise Forbidden("The username or the password is wrong.")
    return confirmed
