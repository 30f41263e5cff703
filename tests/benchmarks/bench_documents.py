"""How fast the documents engine prints and exports, beside the tools people would use instead.

    python -m tests.benchmarks documents

Each figure is measured in a process of its own, which prints its wall-clock and CPU seconds
and its own peak resident memory (VmHWM; LibreOffice's is its process tree's, from
``RUSAGE_CHILDREN``; LibreOffice's profile is made by an untimed first run):

- PDF: a 10,000-row roster-like table with Arabic names, against LibreOffice converting the
  same table from .xlsx (``soffice --headless --convert-to pdf``), and LibreOffice's start-up
  alone (a one-row sheet).
- The duty roster itself on the national demo set (8,000 centres, 60,000 people, some 105,000
  people on duty in nine shifts, built into a temporary SQLite file): its first centres'
  10,000 rows from the read record to the PDF, against LibreOffice converting the same cells
  from .xlsx; then the whole national roster (``ghurfa report roster``: read, laid out and
  written, official copy; goal 10 s and 500 MB), and the assignment orders of every unit of
  the set in one PDF (``ghurfa report orders -o FILE.pdf``) and one file per unit (``-o DIR``).
- Excel: 100,000 rows through ``reports.excel.write_table`` against xlsxwriter in
  constant-memory mode.

Ratios are taken within one run (the machine is shared: a busy neighbour slows both sides).

``GHURFA_BENCH_ROSTER=1`` runs only the duty roster's figures (its part beside LibreOffice and
the national roster), to iterate on them; ``GHURFA_BENCH_NATIONAL_DB=FILE`` builds the national
set into FILE once and reuses it on the next runs (a copy is printed from: a run draws numbers).
"""

from __future__ import annotations

import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

PDF_ROWS = 10_000
XLSX_ROWS = 100_000
FIRST = ["علي", "حسين", "محمد", "كاظم", "جعفر", "سعد", "عباس", "حيدر", "مصطفى", "عبد الكريم"]
RANKS = ["لواء", "عميد الركن", "عقيد", "مقدم", "رائد", "نقيب", "ملازم أول", "مفوض", "عريف"]
UNITS = ["قسم شرطة العمارة", "قسم شرطة المجر الكبير", "قسم شرطة علي الغربي", "اللواء ( 38 )"]
HEADERS = ["ت", "الرتبة", "الاسم", "الرقم الإحصائي", "الجهة", "المركز", "التاريخ", "الهاتف"]


def rows(count: int, seed: int = 2010) -> Iterator[list[object]]:
    rng = random.Random(seed)
    for i in range(1, count + 1):
        name = " ".join(rng.choice(FIRST) for _ in range(3))
        yield [i, rng.choice(RANKS), name, str(100000 + i), rng.choice(UNITS),
               f"مركز تسجيل الناخبين {rng.randint(1, 22)}", date(2010, 3, 7),
               f"0770{rng.randint(0, 9_999_999):07d}"]


def peak_mb() -> float:
    """This process's own peak resident memory in MB (ru_maxrss would count the parent's,
    which survives fork and exec on Linux)."""
    status = Path("/proc/self/status")
    if status.exists():
        found = re.search(r"^VmHWM:\s+(\d+) kB", status.read_text(), re.M)
        if found:
            return int(found.group(1)) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    found = re.search(r"^Pages:\s+(\d+)", info, re.M)
    return int(found.group(1)) if found else 0


_CHILD = {
    "reports": (
        "from reports.excel import XlsxColumn, write_table\n"
        "write_table(OUT, columns=[XlsxColumn(h, k) for h, k in zip(HEADERS, KINDS)],"
        " rows=rows(N), title='t', office='o', issued_on=date(2010, 2, 6))\n"
    ),
    "xlsxwriter": (
        "import xlsxwriter\n"
        "book = xlsxwriter.Workbook(str(OUT), {'constant_memory': True})\n"
        "sheet = book.add_worksheet(); sheet.right_to_left()\n"
        "day = book.add_format({'num_format': 'yyyy-mm-dd'})\n"
        "for c, h in enumerate(HEADERS): sheet.write_string(4, c, h)\n"
        "for r, row in enumerate(rows(N), 5):\n"
        "    for c, v in enumerate(row):\n"
        "        if isinstance(v, date): sheet.write_datetime(r, c, v, day)\n"
        "        elif isinstance(v, str): sheet.write_string(r, c, v)\n"
        "        else: sheet.write_number(r, c, v)\n"
        "book.close()\n"
    ),
}


