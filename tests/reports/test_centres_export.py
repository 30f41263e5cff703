"""``ghurfa export centres`` and the «centres» document: the workbook read back with openpyxl,
the centre-list letter read back with pdftotext, bad output paths, an empty election."""

from __future__ import annotations

import errno
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop.cli import main
from desktop.labels import label
from desktop.models import CentreKind, DocumentNumber, NumberStatus, RiskLevel
from desktop.services.actor import SYSTEM
from desktop.services.elections import ElectionInput, create_election
from desktop.services.organisations import AreaInput, create_area
from desktop.services.sites import (
    CentreInput,
    CommissionFacts,
    SectorInput,
    create_centre,
    create_sector,
    record_for_election,
)
from desktop.storage.database import Database
from reports import catalogue, files
from tests.reports.conftest import letters, need, normalise, pdf_pages, pdf_text

AR_HEADERS = ["رمز المركز", "اسم المركز", "نوع المركز", "المحافظة", "القضاء", "الناحية",
              "القاطع", "الجهة المسؤولة", "درجة الخطورة", "عدد المحطات", "عدد الناخبين",
              "الحالة", "خط العرض", "خط الطول"]
EN_HEADERS = ["Centre code", "Centre name", "Kind", "Governorate", "District", "Sub-district",
              "Sector", "Responsible organisation", "Risk", "Stations", "Voters", "Status",
              "Latitude", "Longitude"]
AR_COVERAGE = ["موقف الحماية", "المنتسبون المنسبون", "المنتسبون المطلوبون", "العجلات المنسبة",
               "العجلات المطلوبة", "الإسناد بقوة الاستجابة السريعة"]
HEADER_ROW = 5


@pytest.fixture
def centres(db: Database, world: dict[str, int]) -> dict[str, int]:
    """Two governorates, a centre with no area, one closed, one outside the election, and an
    election with no centres at all. ``world``'s two officers guard MS-101 in its shift."""
    with db.session() as session:
        dhi_qar = create_area(session, SYSTEM, AreaInput("ذي قار", "governorate"))
        maysan = create_area(session, SYSTEM, AreaInput("ميسان", "governorate"))
        session.flush()
        nasiriyah = create_area(session, SYSTEM, AreaInput("الناصرية", "district",
                                                           parent_id=dhi_qar.id))
        amarah = create_area(session, SYSTEM, AreaInput("العمارة", "district",
                                                        parent_id=maysan.id))
        session.flush()
        batha = create_area(session, SYSTEM, AreaInput("البطحاء", "subdistrict",
                                                       parent_id=nasiriyah.id))
        session.flush()
        sector = create_sector(session, SYSTEM, SectorInput("قاطع شرطة البطحاء",
                                                            organisation_id=world["command"]))
        session.flush()
        made = {}
        for code, name, area, risk, stations, voters, status, lat in (
                ("00123", "مدرسة الفرات", batha.id, "high", 8, 3456, "open", 30.9),
                ("00045", "ثانوية الكندي", amarah.id, "critical", 4, 12500, "open", 31.8),
                ("00046", "مدرسة الرشيد", amarah.id, "medium", 3, 900, "closed", 31.81)):
            centre = create_centre(session, SYSTEM, CentreInput(
                code=code, name=name, kind="polling", area_id=area,
                sector_id=sector.id if area == batha.id else None,
                latitude=lat, longitude=47.123456))
            session.flush()
            record_for_election(session, SYSTEM, world["election"], centre.id, CommissionFacts(
                risk=risk, stations=stations, voters=voters, status=status))
            made[code] = centre.id
        record_for_election(session, SYSTEM, world["election"], world["centre"],
                            CommissionFacts(risk="low", stations=2, voters=500, status="open"))
        outside = create_centre(session, SYSTEM, CentreInput(code="77777", name="مركز خارج"))
        empty = create_election(session, SYSTEM, ElectionInput(
            "انتخابات بلا مراكز", "municipal", date(2013, 4, 20)))
        session.flush()
        return {**world, **made, "outside": outside.id, "empty": empty.id}


def _run(db: Database, capsys, *args: str, lang: str = "ar") -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--lang", lang, "--db", db.url.render_as_string(hide_password=False),
                 "export", "centres", *args])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    return code, (captured.err + captured.out).strip()


