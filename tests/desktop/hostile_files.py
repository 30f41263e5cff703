"""A corpus of hostile files, made when a test asks for one rather than kept in the tree.

Each maker writes one file into a folder and returns its path. The workbooks are written part
by part with ``zipfile`` (openpyxl would refuse to write most of them), so each holds exactly
the trap it is named for; the big ones are made from repeated or random text in a second or
less, and compress well, so no huge file is committed or kept. ``CORPUS`` names each maker with
a few words of the refusal every import must give it; ``HANDLED`` are files read safely (a
formula is its text, a bidi mark is stripped, a declared size is not believed).
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from xml.sax.saxutils import escape

from desktop.imports.header import column_letter
from tests.desktop.import_sheets import HEADER, compound_file

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_SHEET_TYPE = _REL + "/worksheet"
_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

ROW = ["00901", "مدرسة الاختبار", "ميسان", "العمارة", "", "4", "2500", "31.84", "47.15",
       "متوسط", "اقتراع"]


def cell(ref: str, value: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(value)}</t></is></c>'


def row(number: int, values: Iterable[str]) -> str:
    cells = "".join(cell(f"{column_letter(i)}{number}", v) for i, v in enumerate(values) if v != "")
    return f'<row r="{number}">{cells}</row>'


def sheet_xml(rows: Iterable[str], *, prolog: str = "", dimension: str | None = None) -> bytes:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (f'{_XML}{prolog}<worksheet xmlns="{_MAIN}">{dim}<sheetData>'
            f'{"".join(rows)}</sheetData></worksheet>').encode()


def good_rows(*data: list[str]) -> list[str]:
    return [row(1, HEADER), *(row(n, values) for n, values in enumerate(data or [ROW], 2))]


def xlsx(path: Path, sheet: bytes | Callable[[], Iterable[bytes]], *,
         extra: dict[str, bytes] | None = None, level: int = 6) -> Path:
    """A workbook of one sheet ``sheet`` (bytes, or a maker of chunks written as they come)."""
    parts = {
        "[Content_Types].xml": (
            f'{_XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats'
            '-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/'
            'sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'spreadsheetml.worksheet+xml"/></Types>').encode(),
        "_rels/.rels": (f'{_XML}<Relationships xmlns="{_PKG}"><Relationship Id="rId1" Type="'
                        f'{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
                        ).encode(),
        "xl/workbook.xml": (f'{_XML}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets><sheet '
                            'name="المراكز" sheetId="1" r:id="rId1"/></sheets></workbook>'
                            ).encode(),
        "xl/_rels/workbook.xml.rels": (
            f'{_XML}<Relationships xmlns="{_PKG}"><Relationship Id="rId1" Type="{_SHEET_TYPE}" '
            'Target="worksheets/sheet1.xml"/></Relationships>').encode(),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
        if callable(sheet):
            with archive.open("xl/worksheets/sheet1.xml", "w") as out:
                for chunk in sheet():
                    out.write(chunk)
        else:
            archive.writestr("xl/worksheets/sheet1.xml", sheet)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path


# -- the files every import refuses ------------------------------------------------------------

def zip_bomb(folder: Path) -> Path:
    """A sheet of 40 MB of blanks between its rows: some 40 KB packed, a thousand to one."""
    rows = good_rows()
    return xlsx(folder / "bomb.xlsx",
                lambda: [sheet_xml(rows[:1]), b" " * (40 * 1024 * 1024), sheet_xml(rows[1:])],
                level=9)


_LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
           + "".join(f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'
                     for n in range(1, 10))
           + "]>")


def billion_laughs(folder: Path) -> Path:
    """Nine levels of ten entities each: a billion «lol» once expanded, in the name's cell."""
    rows = [row(1, HEADER), row(2, ROW).replace(ROW[1], "&lol9;")]
    return xlsx(folder / "laughs.xlsx", sheet_xml(rows, prolog=_LAUGHS))


def billion_laughs_late(folder: Path) -> Path:
    """The same declaration behind 10 KB of comment, past where a document type is looked
    for when only the head of a part is read."""
    prolog = "<!--" + " " * 10_240 + "-->" + _LAUGHS
    rows = [row(1, HEADER), row(2, ROW).replace(ROW[1], "&lol9;")]
    return xlsx(folder / "laughs-late.xlsx", sheet_xml(rows, prolog=prolog))


def external_entity(folder: Path) -> Path:
    """An entity that would read a file of the machine into a cell."""
    prolog = '<!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
    strings = (f'{_XML}{prolog}<sst xmlns="{_MAIN}" count="1" uniqueCount="1"><si><t>&secret;'
               '</t></si></sst>').encode()
    return xlsx(folder / "xxe.xlsx", sheet_xml(good_rows()),
                extra={"xl/sharedStrings.xml": strings})


BIG_CELL_CHARS = 50 * 1024 * 1024


