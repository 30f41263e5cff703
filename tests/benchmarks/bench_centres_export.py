"""How fast the centres of a country export, workbook and letter, beside a bare openpyxl pass.

    python -m tests.benchmarks bench_centres_export

On the national demo set (8,000 centres, one shift): reading the centres with their facts and
coverage; the workbook through the documents engine (write-only, both sheets); the same rows
appended to a bare write-only openpyxl sheet, the floor a workbook cannot go below; and the
landscape centre-list letter.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import func, select

from desktop.demo import load_demo
from desktop.models import Centre, Shift
from desktop.services.actor import SYSTEM
from desktop.services.offices import OfficeInput, create_office
from desktop.storage.database import Database
from desktop.storage.migrations import upgrade
from reports import catalogue
from reports.documents.centres_excel import _centre_cells
from reports.documents.centres_record import read_record
from tests.benchmarks.bench_documents import _pages


def _world(folder: Path) -> tuple[Database, int, int]:
    db = Database(f"sqlite:///{folder / 'national.sqlite3'}")
    upgrade(db)
    load_demo(db, scale="national", seed=2010)
    with db.session() as session:
        create_office(session, SYSTEM, OfficeInput(
            "غ ع/و", "غرفة العمليات الوطنية", "جمهورية العراق\nوزارة الداخلية\nغرفة العمليات"))
    with db.reader() as session:
        shift = session.scalars(select(Shift).order_by(Shift.id).limit(1)).one()
        centres = session.scalar(select(func.count()).select_from(Centre))
        return db, shift.id, centres


def _timed(work) -> tuple[float, object]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="ghurfa-bench-") as name:
        folder = Path(name)
        db, shift_id, centres = _world(folder)
        kind = catalogue.get("centres")

        def read():
            with db.reader() as session:
                return read_record(session, None, shift_id, "ar")

        read(), read()  # the translation catalogues and the queries' caches, once
        seconds, record = _timed(read)
        print(f"{centres:,} centres read with their facts and coverage: {seconds:.2f} s")

        def build(fmt: str) -> Path:
            request = catalogue.BuildRequest(db=db, params={"shift": shift_id},
                                             output=folder / f"centres.{fmt}", fmt=fmt,
                                             copy=catalogue.SPECIMEN)
            return kind.build(request)

        ours, _ = _timed(lambda: build("xlsx"))
        rows = [_centre_cells(record, line) for line in record.lines]

        def bare() -> None:
            book = Workbook(write_only=True)
            sheet = book.create_sheet("centres")
            sheet.sheet_view.rightToLeft = True
            for row in rows:
                sheet.append(row)
            book.save(folder / "bare.xlsx")

        floor, _ = _timed(bare)
        print(f"workbook through the engine (read included, both sheets): {ours:.2f} s "
              f"({len(rows) / ours:,.0f} centres/s)")
        print(f"bare openpyxl write-only pass over the same rows (no read): {floor:.2f} s; "
              f"engine's writing alone ~{max(ours - seconds, 0.0):.2f} s")
        pdf_seconds, output = _timed(lambda: build("pdf"))
        pages = _pages(Path(output))
        print(f"centre-list letter: {pages} pages in {pdf_seconds:.2f} s "
              f"= {pages / pdf_seconds:.0f} pages/s")
        db.dispose()


if __name__ == "__main__":
    main()
