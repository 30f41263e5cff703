"""The assignment order (أمر تنسيب): the official letter that puts a unit's named officers on
duty, one per unit, each numbered from its issuing office's register; and their workbook.

A unit's order is written by the office nearest above it (a command's operations room writes
for the command's sections) and signed by the commander that office speaks for. It lists its
people shift by shift: rank, name, service number, centre or post, duty and vehicle, then the
signature and «نسخة منه إلى». All the units of an election go in one PDF (each order from a new
page with its own letterhead, number and «الصفحة N من M») or one file per unit in a folder.

Only the official copy draws numbers, all in one transaction, and a failed or cancelled build
voids every one of them. An order printed from a roster still a draft says so in its text and
on every page that lists a draft shift's rows.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, Spacer
from sqlalchemy.orm import Session

from desktop.models import IssuingOffice
from desktop.services import room_clock
from desktop.services.errors import Invalid
from reports import file_names
from reports.catalogue import BuildRequest, DocumentKind, Param, recorded, register
from reports.documents import common, roster
from reports.documents.duty_record import (
    DutyLine,
    DutyRecord,
    OrgTree,
    Unit,
    choose_office,
    commander,
    read_record,
    word,
)
from reports.documents.orders_excel import write_orders
from reports.files import check_output, prepare_folder, refusal
from reports.numbers import NumberSlot, Wanted, document_numbers
from reports.pdf.flowables import Signatory
from reports.pdf.letter import Letter, letter_story
from reports.pdf.page import PageSetup, render_letters
from reports.pdf.table import Column, RtlTable, TextCache

KEY = "assignment_order"

_LETTER: dict[str, tuple[str, str]] = {
    "subject": ("أمر تنسيب — {election}", "Assignment order — {election}"),
    "body": ("استناداً إلى خطة حماية {election} وجدول الواجبات{state}، تقرر تنسيب منتسبي {unit} "
             "المدرجة أسماؤهم في أدناه، وعددهم: {people}، إلى المراكز والنقاط وفي الوجبات "
             "المبينة إزاء كل منهم، على أن يلتحقوا بواجباتهم قبل بدء الوجبة ويلتزموا بتعليمات "
             "غرفة العمليات، وتُسلَّم العجلات المنسبة إلى آمري المراكز والمفارز.",
             "Under the protection plan of {election} and its duty roster{state}, the officers "
             "of {unit} named below ({people} in all) are assigned to the centres and posts and "
             "in the shifts shown against each, to report before their shift begins and to "
             "follow the operations room's instructions; the vehicles named are handed to the "
             "commanders of the centres and detachments."),
    "published": (" المنشور", ", as published"),
    "with_drafts": (" (وفيه وجبات لم يُنشر جدولها بعد، مؤشرة بكلمة مسودة)",
                    " (some of its shifts not yet published, marked draft)"),
    "closing": ("للتفضل بالاطلاع واتخاذ ما يلزم، مع التقدير.",
                "For your information and action, with regards."),
    "execute": ("{unit} — للتنفيذ", "{unit}, for action"),
    "inform": ("{unit} — للعلم", "{unit}, for information"),
    "follow": ("{office} — للمتابعة", "{office}, to follow up"),
    "files": ("الأضابير", "File"),
    "purpose": ("أمر تنسيب {unit} — {election}", "Assignment order, {unit}, {election}"),
}


def _say(key: str, lang: str, **fields: object) -> str:
    arabic, english = _LETTER[key]
    return (english if lang == "en" else arabic).format(**fields)


@dataclass(frozen=True)
class Order:
    """One unit's order, read and ready to lay out."""

    unit: Unit
    lines: list[DutyLine]
    office: IssuingOffice
    signatories: list[Signatory]


def _columns(lang: str) -> list[Column]:
    return [Column(word("seq", lang), align="center", fit=True),
            Column(word("rank", lang), 1.0),
            Column(word("name", lang), 2.0),
            Column(word("service_number", lang), align="center", fit=True),
            Column(word("site", lang), 2.2),
            Column(word("duty", lang), 1.3),
            Column(word("vehicle", lang), 1.6)]


def _table(record: DutyRecord, lines: list[DutyLine],
           progress: Callable[[int, int], None], cache: TextCache | None) -> RtlTable:
    def cells(number: int, line: DutyLine) -> tuple[object, ...]:
        return (number, line.rank, line.name, line.service_number, line.site.text, line.duty,
                line.vehicle)

    return roster.banded_table(record, _columns(record.lang), lines, cells, progress,
                               restart=False, cache=cache)


def _copies(order: Order, lang: str) -> list[str]:
    copies = [_say("execute", lang, unit=order.unit.name)]
    if order.unit.parent:
        copies.append(_say("inform", lang, unit=order.unit.parent))
    copies += [_say("follow", lang, office=order.office.name), _say("files", lang)]
    return copies


def subject(record: DutyRecord) -> str:
    return _say("subject", record.lang, election=record.election)


def order_story(record: DutyRecord, order: Order,
                progress: Callable[[int, int], None] = lambda done, total: None,
                cache: TextCache | None = None) -> list[Flowable]:
    lang = record.lang
    drafts = any(line.shift.draft for line in order.lines)
    state = _say("with_drafts" if drafts else "published", lang)
    body = _say("body", lang, election=record.election, state=state, unit=order.unit.name,
                people=len(order.lines))
    letter = Letter(subject=subject(record), paragraphs=(body,),
                    signatories=order.signatories, copies_to=_copies(order, lang),
                    addressee=order.unit.name, closing=_say("closing", lang),
                    extra=(_table(record, order.lines, progress, cache), Spacer(1, 6)))
    return letter_story(letter, lang)


