"""What every import does around its own rows: the file read and its header found, the
progress on one scale with the user's cancel asked between steps, and the summary.

``read_sheet`` opens a file (safely: ``opening``), reads it (``reading``) and finds its header
for a ``Schema``; ``Steps`` maps each stage's own count onto one scale and raises
``Cancelled`` when the user asks (a cancelled import writes nothing); ``Outcome`` is the
counts and rejected rows every import reports, as ``--json`` prints them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop.imports import cleaning, opening, reading
from desktop.imports.fields import CENTRES, Schema
from desktop.imports.header import Layout, find_layout
from desktop.imports.reading import Table
from desktop.imports.rows import Rejected, RowWarning
from desktop.services.errors import DomainError, Invalid

STEPS = 1000  # the progress scale: reading, checking, planning and writing share it


class Cancelled(DomainError):
    """The user stopped the import; nothing was written."""


Report = Callable[[int, int, str], None]


class Steps:
    """Maps each stage's own count onto one scale, and stops when the user asks.
    ``shares``: each stage's part of the scale, ``{"read": (0, 100), …}``."""

    def __init__(self, shares: Mapping[str, tuple[int, int]], report: Report | None,
                 cancelled: Callable[[], bool] | None) -> None:
        self._shares = shares
        self._report = report or (lambda done, total, label: None)
        self._cancelled = cancelled or (lambda: False)

    def stop_if_asked(self) -> None:
        if self._cancelled():
            raise Cancelled("The import was cancelled; nothing was written.")

    def stage(self, name: str, label: str) -> Callable[[int, int], None]:
        start, end = self._shares[name]

        def report(done: int, total: int) -> None:
            self.stop_if_asked()
            share = (end - start) * done // total if total else 0
            self._report(start + share, STEPS, label)

        report(0, 1)
        return report


def read_sheet(path: Path | str, mapping: Mapping[str, StrEnum | None] | None = None, *,
               strict: bool = True, schema: Schema = CENTRES) -> tuple[Table, Layout]:
    """The file's first visible worksheet with a header row (a CSV file's one table), and
    where its header is; refused in words if the file is unsafe, unreadable or has none.
    Not ``strict`` (for a dialog where the user maps the columns), the first worksheet with
    anything in it, and its best guess of a header."""
    source = opening.open_checked(path)
    first_refusal: DomainError | None = None
    empty = True
    for table in reading.tables(source):
        if any(not cleaning.blank(cell) for row in table.rows for cell in row):
            empty = False
        else:
            continue
        if not strict:
            return table, find_layout(table.rows, mapping, strict=False, schema=schema)
        try:
            return table, find_layout(table.rows, mapping, file_name=source.name,
                                      schema=schema)
        except DomainError as refusal:
            first_refusal = first_refusal or refusal
    if empty or first_refusal is None:
        raise Invalid("The file {file} holds no data.", file=source.name)
    raise first_refusal


def table_and_layout(source: Path | str | Table, mapping: Mapping[str, StrEnum | None],
                     header_row: int | None, schema: Schema) -> tuple[Table, Layout]:
    """A file read (``read_sheet``), or a table read before (the dialog's) with its header
    found again under the user's mapping."""
    if isinstance(source, Table):
        return source, find_layout(source.rows, mapping, file_name=source.file_name,
                                   header_row=header_row, schema=schema)
    return read_sheet(source, mapping, schema=schema)


def with_cells(rejected: Rejected, table: Table) -> Rejected:
    """A row rejected after the checks (by the plan), with its cells as the sheet has them."""
    if rejected.cells:
        return rejected
    return Rejected(rejected.row, rejected.reasons, tuple(table.rows[rejected.row - 1]),
                    rejected.code)


@dataclass(frozen=True, kw_only=True)
class Outcome:
    """What an import made (or, held back or dry, would make)."""

    file_name: str
    sheet: str | None
    headers: tuple[str, ...]
    header_row: int  # as Excel numbers it
    created: int
    updated: int
    unchanged: int
    rejected: tuple[Rejected, ...]
    written: bool
    dry_run: bool
    skip_invalid: bool
    blank_rows: int = 0
    totals_rows: tuple[int, ...] = ()  # the totals at the sheet's foot, left out
    warnings: tuple[RowWarning, ...] = ()  # rows taken as written that should be looked at

    @property
    def held_back(self) -> bool:
        """Rejected rows kept the whole import from being written."""
        return bool(self.rejected) and not self.dry_run and not self.skip_invalid

    def as_json(self, lang: str | None = None) -> dict[str, Any]:
        """The counts and the rejected rows; the totals rows left out and the warnings only
        where there are any (a sheet without them prints what it always did)."""
        out: dict[str, Any] = {
            "created": self.created, "updated": self.updated, "unchanged": self.unchanged,
            "rejected": [{"row": r.row, "reason": r.reason(lang)} for r in self.rejected]}
        if self.totals_rows:
            out["totals_rows"] = list(self.totals_rows)
        if self.warnings:
            out["warnings"] = [{"row": w.row, "warning": w.message(lang)}
                               for w in self.warnings]
        return out
