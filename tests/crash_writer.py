"""The writer the crash test kills: random units of work through the real services on an
SQLite file, each one acknowledged in a side file once its commit has returned.

    python -m tests.crash_writer WORLD.json

Started once, it imports the program and then waits for orders on its standard input, one a
line, answering each on its standard output:

- ``write ACK_FILE SEED``: forks a writer and answers its process id. The writer opens
  connections of its own (this process closed its own before: see ``warm``), then commits
  random operations for ever: a person created, minutes recorded, a follow-up note on a
  directive, a person created and put on a shift. After each commit returns it appends a line
  naming what it committed to ACK_FILE and fsyncs it: a line there is a commit the program
  told its user was saved.
- ``reap PID``: waits for that writer (killed by then) and answers how it ended
  (``signal 9``, or ``exit N`` for a writer that stopped by itself: a failure).

Forking the imported, warmed program makes a fresh writer in milliseconds, so a few hundred
kills take seconds, not the minutes a new interpreter each time would.
"""

from __future__ import annotations

import json
import os
import random
import sys
import traceback
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop.models import UserRole
from desktop.services import directives, meetings
from desktop.services.actor import Actor
from desktop.services.assignments import AssignmentInput, assign
from desktop.services.people import PersonInput, create_person
from desktop.storage.database import Database
from tests.desktop.test_meetings import minutes_input

STAFF = Actor(None, "staff", UserRole.STAFF_OFFICER)


def _person(session, world: dict[str, Any], key: str) -> str:
    create_person(session, STAFF, PersonInput(f"فرد التجربة {key}", service_number=key,
                                              organisation_id=world["command"]))
    return f"person {key}"


def _minutes(session, world: dict[str, Any], key: str) -> str:
    data = minutes_input(world)
    meetings.create_meeting(session, STAFF, replace(
        data, meeting=replace(data.meeting, subject=f"محضر التجربة {key}")))
    return f"meeting {key}"


def _follow_up(session, world: dict[str, Any], key: str) -> str:
    directives.record_follow_up(session, STAFF, [directives.Seen(world["directive"])],
                                directives.FollowUpInput(None, f"ملاحظة التجربة {key}"))
    return f"note {key}"


def _assignment(session, world: dict[str, Any], key: str) -> str:
    person = create_person(session, STAFF, PersonInput(
        f"حارس التجربة {key}", service_number=key, organisation_id=world["command"]))
    session.flush()
    assign(session, STAFF, AssignmentInput(world["shift"], "guard", centre_id=world["centre"],
                                           person_id=person.id))
    return f"assignment {key}"


OPERATIONS = (_person, _minutes, _follow_up, _assignment)


def _commit(db: Database, world: dict[str, Any], operation, key: str) -> str:
    with db.session() as session:
        return operation(session, world, key)


def warm(db: Database, world: dict[str, Any]) -> None:
    """Each operation once, then every connection closed: the writers forked afterwards find
    the statements compiled, and open connections of their own (none crosses the fork)."""
    for n, operation in enumerate(OPERATIONS, 1):
        _commit(db, world, operation, f"{0:05d}{n:05d}")  # seed 0: never a writer's
    db.engine.dispose()


def write_for_ever(db: Database, world: dict[str, Any], ack_file: str, seed: int) -> None:
    """Commit random operations until killed; acknowledge each once its commit returned."""
    rng = random.Random(seed)
    ack = os.open(ack_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    for n in range(1, 10**9):
        key = f"{seed:05d}{n:05d}"  # a service number: digits, unique in the whole run
        committed = _commit(db, world, rng.choice(OPERATIONS), key)
        os.write(ack, f"{committed}\n".encode())  # after the commit returned, never before
        os.fsync(ack)


def _fork(db: Database, world: dict[str, Any], ack_file: str, seed: int) -> int:
    pid = os.fork()
    if pid:
        return pid
    try:  # the writer: never returns but by being killed
        write_for_ever(db, world, ack_file, seed)
    except BaseException:  # a writer that stops by itself says why, then exits
        traceback.print_exc(file=sys.stderr)
        sys.stderr.flush()
        os._exit(3)
    os._exit(4)


def _ended(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"signal {os.WTERMSIG(status)}"
    return f"exit {os.WEXITSTATUS(status)}"


def main(argv: list[str]) -> int:
    world = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    db = Database(world["url"])
    warm(db, world)
    print("ready", flush=True)
    for line in sys.stdin:
        order, *rest = line.split()
        if order == "write":
            print(_fork(db, world, rest[0], int(rest[1])), flush=True)
        elif order == "reap":
            _pid, status = os.waitpid(int(rest[0]), 0)
            print(_ended(status), flush=True)
        elif order == "quit":
            break
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
