"""Elections, their phases and the readiness level the room is held at."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Tracked, enum_column, utcnow
from .enums import ElectionKind, PhaseKind, ReadinessLevel


class Election(Tracked, Base):
    __tablename__ = "elections"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[ElectionKind] = mapped_column(enum_column(ElectionKind, "election_kind"))
    polling_date: Mapped[date]
    special_voting_date: Mapped[date | None]
    notes: Mapped[str | None] = mapped_column(Text)

    phases: Mapped[list[ElectionPhase]] = relationship(
        back_populates="election", cascade="all, delete-orphan", order_by="ElectionPhase.starts_on"
    )

    __table_args__ = (
        CheckConstraint(
            "special_voting_date IS NULL OR special_voting_date <= polling_date",
            name="special_before_polling",
        ),
    )


class ElectionPhase(Tracked, Base):
    __tablename__ = "election_phases"

    id: Mapped[int] = mapped_column(primary_key=True)
    election_id: Mapped[int] = mapped_column(ForeignKey("elections.id", ondelete="CASCADE"))
    kind: Mapped[PhaseKind] = mapped_column(enum_column(PhaseKind, "phase_kind"))
    starts_on: Mapped[date]
    ends_on: Mapped[date]

    election: Mapped[Election] = relationship(back_populates="phases")

    __table_args__ = (
        UniqueConstraint("election_id", "kind"),
        CheckConstraint("ends_on >= starts_on", name="ends_after_start"),
    )


class ReadinessChange(Base):
    """A record, never edited: the level from ``changed_at`` on, and who ordered it."""

    __tablename__ = "readiness_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    election_id: Mapped[int] = mapped_column(ForeignKey("elections.id", ondelete="CASCADE"))
    level: Mapped[ReadinessLevel] = mapped_column(enum_column(ReadinessLevel, "readiness_level"))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    ordered_by: Mapped[str | None] = mapped_column(String(200))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"))
    note: Mapped[str | None] = mapped_column(Text)
