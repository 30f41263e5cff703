"""Importing a 5,000-row personnel sheet into a fresh SQLite database through the people
services: the first import (every person created), the same sheet again (nothing to write),
and a sheet with one person in ten edited. Each figure is the median of three fresh runs; all
three are printed, with the process's peak resident memory (ru_maxrss: tracemalloc would
slow the import twofold and more).

    python -m tests.benchmarks import_personnel
"""

from __future__ import annotations

import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

from desktop.imports.personnel import import_personnel
from desktop.models import OrganisationKind
from desktop.services.actor import SYSTEM
from desktop.services.organisations import OrganisationInput, create_organisation
from desktop.services.people import add_rank
from desktop.storage.database import Database
from desktop.storage.migrations import upgrade

ROWS = 5_000
RUNS = 3
HEADER = ["الرقم الإحصائي", "الاسم الثلاثي", "الرتبة", "الجهة", "المنصب", "الهاتف"]
RANKS = [("عميد", "Brigadier"), ("عقيد", "Colonel"), ("مقدم", "Lieutenant Colonel"),
         ("رائد", "Major"), ("نقيب", "Captain"), ("ملازم أول", "First Lieutenant")]
UNITS = [f"قسم شرطة {i}" for i in range(1, 7)]


def _sheet(path: Path, edited: bool = False) -> Path:
    book = Workbook()
    page = book.active
    page.append(HEADER)
    for i in range(ROWS):
        rank = RANKS[i % len(RANKS)][i % 2]  # Arabic and English in turn
        phone = f"0770{i:07d}" if not (edited and i % 10 == 0) else f"0780{i:07d}"
        page.append([f"{i:07d}", f"منتسب رقم {i}", rank, UNITS[i % len(UNITS)], "ضابط قاطع",
                     phone])
    book.save(path)
    return path


def _database(folder: Path) -> Database:
    db = Database(f"sqlite:///{folder / 'room.sqlite3'}")
    upgrade(db)
    with db.session() as session:
        for seniority, (ar, en) in enumerate(RANKS, start=1):
            add_rank(session, SYSTEM, ar, seniority, name_en=en)
        for unit in UNITS:
            create_organisation(session, SYSTEM, OrganisationInput(unit,
                                                                   OrganisationKind.SECTION))
    return db


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="ghurfa-bench-personnel-"))
    try:
        sheet, edited = _sheet(folder / "p.xlsx"), _sheet(folder / "e.xlsx", edited=True)
        first, again, changed, peaks = [], [], [], []
        for run in range(RUNS):
            place = folder / f"run{run}"
            place.mkdir()
            db = _database(place)
            started = time.perf_counter()
            result = import_personnel(db, SYSTEM, sheet)
            first.append(time.perf_counter() - started)
            peaks.append(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
            assert result.created == ROWS and not result.rejected, result.as_json()
            started = time.perf_counter()
            assert import_personnel(db, SYSTEM, sheet).unchanged == ROWS
            again.append(time.perf_counter() - started)
            started = time.perf_counter()
            assert import_personnel(db, SYSTEM, edited).updated == ROWS // 10
            changed.append(time.perf_counter() - started)
            db.dispose()
        for name, times in (("first import (all created)", first),
                            ("same sheet again (nothing written)", again),
                            ("one in ten edited", changed)):
            print(f"   {name}, {ROWS} rows: median {statistics.median(times):.2f} s "
                  f"(runs: {', '.join(f'{t:.2f}' for t in times)})")
        print(f"   peak resident memory of the process: {max(peaks):.0f} MB")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
