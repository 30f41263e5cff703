"""The paper archive: every approved meeting of an election or a date range, as numbered PDFs.

Each meeting's latest approved revision is printed as official minutes (attendance included),
named ``NNN - <date> - <subject>.pdf``, beside an index in PDF and Excel. Everything is written
into a hidden folder first and renamed into place at the end, so a cancel or a failure leaves
nothing half-written behind.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Election, Meeting, MeetingStatus
from desktop.services import audit
from desktop.services.actor import SYSTEM, Actor
from desktop.services.errors import Invalid, NotFound
from desktop.storage.database import Database
from reports import labels
from reports.catalogue import BuildRequest
from reports.documents import common, minutes
from reports.documents.minutes_record import read_record
from reports.errors import Cancelled
from reports.excel import XlsxColumn, write_table
from reports.file_names import file_name, inside, safe_part
from reports.files import UnusableOutput, prepare_folder, refusal
from reports.pdf.letter import Letter, letter_story
from reports.pdf.page import PageSetup, render
from reports.pdf.table import Column, RtlTable

SUBJECT_CHARS = 80  # Arabic is two bytes a letter: the name stays well under 255 bytes
FINGERPRINT_PREFIX_CHARS = 16
INDEX_COLUMNS = (  # key, Excel kind, PDF width share, PDF fitted
    ("seq", "int", 0.4, True),
    ("date", "date", 0.9, True),
    ("subject", "text", 3.0, False),
    ("chair", "text", 1.8, False),
    ("number", "text", 1.0, True),
    ("fingerprint", "text", 1.2, True),
    ("file", "text", 2.6, False),
)
_INDEX_WORDS = {
    "title": ("فهرس أرشيف محاضر الاجتماعات المعتمدة", "Index of the approved minutes"),
    "scope_election": ("الانتخابات: {name}", "Election: {name}"),
    "scope_dates": ("من {start} إلى {end}", "From {start} to {end}"),
    "file": ("اسم الملف", "File"),
    "fingerprint": ("بداية البصمة", "Fingerprint"),
    "chair": ("رئيس الاجتماع", "Chair"),
    "sheet": ("الفهرس", "Index"),
    "empty": ("لا توجد محاضر معتمدة ضمن النطاق المحدد.", "No approved minutes are in scope."),
}


def _word(key: str, lang: str, **fields: object) -> str:
    arabic, english = _INDEX_WORDS[key]
    text = english if lang == "en" else arabic
    return text.format(**fields) if fields else text


@dataclass(frozen=True)
class ArchiveEntry:
    sequence: int
    meeting_id: int
    day: date
    subject: str
    chair: str
    number: str
    fingerprint: str
    file: str
    office_id: int


def safe_name(text: str, limit: int = SUBJECT_CHARS) -> str:
    """A part of a file name any system accepts (``reports.file_names.safe_part``)."""
    return safe_part(text, limit)


def approved_in_scope(session: Session, *, election_id: int | None, date_from: date | None,
                      date_to: date | None) -> list[Meeting]:
    """The latest approved revision of each meeting in scope, oldest first."""
    query = select(Meeting).where(Meeting.status == MeetingStatus.APPROVED)
    if election_id is not None:
        query = query.where(Meeting.election_id == election_id)
    if date_from is not None:
        query = query.where(Meeting.starts_at >= datetime.combine(date_from, time.min))
    if date_to is not None:
        query = query.where(Meeting.starts_at <= datetime.combine(date_to, time.max))
    approved = list(session.scalars(query.order_by(Meeting.starts_at, Meeting.id)))
    replaced = set(session.scalars(
        select(Meeting.supersedes_id).where(Meeting.status == MeetingStatus.APPROVED,
                                            Meeting.supersedes_id.is_not(None))))
    return [m for m in approved if m.id not in replaced]


def _check_scope(session: Session, election_id: int | None, date_from: date | None,
                 date_to: date | None) -> None:
    if election_id is None and (date_from is None or date_to is None):
        raise Invalid("Choose an election, or a date range with both a first and a last day.")
    if election_id is not None and (date_from is not None or date_to is not None):
        raise Invalid("Choose an election or a date range, not both.")
    if date_from is not None and date_to is not None and date_to < date_from:
        raise Invalid("The last day {end} comes before the first day {start}.",
                      start=date_from.isoformat(), end=date_to.isoformat())
    if election_id is not None and session.get(Election, election_id) is None:
        raise NotFound("No election has the id {id}.", id=election_id)


def _folder_name(session: Session, election_id: int | None, date_from: date | None,
                 date_to: date | None, lang: str) -> str:
    base = _word("title", lang)
    if election_id is not None:
        election = session.get(Election, election_id)
        scope = election.name if election is not None else str(election_id)
    else:
        scope = f"{date_from.isoformat()} - {date_to.isoformat()}"  # type: ignore[union-attr]
    return file_name("{name}", name=safe_name(f"{base} - {scope}", 120))


def _free(parent: Path, name: str) -> Path:
    candidate, n = inside(parent, name), 2
    while candidate.exists():
        candidate, n = inside(parent, f"{name} ({n})"), n + 1
    return candidate


def _office_id(entries: list[ArchiveEntry]) -> int | None:
    """The index goes out under the office that issued the first minutes in it."""
    return entries[0].office_id if entries else None


def _index_pdf(db: Database, entries: list[ArchiveEntry], output: Path, scope: str, lang: str,
               cancelled: Callable[[], bool]) -> None:
    with db.reader() as session:
        office = common.office(session, _office_id(entries))
        head, author = common.letterhead(office, lang), office.name
    title = _word("title", lang)
    columns = [Column(_index_title(key, lang), weight, "center" if fit else "start", fit)
               for key, _kind, weight, fit in INDEX_COLUMNS]
    rows = [[e.sequence, labels.gregorian(e.day), e.subject, e.chair, e.number, e.fingerprint,
             e.file] for e in entries]
    extra = [RtlTable(columns, rows, rtl=lang != "en")] if rows else []
    paragraphs = (scope,) if rows else (scope, _word("empty", lang))
    letter = Letter(subject=title, paragraphs=paragraphs, extra=extra, closing="")
    setup = PageSetup(head, date.today(), None, lang=lang, title=title, author=author,
                      subject=title, wide=True, keywords=("minutes_archive",))
    render(output, setup, letter_story(letter, lang), cancelled=cancelled)


def _index_title(key: str, lang: str) -> str:
    return _word(key, lang) if key in _INDEX_WORDS else labels.label(key, lang)


def export_archive(db: Database, actor: Actor = SYSTEM, *, election_id: int | None = None,
                   date_from: date | None = None, date_to: date | None = None,
                   folder: Path, lang: str = "ar",
                   progress: Callable[[int, int], None] = lambda done, total: None,
                   cancelled: Callable[[], bool] = lambda: False) -> Path:
    """Write the archive into a new folder inside ``folder``; returns that new folder."""
    with db.reader() as session:
        _check_scope(session, election_id, date_from, date_to)
        meetings = [m.id for m in approved_in_scope(session, election_id=election_id,
                                                    date_from=date_from, date_to=date_to)]
        name = _folder_name(session, election_id, date_from, date_to, lang)
        if election_id is not None:
            scope = _word("scope_election", lang, name=session.get(Election, election_id).name)
        else:
            scope = _word("scope_dates", lang, start=labels.gregorian(date_from),
                          end=labels.gregorian(date_to))
    folder = prepare_folder(Path(folder))  # its last part may be made, never a missing parent
    total = len(meetings) + 2
    try:
        work = Path(tempfile.mkdtemp(prefix=".ghurfa-archive-", dir=folder))
    except OSError as error:
        raise refusal(error, folder) from error
    try:
        entries = []
        for sequence, meeting_id in enumerate(meetings, 1):
            if cancelled():
                raise Cancelled()
            entries.append(_print_one(db, actor, meeting_id, sequence, work, lang, cancelled))
            progress(sequence, total)
        if cancelled():
            raise Cancelled()
        _index_pdf(db, entries, work / "index.pdf", scope, lang, cancelled)
        progress(len(meetings) + 1, total)
        _index_xlsx(db, entries, work / "index.xlsx", scope, lang, cancelled)
        if cancelled():
            raise Cancelled()
        target = _free(folder, name)
        try:
            work.rename(target)
        except OSError as error:
            raise refusal(error, folder) from error
    except UnusableOutput as refused:
        shutil.rmtree(work, ignore_errors=True)
        if isinstance(refused.__cause__, OSError):  # said of the hidden working folder
            raise refusal(refused.__cause__, folder) from refused.__cause__
        raise
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    audit.record_document(db, actor, kind="archive", fmt="archive", output=target,
                          entity="elections" if election_id is not None else "documents",
                          entity_id=election_id,
                          params={"election": election_id, "from": date_from, "to": date_to,
                                  "minutes": len(meetings)})
    progress(total, total)
    return target


def _print_one(db: Database, actor: Actor, meeting_id: int, sequence: int, work: Path,
               lang: str, cancelled: Callable[[], bool]) -> ArchiveEntry:
    with db.reader() as session:
        record = read_record(session, meeting_id, lang=lang)
    file = file_name("{sequence:03d} - {day} - {subject}", ".pdf", sequence=sequence,
                     day=record.starts_at.date().isoformat(), subject=safe_name(record.subject))
    request = BuildRequest(db=db, params={"meeting": meeting_id}, output=work / file,
                           actor=actor, lang=lang, cancelled=cancelled)
    minutes.build(request)
    with db.reader() as session:  # the number the print took, or the one it already had
        record = read_record(session, meeting_id, lang=lang)
    fingerprint = (record.fingerprint or "")[:FINGERPRINT_PREFIX_CHARS]
    return ArchiveEntry(sequence, meeting_id, record.starts_at.date(), record.subject,
                        record.chair, record.number_text or "", fingerprint, file,
                        record.office_id)


def _index_xlsx(db: Database, entries: list[ArchiveEntry], output: Path, scope: str,
                lang: str, cancelled: Callable[[], bool]) -> None:
    with db.reader() as session:
        office = common.office(session, _office_id(entries)).name
    rows = [[e.sequence, e.day, e.subject, e.chair, e.number, e.fingerprint, e.file]
            for e in entries]
    write_table(output, columns=[XlsxColumn(_index_title(key, lang), kind)
                                 for key, kind, _w, _f in INDEX_COLUMNS],
                rows=rows, title=f"{_word('title', lang)} — {scope}", office=office,
                issued_on=date.today(), sheet_title=_word("sheet", lang),
                lang=lang, cancelled=cancelled)
