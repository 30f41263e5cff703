"""``ghurfa verify``: a printed copy matches its approved minutes, or is told apart."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas
from sqlalchemy import update

from desktop.cli import main
from desktop.models import AgendaItem, Meeting, UserRole
from desktop.services import meetings, minutes
from desktop.services.actor import Actor
from tests.desktop.test_meetings import create, world  # noqa: F401 - the fixture

CLERK = Actor(None, "clerk", UserRole.CLERK)
COMMANDER = Actor(None, "commander", UserRole.COMMANDER)


def pdf_with_keywords(path: Path, *keywords: str) -> Path:
    page = canvas.Canvas(str(path))
    page.setKeywords(list(keywords))
    page.drawString(72, 720, "minutes")
    page.save()
    return path


@pytest.fixture
def approved(db, world):  # noqa: F811
    meeting_id = create(db, world)
    with db.session() as s:
        meetings.submit(s, CLERK, meeting_id)
        seal = minutes.approve(s, COMMANDER, meeting_id)
    return meeting_id, seal


def verify(db, pdf: Path, capsys) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--lang", "en", "--db", db.url.render_as_string(hide_password=False),
                 "verify", str(pdf)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_a_copy_of_approved_minutes_matches(db, approved, tmp_path, capsys):
    meeting_id, seal = approved
    pdf = pdf_with_keywords(tmp_path / "m.pdf", "ghurfa-minutes", minutes.FINGERPRINT_PREFIX + seal)
    code, out = verify(db, pdf, capsys)
    assert code == 0, out
    assert f"meeting {meeting_id}, revision 1" in out and "اجتماع أمني مشترك" in out


def test_an_amended_copy_says_a_newer_revision_corrects_it(db, approved, tmp_path, capsys):
    meeting_id, seal = approved
    with db.session() as s:
        newer = minutes.amend(s, CLERK, meeting_id)
    pdf = pdf_with_keywords(tmp_path / "m.pdf", minutes.FINGERPRINT_PREFIX + seal)
    code, out = verify(db, pdf, capsys)
    assert code == 0 and f"revision 2 (meeting {newer})" in out


def test_an_unknown_fingerprint_does_not_match(db, approved, tmp_path, capsys):
    pdf = pdf_with_keywords(tmp_path / "m.pdf", minutes.FINGERPRINT_PREFIX + "ab" * 32)
    code, out = verify(db, pdf, capsys)
    assert code == 1 and "NO MATCH" in out


def test_a_record_changed_after_approval_is_reported(db, approved, tmp_path, capsys):
    meeting_id, seal = approved
    with db.session() as s:  # behind the program's back, as a database tool would
        s.execute(update(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                  .values(discussion="نص آخر"))
    pdf = pdf_with_keywords(tmp_path / "m.pdf", minutes.FINGERPRINT_PREFIX + seal)
    code, out = verify(db, pdf, capsys)
    assert code == 1 and "changed after approval" in out


def test_files_that_are_not_minutes(db, approved, tmp_path, capsys):
    assert verify(db, tmp_path / "missing.pdf", capsys)[0] == 2
    text = tmp_path / "notes.pdf"
    text.write_text("not a pdf")
    assert verify(db, text, capsys)[0] == 2
    code, out = verify(db, pdf_with_keywords(tmp_path / "letter.pdf", "ghurfa-letter"), capsys)
    assert code == 1 and "carries no minutes fingerprint" in out


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
def test_the_printed_footer_is_read_when_the_keywords_are_gone(sqlite_db, tmp_path, capsys):
    from desktop.demo import load_demo
    from reports import catalogue

    load_demo(sqlite_db)
    with sqlite_db.reader() as s:
        approved = s.query(Meeting).filter(Meeting.fingerprint.isnot(None)).one()
        meeting_id = approved.id
    pdf = tmp_path / "minutes.pdf"
    catalogue.get("minutes").build(catalogue.BuildRequest(
        db=sqlite_db, params={"meeting": meeting_id}, output=pdf))
    code, out = verify(sqlite_db, pdf, capsys)
    assert code == 0 and f"meeting {meeting_id}" in out
    blind = tmp_path / "blind.pdf"  # a copy whose keywords were lost
    blind.write_bytes(pdf.read_bytes().replace(b"ghurfa-fingerprint:", b"ghurfa-fingerprinX:"))
    code, out = verify(sqlite_db, blind, capsys)
    assert code == 0 and f"meeting {meeting_id}" in out
