"""The paper archive of approved minutes; the ``report minutes`` and ``report archive`` commands."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from desktop.models import Meeting, MeetingStatus
from desktop.services.errors import Invalid, NotFound
from reports import catalogue
from reports.archive import export_archive, safe_name
from tests.reports.conftest import letters, pdf_text
from tests.reports.minutes_world import make_meeting


@pytest.fixture
def meetings(db, world) -> dict[str, int]:
    """Two approved meetings, one of them amended and approved again, and a draft."""
    with db.session() as session:
        first = make_meeting(session, world, subject="الاجتماع الأول: خطة/حماية المراكز؟",
                             starts_at=datetime(2008, 7, 13, 10))
        old = make_meeting(session, world, subject="الاجتماع الثاني",
                           starts_at=datetime(2008, 7, 20, 10))
        amended = make_meeting(session, world, subject="الاجتماع الثاني بعد التصحيح",
                               starts_at=datetime(2008, 7, 20, 10), supersedes=old, revision=2)
        draft = make_meeting(session, world, subject="مسودة لم تعتمد",
                             starts_at=datetime(2008, 7, 21, 10), status=MeetingStatus.DRAFT)
    return {"first": first, "old": old, "amended": amended, "draft": draft}


def test_every_latest_approved_meeting_becomes_a_numbered_pdf_with_an_index(
        db, world, meetings, tmp_path):
    steps = []
    folder = export_archive(db, election_id=world["election"], folder=tmp_path,
                            progress=lambda done, total: steps.append((done, total)))
    assert folder.parent == tmp_path and steps[-1] == (4, 4)
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["001 - 2008-07-13 - الاجتماع الأول خطة حماية المراكز؟.pdf",
                     "002 - 2008-07-20 - الاجتماع الثاني بعد التصحيح.pdf",
                     "index.pdf", "index.xlsx"]
    second = letters(pdf_text(folder / names[1]))
    assert letters("الاجتماع الثاني بعد التصحيح") in second
    assert letters("أولاً: الحضور") in second  # attendance included
    index = letters(pdf_text(folder / "index.pdf"))
    for subject in ("الاجتماع الأول", "الاجتماع الثاني بعد التصحيح"):
        assert letters(subject) in index, subject
    sheet = load_workbook(folder / "index.xlsx").active
    rows = list(sheet.iter_rows(min_row=6, values_only=True))
    assert [r[0] for r in rows] == [1, 2]
    with db.reader() as session:
        seal = session.get(Meeting, meetings["first"]).fingerprint
    assert rows[0][1].date() == date(2008, 7, 13) and rows[0][5] == seal[:16]
    assert rows[0][4] == "ق ش م/ع/1" and rows[1][6] == names[1]
    # a second export of the same scope reprints the same numbers into a folder of its own
    again = export_archive(db, election_id=world["election"], folder=tmp_path)
    assert again != folder and again.name.endswith("(2)")
    rows_again = list(load_workbook(again / "index.xlsx").active.iter_rows(
        min_row=6, values_only=True))
    assert [r[4] for r in rows_again] == [r[4] for r in rows]


def test_a_date_range_selects_by_the_meeting_day(db, world, meetings, tmp_path):
    folder = export_archive(db, date_from=date(2008, 7, 14), date_to=date(2008, 7, 31),
                            folder=tmp_path)
    assert sorted(p.name for p in folder.glob("0*.pdf")) == [
        "001 - 2008-07-20 - الاجتماع الثاني بعد التصحيح.pdf"]


def test_cancel_leaves_nothing_behind(db, world, meetings, tmp_path):
    calls = []

    def cancel_at_the_second_meeting() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(catalogue.Cancelled):
        export_archive(db, election_id=world["election"], folder=tmp_path / "out",
                       cancelled=cancel_at_the_second_meeting)
    assert len(calls) > 3 and list((tmp_path / "out").iterdir()) == []


def test_bad_scopes_are_refused(db, world, tmp_path):
    tmp_path = tmp_path / "out"
    with pytest.raises(Invalid):
        export_archive(db, folder=tmp_path)
    with pytest.raises(Invalid):
        export_archive(db, election_id=world["election"], date_from=date(2008, 1, 1),
                       date_to=date(2008, 2, 1), folder=tmp_path)
    with pytest.raises(Invalid):
        export_archive(db, date_from=date(2008, 2, 1), date_to=date(2008, 1, 1),
                       folder=tmp_path)
    with pytest.raises(NotFound):
        export_archive(db, election_id=9999, folder=tmp_path)
    assert not tmp_path.exists() or list(tmp_path.iterdir()) == []


def test_safe_names_drop_separators_controls_and_bidi_marks():
    assert safe_name("خطة/حماية: \u202bالمراكز\u202c؟*") == "خطة حماية المراكز؟"
    assert safe_name("...") == "-"
    assert len(safe_name("م" * 500)) == 80


def test_report_minutes_and_archive_commands(sqlite_db, tmp_path, capsys):
    from tests.desktop.factories import basic_world
    from tests.reports.conftest import HEADER

    with sqlite_db.session() as session:
        ids = basic_world(session)
        from desktop.models import IssuingOffice

        session.add(IssuingOffice(organisation_id=ids["command"], code="ق ش م/ع",
                                  name="غرفة العمليات", header_lines=HEADER))
        session.flush()
        meeting = make_meeting(session, ids)
    url = str(sqlite_db.url)
    pdf, xlsx = tmp_path / "m.pdf", tmp_path / "m.xlsx"
    assert main(["--db", url, "report", "minutes", str(meeting), "-o", str(pdf)]) == 0
    assert main(["--db", url, "report", "minutes", "ق ش م/ع/1", "-o", str(xlsx)]) == 0
    assert pdf.exists() and xlsx.exists()
    assert main(["--db", url, "report", "minutes", "999", "-o", str(pdf)]) == 1
    assert main(["--db", url, "report", "minutes", str(meeting), "-o",
                 str(tmp_path / "m.docx")]) == 2
    out = tmp_path / "archive"
    assert main(["--db", url, "report", "archive", "--election", str(ids["election"]),
                 "-o", str(out)]) == 0
    assert "1" in capsys.readouterr().out
    assert main(["--db", url, "report", "archive", "-o", str(out)]) == 2
    assert main(["--db", url, "report", "archive", "--from", "2008-01-01", "-o",
                 str(out)]) == 2
    assert main(["--db", url, "report", "archive", "--from", "2008-13-01", "--to",
                 "2008-12-01", "-o", str(out)]) == 2
    assert main(["--db", url, "report", "archive", "--from", "2008-12-01", "--to",
                 "2008-01-01", "-o", str(out)]) == 1
    assert main(["--db", url, "report", "archive", "--election", "99", "-o", str(out)]) == 1
    assert len(list(out.iterdir())) == 1
