"""``ghurfa verify``: a printed copy matches its approved minutes, or is told apart.

Every copy here is minutes the program printed, or printed from altered content with the same
documents code: the fingerprint is read from the PDF as reportlab writes it (the keywords hold
the Arabic document number, so the whole string is UTF-16 with escapes).
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas
from sqlalchemy import update

from desktop.cli import main
from desktop.models import AgendaItem, Meeting, MeetingStatus, Person, UserRole
from desktop.services import minutes
from desktop.services.actor import Actor
from desktop.storage.database import Database
from reports import catalogue, verify
from reports.documents import minutes as document
from reports.documents.minutes_record import read_record
from reports.pdf.page import render
from tests.reports.minutes_world import DIRECTIVES, make_meeting
from tests.tampering import behind_the_program

CLERK = Actor(None, "clerk", UserRole.CLERK)
COMMANDER = Actor(None, "commander", UserRole.COMMANDER)
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="needs pdftotext (poppler-utils)")


@pytest.fixture
def approved(db: Database, world: dict[str, int]) -> tuple[int, str]:
    """Minutes recorded, submitted and approved by the commander through the services."""
    with db.session() as session:
        meeting_id = make_meeting(session, world, status=MeetingStatus.AWAITING_APPROVAL)
    with db.session() as session:
        seal = minutes.approve(session, COMMANDER, meeting_id)
    return meeting_id, seal


def build(db: Database, meeting_id: int, output: Path, lang: str = "ar") -> Path:
    return catalogue.get("minutes").build(catalogue.BuildRequest(
        db=db, params={"meeting": meeting_id}, output=output, lang=lang))


def forged(db: Database, meeting_id: int, output: Path, **changes) -> Path:
    """The approved minutes printed with ``changes`` to their content, seal and all."""
    with db.reader() as session:
        record = dataclasses.replace(read_record(session, meeting_id), **changes)
    request = catalogue.BuildRequest(db=db, params={}, output=output)
    return render(output, document.page_setup(record, record.number_text),
                  document.story(record, request))


def run_verify(db: Database, pdf: Path, capsys) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--lang", "en", "--db", db.url.render_as_string(hide_password=False),
                 "verify", str(pdf)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def hide_pdftotext(monkeypatch) -> None:
    real = shutil.which
    monkeypatch.setattr(verify.shutil, "which",
                        lambda name, *a, **k: None if name == "pdftotext" else real(name, *a, **k))


def test_the_keywords_of_real_minutes_are_utf16_and_still_read(db, approved, tmp_path):
    meeting_id, seal = approved
    pdf = build(db, meeting_id, tmp_path / "m.pdf")
    data = pdf.read_bytes()
    assert b"ghurfa-fingerprint:" not in data  # why a plain byte search never worked
    keywords = verify.keywords_in(data)
    assert any("ق ش م/ع/1" in value for value in keywords), keywords
    assert verify.fingerprints_in(pdf, None) == [seal]


def test_pdf_strings_are_decoded_as_pdf_writes_them():
    text = "minutes, ق ش م/ع/1 (2), ghurfa-fingerprint:" + "ab" * 32
    utf16 = b"\xfe\xff" + text.encode("utf-16-be")
    octal = "".join(f"\\{b:03o}" if b < 32 or b > 126 or b in b"()\\" else chr(b)
                    for b in utf16).encode("ascii")
    for body in (b"(" + octal + b")", b"<" + utf16.hex().encode() + b">",
                 b"<" + " ".join(utf16.hex()[i:i + 4] for i in range(0, 200, 4)).encode()
                 + utf16.hex()[200:].encode() + b">"):
        assert verify.keywords_in(b"<< /Keywords " + body + b" >>") == [text]
    assert verify.keywords_in(b"/Keywords (a\\(b\\) (c) \\\\ \\101\\n)") == ["a(b) (c) \\ A\n"]
    assert verify.keywords_in(b"<< /Keywords 7 0 R >> 7 0 obj\n(ghurfa)\nendobj") == ["ghurfa"]


def test_a_copy_matches_without_pdftotext_and_says_only_the_seal_was_checked(
        db, approved, tmp_path, capsys, monkeypatch):
    meeting_id, _seal = approved
    pdf = build(db, meeting_id, tmp_path / "m.pdf")
    hide_pdftotext(monkeypatch)
    code, out = run_verify(db, pdf, capsys)
    assert code == 0, out
    assert f"meeting {meeting_id}, revision 1" in out
    assert "Only the fingerprint was checked, not the content" in out
    # and a forged copy cannot be told apart without the text: the command says as much
    code, out = run_verify(db, forged(db, meeting_id, tmp_path / "f.pdf", subject="مزور"),
                           capsys)
    assert code == 0 and "Only the fingerprint was checked" in out


@needs_pdftotext
def test_a_copy_of_approved_minutes_matches_in_either_language(db, approved, tmp_path, capsys):
    meeting_id, _seal = approved
    for lang in ("ar", "en"):
        code, out = run_verify(db, build(db, meeting_id, tmp_path / f"{lang}.pdf", lang),
                               capsys)
        assert code == 0, out
        assert f"MATCH: this copy is the approved minutes of meeting {meeting_id}" in out
        assert "Only the fingerprint" not in out


@needs_pdftotext
def test_forged_content_under_a_true_seal_does_not_match(db, world, approved, tmp_path,
                                                         capsys):
    meeting_id, _seal = approved
    build(db, meeting_id, tmp_path / "genuine.pdf")  # the first print draws the number
    with db.reader() as session:
        record = read_record(session, meeting_id)
    directive = dataclasses.replace(record.directives[0], text="توزيع المواد على جهة أخرى")
    copy = forged(db, meeting_id, tmp_path / "forged.pdf",
                  directives=(directive, *record.directives[1:]))
    assert verify.fingerprints_in(copy, None) == [record.fingerprint]
    code, out = run_verify(db, copy, capsys)
    assert code == 1, out
    assert "NO MATCH" in out and "its content differs" in out
    assert "First difference, at line" in out
    mine = next(line for line in out.splitlines() if line.startswith("This copy:"))
    theirs = next(line for line in out.splitlines() if line.startswith("Approved:"))
    assert "توزيع المواد على جهة أخرى" in mine  # the forged line is named
    assert " ".join(DIRECTIVES[0].split()[:3]) in theirs  # beside the approved one


@needs_pdftotext
def test_a_rename_after_approval_changes_no_reprint_and_both_copies_match(
        db, world, approved, tmp_path, capsys):
    meeting_id, seal = approved
    before = build(db, meeting_id, tmp_path / "before.pdf")
    with db.session() as session:
        session.get(Person, world["chief"]).full_name_ar = "اسم القائد بعد المصادقة"
    after = build(db, meeting_id, tmp_path / "after.pdf")
    assert verify.text_lines(verify.pdf_text(after)) == verify.text_lines(
        verify.pdf_text(before))
    for copy in (before, after):
        code, out = run_verify(db, copy, capsys)
        assert code == 0 and f"meeting {meeting_id}" in out, out
    with db.reader() as session:
        assert minutes.fingerprint(session.get(Meeting, meeting_id)) == seal


@needs_pdftotext
def test_a_letterhead_changed_after_the_first_print_changes_no_reprint(
        db, world, approved, tmp_path, capsys):
    """The number keeps the letterhead and code it was first printed under."""
    from desktop.models import IssuingOffice

    meeting_id, _ = approved
    before = build(db, meeting_id, tmp_path / "before.pdf")
    with db.session() as session:
        office = session.get(IssuingOffice, world["office"])
        office.code = "ق ج"
        office.header_lines = "جمهورية العراق\nوزارة الداخلية\nقيادة جديدة بعد الطبع"
    after = build(db, meeting_id, tmp_path / "after.pdf")
    text = verify.pdf_text(after)
    assert "قيادة جديدة" not in text and "ق ج/" not in text
    assert verify.text_lines(text) == verify.text_lines(verify.pdf_text(before))
    code, out = run_verify(db, before, capsys)
    assert code == 0 and f"meeting {meeting_id}" in out, out


@needs_pdftotext
def test_the_printed_footer_is_read_when_the_keywords_are_gone(db, approved, tmp_path, capsys,
                                                                monkeypatch):
    meeting_id, seal = approved
    build(db, meeting_id, tmp_path / "first.pdf")
    plain = document.page_setup

    def without_keywords(record, number):
        return dataclasses.replace(plain(record, number), keywords=("minutes",))

    monkeypatch.setattr(document, "page_setup", without_keywords)
    blind = forged(db, meeting_id, tmp_path / "blind.pdf")  # the approved content itself
    assert verify.keywords_in(blind.read_bytes()) == ["minutes"]
    assert verify.fingerprints_in(blind, verify.pdf_text(blind)) == [seal]
    code, out = run_verify(db, blind, capsys)
    assert code == 0 and f"meeting {meeting_id}" in out, out


def test_an_amended_copy_says_a_newer_revision_corrects_it(db, approved, tmp_path, capsys):
    meeting_id, _seal = approved
    pdf = build(db, meeting_id, tmp_path / "m.pdf")
    with db.session() as s:
        newer = minutes.amend(s, CLERK, meeting_id)
    code, out = run_verify(db, pdf, capsys)
    assert code == 0 and f"revision 2 (meeting {newer})" in out, out


def test_a_copy_of_another_database_does_not_match(db, approved, tmp_path, capsys):
    meeting_id, _seal = approved
    pdf = build(db, meeting_id, tmp_path / "m.pdf")
    with db.session() as s:  # the seal of these minutes, as another database would hold it
        behind_the_program(s)
        s.execute(update(Meeting).where(Meeting.id == meeting_id).values(fingerprint="ab" * 32))
    code, out = run_verify(db, pdf, capsys)
    assert code == 1 and "NO MATCH" in out and "belongs to no approved minutes" in out


def test_a_record_changed_after_approval_is_reported(db, approved, tmp_path, capsys):
    meeting_id, _seal = approved
    pdf = build(db, meeting_id, tmp_path / "m.pdf")
    with db.session() as s:  # behind the program's back, as a database tool would
        behind_the_program(s)
        s.execute(update(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                  .values(discussion="نص آخر"))
    code, out = run_verify(db, pdf, capsys)
    assert code == 1 and "changed after approval" in out


def test_files_that_are_not_minutes(db, approved, tmp_path, capsys):
    assert run_verify(db, tmp_path / "missing.pdf", capsys)[0] == 2
    text = tmp_path / "notes.pdf"
    text.write_text("not a pdf")
    assert run_verify(db, text, capsys)[0] == 2
    letter = tmp_path / "letter.pdf"
    page = canvas.Canvas(str(letter))
    page.setKeywords(["ghurfa-letter"])
    page.drawString(72, 720, "a letter")
    page.save()
    code, out = run_verify(db, letter, capsys)
    assert code == 1 and "carries no minutes fingerprint" in out


def test_verify_is_a_command_of_the_documents():
    from desktop.cli import build_parser

    assert not Path(__file__).parents[2].joinpath("desktop", "cli", "verify.py").exists()
    help_text = build_parser().format_help()
    assert "verify" in help_text
