"""Putting people on the ground: detachments, vehicles, shifts and assignments."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Tracked, enum_column, utcnow
from .elections import Election
from .enums import (
    AssignmentRole,
    PhaseKind,
    RosterAction,
    RosterStatus,
    UnavailabilityKind,
    VehicleKind,
    VehicleStatus,
)
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
    """A block of duty time; an end before the start means it runs past midnight.

    Its duty roster is a draft until the commander publishes it; each publication and each
    amendment after it is a new ``roster_revision`` (what the printed roster and orders carry,
    so a document of an older revision is known to need reprinting). ``roster_events`` keeps
    the history."""

    __tablename__ = "shifts"

    id: Mapped[int] = mapped_column(primary_key=True)
    election_id: Mapped[int] = mapped_column(ForeignKey("elections.id", ondelete="RESTRICT"))
    phase: Mapped[PhaseKind] = mapped_column(enum_column(PhaseKind, "shift_phase"))
    on_date: Mapped[date]
    starts_at: Mapped[time]
    ends_at: Mapped[time]
    label: Mapped[str] = mapped_column(String(100))
    roster_status: Mapped[RosterStatus] = mapped_column(
        enum_column(RosterStatus, "roster_status"), default=RosterStatus.DRAFT,
        server_default=RosterStatus.DRAFT.value)
    roster_revision: Mapped[int] = mapped_column(default=0, server_default="0")
    published_at: Mapped[datetime | None] = mapped_column(DateTime)
    published_by: Mapped[str | None] = mapped_column(String(80))  # the username at the time

    election: Mapped[Election] = relationship()

    __table_args__ = (
        UniqueConstraint("election_id", "on_date", "label"),
        CheckConstraint("ends_at <> starts_at", name="not_empty"),
        CheckConstraint("roster_revision >= 0", name="roster_revision_not_negative"),
        CheckConstraint("(roster_status = 'published') = (published_at IS NOT NULL)",
                        name="published_when_dated"),
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
    # Placed by hand and to stay: no automatic proposal moves or removes it.
    pinned: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
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
        # One commander per centre and shift: one row against another, which the database
        # keeps by itself on both engines, two workstations racing included.
        Index(
            "uq_assignments_shift_centre_commander",
            "shift_id",
            "centre_id",
            unique=True,
            sqlite_where=text("role = 'centre_commander'"),
            postgresql_where=text("role = 'centre_commander'"),
        ),
        Index("ix_assignments_centre", "centre_id"),
        Index("ix_assignments_person", "person_id"),
    )


class Unavailability(Tracked, Base):
    """A period in which a person cannot be put on duty: leave, sickness, another duty."""

    __tablename__ = "unavailabilities"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    kind: Mapped[UnavailabilityKind] = mapped_column(
        enum_column(UnavailabilityKind, "unavailability_kind"))
    starts_at: Mapped[datetime] = mapped_column(DateTime)  # the room's clock, without a zone
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    reason: Mapped[str | None] = mapped_column(String(500))

    person: Mapped[Person] = relationship()

    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        Index("ix_unavailabilities_person", "person_id", "starts_at"),
    )


class RosterEvent(Base):
    """One step of a shift's roster: a publication, an amendment (one row per assignment
    changed, all of one unit of work under one revision) or a withdrawal. Written in the same
    transaction as the change, never edited; the assignment named may be gone since."""

    __tablename__ = "roster_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id", ondelete="RESTRICT"))
    revision: Mapped[int]
    action: Mapped[RosterAction] = mapped_column(enum_column(RosterAction, "roster_action"))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"))
    username: Mapped[str] = mapped_column(String(80))  # kept as it was at the time
    assignment_id: Mapped[int | None]
    changes: Mapped[str | None] = mapped_column(Text)  # JSON: what changed, who was where
    reason: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_roster_events_shift", "shift_id", "revision"),)


class DutyRules(Tracked, Base):
    """The room's rules of duty, one row: the least rest a person has between two shifts."""

    __tablename__ = "duty_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    minimum_rest_minutes: Mapped[int] = mapped_column(default=480)

    __table_args__ = (
        CheckConstraint("id = 1", name="one_row"),
        CheckConstraint("minimum_rest_minutes BETWEEN 0 AND 2880", name="rest_range"),
    )
