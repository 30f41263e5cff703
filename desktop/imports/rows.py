"""Each data row checked on its own, and the rows against each other (one code, one row).

The frame is any sheet's (``check_table``: blank rows skipped, each column read once per
distinct cell, every reason of a row gathered, a key listed twice rejected on every row that
has it); the readers and the row are the centres' here, the personnel's in ``people_rows``.

What needs no database is checked here, with the services' own rules (``validation``, the
coordinates' rule of ``services.sites``): a missing code or name, a number that is not one,
coordinates off the map or given by halves, a risk level, kind or status that is none of the
list. A row is rejected with every reason it has, so the sender fixes it in one pass. What
needs the database (the sector, the areas, the codes already stored) is ``plan``'s.

Two things are not rejections. A totals row at the sheet's foot («المجموع», "Total" and the
counts summed, no code) is no centre: it is left out and its row number reported
(``Checked.totals_rows``); a row with a code is a centre whatever its name says, and a totals
word above the last centre is a row like any other. Coordinates that lie in Iraq with their
latitude and longitude swapped are taken as written, since a point is the sender's to correct,
with a warning on the row (``RowWarning``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Any, TypeVar

from desktop.i18n import language, translate
from desktop.imports import cleaning
from desktop.imports.fields import AREA_FIELDS, LABELS, REQUIRED, Field, header_key
from desktop.imports.header import Layout
from desktop.models import CentreKind, CentreStatus, RiskLevel
from desktop.services import validation
from desktop.services.errors import Choices, DomainError, Invalid, Term
from desktop.services.sites import coordinates  # the services' one rule
from desktop.text.arabic import has_broken_characters, normalise

E = TypeVar("E", bound=Enum)
CHECK_EVERY = 500  # rows between progress reports and cancellation checks

# What sheets write beside the labels ``validation.choice`` knows already (compared after
# normalisation: «عالية» and «عاليه» are one).
_RISK_WORDS = {
    RiskLevel.LOW: ("منخفض", "منخفضة", "واطئ", "واطئة", "قليل", "قليلة", "ضعيف", "ضعيفة",
                    "low"),
    RiskLevel.MEDIUM: ("متوسط", "متوسطة", "medium", "moderate"),
    RiskLevel.HIGH: ("عال", "عالي", "عالية", "مرتفع", "مرتفعة", "high"),
    RiskLevel.CRITICAL: ("حرج", "حرجة", "خطر جدا", "عالي جدا", "عالية جدا", "شديد", "شديدة",
                         "critical", "very high"),
}
_KIND_WORDS = {
    CentreKind.REGISTRATION: ("تسجيل", "مركز تسجيل", "مركز تسجيل الناخبين", "registration"),
    CentreKind.POLLING: ("اقتراع", "مركز اقتراع", "انتخاب", "polling", "poll"),
}
_STATUS_WORDS = {
    CentreStatus.PLANNED: ("مخطط", "planned"),
    CentreStatus.OPEN: ("مفتوح", "مفتوحة", "يعمل", "open"),
    CentreStatus.CLOSED: ("مغلق", "مغلقة", "closed"),
    CentreStatus.SUSPENDED: ("معلق", "معلقة", "موقوف", "suspended"),
}


# What a sheet's last row says when it sums the others (compared as headers are: «المجموع:»
# and «المجموع» are one). Only the whole cell: «مجموع مدارس الرسالة» is a name.
TOTALS_WORDS = frozenset(header_key(word) for word in (
    "المجموع", "المجموع الكلي", "المجموع العام", "المجموع النهائي", "مجموع", "مجموع كلي",
    "الإجمالي", "إجمالي", "الإجمالي الكلي", "الإجمالي العام", "المجموع الإجمالي", "الكلي",
    "Total", "Totals", "Grand total", "Sum", "Sum total", "Overall total"))
# Iraq on the map, in degrees: where a centre of the room's can be.
IRAQ_LATITUDES = (29.0, 37.5)
IRAQ_LONGITUDES = (38.8, 48.6)


def _words(table: dict[E, tuple[str, ...]]) -> dict[str, E]:
    return {normalise(word): member for member, words in table.items() for word in words}


_RISKS, _KINDS, _STATUSES = _words(_RISK_WORDS), _words(_KIND_WORDS), _words(_STATUS_WORDS)


class RowNumbers(Choices):
    """Row numbers inside a message, joined as the language writes a list («2، 4» in
    Arabic). A ``Choices`` because that is what a message renders in the reader's language."""

    def __init__(self, rows: Iterable[int]) -> None:
        self.rows = sorted(rows)

    def render(self, lang: str | None = None) -> str:
        return ("، " if (lang or language()) != "en" else ", ").join(map(str, self.rows))

    def __str__(self) -> str:
        return self.render("en")


