"""Sheets for the import tests, built here: workbooks with openpyxl, CSV as bytes, and the
containers the importer must refuse (Compound Files, zips of other things, zip bombs)."""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

HEADER = ["رقم المركز", "اسم المركز", "المحافظة", "القضاء", "الناحية", "عدد المحطات",
          "عدد الناخبين", "خط العرض", "خط الطول", "درجة الخطورة", "نوع المركز"]
TITLES = [["المفوضية العليا المستقلة للانتخابات"], ["مكتب ميسان الانتخابي"],
          ["قائمة مراكز الاقتراع"], []]


def centre(code: str, name: str, *, governorate: str = "ميسان", district: str = "العمارة",
           subdistrict: str | None = None, stations: Any = 4, voters: Any = 2500,
           latitude: Any = 31.84, longitude: Any = 47.15, risk: Any = "متوسط",
           kind: Any = "اقتراع") -> list[Any]:
    return [code, name, governorate, district, subdistrict, stations, voters, latitude,
            longitude, risk, kind]


def some_centres(count: int = 3) -> list[list[Any]]:
    return [centre(f"{i:05d}", f"مدرسة رقم {i}") for i in range(1, count + 1)]


def workbook(path: Path, rows: Sequence[Sequence[Any]], *, header: Sequence[Any] = HEADER,
             titles: Sequence[Sequence[Any]] = TITLES, sheet: str = "المراكز") -> Path:
    book = Workbook()
    page = book.active
    page.title = sheet
    for row in [*titles, header, *rows]:
        page.append(list(row))
    book.save(path)
    return path


def csv_bytes(rows: Sequence[Sequence[Any]], *, header: Sequence[Any] = HEADER,
              delimiter: str = ",", encoding: str = "utf-8") -> bytes:
    lines = [delimiter.join("" if cell is None else str(cell) for cell in row)
             for row in [header, *rows]]
    return ("\r\n".join(lines) + "\r\n").encode(encoding)


def compound_file(*names: str) -> bytes:
    """A Compound File (OLE2) whose directory holds ``names`` as empty streams: enough for
    what the importer reads (its directory), as Excel's encrypted and old workbooks have."""
    sector = 512
    free, end, fat_sector, no_stream = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
    header = bytearray(sector)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 40, 0, 1, 1, 0, 4096, end, 0, end, 0)
    struct.pack_into("<109I", header, 76, 0, *([free] * 108))
    fat = struct.pack(f"<{sector // 4}I", fat_sector, end, *([free] * (sector // 4 - 2)))

    def entry(name: str, kind: int, child: int = no_stream, right: int = no_stream) -> bytes:
        raw = bytearray(128)
        encoded = name.encode("utf-16-le")
        raw[0:len(encoded)] = encoded
        struct.pack_into("<HBB", raw, 64, len(encoded) + 2, kind, 1)
        struct.pack_into("<III", raw, 68, no_stream, right, child)
        struct.pack_into("<IQ", raw, 116, end, 0)
        return bytes(raw)

    entries = [entry("Root Entry", 5, child=1 if names else no_stream)]
    for index, name in enumerate(names, start=1):
        entries.append(entry(name, 2, right=index + 1 if index < len(names) else no_stream))
    directory = b"".join(entries).ljust(sector * (-(-len(entries) * 128 // sector)), b"\0")
    if len(directory) > sector:
        raise ValueError("a test file of at most four names")
    return bytes(header) + fat + directory


def zip_of(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path
