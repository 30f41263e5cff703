"""The server restarted under a listening program: a real PostgreSQL restart, on a private
cluster (``tests.private_server``; the shared test server is never restarted).

The listener's connection is ended by the server's shutdown; it comes back once the server
answers again, and says "refresh everything", since the notices sent while it was not
listening are gone for good; what is saved after is heard as a notice again. The program's
own connections (its pool) come back too, so the refresh can read.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import select

from desktop.models import Person
from desktop.services.actor import SYSTEM
from desktop.services.errors import DatabaseUnavailable
from desktop.services.people import PersonInput, create_person
from desktop.storage import changes
from desktop.storage.changes import ChangeNotice
from desktop.storage.database import Database
from desktop.storage.listen import LISTENING, LOST, ChangeListener
from desktop.storage.migrations import upgrade
from tests.private_server import PrivateServer, private_server

DEADLINE = 30.0  # seconds: generous, for a busy machine; the waits end as soon as they can
DOWN_SECONDS = 3.0  # the server stays down this long: the listener's attempts fail meanwhile


@pytest.fixture
def server() -> Iterator[PrivateServer]:
    with private_server() as started:
        yield started


@pytest.fixture
def db(server: PrivateServer) -> Iterator[Database]:
    """The listening program's database, migrated on the private server."""
    database = Database(server.url)
    upgrade(database)
    yield database
    database.dispose()


def _until(condition: Callable[[], bool], timeout: float = DEADLINE) -> bool:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            return False
        time.sleep(0.02)
    return True


def _save_person(url: str, name: str) -> int:
    """Another workstation saves a person: a Database object of its own, gone after."""
    other = Database(url)
    try:
        with other.session() as s:
            return create_person(s, SYSTEM, PersonInput(name)).id
    finally:
        other.dispose()


def _person_exists(db: Database, person_id: int) -> bool:
    with db.reader() as s:
        return s.get(Person, person_id) is not None


def _listening(db: Database) -> tuple[ChangeListener, list[ChangeNotice], list[str]]:
    heard: list[ChangeNotice] = []
    db.changes.subscribe(heard.append)
    states: list[str] = []
    listener = ChangeListener(db, on_state=states.append).start()
    assert listener.wait_ready(DEADLINE), f"the listener never listened: {states}"
    return listener, heard, states


def test_after_pg_ctl_restart_the_listener_reconnects_refreshes_and_hears_again(server, db):
    listener, heard, states = _listening(db)
    try:
        before = listener.backend_pid
        server.restart()  # pg_ctl restart -m fast: the listener's session is ended
        assert _until(lambda: len(heard) >= 1), \
            f"no refresh after the restart; states {states}; log:\n{server.log_tail()}"
        (refresh,) = heard
        assert refresh.everything and refresh.reason == changes.RECONNECTED
        assert refresh.touches("meetings", 1) and refresh.touches("people")
        assert states[:3] == [LISTENING, LOST, LISTENING]
        assert listener.backend_pid not in (None, before)

        saved = _save_person(server.url, "بعد إعادة تشغيل الخادم")
        assert _until(lambda: len(heard) >= 2), "a save after the restart was not heard"
        assert heard[1].kinds["people"] == {saved} and not heard[1].everything
        assert not heard[1].local
        assert _person_exists(db, saved)  # the program's own pool reconnected too
    finally:
        assert listener.stop()
    assert len(heard) == 2


def test_saves_made_while_the_listener_was_away_come_as_refresh_everything(server, db):
    """Stopped, down for a few seconds (the listener's attempts fail), then back for the other
    workstations only (the Unix socket, no TCP: as if this one's network were still down);
    another workstation saves; then reachable again. That save was never a notice to this
    listener: the refresh is what shows it; the next save is a notice again."""
    listener, heard, states = _listening(db)
    try:
        server.stop()
        assert _until(lambda: listener.state == LOST)
        time.sleep(DOWN_SECONDS)  # not a measure: time for attempts to fail against no server
        assert listener.state == LOST and listener.backend_pid is None
        # the program's reads say so, in words
        with pytest.raises(DatabaseUnavailable), db.reader() as s:
            s.execute(select(Person.id)).all()

        server.start(tcp=False)
        missed = _save_person(server.socket_url, "حفظ في غياب المستمع")
        assert listener.state == LOST and heard == []  # nothing told, nothing can be

        server.restart()  # reachable over TCP again
        assert _until(lambda: len(heard) >= 1), \
            f"no refresh after the server came back; states {states}; log:\n{server.log_tail()}"
        assert heard[0].everything and heard[0].reason == changes.RECONNECTED
        assert _person_exists(db, missed)  # what the views read on that refresh holds it

        after = _save_person(server.url, "حفظ بعد العودة")
        assert _until(lambda: len(heard) >= 2), "a save after the reconnection was not heard"
        assert heard[1].kinds["people"] == {after}
        # The save made while away never came as a notice: notices come in commit order,
        # so it would have been heard before this one.
        assert [n.everything for n in heard] == [True, False]
        assert not any(n.touches("people", missed) and not n.everything for n in heard)
        assert states[:3] == [LISTENING, LOST, LISTENING]
    finally:
        assert listener.stop()


def test_a_listener_whose_server_stays_down_tells_nothing_and_stops(server, db):
    listener, heard, states = _listening(db)
    server.stop()
    assert _until(lambda: listener.state == LOST)
    time.sleep(1.0)  # amid its attempts to reconnect, which fail
    assert listener.stop(timeout=DEADLINE)  # it does not hang on the missing server
    assert heard == []  # no refresh before it has listened again
    assert states == [LISTENING, LOST, "stopped"]