@dataclass(frozen=True)
class RowWarning:
    """Something a row taken as written should be looked at for: an English source text with
    ``{named}`` fields, translated (context ``ImportWarning``) when shown."""

    row: int  # as Excel numbers it
    text: str
    fields: Mapping[str, Any]

    def message(self, lang: str | None = None) -> str:
        return translate("ImportWarning", self.text, lang).format(**self.fields)


def _swapped(number: int, latitude: float, longitude: float) -> RowWarning | None:
    """A warning if the point is off Iraq but would be in it with its two halves exchanged:
    a latitude of 44 and a longitude of 33 are Baghdad's, swapped."""
    if (IRAQ_LONGITUDES[0] <= latitude <= IRAQ_LONGITUDES[1]
            and IRAQ_LATITUDES[0] <= longitude <= IRAQ_LATITUDES[1]):
        return RowWarning(number, "The latitude {latitude} and longitude {longitude} look "
                          "swapped: {latitude} is a longitude of Iraq's and {longitude} a "
                          "latitude. The row was taken as written; check its coordinates.",
                          {"latitude": f"{latitude:g}", "longitude": f"{longitude:g}"})
    return None


@dataclass(frozen=True)
class SheetRow:
    """A row that passed the checks, its values cleaned. A field the sheet leaves empty (or
    has no column for) is not in ``given``: it changes nothing stored."""

    row: int  # as Excel numbers it
    code: str
    code_from_number: bool
    name: str
    given: frozenset[Field]
    kind: CentreKind | None = None
    areas: tuple[str | None, str | None, str | None] = (None, None, None)
    address: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    sector: str | None = None
    risk: RiskLevel | None = None
    stations: int | None = None
    voters: int | None = None
    status: CentreStatus | None = None
    notes: str | None = None
    warnings: tuple[RowWarning, ...] = ()


@dataclass(frozen=True)
class Rejected:
    """A row left out, with its reasons (messages translated when shown) and its cells."""

    row: int
    reasons: tuple[DomainError, ...]
    cells: tuple[Any, ...]
    code: str | None = None  # as read, where it could be: a code is listed once either way

    def reason(self, lang: str | None = None) -> str:
        return " ".join(reason.message(lang) for reason in self.reasons)


@dataclass(frozen=True)
class Checked:
    rows: list[Any]  # the sheet's rows as its kind reads them (``SheetRow`` for centres)
    rejected: list[Rejected]
    blank_rows: int
    totals_rows: tuple[int, ...] = ()  # the totals at the sheet's foot, left out


def _choice(enum_cls: type[E], words: dict[str, E], field: Field) -> Callable[[Any], E | None]:
    def read(value: Any) -> E | None:
        typed = cleaning.text(value)
        if typed is None:
            return None
        return words.get(normalise(typed)) or validation.choice(enum_cls, typed, LABELS[field])

    return read


def text_reader(name: Term, max_length: int, *,
                multiline: bool = False) -> Callable[[Any], str | None]:
    """``validation.text``'s rule, asked only of a text it might refuse (the cleaning has
    done the rest): too long, or holding a broken character."""

    def read(value: Any) -> str | None:
        cleaned = cleaning.text(value, multiline=multiline)
        if cleaned is None or (len(cleaned) <= max_length
                               and not has_broken_characters(cleaned)):
            return cleaned
        return validation.text(cleaned, name, max_length=max_length, required=False)

    return read


def _text(field: Field, max_length: int, *, multiline: bool = False) -> Callable[[Any], Any]:
    return text_reader(LABELS[field], max_length, multiline=multiline)


