"""The follow-up of directives: the letter read back with pdftotext (grouped by body, the
bodies with late ones first, late lines first, each with its latest note), the board's
workbook read back with openpyxl, ``ghurfa report directives`` and its refusals."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop.cli import main
from desktop.models import DocumentNumber, IssuingOffice
from desktop.services.directives import FollowUpInput, Seen, record_follow_up
from desktop.storage.database import Database
from reports import catalogue
from reports.documents.directives_record import days_text
from tests.desktop.directive_world import TEXTS, actor, build
from tests.reports.conftest import HEADER, letters, normalise, pdf_text

DAY = date(2008, 7, 26)  # the 20th's directive 6 days late, the 25th's one day
HEADER_ROW = 5


@pytest.fixture
def world(db: Database) -> dict[str, int]:
    ids = build(db)
    with db.session() as s:
        s.add(IssuingOffice(organisation_id=ids["command"], code="ق ش م/ع",
                            name="غرفة عمليات قيادة شرطة ميسان", header_lines=HEADER,
                            show_hijri=True, city="ميسان"))
        staff = actor(s, "staff")
        record_follow_up(s, staff, [Seen(ids["protect"])],
                         FollowUpInput("in-progress", "وصلت المفارز إلى ستة مراكز"))
        record_follow_up(s, staff, [Seen(ids["patrols"])],
                         FollowUpInput("done", "سيرت الدوريات منذ 24 تموز"))
    return ids


def _build(db: Database, tmp_path, fmt: str, lang: str = "ar", **params):
    out = tmp_path / f"directives.{fmt}"
    request = catalogue.BuildRequest(db=db, params={"date": DAY.isoformat(), **params},
                                     output=out, fmt=fmt, lang=lang)
    catalogue.get("directives").build(request)
    return out


def flat(text: str) -> str:
    """Letters in order without commas, which pdftotext moves around a bracketed number."""
    return letters(text).replace("،", "").replace(",", "")


def _places(text: str, *parts: str) -> list[int]:
    found = [flat(text).find(flat(part)) for part in parts]
    assert -1 not in found, [p for p, f in zip(parts, found, strict=True) if f == -1]
    return found


def test_the_letter_groups_by_body_late_first_with_the_latest_note(db, world, tmp_path):
    text = pdf_text(_build(db, tmp_path, "pdf"))
    assert "متابعة تنفيذ القرارات والتوجيهات" in normalise(text)
    # the counts: five in all, two late, four still open, one done
    assert flat("وعددها ( 5 )، منها ( 2 ) متأخرة") in flat(text)
    assert flat("و( 4 ) قيد المتابعة، و( 1 ) منجزة") in flat(text)
    # bodies with late directives first (the section, then the command, by name), then the rest
    places = _places(text, "قسم شرطة العمارة — العدد ( 1 )، المتأخر منها ( 1 )",
                     "قيادة شرطة ميسان — العدد ( 2 )، المتأخر منها ( 1 )",
                     "شعبة الدوريات — العدد ( 1 )، المتأخر منها ( 0 )",
                     "مكتب مفوضية ميسان — العدد ( 1 )، المتأخر منها ( 0 )")
    assert places == sorted(places)
    # within the command: the late one first (with its days and its note), then the officer's
    protect, plan = _places(text, TEXTS["protect"], TEXTS["plan"])
    assert places[1] < protect < plan < places[2]
    assert letters("6 أيام") in letters(text) and letters("يوم واحد") in letters(text)
    assert letters("وصلت المفارز إلى ستة مراكز") in letters(text)
    assert letters("سيرت الدوريات منذ") in letters(text)  # a done one keeps its closing note
    assert letters("لا متابعة بعد") in letters(text)
    with db.reader() as s:  # an official letter: it drew its number
        assert s.scalars(select(DocumentNumber)).one().purpose.startswith("متابعة")


def test_the_letter_says_what_narrowed_it_and_speaks_english(db, world, tmp_path):
    text = pdf_text(_build(db, tmp_path, "pdf", organisation=world["section"], late="late"))
    assert letters("ويقتصر الموقف على: الجهة المسؤولة: قسم شرطة العمارة") in letters(text)
    assert TEXTS["posting"][:15] in normalise(text)
    assert TEXTS["protect"][:15] not in normalise(text)
    english = normalise(pdf_text(_build(db, tmp_path, "pdf", "en", status="done")))
    assert "Follow-up of decisions and directives" in english and "1 in all" in english


def test_an_empty_follow_up_is_said_plainly(db, world, tmp_path):
    text = pdf_text(_build(db, tmp_path, "pdf", status="cancelled"))
    assert letters("لا توجد قرارات أو توجيهات تطابق ما طُلب") in letters(text)


def test_the_workbook_is_the_filtered_board(db, world, tmp_path):
    sheet = load_workbook(_build(db, tmp_path, "xlsx", status="still_open")).active
    headers = [c.value for c in sheet[HEADER_ROW]]
    assert headers[:3] == ["الرقم", "القرار / التوجيه", "النوع"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=HEADER_ROW + 1)]
    assert [r[1] for r in rows] == [TEXTS["protect"], TEXTS["posting"], TEXTS["plan"],
                                    TEXTS["timing"]]  # still open: the patrols are done
    protect = rows[0]
    column = {title: n for n, title in enumerate(headers)}
    assert protect[column["الرقم"]] == world["protect"]
    assert protect[column["موعد الإنجاز"]] == datetime(2008, 7, 20)  # a date, not text
    assert protect[column["أيام التأخير"]] == 6
    assert protect[column["الحالة"]] == "قيد التنفيذ"
    assert protect[column["آخر متابعة"]] == "وصلت المفارز إلى ستة مراكز"
    assert protect[column["دوّنها"]] == "مستخدم staff"
    assert rows[2][column["أيام التأخير"]] is None  # not late
    assert sheet.sheet_view.rightToLeft


def test_arabic_days_agree_with_their_number():
    assert [days_text(n) for n in (1, 2, 3, 10, 11, 99, 100, 103, 111)] == [
        "يوم واحد", "يومان", "3 أيام", "10 أيام", "11 يوماً", "99 يوماً", "100 يوم",
        "103 أيام", "111 يوماً"]
    assert days_text(1, "en") == "1 day" and days_text(4, "en") == "4 days"


def test_report_directives_on_the_command_line(db, world, tmp_path, capsys, monkeypatch):
    url = db.url.render_as_string(hide_password=False)
    out = tmp_path / "late.xlsx"
    assert main(["--db", url, "report", "directives", "--late", "--date", "2008-07-26",
                 "-o", str(out)]) == 0
    rows = list(load_workbook(out).active.iter_rows(min_row=HEADER_ROW + 1, values_only=True))
    assert [r[1] for r in rows] == [TEXTS["protect"], TEXTS["posting"]]
    out = tmp_path / "done.pdf"
    assert main(["--db", url, "report", "directives", "--status", "done", "--election",
                 str(world["election"]), "-o", str(out)]) == 0
    assert TEXTS["patrols"][:15] in normalise(pdf_text(out))
    capsys.readouterr()
    assert main(["--db", url, "report", "directives", "-o", str(tmp_path / "x.docx")]) == 2
    assert ".pdf" in capsys.readouterr().err
    assert main(["--db", url, "report", "directives", "--status", "finished",
                 "-o", str(tmp_path / "x.pdf")]) == 1
    assert "finished" in capsys.readouterr().err
    assert main(["--db", url, "report", "directives", "--election", "لا توجد",
                 "-o", str(tmp_path / "x.pdf")]) == 1
    assert not (tmp_path / "x.pdf").exists()


def test_following_up_approved_minutes_leaves_their_printed_copy_a_match(db, world, tmp_path,
                                                                          capsys):
    """The commander's signed copy, printed before the calls came back, is still the approved
    minutes after every kind of follow-up (the status is no part of the seal)."""
    url = db.url.render_as_string(hide_password=False)
    printed = tmp_path / "minutes.pdf"
    assert main(["--db", url, "report", "minutes", str(world["meeting"]), "-o",
                 str(printed)]) == 0

    def verify() -> tuple[int, str]:
        capsys.readouterr()
        code = main(["--lang", "en", "--db", url, "verify", str(printed)])
        return code, capsys.readouterr().out

    assert verify()[0] == 0
    with db.session() as s:
        staff = actor(s, "staff")
        record_follow_up(s, staff, [Seen(world["protect"]), Seen(world["plan"])],
                         FollowUpInput("done", "أنجزت القيادة المهمتين"))
        record_follow_up(s, staff, [Seen(world["posting"])],
                         FollowUpInput("cancelled", "دمج مع توجيه آخر"))
        record_follow_up(s, staff, [Seen(world["timing"])], FollowUpInput(None, "اتصل المكتب"))
    code, out = verify()
    assert code == 0 and out.startswith("MATCH:"), out
    assert f"meeting {world['meeting']}, revision 1" in out
