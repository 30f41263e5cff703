"""Who is acting: every service takes one, and the audit trail names it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.models import User, UserRole


@dataclass(frozen=True, slots=True)
class Actor:
    user_id: int | None
    username: str
    role: UserRole

    def can(self, *roles: UserRole) -> bool:
        return self.role is UserRole.ADMIN or self.role in roles


SYSTEM = Actor(None, "system", UserRole.ADMIN)


def actor_for(session: Session, username: str) -> Actor:
    """The active user a typed name means (whatever its case, as at sign-in)."""
    from desktop.services.accounts import find_user
    from desktop.services.errors import NotFound

    user = find_user(session, username)
    if user is None or not user.active:
        raise NotFound("No active user is named {username}.", username=username)
    return Actor(user.id, user.username, user.role)


def unattended_actor(session: Session, username: str) -> Actor:
    """The user named by ``GHURFA_USER`` (tests, screenshots, the startup benchmark): a user of
    the demo data, whose passwords its own sign-in shows anyway, or one without a password
    (who cannot sign in in the window at all: made by a test, or by an administrator who has
    not given one yet). A user of a real database with a password signs in in the window;
    the variable opens no door that a password closes."""
    from desktop.services.errors import Forbidden
    from desktop.services.room_settings import is_demo

    actor = actor_for(session, username)
    if session.get(User, actor.user_id).password_hash and not is_demo(session):
        raise Forbidden("{username} has a password; sign in in the window instead.",
                        username=username)
    return actor
