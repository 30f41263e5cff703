"""Users of the program: adding them, their roles, whether they may sign in, their passwords.

An administrator manages the users (``permissions.ADMINISTRATION``); each change is audited.
How a password is hashed and which ones are refused is ``desktop.services.passwords``; how a
user signs in is ``desktop.services.signin``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.models import Person, User, UserRole
from desktop.services import audit, locks, permissions, validation
from desktop.services.actor import SYSTEM, Actor
from desktop.services.errors import Conflict, Invalid
from desktop.services.passwords import SHORTEST, check_password, hash_password, refuse_weak
from desktop.text.arabic import clean_input, drop_broken_characters, username_form

PASSWORD_LENGTH = SHORTEST  # the fewest characters a password may have
__all__ = ["PASSWORD_LENGTH", "check_password", "hash_password"]


def create_user(
    session: Session, actor: Actor, username: str, display_name: str, role: UserRole | str,
    password: str | None = None, person_id: int | None = None,
) -> User:
    """A user named in lower case (``username_form``): «Admin» and «admin» are one user.

    Without a password (``None``) the user cannot sign in until an administrator sets one:
    nobody claims an account by being the first to type a password for it."""
    permissions.require_admin(actor)
    name = _new_username(session, username)
    if password is not None:
        refuse_weak(password, name)
    validation.existing(session, Person, person_id, "Person")
    user = User(
        username=name,
        display_name=validation.name(display_name, "Display name", max_length=200),
        role=validation.choice(UserRole, role, "User role"),
        password_hash=hash_password(password) if password is not None else None,
        person_id=person_id,
    )
    session.add(user)
    audit.record(session, actor, "create", user,
                 changes={"username": [None, name], "role": [None, user.role.value]})
    return user


def _new_username(session: Session, typed: str) -> str:
    name = username_form(validation.name(typed, "Username", max_length=80)) or ""
    if not name.replace(".", "").replace("_", "").replace("-", "").isalnum():
        raise Invalid("A username may hold only letters, digits, dots, dashes and underscores.")
    if len(name) > 80:
        raise Invalid("{field} is too long: {length} characters, at most {limit}.",
                      field=validation.Term("Username"), length=len(name), limit=80)
    if _named(session, name):
        raise Conflict("The username {username} is taken.", username=name)
    return name


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
    sign in; refused if the copy edited is stale."""
    permissions.require_admin(actor)
    user = _held(session, user_id, expected_version)
    role = validation.choice(UserRole, data.role, "User role")
    active = validation.flag(data.active, validation.Term("Active"), default=True)
    display_name = validation.name(data.display_name, "Display name", max_length=200)
    validation.existing(session, Person, data.person_id, "Person")
    _keep_an_administrator(session, user, role, active)
    user.display_name, user.role, user.active = display_name, role, active
    user.person_id = data.person_id
    audit.record(session, actor, "update", user)
    return user


def _held(session: Session, user_id: int, expected_version: int | None) -> User:
    """The user, locked, behind the administrators' lock.

    The room never loses its last active administrator, who alone can add users and change
    the settings. Two administrators demoting each other at the same moment would each see
    the other remain; the administrators' lock (``locks``) makes one wait and then see the
    other's change."""
    locks.hold(session, "administrators", [1])
    return validation.editable(session, User, user_id, "User", expected_version)


def _keep_an_administrator(session: Session, user: User, role: UserRole, active: bool) -> None:
    if user.role is UserRole.ADMIN and user.active and (role is not UserRole.ADMIN or not active):
        others = session.scalar(select(func.count()).select_from(User).where(
            User.role == UserRole.ADMIN, User.active.is_(True), User.id != user.id))
        if not others:
            raise Conflict("{username} is the last active administrator; make another user "
                           "an administrator first.", username=user.username)


