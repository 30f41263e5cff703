"""Which row is the header, and which column holds which field.

Commission sheets open with title rows (the commission, the office, the date) above the
header; the header is the row among the first ten whose cells name the most fields. A column
is given its field by its header (``fields.recognised``) unless the user mapped it by hand:
``COLUMN=FIELD``, where COLUMN is the header as written (compared like the known headers) or
the column's letter (``C``), and FIELD a field's code (``code``, ``risk``…) or its name in
either language, or ``-`` to leave the column out. Which fields there are, and the headers
that name them, is the sheet's ``Schema`` (the centres' unless another is given).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desktop.imports import cleaning
from desktop.imports.fields import CENTRES, Schema, header_key
from desktop.services.errors import Invalid

HEADER_ROWS = 10
IGNORE = "-"

# A mapping: column (header key or letter) → field, or None to leave the column out.
ColumnMap = Mapping[str, StrEnum | None]


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def parse_mapping(items: Iterable[str], schema: Schema = CENTRES) -> dict[str, StrEnum | None]:
    """``["Code No=code", "F=-"]`` as a mapping; a malformed item or an unknown field is
    refused, naming it and the fields there are."""
    mapping: dict[str, StrEnum | None] = {}
    for item in items:
        column, sep, target = item.partition("=")
        if not sep or not column.strip() or not target.strip():
            raise Invalid("{item} is not a mapping; write COLUMN=FIELD, for example "
                          "\"رقم المركز=code\".", item=item)
        key = column.strip()
        if target.strip() == IGNORE:
            mapping[key] = None
            continue
        field = schema.field_named(target)
        if field is None:
            raise schema.not_a_field(target.strip(), ", ".join(f.value for f in schema.fields))
        mapping[key] = field
    return mapping


@dataclass(frozen=True)
class Layout:
    """Where the header is and what each column holds."""

    header_row: int  # index in Table.rows (0 is row 1)
    headers: tuple[str, ...]  # the header cells as written (cleaned), one per column
    columns: Mapping[int, StrEnum]  # column index → field
    by_hand: frozenset[int]  # the columns the user mapped

    @property
    def fields(self) -> dict[StrEnum, int]:
        return {field: column for column, field in self.columns.items()}

    def _at(self, header_row: int) -> Layout:
        return Layout(header_row, self.headers, self.columns, self.by_hand)

    def unmapped(self) -> list[int]:
        """Columns with a header that hold no field."""
        return [index for index, header in enumerate(self.headers)
                if header and index not in self.columns]


def _hand_mapped(index: int, header: str, mapping: ColumnMap) -> tuple[bool, StrEnum | None]:
    """Whether the user mapped this column (by its header or its letter), and to what."""
    key = header_key(header)
    for column, field in mapping.items():
        if (key and header_key(column) == key) or column.strip().upper() == column_letter(index):
            return True, field
    return False, None


def _read_header(row: Sequence[Any], mapping: ColumnMap, schema: Schema) -> Layout:
    headers = tuple(cleaning.text(cell) or "" for cell in row)
    columns: dict[int, StrEnum] = {}
    by_hand: set[int] = set()
    for index, header in enumerate(headers):
        mapped, field = _hand_mapped(index, header, mapping)
        if mapped:
            by_hand.add(index)
        else:
            field = schema.recognised(header) if header else None
        if field is not None and field not in columns.values():
            columns[index] = field
    return Layout(-1, headers, columns, frozenset(by_hand))


def _refuse_absent_columns(mapping: ColumnMap, layout: Layout, width: int) -> None:
    """A column the user mapped must be one of the sheet's, by its header in the header row
    or by its letter: a mistyped header would otherwise be passed over in silence, and the
    field it was to feed (the risk, the voters) left out of every centre."""
    keys = {header_key(header) for header in layout.headers if header}
    letters = {column_letter(index) for index in range(width)}
    for column in mapping:
        if header_key(column) not in keys and column.strip().upper() not in letters:
            seen = "، ".join(h for h in layout.headers if h) or "-"
            raise Invalid("The sheet has no column {column} to map: name a column by its "
                          "header in the header row (row {row}) or by its letter; its "
                          "columns are: {headers}.", column=column.strip(),
                          row=layout.header_row + 1, headers=seen)


def _rank(layout: Layout, mapping: ColumnMap, schema: Schema) -> tuple[int, int]:
    """(fields the row's own cells name, cells filled): how much a row looks the header."""
    mapped = {header_key(column) for column in mapping}
    named = sum(1 for index in layout.columns
                if (header := layout.headers[index])
                and (schema.recognised(header) or header_key(header) in mapped))
    return named, sum(1 for header in layout.headers if header)


def find_layout(rows: Sequence[Sequence[Any]], mapping: ColumnMap | None = None, *,
                file_name: str = "", header_row: int | None = None,
                strict: bool = True, schema: Schema = CENTRES) -> Layout:
    """The header among the first ten rows (or at ``header_row``, an index, once the user
    has seen where it is) and the columns' fields; refused, listing the headers seen, if no
    row names the schema's required fields (a centre's code and name). Not ``strict`` (a
    dialog that lets the user map the columns), the best row is taken as it is.

    The best row is the one whose own cells name the most fields (a header the lists know,
    or one the user mapped by name); between equals, the one with the most cells filled, so
    that where no header is known (or the columns are mapped by letter, which fits every
    row alike) the header is the first full row under the title rows, not the title, and is
    not then imported as a centre; between those, the first."""
    mapping = mapping or {}
    best: Layout | None = None
    best_rank = (-1, -1)
    candidates = (enumerate(rows[:HEADER_ROWS]) if header_row is None
                  else [(header_row, rows[header_row])] if 0 <= header_row < len(rows) else [])
    for index, row in candidates:
        layout = _read_header(row, mapping, schema)
        rank = _rank(layout, mapping, schema)
        if rank > best_rank:
            best, best_rank = layout._at(index), rank
    if not strict:
        return best if best is not None else _read_header([], mapping, schema)._at(0)
    if best is None or not best.columns:
        raise schema.no_header(HEADER_ROWS, file_name)
    _refuse_absent_columns(mapping, best, max(map(len, rows), default=0))
    missing = [field for field in schema.required if field not in best.columns.values()]
    if missing:
        seen = "، ".join(h for h in best.headers if h) or "-"
        raise Invalid("The header row (row {row}) has no column for {field}; its columns "
                      "are: {headers}. Map one with COLUMN=FIELD.", row=best.header_row + 1,
                      field=schema.labels[missing[0]], headers=seen)
    return best