def read_orders(session: Session, record: DutyRecord, office_id: int | None) -> list[Order]:
    """Each unit's order with the office that writes it and who signs it; refused when nobody
    is on duty in the scope asked (an order of nobody would spend a number on nothing)."""
    units = record.by_unit()
    if not units:
        raise Invalid("Nobody is on duty in {election}{scope}; there is no assignment order "
                      "to print.", election=record.election, scope=roster.scope_text(record))
    tree = OrgTree(session, record.lang)
    offices: dict[int | None, IssuingOffice] = {}
    signers: dict[int, list[Signatory]] = {}
    orders = []
    for unit, lines in units:
        office = choose_office(session, tree, unit.id or None, office_id, required=True)
        assert office is not None
        offices[office.id] = office
        if office.id not in signers:
            signers[office.id] = commander(session, tree, office, record.lang)
        orders.append(Order(unit, lines, office, signers[office.id]))
    return orders


def _setup(request: BuildRequest, record: DutyRecord, order: Order, slot: NumberSlot,
           day: date) -> PageSetup:
    head = common.letterhead(slot.issued.letterhead if slot.issued else order.office,
                             request.lang)
    title = subject(record)
    return PageSetup(head, day, slot.text, lang=request.lang, title=title,
                     author=order.office.name, subject=f"{title} — {order.unit.name}",
                     keywords=(KEY, *slot.keywords), watermark=slot.watermark)


def _wanted(record: DutyRecord, orders: list[Order]) -> list[Wanted]:
    return [Wanted(order.office.id, _say("purpose", record.lang, unit=order.unit.name,
                                         election=record.election)[:500],
                   "organisation" if order.unit.id else None, order.unit.id or None)
            for order in orders]


def _read(request: BuildRequest) -> tuple[DutyRecord, list[Order], date]:
    params = request.params
    election = common.param_int(params, "election")
    if election is None:
        raise Invalid("Choose the election whose assignment orders to print.")
    day = common.param_date(params, "issued") or room_clock.today()
    with request.db.reader() as session:
        record = read_record(session, election, day=common.param_date(params, "date"),
                             unit_id=common.param_int(params, "unit"), lang=request.lang)
        request.check()
        orders = read_orders(session, record, common.param_int(params, "office"))
    request.check()
    return record, orders, day


def _progress(request: BuildRequest, orders: list[Order]) -> list[Callable[[int, int], None]]:
    total = sum(len(o.lines) for o in orders)
    bases, done = [], 0
    for order in orders:
        bases.append(done)
        done += len(order.lines)
    return [lambda d, _t, base=base: request.progress(base + d, total) for base in bases]


def build(request: BuildRequest) -> Path:
    """Every unit's order in one PDF, or all their lines in one workbook."""
    record, orders, day = _read(request)
    if request.fmt == "xlsx":
        return write_orders(request, record, orders, day)
    check_output(request.output)  # before any number is drawn
    progress = _progress(request, orders)
    cache = TextCache()  # the units' orders say the same ranks, centres and duties
    with document_numbers(request, KEY, _wanted(record, orders), on=day) as slots:
        letters = [(_setup(request, record, order, slot, day),
                    order_story(record, order, step, cache))
                   for order, slot, step in zip(orders, slots, progress, strict=True)]
        render_letters(request.output, letters, cancelled=request.cancelled)
    return request.output


def file_name(number: int, unit: Unit, lang: str) -> str:
    return file_names.file_name("{number:03d} - {subject}", ".pdf", number=number,
                                subject=file_names.safe_part(_say("subject", lang,
                                                                 election=unit.name), 90))


def build_files(request: BuildRequest) -> list[Path]:
    """One PDF per unit in the folder ``request.output`` (made if only its last part is
    missing). The files are written in a hidden folder beside them and moved in only when all
    are whole; the numbers of a build that fails are voided together. Each file is a print in
    the audit trail, as the one PDF of every unit is."""
    return recorded(KIND, request, lambda: _build_files(request))


def _build_files(request: BuildRequest) -> list[Path]:
    record, orders, day = _read(request)
    folder = prepare_folder(Path(request.output))
    try:
        work = Path(tempfile.mkdtemp(prefix=".ghurfa-orders-", dir=folder))
    except OSError as error:
        raise refusal(error, folder) from error
    targets: list[Path] = []
    try:
        progress = _progress(request, orders)
        cache = TextCache()
        with document_numbers(request, KEY, _wanted(record, orders), on=day) as slots:
            for number, (order, slot, step) in enumerate(
                    zip(orders, slots, progress, strict=True), 1):
                request.check()
                name = file_name(number, order.unit, request.lang)
                render_letters(work / name, [(_setup(request, record, order, slot, day),
                                              order_story(record, order, step, cache))],
                               cancelled=request.cancelled)
                targets.append(file_names.inside(folder, name))
            for target in targets:
                try:
                    (work / target.name).replace(target)
                except OSError as error:
                    raise refusal(error, folder) from error
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return targets


def sample_params(session: Session) -> dict[str, Any]:
    """The gallery's: the roster's election and polling day."""
    return roster.sample_params(session)


KIND = register(DocumentKind(
    key=KEY,
    title="Assignment orders",
    formats=("pdf", "xlsx"),
    params=(
        Param("election", "Election", "election"),
        Param("unit", "Unit (and the units under it)", "organisation", required=False),
        Param("date", "Duty day", "date", required=False),
        Param("office", "Issuing office", "office", required=False),
        Param("issued", "Date of the document", "date", required=False),
    ),
    build=build,
    sample_params=sample_params,
    numbered=True,
))
