"""The minutes document read back: content in order, drafts, numbering, fingerprint, Excel."""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select, update

from desktop.models import (
    AgendaItem,
    DocumentNumber,
    Election,
    Meeting,
    MeetingStatus,
    NumberStatus,
    Organisation,
    Person,
    Rank,
)
from desktop.services.actor import SYSTEM
from desktop.services.errors import Conflict, Invalid, NotFound
from desktop.services.minutes import seal
from desktop.services.numbering import void_number
from desktop.storage.database import Database
from reports import catalogue
from reports.documents.minutes import grouped
from tests.reports.conftest import letters, need, normalise, pdf_pages, pdf_text
from tests.reports.minutes_world import (
    AGENDA,
    DECISION,
    DIRECTIVES,
    FINGERPRINT,
    GUEST,
    NOTE,
    SUBJECT,
    make_meeting,
)
from tests.tampering import behind_the_program

DRAFT_MARK = "مسودة — غير معتمد"


def build(db: Database, meeting: object, output: Path, fmt: str = "pdf", **extra) -> Path:
    return catalogue.get("minutes").build(catalogue.BuildRequest(
        db=db, params={"meeting": meeting}, output=output, fmt=fmt, **extra))


def numbers(db: Database) -> list[tuple[int, NumberStatus]]:
    with db.reader() as session:
        return [(n.sequence, n.status) for n in
                session.scalars(select(DocumentNumber).order_by(DocumentNumber.id))]


def number_of(db: Database, meeting_id: int) -> int | None:
    with db.reader() as session:
        return session.get(Meeting, meeting_id).document_number_id


def bare(text: str) -> str:
    """Letters without slashes: pdftotext moves a slash beside a number in an Arabic line."""
    return letters(text).replace("/", "")


def keywords(path: Path) -> str:
    done = subprocess.run([need("pdfinfo"), str(path)], capture_output=True, text=True,
                          check=True, timeout=60)
    return re.search(r"^Keywords:\s*(.*)$", done.stdout, re.M).group(1)


@pytest.fixture
def approved(db: Database, world: dict[str, int]) -> int:
    with db.session() as session:
        return make_meeting(session, world)


def test_minutes_carry_every_part_in_logical_order(db, world, approved, tmp_path):
    raw = pdf_text(build(db, approved, tmp_path / "m.pdf"))
    flat = letters(raw)
    with db.reader() as session:
        names = [session.get(Person, world[key]).full_name_ar
                 for key in ("chief", "guest", "officer")]
    parts = [SUBJECT, *names, AGENDA[0][0], AGENDA[0][1], NOTE, AGENDA[1][0], DECISION,
             *DIRECTIVES]
    positions = [flat.find(letters(part)) for part in parts]
    missing = [p for p, at in zip(parts, positions, strict=True) if at < 0]
    assert not missing, missing
    assert positions == sorted(positions), "parts are out of their logical order"
    text = normalise(raw)
    for label in ("محضر اجتماع مشترك", "أولاً: الحضور", "رئيس الاجتماع", "نسخة منه إلى",
                  "مكتب مفوضية الانتخابات في ميسان", "قيادة شرطة ميسان"):
        assert letters(label) in flat, label
    assert letters("الصفحة 1 من") in flat and letters("13/7/2008") in flat
    assert letters("من الساعة 10:00 إلى الساعة 12:30") in flat
    assert text.count("سري") >= 2
    assert DRAFT_MARK not in text


def test_a_fifty_thousand_character_discussion_flows_over_pages_whole(db, world, tmp_path):
    sentence = "وفي القاطع رقم {n} ناقش المجتمعون الخطة المستفيضة لحماية مراكز الاقتراع. "
    parts, n = [], 0
    while sum(map(len, parts)) < 50_000:
        n += 1
        parts.append(sentence.format(n=n))
    discussion = "".join(parts)
    assert len(discussion) >= 50_000
    with db.session() as session:
        meeting = make_meeting(session, world, discussion=discussion)
    output = build(db, meeting, tmp_path / "long.pdf")
    assert pdf_pages(output) >= 10
    text = normalise(pdf_text(output))
    words = Counter(text.split())
    for word in ("المجتمعون", "المستفيضة", "لحماية", "القاطع"):
        assert words[word] == n, word  # no line lost or doubled at a page break
    # every sentence's number, once and in order (page furniture may sit between its words)
    assert [int(m) for m in re.findall(r"رقم(\d+)", letters(text))] == list(range(1, n + 1))


