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
from desktop.services import audit, permissions, validation
from desktop.services.actor import Actor
from desktop.services.errors import Conflict, Invalid


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


def may_issue(actor: Actor) -> bool:
    """Whether ``actor``'s role may draw and void document numbers: asked by the window before
    it offers to print or save an official copy that still needs its number."""
    return actor.can(*permissions.DOCUMENTS)


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
    time), so two workstations printing at once never draw the same number. Every argument is
    checked first: a number is given once and never taken back.
    """
    permissions.require(actor, permissions.DOCUMENTS)
    kind = validation.text(kind, "Document kind", max_length=40, required=False)
    if kind is None:
        raise Invalid("A document number needs a document kind.")
    purpose = validation.text(purpose, "Purpose", max_length=500, required=False)
    entity = validation.text(entity, "Linked record kind", max_length=60, required=False)
    if entity_id is not None:
        entity_id = validation.positive(validation.identifier(entity_id, "Linked record"),
                                        validation.Term("Linked record"))
    on = validation.day(on, validation.Term("Date"), required=False)
    validation.required(session, IssuingOffice, office_id, "Issuing office")
    office = session.scalars(
        select(IssuingOffice).where(IssuingOffice.id == office_id).with_for_update()
        .execution_options(populate_existing=True)
    ).one()
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
    permissions.require(actor, permissions.DOCUMENTS)
    number = validation.required(session, DocumentNumber, number_id, "Document number")
    if number.status is NumberStatus.VOIDED:
        raise Conflict("Number {number} is already void.", number=format_number(number))
    why = validation.text(reason, "Reason", max_length=2000, required=False)
    if why is None:
        raise Invalid("Say why the number is voided.")
    number.status = NumberStatus.VOIDED
    number.voided_at = utcnow()
    number.void_reason = why
    audit.record(session, actor, "void_number", number)
    return number
