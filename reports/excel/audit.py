"""The audit trail's filtered rows as a workbook: what the audit view shows, for the file.

Streamed in write-only mode (``reports.excel.workbook``), the rows read from the database by
keyset in batches (``desktop.services.audit_log.all_rows``), so a whole polling day's trail
is written without holding it. The export is itself an entry of the trail.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from desktop.i18n import translate
from desktop.services import audit, audit_log
from desktop.services.actor import Actor
from desktop.storage.database import Database
from reports.excel.workbook import XlsxColumn, write_table
from reports.files import UnusableOutput, check_output

SUFFIX = ".xlsx"


def _columns(lang: str) -> list[XlsxColumn]:
    return [XlsxColumn(translate("AuditExport", "Entry", lang), "int"),
            XlsxColumn(translate("AuditExport", "Time (UTC)", lang), "datetime"),
            XlsxColumn(translate("AuditExport", "User", lang)),
            XlsxColumn(translate("AuditExport", "Workstation", lang)),
            XlsxColumn(translate("AuditExport", "Action", lang)),
            XlsxColumn(translate("AuditExport", "Record kind", lang)),
            XlsxColumn(translate("AuditExport", "Record", lang), "int"),
            XlsxColumn(translate("AuditExport", "Outcome", lang)),
            XlsxColumn(translate("AuditExport", "Changes (old → new)", lang), width=70)]


def _cells(rows: Iterator[audit_log.AuditRow], lang: str) -> Iterator[list[Any]]:
    for row in rows:
        yield [row.id, row.at, row.username, row.workstation or "",
               audit_log.action_label(row.action, lang), audit_log.entity_label(row.entity, lang),
               row.entity_id, audit_log.outcome_label(row.outcome, lang),
               row.changes_text(rtl=lang == "ar", lang=lang)]


def export_audit(db: Database, actor: Actor, chosen: audit_log.AuditFilter, output: Path, *,
                 lang: str = "ar", progress: Callable[[int, int], None] = lambda d, t: None,
                 cancelled: Callable[[], bool] = lambda: False) -> Path:
    """Write the entries of ``chosen``, newest first, to ``output`` (an .xlsx file)."""
    output = Path(output)
    if output.suffix.lower() != SUFFIX:
        raise UnusableOutput("The audit trail is written as an Excel workbook: name a file "
                             "ending in .xlsx, not {path}.", path=str(output))
    check_output(output)
    with db.reader() as session:
        total = audit_log.count(session, actor, chosen)
        path = write_table(output, columns=_columns(lang),
                           rows=_cells(audit_log.all_rows(session, actor, chosen), lang),
                           title=translate("AuditExport", "Audit trail", lang), office="",
                           issued_on=date.today(),
                           sheet_title=translate("AuditExport", "Audit trail", lang), lang=lang,
                           total=total, progress=progress, cancelled=cancelled)
    audit.record_document(db, actor, kind="audit_trail", fmt="xlsx", output=path,
                          entity=chosen.entity or "documents", entity_id=chosen.entity_id,
                          params={k: v for k, v in vars(chosen).items() if v is not None})
    return path