@pytest.mark.parametrize("status", [MeetingStatus.DRAFT, MeetingStatus.AWAITING_APPROVAL])
def test_unapproved_minutes_are_marked_and_take_no_number(db, world, tmp_path, status):
    with db.session() as session:
        meeting = make_meeting(session, world, status=status, fingerprint=FINGERPRINT)
    output = build(db, meeting, tmp_path / "draft.pdf")
    pages = pdf_pages(output)
    for page in range(1, pages + 1):
        assert letters(DRAFT_MARK) in letters(pdf_text(output, page)), page
    first = letters(pdf_text(output, 1))
    assert re.search("العدد[:—]{2}", first) and letters("ق ش م/ع") not in first
    assert numbers(db) == [] and number_of(db, meeting) is None
    assert "ghurfa-fingerprint" not in keywords(output)


def test_approved_minutes_take_a_number_once_and_reprints_reuse_it(db, world, approved,
                                                                    tmp_path):
    first = build(db, approved, tmp_path / "first.pdf")
    assert numbers(db) == [(1, NumberStatus.ISSUED)]
    stored = number_of(db, approved)
    assert stored is not None
    again = build(db, approved, tmp_path / "again.pdf")
    assert numbers(db) == [(1, NumberStatus.ISSUED)] and number_of(db, approved) == stored
    for path in (first, again):
        assert bare("ق ش م/ع/1") in bare(pdf_text(path, 1))
        assert "ق ش م/ع/1" in keywords(path)
    # a print that is voided afterwards: the next print gives the meeting a new number
    with db.session() as session:
        void_number(session, SYSTEM, stored, "نسخة تالفة")
    build(db, approved, tmp_path / "third.pdf")
    assert numbers(db) == [(1, NumberStatus.VOIDED), (2, NumberStatus.ISSUED)]
    assert bare("ق ش م/ع/2") in bare(pdf_text(tmp_path / "third.pdf", 1))


def test_a_cancelled_first_print_voids_its_number_and_writes_nothing(db, world, approved,
                                                                     tmp_path):
    output = tmp_path / "cancelled.pdf"
    with pytest.raises(catalogue.Cancelled):  # cancelled before a number was drawn
        build(db, approved, output, cancelled=lambda: True)
    assert numbers(db) == []
    asked = []

    def cancel_while_printing() -> bool:
        asked.append(1)
        return len(asked) > 1  # the first question comes before the number is drawn

    with pytest.raises(catalogue.Cancelled):
        build(db, approved, output, cancelled=cancel_while_printing)
    assert not output.exists() and not list(tmp_path.glob(".cancelled*"))
    assert numbers(db) == [(1, NumberStatus.VOIDED)] and number_of(db, approved) is None
    build(db, approved, output)
    assert numbers(db) == [(1, NumberStatus.VOIDED), (2, NumberStatus.ISSUED)]


def test_approved_minutes_print_their_fingerprint_on_every_page(db, world, tmp_path):
    with db.session() as session:
        meeting = make_meeting(session, world, discussion="فقرة طويلة من المناقشة " * 800)
        seal = session.get(Meeting, meeting).fingerprint
    output = build(db, meeting, tmp_path / "sealed.pdf")
    assert f"ghurfa-fingerprint:{seal}" in keywords(output)
    pages = pdf_pages(output)
    assert pages >= 2
    for page in range(1, pages + 1):
        text = pdf_text(output, page)
        assert normalise("بصمة المحضر المعتمد") in normalise(text), page
        assert grouped(seal) in " ".join(text.split()), page


def test_minutes_whose_seal_no_longer_holds_are_not_printed(db, world, tmp_path):
    with db.session() as session:
        false = make_meeting(session, world, fingerprint=FINGERPRINT)
        changed = make_meeting(session, world)
    with db.session() as session:  # behind the program's back, as a database tool would
        behind_the_program(session)
        session.execute(update(AgendaItem).where(AgendaItem.meeting_id == changed)
                        .values(discussion="نص لم يصادق عليه أحد"))
    for meeting in (false, changed):
        for fmt in ("pdf", "xlsx"):
            output = tmp_path / f"{meeting}.{fmt}"
            with pytest.raises(Conflict) as refused:
                build(db, meeting, output, fmt=fmt)
            assert "no longer match their fingerprint" in refused.value.message("en")
            assert "لم يعد يطابق بصمته" in refused.value.message("ar")
            assert not output.exists()
    assert numbers(db) == []  # no number was drawn for a print that was refused


