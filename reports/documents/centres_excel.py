"""The centres as a workbook: one row per centre, and a summary by governorate and risk.

Like every Excel copy it is a working file, not an official print: it takes no document
number. Codes are text (a code «00123» keeps its zeros), counts and coordinates numbers; the
columns are as wide as the longest value of any row, not of the first few.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from reports.catalogue import BuildRequest
from reports.documents.centres_record import (
    RISKS,
    CentreLine,
    CentresRecord,
    SummaryLine,
    level_titles,
    word,
)
from reports.excel import SheetData, XlsxColumn, write_sheets
from reports.excel.workbook import fit_width

COUNT = "#,##0"
COORDINATE = "0.000000"
CENTRE_COLUMNS = (("code", "text", None), ("name", "text", None), ("kind", "text", None),
                  ("governorate", "text", None), ("district", "text", None),
                  ("subdistrict", "text", None), ("sector", "text", None),
                  ("organisation", "text", None), ("risk", "text", None),
                  ("stations", "int", COUNT), ("voters", "int", COUNT),
                  ("status", "text", None), ("latitude", "float", COORDINATE),
                  ("longitude", "float", COORDINATE))
COVERAGE_COLUMNS = (("coverage", "text", None), ("officers", "int", None),
                    ("officers_needed", "int", None), ("vehicles", "int", None),
                    ("vehicles_needed", "int", None), ("rapid", "text", None))


def _centre_cells(record: CentresRecord, line: CentreLine) -> list[Any]:
    cells: list[Any] = [line.code, line.name, line.kind, line.governorate, line.district,
                        line.subdistrict, line.sector, line.organisation, line.risk_text,
                        line.stations, line.voters, line.status, line.latitude, line.longitude]
    if record.with_coverage:
        cover = line.coverage
        cells.append(record.coverage_text(line))
        if cover is None:
            cells.extend((None, None, None, None, ""))
        else:
            cells.extend((cover.officers, cover.officers_needed, cover.vehicles,
                          cover.vehicles_needed, cover.rapid_text(record.lang)))
    return cells


def _summary_cells(record: CentresRecord, line: SummaryLine) -> list[Any]:
    cells: list[Any] = [line.governorate, line.centres, line.stations, line.voters,
                        *line.by_risk]
    if record.with_coverage:
        cells.extend(line.by_level)
    return cells


def _summary_columns(record: CentresRecord) -> list[XlsxColumn]:
    lang = record.lang
    titles = [(word("governorate", lang), "text"), (word("centres", lang), "int"),
              (word("stations", lang), "int"), (word("voters", lang), "int")]
    titles += [(f"{word('risk', lang)}: {record.risk_label(risk)}", "int") for risk in RISKS]
    titles.append((f"{word('risk', lang)}: {word('unassessed', lang)}", "int"))
    if record.with_coverage:
        titles += [(title, "int") for title in level_titles(lang)]
    return [XlsxColumn(title, kind, number_format=COUNT if kind == "int" else None)
            for title, kind in titles]


def _header_line(title: str) -> str:
    """The longer line of a header wrapped in two at the space nearest its middle: a column
    as wide as its values, not as its longest title, and a header of two lines at most."""
    spaces = [i for i, ch in enumerate(title) if ch == " "]
    if not spaces:
        return title
    middle = min(spaces, key=lambda i: abs(i - len(title) / 2))
    return max(title[:middle], title[middle + 1:], key=len)


def _fitted(spec: Sequence[tuple[str, str, str | None]], rows: list[list[Any]],
            lang: str) -> list[XlsxColumn]:
    columns = []
    for index, (key, kind, number_format) in enumerate(spec):
        title = word(key, lang)
        if kind == "float":  # six decimals and a sign, whatever the value
            width = fit_width(["-00.000000"], _header_line(title))
        else:
            width = fit_width((row[index] for row in rows), _header_line(title))
        columns.append(XlsxColumn(title, kind, width, number_format))
    return columns


def write_centres(request: BuildRequest, record: CentresRecord, office_name: str,
                  day: date) -> Path:
    lang = record.lang
    spec = CENTRE_COLUMNS + (COVERAGE_COLUMNS if record.with_coverage else ())
    rows = [_centre_cells(record, line) for line in record.lines]
    request.check()
    heading = record.title if not record.shift else f"{record.title} — {record.shift}"
    summary = [_summary_cells(record, line) for line in record.summary()]

    sheets = [
        SheetData(word("sheet_centres", lang), _fitted(spec, rows, lang), rows,
                  heading=heading),
        SheetData(word("sheet_summary", lang), _summary_columns(record), summary,
                  heading=f"{word('summary_heading', lang)} — {heading}",
                  totals=_summary_cells(record, record.totals())),
    ]
    return write_sheets(request.output, sheets=sheets, title=heading, office=office_name,
                        issued_on=day, lang=lang, total=len(rows),
                        progress=request.progress, cancelled=request.cancelled)