def _rows(sheet) -> list[tuple]:
    return list(sheet.iter_rows(min_row=HEADER_ROW, values_only=True))


def _numbers(db: Database) -> list[tuple[int, NumberStatus]]:
    with db.reader() as session:
        return [(n.sequence, n.status) for n in
                session.scalars(select(DocumentNumber).order_by(DocumentNumber.id))]


def test_the_workbook_of_a_shift_reads_back_with_codes_as_text_and_numbers_as_numbers(
        db, centres, tmp_path, capsys):
    out = tmp_path / "centres.xlsx"
    code, said = _run(db, capsys, "--election", str(centres["election"]), "--shift",
                      str(centres["shift"]), "-o", str(out))
    assert code == 0, said
    assert said == f"كُتب: {out}"
    book = load_workbook(out)
    assert book.sheetnames == ["المراكز", "الخلاصة"]
    sheet = book["المراكز"]
    assert sheet.sheet_view.rightToLeft is True
    assert sheet.freeze_panes == f"A{HEADER_ROW + 1}"
    # columns as wide as their values; the long titles wrap in a header row tall enough
    assert sheet.column_dimensions["T"].width < len(AR_COVERAGE[-1])
    assert sheet.row_dimensions[HEADER_ROW].height >= 30
    header, *rows = _rows(sheet)
    assert list(header) == AR_HEADERS + AR_COVERAGE
    assert sheet.auto_filter.ref == f"A{HEADER_ROW}:T{HEADER_ROW + 4}"
    by_code = {row[0]: row for row in rows}
    # the centres of the election only, by governorate (ذي قار before ميسان), the one with
    # no area last
    assert [row[0] for row in rows] == ["00123", "00045", "00046", "MS-101"]
    first = by_code["00123"]
    assert first[:9] == ("00123", "مدرسة الفرات", label(CentreKind.POLLING, "ar"), "ذي قار",
                         "الناصرية", "البطحاء", "قاطع شرطة البطحاء", "قيادة شرطة ميسان",
                         label(RiskLevel.HIGH, "ar"))
    assert first[9:14] == (8, 3456, "مفتوح", 30.9, 47.123456)
    cell = sheet.cell(row=HEADER_ROW + 1, column=1)
    assert cell.data_type == "s" and cell.value == "00123"  # text: the zeros stay
    assert sheet.cell(row=HEADER_ROW + 1, column=11).data_type == "n"
    assert sheet.cell(row=HEADER_ROW + 1, column=13).number_format == "0.000000"
    # high needs 8 officers and a vehicle: nobody is there
    assert first[14:] == ("لا حماية", 0, 8, 0, 1, "غير مطلوب")
    assert by_code["00045"][14:] == ("لا حماية", 0, 12, 0, 1, "غير متوفر")
    assert by_code["00046"][14:] == ("لا تلزم", None, None, None, None, None)  # closed
    assert by_code["MS-101"][3:5] == ("غير محدد", "غير محدد")
    assert by_code["MS-101"][14:] == ("كاملة", 2, 2, 0, 0, "غير مطلوب")
    assert "77777" not in by_code
    summary = book["الخلاصة"]
    assert summary.sheet_view.rightToLeft is True
    header, *lines = _rows(summary)
    assert header == ("المحافظة", "عدد المراكز", "عدد المحطات", "عدد الناخبين",
                          "درجة الخطورة: منخفض", "درجة الخطورة: متوسط", "درجة الخطورة: عالٍ",
                          "درجة الخطورة: حرج", "درجة الخطورة: غير مقيّمة", "حماية كاملة",
                          "حماية جزئية", "بلا حماية", "لا تلزم حماية")
    assert lines == [
        ("ذي قار", 1, 8, 3456, 0, 0, 1, 0, 0, 0, 0, 1, 0),
        ("ميسان", 2, 7, 13400, 0, 1, 0, 1, 0, 0, 0, 1, 1),
        ("غير محدد", 1, 2, 500, 1, 0, 0, 0, 0, 1, 0, 0, 0),
        ("المجموع", 4, 17, 17356, 1, 1, 1, 1, 0, 1, 0, 2, 1),
    ]
    assert summary.auto_filter.ref == f"A{HEADER_ROW}:M{HEADER_ROW + 3}"  # not the total
    assert _numbers(db) == []  # a workbook is a working file: it takes no number


