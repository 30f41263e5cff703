"""The stream names of a Compound File (OLE2/CFB), read from its directory and nothing else.

Two kinds of file the importer must refuse arrive in this container: a workbook encrypted with
a password (Excel writes an ``EncryptionInfo`` and an ``EncryptedPackage`` stream) and an old
Excel 97-2003 workbook (a ``Workbook`` or ``Book`` stream). Telling them apart needs only the
directory's names; the file comes from outside, so every offset is checked and every chain is
followed a bounded number of steps.
"""

from __future__ import annotations

import struct

MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_FREE, _END = 0xFFFFFFFF, 0xFFFFFFFE
_HEADER_DIFAT = 109
_ENTRY = 128


class Damaged(ValueError):
    """The container's header or directory does not hold together."""


def stream_names(data: bytes) -> set[str]:
    """The names in the file's directory (streams and storages), as written."""
    if len(data) < 512 or not data.startswith(MAGIC):
        raise Damaged("not a compound file")
    shift = struct.unpack_from("<H", data, 30)[0]
    if shift not in (9, 12):
        raise Damaged("sector size")
    size = 1 << shift
    sectors = max(0, -(-len(data) // size) - 1)  # the header fills the first sector's place

    def sector(number: int) -> bytes:
        if number >= sectors:
            raise Damaged("sector out of the file")
        start = size * (number + 1)
        return data[start:start + size].ljust(size, b"\0")  # a last sector may be cut short

    fat_count, first_directory = struct.unpack_from("<II", data, 44)
    first_difat, difat_count = struct.unpack_from("<II", data, 68)
    fat_sectors = [n for n in struct.unpack_from(f"<{_HEADER_DIFAT}I", data, 76)
                   if n not in (_FREE, _END)]
    next_difat, steps = first_difat, 0
    while next_difat not in (_FREE, _END) and steps < difat_count and steps < sectors:
        words = struct.unpack(f"<{size // 4}I", sector(next_difat))
        fat_sectors.extend(n for n in words[:-1] if n not in (_FREE, _END))
        next_difat, steps = words[-1], steps + 1
    if len(fat_sectors) < min(fat_count, 1):
        raise Damaged("no allocation table")
    fat: list[int] = []
    for number in fat_sectors[:sectors]:
        fat.extend(struct.unpack(f"<{size // 4}I", sector(number)))

    names: set[str] = set()
    current, seen = first_directory, set()
    while current not in (_FREE, _END):
        if current in seen or current >= len(fat):
            raise Damaged("directory chain")
        seen.add(current)
        chunk = sector(current)
        for offset in range(0, size, _ENTRY):
            length = struct.unpack_from("<H", chunk, offset + 64)[0]
            kind = chunk[offset + 66]
            if kind in (1, 2, 5) and 2 <= length <= 64:
                raw = chunk[offset:offset + length - 2]
                names.add(raw.decode("utf-16-le", errors="replace"))
        current = fat[current]
    if not names:
        raise Damaged("empty directory")
    return names
