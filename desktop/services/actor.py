"""Who is acting: every service takes one, and the audit trail names it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
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
    from desktop.services.errors import NotFound

    user = session.scalars(select(User).where(User.username == username)).one_or_none()
    if user is None or not user.active:
        raise NotFound("No active user is named {username}.", username=username)
    return Actor(user.id, user.username, user.role)