def test_the_workbook_speaks_english_and_the_registry_has_no_facts(db, centres, tmp_path,
                                                                  capsys):
    out = tmp_path / "centres.xlsx"
    code, said = _run(db, capsys, "--election", str(centres["election"]), "-o", str(out),
                      lang="en")
    assert code == 0 and said == f"Written: {out}"
    sheet = load_workbook(out)["Centres"]
    assert sheet.sheet_view.rightToLeft is False
    header, *rows = _rows(sheet)
    assert list(header) == EN_HEADERS  # no shift, no coverage
    assert rows[0][2] == "Polling centre" and rows[0][8] == "High" and rows[0][11] == "Open"
    assert rows[-1][3] == "Not given"
    code, _said = _run(db, capsys, "-o", str(out))  # no election: the whole registry
    assert code == 0
    header, *rows = _rows(load_workbook(out)["المراكز"])
    assert {row[0] for row in rows} == {"00123", "00045", "00046", "MS-101", "77777"}
    assert all(row[8] == "غير مقيّمة" and row[9] is None for row in rows)


def test_an_empty_election_gives_a_workbook_and_a_letter_that_say_so(db, centres, tmp_path,
                                                                     capsys):
    out = tmp_path / "empty.xlsx"
    code, said = _run(db, capsys, "--election", str(centres["empty"]), "-o", str(out))
    assert code == 0, said
    book = load_workbook(out)
    header, *rows = _rows(book["المراكز"])
    assert list(header) == AR_HEADERS and rows == []
    assert _rows(book["الخلاصة"])[1:] == [("المجموع", 0, 0, 0, 0, 0, 0, 0, 0)]
    pdf = tmp_path / "empty.pdf"
    code, said = _run(db, capsys, "--election", str(centres["empty"]), "-o", str(pdf))
    assert code == 0, said
    text = letters(pdf_text(pdf))
    assert letters("الموضوع / قائمة مراكز انتخابات بلا مراكز") in text
    assert letters("لا توجد مراكز مسجلة في انتخابات بلا مراكز.") in text
    assert letters("أولاً: خلاصة") not in text


def test_the_letter_is_landscape_grouped_and_reads_in_order(db, centres, tmp_path, capsys):
    out = tmp_path / "centres.pdf"
    code, said = _run(db, capsys, "--shift", str(centres["shift"]), "-o", str(out))
    assert code == 0, said
    assert _numbers(db) == [(1, NumberStatus.ISSUED)]  # an official copy draws its number
    info = subprocess.run([need("pdfinfo"), str(out)], capture_output=True, text=True,
                          check=True).stdout
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    assert width > height  # landscape
    raw = pdf_text(out)
    text = letters(raw)
    for expected in (
            "جمهورية العراق", "قيادة شرطة ميسان", "غرفة العمليات",
            "الموضوع / قائمة مراكز انتخابات مجالس المحافظات",
            "أولاً: خلاصة المراكز بحسب المحافظة ودرجة الخطورة",
            "ثانياً: قائمة المراكز بحسب المحافظة والقضاء",
            "المحافظة: ذي قار — عدد المراكز ( 1 )", "القضاء: الناصرية — عدد المراكز ( 1 )",
            "المحافظة: ميسان — عدد المراكز ( 2 )", "القضاء: العمارة — عدد المراكز ( 2 )",
            "المحافظة: غير محدد — عدد المراكز ( 1 )",
            "مدرسة الفرات", "قاطع شرطة البطحاء", "لا حماية", "كاملة", "لا تلزم",
            "قائد شرطة ميسان", "نسخة منه إلى", "الأضابير", "الصفحة 1 من"):
        assert letters(expected) in text, expected
    # groups in order: Dhi Qar, then Maysan, then the centres with no area
    places = [text.index(letters(f"المحافظة: {name}")) for name in
              ("ذي قار", "ميسان", "غير محدد")]
    assert places == sorted(places)
    # an Arabic line comes out in logical order: the words as typed, not mirrored
    lines = [normalise(line) for line in raw.splitlines()]
    assert any("مدرسة الفرات" in line for line in lines)
    assert "00123" in text and "00045" in text and "77777" not in text
    assert letters("ثانوية الكندي") in text
    # the summary's total row: 4 centres, 17 stations, 17356 voters
    assert re.search(letters("المجموع") + r"4" + r"17" + r"17356", text)