def bench_excel(folder: Path, which: str) -> tuple[float, float]:
    """Seconds and peak resident memory (MB) of one writer in a fresh process."""
    code = (
        "import time\nfrom datetime import date\nfrom pathlib import Path\n"
        "from tests.benchmarks.bench_documents import HEADERS, peak_mb, rows\n"
        f"N = {XLSX_ROWS}\nOUT = Path({str(folder / (which + '.xlsx'))!r})\n"
        "KINDS = ['int', 'text', 'text', 'text', 'text', 'text', 'date', 'text']\n"
        "start = time.perf_counter()\n" + _CHILD[which] +
        "print(time.perf_counter() - start, peak_mb())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=Path(__file__).resolve().parents[2])
    seconds, peak = done.stdout.split()
    return float(seconds), float(peak)


# --- the PDF figures, each in a process of its own ------------------------------------------

ROSTER_ROWS = 10_000  # the national roster's first centres, for the comparison
NATIONAL_GOAL_S, NATIONAL_GOAL_MB = 10.0, 500.0
RATIO_GOAL, RATIO_AIM = 5.0, 10.0
TABLE_COLUMNS = (("ت", 0.5, True), ("الرتبة", 1.2, False), ("الاسم", 2.2, False),
                 ("الرقم الإحصائي", 1, True), ("الجهة", 2, False), ("المركز", 2, False),
                 ("التاريخ", 1, True), ("الهاتف", 1.2, True))


def _setup(wide: bool = False):
    from reports.pdf.page import Letterhead, PageSetup

    return PageSetup(Letterhead(("جمهورية العراق", "وزارة الداخلية", "قيادة شرطة ميسان")),
                     date(2010, 2, 6), "ق ش م/ع/1", wide=wide)


def _table_pdf(folder: Path) -> dict[str, object]:
    from reports.pdf.page import render
    from reports.pdf.table import Column, RtlTable

    data = [[*r[:6], "7/3/2010", r[7]] for r in rows(PDF_ROWS)]
    columns = [Column(h, w, "start", fit=fit) for h, w, fit in TABLE_COLUMNS]
    output = render(folder / "table.pdf", _setup(), [RtlTable(columns, data)])
    return {"pages": _pages(output)}


def _soffice(source: Path, folder: Path) -> dict[str, object]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice is not None
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{folder}/lo",
                    "--convert-to", "pdf", "--outdir", str(folder), str(source)],
                   capture_output=True, check=True, timeout=1800)
    used = resource.getrusage(resource.RUSAGE_CHILDREN)  # LibreOffice's process tree
    return {"pages": _pages(source.with_suffix(".pdf")), "peak_mb": used.ru_maxrss / 1024,
            "cpu": used.ru_utime + used.ru_stime}


def _xlsx(path: Path, headers: list[str], data: Iterator[list[object]] | list[list[object]],
          ) -> None:
    from reports.excel import XlsxColumn, write_table

    write_table(path, columns=[XlsxColumn(h) for h in headers], rows=data, title="roster",
                office="office", issued_on=date(2010, 2, 6))


def _record(db_url: str):
    from sqlalchemy import select

    from desktop.models import Election
    from desktop.storage.database import Database
    from reports.documents.duty_record import read_record

    db = Database(db_url)
    with db.reader() as session:
        election = session.scalars(select(Election.id).order_by(Election.id)).first()
        record = read_record(session, election)
    db.dispose()
    return record


def _first_centres(record):
    """The national roster's first centres (in print order) up to ROSTER_ROWS people."""
    from reports.documents.duty_record import DutyRecord

    chosen = []
    for _site, lines in record.by_site():
        if len(chosen) >= ROSTER_ROWS:
            break
        chosen += lines
    return DutyRecord(record.lang, record.election_id, record.election, None, None,
                      record.shifts, chosen)


def _roster_cells(record) -> tuple[list[str], list[list[object]]]:
    """The roster table's own cells (by centre), shift by shift and numbered as printed."""
    from reports.documents import roster
    from reports.documents.duty_record import by_shift

    headers = [c.title for c in roster._columns(record.lang, roster.BY_CENTRE)]
    cells: list[list[object]] = []
    for _site, lines in record.by_site():
        for _shift, in_shift in by_shift(lines):
            cells += [[n, line.rank, line.name, line.service_number, line.unit.name,
                       line.duty, line.vehicle, line.phone, ""]
                      for n, line in enumerate(in_shift, 1)]
    return headers, cells


