"""A sample roster: who is assigned to which centre, as a PDF table and an Excel sheet.

It exercises everything a roster needs: a long table that runs over pages with its header
repeated, Arabic names beside service numbers and phone numbers, and the same rows streamed to
a right-to-left workbook with real dates.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Assignment, Centre, Organisation, Person, Rank, Shift
from reports import labels
from reports.catalogue import BuildRequest, DocumentKind, Param, register
from reports.documents import common
from reports.excel import XlsxColumn, write_table
from reports.numbers import document_number
from reports.pdf.letter import Letter, letter_story
from reports.pdf.page import PageSetup, render
from reports.pdf.table import Column, RtlTable

KEY = "sample_table"
SAMPLE_DATE = date(2010, 2, 6)  # the gallery's letters are dated as the Dhi Qar conference
COLUMNS = (  # label key, PDF width share, PDF alignment, Excel kind
    ("seq", 0.45, "center", "int"),
    ("rank", 1.2, "start", "text"),
    ("name", 2.2, "start", "text"),
    ("service_number", 1.0, "center", "text"),
    ("organisation", 2.0, "start", "text"),
    ("centre", 2.0, "start", "text"),
    ("shift_date", 1.0, "center", "date"),
    ("phone", 1.25, "center", "text"),
)


def roster_rows(session: Session, lang: str = "ar") -> Iterator[list[Any]]:
    """One row per person assigned to a centre: seq, rank, name, number, unit, centre, day."""
    query = (
        select(Person, Organisation.name_ar, Centre.name, Shift.on_date)
        .select_from(Assignment)
        .join(Person, Assignment.person_id == Person.id)
        .join(Centre, Assignment.centre_id == Centre.id)
        .join(Shift, Assignment.shift_id == Shift.id)
        .join(Rank, Person.rank_id == Rank.id, isouter=True)
        .join(Organisation, Person.organisation_id == Organisation.id, isouter=True)
        .order_by(Shift.on_date, Centre.name, Rank.seniority, Person.full_name_ar)
        .execution_options(yield_per=2000)
    )
    for seq, (person, organisation, centre, day) in enumerate(session.execute(query), 1):
        yield [seq, common.rank_title(person, lang), person.full_name_ar,
               person.service_number or "", organisation or "", centre, day, person.phone or ""]


def _pdf(request: BuildRequest, rows: list[list[Any]], head: Any, office_id: int,
         author: str, day: date) -> Path:
    lang = request.lang
    title = labels.label("roster_title", lang)
    cells = [[*row[:6], labels.gregorian(row[6]) if isinstance(row[6], date) else row[6],
              row[7]] for row in rows]
    table = RtlTable([Column(labels.label(key, lang), weight, align, fit=kind != "text"
                             or key in ("phone", "service_number"))
                      for key, weight, align, kind in COLUMNS], cells, rtl=lang != "en",
                     progress=request.progress)
    letter = Letter(subject=title, paragraphs=(), extra=(table,), closing="")
    with document_number(request, office_id, KEY, purpose=title, on=day) as number:
        setup = PageSetup(head, day, number.text, lang=lang, title=title, author=author,
                          subject=title, keywords=(KEY, *number.keywords),
                          watermark=number.watermark)
        render(request.output, setup, letter_story(letter, lang), cancelled=request.cancelled)
    return request.output


def build(request: BuildRequest) -> Path:
    lang = request.lang
    day = common.param_date(request.params, "date") or date.today()
    with request.db.reader() as session:
        office = common.office(session, common.param_int(request.params, "office"))
        head = common.letterhead(office, lang)
        office_id, author = office.id, office.name
        if request.fmt == "pdf":
            rows = list(roster_rows(session, lang))
            request.check()
        else:
            return write_table(
                request.output,
                columns=[XlsxColumn(labels.label(key, lang), kind)
                         for key, _, _, kind in COLUMNS],
                rows=roster_rows(session, lang), title=labels.label("roster_title", lang),
                office=office.name, issued_on=day, sheet_title=labels.label("centre", lang),
                lang=lang, progress=request.progress, cancelled=request.cancelled)
    return _pdf(request, rows, head, office_id, author, day)


def sample_params(session: Session) -> dict[str, Any]:
    return {"office": common.first_office_id(session), "date": SAMPLE_DATE.isoformat()}


KIND = register(DocumentKind(
    key=KEY,
    title="Sample roster table",
    formats=("pdf", "xlsx"),
    params=(
        Param("office", "Issuing office", "office", required=False),
        Param("date", "Date", "date", required=False),
    ),
    build=build,
    sample_params=sample_params,
    numbered=True,
))
