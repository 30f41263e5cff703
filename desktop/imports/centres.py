"""Importing the commission's centres list: the one call the command line and the dialog make.

``read_sheet`` opens and reads a file (safely: ``opening``) and finds its header;
``import_centres`` checks the rows, plans against the database for one election and, unless
asked for a dry run or held back by rejected rows, writes the plan in ONE unit of work. Without
``skip_invalid`` a single rejected row means nothing is written; with it, the good rows are
written and the rejected ones reported. Progress is reported as ``(done, total, label)`` and
``cancelled()`` is asked between steps: a cancelled import writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.i18n import translate
from desktop.imports import cleaning, opening, reading
from desktop.imports.election import ElectionChoice, election_for
from desktop.imports.fields import Field
from desktop.imports.header import Layout, find_layout
from desktop.imports.plan import make_plan
from desktop.imports.reading import Table
from desktop.imports.rows import Rejected, check_rows
from desktop.imports.writing import write_plan
from desktop.services import locks
from desktop.services.actor import Actor
from desktop.services.errors import DomainError, Invalid

STEPS = 1000  # the progress scale: reading, checking, planning and writing share it
_SHARES = {"read": (0, 100), "check": (100, 400), "plan": (400, 550), "write": (550, 1000)}


class Cancelled(DomainError):
    """The user stopped the import; nothing was written."""


Report = Callable[[int, int, str], None]


class _Steps:
    """Maps each stage's own count onto one scale, and stops when the user asks."""

    def __init__(self, report: Report | None, cancelled: Callable[[], bool] | None) -> None:
        self._report = report or (lambda done, total, label: None)
        self._cancelled = cancelled or (lambda: False)

    def stop_if_asked(self) -> None:
        if self._cancelled():
            raise Cancelled("The import was cancelled; nothing was written.")

    def stage(self, name: str, label: str) -> Callable[[int, int], None]:
        start, end = _SHARES[name]

        def report(done: int, total: int) -> None:
            self.stop_if_asked()
            share = (end - start) * done // total if total else 0
            self._report(start + share, STEPS, label)

        report(0, 1)
        return report


@dataclass(frozen=True)
class ImportOptions:
    election: int | str | None = None  # None: the current election
    mapping: Mapping[str, Field | None] = field(default_factory=dict)
    header_row: int | None = None  # an index in the rows; None: found in the first ten
    skip_invalid: bool = False
    dry_run: bool = False


@dataclass(frozen=True)
class ImportResult:
    file_name: str
    sheet: str | None
    election: ElectionChoice
    headers: tuple[str, ...]
    header_row: int  # as Excel numbers it
    created: int
    updated: int
    unchanged: int
    rejected: tuple[Rejected, ...]
    written: bool
    dry_run: bool
    skip_invalid: bool
    areas_created: int  # or to be created, when nothing was written
    blank_rows: int = 0
    codes_from_numbers: int = 0
    zeros_restored: int = 0

    @property
    def held_back(self) -> bool:
        """Rejected rows kept the whole import from being written."""
        return bool(self.rejected) and not self.dry_run and not self.skip_invalid

    def as_json(self, lang: str | None = None) -> dict[str, Any]:
        return {"created": self.created, "updated": self.updated, "unchanged": self.unchanged,
                "rejected": [{"row": r.row, "reason": r.reason(lang)} for r in self.rejected]}


def read_sheet(path: Path | str, mapping: Mapping[str, Field | None] | None = None, *,
               strict: bool = True) -> tuple[Table, Layout]:
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
            return table, find_layout(table.rows, mapping, strict=False)
        try:
            return table, find_layout(table.rows, mapping, file_name=source.name)
        except DomainError as refusal:
            first_refusal = first_refusal or refusal
    if empty or first_refusal is None:
        raise Invalid("The file {file} holds no data.", file=source.name)
    raise first_refusal


def import_centres(db: Any, actor: Actor, source: Path | str | Table,
                   options: ImportOptions = ImportOptions(), *,
                   progress: Report | None = None,
                   cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Import a centres sheet (a file, or a table ``read_sheet`` returned) into ``db``."""
    steps = _Steps(progress, cancelled)
    steps.stage("read", translate("ImportProgress", "Reading the file"))
    if isinstance(source, Table):
        table, layout = source, find_layout(source.rows, options.mapping,
                                            file_name=source.file_name,
                                            header_row=options.header_row)
    else:
        table, layout = read_sheet(source, options.mapping)
    checked = check_rows(table.rows, layout,
                         progress=steps.stage("check", translate("ImportProgress",
                                                                 "Checking the rows")))
    opened = db.reader() if options.dry_run else db.session()
    with opened as session:
        if not options.dry_run:
            # The plan reads the area tree and may add to it: one writer of the tree at a
            # time, or two workstations importing one governorate would each add its areas.
            locks.hold(session, "area tree", [1])
        election = election_for(session, options.election)
        plan = make_plan(session, checked.rows, election,
                         progress=steps.stage("plan", translate(
                             "ImportProgress", "Comparing with the centres recorded")))
        rejected = tuple(sorted(
            [*checked.rejected, *(_with_cells(r, table) for r in plan.rejected)],
            key=lambda r: r.row))
        write = not options.dry_run and (options.skip_invalid or not rejected)
        areas = len(plan.areas)
        if write:
            writing = steps.stage("write", translate("ImportProgress", "Writing the centres"))
            stages = ("areas", "centres", "updates", "records", "commit")
            written = write_plan(session, actor, plan, file_name=table.file_name,
                                 sheet=table.sheet, rejected=len(rejected),
                                 check=lambda stage: writing(stages.index(stage), len(stages)))
            areas = written.areas_created
        steps.stop_if_asked()
    return ImportResult(
        file_name=table.file_name, sheet=table.sheet, election=election,
        headers=layout.headers, header_row=layout.header_row + 1, created=plan.created,
        updated=plan.updated, unchanged=plan.unchanged, rejected=rejected,
        written=write and bool(plan.changes), dry_run=options.dry_run,
        skip_invalid=options.skip_invalid, areas_created=areas,
        blank_rows=checked.blank_rows, codes_from_numbers=plan.codes_from_numbers,
        zeros_restored=plan.zeros_restored)


def _with_cells(rejected: Rejected, table: Table) -> Rejected:
    """A row the plan rejected, with its cells as the sheet has them."""
    if rejected.cells:
        return rejected
    return Rejected(rejected.row, rejected.reasons, tuple(table.rows[rejected.row - 1]),
                    rejected.code)