def _roster_part(folder: Path, db_url: str) -> dict[str, object]:
    """Ours, from the record read to the PDF (the read is not timed: LibreOffice is given
    its file ready), with the collector waiting as every build through the catalogue has it;
    the workbook of the same cells is written for LibreOffice."""
    from desktop.collector import fewer_collections
    from reports.documents import roster

    part = _first_centres(_record(db_url))
    headers, cells = _roster_cells(part)
    _xlsx(folder / "lo_roster_part.xlsx", headers, cells)
    started, cpu = time.perf_counter(), time.process_time()
    with fewer_collections():
        output = roster.render_roster(folder / "roster_part.pdf", _setup(wide=True), part,
                                      roster.BY_CENTRE, [])
    return {"seconds": time.perf_counter() - started, "cpu": time.process_time() - cpu,
            "pages": _pages(output), "rows": len(part.lines)}


def _report(folder: Path, db_url: str, which: str) -> dict[str, object]:
    """``ghurfa report roster|orders`` as the command line builds it: the official copy."""
    from sqlalchemy import select

    from desktop.models import Election
    from desktop.storage.database import Database
    from reports import catalogue
    from reports.documents import orders

    db = Database(db_url)
    with db.reader() as session:
        election = session.scalars(select(Election.id).order_by(Election.id)).first()
    key = orders.KEY if which.startswith("orders") else "duty_roster"
    output = folder / ("orders" if which == "orders_files" else which)
    if which != "orders_files":
        output = output.with_suffix(".pdf")
    totals: list[int] = []  # the people on duty, as the build's progress counts them
    request = catalogue.BuildRequest(db=db, params={"election": election}, output=output,
                                     progress=lambda _done, total: totals.append(total))
    started, cpu = time.perf_counter(), time.process_time()
    if which == "orders_files":
        written = orders.build_files(request)
        result: dict[str, object] = {"files": len(written),
                                     "pages": sum(_pages(p) for p in written)}
    else:
        catalogue.make(catalogue.get(key), request)
        result = {"pages": _pages(output)}
    result.update(seconds=time.perf_counter() - started, cpu=time.process_time() - cpu)
    if totals:
        result["rows"] = totals[-1]
    db.dispose()
    return result


def child(task: str, folder: str, db_url: str = "") -> None:
    """Run one measured task and print its figures as JSON (the parent reads them)."""
    place = Path(folder)
    started, cpu = time.perf_counter(), time.process_time()
    if task == "table":
        result = _table_pdf(place)
    elif task == "lo_table":
        result = _soffice(place / "lo_table.xlsx", place)
    elif task == "lo_empty":
        result = _soffice(place / "lo_empty.xlsx", place)
    elif task == "roster_part":
        result = _roster_part(place, db_url)
    elif task == "lo_roster_part":
        result = _soffice(place / "lo_roster_part.xlsx", place)
    else:
        result = _report(place, db_url, task)
    result.setdefault("seconds", time.perf_counter() - started)
    result.setdefault("cpu", time.process_time() - cpu)
    result.setdefault("peak_mb", peak_mb())
    print(json.dumps(result))


