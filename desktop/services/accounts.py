"""Users of the program and their passwords (scrypt, from the standard library)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.models import Person, User, UserRole
from desktop.services import audit, validation
from desktop.services.actor import Actor
from desktop.services.errors import Conflict, Forbidden, Invalid
from desktop.text.arabic import clean_input, drop_broken_characters, username_form

_N, _R, _P = 2**14, 8, 1


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
    if password is not None and len(password) < 8:
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


def has_users(session: Session) -> bool:
    return session.scalar(select(User.id).limit(1)) is not None


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
        if len(password or "") < 8:
            raise Invalid("A password needs at least 8 characters.")
        user.password_hash = hash_password(password)
        actor = Actor(user.id, user.username, user.role)
        audit.record(session, actor, "set_password", user, changes={"password": ["", "***"]})
        return actor
    if not check_password(password or "", user.password_hash):
        raise Forbidden("The username or the password is wrong.")
    return Actor(user.id, user.username, user.role)
