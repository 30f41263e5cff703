"""Hearing the other workstations: their change notices, brought into this database's hub.

One background thread per database, with a connection of its own that never writes:

- on PostgreSQL it LISTENs on ``ghurfa_changes`` (psycopg, autocommit) and reads each
  NOTIFY as it arrives. Notices sent while the connection is down are gone for good (the
  server keeps them for listening sessions only), so after reconnecting (with a growing
  pause, so a server that is down is not hammered) it publishes one "refresh everything"
  notice, once it listens again, so nothing changed in between stays unseen.
- on SQLite it polls ``PRAGMA data_version``, a counter that moves when another connection
  commits and costs no read of the file, and then reads the ``change_log`` rows after the
  last one seen. Writes to one file are serialised, so row ids follow commit order and
  nothing is missed across a broken connection either; only rows pruned before they were
  read make it say "refresh everything".

The listener passes over its own database object's notices (published where they were
committed), never raises into its caller, and stops within a second.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from desktop.storage import changes
from desktop.storage.database import BUSY_TIMEOUT_MS, CONNECT_TIMEOUT

if TYPE_CHECKING:
    from desktop.storage.database import Database

log = logging.getLogger("ghurfa.changes")

POLL_SECONDS = 0.1  # how often SQLite's counter is read (a cheap PRAGMA), how soon a stop is heard
FIRST_RETRY = 0.25  # seconds before the first attempt to reconnect…
LAST_RETRY = 10.0  # …doubling up to this
BATCH = 500  # log rows read at once

# What the listener is doing, for a status line: told through ``on_state``.
STARTING, LISTENING, LOST, STOPPED = "starting", "listening", "lost", "stopped"


class ChangeListener:
    """The other workstations' notices, published to ``hub`` (the database's own by default).

    ``start()`` returns at once (a listener starts once; make another to listen again);
    ``wait_ready()`` tells when the listener hears changes (a change committed after it
    returned True is heard). ``on_state`` is called, in the listener's thread, with
    ``LISTENING`` or ``LOST`` as the connection comes and goes. ``stop()`` returns within its
    timeout; a thread still waiting on a server that does not answer ends by itself (it is a
    daemon, and stops at its next step)."""

    def __init__(self, db: Database, hub: changes.ChangeHub | None = None, *,
                 poll_seconds: float = POLL_SECONDS,
                 on_state: Callable[[str], None] | None = None) -> None:
        self.db = db
        self.hub = hub or db.changes
        self.poll_seconds = poll_seconds
        self._on_state = on_state
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None
        self.state = STARTING
        self.backend_pid: int | None = None  # the PostgreSQL server process listening

    # The caller's side.

    def start(self) -> ChangeListener:
        if self._thread is not None:
            return self
        if self.db.in_memory:  # no other connection can see a database in memory
            self._set_state(LISTENING)
            self._ready.set()
            return self
        run = self._run_sqlite if self.db.is_sqlite else self._run_postgresql
        self._thread = threading.Thread(target=self._guarded, args=(run,), daemon=True,
                                        name="ghurfa-change-listener")
        self._thread.start()
        return self

    def wait_ready(self, timeout: float | None = None) -> bool:
        return self._ready.wait(timeout)

    def stop(self, timeout: float = 1.0) -> bool:
        """Stop listening; True when the thread has ended within ``timeout`` seconds."""
        self._stop.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
            return not thread.is_alive()
        return True

    def __enter__(self) -> ChangeListener:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # The thread's side.

    def _guarded(self, run: Callable[[], None]) -> None:
        try:
            run()
        except Exception:  # a fault of the program: said in the log, never into the caller
            log.exception("the change listener stopped on an unexpected error")
        finally:
            self._set_state(STOPPED)

    def _set_state(self, state: str) -> None:
        if state == self.state:
            return
        self.state = state
        if self._on_state is not None:
            try:
                self._on_state(state)
            except Exception:
                log.exception("a change listener's state callback failed")

    def _publish_payload(self, payload: str) -> None:
        try:
            change = changes.from_payload(payload, origin_here=self.db.origin)
        except ValueError:
            log.debug("unreadable change notice: %.200s", payload)
            change = changes.refresh_everything(changes.UNREADABLE)
        if not change.local:
            self.hub.publish(change)

    def _lost(self, error: BaseException, delay: float) -> float:
        """Say the connection is down, wait (or stop), and give the next pause."""
        log.debug("change listener lost its connection: %s", error)
        self._set_state(LOST)
        self._stop.wait(delay)
        return min(delay * 2, LAST_RETRY)

    # PostgreSQL: LISTEN, and a refresh after every reconnection.

    def _conninfo(self) -> str:
        return self.db.url.set(drivername="postgresql").render_as_string(hide_password=False)

    def _run_postgresql(self) -> None:
        import psycopg

        delay, missed = FIRST_RETRY, False
        while not self._stop.is_set():
            try:
                with psycopg.connect(self._conninfo(), autocommit=True,
                                     connect_timeout=CONNECT_TIMEOUT,
                                     application_name="ghurfa change listener",
                                     keepalives=1, keepalives_idle=20, keepalives_interval=5,
                                     keepalives_count=3) as connection:
                    connection.execute(f"LISTEN {changes.CHANNEL}")
                    self.backend_pid = connection.info.backend_pid
                    if missed:
                        self.hub.publish(changes.refresh_everything(changes.RECONNECTED))
                    delay, missed = FIRST_RETRY, False
                    self._set_state(LISTENING)
                    self._ready.set()
                    while not self._stop.is_set():
                        for notify in connection.notifies(timeout=self.poll_seconds):
                            self._publish_payload(notify.payload)
            except Exception as error:  # the server gone, the network down, or a fault
                missed = True
                self.backend_pid = None
                if self._stop.is_set():
                    break
                if not isinstance(error, psycopg.Error):
                    log.exception("the change listener failed; it starts again")
                delay = self._lost(error, delay)

    # SQLite: the data_version counter, then the log rows after the last one seen.

    def _open_sqlite(self) -> sqlite3.Connection:
        uri = self.db.file.resolve().as_uri() + "?mode=rw"  # never creates a missing file
        connection = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                                     isolation_level=None, check_same_thread=False)
        connection.execute("PRAGMA query_only=ON")
        return connection

    def _run_sqlite(self) -> None:
        delay, last = FIRST_RETRY, None
        while not self._stop.is_set():
            connection = None
            try:
                connection = self._open_sqlite()
                seen = _data_version(connection)
                if last is None:  # from now on: what was changed before is already shown
                    last = _last_log_id(connection)
                else:  # back after a fault: what was written meanwhile is in the log
                    last = self._read_log(connection, last)
                delay = FIRST_RETRY
                self._set_state(LISTENING)
                self._ready.set()
                while not self._stop.wait(self.poll_seconds):
                    version = _data_version(connection)
                    if version != seen:
                        seen = version
                        last = self._read_log(connection, last)
            except Exception as error:  # the file unreadable for a moment, or a fault
                if self._stop.is_set():
                    break
                if not isinstance(error, sqlite3.Error):
                    log.exception("the change listener failed; it starts again")
                delay = self._lost(error, delay)
            finally:
                if connection is not None:
                    connection.close()

    def _read_log(self, connection: sqlite3.Connection, last: int) -> int:
        if not _has_log(connection):  # a file not yet migrated: it cannot say what changed
            self.hub.publish(changes.refresh_everything(changes.UNREADABLE))
            return last
        while True:
            rows = connection.execute(
                "SELECT id, payload FROM change_log WHERE id > ? ORDER BY id LIMIT ?",
                (last, BATCH)).fetchall()
            if not rows:
                return last
            if last and rows[0][0] > last + 1:  # pruned before they were read
                self.hub.publish(changes.refresh_everything(changes.MISSED))
            for log_id, payload in rows:
                self._publish_payload(payload)
                last = log_id
            if len(rows) < BATCH:
                return last


def _data_version(connection: sqlite3.Connection) -> Any:
    return connection.execute("PRAGMA data_version").fetchone()[0]


def _has_log(connection: sqlite3.Connection) -> bool:
    return connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                              "name = 'change_log'").fetchone() is not None


def _last_log_id(connection: sqlite3.Connection) -> int:
    if not _has_log(connection):
        return 0
    return connection.execute("SELECT coalesce(max(id), 0) FROM change_log").fetchone()[0]


def start_listening(db: Database, hub: changes.ChangeHub | None = None, **options: Any
                    ) -> ChangeListener:
    """A started listener for ``db``: ``listener.stop()`` when the program closes."""
    return ChangeListener(db, hub, **options).start()
