"""Who uses the program, and the trail of what they changed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Tracked, enum_column, utcnow
from .enums import UserRole


class User(Tracked, Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[UserRole] = mapped_column(enum_column(UserRole, "user_role"))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class AuditEntry(Base):
    """Written in the same transaction as the change it records, by ``desktop.services.audit``
    alone; never edited (on PostgreSQL a trigger refuses it), each chained to the one before."""

    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"))
    username: Mapped[str] = mapped_column(String(80))  # kept as it was at the time
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[int | None]
    changes: Mapped[str | None] = mapped_column(Text)  # JSON: {field: [old, new]}
    workstation: Mapped[str | None] = mapped_column(String(80))  # unknown before 0012
    outcome: Mapped[str] = mapped_column(String(10), default="done")  # done, refused, failed
    # The chain (desktop.services.audit_chain): the hash of the entry before, and this one's.
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),
                      Index("ix_audit_at", "at"))


class UserVisit(Base):
    """When a user last came to a part of the program (``topic``): what changed there since
    is what they are told at their next start. Kept in the database, not on a workstation,
    since the room's officers move between its workstations; naive UTC, as every moment."""

    __tablename__ = "user_visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    topic: Mapped[str] = mapped_column(String(40))
    seen_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("user_id", "topic"),)


class SignInFailure(Base):
    """The wrong passwords typed lately for one sign-in name (as ``username_form`` makes it),
    whether or not a user has that name: the delay before the next try grows with them.

    Kept in the database so the delay holds on every workstation of the room; a name is
    forgotten a while after its last failure, and a sign-in with the right password clears it
    (``desktop.services.signin``). Its id is a number, as every record's is, for the room's
    change notices."""

    __tablename__ = "sign_in_failures"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class RoomSetting(Tracked, Base):
    """One setting of the whole room, kept in the database rather than on a workstation: how
    long a workstation stays open unused, and whether the database holds the demo data
    (``desktop.services.room_settings``)."""

    __tablename__ = "room_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    value: Mapped[str] = mapped_column(String(400))
