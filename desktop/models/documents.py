"""Issuing offices with their letterheads, and the registry of document numbers."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Tracked, enum_column, utcnow
from .enums import NumberStatus
from .registry import Organisation


class IssuingOffice(Tracked, Base):
    """An office that signs letters: its letterhead and its own number series."""

    __tablename__ = "issuing_offices"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT")
    )
    code: Mapped[str] = mapped_column(String(20), unique=True)  # printed before the number
    name: Mapped[str] = mapped_column(String(300))
    # The chain of bodies printed top right, one per line: state, ministry, command, office.
    header_lines: Mapped[str] = mapped_column(Text)
    header_lines_en: Mapped[str | None] = mapped_column(Text)
    logo_path: Mapped[str | None] = mapped_column(String(500))
    show_hijri: Mapped[bool] = mapped_column(Boolean, default=True)
    city: Mapped[str | None] = mapped_column(String(100))

    organisation: Mapped[Organisation | None] = relationship()


class DocumentNumber(Tracked, Base):
    """A number is given once: sequential per office and year, kept when voided."""

    __tablename__ = "document_numbers"

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("issuing_offices.id", ondelete="RESTRICT"))
    year: Mapped[int]
    sequence: Mapped[int]
    kind: Mapped[str] = mapped_column(String(40))  # document kind key, e.g. "minutes"
    purpose: Mapped[str | None] = mapped_column(String(500))
    entity: Mapped[str | None] = mapped_column(String(60))
    entity_id: Mapped[int | None]
    status: Mapped[NumberStatus] = mapped_column(
        enum_column(NumberStatus, "number_status"), default=NumberStatus.ISSUED
    )
    issued_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"))
    voided_at: Mapped[datetime | None] = mapped_column(DateTime)
    void_reason: Mapped[str | None] = mapped_column(Text)
    # The office's code and letterhead as they stood when the number was given (JSON): a
    # reprint under this number carries them, whatever the office has changed since.
    letterhead: Mapped[str | None] = mapped_column(Text)

    office: Mapped[IssuingOffice] = relationship()

    __table_args__ = (
        UniqueConstraint("office_id", "year", "sequence"),
        CheckConstraint("sequence >= 1", name="sequence_positive"),
    )
