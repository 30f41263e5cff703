"""How long the synthetic national demo set takes to build, on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from desktop.demo import load_demo
from desktop.storage.database import Database
from desktop.storage.migrations import upgrade


def _measure(db: Database, label: str) -> None:
    upgrade(db)
    started = time.perf_counter()
    counts = load_demo(db, scale="national")
    elapsed = time.perf_counter() - started
    print(f"   {label}: national demo set in {elapsed:.1f} s "
          f"({counts['centres']} centres, {counts['people']} people, "
          f"{counts['assignments']} assignments)", flush=True)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{Path(folder) / 'national.sqlite3'}")
        try:
            _measure(db, "SQLite")
        finally:
            db.dispose()
    base = os.environ.get("GHURFA_TEST_PG_URL")
    if not base:
        print("   PostgreSQL: skipped (set GHURFA_TEST_PG_URL)")
        return
    url = make_url(base)
    name = f"ghurfa_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        db = Database(url.set(database=name).render_as_string(hide_password=False))
        try:
            _measure(db, "PostgreSQL")
        finally:
            db.dispose()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
