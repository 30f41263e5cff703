"""What every document kind needs from the database: the office, its letterhead, signers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import IssuingOffice, Person, Rank
from desktop.services import offices
from desktop.services.errors import DomainError, Invalid, NotFound
from desktop.services.numbering import LetterheadCopy
from reports.pdf.flowables import Signatory
from reports.pdf.page import Letterhead, PageSetup, render

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from reports.catalogue import BuildRequest

STAFF_SUFFIX = {"ar": "الركن", "en": "(staff)"}


def param_int(params: dict[str, Any], name: str) -> int | None:
    value = params.get(name)
    if value in (None, ""):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        raise Invalid("The parameter {name} needs a whole number, not {value}.", name=name,
                      value=value) from None


def param_date(params: dict[str, Any], name: str) -> date | None:
    value = params.get(name)
    if value in (None, "") or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise Invalid("The parameter {name} needs a date such as 2010-03-07, not {value}.",
                      name=name, value=value) from None


def first_office_id(session: Session) -> int | None:
    return session.scalar(select(IssuingOffice.id).order_by(IssuingOffice.id).limit(1))


def office(session: Session, office_id: int | None) -> IssuingOffice:
    """The named office, or the first one when none is named."""
    chosen = office_id if office_id is not None else first_office_id(session)
    row = session.get(IssuingOffice, chosen) if chosen is not None else None
    if row is None:
        if office_id is None:
            raise Invalid("No issuing office is recorded; add one before printing.")
        raise NotFound("No issuing office has the id {id}.", id=office_id)
    return row


def letterhead(row: IssuingOffice | LetterheadCopy, lang: str = "ar") -> Letterhead:
    """The letterhead of an office as it is now, or as a document number recorded it."""
    text = row.header_lines_en if lang == "en" and row.header_lines_en else row.header_lines
    lines = tuple(line.strip() for line in text.splitlines() if line.strip())
    return Letterhead(lines=lines, office_name=row.name,
                      logo=_logo(row.logo_path),
                      show_hijri=bool(row.show_hijri))


def _logo(path: str | None) -> Path | None:
    """The office's logo if it is still a picture that passes the checks it passed when it
    was saved: a file changed since (something else, a picture that inflates to gigabytes)
    is not drawn, and the letter prints without it rather than failing or being swamped."""
    if not path:
        return None
    try:
        offices.check_logo_image(path)
    except (DomainError, OSError):
        return None
    return Path(path)


def rank_title(person: Person, lang: str = "ar") -> str:
    """Rank as printed before a name: «العميد الركن», with an honorific such as «الدكتور»."""
    rank = person.rank
    return rank_words(person.honorific, rank.name_ar if rank is not None else None,
                      rank.name_en if rank is not None else None, person.staff_qualified, lang)


def rank_words(honorific: str | None, rank_ar: str | None, rank_en: str | None,
               staff_qualified: bool, lang: str = "ar") -> str:
    """``rank_title`` from the columns themselves, for lists read without their people."""
    parts = []
    if honorific:
        parts.append(honorific)
    if rank_ar is not None:
        parts.append(rank_en if lang == "en" and rank_en else rank_ar)
        if staff_qualified:
            parts.append(STAFF_SUFFIX["en" if lang == "en" else "ar"])
    return " ".join(parts)


def signatory(person: Person, lang: str = "ar") -> Signatory:
    name = person.name_latin if lang == "en" and person.name_latin else person.full_name_ar
    return Signatory(rank_title(person, lang), name, person.position_title or "")


def senior_people(session: Session, limit: int,
                  organisation_id: int | None = None) -> list[Person]:
    """The most senior people with a position (of one body, if named): the natural signers of
    a sample letter, or of a list an office sends."""
    query = (select(Person).join(Rank, Person.rank_id == Rank.id, isouter=True)
             .where(Person.position_title.is_not(None), Person.active.is_(True))
             .order_by(Rank.seniority.is_(None), Rank.seniority, Person.id).limit(limit))
    if organisation_id is not None:
        query = query.where(Person.organisation_id == organisation_id)
    return list(session.scalars(query))


def numbered_letter(request: BuildRequest, office: IssuingOffice, key: str, title: str,
                    story: Sequence[Flowable], day: date, *, wide: bool = False,
                    draw: Callable[[PageSetup], object] | None = None) -> Path:
    """An office's official letter of kind ``key``: its letterhead, the number drawn for it
    (voided if the writing fails or is cancelled), ``story`` laid out on its pages (or the
    pages drawn by ``draw``, given the setup, into ``request.output``)."""
    from reports.numbers import document_number

    head = letterhead(office, request.lang)
    with document_number(request, office.id, key, purpose=title, on=day) as number:
        setup = PageSetup(head, day, number.text, lang=request.lang, title=title,
                          author=office.name, subject=title, wide=wide,
                          keywords=(key, *number.keywords), watermark=number.watermark)
        if draw is not None:
            draw(setup)
        else:
            render(request.output, setup, story, cancelled=request.cancelled)
    return request.output
