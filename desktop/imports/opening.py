"""Opening a file from outside: what it is, told by its content, and whether it is safe to read.

The name's extension says nothing (a web system's «.xls» is often an HTML page, a «.xlsx» may
be a zip of anything); the first bytes and the container's directory do. Every check runs on
the bytes read once from disk, before any parser sees them, and the same bytes are what the
reader then parses, so a file changed in between cannot slip past:

- an empty file, a file too large to be a centres list;
- a Compound File: encrypted with a password, an Excel 97-2003 workbook, or something else;
- a zip: too many entries, an entry that inflates too far beyond its compressed size (a zip
  bomb), too much in all once inflated, a damaged entry (its CRC is checked), an XML part with
  a document type (entity expansion, external entities: Excel never writes one), a worksheet
  whose cells would span too many rows times columns (the reader lays a sheet out densely, so
  two cells at A1 and XFD1048576 would ask for seventeen billion); and the zips that are other
  documents (OpenDocument, .xlsb, Word);
- text: decoded as UTF-8 (with or without its BOM), UTF-16 (BOM, or the zero bytes of one
  without) or Windows-1256, and refused if it holds the control characters of a binary file
  or a single NUL; an HTML page or an XML Spreadsheet 2003 saved with a workbook's name is
  told as such;
- a PDF, a picture, an archive or a program renamed to a workbook's name, told by its first
  bytes; a file whose own name holds bidirectional controls (``xslx.exe`` written so that it
  reads ``exe.xlsx``).

The checks are the same for every import (``desktop.imports.sheet.read_sheet``), so a hostile
file meets them whichever list it claims to be; tests/desktop/hostile_files.py makes the
corpus they are tried on.
"""

from __future__ import annotations

import codecs
import re
import zipfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from desktop.imports import compound
from desktop.services.errors import Invalid, Term
from desktop.text.arabic import has_bidi_controls, strip_bidi_controls

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_ENTRIES = 500  # an Excel workbook has a dozen or two; with many sheets, some hundreds
MAX_RATIO = 100  # inflated / compressed of one entry: Apache POI's default bound
RATIO_GRACE_BYTES = 1024 * 1024  # small entries may compress very well without harm
MAX_INFLATED_BYTES = 256 * 1024 * 1024  # all entries together, once inflated
MAX_CELLS = 3_000_000  # rows x columns of one worksheet as the reader lays it out
MAX_ROWS = 200_000  # rows of one sheet read at once (``reading`` holds them to it too)
_CHUNK = 1024 * 1024
# A document type or an entity declaration: the ways in to entity expansion (a billion
# laughs) and external entities. Excel never writes one; in an XML part it can stand only in
# markup (a "<" in text is written "&lt;"), so found anywhere in a part it is refused.
_DTD = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)
_DTD_OVERLAP = 16  # bytes kept from the chunk before, for a declaration cut between two


@dataclass(frozen=True)
class Source:
    """A file that passed the checks: its bytes (a workbook) or its text (CSV)."""

    name: str
    kind: str  # "xlsx" or "csv"
    data: bytes = b""
    text: str = ""
    encoding: str | None = None


