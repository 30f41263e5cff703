"""The duty roster's pages, laid out and drawn without platypus (``reports.pdf.sections``):
each centre from a new page with its heading, the header row and the current shift's band
again on every page it runs on, «مسودة» on the pages of a draft shift, «الصفحة N من M»
right on every page, the signature under each centre, and no page left blank."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time

import pytest

from desktop.models import RosterStatus
from reports.documents import roster
from reports.documents.duty_record import DutyLine, DutyRecord, ShiftInfo, Site, Unit
from reports.pdf.flowables import Signatory
from reports.pdf.sections import Section, render_sections
from reports.pdf.table import Column, RtlTable
from tests.reports.conftest import letters, normalise, pdf_pages, pdf_text
from tests.reports.test_pdf import SETUP

WIDE = dataclasses.replace(SETUP, wide=True)
NAMES = ("حيدر", "علي", "كاظم", "جعفر", "سعد", "عباس", "مصطفى", "حسين")
SIGNER = Signatory("العميد", "سعد علي حربيه", "قائد شرطة ميسان")


def _shift(number: int, status: RosterStatus) -> ShiftInfo:
    published = datetime(2010, 3, 6, 20, 0) if status is RosterStatus.PUBLISHED else None
    label = ("الوجبة الأولى", "الوجبة الثانية")[number - 1]
    return ShiftInfo(number, date(2010, 3, 7), label, time(6 + number), time(14),
                     status, 1, published, "المقدم علي" if published else None, "ar")


def _record(people: list[int]) -> DutyRecord:
    """Centres of ``people[i]`` people each, half in a published shift, half in a draft."""
    shifts = [_shift(1, RosterStatus.PUBLISHED), _shift(2, RosterStatus.DRAFT)]
    unit = Unit(1, "قسم شرطة العمارة", None)
    lines = []
    for centre, count in enumerate(people, 1):
        site = Site("centre", centre, f"C{centre:03d}", f"مدرسة {NAMES[centre % 8]}", "ميسان",
                    "العمارة", "قاطع العمارة", f"C{centre:03d} — مدرسة {NAMES[centre % 8]}")
        for person in range(count):
            name = " ".join(NAMES[(person + k * centre) % 8] for k in range(3))
            lines.append(DutyLine(shifts[person * 2 // count], site, unit, "نقيب", 5,
                                  f"{name} {centre}-{person}", str(100000 + person), "",
                                  "حراسة", 1, "", "", person))
    return DutyRecord("ar", 1, "انتخابات مجلس المحافظة", None, None, shifts, lines)


def _texts(path) -> list[str]:
    return [normalise(pdf_text(path, page)) for page in range(1, pdf_pages(path) + 1)]


def test_each_centre_starts_a_page_and_a_long_one_carries_header_and_band_over(tmp_path):
    record = _record([3, 150, 4])
    output = roster.render_roster(tmp_path / "roster.pdf", WIDE, record, roster.BY_CENTRE,
                                  [SIGNER])
    pages = _texts(output)
    total = len(pages)
    assert total >= 5  # the long centre runs over at least three pages
    for number, page in enumerate(pages, 1):
        assert letters(f"الصفحة {number} من {total}") in letters(page), number
        if "نقيب" in page:  # a page of rows has the header row (a page may hold a signature)
            assert "الرتبة" in page and "الرقم الإحصائي" in page, number
        else:
            assert "سعد علي حربيه" in page, number
    starts = [i for i, page in enumerate(pages) if "القاطع" in page]
    assert len(starts) == 3 and starts[0] == 0 and starts == sorted(set(starts))
    long_pages = pages[starts[1]:starts[2]]
    assert len(long_pages) >= 3
    # one heading at its start; each later page says which centre it goes on with, for a
    # page handed to the centre on its own
    site = next(line.site for line in record.lines if line.site.code == "C002")
    # «المركز: C002 — مدرسة … — تابع» (the code's neighbours come out of the PDF reordered)
    going_on = letters(f"{site.name} — تابع")
    assert going_on not in letters(long_pages[0])
    assert all(going_on in letters(page) and "C002" in page for page in long_pages[1:])
    assert all(going_on not in letters(page) for page in pages[:starts[1]] + pages[starts[2]:])
    for page in long_pages:  # the shift whose rows the page prints is banded at its top
        assert "الوجبة الأولى" in page or "الوجبة الثانية" in page
    # «مسودة» only where the draft shift's rows are printed
    for page in long_pages:
        assert ("مسودة" in page) == ("الوجبة الثانية" in page), page[:80]
    # each centre signed once, under its last rows
    assert sum(page.count("سعد علي حربيه") for page in pages) == 3
    every = letters(" ".join(pages))
    for person in range(150):
        assert letters(f"2-{person}") in every or letters(f"{person}-2") in every


def test_a_centre_ending_at_the_foot_of_a_page_leaves_no_blank_page_unsigned(tmp_path):
    # sizes that end tables at every height of a page; nobody signs
    record = _record(list(range(1, 40)))
    output = roster.render_roster(tmp_path / "roster.pdf", WIDE, record, roster.BY_CENTRE, [])
    pages = _texts(output)
    for number, page in enumerate(pages, 1):
        assert "الرتبة" in page, f"page {number} of {len(pages)} is blank"
    assert sum("القاطع" in page for page in pages) == 39


def test_an_empty_roster_says_so_and_is_signed(tmp_path):
    record = DutyRecord("ar", 1, "انتخابات مجلس المحافظة", None, None, [], [])
    output = roster.render_roster(tmp_path / "empty.pdf", WIDE, record, roster.BY_CENTRE,
                                  [SIGNER])
    text = normalise(pdf_text(output))
    assert "لا توجد واجبات مسجلة" in text and "سعد علي حربيه" in text
    assert pdf_pages(output) == 1


def test_a_cancelled_roster_leaves_no_file(tmp_path):
    from reports.errors import Cancelled

    table = RtlTable([Column("ت"), Column("الاسم")], [[i, "علي"] for i in range(400)])
    with pytest.raises(Cancelled):
        render_sections(tmp_path / "cancelled.pdf", WIDE, [], [Section((), table)],
                        cancelled=lambda: True)
    assert not (tmp_path / "cancelled.pdf").exists()


def test_a_published_shift_says_who_published_it_by_name_and_when_as_letters_date_it(db):
    from sqlalchemy import select

    from desktop.demo import load_demo
    from desktop.models import Shift, User
    from desktop.services import room_clock, rosters
    from desktop.services.actor import actor_for
    from reports.documents.duty_record import read_record

    load_demo(db)
    with db.session() as s:
        commander = actor_for(s, "commander")
        shift = s.scalars(select(Shift).order_by(Shift.id)).first()
        election, shift_id = shift.election_id, shift.id
        rosters.publish_roster(s, commander, shift_id)
    with db.reader() as s:
        name = s.scalars(select(User.display_name).where(User.username == "commander")).one()
        published = s.get(Shift, shift_id).published_at
        info = next(i for i in read_record(s, election).shifts if i.id == shift_id)
    assert name != "commander"
    moment = room_clock.local(published)
    when = f"{moment.day}/{moment.month}/{moment.year} {moment.hour:02d}:{moment.minute:02d}"
    assert name in info.state and when in info.state, info.state
    assert "commander" not in info.state
