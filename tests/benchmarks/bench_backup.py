"""How long a backup, a restore and ``ghurfa check``'s invariants take on the national demo set
(SQLite), and how long a backup takes while another connection writes all the time."""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import threading
import time
from pathlib import Path

from desktop.demo import load_demo
from desktop.storage import backups
from desktop.storage.database import Database
from desktop.storage.integrity import breaches
from desktop.storage.migrations import upgrade

RUNS = 5


def _timed(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def _line(label: str, times: list[float]) -> None:
    print(f"   {label}: median {statistics.median(times) * 1000:.0f} ms "
          f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}, {len(times)} runs)",
          flush=True)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / "national.sqlite3"
        db = Database(f"sqlite:///{file}")
        upgrade(db)
        load_demo(db, scale="national")
        size = file.stat().st_size / 2**20
        print(f"   database: {size:.1f} MB", flush=True)
        target = Path(folder) / "copy.sqlite3"
        _line("backup", [_timed(lambda: backups.backup(db, target)) for _ in range(RUNS)])
        stop = threading.Event()
        written = [0]

        def writer() -> None:
            connection = sqlite3.connect(file, isolation_level=None, timeout=10)
            while not stop.is_set():
                connection.execute("BEGIN IMMEDIATE")
                connection.execute("UPDATE ranks SET version = version + 1 WHERE id = 1")
                connection.execute("COMMIT")
                written[0] += 1
            connection.close()

        thread = threading.Thread(target=writer)
        thread.start()
        try:
            busy = [_timed(lambda: backups.backup(db, target)) for _ in range(RUNS)]
        finally:
            stop.set()
            thread.join()
        _line(f"backup while a writer commits ({written[0]} commits meanwhile)", busy)
        _line("restore (checks included)",
              [_timed(lambda: backups.restore(db, target)) for _ in range(RUNS)])
        _line("invariants of ghurfa check", [_timed(lambda: breaches(db)) for _ in range(RUNS)])
        db.dispose()


if __name__ == "__main__":
    main()