_READERS: dict[Field, Callable[[Any], Any]] = {
    Field.CODE: lambda cell: cleaning.code(cell, LABELS[Field.CODE]),
    Field.NAME: _text(Field.NAME, 300),
    Field.KIND: _choice(CentreKind, _KINDS, Field.KIND),
    Field.GOVERNORATE: _text(Field.GOVERNORATE, 200),
    Field.DISTRICT: _text(Field.DISTRICT, 200),
    Field.SUBDISTRICT: _text(Field.SUBDISTRICT, 200),
    Field.ADDRESS: _text(Field.ADDRESS, 500),
    Field.LATITUDE: lambda cell: cleaning.coordinate(cell, LABELS[Field.LATITUDE]),
    Field.LONGITUDE: lambda cell: cleaning.coordinate(cell, LABELS[Field.LONGITUDE]),
    Field.SECTOR: _text(Field.SECTOR, 200),
    Field.RISK: _choice(RiskLevel, _RISKS, Field.RISK),
    Field.STATIONS: lambda cell: cleaning.whole(cell, LABELS[Field.STATIONS]),
    Field.VOTERS: lambda cell: cleaning.whole(cell, LABELS[Field.VOTERS]),
    Field.STATUS: _choice(CentreStatus, _STATUSES, Field.STATUS),
    Field.NOTES: _text(Field.NOTES, 20_000, multiline=True),
}
_ROW_ORDER = (Field.CODE, Field.NAME, *AREA_FIELDS, Field.LATITUDE, Field.LONGITUDE,
              Field.KIND, Field.ADDRESS, Field.SECTOR, Field.RISK, Field.STATIONS,
              Field.VOTERS, Field.STATUS, Field.NOTES)


def _column(read: Callable[[Any], Any], cells: Sequence[Any]) -> list[Any]:
    """``read`` of every cell of a column: its value, or the refusal to raise for it. A
    column repeats itself (governorates, risk levels, counts): each distinct cell is read
    once (by type as well as value: ``True == 1``, but a flag is no code)."""
    seen: dict[tuple[type, Any], Any] = {}
    out: list[Any] = []
    for cell in cells:
        key = (type(cell), cell)
        if key not in seen:
            try:
                seen[key] = read(cell)
            except DomainError as refusal:
                seen[key] = refusal
        out.append(seen[key])
    return out


def gather(found: Mapping[StrEnum, Any], order: Sequence[StrEnum],
           required: Sequence[StrEnum], labels: Mapping[StrEnum, Term],
           ) -> tuple[dict[StrEnum, Any], list[DomainError]]:
    """A row's read values (in ``order``), and its reasons: each refusal of a cell (a copy:
    each row its own), a required field missing first."""
    reasons: list[DomainError] = []
    values: dict[StrEnum, Any] = {}
    for field in order:
        value = found.get(field)
        if isinstance(value, DomainError):
            reasons.append(type(value)(value.text, **value.fields))  # each row its own
        elif value is not None:
            values[field] = value
    for field in reversed(required):
        if field not in values and not isinstance(found.get(field), DomainError):
            reasons.insert(0, Invalid("{field} is required.", field=labels[field]))
    return values, reasons


def _row(number: int, cells: Sequence[Any], found: dict[Field, Any]) -> SheetRow | Rejected:
    values, reasons = gather(found, _ROW_ORDER, REQUIRED, LABELS)
    latitude, longitude = values.get(Field.LATITUDE), values.get(Field.LONGITUDE)
    refused = {f for f in (Field.LATITUDE, Field.LONGITUDE)
               if isinstance(found.get(f), DomainError)}
    if (latitude is not None or longitude is not None) and not refused:
        try:
            coordinates(latitude, longitude)
        except DomainError as reason:
            reasons.append(reason)
    code: cleaning.CodeCell | None = values.get(Field.CODE)
    swapped = (_swapped(number, latitude, longitude)
               if latitude is not None and longitude is not None and not reasons else None)
    if reasons:
        return Rejected(number, tuple(reasons), tuple(cells),
                        code.code if code is not None else None)
    assert code is not None
    return SheetRow(
        number, code.code, code.from_number, values[Field.NAME], frozenset(values),
        kind=values.get(Field.KIND),
        areas=tuple(values.get(field) for field in AREA_FIELDS),  # type: ignore[arg-type]
        address=values.get(Field.ADDRESS), latitude=latitude, longitude=longitude,
        sector=values.get(Field.SECTOR), risk=values.get(Field.RISK),
        stations=values.get(Field.STATIONS), voters=values.get(Field.VOTERS),
        status=values.get(Field.STATUS), notes=values.get(Field.NOTES),
        warnings=(swapped,) if swapped is not None else ())


Build = Callable[[int, Sequence[Any], dict[StrEnum, Any]], Any]


