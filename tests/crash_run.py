"""Crash safety, proven: a writer killed with SIGKILL at random moments, again and again, and
after each kill the database checked as the program would find it.

``run`` makes a small room in an SQLite file (the basic world and approved minutes with a
directive to follow up), starts ``tests.crash_writer`` once, and for each kill has it fork a
writer, lets it commit for a random short while and kills it (SIGKILL: no handler, no
clean-up, as a power cut is to the process). The while is counted half the time from the
writer's start, half from its first acknowledged commit, so kills fall both in a first unit
of work and among later ones. Then the writer is reaped and the file checked: it opens
through the program's own ``Database``, passes ``PRAGMA integrity_check`` and ``PRAGMA
foreign_key_check``, and holds every commit any writer acknowledged so far. A writer
acknowledges a commit only after it returned, in a side file it fsyncs; a commit killed
before its acknowledgement may be there or not, an acknowledged one must be.

Used by ``tests/desktop/test_crash_safety.py`` (200 kills) and
``tests/benchmarks/bench_crash.py`` (1,000).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select, text

ROOT = Path(__file__).resolve().parent.parent
DELAYS = (0.005, 0.15)  # seconds a writer is let run before it is killed: uniform in this
FIRST_COMMIT_WAIT = 60.0  # seconds: a writer that commits nothing in this is a failure


@dataclass
class Figures:
    kills: int = 0
    acknowledged: int = 0  # commits acknowledged by the writers, all kills together
    lost: int = 0  # acknowledged but not in the database after a kill: must stay 0
    cycles_with_commits: int = 0  # kills that came after at least one acknowledged commit
    after_a_commit: int = 0  # kills that waited for the writer's first commit, by design
    seconds: float = 0.0
    seed: int = 0
    problems: list[str] = field(default_factory=list)


def prepare(folder: Path, template: Path | None = None) -> Path:
    """The room the writers write in; returns the file describing it for the writer."""
    from desktop.models import Directive, OutcomeKind
    from desktop.storage.database import Database
    from tests.desktop.factories import basic_world
    from tests.desktop.test_meetings import create
    from tests.desktop.test_minutes_seal import approve

    file = folder / "crash.sqlite3"
    url = f"sqlite:///{file}"
    if template is not None:
        shutil.copy(template, file)
        db = Database(url)
    else:
        db = Database.open(url)
    try:
        with db.session() as session:
            world = basic_world(session)
        meeting_id = create(db, world)
        approve(db, meeting_id)
        with db.reader() as session:
            directive = session.scalar(select(Directive.id).where(
                Directive.meeting_id == meeting_id, Directive.kind == OutcomeKind.DIRECTIVE))
    finally:
        db.dispose()
    described = folder / "world.json"
    described.write_text(json.dumps(world | {"url": url, "directive": directive}),
                         encoding="utf-8")
    return described


def _first_commit(ack_file: Path) -> bool:
    """Wait for a writer's first acknowledged commit; False if none comes in time."""
    deadline = time.monotonic() + FIRST_COMMIT_WAIT
    while time.monotonic() < deadline:
        if ack_file.exists() and b"\n" in ack_file.read_bytes():
            return True
        time.sleep(0.002)
    return False


def _acknowledged(ack_file: Path) -> list[tuple[str, str]]:
    """The whole lines of a writer's acknowledgements (a kill may cut the last one short)."""
    if not ack_file.exists():
        return []
    lines = ack_file.read_text(encoding="utf-8").split("\n")[:-1]
    return [tuple(line.split(" ", 1)) for line in lines]  # type: ignore[misc]


