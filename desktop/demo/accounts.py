"""The demo's accounts: one for each role, with the passwords its sign-in shows.

The demo is for looking around, so its sign-in names these accounts with their passwords
(the README says the same), and a banner says the database holds demo data. A database that
is not a demo never shows them: the list comes from here only when the database is marked
as the demo (``room_settings.is_demo``). The passwords are published, so the program refuses
them as anyone's password outside the demo (``passwords``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import User, UserRole
from desktop.services.passwords import hash_password
from desktop.services.room_settings import is_demo


@dataclass(frozen=True)
class DemoAccount:
    username: str
    display_name: str
    role: UserRole
    password: str
    person: str | None = None  # the seed set's key of the person the account is


ACCOUNTS = (
    DemoAccount("admin", "مدير النظام", UserRole.ADMIN, "mudir-2010"),
    DemoAccount("commander", "العميد الركن سعد علي حربيه", UserRole.COMMANDER, "qaid-2010",
                "harbiya"),
    DemoAccount("staff", "ضابط الركن", UserRole.STAFF_OFFICER, "rukn-2010", "ops_maysan"),
    DemoAccount("clerk", "كاتب المحضر", UserRole.CLERK, "kateb-2010"),
    DemoAccount("viewer", "مشاهد", UserRole.VIEWER, "mushahid-2010"),
)


def password_of(username: str) -> str:
    """The demo's password for one of its accounts."""
    return next(account.password for account in ACCOUNTS if account.username == username)


@cache
def demo_hash(username: str) -> str:
    """The stored hash of a demo account's password: the same salt on every load, so a seed
    gives the same rows (the passwords are published: a fixed salt hides nothing here), and
    so hashed once a process however often the demo is loaded."""
    salt = hashlib.sha256(b"ghurfa-demo:" + username.encode()).digest()[:16]
    return hash_password(password_of(username), salt=salt)


def demo_accounts(session: Session) -> list[DemoAccount]:
    """The demo's accounts that can sign in, for its sign-in to show; none on a database that
    is not the demo."""
    if not is_demo(session):
        return []
    active = set(session.scalars(select(User.username).where(
        User.username.in_([a.username for a in ACCOUNTS]), User.active.is_(True))))
    return [account for account in ACCOUNTS if account.username in active]
