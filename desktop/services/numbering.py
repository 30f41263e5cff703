"""Document numbers: given once, sequential per issuing office and year, voided but kept.

A number keeps the office's code and letterhead as they stood when it was given, so a document
reprinted under its number reads as the first print did after the office renames itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import DocumentNumber, IssuingOffice, NumberStatus, utcnow
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.errors import Conflict, Invalid, NotFound


@dataclass(frozen=True)
class LetterheadCopy:
    """An office's letterhead as a number recorded it."""

    code: str
    name: str
    header_lines: str
    header_lines_en: str | None
    logo_path: str | None
    show_hijri: bool


def letterhead_copy(office: IssuingOffice) -> str:
    return json.dumps({
        "code": office.code, "name": office.name, "header_lines": office.header_lines,
        "header_lines_en": office.header_lines_en, "logo_path": office.logo_path,
        "show_hijri": bool(office.show_hijri),
    }, ensure_ascii=False, sort_keys=True)


def letterhead_of(number: DocumentNumber) -> LetterheadCopy:
    """The letterhead a document under ``number`` prints: as recorded, or (numbers given
    before letterheads were recorded) the office's own."""
    if number.letterhead:
        data = json.loads(number.letterhead)
        return LetterheadCopy(data["code"], data["name"], data["header_lines"],
                              data.get("header_lines_en"), data.get("logo_path"),
                              bool(data.get("show_hijri", True)))
    office = number.office
    return LetterheadCopy(office.code, office.name, office.header_lines,
                          office.header_lines_en, office.logo_path, bool(office.show_hijri))


def format_number(number: DocumentNumber) -> str:
    """What is printed after «العدد»: the office's code and the sequence, e.g. ``ق ش م/17``."""
    return f"{letterhead_of(number).code}/{number.sequence}"


def issue_number(
    session: Session,
    actor: Actor,
    office_id: int,
    kind: str,
    *,
    purpose: str | None = None,
    entity: str | None = None,
    entity_id: int | None = None,
    on: date | None = None,
) -> DocumentNumber:
    """The next number of the office's series for the year of ``on`` (today by default).

    The office row is locked first (``FOR UPDATE`` on PostgreSQL; SQLite writes one at a
    time), so two workstations printing at once never draw the same number.
    """
    if not kind:
        raise Invalid("A document number needs a document kind.")
    office = session.scalars(
        select(IssuingOffice).where(IssuingOffice.id == office_id).with_for_update()
    ).one_or_none()
    if office is None:
        raise NotFound("No issuing office has the id {id}.", id=office_id)
    year = (on or date.today()).year
    last = session.scalar(
        select(func.max(DocumentNumber.sequence)).where(
            DocumentNumber.office_id == office.id, DocumentNumber.year == year
        )
    )
    number = DocumentNumber(
        office=office,
        year=year,
        sequence=(last or 0) + 1,
        kind=kind,
        purpose=purpose,
        entity=entity,
        entity_id=entity_id,
        issued_by_id=actor.user_id,
        letterhead=letterhead_copy(office),
    )
    session.add(number)
    session.flush()
    audit.record(session, actor, "issue_number", number)
    return number


def void_number(session: Session, actor: Actor, number_id: int, reason: str) -> DocumentNumber:
    """A cancelled print: the number stays in the registry, marked void, never given again."""
    number = session.get(DocumentNumber, number_id)
    if number is None:
        raise NotFound("No document number has the id {id}.", id=number_id)
    if number.status is NumberStatus.VOIDED:
        raise Conflict("Number {number} is already void.", number=format_number(number))
    if not reason or not reason.strip():
        raise Invalid("Say why the number is voided.")
    number.status = NumberStatus.VOIDED
    number.voided_at = utcnow()
    number.void_reason = reason.strip()
    audit.record(session, actor, "void_number", number)
    return number