def open_checked(path: Path | str) -> Source:
    """The file at ``path``, checked; any refusal says why in the user's language."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise Invalid("{file} is a folder, not a file.", file=name)
        if size > MAX_FILE_BYTES:
            raise _too_large(name, size)
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise Invalid("There is no file {file}.", file=str(path)) from None
    except PermissionError:
        raise Invalid("You have no permission to read the file {file}.", file=str(path)) from None
    except OSError as error:
        raise Invalid("The file {file} cannot be read: {reason}", file=str(path),
                      reason=error.strerror or str(error)) from None
    return check_bytes(name, data)


def check_bytes(name: str, data: bytes) -> Source:
    if has_bidi_controls(name):
        raise Invalid("The file name {file} holds invisible direction marks that make it read "
                      "otherwise than it is; rename the file without them and import it "
                      "again.", file=strip_bidi_controls(name))
    if not data:
        raise Invalid("The file {file} is empty.", file=name)
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(name, len(data))
    _refuse_other_kinds(name, data)
    if data.startswith(compound.MAGIC):
        _refuse_compound(name, data)
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        _check_zip(name, data)
        return Source(name, "xlsx", data=data)
    text, encoding = _decoded(name, data)
    return Source(name, "csv", text=text, encoding=encoding)


def _too_large(name: str, size: int) -> Invalid:
    return Invalid("The file {file} is {size} MB; a centres list is far smaller (at most "
                   "{limit} MB).", file=name, size=size // (1024 * 1024),
                   limit=MAX_FILE_BYTES // (1024 * 1024))


def _not_a_workbook(name: str) -> Invalid:
    return Invalid("The file {file} is not an Excel workbook (.xlsx) nor a CSV text file.",
                   file=name)


# What other files begin with: a PDF, pictures, archives and programs renamed «.xlsx».
_OTHER_KINDS = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a picture"), (b"\xff\xd8\xff", "a picture"),
    (b"GIF87a", "a picture"), (b"GIF89a", "a picture"),
    (b"Rar!\x1a\x07", "a compressed archive"), (b"7z\xbc\xaf\x27\x1c", "a compressed archive"),
    (b"\x1f\x8b", "a compressed archive"),
    (b"MZ", "a program"), (b"\x7fELF", "a program"),
)


def _refuse_other_kinds(name: str, data: bytes) -> None:
    for magic, kind in _OTHER_KINDS:
        if data.startswith(magic):
            raise Invalid("The file {file} is {kind}, not a workbook, whatever its name says. "
                          "Choose the Excel workbook (.xlsx) or CSV file of the list.",
                          file=name, kind=Term(kind))


# -- Compound File: encrypted workbooks, old .xls ---------------------------------------------

def _refuse_compound(name: str, data: bytes) -> None:
    try:
        names = {entry.casefold() for entry in compound.stream_names(data)}
    except compound.Damaged:
        raise Invalid("The file {file} is damaged: it cannot be read as a workbook.",
                      file=name) from None
    if "encryptioninfo" in names or "encryptedpackage" in names:
        raise Invalid("The workbook {file} is protected with a password. Open it in Excel, "
                      "remove the password (File, Info, Protect Workbook, Encrypt with "
                      "Password), save it, and import it again.", file=name)
    if "workbook" in names or "book" in names:
        raise Invalid("The file {file} is an old Excel 97-2003 workbook (.xls). Open it in "
                      "Excel and save it as an Excel workbook (.xlsx), then import that.",
                      file=name)
    raise _not_a_workbook(name)


# -- zip: the workbook and the bombs -----------------------------------------------------------

_CELL_REF = re.compile(rb'<c\b[^>]*?\br="([A-Z]{1,3})[0-9]')


def _check_zip(name: str, data: bytes) -> None:
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError):
        raise Invalid("The file {file} is damaged: it cannot be read as a workbook.",
                      file=name) from None
    if len(entries) > MAX_ENTRIES:
        raise Invalid("The file {file} holds {count} parts; a workbook holds far fewer (at "
                      "most {limit}). It is refused for safety.", file=name,
                      count=len(entries), limit=MAX_ENTRIES)
    _refuse_other_documents(name, {entry.filename for entry in entries}, archive)
    claimed = 0
    for entry in entries:
        claimed += entry.file_size
        if (entry.file_size > RATIO_GRACE_BYTES
                and entry.file_size > MAX_RATIO * max(entry.compress_size, 1)):
            raise _bomb(name)
        if claimed > MAX_INFLATED_BYTES:
            raise _bomb(name)
    inflated = 0
    for entry in entries:
        if entry.is_dir():
            continue
        inflated = _inflate(name, archive, entry, inflated)


def _refuse_other_documents(name: str, names: set[str], archive: zipfile.ZipFile) -> None:
    if "xl/workbook.xml" in names:
        return
    if "xl/workbook.bin" in names:
        raise Invalid("The file {file} is an Excel binary workbook (.xlsb). Open it in Excel "
                      "and save it as an Excel workbook (.xlsx), then import that.", file=name)
    if "content.xml" in names and "mimetype" in names:
        try:
            mimetype = archive.read("mimetype")[:100]
        except (zipfile.BadZipFile, OSError, ValueError, RuntimeError):
            mimetype = b""
        if b"spreadsheet" in mimetype:
            raise Invalid("The file {file} is an OpenDocument spreadsheet (.ods). Save it as "
                          "an Excel workbook (.xlsx), then import that.", file=name)
    raise _not_a_workbook(name)


def _bomb(name: str) -> Invalid:
    return Invalid("The file {file} would inflate to far more than a workbook holds (a zip "
                   "bomb, or a damaged file). It is refused for safety.", file=name)


def _inflate(name: str, archive: zipfile.ZipFile, entry: zipfile.ZipInfo, inflated: int) -> int:
    """Inflate one entry with the limits held while it inflates (the sizes an entry's header
    claims may lie), checking its CRC; the XML parts are looked at on the way."""
    is_xml = entry.filename.endswith((".xml", ".rels", ".vml"))
    is_sheet = is_xml and entry.filename.startswith("xl/worksheets/")
    tail = b""
    declared = False
    body: list[bytes] = []
    bound = MAX_RATIO * max(entry.compress_size, 1) + RATIO_GRACE_BYTES
    this = 0
    try:
        with archive.open(entry) as stream:
            while chunk := stream.read(_CHUNK):
                inflated += len(chunk)
                this += len(chunk)
                if inflated > MAX_INFLATED_BYTES or this > bound:
                    raise _bomb(name)
                if is_xml and not declared:
                    declared = _DTD.search(tail + chunk) is not None
                    tail = chunk[-_DTD_OVERLAP:]
                if is_sheet:
                    body.append(chunk)
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, EOFError,
            NotImplementedError):
        # RuntimeError: an entry encrypted with the zip's own password; NotImplementedError:
        # a compression method Excel never uses.
        raise Invalid("The file {file} is damaged: it cannot be read as a workbook.",
                      file=name) from None
    if declared:
        raise Invalid("The file {file} holds XML that Excel never writes (a document type "
                      "declaration). It is refused for safety.", file=name)
    if is_sheet:
        _check_extent(name, b"".join(body))
    return inflated


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + (letter - 64)
    return number


def _check_extent(name: str, sheet: bytes) -> None:
    """Rows times columns the reader would lay out, from the cells' references (a cell or
    row written without one follows the one before: counted as a cell or row more)."""
    written = sheet.count(b"<row ") + sheet.count(b"<row>")
    if written > MAX_ROWS:  # told at once, before the rows' numbers are read one by one
        raise _too_many_rows(name, written)
    rows = 0
    for match in re.finditer(rb'<row\b[^>]*?\br="([0-9]{1,9})"', sheet):
        rows = max(rows, int(match.group(1)))
    rows = max(rows, written)
    letters = set(_CELL_REF.findall(sheet))
    columns = max((_column_number(value) for value in letters), default=0)
    unreferenced = sheet.count(b"<c>") + sheet.count(b"<c/>")
    if unreferenced:
        columns = max(columns, min(unreferenced, 16_384))
    if rows * columns > MAX_CELLS:
        raise Invalid("A sheet of the file {file} spans {rows} rows by {columns} columns; a "
                      "centres list is far smaller. It is refused for safety.", file=name,
                      rows=rows, columns=columns)
    if rows > MAX_ROWS:
        raise _too_many_rows(name, rows)


def _too_many_rows(name: str, rows: int) -> Invalid:
    return Invalid("A sheet of the file {file} has {count} rows; at most {limit} are imported "
                   "at once. Split it into several files.", file=name, count=rows,
                   limit=MAX_ROWS)


# -- text --------------------------------------------------------------------------------------

_BINARY = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MARKUP = re.compile(r"^\s*<(!DOCTYPE\s+html|html|table|\?xml)", re.IGNORECASE)


def _decoded(name: str, data: bytes) -> tuple[str, str]:
    encoding = _encoding(data)
    if encoding is None:
        raise _not_a_workbook(name)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise _not_a_workbook(name) from None
    text = text.removeprefix("\ufeff")
    sample = text[:65536]
    if len(_BINARY.findall(sample)) > max(2, len(sample) // 1000):
        raise _not_a_workbook(name)
    if "\x00" in text:
        raise Invalid("The file {file} holds NUL characters, which no list saved as text "
                      "holds: it is damaged or not a CSV file. It is refused.", file=name)
    if _MARKUP.match(sample):
        raise Invalid("The file {file} is a web page or an XML document saved with a "
                      "workbook's name, not a workbook. Open it in Excel and save it as an "
                      "Excel workbook (.xlsx), then import that.", file=name)
    return text, encoding


def _encoding(data: bytes) -> str | None:
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    head = data[:4096]
    if head.count(0) * 20 > len(head):
        # UTF-16 without its BOM: the digits, commas and line ends of a CSV leave a zero high
        # byte, always on the same side; Arabic letters (high byte 0x06) leave none. A few
        # zeros only are NULs in a text of another encoding (refused after decoding).
        low, high = head[0::2].count(0), head[1::2].count(0)
        if high > 10 * low:
            return "utf-16-le"
        if low > 10 * high:
            return "utf-16-be"
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1256"  # what Arabic Windows writes CSV in
    return "utf-8"
