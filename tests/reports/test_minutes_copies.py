"""Approved minutes previewed, printed and reprinted: the number is drawn by the official copy
only, every later preview shows it, and ``ghurfa verify`` accepts the official copy alone."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.models import DocumentNumber, Meeting, MeetingStatus, NumberStatus, UserRole
from desktop.services import minutes
from desktop.services.actor import Actor
from desktop.services.errors import Forbidden
from desktop.storage.database import Database
from reports import catalogue
from tests.reports.conftest import letters, need, pdf_text
from tests.reports.minutes_world import make_meeting

COMMANDER = Actor(None, "commander", UserRole.COMMANDER)
VIEWER = Actor(None, "viewer", UserRole.VIEWER)
PREVIEW_MARK = "معاينة — ليست نسخة رسمية"


@pytest.fixture
def approved(db: Database, world: dict[str, int]) -> int:
    with db.session() as session:
        meeting_id = make_meeting(session, world, status=MeetingStatus.AWAITING_APPROVAL)
    with db.session() as session:
        minutes.approve(session, COMMANDER, meeting_id)
    return meeting_id


def _build(db: Database, meeting_id: int, output: Path, **extra) -> catalogue.BuildRequest:
    request = catalogue.BuildRequest(db=db, params={"meeting": meeting_id}, output=output,
                                     **extra)
    catalogue.get("minutes").build(request)
    return request


def _numbers(db: Database) -> list[tuple[int, NumberStatus]]:
    with db.reader() as session:
        return [(n.sequence, n.status) for n in
                session.scalars(select(DocumentNumber).order_by(DocumentNumber.id))]


def _number_of(db: Database, meeting_id: int) -> int | None:
    with db.reader() as session:
        return session.get(Meeting, meeting_id).document_number_id


def _keywords(path: Path) -> str:
    done = subprocess.run([need("pdfinfo"), str(path)], capture_output=True, text=True,
                          check=True, timeout=60)
    found = re.search(r"^Keywords:\s*(.*)$", done.stdout, re.M)
    return found.group(1) if found else ""


def _verify(db: Database, pdf: Path, capsys) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--lang", "en", "--db", db.url.render_as_string(hide_password=False),
                 "verify", str(pdf)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_previewing_approved_minutes_draws_no_number(db, approved, tmp_path):
    request = _build(db, approved, tmp_path / "preview.pdf", copy=catalogue.PREVIEW)
    assert request.needs_number
    assert _numbers(db) == [] and _number_of(db, approved) is None
    text = letters(pdf_text(tmp_path / "preview.pdf"))
    assert letters("العدد: يعطى عند الطباعة") in text
    assert letters(PREVIEW_MARK) in text
    assert letters("بصمة المحضر المعتمد") in text  # the seal shows where it will print
    assert "ghurfa-fingerprint" not in _keywords(tmp_path / "preview.pdf")
    _build(db, approved, tmp_path / "again.pdf", copy=catalogue.PREVIEW)
    assert _numbers(db) == []


def test_printing_draws_the_number_once_and_a_later_preview_shows_it(db, approved, tmp_path,
                                                                     capsys):
    _build(db, approved, tmp_path / "preview.pdf", copy=catalogue.PREVIEW)
    _build(db, approved, tmp_path / "official.pdf")
    assert _numbers(db) == [(1, NumberStatus.ISSUED)]
    stored = _number_of(db, approved)
    assert stored is not None
    official = pdf_text(tmp_path / "official.pdf")
    assert letters(PREVIEW_MARK) not in letters(official)
    assert "ghurfa-fingerprint:" in _keywords(tmp_path / "official.pdf")

    later = _build(db, approved, tmp_path / "later.pdf", copy=catalogue.PREVIEW)
    assert not later.needs_number  # nothing is left to draw: the preview is the document
    assert _numbers(db) == [(1, NumberStatus.ISSUED)] and _number_of(db, approved) == stored
    assert pdf_text(tmp_path / "later.pdf") == official

    code, said = _verify(db, tmp_path / "official.pdf", capsys)
    assert code == 0 and said.startswith("MATCH")
    code, said = _verify(db, tmp_path / "preview.pdf", capsys)
    assert code == 1 and "MATCH:" not in said.replace("NO MATCH:", "")


def test_a_specimen_spends_nothing_even_where_a_number_is_due(db, approved, tmp_path):
    request = _build(db, approved, tmp_path / "specimen.pdf", copy=catalogue.SPECIMEN)
    assert not request.needs_number and _numbers(db) == []
    text = letters(pdf_text(tmp_path / "specimen.pdf"))
    assert letters("العدد: نموذج") in text and letters("نموذج — ليس وثيقة رسمية") in text
    _build(db, approved, tmp_path / "official.pdf")
    _build(db, approved, tmp_path / "specimen.pdf", copy=catalogue.SPECIMEN)
    assert _numbers(db) == [(1, NumberStatus.ISSUED)]
    assert letters("العدد: نموذج") in letters(pdf_text(tmp_path / "specimen.pdf"))


def test_a_viewer_may_preview_but_not_draw_the_number(db, approved, tmp_path):
    request = _build(db, approved, tmp_path / "preview.pdf", copy=catalogue.PREVIEW,
                     actor=VIEWER)
    assert request.needs_number
    with pytest.raises(Forbidden):
        _build(db, approved, tmp_path / "official.pdf", actor=VIEWER)
    assert _numbers(db) == [] and not (tmp_path / "official.pdf").exists()
    _build(db, approved, tmp_path / "official.pdf")  # a clerk's print gives the number
    _build(db, approved, tmp_path / "reprint.pdf", actor=VIEWER)  # a reprint draws none
    assert _numbers(db) == [(1, NumberStatus.ISSUED)]
