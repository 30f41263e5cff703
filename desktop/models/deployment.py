"""Putting people on the ground: detachments, vehicles, shifts and assignments."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Tracked, enum_column
from .elections import Election
from .enums import AssignmentRole, PhaseKind, VehicleKind, VehicleStatus
from .registry import Organisation, Person
from .sites import Centre, Post


class Detachment(Tracked, Base):
    __tablename__ = "detachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT")
    )
    leader_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    notes: Mapped[str | None] = mapped_column(Text)

    organisation: Mapped[Organisation | None] = relationship()
    leader: Mapped[Person | None] = relationship()
    members: Mapped[list[Person]] = relationship(secondary="detachment_members")


class DetachmentMember(Base):
    __tablename__ = "detachment_members"

    detachment_id: Mapped[int] = mapped_column(
        ForeignKey("detachments.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="RESTRICT"), primary_key=True
    )


class Vehicle(Tracked, Base):
    __tablename__ = "vehicles"

    id: Mapped[int] = mapped_column(primary_key=True)
    plate: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[VehicleKind] = mapped_column(enum_column(VehicleKind, "vehicle_kind"))
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT")
    )
    status: Mapped[VehicleStatus] = mapped_column(
        enum_column(VehicleStatus, "vehicle_status"), default=VehicleStatus.AVAILABLE
    )
    notes: Mapped[str | None] = mapped_column(Text)

    organisation: Mapped[Organisation | None] = relationship()


class Shift(Tracked, Base):
    """A block of duty time; an end before the start means it runs past midnight."""

    __tablename__ = "shifts"

    id: Mapped[int] = mapped_column(primary_key=True)
    election_id: Mapped[int] = mapped_column(ForeignKey("elections.id", ondelete="RESTRICT"))
    phase: Mapped[PhaseKind] = mapped_column(enum_column(PhaseKind, "shift_phase"))
    on_date: Mapped[date]
    starts_at: Mapped[time]
    ends_at: Mapped[time]
    label: Mapped[str] = mapped_column(String(100))

    election: Mapped[Election] = relationship()

    __table_args__ = (
        UniqueConstraint("election_id", "on_date", "label"),
        CheckConstraint("ends_at <> starts_at", name="not_empty"),
    )


class Assignment(Tracked, Base):
    """A person or a detachment at a centre or a post for a shift, with perhaps a vehicle."""

    __tablename__ = "assignments"

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id", ondelete="RESTRICT"))
    centre_id: Mapped[int | None] = mapped_column(ForeignKey("centres.id", ondelete="RESTRICT"))
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="RESTRICT"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    detachment_id: Mapped[int | None] = mapped_column(
        ForeignKey("detachments.id", ondelete="RESTRICT")
    )
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id", ondelete="RESTRICT"))
    role: Mapped[AssignmentRole] = mapped_column(enum_column(AssignmentRole, "assignment_role"))
    notes: Mapped[str | None] = mapped_column(Text)

    shift: Mapped[Shift] = relationship()
    centre: Mapped[Centre | None] = relationship()
    post: Mapped[Post | None] = relationship()
    person: Mapped[Person | None] = relationship()
    detachment: Mapped[Detachment | None] = relationship()
    vehicle: Mapped[Vehicle | None] = relationship()

    __table_args__ = (
        CheckConstraint(
            "(centre_id IS NULL) <> (post_id IS NULL)", name="one_site"
        ),
        CheckConstraint(
            "(person_id IS NULL) <> (detachment_id IS NULL)", name="one_assignee"
        ),
        # Nobody, no detachment and no vehicle is in two places in one shift.
        Index(
            "uq_assignments_shift_detachment",
            "shift_id",
            "detachment_id",
            unique=True,
            sqlite_where=text("detachment_id IS NOT NULL"),
            postgresql_where=text("detachment_id IS NOT NULL"),
        ),
        Index(
            "uq_assignments_shift_person",
            "shift_id",
            "person_id",
            unique=True,
            sqlite_where=text("person_id IS NOT NULL"),
            postgresql_where=text("person_id IS NOT NULL"),
        ),
        Index(
            "uq_assignments_shift_vehicle",
            "shift_id",
            "vehicle_id",
            unique=True,
            sqlite_where=text("vehicle_id IS NOT NULL"),
            postgresql_where=text("vehicle_id IS NOT NULL"),
        ),
        Index("ix_assignments_centre", "centre_id"),
        Index("ix_assignments_person", "person_id"),
    )