def _run(task: str, folder: Path, db_url: str = "") -> dict[str, float]:
    code = ("from tests.benchmarks.bench_documents import child\n"
            f"child({task!r}, {str(folder)!r}, {db_url!r})\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[2], timeout=3600,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    if done.returncode:
        raise RuntimeError(f"{task} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _say(label: str, figures: dict[str, float]) -> None:
    extra = "".join(f", {figures[k]:,.0f} {k}" for k in ("rows", "files") if k in figures)
    print(f"   {label}: {figures['seconds']:.2f} s (CPU {figures['cpu']:.2f} s), "
          f"{figures['pages']:,.0f} pages{extra}, peak {figures['peak_mb']:.0f} MB", flush=True)


def _ratio(label: str, ours: dict[str, float], theirs: dict[str, float]) -> None:
    ratio = theirs["seconds"] / ours["seconds"]
    verdict = "aim met" if ratio >= RATIO_AIM else "goal met" if ratio >= RATIO_GOAL \
        else "GOAL MISSED"
    print(f"   {label}: ours is {ratio:.1f}x faster than LibreOffice "
          f"(goal >= {RATIO_GOAL:.0f}x, aim {RATIO_AIM:.0f}x: {verdict})", flush=True)


def _national(folder: Path) -> str:
    """The national set in a SQLite file of the run's folder: built, or copied from
    ``GHURFA_BENCH_NATIONAL_DB`` (which is built first if missing)."""
    from desktop.demo import load_demo
    from desktop.storage.database import Database
    from desktop.storage.migrations import upgrade

    kept = os.environ.get("GHURFA_BENCH_NATIONAL_DB")
    target = folder / "national.sqlite3"
    source = Path(kept) if kept else target
    if not source.exists():
        db = Database(f"sqlite:///{source}")
        started = time.perf_counter()
        upgrade(db)
        load_demo(db, scale="national")
        db.dispose()
        print(f"   national set built in {time.perf_counter() - started:.1f} s", flush=True)
    if source != target:
        shutil.copyfile(source, target)
    return f"sqlite:///{target}"


def _pdf_figures(folder: Path, roster_only: bool = False) -> None:
    lo = shutil.which("soffice") or shutil.which("libreoffice")
    print(f"   load average at the start: {os.getloadavg()[0]:.2f}", flush=True)
    if roster_only:
        if lo is not None:
            _xlsx(folder / "lo_empty.xlsx", HEADERS, list(rows(1)))
            _run("lo_empty", folder)  # its profile made once, before anything is timed
        _roster_figures(folder, lo)
        return
    table = _run("table", folder)
    _say(f"table engine, {PDF_ROWS:,} roster-like rows", table)
    if lo is None:
        print("   LibreOffice: skipped (soffice is not installed)")
    else:
        _xlsx(folder / "lo_table.xlsx", HEADERS, rows(PDF_ROWS))
        _xlsx(folder / "lo_empty.xlsx", HEADERS, list(rows(1)))
        _run("lo_empty", folder)  # its profile made once, before anything is timed
        theirs = _run("lo_table", folder)
        _say("LibreOffice xlsx -> PDF, the same rows", theirs)
        _ratio("roster-like table", table, theirs)
        _say("LibreOffice's start-up alone (a one-row sheet)", _run("lo_empty", folder))
    _roster_figures(folder, lo)
    db_url = f"sqlite:///{folder / 'national.sqlite3'}"
    _say("assignment orders of every unit, one PDF", _run("orders", folder, db_url))
    _say("assignment orders, one PDF per unit", _run("orders_files", folder, db_url))
    print(f"   load average at the end: {os.getloadavg()[0]:.2f}", flush=True)


def _roster_figures(folder: Path, lo: str | None) -> None:
    db_url = _national(folder)
    part = _run("roster_part", folder, db_url)
    _say(f"duty roster, the national set's first centres ({part['rows']:,} rows), "
         "record to PDF", part)
    if lo is not None:
        theirs = _run("lo_roster_part", folder, db_url)
        _say("LibreOffice xlsx -> PDF, the same cells", theirs)
        _ratio("duty roster", part, theirs)
    national = _run("roster", folder, db_url)
    met = national["seconds"] <= NATIONAL_GOAL_S and national["peak_mb"] <= NATIONAL_GOAL_MB
    _say("national duty roster (ghurfa report roster, official copy)", national)
    print(f"   national roster goal <= {NATIONAL_GOAL_S:.0f} s and <= {NATIONAL_GOAL_MB:.0f} MB: "
          f"{'met' if met else 'MISSED'}", flush=True)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="ghurfa-bench-") as name:
        folder = Path(name)
        if os.environ.get("GHURFA_BENCH_ROSTER"):
            _pdf_figures(folder, roster_only=True)
            print(f"   load average at the end: {os.getloadavg()[0]:.2f}", flush=True)
            return
        _pdf_figures(folder)
        ours, ours_peak = bench_excel(folder, "reports")
        floor, floor_peak = bench_excel(folder, "xlsxwriter")
        print(f"   Excel, {XLSX_ROWS:,} rows: reports.excel {ours:.2f} s "
              f"({XLSX_ROWS / ours:,.0f} rows/s, peak {ours_peak:.0f} MB)")
        print(f"   Excel, {XLSX_ROWS:,} rows: xlsxwriter constant_memory {floor:.2f} s "
              f"({XLSX_ROWS / floor:,.0f} rows/s, peak {floor_peak:.0f} MB)")
        print(f"   reports.excel / xlsxwriter = {ours / floor:.2f} (goal <= 1.2); "
              f"peak memory goal < 200 MB")


if __name__ == "__main__":
    main()