def test_approved_minutes_print_the_registry_as_it_was_at_approval(db, world, tmp_path):
    with db.session() as session:
        meeting = make_meeting(session, world)
    original = pdf_text(build(db, meeting, tmp_path / "original.pdf"))
    with db.session() as session:
        session.get(Person, world["chief"]).full_name_ar = "اسم جديد بعد المصادقة"
        session.get(Person, world["guest"]).position_title = "منصب جديد"
        session.get(Organisation, world["commission"]).name_ar = "جهة أعيدت تسميتها"
        session.get(Organisation, world["command"]).name_ar = "قيادة أعيدت تسميتها"
        session.get(Election, world["election"]).name = "انتخابات أعيدت تسميتها"
        session.get(Rank, world["captain"]).name_ar = "رتبة أعيدت تسميتها"
    reprint = pdf_text(build(db, meeting, tmp_path / "reprint.pdf"))
    assert reprint == original
    assert letters("سعد علي حربيه") in letters(reprint)
    assert "أعيدت" not in reprint and "بعد المصادقة" not in reprint
    with db.session() as session:  # a draft prints the registry as it reads now
        draft = make_meeting(session, world, status=MeetingStatus.DRAFT)
    text = letters(pdf_text(build(db, draft, tmp_path / "draft.pdf")))
    for renamed in ("اسم جديد بعد المصادقة", "منصب جديد", "جهة أعيدت تسميتها",
                    "انتخابات أعيدت تسميتها", "رتبة أعيدت تسميتها"):
        assert letters(renamed) in text, renamed


def test_minutes_are_found_by_their_document_number(db, world, approved, tmp_path):
    build(db, approved, tmp_path / "m.pdf")
    for reference in ("ق ش م/ع/1", "ق ش م/ع/2008/1", " ق ش م/ع/١ ", str(approved)):
        output = build(db, reference, tmp_path / "again.pdf")
        assert output.exists()
    assert numbers(db) == [(1, NumberStatus.ISSUED)]
    for reference in ("ق ش م/ع/9", "لا شيء", "9999"):
        with pytest.raises(NotFound):
            build(db, reference, tmp_path / "none.pdf")
    with pytest.raises(Invalid):
        build(db, "", tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()


def test_excel_holds_attendance_and_directives_sheets(db, world, tmp_path):
    with db.session() as session:
        meeting = make_meeting(session, world, directive_text="=HYPERLINK(\"x\")")
    output = build(db, meeting, tmp_path / "minutes.xlsx", fmt="xlsx")
    book = load_workbook(output)
    assert book.sheetnames == ["الحضور", "التوجيهات"]
    attendance, directives = book["الحضور"], book["التوجيهات"]
    assert attendance.sheet_view.rightToLeft and attendance.freeze_panes == "A6"
    assert attendance.auto_filter.ref == "A5:G8"
    header = [c.value for c in attendance[5]]
    assert header[:3] == ["ت", "الاسم", "الرتبة"]
    names = [row[1] for row in attendance.iter_rows(min_row=6, values_only=True)]
    assert names[0] == "سعد علي حربيه" and GUEST in names and len(names) == 3
    rows = list(directives.iter_rows(min_row=6, values_only=True))
    assert [r[0] for r in rows] == [1, 2]
    assert rows[0][2] == "=HYPERLINK(\"x\")" and directives["C6"].data_type == "s"
    assert rows[1][2] == DIRECTIVES[1] and rows[1][4].date().isoformat() == "2008-07-27"
    assert numbers(db) == []  # a working file, not an official print


def test_every_print_of_a_kind_is_registered(db):
    kind = catalogue.get("minutes")
    assert kind.formats == ("pdf", "xlsx") and kind.numbered
    assert [p.name for p in kind.params if p.required] == ["meeting"]
    with db.reader() as session:
        assert session.scalar(select(func.count()).select_from(Meeting)) == 0


def test_the_office_under_the_organiser_issues_and_english_prints(db, world, tmp_path):
    with db.session() as session:
        meeting = make_meeting(session, world)
        row = session.get(Meeting, meeting)
        row.organiser_id = world["ministry"]  # no office of its own
        session.flush()
        session.refresh(row)
        seal(row)  # approved as organised by the ministry
    output = build(db, meeting, tmp_path / "en.pdf", lang="en")
    text = normalise(pdf_text(output))
    assert "Minutes of the joint meeting" in text and "1. Attendance" in text
    assert "Present: 2; excused: 1; absent: 0." in text
    with db.reader() as session:  # the command's office, directly under the ministry
        number = session.get(DocumentNumber, session.get(Meeting, meeting).document_number_id)
        assert number.office_id == world["office"]
