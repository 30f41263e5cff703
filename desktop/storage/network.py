"""Whether a file lives on a network share, where SQLite must not keep a database.

SQLite's locking relies on the file system's byte-range locks, and its WAL mode on memory
shared between the processes of one machine; a share (NFS, SMB/CIFS, sshfs, 9p…) keeps
neither promise, and two workstations writing one file through it corrupt it. The room that
shares a database uses the PostgreSQL mode; this module finds the share so the SQLite mode can
refuse it and say so.

On Linux the mount table (``/proc/mounts``) names the file system of the mount that holds the
path; on Windows a UNC path (``\\\\server\\share``) is a share and a drive letter is asked of
``GetDriveTypeW``. Both the table and the drive question can be handed in, for the tests.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path, PurePath, PureWindowsPath

MOUNTS = Path("/proc/mounts")
DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a mapped network drive

# File systems that reach another machine (and fuse front ends of the same).
NETWORK_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p", "afs",
    "ncpfs", "coda", "ceph", "fuse.ceph", "glusterfs", "fuse.glusterfs", "lustre", "davfs",
    "fuse.davfs2", "fuse.rclone", "fuse.s3fs", "ocfs2", "gfs2", "vboxsf", "vmhgfs",
    "fuse.vmhgfs-fuse",
})

_OCTAL = re.compile(r"\\([0-7]{3})")


def _unescape(field: str) -> str:
    """The kernel writes a space in a mount point as ``\\040``, a tab as ``\\011``…"""
    return _OCTAL.sub(lambda match: chr(int(match.group(1), 8)), field)


def mount_types(table: str) -> list[tuple[str, str]]:
    """(mount point, file system type) of each line of a ``/proc/mounts`` text."""
    found: list[tuple[str, str]] = []
    for line in table.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            found.append((_unescape(fields[1]), fields[2]))
    return found


def _within(path: PurePath, mount: str) -> bool:
    try:
        path.relative_to(mount)
    except ValueError:
        return False
    return True


def linux_share(path: Path, table: str | None = None) -> str | None:
    """The network file system holding ``path`` (its type: ``nfs4``, ``cifs``…), or None."""
    if table is None:
        try:
            table = MOUNTS.read_text(encoding="utf-8", errors="replace")
        except OSError:  # no mount table to read (a container without /proc): say nothing
            return None
    resolved = Path(os.path.abspath(path))
    with contextlib.suppress(OSError):
        resolved = resolved.resolve()  # a link into a share is the share
    holding = [(mount, kind) for mount, kind in mount_types(table) if _within(resolved, mount)]
    if not holding:
        return None
    _mount, kind = max(holding, key=lambda found: len(found[0]))  # the innermost mount
    return kind if kind in NETWORK_TYPES else None


def windows_share(path: str | PurePath,
                  drive_type: Callable[[str], int] | None = None) -> str | None:
    """``UNC`` for a ``\\\\server\\share`` path, ``network drive`` for a mapped letter."""
    windows = PureWindowsPath(str(path))
    text = str(windows)
    if text.startswith("\\\\") and not text.startswith(("\\\\?\\", "\\\\.\\")):
        return "UNC"
    if text.startswith("\\\\?\\UNC\\"):
        return "UNC"
    drive = windows.drive
    if len(drive) == 2 and drive[1] == ":":
        ask = drive_type or _get_drive_type
        if ask(drive + "\\") == DRIVE_REMOTE:
            return "network drive"
    return None


def _get_drive_type(root: str) -> int:
    if sys.platform != "win32":
        return 0
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def network_share(path: Path, *, platform: str | None = None, table: str | None = None,
                  drive_type: Callable[[str], int] | None = None) -> str | None:
    """What kind of network share holds ``path``, or None when it is a local disk."""
    platform = platform or sys.platform
    if platform == "win32":
        return windows_share(path, drive_type)
    if platform.startswith("linux"):
        return linux_share(path, table)
    return None  # macOS and others: no cheap, sure answer; not refused