def big_cell(folder: Path) -> Path:
    """A 50 MB name: random hexadecimal, so it packs only two to one and is no zip bomb."""
    value = os.urandom(BIG_CELL_CHARS // 2).hex()
    head = sheet_xml([row(1, HEADER)]).split(b"</sheetData>")[0]
    return xlsx(folder / "big-cell.xlsx", lambda: [
        head, b'<row r="2"><c r="A2" t="inlineStr"><is><t>00901</t></is></c>'
        b'<c r="B2" t="inlineStr"><is><t>', value.encode(), b"</t></is></c></row>",
        b"</sheetData></worksheet>"], level=1)


def big_cell_csv(folder: Path) -> Path:
    path = folder / "big-cell.csv"
    with path.open("wb") as out:
        out.write(",".join(HEADER).encode() + b"\r\n00901,")
        out.write(b"x" * BIG_CELL_CHARS)
        out.write(b"\r\n")
    return path


ALL_ROWS = 1_048_576


def million_rows(folder: Path) -> Path:
    """Every row Excel has, each with its code: 1,048,576 real rows."""

    def chunks() -> Iterable[bytes]:
        yield sheet_xml([row(1, HEADER)]).split(b"</sheetData>")[0]
        step = 65_536
        for start in range(2, ALL_ROWS + 1, step):
            yield "".join(f'<row r="{n}"><c r="A{n}"><v>{n}</v></c></row>'
                          for n in range(start, min(start + step, ALL_ROWS + 1))).encode()
        yield b"</sheetData></worksheet>"

    return xlsx(folder / "million.xlsx", chunks, level=1)


def last_row(folder: Path) -> Path:
    """A header, and one cell in the sheet's very last row: eleven million cells laid out."""
    return xlsx(folder / "last-row.xlsx",
                sheet_xml([row(1, HEADER), row(ALL_ROWS, ["00901"])]))


def renamed_pdf(folder: Path) -> Path:
    path = folder / "centres.xlsx"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
                     b"trailer\n<< /Root 1 0 R >>\n%%EOF\n")
    return path


def text_pdf(folder: Path) -> Path:
    """A PDF of plain ASCII, which a text check alone would read as CSV."""
    path = folder / "centres.csv"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n")
    return path


def encrypted(folder: Path) -> Path:
    path = folder / "protected.xlsx"
    path.write_bytes(compound_file("EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"))
    return path


def csv_with_nul(folder: Path) -> Path:
    """A CSV with a NUL in a cell, far into the file (past any first look at its head)."""
    path = folder / "nul.csv"
    lines = [",".join(HEADER)] + [",".join([f"{n:05d}", *ROW[1:]]) for n in range(1, 200)]
    lines[150] = lines[150].replace("مدرسة", "مدر\x00سة")
    path.write_bytes("\r\n".join(lines).encode())
    return path


def csv_with_nul_early(folder: Path) -> Path:
    path = folder / "nul-early.csv"
    text = ",".join(HEADER) + "\r\n" + ",".join(ROW).replace("مدرسة", "مدر\x00سة") + "\r\n"
    path.write_bytes(text.encode())
    return path


def bidi_file_name(folder: Path) -> Path:
    """A good workbook whose name reads «…xlsx.exe» backwards: «centres‮exe.xlsx»."""
    return xlsx(folder / "centres\u202eexe.xlsx", sheet_xml(good_rows()))


CORPUS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "zip bomb": (zip_bomb, "zip bomb"),
    "billion laughs": (billion_laughs, "document type"),
    "billion laughs behind a comment": (billion_laughs_late, "document type"),
    "external entity": (external_entity, "document type"),
    "50 MB cell": (big_cell, "Excel holds at most 32767 in a cell"),
    "50 MB cell in CSV": (big_cell_csv, "cannot be read as CSV"),
    "1,048,576 rows": (million_rows, "has 1048576 rows; at most 200000"),
    "a cell in the last row": (last_row, "spans 1048576 rows"),
    "renamed PDF": (renamed_pdf, "is a PDF document, not a workbook"),
    "plain-text PDF": (text_pdf, "is a PDF document, not a workbook"),
    "encrypted workbook": (encrypted, "protected with a password"),
    "CSV with a NUL": (csv_with_nul, "NUL characters"),
    "CSV with a NUL in its head": (csv_with_nul_early, "NUL characters"),
    "bidi controls in the file's name": (bidi_file_name, "invisible direction marks"),
}


# -- the files read safely ---------------------------------------------------------------------

FORMULA_CACHED = "مدرسة الصيغة"
FORMULA_TEXT = "=cmd|' /C calc'!A0"


def formulas(folder: Path) -> Path:
    """A name that is a formula (its cached value is what Excel showed) and one that is text
    beginning with «=», as a CSV injection writes it."""
    formula_row = row(2, ROW).replace(
        cell("B2", ROW[1]),
        '<c r="B2" t="str"><f>HYPERLINK("http://example.invalid/","x")</f>'
        f"<v>{FORMULA_CACHED}</v></c>")
    text_row = row(3, ["00902", FORMULA_TEXT, *ROW[2:]])
    return xlsx(folder / "formulas.xlsx", sheet_xml([row(1, HEADER), formula_row, text_row]))


BIDI_NAME = "\u202eمدرسة\u202c \u200fالنور\u200e \u2067الجديدة\u2069"
BIDI_CLEAN = "مدرسة النور الجديدة"


def bidi_cells(folder: Path) -> Path:
    return xlsx(folder / "bidi.xlsx", sheet_xml(good_rows(
        ["\u200e00903\u200f", BIDI_NAME, "\u202bميسان\u202c", *ROW[3:]])))


def declared_million(folder: Path) -> Path:
    """One data row under a declared dimension of every cell Excel has: not believed."""
    return xlsx(folder / "declared.xlsx",
                sheet_xml(good_rows(), dimension=f"A1:XFD{ALL_ROWS}"))