def test_the_letter_in_english_reads_left_to_right(db, centres, tmp_path, capsys):
    out = tmp_path / "centres.pdf"
    code, said = _run(db, capsys, "--election", str(centres["election"]), "-o", str(out),
                      lang="en")
    assert code == 0, said
    text = normalise(pdf_text(out))
    assert "Subject / Centres of" in text
    assert "1. Centres by governorate and risk" in text
    assert "Centre name" in text and "Page 1 of" in text
    assert pdf_pages(out) >= 1


def test_bad_output_paths_are_refused_and_leave_nothing(db, centres, tmp_path, capsys,
                                                        monkeypatch):
    code, said = _run(db, capsys, "-o", str(tmp_path / "missing" / "c.xlsx"), lang="en")
    assert code == 1
    assert said == (f"The folder {tmp_path / 'missing'} does not exist; create it first or "
                    "choose another folder.")
    assert not (tmp_path / "missing").exists()
    code, said = _run(db, capsys, "-o", str(tmp_path / "c.csv"), lang="en")
    assert code == 2
    assert said == f"-o must name a file ending in .pdf or .xlsx, not {tmp_path / 'c.csv'}."
    code, said = _run(db, capsys, "-o", str(tmp_path), lang="en")
    assert code == 2 and "is a folder" in said
    out = tmp_path / "out"
    out.mkdir()
    real = files.os.access
    monkeypatch.setattr(files.os, "access",
                        lambda path, mode: False if Path(path) == out else real(path, mode))
    code, said = _run(db, capsys, "-o", str(out / "c.pdf"), lang="en")
    assert code == 1 and said == f"You have no permission to write in the folder {out}."
    monkeypatch.setattr(files.os, "access", real)

    def read_only(source, target):
        raise OSError(errno.EROFS, "Read-only file system", str(target))

    monkeypatch.setattr(files.os, "replace", read_only)
    for name in ("c.xlsx", "c.pdf"):
        code, said = _run(db, capsys, "-o", str(out / name))
        assert code == 1
        assert said == f"المجلد {out} على قرص لا تمكن الكتابة عليه؛ لم يُكتب شيء."
    assert list(out.iterdir()) == []  # no file, no temporary
    assert _numbers(db) == [(1, NumberStatus.VOIDED)]  # the letter's number is voided


def test_unknown_or_mismatched_election_and_shift_are_refused(db, centres, tmp_path, capsys):
    out = tmp_path / "c.xlsx"
    code, said = _run(db, capsys, "--election", "999", "-o", str(out), lang="en")
    assert code == 1 and said == "No Election has the id 999."
    code, said = _run(db, capsys, "--shift", "999", "-o", str(out), lang="en")
    assert code == 1 and said == "No Shift has the id 999."
    code, said = _run(db, capsys, "--election", str(centres["empty"]), "--shift",
                      str(centres["shift"]), "-o", str(out), lang="en")
    assert code == 1 and said == (f"The shift {centres['shift']} is not of the election "
                                  f"{centres['empty']}; choose a shift of that election.")
    assert not out.exists()


def test_a_cancelled_workbook_leaves_no_file(db, centres, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    request = catalogue.BuildRequest(db=db, params={"election": centres["election"]},
                                     output=folder / "c.xlsx", fmt="xlsx",
                                     cancelled=lambda: True)
    with pytest.raises(catalogue.Cancelled):
        catalogue.get("centres").build(request)
    assert list(folder.iterdir()) == []


def test_the_kind_is_in_the_catalogue_with_both_formats(db, centres):
    kind = catalogue.get("centres")
    assert kind.formats == ("pdf", "xlsx") and kind.numbered
    with db.reader() as session:
        params = kind.sample_params(session)
    assert params["election"] == centres["election"] and params["shift"] == centres["shift"]


def test_the_registry_letter_lists_every_centre_without_election_facts(db, centres, tmp_path,
                                                                      capsys):
    out = tmp_path / "registry.pdf"
    code, said = _run(db, capsys, "-o", str(out))
    assert code == 0, said
    text = letters(pdf_text(out))
    assert letters("الموضوع / قائمة المراكز") in text
    assert letters("أولاً: خلاصة المراكز بحسب المحافظة") in text
    assert re.search("وعددها،?5،?مرتبة", text) and "77777" in text  # pdftotext moves the comma
    assert letters("درجة الخطورة") not in text and letters("عدد الناخبين") not in text
