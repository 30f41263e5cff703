"""The audit trail's cost: appending entries, and ``verify`` walking the chain.

    python -m tests.benchmarks bench_audit

On a fresh SQLite file (and on PostgreSQL when ``GHURFA_TEST_PG_URL`` names a server: a
database of its own, dropped after): units of work of one entry each (what an edit costs the
trail), one unit of ``BULK`` entries written as an import writes them, one unit flushing each
of ``FLUSHED`` entries apart (as the fill's acceptance does), then ``verify`` over all of it.
Prints the median and the 90th percentile of a one-entry unit, and the totals.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
import uuid
from pathlib import Path

UNITS = 300
BULK = 20_000
FLUSHED = 5_000


def _run(url: str, label: str) -> None:
    from desktop.services import audit, audit_chain
    from desktop.services.actor import SYSTEM
    from desktop.storage.database import Database

    db = Database.open(url)
    try:
        times = []
        for index in range(UNITS):
            start = time.perf_counter()
            with db.session() as session:
                audit.record(session, SYSTEM, "note", entity="bench", entity_id=index,
                             changes={"n": [index, index + 1]})
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        print(f"{label}: one-entry unit  median {statistics.median(times):.2f} ms   "
              f"p90 {times[int(len(times) * 0.9) - 1]:.2f} ms   ({UNITS} units)")
        start = time.perf_counter()
        with db.session() as session:
            audit.record_many(session, SYSTEM, "create", "bench", list(range(BULK)),
                              ['{"code": [null, "X"]}'] * BULK)
        print(f"{label}: {BULK:,} entries in one INSERT  {time.perf_counter() - start:.2f} s")
        start = time.perf_counter()
        with db.session() as session:
            for index in range(FLUSHED):
                audit.record(session, SYSTEM, "note", entity="bench", entity_id=index)
                session.flush()
        elapsed = time.perf_counter() - start
        print(f"{label}: {FLUSHED:,} entries flushed one by one  {elapsed:.2f} s "
              f"({elapsed / FLUSHED * 1000:.2f} ms each)")
        with db.reader() as session:
            total = audit_chain.count(session)
            start = time.perf_counter()
            broken = audit_chain.verify(session)
            elapsed = time.perf_counter() - start
        print(f"{label}: verify {total:,} entries  {elapsed:.2f} s "
              f"({total / elapsed:,.0f} a second), broken: {broken}")
    finally:
        db.dispose()


def main() -> None:
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as folder:
        _run(f"sqlite:///{Path(folder) / 'bench.sqlite3'}", "SQLite")
    base = os.environ.get("GHURFA_TEST_PG_URL")
    if not base:
        print("PostgreSQL: skipped (GHURFA_TEST_PG_URL is not set)")
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    url = make_url(base)
    name = f"ghurfa_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        _run(url.set(database=name).render_as_string(hide_password=False), "PostgreSQL")
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
