"""The centres of an election: an official letter listing them (PDF) and a workbook (Excel).

The letter goes landscape, so a centre and all its facts stand on one line: first a summary
by governorate and risk, then the centres grouped by governorate and district, each group with
its count, the table's header repeated on every page. With a shift, each centre also shows its
coverage: officers and vehicles assigned beside those its risk level needs, and whether
rapid-response cover reaches it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from itertools import groupby
from pathlib import Path
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, Spacer
from sqlalchemy.orm import Session

from desktop.models import Election, IssuingOffice, Shift
from reports.catalogue import BuildRequest, DocumentKind, Param, register
from reports.documents import centres_record, common
from reports.documents.centres_excel import write_centres
from reports.documents.centres_record import (
    RISKS,
    CentreLine,
    CentresRecord,
    SummaryLine,
    level_titles,
    read_record,
    word,
)
from reports.numbers import document_number
from reports.pdf.letter import Letter, letter_story, paragraph, styles
from reports.pdf.page import PageSetup, render
from reports.pdf.table import Column, RtlTable, TableStyle

KEY = "centres"
TABLE = TableStyle(size=9.0)
GROUP_ROOM = 90.0  # a group's heading is never left alone at the foot of a page

_LETTER: dict[str, tuple[str, str]] = {
    "intro": ("نرفق طيّاً قائمة المراكز في {election}، وعددها ( {count} )، مرتبةً بحسب "
              "المحافظة والقضاء، مع درجة خطورة كل مركز وعدد محطاته وناخبيه.",
              "Enclosed is the list of the centres of {election}, {count} in all, by "
              "governorate and district, with each centre's risk, stations and voters."),
    "intro_registry": ("نرفق طيّاً قائمة المراكز المسجلة لدى غرفة العمليات، وعددها ( {count} "
                       ")، مرتبةً بحسب المحافظة والقضاء.",
                       "Enclosed is the list of the centres in the operations room's "
                       "registry, {count} in all, by governorate and district."),
    "intro_shift": ("ويبين الجدول موقف حماية كل مركز في {shift} قياساً بالحد الأدنى المقرر "
                    "لدرجة خطورته.",
                    "The table shows how each centre is covered in the shift {shift} "
                    "against the minimum of its risk level."),
    "empty": ("لا توجد مراكز مسجلة في {election}.", "No centres are recorded for {election}."),
    "empty_registry": ("لا توجد مراكز مسجلة لدى غرفة العمليات.",
                       "No centres are recorded in the registry."),
    "summary": ("أولاً: خلاصة المراكز بحسب المحافظة ودرجة الخطورة",
                "1. Centres by governorate and risk"),
    "summary_registry": ("أولاً: خلاصة المراكز بحسب المحافظة", "1. Centres by governorate"),
    "list": ("ثانياً: قائمة المراكز بحسب المحافظة والقضاء",
             "2. The centres by governorate and district"),
    "group": ("{area}: {name} — عدد المراكز ( {count} )", "{area}: {name} — centres: {count}"),
    "seq": ("ت", "#"),
    "files": ("الأضابير", "File"),
}


def _say(key: str, lang: str, **fields: object) -> str:
    arabic, english = _LETTER[key]
    return (english if lang == "en" else arabic).format(**fields)


def _centre_columns(record: CentresRecord) -> list[Column]:
    lang = record.lang
    columns = [Column(_say("seq", lang), align="center", fit=True),
               Column(word("code", lang), align="center", fit=True),
               Column(word("name", lang), 2.4),
               Column(word("kind", lang), 1.1),
               Column(word("subdistrict", lang), 1.2),
               Column(word("sector", lang), 1.4),
               Column(word("organisation", lang), 1.6)]
    if record.with_facts:
        columns += [Column(word(key, lang), align="center", fit=True)
                    for key in ("risk", "stations", "voters", "status")]
    if record.with_coverage:
        columns += [Column(word("coverage", lang), align="center", fit=True),
                    Column(word("officers_short", lang), align="center", fit=True),
                    Column(word("vehicles_short", lang), align="center", fit=True),
                    Column(word("rapid_short", lang), align="center", fit=True)]
    return columns


def _count(value: int | None) -> str:
    return "" if value is None else str(value)


def _centre_cells(record: CentresRecord, number: int, line: CentreLine) -> list[str]:
    lang = record.lang
    cells = [str(number), line.code, line.name, line.kind, line.subdistrict, line.sector,
             line.organisation]
    if record.with_facts:
        cells += [line.risk_text, _count(line.stations), _count(line.voters), line.status]
    if record.with_coverage:
        cover = line.coverage
        cells.append(record.coverage_text(line))
        if cover is None:
            cells += ["", "", ""]
        else:
            cells += [word("of", lang, have=cover.officers, need=cover.officers_needed),
                      word("of", lang, have=cover.vehicles, need=cover.vehicles_needed),
                      cover.rapid_text(lang)]
    return cells


def _summary_table(record: CentresRecord) -> RtlTable:
    lang = record.lang
    titles = [word("centres", lang)]
    if record.with_facts:
        titles += [word("stations", lang), word("voters", lang),
                   *(record.risk_label(risk) for risk in RISKS), word("unassessed", lang)]
    if record.with_coverage:
        titles += level_titles(lang)
    columns = [Column(word("governorate", lang), 2.5),
               *(Column(title, align="center") for title in titles)]

    def cells(line: SummaryLine) -> list[str]:
        values: list[object] = [line.governorate, line.centres]
        if record.with_facts:
            values += [line.stations, line.voters, *line.by_risk]
        if record.with_coverage:
            values += line.by_level
        return [str(v) for v in values]

    rows = [cells(line) for line in record.summary()] + [cells(record.totals())]
    return RtlTable(columns, rows, style=TABLE, rtl=lang != "en")


def _groups(record: CentresRecord,
            progress: Callable[[int, int], None]) -> list[Flowable]:
    """Each governorate, then each of its districts with its own table."""
    lang = record.lang
    _body, heading, _subject, small = styles(lang)
    governorate_style = heading.but(space_before=8.0, space_after=2.0)
    district_style = small.but(font=heading.font, space_before=4.0, space_after=3.0)
    columns = _centre_columns(record)
    total = len(record.lines)
    story: list[Flowable] = []
    done = 0
    for governorate, in_governorate in groupby(record.lines, key=lambda ln: ln.governorate):
        lines = list(in_governorate)
        story += [CondPageBreak(GROUP_ROOM), paragraph(_say(
            "group", lang, area=word("governorate", lang), name=governorate,
            count=len(lines)), governorate_style, lang)]
        for district, in_district in groupby(lines, key=lambda ln: ln.district):
            centres = list(in_district)
            story += [CondPageBreak(GROUP_ROOM - 20), paragraph(_say(
                "group", lang, area=word("district", lang), name=district,
                count=len(centres)), district_style, lang)]
            rows = [_centre_cells(record, done + n, line) for n, line in enumerate(centres, 1)]
            story.append(RtlTable(columns, rows, style=TABLE, rtl=lang != "en",
                                  progress=lambda d, _t, base=done: progress(base + d, total)))
            done += len(centres)
    return story


def _intro(record: CentresRecord) -> list[str]:
    lang, count = record.lang, len(record.lines)
    if not count:
        return [_say("empty", lang, election=record.election) if record.election
                else _say("empty_registry", lang)]
    text = _say("intro", lang, election=record.election, count=count) if record.election \
        else _say("intro_registry", lang, count=count)
    if record.with_coverage:
        text += " " + _say("intro_shift", lang, shift=record.shift)
    return [text]


def story(record: CentresRecord, signatories: Sequence[Any],
          progress: Callable[[int, int], None]) -> list[Flowable]:
    lang = record.lang
    _body, heading, _subject, _small = styles(lang)
    extra: list[Flowable] = []
    if record.lines:
        summary = "summary" if record.with_facts else "summary_registry"
        extra += [paragraph(_say(summary, lang), heading, lang), _summary_table(record),
                  Spacer(1, 10), CondPageBreak(GROUP_ROOM),
                  paragraph(_say("list", lang), heading, lang), *_groups(record, progress),
                  Spacer(1, 8)]
    letter = Letter(subject=record.title, paragraphs=_intro(record),
                    signatories=signatories, copies_to=(_say("files", lang),), extra=extra)
    return letter_story(letter, lang)


def _pdf(request: BuildRequest, record: CentresRecord, office: IssuingOffice | None,
         signatories: Sequence[Any], day: date) -> Path:
    assert office is not None
    lang = request.lang
    head = common.letterhead(office, lang)
    with document_number(request, office.id, KEY, purpose=record.title, on=day) as number:
        setup = PageSetup(head, day, number.text, lang=lang, title=record.title,
                          author=office.name, subject=record.title, wide=True,
                          keywords=(KEY, *number.keywords), watermark=number.watermark)
        render(request.output, setup, story(record, signatories, request.progress),
               cancelled=request.cancelled)
    return request.output


def _office(session: Session, office_id: int | None, required: bool) -> IssuingOffice | None:
    """The office named, or the first; a workbook may go without any, a letter may not."""
    if office_id is None and not required and common.first_office_id(session) is None:
        return None
    return common.office(session, office_id)


def build(request: BuildRequest) -> Path:
    params, lang = request.params, request.lang
    day = common.param_date(params, "date") or date.today()
    with request.db.reader() as session:
        record = read_record(session, common.param_int(params, "election"),
                             common.param_int(params, "shift"), lang)
        request.check()
        office = _office(session, common.param_int(params, "office"), request.fmt == "pdf")
        signers = common.senior_people(session, 1, office.organisation_id) \
            if office is not None and office.organisation_id is not None else []
        signatories = [common.signatory(person, lang) for person in signers]
        office_name = office.name if office is not None else ""
    request.check()
    if request.fmt == "xlsx":
        return write_centres(request, record, office_name, day)
    return _pdf(request, record, office, signatories, day)


def sample_params(session: Session) -> dict[str, Any]:
    params = centres_record.sample_params(session)
    shift = session.get(Shift, params["shift"]) if params.get("shift") else None
    election = session.get(Election, params["election"]) if params.get("election") else None
    day = shift.on_date if shift else election.polling_date if election else None
    params["office"] = common.first_office_id(session)
    if day is not None:
        params["date"] = day.isoformat()
    return params


KIND = register(DocumentKind(
    key=KEY,
    title="List of centres",
    formats=("pdf", "xlsx"),
    params=(
        Param("election", "Election", "election", required=False),
        Param("shift", "Shift, for coverage", "shift", required=False),
        Param("office", "Issuing office", "office", required=False),
        Param("date", "Date", "date", required=False),
    ),
    build=build,
    sample_params=sample_params,
    numbered=True,
))
