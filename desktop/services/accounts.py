"""Users of the program and their passwords (scrypt, from the standard library)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Person, User, UserRole
from desktop.services import audit, validation
from desktop.services.actor import Actor
from desktop.services.errors import Conflict, Forbidden, Invalid

_N, _R, _P = 2**14, 8, 1


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P)
    return "scrypt$" + base64.b64encode(salt).decode() + "$" + base64.b64encode(digest).decode()


def check_password(password: str, stored: str | None) -> bool:
    if not stored or not stored.startswith("scrypt$"):
        return False
    _, salt, digest = stored.split("$")
    candidate = hashlib.scrypt(password.encode(), salt=base64.b64decode(salt), n=_N, r=_R, p=_P)
    return hmac.compare_digest(candidate, base64.b64decode(digest))


def create_user(
    session: Session, actor: Actor, username: str, display_name: str, role: UserRole | str,
    password: str | None = None, person_id: int | None = None,
) -> User:
    if not actor.can():
        raise Forbidden("Only an administrator may add users.")
    name = validation.text(username, "Username", max_length=80)
    if not name.replace(".", "").replace("_", "").replace("-", "").isalnum():
        raise Invalid("A username may hold letters, digits, dots, dashes and underscores only.")
    if session.scalar(select(User.id).where(User.username == name)) is not None:
        raise Conflict("The username {username} is taken.", username=name)
    if password is not None and len(password) < 8:
        raise Invalid("A password needs at least 8 characters.")
    validation.existing(session, Person, person_id, "Person")
    user = User(
        username=name,
        display_name=validation.text(display_name, "Display name", max_length=200),
        role=validation.choice(UserRole, role, "Role"),
        password_hash=hash_password(password) if password else None,
        person_id=person_id,
    )
    session.add(user)
    audit.record(session, actor, "create", user, changes={"username": [None, name]})
    return user


def has_users(session: Session) -> bool:
    return session.scalar(select(User.id).limit(1)) is not None


def sign_in(session: Session, username: str, password: str) -> Actor:
    """The acting user for a name and password; a user without one yet sets it on first use."""
    user = session.scalars(select(User).where(User.username == (username or "").strip())).first()
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
