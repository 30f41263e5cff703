"""How fast the documents engine prints and exports, beside the tools people would use instead.

    python -m tests.benchmarks.bench_documents

PDF: a 10,000-row roster table with Arabic names, against LibreOffice converting the same
table from .xlsx. Excel: 100,000 rows through ``reports.excel.write_table`` against xlsxwriter
in constant-memory mode, each in its own process so peak memory is its own.
"""

from __future__ import annotations

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


def bench_pdf(folder: Path) -> tuple[float, int]:
    from reports.pdf.page import Letterhead, PageSetup, render
    from reports.pdf.table import Column, RtlTable

    data = [[*r[:6], "7/3/2010", r[7]] for r in rows(PDF_ROWS)]
    columns = [Column(h, w, "start", fit=h in ("ت", "الرقم الإحصائي", "التاريخ", "الهاتف"))
               for h, w in zip(HEADERS, (0.5, 1.2, 2.2, 1, 2, 2, 1, 1.2), strict=True)]
    setup = PageSetup(Letterhead(("جمهورية العراق", "وزارة الداخلية", "قيادة شرطة ميسان")),
                      date(2010, 2, 6), "ق ش م/ع/1")
    start = time.perf_counter()
    output = render(folder / "roster.pdf", setup, [RtlTable(columns, data)])
    return time.perf_counter() - start, _pages(output)


def bench_libreoffice(folder: Path) -> tuple[float, int] | str:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return "soffice is not installed"
    from reports.excel import XlsxColumn, write_table

    source = folder / "lo_roster.xlsx"
    write_table(source, columns=[XlsxColumn(h) for h in HEADERS], rows=rows(PDF_ROWS),
                title="roster", office="office", issued_on=date(2010, 2, 6))
    start = time.perf_counter()
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{folder}/lo",
                    "--convert-to", "pdf", "--outdir", str(folder), str(source)],
                   capture_output=True, check=True, timeout=1800)
    return time.perf_counter() - start, _pages(folder / "lo_roster.pdf")


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


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="ghurfa-bench-") as name:
        folder = Path(name)
        seconds, pages = bench_pdf(folder)
        print(f"PDF table, {PDF_ROWS:,} rows: {pages} pages in {seconds:.2f} s "
              f"= {pages / seconds:.1f} pages/s")
        lo = bench_libreoffice(folder)
        if isinstance(lo, str):
            print(f"LibreOffice xlsx -> PDF: skipped ({lo})")
        else:
            lo_seconds, lo_pages = lo
            print(f"LibreOffice xlsx -> PDF, same rows: {lo_pages} pages in {lo_seconds:.2f} s "
                  f"= {lo_pages / lo_seconds:.1f} pages/s; ours is {lo_seconds / seconds:.1f}x "
                  f"faster (goal >= 5x)")
        ours, ours_peak = bench_excel(folder, "reports")
        floor, floor_peak = bench_excel(folder, "xlsxwriter")
        print(f"Excel, {XLSX_ROWS:,} rows: reports.excel {ours:.2f} s "
              f"({XLSX_ROWS / ours:,.0f} rows/s, peak {ours_peak:.0f} MB)")
        print(f"Excel, {XLSX_ROWS:,} rows: xlsxwriter constant_memory {floor:.2f} s "
              f"({XLSX_ROWS / floor:,.0f} rows/s, peak {floor_peak:.0f} MB)")
        print(f"reports.excel / xlsxwriter = {ours / floor:.2f} (goal <= 1.2); "
              f"peak memory goal < 200 MB")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"(this process, PDF included: peak {peak:.0f} MB)")


if __name__ == "__main__":
    main()
