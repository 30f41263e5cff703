"""Where a document is written: a folder that cannot be used is refused, naming it and why.

The tests run as root, for whom a folder's mode stops no write; a refused permission is made
where the system would make it, at the rename into place (``os.replace``), and a full disk at
the write itself.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from reports import files
from reports.files import (
    UnusableOutput,
    atomic_output,
    check_output,
    copy_document,
    prepare_folder,
)


def _message(error: pytest.ExceptionInfo[UnusableOutput], lang: str = "en") -> str:
    return error.value.message(lang)


def test_a_file_in_a_missing_folder_is_refused_naming_that_folder(tmp_path):
    target = tmp_path / "missing" / "dir" / "x.pdf"
    with pytest.raises(UnusableOutput) as refused:
        check_output(target)
    assert _message(refused) == (f"The folder {tmp_path / 'missing' / 'dir'} does not exist; "
                                 "create it first or choose another folder.")
    with pytest.raises(UnusableOutput), atomic_output(target):
        pass
    assert not (tmp_path / "missing").exists()  # no folder is made behind the person's back


def test_a_file_where_a_folder_should_be_is_named(tmp_path):
    (tmp_path / "notes.txt").write_text("x")
    for target in (tmp_path / "notes.txt" / "x.pdf", tmp_path / "notes.txt" / "a" / "x.pdf"):
        with pytest.raises(UnusableOutput) as refused:
            check_output(target)
        assert _message(refused) == (f"{tmp_path / 'notes.txt'} is a file, not a folder; "
                                     "nothing can be written inside it.")


def test_a_folder_given_for_a_file_is_refused(tmp_path):
    with pytest.raises(UnusableOutput) as refused:
        check_output(tmp_path)
    assert _message(refused) == f"{tmp_path} is a folder; name the file to write."


def test_a_refused_permission_leaves_no_file_and_no_temporary(tmp_path, monkeypatch):
    def refuse(source, target):
        raise PermissionError(errno.EACCES, "Permission denied", str(source), None, str(target))

    monkeypatch.setattr(files.os, "replace", refuse)
    target = tmp_path / "x.pdf"
    with pytest.raises(UnusableOutput) as refused, atomic_output(target) as temporary:
        temporary.write_bytes(b"%PDF-1.4 half")
    assert _message(refused) == f"You have no permission to write in the folder {tmp_path}."
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_while_writing_is_said(tmp_path):
    with pytest.raises(UnusableOutput) as refused, atomic_output(tmp_path / "x.pdf"):
        raise OSError(errno.ENOSPC, "No space left on device")
    assert _message(refused) == (f"The disk that holds the folder {tmp_path} is full; nothing "
                                 "was written.")
    assert list(tmp_path.iterdir()) == []


def test_a_failure_that_is_not_the_folders_stays_what_it_is(tmp_path):
    """A missing font or a bug is not turned into a message about the folder."""
    font = tmp_path / "fonts" / "Amiri.ttf"
    with pytest.raises(FileNotFoundError), atomic_output(tmp_path / "x.pdf"):
        raise FileNotFoundError(errno.ENOENT, "No such file or directory", str(font))
    with pytest.raises(ZeroDivisionError), atomic_output(tmp_path / "x.pdf"):
        raise ZeroDivisionError()
    assert list(tmp_path.iterdir()) == []


def test_the_messages_speak_arabic(tmp_path):
    with pytest.raises(UnusableOutput) as refused:
        check_output(tmp_path / "missing" / "x.pdf")
    assert _message(refused, "ar") == (f"المجلد {tmp_path / 'missing'} غير موجود؛ أنشئه أولاً "
                                       "أو اختر مجلداً آخر.")


def test_a_folder_for_many_documents_may_be_made_one_level_deep(tmp_path):
    assert prepare_folder(tmp_path / "gallery") == tmp_path / "gallery"
    assert (tmp_path / "gallery").is_dir()
    assert prepare_folder(tmp_path / "gallery") == tmp_path / "gallery"  # as it is, twice
    with pytest.raises(UnusableOutput) as refused:
        prepare_folder(tmp_path / "a" / "b")
    assert str(tmp_path / "a") in _message(refused)
    assert not (tmp_path / "a").exists()
    (tmp_path / "f").write_text("x")
    with pytest.raises(UnusableOutput):
        prepare_folder(tmp_path / "f")


def test_a_copy_is_whole_or_nothing(tmp_path, monkeypatch):
    source = tmp_path / "a.pdf"
    source.write_bytes(b"%PDF-1.4 whole")
    assert copy_document(source, tmp_path / "b.pdf").read_bytes() == b"%PDF-1.4 whole"
    assert copy_document(source, source) == source  # onto itself: nothing to do
    monkeypatch.setattr(files.os, "replace", lambda *_a: (_ for _ in ()).throw(
        OSError(errno.EROFS, "Read-only file system")))
    with pytest.raises(UnusableOutput) as refused:
        copy_document(source, tmp_path / "c.pdf")
    assert "cannot be written to" in _message(refused)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf", "b.pdf"]


def test_a_folder_without_write_permission_is_refused_before_writing(tmp_path, monkeypatch):
    """Where the system says so (not as root), the folder is refused before anything."""
    real = os.access
    monkeypatch.setattr(files.os, "access",
                        lambda path, mode: False if Path(path) == tmp_path else real(path, mode))
    with pytest.raises(UnusableOutput) as refused:
        check_output(tmp_path / "x.pdf")
    assert _message(refused) == f"You have no permission to write in the folder {tmp_path}."


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_document_is_written_with_the_mode_of_any_new_file(tmp_path):
    """mkstemp makes its file for the owner alone; a document is for sharing."""
    target = tmp_path / "x.pdf"
    with atomic_output(target) as temporary:
        temporary.write_bytes(b"%PDF-1.4")
    mask = os.umask(0o022)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask
