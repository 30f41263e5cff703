"""The audit trail's filtered rows as a workbook: what the audit view shows, for the file.

Streamed in write-only mode (``reports.excel.workbook``), the rows read from the database by
keyset in batches (``desktop.services.audit_log.all_rows``), so a whole polling day's trail
is written without holding it. The export is itself an entry of the trail.

The changes are the view's text (``AuditRow.changes_text``) without its direction marks and
isolates, which in a cell would keep a filter, a search or a pasted value from matching what
it shows (``reports.excel.workbook`` writes no cell with them). Without the isolates a line is
laid out by the bidirectional algorithm alone, so its arrow is the one that points from the old
value to the new as the line is drawn: «←» where the arrow falls in a right-to-left run (an
Arabic label or Arabic values), «→» in a left-to-right one (a field without an Arabic name and
Latin or numeric values in the Arabic workbook, stays left to right: «seats: 3 → 12»).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from desktop.i18n import translate
from desktop.labels import field_label
from desktop.services import audit, audit_log
from desktop.services.actor import Actor
from desktop.storage.database import Database
from reports.excel.workbook import XlsxColumn, cell_text, write_table
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
            XlsxColumn(translate("AuditExport", "Changes (old → new)", lang), width=70,
                       wrap=True)]


def _cells(rows: Iterator[audit_log.AuditRow], lang: str) -> Iterator[list[Any]]:
    for row in rows:
        yield [row.id, row.at, row.username, row.workstation or "",
               audit_log.action_label(row.action, lang), audit_log.entity_label(row.entity, lang),
               row.entity_id, audit_log.outcome_label(row.outcome, lang),
               changes(row, lang)]


def changes(row: audit_log.AuditRow, lang: str) -> str:
    """The entry's fields as its cell holds them: «field: old ← new», one a line, as the view
    shows them but without direction marks, the arrow pointing as the line is drawn."""
    rtl = lang == "ar"
    lines = []
    for name, value in row.changes.items():
        shown = cell_text(field_label(name, row.entity, lang) or name)
        if isinstance(value, list) and len(value) == 2:
            old, new = (cell_text(audit_log._shown(v)) for v in value)
            before = f"{shown}: {old}"
            arrow = "←" if _runs_right_to_left(before, new, rtl) else "→"
            lines.append(f"{before} {arrow} {new}")
        else:
            lines.append(f"{shown}: {cell_text(audit_log._shown(value))}")
    return "\n".join(lines)


def _strong(kind: str, last: str) -> str | None:
    """«R», «L» or None: how a character of bidirectional class ``kind`` counts for the
    neutrals beside it, ``last`` the direction of the strong letter before it (numbers take
    the left-to-right side only after a Latin letter: rules W2 and W7)."""
    if kind in ("R", "AL"):
        return "R"
    if kind == "L":
        return "L"
    if kind in ("EN", "AN"):
        return "L" if kind == "EN" and last == "L" else "R"
    return None


def _runs_right_to_left(before: str, after: str, rtl: bool) -> bool:
    """Whether a neutral (the arrow) between ``before`` and ``after`` is laid out right to left
    in a cell of that direction: as its neighbours are if they agree, else as the cell (the
    bidirectional algorithm's rules N1 and N2)."""
    base = "R" if rtl else "L"
    last, left = base, base
    for kind in map(unicodedata.bidirectional, before):
        side = _strong(kind, last)
        if side is not None:
            left = side
            if kind in ("R", "AL", "L"):
                last = side
    right = base
    for kind in map(unicodedata.bidirectional, after):
        side = _strong(kind, last)
        if side is not None:
            right = side
            break
    return (left if left == right else base) == "R"


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
