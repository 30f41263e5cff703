"""Importing a governorate's 10,000-row centres sheet into a fresh SQLite database, beside a
bare openpyxl read-only pass over the same file in the same run (goal: the import within 2x
that pass). Also the re-import of the same sheet (nothing to write) and python-calamine's read
alone, the reader the import uses. Each figure is the median of three; all three are printed.

    python -m tests.benchmarks import
"""

from __future__ import annotations

import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from openpyxl import Workbook, load_workbook

from desktop.imports import import_centres
from desktop.services.actor import SYSTEM
from desktop.services.elections import ElectionInput, create_election
from desktop.services.sites import SectorInput, create_sector
from desktop.storage.database import Database
from desktop.storage.migrations import upgrade

ROWS = 10_000
RUNS = 3
HEADER = ["رقم المركز", "اسم المركز", "المحافظة", "القضاء", "الناحية", "عدد المحطات",
          "عدد الناخبين", "خط العرض", "خط الطول", "القاطع", "درجة الخطورة", "نوع المركز"]
RISKS = ["منخفض", "متوسطة", "عالية", "حرج"]
INDIC = str.maketrans("0123456789.", "٠١٢٣٤٥٦٧٨٩٫")
SECTORS = [f"قاطع شرطة {i}" for i in range(1, 21)]


def write_sheet(path: Path) -> None:
    """Title rows, then a row per centre as a commission office writes it: codes with
    leading zeros, one row in five with Arabic-Indic digits, three levels of areas."""
    rng = random.Random(2010)
    book = Workbook()
    sheet = book.active
    sheet.title = "مراكز ميسان"
    for title in (["المفوضية العليا المستقلة للانتخابات"], ["مكتب ميسان الانتخابي"], []):
        sheet.append(title)
    sheet.append(HEADER)
    for i in range(ROWS):
        stations, voters = rng.randint(1, 14), rng.randint(300, 6000)
        lat, lon = round(31 + rng.random(), 5), round(46.5 + rng.random(), 5)
        district = i % 6
        numbers = [stations, voters, lat, lon]
        if i % 5 == 0:
            numbers = [str(value).translate(INDIC) for value in numbers]
        sheet.append([f"{i + 1:06d}", f"مدرسة الشهيد {i + 1} الابتدائية", "ميسان",
                      f"قضاء {district}", f"ناحية {district}-{i % 5}", *numbers,
                      SECTORS[i % len(SECTORS)], RISKS[rng.randrange(4)], "اقتراع"])
    book.save(path)


def fresh_database(template: Path, folder: Path, name: str) -> Database:
    file = folder / f"{name}.sqlite3"
    shutil.copy(template, file)
    return Database(f"sqlite:///{file}")


def make_template(folder: Path) -> Path:
    file = folder / "template.sqlite3"
    db = Database(f"sqlite:///{file}")
    upgrade(db)
    with db.session() as session:
        create_election(session, SYSTEM, ElectionInput(
            "انتخابات مجلس النواب", "parliamentary", date(2025, 11, 11)))
        for name in SECTORS:
            create_sector(session, SYSTEM, SectorInput(name))
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return file


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def openpyxl_pass(path: Path) -> int:
    book = load_workbook(path, read_only=True, data_only=True)
    try:
        return sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
    finally:
        book.close()


def calamine_read(path: Path) -> int:
    from python_calamine import CalamineWorkbook

    return len(CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python())


def _figures(label: str, values: list[float]) -> float:
    median = statistics.median(values)
    shown = ", ".join(f"{value:.2f}" for value in values)
    print(f"   {label}: {median:.2f} s (runs: {shown})", flush=True)
    return median


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        sheet = folder / "maysan.xlsx"
        write_sheet(sheet)
        template = make_template(folder)
        print(f"   sheet: {ROWS} rows, {sheet.stat().st_size // 1024} KB", flush=True)
        bare = _figures("openpyxl read-only pass", [timed(lambda: openpyxl_pass(sheet))
                                                    for _ in range(RUNS)])
        _figures("python-calamine read", [timed(lambda: calamine_read(sheet))
                                          for _ in range(RUNS)])
        first, again = [], []
        for run in range(RUNS):
            db = fresh_database(template, folder, f"run{run}")
            try:
                started = time.perf_counter()
                result = import_centres(db, SYSTEM, sheet)
                first.append(time.perf_counter() - started)
                started = time.perf_counter()
                repeat = import_centres(db, SYSTEM, sheet)
                again.append(time.perf_counter() - started)
            finally:
                db.dispose()
            assert result.created == ROWS and not result.rejected, result.rejected[:3]
            assert repeat.unchanged == ROWS and not repeat.written
        imported = _figures("import into a fresh database", first)
        _figures("the same sheet again (nothing to write)", again)
        print(f"   ratio import / openpyxl pass: {imported / bare:.2f} (goal <= 2)", flush=True)


if __name__ == "__main__":
    main()