def check(url: str, acknowledged: dict[str, set[str]]) -> tuple[list[str], int]:
    """What is wrong with the database after a kill, and how many acknowledged commits it
    lacks."""
    from desktop.models import Assignment, DirectiveUpdate, Meeting, Person
    from desktop.storage.database import Database

    problems: list[str] = []
    db = Database(url)  # opened as the program opens it
    try:
        with db.reader() as session:
            integrity = list(session.scalars(text("PRAGMA integrity_check")))
            foreign = list(session.execute(text("PRAGMA foreign_key_check")))
            people = set(session.scalars(select(Person.service_number)))
            subjects = set(session.scalars(select(Meeting.subject)))
            notes = set(session.scalars(select(DirectiveUpdate.text)))
            assigned = set(session.scalars(select(Person.service_number).join(
                Assignment, Assignment.person_id == Person.id)))
    finally:
        db.dispose()
    if integrity != ["ok"]:
        problems.append(f"integrity_check: {integrity[:5]}")
    if foreign:
        problems.append(f"foreign_key_check: {foreign[:5]}")
    held = {"person": people, "meeting": {s.removeprefix("محضر التجربة ") for s in subjects},
            "note": {n.removeprefix("ملاحظة التجربة ") for n in notes},
            "assignment": assigned}
    lost = sorted((kind, key) for kind, keys in acknowledged.items()
                  for key in keys - held[kind])
    if lost:
        problems.append(f"acknowledged but lost: {lost[:5]} ({len(lost)} in all)")
    return problems, len(lost)


class _Writer:
    """The writer process: forks writers on order (``tests.crash_writer``)."""

    def __init__(self, world: Path, errors: Path) -> None:
        self.errors = errors
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.crash_writer", str(world)], cwd=ROOT,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors.open("w"), text=True)
        self._answer("ready")

    def _answer(self, expected: str | None = None) -> str:
        line = self.process.stdout.readline().strip()
        if not line or (expected is not None and line != expected):
            raise RuntimeError(f"the writer answered {line!r}: {self.errors.read_text()}")
        return line

    def order(self, words: str) -> str:
        self.process.stdin.write(words + "\n")
        self.process.stdin.flush()
        return self._answer()

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.stdin.write("quit\n")
            self.process.stdin.close()
            self.process.wait(timeout=30)


def run(kills: int, folder: Path, *, template: Path | None = None, seed: int | None = None,
        delays: tuple[float, float] = DELAYS, stop_at_first: bool = True) -> Figures:
    """Kill a writer ``kills`` times at random moments, checking the database after each."""
    figures = Figures(seed=seed if seed is not None else int.from_bytes(os.urandom(4), "big"))
    rng = random.Random(figures.seed)
    world = prepare(folder, template)
    url = json.loads(world.read_text(encoding="utf-8"))["url"]
    acknowledged: dict[str, set[str]] = {"person": set(), "meeting": set(), "note": set(),
                                         "assignment": set()}
    started = time.perf_counter()
    writer = _Writer(world, folder / "writer-errors.txt")
    try:
        for cycle in range(1, kills + 1):
            ack_file = folder / f"ack-{cycle}.txt"
            pid = int(writer.order(f"write {ack_file} {cycle}"))
            if rng.random() < 0.5:  # half the kills after the writer's first commit
                figures.after_a_commit += 1
                if not _first_commit(ack_file):
                    figures.problems.append(f"kill {cycle}: the writer committed nothing in "
                                            f"{FIRST_COMMIT_WAIT} s")
            time.sleep(rng.uniform(*delays))
            os.kill(pid, signal.SIGKILL)
            ended = writer.order(f"reap {pid}")
            figures.kills += 1
            if ended != f"signal {int(signal.SIGKILL)}":
                figures.problems.append(f"kill {cycle}: the writer ended by itself ({ended}): "
                                        f"{(folder / 'writer-errors.txt').read_text()[-2000:]}")
                break
            lines = _acknowledged(ack_file)
            ack_file.unlink(missing_ok=True)
            figures.acknowledged += len(lines)
            figures.cycles_with_commits += bool(lines)
            for kind, key in lines:
                acknowledged[kind].add(key)
            problems, lost = check(url, acknowledged)
            figures.lost = max(figures.lost, lost)
            if problems:
                figures.problems += [f"kill {cycle}: {p}" for p in problems]
                if stop_at_first:
                    break
    finally:
        writer.close()
    figures.seconds = time.perf_counter() - started
    return figures
