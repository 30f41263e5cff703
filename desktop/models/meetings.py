"""Meetings and their minutes: agenda, attendance, directives and their follow-up."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Tracked, enum_column, utcnow
from .elections import Election
from .enums import (
    AttendanceCapacity,
    Classification,
    DirectiveStatus,
    MeetingKind,
    MeetingStatus,
    OutcomeKind,
    Presence,
    Priority,
)
from .registry import Organisation, Person


class Meeting(Tracked, Base):
    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[MeetingKind] = mapped_column(enum_column(MeetingKind, "meeting_kind"))
    subject: Mapped[str] = mapped_column(String(500))
    election_id: Mapped[int | None] = mapped_column(
        ForeignKey("elections.id", ondelete="RESTRICT")
    )
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime | None] = mapped_column(DateTime)
    place: Mapped[str | None] = mapped_column(String(300))
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    organiser_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT")
    )
    classification: Mapped[Classification] = mapped_column(
        enum_column(Classification, "classification"), default=Classification.UNCLASSIFIED
    )
    status: Mapped[MeetingStatus] = mapped_column(
        enum_column(MeetingStatus, "meeting_status"), default=MeetingStatus.DRAFT
    )
    # Revisions: an approved record is never changed; a correction is a new row that names it.
    revision: Mapped[int] = mapped_column(default=1)
    supersedes_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="RESTRICT")
    )
    previous_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL")
    )  # the meeting this recurring one was started from
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime)
    approved_at: Mapped[datetime | None] = mapped_column(DateTime)
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"))
    fingerprint: Mapped[str | None] = mapped_column(String(64))
    # At approval: what the minutes print from the registry (names, ranks, bodies), as JSON,
    # so approved minutes reprint as signed whatever is renamed later; sealed by the fingerprint.
    sealed_record: Mapped[str | None] = mapped_column(Text)
    document_number_id: Mapped[int | None] = mapped_column(
        ForeignKey("document_numbers.id", ondelete="RESTRICT")
    )
    search_key: Mapped[str] = mapped_column(String(1000), default="")

    election: Mapped[Election | None] = relationship()
    chair: Mapped[Person | None] = relationship()
    organiser: Mapped[Organisation | None] = relationship()
    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaItem.position"
    )
    attendances: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Attendance.position"
    )
    directives: Mapped[list[Directive]] = relationship(
        back_populates="meeting",
        cascade="all, delete-orphan",
        order_by="Directive.position",
        foreign_keys="Directive.meeting_id",
    )

    __table_args__ = (
        CheckConstraint("ends_at IS NULL OR ends_at >= starts_at", name="ends_after_start"),
        CheckConstraint("revision >= 1", name="revision_positive"),
        Index("ix_meetings_starts_at", "starts_at"),
        Index("ix_meetings_election", "election_id"),
        Index("ix_meetings_status", "status"),
        Index("ix_meetings_supersedes", "supersedes_id"),  # the list's latest-revision test
    )


class AgendaItem(Tracked, Base):
    __tablename__ = "agenda_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    position: Mapped[int]
    title: Mapped[str] = mapped_column(String(500))
    discussion: Mapped[str | None] = mapped_column(Text)

    meeting: Mapped[Meeting] = relationship(back_populates="agenda_items")

    __table_args__ = (Index("ix_agenda_items_meeting", "meeting_id"),)


class Attendance(Tracked, Base):
    __tablename__ = "attendances"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    capacity: Mapped[AttendanceCapacity] = mapped_column(
        enum_column(AttendanceCapacity, "attendance_capacity"), default=AttendanceCapacity.MEMBER
    )
    represents_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT")
    )
    presence: Mapped[Presence] = mapped_column(
        enum_column(Presence, "presence"), default=Presence.PRESENT
    )
    position: Mapped[int] = mapped_column(default=0)

    meeting: Mapped[Meeting] = relationship(back_populates="attendances")
    person: Mapped[Person] = relationship()
    represents: Mapped[Organisation | None] = relationship()

    __table_args__ = (
        UniqueConstraint("meeting_id", "person_id"),
        Index("ix_attendances_person", "person_id"),
    )


class Directive(Tracked, Base):
    """An outcome of a meeting. Decisions and directives are followed up until done."""

    __tablename__ = "directives"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL")
    )
    kind: Mapped[OutcomeKind] = mapped_column(
        enum_column(OutcomeKind, "outcome_kind"), default=OutcomeKind.DIRECTIVE
    )
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text)
    responsible_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT")
    )
    responsible_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="RESTRICT")
    )
    due_date: Mapped[date | None]
    priority: Mapped[Priority] = mapped_column(
        enum_column(Priority, "priority"), default=Priority.NORMAL
    )
    status: Mapped[DirectiveStatus] = mapped_column(
        enum_column(DirectiveStatus, "directive_status"), default=DirectiveStatus.OPEN
    )
    carried_over_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("directives.id", ondelete="SET NULL")
    )
    # The first row of the directive this row goes on with: the same directive copied into a
    # later revision of its minutes, or carried over to a later sitting. None on that first
    # row, whose id is then the directive's number (``desktop.services.directive_board``).
    origin_id: Mapped[int | None] = mapped_column(
        ForeignKey("directives.id", ondelete="SET NULL")
    )

    meeting: Mapped[Meeting] = relationship(back_populates="directives", foreign_keys=[meeting_id])
    agenda_item: Mapped[AgendaItem | None] = relationship()
    responsible_organisation: Mapped[Organisation | None] = relationship()
    responsible_person: Mapped[Person | None] = relationship()
    updates: Mapped[list[DirectiveUpdate]] = relationship(
        back_populates="directive", cascade="all, delete-orphan", order_by="DirectiveUpdate.at"
    )

    __table_args__ = (
        Index("ix_directives_meeting", "meeting_id"),
        Index("ix_directives_status_due", "status", "due_date"),
        Index("ix_directives_origin", "origin_id"),
    )


class DirectiveUpdate(Base):
    """A dated follow-up note; kept as written."""

    __tablename__ = "directive_updates"

    id: Mapped[int] = mapped_column(primary_key=True)
    directive_id: Mapped[int] = mapped_column(ForeignKey("directives.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"))
    text: Mapped[str] = mapped_column(Text)
    new_status: Mapped[DirectiveStatus | None] = mapped_column(
        enum_column(DirectiveStatus, "update_status")
    )

    directive: Mapped[Directive] = relationship(back_populates="updates")
