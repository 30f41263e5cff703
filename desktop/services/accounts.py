"""Users of the program and their passwords (scrypt, from the standard library)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.models import Person, User, UserRole
from desktop.services import audit, locks, validation
from desktop.services.actor import SYSTEM, Actor
from desktop.services.errors import Conflict, Forbidden, Invalid
from desktop.text.arabic import clean_input, drop_broken_characters, username_form

_N, _R, _P = 2**14, 8, 1
PASSWORD_LENGTH = 8  # the fewest characters a password may have


def _bytes(password: str) -> bytes:
    """A password's bytes; a lone surrogate pasted into it is kept, not a crash (it is never
    stored, only hashed)."""
    return password.encode("utf-8", "surrogatepass")


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(_bytes(password), salt=salt, n=_N, r=_R, p=_P)
    return "scrypt$" + base64.b64encode(salt).decode() + "$" + base64.b64encode(digest).decode()


def check_password(password: str, stored: str | None) -> bool:
    if not stored or not stored.startswith("scrypt$"):
        return False
    _, salt, digest = stored.split("$")
    candidate = hashlib.scrypt(_bytes(password), salt=base64.b64decode(salt), n=_N, r=_R, p=_P)
    return hmac.compare_digest(candidate, base64.b64decode(digest))


def create_user(
    session: Session, actor: Actor, username: str, display_name: str, role: UserRole | str,
    password: str | None = None, person_id: int | None = None,
) -> User:
    """A user named in lower case (``username_form``): «Admin» and «admin» are one user."""
    if not actor.can():
        raise Forbidden("Only an administrator may add users.")
    name = username_form(validation.text(username, "Username", max_length=80)) or ""
    if not name.replace(".", "").replace("_", "").replace("-", "").isalnum():
        raise Invalid("A username may hold only letters, digits, dots, dashes and underscores.")
    if len(name) > 80:
        raise Invalid("{field} is too long: {length} characters, at most {limit}.",
                      field=validation.Term("Username"), length=len(name), limit=80)
    if _named(session, name):
        raise Conflict("The username {username} is taken.", username=name)
    if password is not None and len(password) < PASSWORD_LENGTH:
        raise Invalid("A password needs at least 8 characters.")
    validation.existing(session, Person, person_id, "Person")
    user = User(
        username=name,
        display_name=validation.text(display_name, "Display name", max_length=200),
        role=validation.choice(UserRole, role, "User role"),
        password_hash=hash_password(password) if password else None,
        person_id=person_id,
    )
    session.add(user)
    audit.record(session, actor, "create", user, changes={"username": [None, name]})
    return user


@dataclass
class UserInput:
    """What an administrator edits of another user (the name they sign in with stays)."""

    display_name: str
    role: UserRole | str
    active: bool = True
    person_id: int | None = None


def update_user(session: Session, actor: Actor, user_id: int, data: UserInput, *,
                expected_version: int | None = None) -> User:
    """An administrator changes a user's name, role, link to the registry or whether they may
    sign in; refused if the copy edited is stale.

    The room never loses its last active administrator, who alone can add users and change
    the letterheads. Two administrators demoting each other at the same moment would each
    see the other remain; the administrators' lock (``locks``) makes one wait and then see
    the other's change."""
    if not actor.can():
        raise Forbidden("Only an administrator may change users.")
    locks.hold(session, "administrators", [1])
    user = validation.editable(session, User, user_id, "User", expected_version)
    role = validation.choice(UserRole, data.role, "User role")
    active = validation.flag(data.active, validation.Term("Active"), default=True)
    display_name = validation.text(data.display_name, "Display name", max_length=200)
    validation.existing(session, Person, data.person_id, "Person")
    if user.role is UserRole.ADMIN and user.active and (role is not UserRole.ADMIN or not active):
        others = session.scalar(select(func.count()).select_from(User).where(
            User.role == UserRole.ADMIN, User.active.is_(True), User.id != user.id))
        if not others:
            raise Conflict("{username} is the last active administrator; make another user "
                           "an administrator first.", username=user.username)
    user.display_name, user.role, user.active = display_name, role, active
    user.person_id = data.person_id
    audit.record(session, actor, "update", user)
    return user


def has_users(session: Session) -> bool:
    return session.scalar(select(User.id).limit(1)) is not None


def create_first_administrator(session: Session, username: str, display_name: str,
                               password: str, confirmation: str) -> Actor:
    """The room's first user, an administrator, on a database with no users yet; the acting
    user it makes.

    The first administrator has nobody to set their password later, so one is needed now,
    typed twice alike. Two workstations making the first administrator at once of one new
    database make one: the second waits on the administrators' lock, then finds a user and
    is told to sign in."""
    locks.hold(session, "administrators", [1])
    if has_users(session):
        raise Conflict("This database has users already: sign in instead.")
    if (password or "") != (confirmation or ""):
        raise Invalid("The two passwords differ.")
    if len(password or "") < PASSWORD_LENGTH:
        raise Invalid("A password needs at least 8 characters.")
    user = create_user(session, SYSTEM, username, (display_name or "").strip() or username,
                       UserRole.ADMIN, password)
    session.flush()
    return Actor(user.id, user.username, user.role)


def _named(session: Session, name: str) -> list[User]:
    """Users whose name is ``name`` (in its stored form) whatever the case, including any saved
    before names were stored in lower case."""
    return list(session.scalars(select(User).where(
        or_(User.username == name, func.lower(User.username) == name)).order_by(User.id)))


def find_user(session: Session, username: str | None) -> User | None:
    """The user a typed name means, whatever its case, script of digits or stray spaces; among
    older users whose names differ only by case, the one typed exactly."""
    typed = clean_input(username) if isinstance(username, str) else None
    name = username_form(drop_broken_characters(typed)) if typed else None
    if not name:
        return None
    users = _named(session, name)
    if len(users) == 1:
        return users[0]
    return next((user for user in users if user.username == typed), None)


def sign_in(session: Session, username: str, password: str) -> Actor:
    """The acting user for a name and password; a user without one yet sets it on first use.
    The name is found whatever its case: «Admin» signs in as «admin»."""
    user = find_user(session, username)
    if user is None or not user.active:
        raise Forbidden("The username or the password is wrong.")
    if user.password_hash is None:
        if len(password or "") < PASSWORD_LENGTH:
            raise Invalid("A password needs at least 8 characters.")
        # read again, locked: of two first sign-ins at once, the second checks the password
        # the first has just set rather than setting its own over it
        user = validation.editable(session, User, user.id, "User", None)
    if user.password_hash is None:
        user.password_hash = hash_password(password)
        actor = Actor(user.id, user.username, user.role)
        audit.record(session, actor, "set_password", user, changes={"password": ["", "***"]})
        return actor
    if not check_password(password or "", user.password_hash):
        raise Forbidden("The username or the password is wrong.")
    return Actor(user.id, user.username, user.role)
