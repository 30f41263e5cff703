"""What a personnel sheet can say, under which headers, and each of its rows checked.

The key is the service number (الرقم الإحصائي), kept as text: «00123» keeps its zeros, and it
is stored and compared in the services' one form (``services.people.service_number``: «١٠ ٠١»
and «10-01» are «1001»). A workbook that stored the number as a number (Excel drops the zeros
of «00123» typed into a general cell) gives its digits, and says so, so the plan can find the
stored «00123». The rank, the organisation and the home sector are kept as written here: the
plan finds them in the room's lists. Two rows of one service number are both rejected.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from enum import StrEnum
from typing import Any

from desktop.imports import cleaning
from desktop.imports.fields import Schema
from desktop.imports.header import Layout
from desktop.imports.rows import Checked, Rejected, RowNumbers, check_table, gather, text_reader
from desktop.services.errors import DomainError, Invalid, Term
from desktop.services.people import LIMITS, NOTES_LENGTH, phone_number, service_number
from desktop.text.arabic import fold_digits, normalise


class PersonField(StrEnum):
    SERVICE_NUMBER = "service_number"
    NAME = "name"
    NAME_LATIN = "name_latin"
    RANK = "rank"
    ORGANISATION = "organisation"
    POSITION = "position"
    PHONE = "phone"
    HOME_SECTOR = "home_sector"
    ACTIVE = "active"
    NOTES = "notes"


LABELS: dict[StrEnum, Term] = {
    PersonField.SERVICE_NUMBER: Term("Service number"),
    PersonField.NAME: Term("Full name"),
    PersonField.NAME_LATIN: Term("Latin name"),
    PersonField.RANK: Term("Rank"),
    PersonField.ORGANISATION: Term("Organisation"),
    PersonField.POSITION: Term("Position"),
    PersonField.PHONE: Term("Phone"),
    PersonField.HOME_SECTOR: Term("Home sector"),
    PersonField.ACTIVE: Term("Active"),
    PersonField.NOTES: Term("Notes"),
}

# Headers seen on police and ministry personnel lists, and their English exports.
SYNONYMS: dict[StrEnum, tuple[str, ...]] = {
    PersonField.SERVICE_NUMBER: ("الرقم الإحصائي", "الرقم الاحصائي", "رقم إحصائي", "الرقم العسكري",
                                 "الرقم الوظيفي", "رقم الخدمة", "Service Number", "Service No",
                                 "Service ID", "Statistical Number"),
    PersonField.NAME: ("الاسم", "الاسم الثلاثي", "الاسم الرباعي", "الاسم الكامل", "اسم المنتسب",
                       "الاسم واللقب", "Name", "Full Name"),
    PersonField.NAME_LATIN: ("الاسم باللاتينية", "الاسم بالإنجليزية", "الاسم بالانكليزية",
                             "Latin Name", "English Name", "Name in English"),
    PersonField.RANK: ("الرتبة", "الرتبة العسكرية", "الدرجة", "Rank", "Grade"),
    PersonField.ORGANISATION: ("الجهة", "جهة الانتساب", "الوحدة", "الدائرة", "التشكيل", "المديرية",
                               "Organisation", "Organization", "Unit", "Department"),
    PersonField.POSITION: ("المنصب", "الوظيفة", "العنوان الوظيفي", "Position", "Position Title",
                           "Job Title"),
    PersonField.PHONE: ("الهاتف", "رقم الهاتف", "الموبايل", "رقم الموبايل", "الجوال", "Phone",
                        "Phone Number", "Mobile", "Telephone"),
    PersonField.HOME_SECTOR: ("القاطع", "قاطع السكن", "القاطع الأصلي", "Home Sector", "Sector"),
    PersonField.ACTIVE: ("الحالة", "فعال", "في الخدمة", "Active", "Status"),
    PersonField.NOTES: ("الملاحظات", "ملاحظات", "Notes", "Remarks"),
}

PERSONNEL = Schema(
    PersonField, LABELS, SYNONYMS, (PersonField.SERVICE_NUMBER, PersonField.NAME),
    no_header=lambda count, file: Invalid(
        "No header row was found in the first {count} rows of {file}: name the columns as "
        "personnel lists do (الرقم الإحصائي، الاسم، الرتبة، الجهة…) or map them with "
        "COLUMN=FIELD.", count=count, file=file),
    not_a_field=lambda given, allowed: Invalid(
        "{field} is not a field of a person's record; choose one of: {allowed}.",
        field=given, allowed=allowed))

_YES = ("نعم", "فعال", "مستمر", "في الخدمة", "بالخدمة", "يعمل", "yes", "y", "true", "active",
        "1")
_NO = ("لا", "غير فعال", "متوقف", "متقاعد", "منقول", "موقوف", "خارج الخدمة", "no", "n",
       "false", "inactive", "0")
_FLAGS = {**{normalise(word): True for word in _YES}, **{normalise(word): False for word in _NO}}


@dataclass(frozen=True)
class PersonRow:
    """A row that passed the checks. A field the sheet leaves empty (or has no column for) is
    not in ``given``: it changes nothing stored."""

    row: int  # as Excel numbers it
    number: str  # the service number, as stored
    number_from_cell: bool  # the workbook stored it as a number: leading zeros may be lost
    name: str
    given: frozenset[StrEnum]
    name_latin: str | None = None
    rank: str | None = None
    organisation: str | None = None
    position_title: str | None = None
    phone: str | None = None
    home_sector: str | None = None
    active: bool | None = None
    notes: str | None = None


def _number(value: Any) -> cleaning.CodeCell | None:
    """The service number in its stored form; digits, and said so, if stored as a number."""
    if cleaning.blank(value):
        return None
    label = LABELS[PersonField.SERVICE_NUMBER]
    if isinstance(value, bool | int | float | date | time | timedelta):
        return cleaning.code(value, label)  # its refusals of a flag, a date, a fraction
    number = service_number(cleaning.text(value))
    return cleaning.CodeCell(number, False) if number else None


def _active(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    typed = cleaning.text(value)
    if typed is None:
        return None
    found = _FLAGS.get(normalise(fold_digits(typed)))
    if found is None:
        raise Invalid("{field} must be yes or no, not {value}.",
                      field=LABELS[PersonField.ACTIVE], value=typed)
    return found


def _phone(value: Any) -> str | None:
    """The service's rule (``services.people.phone_number``): a row with a phone that is not
    one is rejected by the check, dry run or not, as ``create_person`` would refuse it."""
    return phone_number(cleaning.text(value))


_READERS: dict[StrEnum, Callable[[Any], Any]] = {
    PersonField.SERVICE_NUMBER: _number,
    PersonField.NAME: text_reader(LABELS[PersonField.NAME], LIMITS["full_name_ar"]),
    PersonField.NAME_LATIN: text_reader(LABELS[PersonField.NAME_LATIN], LIMITS["name_latin"]),
    PersonField.RANK: text_reader(LABELS[PersonField.RANK], 100),
    PersonField.ORGANISATION: text_reader(LABELS[PersonField.ORGANISATION], 300),
    PersonField.POSITION: text_reader(LABELS[PersonField.POSITION], LIMITS["position_title"]),
    PersonField.PHONE: _phone,
    PersonField.HOME_SECTOR: text_reader(LABELS[PersonField.HOME_SECTOR], 200),
    PersonField.ACTIVE: _active,
    PersonField.NOTES: text_reader(LABELS[PersonField.NOTES], NOTES_LENGTH, multiline=True),
}
_ORDER = tuple(PersonField)


def _row(number: int, cells: Sequence[Any], found: dict[StrEnum, Any]) -> PersonRow | Rejected:
    values, reasons = gather(found, _ORDER, PERSONNEL.required, LABELS)
    key: cleaning.CodeCell | None = values.get(PersonField.SERVICE_NUMBER)
    if reasons:
        return Rejected(number, tuple(reasons), tuple(cells), key.code if key else None)
    assert key is not None
    return PersonRow(
        number, key.code, key.from_number, values[PersonField.NAME], frozenset(values),
        name_latin=values.get(PersonField.NAME_LATIN), rank=values.get(PersonField.RANK),
        organisation=values.get(PersonField.ORGANISATION),
        position_title=values.get(PersonField.POSITION), phone=values.get(PersonField.PHONE),
        home_sector=values.get(PersonField.HOME_SECTOR), active=values.get(PersonField.ACTIVE),
        notes=values.get(PersonField.NOTES))


def double_number(number: str, rows: RowNumbers) -> DomainError:
    return Invalid("The service number {number} is on rows {rows} of the sheet; a person is "
                   "listed once.", number=number, rows=rows)


def check_people(rows: Sequence[Sequence[Any]], layout: Layout, *,
                 progress: Callable[[int, int], None] = lambda done, total: None) -> Checked:
    """Every row under the header: a ``PersonRow``, or rejected with its reasons."""
    return check_table(rows, layout, _READERS, _row, key=lambda row: row.number,
                       double=double_number, progress=progress)
