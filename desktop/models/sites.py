"""The ground: sectors of responsibility, registration and polling centres, posts."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Tracked, enum_column
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
    stations: Mapped[int] = mapped_column(default=0)
    voters: Mapped[int] = mapped_column(default=0)
    risk: Mapped[RiskLevel] = mapped_column(enum_column(RiskLevel, "risk_level"))
    status: Mapped[CentreStatus] = mapped_column(
        enum_column(CentreStatus, "centre_status"), default=CentreStatus.PLANNED
    )
    notes: Mapped[str | None] = mapped_column(Text)

    area: Mapped[AdministrativeArea | None] = relationship()
    sector: Mapped[Sector | None] = relationship()

    __table_args__ = (
        *coordinate_checks(),
        CheckConstraint("stations >= 0", name="stations_not_negative"),
        CheckConstraint("voters >= 0", name="voters_not_negative"),
        Index("ix_centres_area", "area_id"),
        Index("ix_centres_sector", "sector_id"),
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
