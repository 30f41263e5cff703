"""A cell as a value: what the sender meant, whatever their keyboard or program wrote.

Text loses its bidirectional controls, control characters, tatweel and surrounding spaces, and
runs of spaces inside it become one (a name pasted twice the same way is the same name).
Numbers are read in Arabic-Indic or Persian digits, with the Arabic decimal separator (٫) and
thousands separator (٬). A coordinate may also have a comma for its decimal point («31,7106»
or «31،7106», as a European or Arabic Excel or keyboard writes it): one comma between digits
and nothing else, since a coordinate has no thousands to group; any other comma is refused.
A code stays text: «00123» keeps its zeros. A workbook may still have stored a code as a
number (Excel turns «00123» typed into a general cell into 123): such a code is read as its
digits, 123, and ``CodeCell.from_number`` says so, so the plan can match it to a stored «00123»
and the summary can warn that the workbook lost the zeros.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from desktop.services import validation
from desktop.services.errors import Invalid, Term
from desktop.text.arabic import clean_input, fold_digits, strip_tatweel

_SPACES = re.compile(r"[^\S\n]+")
_LINES = re.compile(r"\s*\n\s*")
ARABIC_DECIMAL = "\u066b"  # ٫
ARABIC_THOUSANDS = "\u066c"  # ٬
# Thousands written with commas or spaces between groups of three: «12,500», «12 500».
_GROUPED = re.compile(r"[+-]?\d{1,3}([,\u066c\u00a0\u202f ]\d{3})+(\.\d*)?")


# A text that holds none of these is clean as it is: most cells, read at a regex's cost.
_NEEDS_CLEANING = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u0640\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069"
    r"\ud800-\udfff]|\s\s|^\s|\s$")


def blank(value: Any) -> bool:
    """An empty cell: nothing, or only spaces and invisible characters."""
    if value is None or value == "":
        return True
    if not isinstance(value, str) or not _NEEDS_CLEANING.search(value):
        return False
    return clean_input(strip_tatweel(value)) is None


def as_text(value: Any) -> str:
    """A cell's value as the sender sees it, for messages and for the rejected sheet."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def text(value: Any, *, multiline: bool = False) -> str | None:
    """Cleaned text, or None for an empty cell. A number in a text column is its digits."""
    if value is None or value == "":
        return None
    typed = value if isinstance(value, str) else as_text(value)
    if not _NEEDS_CLEANING.search(typed):
        return typed
    cleaned = clean_input(strip_tatweel(typed))
    if cleaned is None:
        return None
    if multiline:
        return _LINES.sub("\n", _SPACES.sub(" ", cleaned))
    return _SPACES.sub(" ", cleaned.replace("\n", " "))


@dataclass(frozen=True, slots=True)
class CodeCell:
    code: str
    from_number: bool  # the workbook stored it as a number: leading zeros may be lost


def code(value: Any, field: Term) -> CodeCell | None:
    """The commission's code as text in its stored form, or None for an empty cell."""
    if blank(value):
        return None
    if isinstance(value, bool | date | time | timedelta):
        raise Invalid("{field} must be a code, not {value}.", field=field,
                      value=as_text(value))
    if isinstance(value, int | float):
        if isinstance(value, float) and (not math.isfinite(value) or not value.is_integer()):
            raise Invalid("The code {value} was stored as a number with a fraction; write "
                          "the codes as text in the sheet.", value=as_text(value))
        return CodeCell(str(int(value)), True)
    stored = validation.code(text(value), field, max_length=40)
    return CodeCell(stored, False) if stored else None


def _number_text(value: str) -> str:
    """Digits folded to ASCII, the Arabic separators to what Python reads; thousands
    separators dropped only where they group digits by three."""
    folded = fold_digits(value.strip()).replace(ARABIC_DECIMAL, ".").replace("\u2212", "-")
    if _GROUPED.fullmatch(folded):
        return re.sub(r"[,\u066c\u00a0\u202f ]", "", folded)
    return folded


def number(value: Any, field: Term) -> float | None:
    """A real number (coordinates), or None for an empty cell."""
    if blank(value):
        return None
    if isinstance(value, str):
        value = _number_text(clean_input(strip_tatweel(value)) or "")
    elif isinstance(value, date | time | timedelta):
        raise Invalid("{field} must be a number, not {value}.", field=field,
                      value=as_text(value))
    return validation.number(value, field)


# A coordinate whose decimal point is a comma (Latin, or the Arabic «،» of an Arabic
# keyboard): digits, one comma, digits; nothing else.
_DECIMAL_COMMA = re.compile(r"[+-]?\d+[,\u060c]\d+")


def coordinate(value: Any, field: Term) -> float | None:
    """A latitude or longitude: a ``number``, or one written with a decimal comma. A comma
    with anything else (a second comma, a point, a space) is refused as not a number, not read
    as thousands: no coordinate has any, and «31,710,6» could be two different points."""
    if isinstance(value, str) and ("," in value or "\u060c" in value):
        shown = (clean_input(strip_tatweel(value)) or "").strip()
        folded = fold_digits(shown).replace("\u2212", "-")
        if not _DECIMAL_COMMA.fullmatch(folded):
            raise Invalid("{field} must be a number, not {value}.", field=field, value=shown)
        return validation.number(re.sub("[,\u060c]", ".", folded), field)
    return number(value, field)


def whole(value: Any, field: Term) -> int | None:
    """A count (stations, voters): a whole number, zero or more, or None for an empty cell."""
    found = number(value, field)
    if found is None:
        return None
    if not found.is_integer():
        raise Invalid("{field} must be a whole number, not {value}.", field=field,
                      value=as_text(value))
    return validation.not_negative(int(found), field)
