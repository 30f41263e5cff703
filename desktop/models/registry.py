"""Who and where: administrative areas, organisations, ranks and people."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Tracked, enum_column
from .enums import AreaLevel, OrganisationKind


class AdministrativeArea(Tracked, Base):
    __tablename__ = "areas"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("areas.id", ondelete="RESTRICT"))
    level: Mapped[AreaLevel] = mapped_column(enum_column(AreaLevel, "area_level"))
    name_ar: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str | None] = mapped_column(String(200))
    code: Mapped[str | None] = mapped_column(String(40), unique=True)

    parent: Mapped[AdministrativeArea | None] = relationship(remote_side="AdministrativeArea.id")

    __table_args__ = (Index("ix_areas_parent", "parent_id"),)


class Organisation(Tracked, Base):
    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT")
    )
    kind: Mapped[OrganisationKind] = mapped_column(enum_column(OrganisationKind, "org_kind"))
    name_ar: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str | None] = mapped_column(String(300))
    short_name: Mapped[str | None] = mapped_column(String(100))
    area_id: Mapped[int | None] = mapped_column(ForeignKey("areas.id", ondelete="RESTRICT"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    parent: Mapped[Organisation | None] = relationship(remote_side="Organisation.id")
    area: Mapped[AdministrativeArea | None] = relationship()

    __table_args__ = (Index("ix_organisations_parent", "parent_id"),)


class Rank(Tracked, Base):
    """An editable, ordered list: ``seniority`` 1 is the most senior (protocol order)."""

    __tablename__ = "ranks"

    id: Mapped[int] = mapped_column(primary_key=True)
    name_ar: Mapped[str] = mapped_column(String(100), unique=True)
    name_en: Mapped[str | None] = mapped_column(String(100))
    seniority: Mapped[int]


class Person(Tracked, Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name_ar: Mapped[str] = mapped_column(String(300))
    name_latin: Mapped[str | None] = mapped_column(String(300))
    honorific: Mapped[str | None] = mapped_column(String(100))  # الدكتور، القاضي، الحاج، معالي
    rank_id: Mapped[int | None] = mapped_column(ForeignKey("ranks.id", ondelete="RESTRICT"))
    staff_qualified: Mapped[bool] = mapped_column(Boolean, default=False)  # الركن
    position_title: Mapped[str | None] = mapped_column(String(300))
    service_number: Mapped[str | None] = mapped_column(String(40))
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT")
    )
    # The force a service number belongs to: the root of the person's organisation tree.
    force_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT")
    )
    phone: Mapped[str | None] = mapped_column(String(40))
    notes: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The sector the person usually serves in: an automatic proposal prefers it.
    home_sector_id: Mapped[int | None] = mapped_column(
        ForeignKey("sectors.id", ondelete="RESTRICT"))
    search_key: Mapped[str] = mapped_column(String(800), default="")  # normalised, for search

    rank: Mapped[Rank | None] = relationship()
    organisation: Mapped[Organisation | None] = relationship(foreign_keys=[organisation_id])

    __table_args__ = (
        UniqueConstraint("force_id", "service_number"),
        # NULLs are distinct in the constraint above: people of no organisation share one
        # force, and their numbers are unique among themselves.
        Index(
            "uq_people_service_number_without_force",
            "service_number",
            unique=True,
            sqlite_where=text("force_id IS NULL"),
            postgresql_where=text("force_id IS NULL"),
        ),
        Index("ix_people_organisation", "organisation_id"),
        Index("ix_people_home_sector", "home_sector_id"),
        Index("ix_people_search", "search_key"),
    )