def set_role(session: Session, actor: Actor, user_id: int, role: UserRole | str, *,
             expected_version: int | None = None) -> User:
    """An administrator gives a user another role; audited with the old and the new."""
    permissions.require_admin(actor)
    user = _held(session, user_id, expected_version)
    new = validation.choice(UserRole, role, "User role")
    if new is user.role:
        return user
    if new not in permissions.OFFERED_ROLES:
        raise Invalid("The operator's role is kept for the accounts that have it; give one of "
                      "the other roles.")
    _keep_an_administrator(session, user, new, user.active)
    old, user.role = user.role, new
    audit.record(session, actor, "change_role", user, changes={"role": [old.value, new.value]})
    return user


def set_active(session: Session, actor: Actor, user_id: int, active: bool, *,
               expected_version: int | None = None) -> User:
    """An administrator stops a user signing in (their records and their name in the trail
    stay), or lets them again; audited. Nobody deactivates their own account."""
    permissions.require_admin(actor)
    user = _held(session, user_id, expected_version)
    if user.active == active:
        return user
    if not active and user.id == actor.user_id:
        raise Conflict("You cannot deactivate your own account; another administrator can.")
    _keep_an_administrator(session, user, user.role, active)
    user.active = active
    audit.record(session, actor, "activate" if active else "deactivate", user,
                 changes={"active": [not active, active]})
    return user


def reset_password(session: Session, actor: Actor, user_id: int, password: str,
                   confirmation: str) -> User:
    """An administrator gives a user a new password (typed twice alike, under the same rules
    as any); audited, without the password. The user's wait after wrong tries is cleared."""
    permissions.require_admin(actor)
    user = _held(session, user_id, None)
    _refuse_unconfirmed(password, confirmation, user.username)
    user.password_hash = hash_password(password)
    from desktop.services.signin import forget_failures

    forget_failures(session, user.username)
    audit.record(session, actor, "reset_password", user,
                 changes={"password": ["***", "***"]})
    return user


def _refuse_unconfirmed(password: str | None, confirmation: str | None, username: str) -> None:
    if (password or "") != (confirmation or ""):
        raise Invalid("The two passwords differ.")
    refuse_weak(password, username)


@dataclass(frozen=True)
class UserRow:
    """A user as the users view and ``ghurfa user list`` show them."""

    id: int
    username: str
    display_name: str
    role: UserRole
    active: bool
    has_password: bool
    version: int


def list_users(session: Session, actor: Actor) -> list[UserRow]:
    """Every user, by name; for administrators (the list says who may sign in)."""
    permissions.require_admin(actor)
    return [UserRow(user.id, user.username, user.display_name, user.role, user.active,
                    bool(user.password_hash), user.version)
            for user in session.scalars(select(User).order_by(User.username))]


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
    name = username_form(clean_input(username) if isinstance(username, str) else "") or ""
    _refuse_unconfirmed(password, confirmation, name)
    user = create_user(session, SYSTEM, username, (display_name or "").strip() or username,
                       UserRole.ADMIN, password)
    session.flush()
    return Actor(user.id, user.username, user.role)


def _named(session: Session, name: str) -> list[User]:
    """Users whose name is ``name`` (in its stored form) whatever the case, including any saved
    before names were stored in lower case."""
    return list(session.scalars(select(User).where(
        or_(User.username == name, func.lower(User.username) == name)).order_by(User.id)))


def sign_in_name(typed: str | None) -> str | None:
    """A typed sign-in name in the form names are stored in (case, digits, stray spaces and
    broken characters aside); None when nothing is left of it."""
    typed = clean_input(typed) if isinstance(typed, str) else None
    return username_form(drop_broken_characters(typed)) if typed else None


def find_user(session: Session, username: str | None) -> User | None:
    """The user a typed name means, whatever its case, script of digits or stray spaces; among
    older users whose names differ only by case, the one typed exactly."""
    name = sign_in_name(username)
    if not name:
        return None
    users = _named(session, name)
    if len(users) == 1:
        return users[0]
    typed = clean_input(username) if isinstance(username, str) else None
    return next((user for user in users if user.username == typed), None)
