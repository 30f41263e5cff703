"""Crash safety, proven (issue 13): a writer committing through the real services, killed
with SIGKILL at random moments 200 times; after each kill the SQLite file opens, passes the
integrity and foreign-key checks, and holds every commit a writer acknowledged
(``tests/crash_run.py``). The benchmark ``bench_crash`` runs the same for 1,000 kills."""

from __future__ import annotations

import signal
import sys

import pytest

from desktop.services.errors import DomainError
from tests import crash_run

KILLS = 200

pytestmark = pytest.mark.skipif(sys.platform == "win32" or not hasattr(signal, "SIGKILL"),
                                reason="the writer is forked and killed with SIGKILL (POSIX)")


@pytest.mark.slow
def test_acknowledged_commits_survive_200_kills_of_the_writer(tmp_path, sqlite_template):
    figures = crash_run.run(KILLS, tmp_path, template=sqlite_template)
    seed = f"seed {figures.seed}"
    assert figures.problems == [], (seed, figures.problems)
    assert figures.kills == KILLS and figures.lost == 0, seed
    # the kills fell while the writers were writing, not only before their first commit
    assert figures.after_a_commit > 0, (seed, figures)
    assert figures.cycles_with_commits >= figures.after_a_commit, (seed, figures)
    assert figures.acknowledged >= figures.after_a_commit, (seed, figures)


def test_the_check_finds_an_acknowledged_commit_that_is_not_there(tmp_path, sqlite_template):
    """The check can fail: a commit acknowledged but never made is counted lost."""
    figures = crash_run.run(3, tmp_path, template=sqlite_template, seed=7)
    assert figures.problems == [] and figures.kills == 3
    url = f"sqlite:///{tmp_path / 'crash.sqlite3'}"
    problems, lost = crash_run.check(url, {"person": {"0000099999"}, "meeting": set(),
                                           "note": {"never written"}, "assignment": set()})
    assert lost == 2 and "acknowledged but lost" in problems[0]


def test_the_check_finds_a_damaged_file(tmp_path, sqlite_template):
    crash_run.prepare(tmp_path, sqlite_template)
    file = tmp_path / "crash.sqlite3"
    data = bytearray(file.read_bytes())
    page = 4096
    for offset in range(page * 2, min(len(data), page * 6), 97):  # inside the tables' pages
        data[offset] ^= 0xFF
    file.write_bytes(bytes(data))
    empty = {"person": set(), "meeting": set(), "note": set(), "assignment": set()}
    try:
        problems, _lost = crash_run.check(f"sqlite:///{file}", empty)
    except DomainError as error:  # a file too damaged to read: the program says so
        problems = [error.message("en")]
    assert problems and ("integrity_check" in problems[0] or "damaged" in problems[0]), problems
