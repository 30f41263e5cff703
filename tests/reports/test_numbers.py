"""A number is given once: sequential, kept when voided, voided when a build is cancelled.

Only the official copy draws one: a preview and a specimen say where it will go; a folder
that cannot be used spends none, and a failed write or print voids the number it drew."""

from __future__ import annotations

import errno
import itertools
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.models import DocumentNumber, NumberStatus
from desktop.services.actor import SYSTEM
from reports import catalogue, files
from reports.files import UnusableOutput
from reports.numbers import numbered
from tests.reports.conftest import letters, pdf_text


def _numbers(db) -> list[tuple[int, NumberStatus, str | None]]:
    with db.reader() as session:
        rows = session.scalars(select(DocumentNumber).order_by(DocumentNumber.id)).all()
        return [(r.sequence, r.status, r.void_reason) for r in rows]


def test_numbers_run_in_sequence_and_failures_void_without_reuse(db, world):
    with numbered(db, SYSTEM, world["office"], "sample_letter") as first:
        pass
    with pytest.raises(RuntimeError), numbered(db, SYSTEM, world["office"], "x") as second:
        raise RuntimeError("disk full")
    with numbered(db, SYSTEM, world["office"], "sample_letter") as third:
        pass
    assert (first.sequence, second.sequence, third.sequence) == (1, 2, 3)
    assert first.text == "ق ش م/ع/1"
    rows = _numbers(db)
    assert [r[1] for r in rows] == [NumberStatus.ISSUED, NumberStatus.VOIDED, NumberStatus.ISSUED]
    assert "RuntimeError" in rows[1][2]


def test_a_cancelled_build_voids_its_number_and_leaves_no_file(db, world, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    output = folder / "letter.pdf"
    kind = catalogue.get("sample_letter")
    asked = itertools.count()
    # the first question comes before the number is drawn; the user cancels while it prints
    with pytest.raises(catalogue.Cancelled):
        kind.build(catalogue.BuildRequest(db=db, params={"office": world["office"]},
                                          output=output, cancelled=lambda: next(asked) >= 1))
    assert next(asked) >= 2
    assert not output.exists()
    assert list(folder.iterdir()) == []  # nor a temporary one
    kind.build(catalogue.BuildRequest(db=db, params={"office": world["office"]}, output=output))
    assert output.exists()
    rows = _numbers(db)
    assert [(r[0], r[1]) for r in rows] == [(1, NumberStatus.VOIDED), (2, NumberStatus.ISSUED)]
    assert rows[0][2] == "أُلغيت الطباعة."


def _letter(db, world, output, **extra) -> catalogue.BuildRequest:
    request = catalogue.BuildRequest(db=db, params={"office": world["office"]}, output=output,
                                     **extra)
    catalogue.get("sample_letter").build(request)
    return request


def test_a_preview_and_a_specimen_draw_no_number_and_say_so(db, world, tmp_path):
    preview = _letter(db, world, tmp_path / "preview.pdf", copy=catalogue.PREVIEW)
    specimen = _letter(db, world, tmp_path / "specimen.pdf", copy=catalogue.SPECIMEN)
    assert _numbers(db) == []
    assert preview.needs_number and not specimen.needs_number
    text = letters(pdf_text(tmp_path / "preview.pdf"))
    assert letters("العدد: يعطى عند الطباعة") in text
    assert letters("معاينة — ليست نسخة رسمية") in text
    text = letters(pdf_text(tmp_path / "specimen.pdf"))
    assert letters("العدد: نموذج") in text and letters("نموذج — ليس وثيقة رسمية") in text
    english = _letter(db, world, tmp_path / "en.pdf", copy=catalogue.PREVIEW, lang="en")
    assert english.needs_number
    assert letters("No.: given when printed") in letters(pdf_text(tmp_path / "en.pdf"))
    official = _letter(db, world, tmp_path / "official.pdf")
    assert not official.needs_number
    assert [(r[0], r[1]) for r in _numbers(db)] == [(1, NumberStatus.ISSUED)]
    assert "معاينة" not in pdf_text(tmp_path / "official.pdf")


def test_an_unusable_folder_spends_no_number(db, world, tmp_path):
    (tmp_path / "file").write_text("x")
    for output in (tmp_path / "missing" / "x.pdf", tmp_path / "file" / "x.pdf", tmp_path):
        with pytest.raises(UnusableOutput):
            _letter(db, world, output)
    assert _numbers(db) == []


def test_a_failed_write_voids_the_number_it_drew_and_leaves_nothing(db, world, tmp_path,
                                                                     monkeypatch):
    def refuse(source, target):
        raise PermissionError(errno.EACCES, "Permission denied", str(source), None, str(target))

    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(files.os, "replace", refuse)
    with pytest.raises(UnusableOutput) as refused:
        _letter(db, world, folder / "x.pdf", lang="en")
    assert refused.value.message("en") == \
        f"You have no permission to write in the folder {folder}."
    assert list(folder.iterdir()) == []
    [(sequence, status, reason)] = _numbers(db)
    assert (sequence, status) == (1, NumberStatus.VOIDED)
    assert reason == ("The document could not be built: You have no permission to write in "
                      f"the folder {folder}.")


def test_a_failed_print_voids_the_number_and_removes_its_copy(db, world, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    printed: list[Path] = []

    def jam(path: Path) -> None:
        printed.append(path)
        assert path.exists()  # the copy is whole before it is handed over
        raise catalogue.Cancelled()

    kind = catalogue.get("sample_letter")
    request = catalogue.BuildRequest(db=db, params={"office": world["office"]},
                                     output=tmp_path / "x.pdf", deliver=jam)
    with pytest.raises(catalogue.Cancelled):
        catalogue.make(kind, request)
    assert printed == [tmp_path / "x.pdf"] and not (tmp_path / "x.pdf").exists()
    assert _numbers(db) == [(1, NumberStatus.VOIDED, "أُلغيت الطباعة.")]
    request = catalogue.BuildRequest(db=db, params={"office": world["office"]},
                                     output=tmp_path / "x.pdf", deliver=printed.append)
    assert catalogue.make(kind, request) == tmp_path / "x.pdf"
    assert printed[1:] == [tmp_path / "x.pdf"] and request.delivered  # once, inside
    assert [(r[0], r[1]) for r in _numbers(db)][1:] == [(2, NumberStatus.ISSUED)]


def test_a_document_that_draws_no_number_is_delivered_once_written(db, world, tmp_path):
    delivered: list[Path] = []
    request = catalogue.BuildRequest(db=db, params={"office": world["office"]},
                                     output=tmp_path / "t.xlsx", fmt="xlsx",
                                     deliver=delivered.append)
    catalogue.make(catalogue.get("sample_table"), request)
    assert delivered == [tmp_path / "t.xlsx"] and _numbers(db) == []
    with pytest.raises(ValueError):
        catalogue.BuildRequest(db=db, params={}, output=tmp_path / "x.pdf", copy="draft")
