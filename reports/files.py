"""Writing a document so that a refused, cancelled or failed write never leaves half a file.

A document goes to a temporary file beside its target and is renamed into place only when it
is whole. The folder is checked first and never made behind the person's back: a missing
folder, a file where a folder should be, no permission, a full or read-only disk are refused
with ``UnusableOutput``, a domain error that names the folder and the reason in the user's
language (no traceback), before any document number is drawn for it where that can be known.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from desktop.services.errors import DomainError
from reports.file_names import refuse_bidi

_PERMISSION = "You have no permission to write in the folder {folder}."
DISK_FULL = "The disk that holds the folder {folder} is full; nothing was written."
READ_ONLY = "The folder {folder} is on a disk that cannot be written to; nothing was written."
NOT_WRITTEN = "Nothing could be written in the folder {folder}: {reason}"

_PERMISSION = (errno.EACCES, errno.EPERM)
_FULL = (errno.ENOSPC, errno.EDQUOT)
_KNOWN = (*_PERMISSION, *_FULL, errno.EROFS, errno.ENOENT, errno.ENOTDIR, errno.EISDIR)


class UnusableOutput(DomainError):
    """The file or folder a document was to be written to cannot be used; nothing was written."""


def _missing(folder: Path) -> UnusableOutput:
    return UnusableOutput("The folder {folder} does not exist; create it first or choose "
                          "another folder.", folder=str(folder))


def _not_a_folder(path: Path) -> UnusableOutput:
    return UnusableOutput("{path} is a file, not a folder; nothing can be written inside it.",
                          path=str(path))


def _no_permission(folder: Path) -> UnusableOutput:
    return UnusableOutput("You have no permission to write in the folder {folder}.",
                          folder=str(folder))


def _file_above(folder: Path) -> Path | None:
    """The nearest existing ancestor of a missing ``folder``, if it is not a folder."""
    for parent in folder.parents:
        if parent.exists() or parent.is_symlink():
            return None if parent.is_dir() else parent
    return None


def check_folder(folder: Path) -> Path:
    """``folder`` as it must be to write in: an existing folder the program may write in."""
    folder = Path(folder)
    if folder.is_dir():
        if not os.access(folder, os.W_OK | os.X_OK):
            raise _no_permission(folder)
        return folder
    if folder.exists():
        raise _not_a_folder(folder)
    blocker = _file_above(folder)
    if blocker is not None:
        raise _not_a_folder(blocker)
    raise _missing(folder)


def check_output(output: Path) -> Path:
    """``output`` as it must be to write a document to: a file name in a usable folder."""
    output = Path(output)
    if output.is_dir():
        raise UnusableOutput("{path} is a folder; name the file to write.", path=str(output))
    refuse_bidi(output.name)  # a name that reads otherwise than it is (``fdp.exe``)
    check_folder(output.parent)
    return output


def prepare_folder(folder: Path) -> Path:
    """A folder to write several documents in: used as it is, or made if only its last part
    is missing. A missing parent is refused: a mistyped path makes no tree of folders."""
    folder = Path(folder)
    if folder.is_dir() or folder.exists():
        return check_folder(folder)
    check_folder(folder.parent)
    try:
        folder.mkdir()
    except FileExistsError:
        return check_folder(folder)
    except OSError as error:
        raise refusal(error, folder.parent) from error
    return folder


def refusal(error: OSError, folder: Path) -> UnusableOutput:
    """What the system's refusal to write in ``folder`` means, in the user's words."""
    folder = Path(folder)
    code = error.errno
    if code in _PERMISSION:
        return _no_permission(folder)
    if code in _FULL:
        return UnusableOutput("The disk that holds the folder {folder} is full; nothing was "
                              "written.", folder=str(folder))
    if code == errno.EROFS:
        return UnusableOutput("The folder {folder} is on a disk that cannot be written to; "
                              "nothing was written.", folder=str(folder))
    if code in (errno.ENOENT, errno.ENOTDIR):
        try:
            check_folder(folder)
        except UnusableOutput as refused:
            return refused
    return UnusableOutput("Nothing could be written in the folder {folder}: {reason}",
                          folder=str(folder), reason=error.strerror or type(error).__name__)


def _concerns(error: OSError, folder: Path, *files: Path) -> bool:
    """Whether a failure while writing is the folder's (rather than a bug or a missing font):
    it names the folder or one of our files, or it is a full disk, which names nothing."""
    if error.errno not in _KNOWN:
        return False
    if error.filename is None:
        return error.errno in _FULL
    named = Path(os.fsdecode(error.filename))
    return named in files or named.parent == folder


@contextlib.contextmanager
def atomic_output(output: Path) -> Iterator[Path]:
    """A temporary path beside ``output``; moved into place only if the block succeeds."""
    output = check_output(output)
    folder = output.parent
    try:
        handle, name = tempfile.mkstemp(prefix=f".{output.stem}.", suffix=output.suffix,
                                        dir=folder)
    except OSError as error:
        raise refusal(error, folder) from error
    os.close(handle)
    temporary = Path(name)
    try:
        try:
            yield temporary
        except OSError as error:
            if _concerns(error, folder, temporary, output):
                raise refusal(error, folder) from error
            raise
        try:
            # mkstemp makes the file for its owner alone; a document is meant to be shared
            # (a common drive, the clerk's colleague), so it takes the mode of any new file.
            os.chmod(temporary, 0o666 & ~_UMASK)
            os.replace(temporary, output)
        except OSError as error:
            raise refusal(error, folder) from error
    finally:
        temporary.unlink(missing_ok=True)


def _umask() -> int:
    """The process's file-creation mask, read once at import: reading it means setting it,
    which must not happen while a background build creates files."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _umask()


def copy_document(source: Path, target: Path) -> Path:
    """A finished document copied whole to ``target`` (save as, print to a PDF file)."""
    source, target = Path(source), Path(target)
    if target.exists() and target.resolve() == source.resolve():
        return target
    with atomic_output(target) as temporary:
        shutil.copyfile(source, temporary)
    return target
