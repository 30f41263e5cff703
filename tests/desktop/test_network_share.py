"""The SQLite mode refuses a database on a network share, pointing to the PostgreSQL mode."""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

import pytest

from desktop.cli import main
from desktop.services.errors import DatabaseUnavailable
from desktop.storage import network
from desktop.storage.database import Database

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid 0 0
server:/export/room /srv/room nfs4 rw,relatime,vers=4.2 0 0
//fs/ghurfa /mnt/share cifs rw,relatime 0 0
//fs/local\\040disk /mnt/share/local\\040disk ext4 rw 0 0
user@host:/data /home/me/remote fuse.sshfs rw,nosuid 0 0
drvfs /mnt/c 9p rw,noatime 0 0
tmpfs /srv/room/cache tmpfs rw 0 0
"""


@pytest.mark.parametrize("path, kind", [
    ("/srv/room/ghurfa.sqlite3", "nfs4"),
    ("/srv/room/sub/deeper/ghurfa.sqlite3", "nfs4"),
    ("/mnt/share/ghurfa.sqlite3", "cifs"),
    ("/home/me/remote/ghurfa.sqlite3", "fuse.sshfs"),
    ("/mnt/c/Users/room/ghurfa.sqlite3", "9p"),
    ("/home/me/ghurfa.sqlite3", None),  # the root's ext4
    ("/srv/room/cache/ghurfa.sqlite3", None),  # a local mount inside the share: innermost wins
    ("/mnt/share/local disk/ghurfa.sqlite3", None),  # a mount point with a space (\\040)
    ("/srv/roomy/ghurfa.sqlite3", None),  # a name that only starts like the share's
])
def test_the_mount_table_names_the_share_that_holds_a_path(path, kind):
    assert network.linux_share(Path(path), MOUNTS) == kind


def test_no_mount_table_refuses_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(network, "MOUNTS", tmp_path / "absent")
    assert network.linux_share(tmp_path / "x.sqlite3") is None
    assert network.linux_share(Path("/srv/room/x"), "") is None


@pytest.mark.parametrize("path, remote, kind", [
    (r"\\server\share\ghurfa.sqlite3", False, "UNC"),
    (r"\\?\UNC\server\share\ghurfa.sqlite3", False, "UNC"),
    (r"Z:\ghurfa.sqlite3", True, "network drive"),
    (r"C:\Users\room\ghurfa.sqlite3", False, None),
    (r"\\?\C:\Users\room\ghurfa.sqlite3", False, None),
])
def test_windows_shares_by_unc_path_or_mapped_drive(path, remote, kind):
    asked: list[str] = []

    def drive_type(root: str) -> int:
        asked.append(root)
        return network.DRIVE_REMOTE if remote else 3  # DRIVE_FIXED

    found = network.network_share(PureWindowsPath(path), platform="win32",
                                  drive_type=drive_type)
    assert found == kind
    if kind == "network drive":
        assert asked == ["Z:\\"]


def test_sqlite_on_a_share_is_refused_with_the_postgresql_mode_named(tmp_path, monkeypatch):
    table = tmp_path / "mounts"
    table.write_text(f"/dev/sda1 / ext4 rw 0 0\nserver:/room {tmp_path / 'share'} nfs rw 0 0\n")
    monkeypatch.setattr(network, "MOUNTS", table)
    monkeypatch.setattr(network.sys, "platform", "linux")
    file = tmp_path / "share" / "ghurfa.sqlite3"
    with pytest.raises(DatabaseUnavailable) as refused:
        Database(f"sqlite:///{file}")
    message = refused.value.message("en")
    assert "network share (nfs)" in message and "PostgreSQL" in message
    assert not file.parent.exists()  # refused before its folder was made
    local = Database(f"sqlite:///{tmp_path / 'here' / 'ghurfa.sqlite3'}")  # the local disk
    local.dispose()
    assert Database("sqlite://").in_memory  # nothing to refuse in memory


def test_the_command_line_refuses_a_share_as_misuse(tmp_path, monkeypatch, capsys):
    table = tmp_path / "mounts"
    table.write_text(f"//fs/room {tmp_path / 'share'} cifs rw 0 0\n")
    monkeypatch.setattr(network, "MOUNTS", table)
    monkeypatch.setattr(network.sys, "platform", "linux")
    url = f"sqlite:///{tmp_path / 'share' / 'ghurfa.sqlite3'}"
    assert main(["--lang", "en", "--db", url, "check", "--migrate"]) == 2
    assert "network share (cifs)" in capsys.readouterr().err
