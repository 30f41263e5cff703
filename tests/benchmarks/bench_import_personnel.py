"""Importing a personnel sheet of 5,000 and of 20,000 rows into a fresh SQLite database,
beside a bare openpyxl read-only pass over the same file in the same run (as the centres'
benchmark does): the first import (every person created), the same sheet again (nothing to
write), and a sheet with one person in ten edited. Each figure is the median of three fresh
runs; all three are printed, with each one's ratio to the openpyxl pass and the process's
peak resident memory (ru_maxrss: tracemalloc would slow the import twofold and more).

    python -m tests.benchmarks import_personnel [ROWS ...]
"""

from __future__ import annotations

import resource
import shutil
import statistics
import sys
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
from tests.benchmarks.bench_import import fresh_database, openpyxl_pass, timed

SIZES = (5_000, 20_000)
RUNS = 3
HEADER = ["الرقم الإحصائي", "الاسم الثلاثي", "الرتبة", "الجهة", "المنصب", "الهاتف"]
RANKS = [("عميد", "Brigadier"), ("عقيد", "Colonel"), ("مقدم", "Lieutenant Colonel"),
         ("رائد", "Major"), ("نقيب", "Captain"), ("ملازم أول", "First Lieutenant")]
UNITS = [f"قسم شرطة {i}" for i in range(1, 7)]


def _sheet(path: Path, rows: int, edited: bool = False) -> Path:
    book = Workbook()
    page = book.active
    page.append(HEADER)
    for i in range(rows):
        rank = RANKS[i % len(RANKS)][i % 2]  # Arabic and English in turn
        phone = f"0770{i:07d}" if not (edited and i % 10 == 0) else f"0780{i:07d}"
        page.append([f"{i:07d}", f"منتسب رقم {i}", rank, UNITS[i % len(UNITS)], "ضابط قاطع",
                     phone])
    book.save(path)
    return path


def _template(folder: Path) -> Path:
    file = folder / "template.sqlite3"
    db = Database(f"sqlite:///{file}")
    upgrade(db)
    with db.session() as session:
        for seniority, (ar, en) in enumerate(RANKS, start=1):
            add_rank(session, SYSTEM, ar, seniority, name_en=en)
        for unit in UNITS:
            create_organisation(session, SYSTEM, OrganisationInput(unit,
                                                                   OrganisationKind.SECTION))
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return file


def _figures(label: str, times: list[float], bare: list[float]) -> None:
    ratios = [t / b for t, b in zip(times, bare, strict=True)]
    print(f"   {label}: median {statistics.median(times):.2f} s, "
          f"{statistics.median(ratios):.2f}x the openpyxl pass "
          f"(runs: {', '.join(f'{t:.2f} s {r:.2f}x' for t, r in zip(times, ratios, strict=True))})",
          flush=True)


def _size(folder: Path, template: Path, rows: int) -> None:
    sheet = _sheet(folder / f"p{rows}.xlsx", rows)
    edited = _sheet(folder / f"e{rows}.xlsx", rows, edited=True)
    print(f"   sheet: {rows} rows, {sheet.stat().st_size // 1024} KB", flush=True)
    bare, first, again, changed = [], [], [], []
    for run in range(RUNS):
        # the pass beside each run, so a burst of load on the shared machine meets both
        bare.append(timed(lambda: openpyxl_pass(sheet)))
        db = fresh_database(template, folder, f"run{rows}-{run}")
        try:
            started = time.perf_counter()
            result = import_personnel(db, SYSTEM, sheet)
            first.append(time.perf_counter() - started)
            assert result.created == rows and not result.rejected, result.as_json()
            started = time.perf_counter()
            repeat = import_personnel(db, SYSTEM, sheet)
            again.append(time.perf_counter() - started)
            assert repeat.unchanged == rows and not repeat.written
            started = time.perf_counter()
            assert import_personnel(db, SYSTEM, edited).updated == rows // 10
            changed.append(time.perf_counter() - started)
        finally:
            db.dispose()
    print(f"   openpyxl read-only pass: median {statistics.median(bare):.2f} s "
          f"(runs: {', '.join(f'{t:.2f}' for t in bare)})", flush=True)
    _figures("first import (all created)", first, bare)
    _figures("the same sheet again (nothing written)", again, bare)
    _figures("one in ten edited", changed, bare)


def main(sizes: tuple[int, ...] = SIZES) -> None:
    folder = Path(tempfile.mkdtemp(prefix="ghurfa-bench-personnel-"))
    try:
        template = _template(folder)
        for rows in sizes:
            _size(folder, template, rows)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"   peak resident memory of the process: {peak:.0f} MB", flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main(tuple(int(arg) for arg in sys.argv[1:]) or SIZES)
