"""Importing a personnel list: the one call the command line and the dialog make.

The rows are checked (``people_rows``), planned against the database in one read and checked
by the people service's own rules (``people_plan``), then written in bulk (``people_writing``)
in ONE unit of work with one change notice, after an automatic backup. Without
``skip_invalid`` a single rejected row means nothing is written; with it, the good rows are
written and the rejected ones reported. A dry run makes the same checks, so it rejects the
rows a real run would, for the same reasons, and writes nothing. Only what the database says
at the moment of writing is left to the writing: a person edited or deleted by another
workstation since the plan read them, which undoes the unit of work and, with
``skip_invalid``, plans and writes again without that row.

A person whose record would not change is unchanged, and nothing is written for them, so
importing the same sheet twice bumps no version and writes no audit entry or notice.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop.i18n import translate
from desktop.imports.people_plan import PersonChange, make_plan
from desktop.imports.people_rows import PERSONNEL, check_people
from desktop.imports.people_writing import RowRefused, write_people
from desktop.imports.reading import Table
from desktop.imports.rows import Rejected
from desktop.imports.sheet import Outcome, Report, Steps, table_and_layout, with_cells
from desktop.services.actor import Actor

_SHARES = {"read": (0, 100), "check": (100, 350), "plan": (350, 600), "write": (600, 1000)}


@dataclass(frozen=True)
class PersonnelOptions:
    mapping: Mapping[str, StrEnum | None] = field(default_factory=dict)
    header_row: int | None = None  # an index in the rows; None: found in the first ten
    skip_invalid: bool = False
    dry_run: bool = False


@dataclass(frozen=True, kw_only=True)
class PersonnelResult(Outcome):
    numbers_from_cells: int = 0  # service numbers the workbook stored as numbers
    zeros_restored: int = 0  # of those, matched to a stored number with its leading zeros


def import_personnel(db: Any, actor: Actor, source: Path | str | Table,
                     options: PersonnelOptions = PersonnelOptions(), *,
                     progress: Report | None = None,
                     cancelled: Callable[[], bool] | None = None) -> PersonnelResult:
    """Import a personnel sheet (a file, or a table ``read_sheet`` returned) into ``db``."""
    steps = Steps(_SHARES, progress, cancelled)
    steps.stage("read", translate("ImportProgress", "Reading the file"))
    table, layout = table_and_layout(source, options.mapping, options.header_row, PERSONNEL)
    checked = check_people(table.rows, layout, progress=steps.stage(
        "check", translate("ImportProgress", "Checking the rows")))
    if not options.dry_run:  # a point to come back to, should the sheet prove wrong
        from desktop.storage.backups import automatic

        automatic(db, "import")
    refused: list[Rejected] = []  # by the database at the moment of writing
    while True:
        written: list[PersonChange] = []
        try:
            with (db.reader() if options.dry_run else db.session()) as session:
                plan = make_plan(session, checked.rows, progress=steps.stage(
                    "plan", translate("ImportProgress", "Comparing with the people recorded")))
                rejected = [*checked.rejected, *(with_cells(r, table) for r in plan.rejected)]
                left_out = {r.row for r in refused}
                changes = [c for c in plan.changes if c.row not in left_out]
                if not options.dry_run and (options.skip_invalid or not rejected):
                    write_people(session, actor, changes, file_name=table.file_name,
                                 sheet=table.sheet, unchanged=plan.unchanged,
                                 rejected=len(rejected) + len(refused),
                                 check=steps.stage("write", translate(
                                     "ImportProgress", "Writing the people")))
                    written = changes
                steps.stop_if_asked()
            break
        except RowRefused as refusal:
            refused.append(with_cells(Rejected(refusal.change.row, (refusal.reason,), (),
                                               refusal.change.number), table))
            if not options.skip_invalid:
                changes = [c for c in plan.changes if c.row not in {r.row for r in refused}]
                break
    return PersonnelResult(
        file_name=table.file_name, sheet=table.sheet, headers=layout.headers,
        header_row=layout.header_row + 1,
        created=sum(1 for c in changes if c.person_id is None),
        updated=sum(1 for c in changes if c.person_id is not None),
        unchanged=plan.unchanged,
        rejected=tuple(sorted([*rejected, *refused], key=lambda r: r.row)),
        written=bool(written), dry_run=options.dry_run, skip_invalid=options.skip_invalid,
        blank_rows=checked.blank_rows, numbers_from_cells=plan.numbers_from_cells,
        zeros_restored=plan.zeros_restored)
