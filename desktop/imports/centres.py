"""Importing the commission's centres list: the one call the command line and the dialog make.

``import_centres`` checks the rows, plans against the database for one election and, unless
asked for a dry run or held back by rejected rows, writes the plan in ONE unit of work. Without
``skip_invalid`` a single rejected row means nothing is written; with it, the good rows are
written and the rejected ones reported. A totals row at the sheet's foot is left out and
named, not rejected; a row whose coordinates look swapped is written with a warning. Progress
is reported as ``(done, total, label)`` and ``cancelled()`` is asked between steps: a
cancelled import writes nothing. An import that may write is preceded by an automatic backup
(``desktop.storage.backups``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.i18n import translate
from desktop.imports.election import ElectionChoice, election_for
from desktop.imports.fields import CENTRES, Field
from desktop.imports.plan import make_plan
from desktop.imports.reading import Table
from desktop.imports.rows import check_rows
from desktop.imports.sheet import Outcome, Report, Steps, table_and_layout, with_cells
from desktop.imports.writing import write_plan
from desktop.services import locks
from desktop.services.actor import Actor

_SHARES = {"read": (0, 100), "check": (100, 400), "plan": (400, 550), "write": (550, 1000)}


@dataclass(frozen=True)
class ImportOptions:
    election: int | str | None = None  # None: the current election
    mapping: Mapping[str, Field | None] = field(default_factory=dict)
    header_row: int | None = None  # an index in the rows; None: found in the first ten
    skip_invalid: bool = False
    dry_run: bool = False


@dataclass(frozen=True, kw_only=True)
class ImportResult(Outcome):
    election: ElectionChoice
    areas_created: int  # or to be created, when nothing was written
    codes_from_numbers: int = 0
    zeros_restored: int = 0


def import_centres(db: Any, actor: Actor, source: Path | str | Table,
                   options: ImportOptions = ImportOptions(), *,
                   progress: Report | None = None,
                   cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Import a centres sheet (a file, or a table ``read_sheet`` returned) into ``db``."""
    steps = Steps(_SHARES, progress, cancelled)
    steps.stage("read", translate("ImportProgress", "Reading the file"))
    table, layout = table_and_layout(source, options.mapping, options.header_row, CENTRES)
    checked = check_rows(table.rows, layout,
                         progress=steps.stage("check", translate("ImportProgress",
                                                                 "Checking the rows")))
    if not options.dry_run:  # a point to come back to, should the sheet prove wrong
        from desktop.storage.backups import automatic

        automatic(db, "import")
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
            [*checked.rejected, *(with_cells(r, table) for r in plan.rejected)],
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
    left_out = {r.row for r in rejected}
    warnings = tuple(warning for row in checked.rows if row.row not in left_out
                     for warning in row.warnings)
    return ImportResult(
        file_name=table.file_name, sheet=table.sheet, election=election,
        headers=layout.headers, header_row=layout.header_row + 1, created=plan.created,
        updated=plan.updated, unchanged=plan.unchanged, rejected=rejected,
        written=write and bool(plan.changes), dry_run=options.dry_run,
        skip_invalid=options.skip_invalid, areas_created=areas,
        blank_rows=checked.blank_rows, totals_rows=checked.totals_rows, warnings=warnings,
        codes_from_numbers=plan.codes_from_numbers, zeros_restored=plan.zeros_restored)
