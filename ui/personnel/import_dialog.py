"""Importing a personnel list in the program: the sheet import dialog for people.

All of it is ``ui.centres.import_dialog.SheetImportDialog`` (choose, preview, map the columns,
check, import with progress and cancel, the rejected rows shown and exported); this says what
differs: the fields (``desktop.imports.people_rows.PERSONNEL``), the key (the service number),
the words, who may import (the registry's roles) and the core's call
(``desktop.imports.personnel.import_personnel``). Opened by the Personnel area:
``ImportPersonnelDialog(ctx, parent).open()``.
"""

from __future__ import annotations

from typing import Any

from desktop.imports import Table
from desktop.imports.people_rows import PERSONNEL, PersonField
from desktop.imports.personnel import PersonnelOptions, PersonnelResult
from desktop.services import permissions
from ui.centres.import_dialog import SheetImportDialog, Words

FOLDER_PREFERENCE = "import_personnel_folder"


class ImportPersonnelDialog(SheetImportDialog):
    schema = PERSONNEL
    key_field = PersonField.SERVICE_NUMBER
    name_field = PersonField.NAME
    permission = permissions.REGISTRY
    folder_preference = FOLDER_PREFERENCE

    def words(self) -> Words:
        return Words(title=self.tr("Import personnel from a sheet"),
                     key=self.tr("Service number"),
                     choose=self.tr("Choose the personnel sheet"),
                     confirm=self.tr("Import personnel"),
                     importing=self.tr("Importing the personnel…"),
                     imported=self.tr("The personnel were imported."))

    def make_options(self, mapping: dict[str, Any], header_row: int,
                     **changes: Any) -> PersonnelOptions:
        return PersonnelOptions(mapping=mapping, header_row=header_row, **changes)

    def run_import(self, db: Any, actor: Any, table: Table, options: Any, progress: Any,
                   cancelled: Any) -> PersonnelResult:
        from desktop.imports.personnel import import_personnel

        return import_personnel(db, actor, table, options, progress=progress,
                                cancelled=cancelled)

    def summary_text(self, result: PersonnelResult) -> str:
        if result.dry_run:
            text = self.tr("The import would create {created} people, update {updated} and "
                           "leave {unchanged} as they are; {rejected} rows would be rejected.")
        else:
            text = self.tr("{created} people created, {updated} updated, {unchanged} "
                           "unchanged; {rejected} rows rejected.")
        lines = [text.format(created=result.created, updated=result.updated,
                             unchanged=result.unchanged, rejected=len(result.rejected))]
        if result.numbers_from_cells:
            lines.append(self.tr("{count} service numbers were stored as numbers in the "
                                 "workbook (any leading zeros were lost there); {restored} of "
                                 "them matched a recorded number with its zeros.").format(
                count=result.numbers_from_cells, restored=result.zeros_restored))
        return "\n".join(lines)
