"""How long the checks on a file from outside take: a good 10,000-row centres sheet opened
and read (the checks before parsing, the parse, the cells' length check), and how soon each
hostile file of tests/desktop/hostile_files.py is refused. Each figure is the median of three
runs; all three are printed.

    python -m tests.benchmarks hostile
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from desktop.imports import opening, reading
from desktop.services.errors import DomainError
from tests.desktop import hostile_files
from tests.desktop.import_sheets import centre, workbook

RUNS = 3
ROWS = 10_000


def _timed(action: Callable[[], object]) -> list[float]:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return times


def _say(label: str, times: list[float]) -> None:
    shown = ", ".join(f"{t * 1000:.0f}" for t in times)
    print(f"   {label:<40} {statistics.median(times) * 1000:7.0f} ms  ({shown})", flush=True)


def _refused(path: Path) -> Callable[[], None]:
    def run() -> None:
        try:
            source = opening.open_checked(path)
            for _table in reading.tables(source):
                pass
        except DomainError:
            return
        raise AssertionError(f"{path.name} was not refused")

    return run


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="ghurfa-bench-hostile-"))
    try:
        good = workbook(folder / "good.xlsx",
                        [centre(f"{n:05d}", f"مدرسة رقم {n}") for n in range(1, ROWS + 1)])
        source = opening.open_checked(good)
        _say("good sheet: checks before parsing", _timed(lambda: opening.open_checked(good)))
        rows = next(reading.tables(source)).rows
        _say("good sheet: parse and cell lengths", _timed(lambda: list(reading.tables(source))))
        _say("good sheet: cell lengths alone",
             _timed(lambda: reading._refuse_huge_cells("good.xlsx", rows)))
        for name, (maker, _words) in hostile_files.CORPUS.items():
            started = time.perf_counter()
            path = maker(folder)
            made = time.perf_counter() - started
            _say(f"refused: {name}", _timed(_refused(path)))
            print(f"   {'':<40} (made in {made * 1000:.0f} ms, "
                  f"{path.stat().st_size / 2**20:.1f} MB on disk)", flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
