"""The rejected rows as a sheet the sender can correct: their own columns, then why.

Only the table is made here (the core writes no files of this kind); ``reports.excel.rejected``
writes it as a workbook. The columns are the sheet's own, under its own headers, so the
sender finds their rows as they wrote them; then the row's number in their sheet, and the
reasons in the user's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop.i18n import translate
from desktop.imports.header import column_letter


@dataclass(frozen=True)
class RejectedTable:
    headers: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    row_column: int  # the index of the "row in the sheet" column
    title: str


def rejected_table(result: Any, lang: str | None = None) -> RejectedTable:
    """``result``: an ``ImportResult`` (or anything with ``headers``, ``rejected``,
    ``file_name``)."""
    width = max([len(result.headers), *(len(r.cells) for r in result.rejected)])
    headers = [*result.headers, *[""] * (width - len(result.headers))]
    headers = [header or column_letter(index) for index, header in enumerate(headers)]
    rows = [(*_padded(r.cells, width), r.row, r.reason(lang)) for r in result.rejected]
    return RejectedTable(
        headers=(*headers, translate("RejectedRows", "Row in the sheet", lang),
                 translate("RejectedRows", "Reason", lang)),
        rows=rows, row_column=width,
        title=translate("RejectedRows", "Rejected rows of {file}", lang).format(
            file=result.file_name))


def _padded(cells: Sequence[Any], width: int) -> list[Any]:
    values = [None if cell == "" else cell for cell in cells[:width]]
    return values + [None] * (width - len(values))

