"""The ground: sectors of responsibility, registration and polling centres, posts."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Tracked, enum_column
from .elections import Election
from .enums import CentreKind, CentreStatus, PostKind, RiskLevel
from .registry import AdministrativeArea, Organisation


def coordinate_checks() -> tuple[CheckConstraint, ...]:
    """A constraint belongs to one table, so each table gets its own copies."""
    return (
        CheckConstraint(
            "latitude IS NULL OR (latitude BETWEEN -90 AND 90)", name="latitude_range"
        ),
        CheckConstraint(
            "longitude IS NULL OR (longitude BETWEEN -180 AND 180)", name="longitude_range"
        ),
        CheckConstraint("(latitude IS NULL) = (longitude IS NULL)", name="both_coordinates"),
    )


class Sector(Tracked, Base):
    __tablename__ = "sectors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT")
    )
    notes: Mapped[str | None] = mapped_column(Text)

    organisation: Mapped[Organisation | None] = relationship()
    areas: Mapped[list[AdministrativeArea]] = relationship(secondary="sector_areas")


class SectorArea(Base):
    __tablename__ = "sector_areas"

    sector_id: Mapped[int] = mapped_column(
        ForeignKey("sectors.id", ondelete="CASCADE"), primary_key=True
    )
    area_id: Mapped[int] = mapped_column(
        ForeignKey("areas.id", ondelete="RESTRICT"), primary_key=True
    )


class Centre(Tracked, Base):
    """A registration or polling centre as it stands on the ground: its commission code, name
    and place last from one election to the next. What the commission decides for one election
    (risk, stations, voters, open or closed) is in ``ElectionCentre``."""

    __tablename__ = "centres"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)  # the commission's code
    kind: Mapped[CentreKind] = mapped_column(enum_column(CentreKind, "centre_kind"))
    name: Mapped[str] = mapped_column(String(300))
    area_id: Mapped[int | None] = mapped_column(ForeignKey("areas.id", ondelete="RESTRICT"))
    sector_id: Mapped[int | None] = mapped_column(ForeignKey("sectors.id", ondelete="RESTRICT"))
    address: Mapped[str | None] = mapped_column(String(500))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    notes: Mapped[str | None] = mapped_column(Text)

    area: Mapped[AdministrativeArea | None] = relationship()
    sector: Mapped[Sector | None] = relationship()

    __table_args__ = (
        *coordinate_checks(),
        Index("ix_centres_area", "area_id"),
        Index("ix_centres_sector", "sector_id"),
    )


class ElectionCentre(Tracked, Base):
    """The commission's record of one centre for one election.

    A school is a polling centre in one election and closed in the next; its risk is assessed
    anew each time and its stations and voters follow the register. Kept per election, not as
    a history on the centre, so the rosters and reports of a past election still read the facts
    they were made on, and two elections prepared side by side (a special-voting day and the
    general day of another election) never overwrite each other."""

    __tablename__ = "election_centres"

    id: Mapped[int] = mapped_column(primary_key=True)
    election_id: Mapped[int] = mapped_column(ForeignKey("elections.id", ondelete="CASCADE"))
    centre_id: Mapped[int] = mapped_column(ForeignKey("centres.id", ondelete="CASCADE"))
    risk: Mapped[RiskLevel] = mapped_column(enum_column(RiskLevel, "risk_level"))
    stations: Mapped[int] = mapped_column(default=0)
    voters: Mapped[int] = mapped_column(default=0)
    status: Mapped[CentreStatus] = mapped_column(
        enum_column(CentreStatus, "centre_status"), default=CentreStatus.PLANNED
    )

    election: Mapped[Election] = relationship()
    centre: Mapped[Centre] = relationship()

    __table_args__ = (
        UniqueConstraint("election_id", "centre_id"),
        CheckConstraint("stations >= 0", name="stations_not_negative"),
        CheckConstraint("voters >= 0", name="voters_not_negative"),
        Index("ix_election_centres_centre", "centre_id"),
    )


class RiskMinimum(Tracked, Base):
    """The least protection a centre of one risk level must have in a shift: the assignment
    board measures coverage against it. One row per level, edited in the settings."""

    __tablename__ = "risk_minimums"

    id: Mapped[int] = mapped_column(primary_key=True)
    risk: Mapped[RiskLevel] = mapped_column(enum_column(RiskLevel, "minimum_risk"), unique=True)
    officers: Mapped[int] = mapped_column(default=0)
    vehicles: Mapped[int] = mapped_column(default=0)
    rapid_response: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        CheckConstraint("officers >= 0", name="officers_not_negative"),
        CheckConstraint("vehicles >= 0", name="vehicles_not_negative"),
    )


class Post(Tracked, Base):
    __tablename__ = "posts"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[PostKind] = mapped_column(enum_column(PostKind, "post_kind"))
    name: Mapped[str] = mapped_column(String(300))
    area_id: Mapped[int | None] = mapped_column(ForeignKey("areas.id", ondelete="RESTRICT"))
    sector_id: Mapped[int | None] = mapped_column(ForeignKey("sectors.id", ondelete="RESTRICT"))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    notes: Mapped[str | None] = mapped_column(Text)

    area: Mapped[AdministrativeArea | None] = relationship()
    sector: Mapped[Sector | None] = relationship()

    __table_args__ = coordinate_checks()
