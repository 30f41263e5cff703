"""What happens on the ground and reaches the room."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Tracked, enum_column
from .enums import IncidentKind, IncidentStatus, Severity
from .registry import AdministrativeArea
from .sites import Centre, Post


class Incident(Tracked, Base):
    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(primary_key=True)
    election_id: Mapped[int | None] = mapped_column(
        ForeignKey("elections.id", ondelete="RESTRICT")
    )
    occurred_at: Mapped[datetime] = mapped_column(DateTime)
    centre_id: Mapped[int | None] = mapped_column(ForeignKey("centres.id", ondelete="RESTRICT"))
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="RESTRICT"))
    area_id: Mapped[int | None] = mapped_column(ForeignKey("areas.id", ondelete="RESTRICT"))
    kind: Mapped[IncidentKind] = mapped_column(enum_column(IncidentKind, "incident_kind"))
    severity: Mapped[Severity] = mapped_column(enum_column(Severity, "severity"))
    description: Mapped[str] = mapped_column(Text)
    reporter: Mapped[str | None] = mapped_column(String(300))
    actions_taken: Mapped[str | None] = mapped_column(Text)
    status: Mapped[IncidentStatus] = mapped_column(
        enum_column(IncidentStatus, "incident_status"), default=IncidentStatus.OPEN
    )
    recorded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="RESTRICT")
    )

    centre: Mapped[Centre | None] = relationship()
    post: Mapped[Post | None] = relationship()
    area: Mapped[AdministrativeArea | None] = relationship()

    __table_args__ = (
        CheckConstraint(
            "centre_id IS NOT NULL OR post_id IS NOT NULL OR area_id IS NOT NULL",
            name="has_place",
        ),
        Index("ix_incidents_occurred_at", "occurred_at"),
    )
