"""A PostgreSQL cluster of a test's own, which the test may stop, start and restart.

The shared test server (``GHURFA_TEST_PG_URL``) serves every engineer's tests at once and must
never be restarted; a test of what the program does when its server goes away makes its own
with ``initdb`` in a fresh folder, on a free port of 127.0.0.1 (trust authentication), and
gives it back when it ends, failed or not.

initdb and the server refuse to run as root: as root both run as the ``postgres`` user
(``runuser`` or ``su``), in a folder under the system's temporary folder that this user owns
(pytest's own folders are root's alone; the short path also keeps the socket's name under the
108 bytes a Unix socket allows). Every wait is bounded: ``pg_ctl -w -t 30`` and a time limit
on each command. Without the server's programs, or as root without a way to become
``postgres``, the test is skipped, with the reason.
"""

from __future__ import annotations

import glob
import os
import pwd
import shlex
import shutil
import signal
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import psycopg
import pytest

WAIT_SECONDS = 30  # pg_ctl's own bound on a start or a stop
COMMAND_SECONDS = 90  # and ours on any command, should pg_ctl itself not return
DATABASE = "ghurfa"
OWNER = "postgres"  # the operating system's user who runs the cluster, when we are root


class ServerUnavailable(Exception):
    """The cluster could not be made or started here: a reason to skip, not a failure."""


def _bindir() -> Path | None:
    """The folder of initdb and pg_ctl: pg_config's word, else the newest Debian one, else PATH."""
    candidates: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        with suppress(OSError, subprocess.SubprocessError):
            said = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True,
                                  timeout=30, check=True).stdout.strip()
            candidates.append(Path(said))
    candidates += sorted((Path(p) for p in glob.glob("/usr/lib/postgresql/*/bin")),
                         key=lambda p: _version(p.parent.name), reverse=True)
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(Path(initdb).resolve().parent)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


def _version(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split(".") if part.isdigit())


def _as_owner() -> list[str] | None:
    """The words that run a command as the cluster's owner: none needed unless we are root;
    None when we are root and cannot become that user."""
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam(OWNER)
    except KeyError:
        return None
    runuser = shutil.which("runuser")
    if runuser and _works([runuser, "-u", OWNER, "--", "true"]):
        return [runuser, "-u", OWNER, "--"]
    su = shutil.which("su")
    if su and _works([su, OWNER, "-s", "/bin/sh", "-c", "true"]):
        return [su, OWNER, "-s", "/bin/sh", "-c"]  # the command follows as one word
    return None


def _works(command: list[str]) -> bool:
    try:
        return subprocess.run(command, capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PrivateServer:
    """One cluster in ``folder``: ``start``, ``stop``, ``restart``, and its addresses."""

    def __init__(self, bindir: Path, folder: Path, as_owner: list[str]) -> None:
        self.bindir = bindir
        self.folder = folder
        self.data = folder / "data"
        self.log = folder / "server.log"
        self._as_owner = as_owner
        self.port = _free_port()

    @property
    def url(self) -> str:
        """The address a workstation uses: TCP on 127.0.0.1."""
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{DATABASE}"

    @property
    def socket_url(self) -> str:
        """The same database through the server's Unix socket, which stays open when the
        server is started without TCP (a second workstation that still reaches it)."""
        return f"postgresql+psycopg://postgres@/{DATABASE}?host={self.folder}&port={self.port}"

    def _run(self, *arguments: str) -> None:
        command = [str(self.bindir / arguments[0]), *arguments[1:]]
        if self._as_owner and self._as_owner[-1] == "-c":  # su wants the command as one word
            command = [*self._as_owner, shlex.join(command)]
        else:
            command = [*self._as_owner, *command]
        said = self.folder / "command.out"
        # The output goes to a file, never to a pipe: the server pg_ctl starts would hold a
        # pipe open for its whole life, and reading it would never end.
        with open(said, "wb") as out:
            try:
                done = subprocess.run(command, stdin=subprocess.DEVNULL, stdout=out,
                                      stderr=subprocess.STDOUT, timeout=COMMAND_SECONDS)
            except subprocess.TimeoutExpired as error:
                raise RuntimeError(f"{arguments[0]} {arguments[-1]} did not return within "
                                   f"{COMMAND_SECONDS} s") from error
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(arguments[:1] + arguments[-1:])} failed "
                               f"({done.returncode}): {said.read_text(errors='replace')}\n"
                               f"server log: {self.log_tail()}")

    def log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def _options(self, tcp: bool) -> str:
        listen = "127.0.0.1" if tcp else "''"  # '' : the Unix socket only
        return (f"-p {self.port} -k {self.folder} -c listen_addresses={listen} "
                "-c fsync=off -c shared_buffers=16MB -c max_connections=40")

    def init(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust",
                  "--no-sync", "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions")

    def start(self, *, tcp: bool = True) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t",
                  str(WAIT_SECONDS), "-o", self._options(tcp), "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-w", "-t", str(WAIT_SECONDS), "-m", mode,
                  "stop")

    def restart(self, *, tcp: bool = True) -> None:
        """``pg_ctl restart -m fast``: every session ended, the server up again at once."""
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t",
                  str(WAIT_SECONDS), "-m", "fast", "-o", self._options(tcp), "restart")

    def create_database(self) -> None:
        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres",
                             dbname="postgres", autocommit=True, connect_timeout=10) as admin:
            admin.execute(f'CREATE DATABASE "{DATABASE}"')

    def running_pid(self) -> int | None:
        try:
            return int((self.data / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    def give_back(self) -> None:
        """Stop the server, whatever state the test left it in, and remove its folder."""
        if self.running_pid() is not None:
            try:
                self.stop("immediate")
            except RuntimeError:
                pid = self.running_pid()  # the postmaster this fixture started, by its id
                if pid is not None:
                    with suppress(ProcessLookupError, PermissionError):
                        os.kill(pid, signal.SIGKILL)
        shutil.rmtree(self.folder, ignore_errors=True)


@contextmanager
def private_server() -> Iterator[PrivateServer]:
    """A started cluster with an empty database ``ghurfa``; stopped and removed afterwards.
    Skips the test when the server's programs are missing or cannot be run here."""
    bindir = _bindir()
    if bindir is None:
        pytest.skip("a private PostgreSQL server needs initdb and pg_ctl (the postgresql "
                    "package; pg_config --bindir or /usr/lib/postgresql/*/bin)")
    as_owner = _as_owner()
    if as_owner is None:
        pytest.skip(f"initdb refuses to run as root, and neither runuser nor su could run it "
                    f"as the {OWNER!r} user")
    folder = Path(tempfile.mkdtemp(prefix="ghurfa-pg-"))
    if as_owner:
        owner = pwd.getpwnam(OWNER)
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    server = PrivateServer(bindir, folder, as_owner)
    try:
        try:
            server.init()
            for attempt in range(3):  # the free port taken meanwhile by another program
                try:
                    server.start()
                    break
                except RuntimeError:
                    if attempt == 2:
                        raise
                    server.port = _free_port()
            server.create_database()
        except (RuntimeError, psycopg.Error) as error:
            pytest.skip(f"a private PostgreSQL server could not be started here: {error}")
        yield server
    finally:
        server.give_back()
