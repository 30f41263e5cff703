"""``ghurfa report``'s output: an unusable file or folder is refused in the user's language,
naming it and why, with no traceback and exit 1 (2 for an -o that names no such file); the
gallery spends none of the office's numbers."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.cli import main
from desktop.models import AuditEntry, DocumentNumber, NumberStatus
from desktop.storage.database import Database
from reports import catalogue, files
from tests.reports.conftest import letters, pdf_text
from tests.reports.minutes_world import make_meeting


@pytest.fixture
def meeting(db: Database, world: dict[str, int]) -> int:
    with db.session() as session:
        return make_meeting(session, world)


def _run(db: Database, capsys, *args: str, lang: str = "en") -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--lang", lang, "--db", db.url.render_as_string(hide_password=False), *args])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    return code, (captured.err + captured.out).strip()


def _numbers(db: Database) -> list[tuple[int, NumberStatus]]:
    with db.reader() as session:
        return [(n.sequence, n.status) for n in
                session.scalars(select(DocumentNumber).order_by(DocumentNumber.id))]


def test_minutes_to_a_folder_or_an_unknown_ending_say_what_o_must_name(db, meeting, tmp_path,
                                                                      capsys):
    code, said = _run(db, capsys, "report", "minutes", str(meeting), "-o", str(tmp_path))
    assert code == 2
    assert said == f"-o must name a file ending in .pdf or .xlsx; {tmp_path} is a folder."
    code, said = _run(db, capsys, "report", "minutes", str(meeting), "-o",
                      str(tmp_path / "minutes"))
    assert code == 2
    assert said == f"-o must name a file ending in .pdf or .xlsx, not {tmp_path / 'minutes'}."
    code, said = _run(db, capsys, "report", "build", "sample_letter", "-o",
                      str(tmp_path / "a.xlsx"))
    assert code == 2 and said == f"-o must name a file ending in .pdf, not {tmp_path / 'a.xlsx'}."
    assert _numbers(db) == []


def test_a_missing_folder_is_refused_and_not_made(db, meeting, tmp_path, capsys):
    target = tmp_path / "missing" / "dir" / "x.pdf"
    code, said = _run(db, capsys, "report", "minutes", str(meeting), "-o", str(target))
    assert code == 1
    assert said == (f"The folder {tmp_path / 'missing' / 'dir'} does not exist; create it "
                    "first or choose another folder.")
    assert not (tmp_path / "missing").exists() and _numbers(db) == []


def test_a_file_where_the_folder_should_be_is_refused(db, meeting, tmp_path, capsys):
    (tmp_path / "notes").write_text("x")
    for args in (("report", "minutes", str(meeting), "-o", str(tmp_path / "notes" / "x.pdf")),
                 ("report", "sample", "-o", str(tmp_path / "notes" / "gallery")),
                 ("report", "archive", "--election", "1", "-o", str(tmp_path / "notes"))):
        code, said = _run(db, capsys, *args)
        assert code == 1, args
        assert said == (f"{tmp_path / 'notes'} is a file, not a folder; nothing can be "
                        "written inside it."), args
    assert _numbers(db) == []


def test_a_refused_write_voids_its_number_and_leaves_no_file(db, meeting, tmp_path, capsys,
                                                            monkeypatch):
    out = tmp_path / "out"
    out.mkdir()

    def refuse(source, target):
        raise PermissionError(errno.EACCES, "Permission denied", str(source), None, str(target))

    monkeypatch.setattr(files.os, "replace", refuse)
    code, said = _run(db, capsys, "report", "minutes", str(meeting), "-o", str(out / "m.pdf"))
    assert code == 1 and said == f"You have no permission to write in the folder {out}."
    assert list(out.iterdir()) == []
    assert _numbers(db) == [(1, NumberStatus.VOIDED)]
    code, said = _run(db, capsys, "report", "archive", "--election", "1", "-o", str(out))
    assert code == 1 and said == f"You have no permission to write in the folder {out}."
    assert list(out.iterdir()) == []  # the archive's hidden working folder is gone too


def test_the_refusals_speak_arabic(db, meeting, tmp_path, capsys):
    code, said = _run(db, capsys, "report", "minutes", str(meeting), "-o", str(tmp_path),
                      lang="ar")
    assert code == 2
    assert said == f"يجب أن يذكر الخيار -o اسم ملف ينتهي بـ .pdf أو .xlsx؛ أما {tmp_path} فمجلد."
    code, said = _run(db, capsys, "report", "minutes", str(meeting), "-o",
                      str(tmp_path / "missing" / "x.pdf"), lang="ar")
    assert code == 1
    assert said == f"المجلد {tmp_path / 'missing'} غير موجود؛ أنشئه أولاً أو اختر مجلداً آخر."


def test_archive_and_gallery_make_one_new_folder_but_no_missing_parent(db, meeting, tmp_path,
                                                                      capsys):
    code, said = _run(db, capsys, "report", "archive", "--election", "1", "-o",
                      str(tmp_path / "a" / "b"))
    assert code == 1 and str(tmp_path / "a") in said and not (tmp_path / "a").exists()
    code, _said = _run(db, capsys, "report", "archive", "--election", "1", "-o",
                       str(tmp_path / "archives"))
    assert code == 0 and len(list((tmp_path / "archives").iterdir())) == 1
    code, said = _run(db, capsys, "report", "sample", "-o", str(tmp_path / "g" / "h"))
    assert code == 1 and str(tmp_path / "g") in said and not (tmp_path / "g").exists()


def test_the_gallery_on_a_live_database_spends_none_of_its_numbers(db, meeting, tmp_path,
                                                                  capsys):
    with db.reader() as session:
        audited = session.scalar(select(func.count()).select_from(AuditEntry))
    gallery = tmp_path / "gallery"
    code, _said = _run(db, capsys, "report", "sample", "-o", str(gallery), lang="ar")
    assert code == 0
    made = sorted(p.name for p in gallery.iterdir())
    assert made == sorted(f"{k.key}.{fmt}" for k in catalogue.kinds() for fmt in k.formats)
    assert _numbers(db) == []
    with db.reader() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == audited
    for name in ("minutes.pdf", "sample_letter.pdf", "sample_table.pdf"):
        text = letters(pdf_text(gallery / name))
        assert letters("العدد: نموذج") in text, name
        assert letters("نموذج — ليس وثيقة رسمية") in text, name


def test_a_gallery_picture_that_cannot_be_made_is_said(db, meeting, tmp_path, capsys,
                                                       monkeypatch):
    import subprocess

    from reports import cli

    def fail(command, **_kw):
        raise subprocess.CalledProcessError(1, command)

    monkeypatch.setattr(cli.shutil, "which", lambda name: "/usr/bin/pdftoppm")
    monkeypatch.setattr(cli.subprocess, "run", fail)
    code, said = _run(db, capsys, "report", "sample", "-o", str(tmp_path / "g"), "--png",
                      str(tmp_path / "png"))
    assert code == 1
    assert f"pdftoppm could not make the picture of {Path(tmp_path / 'g' / 'minutes.pdf')}." \
        in said
