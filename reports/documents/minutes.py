"""The minutes of a meeting (محضر الاجتماع) as an official record, and its Excel sheets.

A draft or minutes awaiting approval print marked «مسودة — غير معتمد» on every page and carry
no number. Approved minutes take a number from the issuing office's series at their first
official print (printed or saved, not previewed: a preview says where the number will go and
that it is no official copy); the number is stored on the meeting, so every reprint, and every
preview after it, shows the same one. A print that fails or is cancelled voids the number it
drew (``reports.numbers``), and a meeting whose number was voided draws a new one next time.
Approved minutes print their fingerprint at the foot of every page and, on the official copy,
in the PDF's keywords, so a paper copy can be checked against the database.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import DocumentNumber, Meeting, MeetingStatus, NumberStatus, OutcomeKind
from desktop.services import audit
from desktop.services.errors import Conflict
from desktop.storage.database import Database
from reports import fonts, labels
from reports.catalogue import SPECIMEN, BuildRequest, DocumentKind, Param, register
from reports.documents import common
from reports.documents.minutes_excel import write_minutes
from reports.documents.minutes_record import (
    MinutesRecord,
    column_title,
    find_meeting,
    fingerprint_prefix,
    read_record,
    when_line,
    word,
)
from reports.files import atomic_output
from reports.numbers import NumberSlot, document_number
from reports.pdf.flowables import RtlParagraph, Signatory, SignatureRow
from reports.pdf.letter import paragraph, signatures_and_copies, styles
from reports.pdf.page import PageSetup, render
from reports.pdf.table import Column, RtlTable

KEY = "minutes"
SIGNERS_PER_ROW = 3
DRAFT_COLOR = colors.HexColor("#9b0000")
ATTENDANCE_COLUMNS = (  # label, PDF width share, alignment, fitted
    ("seq", 0.4, "center", True),
    ("name", 2.0, "start", False),
    ("rank", 1.3, "start", False),
    ("position", 2.0, "start", False),
    ("organisation", 2.0, "start", False),
    ("capacity", 1.4, "start", False),
    ("presence", 0.7, "center", True),
)
DIRECTIVE_COLUMNS = (
    ("seq", 0.4, "center", True),
    ("directive", 4.2, "start", False),
    ("responsible", 2.4, "start", False),
    ("due", 0.9, "center", True),
    ("priority", 0.8, "center", True),
)


def grouped(fingerprint: str) -> str:
    """The 64 hex digits in groups of 8, as the footer prints and a reader copies them."""
    return " ".join(fingerprint[i:i + 8] for i in range(0, len(fingerprint), 8))


def _date(value: Any) -> str:
    return labels.gregorian(value) if value is not None else ""


def _info(record: MinutesRecord) -> list[Flowable]:
    lang = record.lang
    body, _heading, _subject, _small = styles(lang)
    line = body.but(align="right" if lang != "en" else "left", space_after=3.0)
    rows = [(word("when", lang), when_line(record))]
    if record.place:
        rows.append((word("place", lang), record.place))
    if record.chair:
        rows.append((word("chair", lang), record.chair))
    if record.organiser:
        rows.append((word("organiser", lang), record.organiser))
    if record.election:
        rows.append((word("election", lang), record.election))
    if record.revision > 1:
        note = f" — {word('supersedes', lang)}" if record.supersedes else ""
        rows.append((word("revision", lang), f"{record.revision}{note}"))
    if record.approved and record.approved_at is not None:
        rows.append((word("approved_on", lang), labels.gregorian(record.approved_at.date())))
    return [paragraph(f"{name}: {value}", line, lang) for name, value in rows]


def _attendance(record: MinutesRecord, request: BuildRequest) -> list[Flowable]:
    lang = record.lang
    _body, heading, _subject, small = styles(lang)
    rows = [[n, a.name, a.rank, a.position, a.organisation, a.capacity, a.presence]
            for n, a in enumerate(record.attendees, 1)]
    table = RtlTable([Column(column_title(key, lang), weight, align, fit)
                      for key, weight, align, fit in ATTENDANCE_COLUMNS], rows, rtl=lang != "en")
    present = sum(a.present for a in record.attendees)
    excused = sum(a.excused for a in record.attendees)
    counts = word("counts", lang, present=present, excused=excused,
                  absent=len(record.attendees) - present - excused)
    return [paragraph(word("attendance", lang), heading.but(space_before=10.0), lang), table,
            paragraph(counts, small.but(space_before=4.0), lang)]


def _outcome_text(kind: OutcomeKind, text: str, lang: str) -> str:
    return f"{word(kind.value, lang)}: {text}"


def _agenda(record: MinutesRecord, request: BuildRequest) -> list[Flowable]:
    lang = record.lang
    body, heading, _subject, _small = styles(lang)
    item_heading = heading.but(size=12.5, space_before=8.0, space_after=4.0)
    outcome = body.but(font=fonts.BOLD, size=12.0, indent=0.0)
    story: list[Flowable] = [paragraph(word("agenda", lang), heading.but(space_before=14.0),
                                       lang)]
    for item in record.items:
        request.check()
        story.append(CondPageBreak(60))
        story.append(paragraph(f"{item.number}. {item.title}", item_heading, lang))
        for part in (p.strip() for p in item.discussion.split("\n\n")):
            if part:
                story.append(RtlParagraph(part, body, rtl=None if lang == "en" else True))
        story.extend(paragraph(_outcome_text(o.kind, o.text, lang), outcome, lang)
                     for o in item.outcomes if o.kind is not OutcomeKind.DIRECTIVE)
        numbers = [str(o.sequence) for o in item.outcomes if o.sequence is not None]
        if numbers:
            separator = "، " if lang != "en" else ", "
            story.append(paragraph(word("item_directives", lang,
                                        numbers=separator.join(numbers)),
                                   body.but(size=11.5), lang))
    general = [o for o in record.general if o.kind is not OutcomeKind.DIRECTIVE]
    if general:
        story.append(paragraph(word("general", lang), item_heading, lang))
        story.extend(paragraph(_outcome_text(o.kind, o.text, lang), outcome, lang)
                     for o in general)
    return story


def _directives(record: MinutesRecord) -> list[Flowable]:
    lang = record.lang
    body, heading, _subject, _small = styles(lang)
    story: list[Flowable] = [CondPageBreak(90),
                             paragraph(word("directives", lang), heading.but(space_before=14.0),
                                       lang)]
    if not record.directives:
        return [*story, paragraph(word("no_directives", lang), body, lang)]
    rows = []
    for d in record.directives:
        text = f"{d.text} ({word('carried', lang)})" if d.carried_over else d.text
        rows.append([d.sequence, text, d.responsible, _date(d.due), d.priority])
    story.append(RtlTable([Column(column_title(key, lang), weight, align, fit)
                           for key, weight, align, fit in DIRECTIVE_COLUMNS], rows,
                          rtl=lang != "en"))
    return story


def _signatures(record: MinutesRecord) -> list[Flowable]:
    """The heads of the bodies in rows of three, then the chair alone at the foot."""
    lang = record.lang
    body, _heading, _subject, _small = styles(lang)
    heads = list(record.heads)
    story: list[Flowable] = []
    if heads:
        story.append(CondPageBreak(150))
        story.extend(SignatureRow(heads[i:i + SIGNERS_PER_ROW], body.but(size=12.0),
                                  rtl=lang != "en")
                     for i in range(0, len(heads), SIGNERS_PER_ROW))
    chair = record.chair_signatory
    signers: list[Signatory] = []
    if chair is not None:
        position = "\n".join(p for p in (chair.position, word("chair", lang)) if p)
        signers.append(Signatory(chair.rank, chair.name, position))
    return [*story, *signatures_and_copies(signers, record.copies_to, lang)]


def story(record: MinutesRecord, request: BuildRequest) -> list[Flowable]:
    lang = record.lang
    body, _heading, subject, _small = styles(lang)
    parts: list[Flowable] = []
    if not record.approved:
        parts.append(paragraph(word("draft", lang), subject.but(color=DRAFT_COLOR, size=16.0,
                                                                space_after=4.0), lang))
    parts.append(paragraph(record.title, subject.but(size=16.0, space_after=2.0), lang))
    parts.append(paragraph(f"{labels.label('subject', lang)} / {record.subject}", subject, lang))
    parts.extend(_info(record))
    parts.extend(_attendance(record, request))
    parts.extend(_agenda(record, request))
    parts.extend(_directives(record))
    if record.ends_at is not None:
        parts.append(paragraph(word("ended", lang, end=f"{record.ends_at:%H:%M}"),
                               body.but(space_before=10.0), lang))
    parts.extend(_signatures(record))
    return parts


def page_setup(record: MinutesRecord, number: str | None,
               stand_in: NumberSlot | None = None) -> PageSetup:
    """The pages of the minutes under ``number``; or, given a ``stand_in`` (a preview or a
    specimen), its words in the number field and across the pages, and no fingerprint in the
    keywords: only the official copy names its seal to ``ghurfa verify``."""
    lang = record.lang
    keywords: tuple[str, ...] = (KEY,)
    seal = None
    watermark = "" if record.approved else word("draft", lang)
    if stand_in is not None:
        number, watermark = stand_in.text, stand_in.watermark
    elif number:
        keywords += (number,)
    if record.approved and record.fingerprint:
        if stand_in is None:
            keywords += (f"{fingerprint_prefix()}{record.fingerprint}",)
        seal = (word("fingerprint", lang), grouped(record.fingerprint))
    return PageSetup(
        record.letterhead, record.day, number, record.classification, lang,
        title=f"{record.title}: {record.subject}", author=record.office_name,
        subject=record.subject, keywords=keywords, watermark=watermark, seal=seal)


def _attach_number(request: BuildRequest, meeting_id: int, number_id: int) -> None:
    """Store the number on the meeting, unless another print gave it one meanwhile."""
    with request.db.session() as session:
        meeting = session.get(Meeting, meeting_id, with_for_update=True)
        if meeting is None or meeting.status is not MeetingStatus.APPROVED:
            raise Conflict("The minutes changed while they were printed; print them again.")
        current = session.get(DocumentNumber, meeting.document_number_id) \
            if meeting.document_number_id is not None else None
        if current is not None and current.status is NumberStatus.ISSUED:
            raise Conflict("Another print gave these minutes a number meanwhile; print them "
                           "again to use it.")
        meeting.document_number_id = number_id
        audit.record(session, request.actor, "number_minutes", meeting)


def _pdf(request: BuildRequest, record: MinutesRecord) -> Path:
    if not record.approved or (record.number_id is not None and request.copy != SPECIMEN):
        # a draft, or approved minutes under the number they have: every copy is the same
        setup = page_setup(record, record.number_text if record.approved else None)
        return render(request.output, setup, story(record, request),
                      cancelled=request.cancelled)
    with document_number(request, record.office_id, KEY, purpose=record.subject[:500],
                         entity="meeting", entity_id=record.id, on=record.day) as number:
        issued = number.issued
        if issued is not None:
            record = dataclasses.replace(record, letterhead=common.letterhead(
                issued.letterhead, record.lang), office_name=issued.letterhead.name)
        setup = page_setup(record, number.text, None if issued is not None else number)
        # the file lands only once the number is the meeting's; a failure voids the number
        with atomic_output(request.output) as temporary:
            render(temporary, setup, story(record, request), cancelled=request.cancelled)
            request.check()
            if issued is not None:
                _attach_number(request, record.id, issued.id)
    return request.output


def render_copy(db: Database, meeting_id: int, output: Path, *, lang: str = "ar") -> Path:
    """Approved minutes printed afresh as the database holds them, to compare a paper copy
    with (``ghurfa verify``): the number they already carry, none drawn, nothing recorded."""
    with db.reader() as session:
        record = read_record(session, meeting_id, lang=lang)
    if not record.approved:
        raise Conflict("Only approved minutes are printed for comparison.")
    request = BuildRequest(db=db, params={"meeting": meeting_id}, output=output, lang=lang)
    return render(output, page_setup(record, record.number_text), story(record, request))


def build(request: BuildRequest) -> Path:
    with request.db.reader() as session:
        meeting_id = find_meeting(session, request.params.get("meeting"))
        record = read_record(session, meeting_id,
                             office_id=common.param_int(request.params, "office"),
                             lang=request.lang)
    request.check()
    request.progress(1, 3)
    output = write_minutes(request, record) if request.fmt == "xlsx" else _pdf(request, record)
    request.progress(3, 3)
    return output


def sample_params(session: Session) -> dict[str, Any]:
    """The approved seed-000 meeting if there is one, else the first meeting."""
    approved = session.scalar(select(Meeting.id).where(Meeting.status == MeetingStatus.APPROVED)
                              .order_by(Meeting.starts_at, Meeting.id).limit(1))
    first = approved or session.scalar(select(Meeting.id).order_by(Meeting.id).limit(1))
    return {"meeting": first}


KIND = register(DocumentKind(
    key=KEY,
    title="Minutes of a meeting",
    formats=("pdf", "xlsx"),
    params=(
        Param("meeting", "Meeting", "meeting"),
        Param("office", "Issuing office", "office", required=False),
    ),
    build=build,
    sample_params=sample_params,
    numbered=True,
))