def check_table(rows: Sequence[Sequence[Any]], layout: Layout,
                readers: Mapping[StrEnum, Callable[[Any], Any]], build: Build, *,
                key: Callable[[Any], str], double: Callable[[str, RowNumbers], DomainError],
                key_field: StrEnum | None = None,
                progress: Callable[[int, int], None] = lambda done, total: None) -> Checked:
    """Every row under the header: ``build(number, cells, values)`` of its read cells (a row
    or a ``Rejected``), blank rows skipped, and (given the ``key_field``, that a totals row
    leaves empty) the totals rows at the foot; then every row of a ``key`` the sheet lists
    more than once rejected, with ``double(key, rows)``."""
    body = rows[layout.header_row + 1:]
    numbers: list[int] = []
    kept: list[Sequence[Any]] = []
    for offset, cells in enumerate(body):
        if not all(cleaning.blank(cell) for cell in cells):
            numbers.append(layout.header_row + 2 + offset)
            kept.append(cells)
    totals = 0
    key_column = layout.fields.get(key_field) if key_field is not None else None
    if key_column is not None:
        while totals < len(kept) and is_totals_row(kept[-1 - totals], key_column):
            totals += 1
    totals_rows = tuple(numbers[len(numbers) - totals:])
    numbers, kept = numbers[:len(numbers) - totals], kept[:len(kept) - totals]
    columns: dict[StrEnum, list[Any]] = {}
    fields = layout.fields
    for step, (field, index) in enumerate(fields.items()):
        progress(step, len(fields) * 2)
        columns[field] = _column(readers[field], [
            cells[index] if index < len(cells) else None for cells in kept])
    good: list[Any] = []
    rejected: list[Rejected] = []
    for position, (number, cells) in enumerate(zip(numbers, kept, strict=True)):
        if position % CHECK_EVERY == 0:
            progress(len(fields) + len(fields) * position // max(len(kept), 1),
                     len(fields) * 2)
        found = build(number, cells, {field: values[position]
                                      for field, values in columns.items()})
        (rejected if isinstance(found, Rejected) else good).append(found)
    good, rejected = _without_doubles(good, rejected, body, layout.header_row + 2, key, double)
    return Checked(good, rejected, len(body) - len(kept) - totals, totals_rows)


def is_totals_row(cells: Sequence[Any], key_column: int) -> bool:
    """A row that sums the sheet: a totals word in one of its cells at least, nothing else in
    it but numbers, and no key (its key cell empty, or holding the totals word itself, as
    when «المجموع» is written across the code and name columns)."""
    said = False
    for index, cell in enumerate(cells):
        if cleaning.blank(cell):
            continue
        if isinstance(cell, str) and header_key(cell) in TOTALS_WORDS:
            said = True
        elif index == key_column or not _a_number(cell):
            return False
    return said


def _a_number(cell: Any) -> bool:
    try:
        cleaning.number(cell, Term("Total"))
    except DomainError:
        return False
    return True


def check_rows(rows: Sequence[Sequence[Any]], layout: Layout, *,
               progress: Callable[[int, int], None] = lambda done, total: None) -> Checked:
    """Every row of a centres sheet under the header: read, or rejected with its reasons."""
    return check_table(rows, layout, _READERS, _row, key=lambda row: row.code,
                       double=_double_code, key_field=Field.CODE, progress=progress)


def _double_code(code: str, rows: RowNumbers) -> Invalid:
    return Invalid("The code {code} is on rows {rows} of the sheet; a centre is listed once.",
                   code=code, rows=rows)


def _without_doubles(rows: list[Any], rejected: list[Rejected],
                     body: Sequence[Sequence[Any]], first: int, key: Callable[[Any], str],
                     double: Callable[[str, RowNumbers], DomainError],
                     ) -> tuple[list[Any], list[Rejected]]:
    """Every row of a key the sheet lists more than once is rejected, those rejected for
    reasons of their own included: which of them is right is the sender's to say."""
    on_rows: dict[str, list[int]] = defaultdict(list)
    for row in rows:
        on_rows[key(row)].append(row.row)
    for refused in rejected:
        if refused.code is not None:
            on_rows[refused.code].append(refused.row)

    kept: list[Any] = []
    out: list[Rejected] = []
    for row in rows:
        if len(on_rows[key(row)]) == 1:
            kept.append(row)
        else:
            out.append(Rejected(row.row, (double(key(row), RowNumbers(on_rows[key(row)])),),
                                tuple(body[row.row - first]), key(row)))
    for refused in rejected:
        if refused.code is not None and len(on_rows[refused.code]) > 1:
            refused = Rejected(refused.row, (*refused.reasons,
                                             double(refused.code,
                                                    RowNumbers(on_rows[refused.code]))),
                               refused.cells, refused.code)
        out.append(refused)
    return kept, sorted(out, key=lambda r: r.row)
