"""Checks every service makes on its input, each failing with a message the user can act on.

Nothing is silently truncated or coerced: a value that does not fit is refused, here, in words,
before the database sees it (where PostgreSQL and SQLite would each answer differently).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from desktop.services.errors import Choices, Invalid, NotFound, StaleRecord, Term
from desktop.text.arabic import (
    clean_input,
    code_form,
    fold_digits,
    has_bidi_controls,
    has_broken_characters,
    normalise,
)

__all__ = ["Term"]

E = TypeVar("E", bound=Enum)
M = TypeVar("M")

# The INTEGER columns of both engines (PostgreSQL's is 32 bits; SQLite's would take more, so
# the same value must be refused on both).
INT_MAX = 2**31 - 1


def column_length(column: Any) -> int | None:
    """The letters a ``String(n)`` column holds (``Centre.name`` gives 300), None for ``Text``.

    The one figure behind every limit on a field: the interface's ``setMaxLength``
    (``ui.field_limits``), the ``max_length`` a service passes to ``text``, and the database.
    PostgreSQL refuses a longer value itself; SQLite stores any length whatever the column
    says, so there the services' check (``text``, ``name``, ``code``) is the only guard, and
    every text a service stores passes through one of them."""
    expression = getattr(column, "expression", column)
    length = getattr(getattr(expression, "type", None), "length", None)
    return length if isinstance(length, int) else None


def text(value: Any, field: str, *, max_length: int, required: bool = True) -> str | None:
    """Cleaned text (no bidi or control characters, trimmed), refused if missing, too long, or
    holding a broken character no database can store."""
    if value is not None and not isinstance(value, str):
        raise Invalid("{field} must be text, not {value}.", field=Term(field), value=value)
    cleaned = clean_input(value)
    if cleaned is None:
        if required:
            raise Invalid("{field} is required.", field=Term(field))
        return None
    if has_broken_characters(cleaned):
        raise Invalid("{field} holds a broken character that cannot be saved; type that part "
                      "again instead of pasting it.", field=Term(field))
    if len(cleaned) > max_length:
        raise Invalid(
            "{field} is too long: {length} characters, at most {limit}.",
            field=Term(field),
            length=len(cleaned),
            limit=max_length,
        )
    return cleaned


def name(value: Any, field: str, *, max_length: int, required: bool = True) -> str | None:
    """A name a user typed (a person's, a centre's, an office's, an account's): as ``text``,
    but a bidirectional control in it is refused rather than stripped. Invisible, it makes
    the name read otherwise than it is (an override turns «Ali» into «ilA» on the screen and
    on paper while the stored letters stay), so the user is told to type it again. An
    import's cells lose these marks in its cleaning (``desktop.imports.cleaning``) before a
    name reaches here."""
    _refuse_bidi(value, field)
    return text(value, field, max_length=max_length, required=required)


def _refuse_bidi(value: Any, field: str) -> None:
    if isinstance(value, str) and has_bidi_controls(value):
        raise Invalid("{field} holds invisible direction marks (pasted with it from another "
                      "program) that would make it read otherwise than it is; type it again "
                      "without them.", field=Term(field))


def code(value: Any, field: str, *, max_length: int, required: bool = True) -> str | None:
    """A code (commission code, area code, plate) in its one stored form (``code_form``):
    compare the result, never the typed value, to find a clash. A bidirectional control is
    refused, as in a ``name``."""
    _refuse_bidi(value, field)
    typed = text(value, field, max_length=max_length, required=required)
    canonical = code_form(typed)
    if canonical is None:
        if required or typed is not None:
            raise Invalid("{field} is required.", field=Term(field))
        return None
    if len(canonical) > max_length:
        raise Invalid("{field} is too long: {length} characters, at most {limit}.",
                      field=Term(field), length=len(canonical), limit=max_length)
    return canonical


def choice(
    enum_cls: type[E], value: E | str | None, field: str, *, required: bool = True
) -> E | None:
    """An enum member from a member, its code in any case, or its label in Arabic or English
    (what a refusal lists), compared after normalisation; anything else is refused by name."""
    if value is None or value == "":
        if required:
            raise Invalid("{field} is required.", field=Term(field))
        return None
    if isinstance(value, enum_cls):
        return value
    if isinstance(value, str):
        member = _member_named(enum_cls, value)
        if member is not None:
            return member
    raise Invalid(
        "{value} is not a valid {field}; choose one of: {allowed}.",
        value=value,
        field=Term(field),
        allowed=Choices(enum_cls),
    )


def _member_named(enum_cls: type[E], value: str) -> E | None:
    from desktop.labels import label

    wanted = normalise(value)
    if not wanted:
        return None
    by_code = [m for m in enum_cls if normalise(str(m.value)) == wanted]
    if len(by_code) == 1:
        return by_code[0]
    by_label = [m for m in enum_cls
                if wanted in (normalise(label(m, "ar")), normalise(label(m, "en")))]
    return by_label[0] if len(by_label) == 1 else None


# The keys are 32-bit integers on both engines; anything outside cannot name a row (and
# PostgreSQL would refuse the value itself rather than find nothing).
_MAX_ID = INT_MAX


def identifier(id_: Any, what: str) -> int:
    """A record's id as the database holds it: a whole number, never a text or a flag."""
    if isinstance(id_, bool) or not isinstance(id_, int):
        raise Invalid("{value} is not a record number of {what}.", value=id_, what=Term(what))
    return id_


def existing(session: Session, model: type[M], id_: int | None, what: str) -> M | None:
    """The row ``id_`` of ``model``, or None for None; a missing row is refused."""
    if id_ is None:
        return None
    id_ = identifier(id_, what)
    row = session.get(model, id_) if 0 < id_ <= _MAX_ID else None
    if row is None:
        raise NotFound("No {what} has the id {id}.", what=Term(what), id=id_)
    return row


def required(session: Session, model: type[M], id_: int | None, what: str) -> M:
    row = existing(session, model, id_, what)
    if row is None:
        raise Invalid("{field} is required.", field=Term(what))
    return row


def day(value: Any, field: str, *, required: bool = True) -> date | None:
    """A calendar date: refused if missing (when required), or if it is a text or a moment."""
    if value is None:
        if required:
            raise Invalid("{field} is required.", field=Term(field))
        return None
    if isinstance(value, datetime) or not isinstance(value, date):
        raise Invalid("{field} must be a date, not {value}.", field=Term(field), value=value)
    return value


def moment(value: Any, field: str, *, required: bool = True) -> datetime | None:
    """A date and time as the room's clock reads it. Both engines store it as given, without a
    zone: an aware value would be kept as typed by SQLite and shifted to UTC by PostgreSQL."""
    if value is None:
        if required:
            raise Invalid("{field} is required.", field=Term(field))
        return None
    if not isinstance(value, datetime):
        raise Invalid("{field} must be a date and time, not {value}.", field=Term(field),
                      value=value)
    if value.tzinfo is not None:
        raise Invalid("{field} must be a local date and time without a time zone.",
                      field=Term(field))
    return value


def clock(value: Any, field: str, *, required: bool = True) -> time | None:
    """A time of day as the room's clock reads it, without a zone (the columns hold none)."""
    if value is None:
        if required:
            raise Invalid("{field} is required.", field=Term(field))
        return None
    if not isinstance(value, time):
        raise Invalid("{field} must be a time of day, not {value}.", field=Term(field),
                      value=value)
    if value.tzinfo is not None:
        raise Invalid("{field} must be a local time without a time zone.", field=Term(field))
    return value


def _kind(value: Any) -> str | None:
    if isinstance(value, datetime):
        return "moment"
    if isinstance(value, date):
        return "day"
    if isinstance(value, time):
        return "time"
    return None


def ordered(start: date | datetime | time | None, end: date | datetime | time | None,
            what: str) -> None:
    """The end is not before the start; two values that cannot be compared are refused too,
    in words rather than with Python's TypeError."""
    if start is None or end is None:
        return
    if getattr(start, "tzinfo", None) is not None or getattr(end, "tzinfo", None) is not None:
        raise Invalid("{what}: give the start and the end in local time, without a time zone.",
                      what=Term(what))
    if _kind(start) is None or _kind(start) != _kind(end):
        raise Invalid("{what}: the start and the end must be of the same kind: two dates, two "
                      "times, or two dates with times.", what=Term(what))
    if end < start:
        raise Invalid("{what}: the end comes before the start.", what=Term(what))


def _whole(value: Any, field: str, *, positive: bool, default: int | None) -> int:
    """A whole number from 0 (or 1) to what an INTEGER column holds; None is ``default``."""
    if value is None and default is not None:
        return default
    low = 1 if positive else 0
    if not isinstance(value, int) or isinstance(value, bool) or value < low:
        if positive:
            raise Invalid("{field} must be a whole number, 1 or more.", field=Term(field))
        raise Invalid("{field} must be a whole number, zero or more.", field=Term(field))
    if value > INT_MAX:
        raise Invalid("{field} is too large: at most {limit}.", field=Term(field),
                      limit=INT_MAX)
    return value


def not_negative(value: Any, field: str) -> int:
    """A count (stations, voters): zero or more, None being zero."""
    return _whole(value, field, positive=False, default=0)


def positive(value: Any, field: str) -> int:
    """A rank's seniority, an order number: 1 or more, and required."""
    return _whole(value, field, positive=True, default=None)


def flag(value: Any, field: str, *, default: bool) -> bool:
    """Yes or no, only as a bool: «no», «false» or 0 are refused rather than read as yes
    (``bool("no")`` is True). None is ``default``."""
    if value is None:
        return default
    if not isinstance(value, bool):
        raise Invalid("{field} must be yes or no, not {value}.", field=Term(field), value=value)
    return value


# A decimal number as an import file writes it: sign, digits, one point (ASCII or Arabic).
_NUMBER = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)")


def number(value: Any, field: str, *, required: bool = True) -> float | None:
    """A real number: an int, a float or a Decimal, or a text that is strictly one (Arabic-Indic
    digits and the Arabic decimal point read as ASCII ones). Flags, infinities and NaN are
    refused: ``float(True)`` is 1.0 and would be stored as a value."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise Invalid("{field} is required.", field=Term(field))
        return None
    typed: Any = value
    if isinstance(value, str):
        typed = fold_digits(value.strip()).replace("\u066b", ".").replace("\u2212", "-")
        typed = typed if _NUMBER.fullmatch(typed) else None
    elif isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        typed = None
    try:
        result = float(typed) if typed is not None else math.nan
    except (OverflowError, ValueError):  # a huge int, a signalling NaN
        result = math.nan
    if not math.isfinite(result):
        raise Invalid("{field} must be a number, not {value}.", field=Term(field), value=value)
    return result


# Left out of what a refusal of a stale edit carries: bookkeeping the user does not edit, and
# secrets (a password's hash is never shown, even to an administrator).
_NOT_SHOWN = frozenset({"version", "search_key", "password_hash"})


def stored_values(row: Any) -> dict[str, Any]:
    """The record's columns as stored, field → value (what a dialog sets beside the edit)."""
    return {attr.key: getattr(row, attr.key) for attr in inspect(row).mapper.column_attrs
            if attr.key not in _NOT_SHOWN}


def version(value: Any) -> int | None:
    """The version a caller says it read: None (no check) or a whole number, never a flag or
    a text (``True == 1`` would pass a check it never made)."""
    if value is None:
        return None
    return _whole(value, Term("Version"), positive=False, default=None)


def expect_version(row: Any, expected: int | None,
                   stored: Callable[[Any], dict[str, Any]] | None = None) -> None:
    """Refuse an edit made on a copy that someone else has changed since it was read.

    The refusal (``StaleRecord``) carries the record as stored now: ``stored`` gives its
    values where the columns alone do not say everything the edit replaces (a detachment's
    members, a meeting's minutes), else its columns."""
    expected = version(expected)
    if expected is not None and row.version != expected:
        values = stored(row) if stored is not None else stored_values(row)
        raise StaleRecord(
            "This record was changed by someone else since you opened it; reopen it and "
            "make your change again.",
            record=row.__tablename__, record_id=row.id, stored=values,
            stored_version=row.version, seen_version=expected,
        )


def editable(session: Session, model: type[M], id_: Any, what: str, expected: int | None,
             *, stored: Callable[[Any], dict[str, Any]] | None = None,
             deleting: bool = False) -> M:
    """The row ``id_`` of ``model`` as stored now, locked until the unit of work ends, and
    refused (``StaleRecord``) unless ``expected`` is None or its version.

    Why lock: without it, two workstations that both read version 3 would both pass the
    check, and the second UPDATE would fail only at the flush, where the ORM's own version
    test says no more than "changed meanwhile". Locked first, the second waits for the first
    to commit, then reads version 4 and is refused here, with the stored values to show.
    On PostgreSQL the lock is ``FOR NO KEY UPDATE``, the lock an UPDATE takes anyway, which
    leaves rows that name this one free to be inserted meanwhile; a deletion takes
    ``FOR UPDATE``, so nothing can come to name the row between the checks and the delete.
    SQLite needs no lock: a unit of work holds the write lock from its first statement
    (``BEGIN IMMEDIATE``), so no other writer runs between the read and the write.
    The row is read afresh (``populate_existing``), even if this session held it already.
    """
    row = _read_locked(session, model, id_, what, key_share=not deleting)
    expect_version(row, expected, stored)
    return row


def _read_locked(session: Session, model: type[M], id_: Any, what: str, **lock: bool) -> M:
    """The row ``id_`` read afresh with ``SELECT … FOR <lock>``, or the refusal naming it."""
    if id_ is None:
        raise Invalid("{field} is required.", field=Term(what))
    id_ = identifier(id_, what)
    row = None
    if 0 < id_ <= _MAX_ID:
        key = inspect(model).primary_key[0]
        row = session.scalars(
            select(model).where(key == id_).with_for_update(**lock)
            .execution_options(populate_existing=True)).one_or_none()
    if row is None:
        raise NotFound("No {what} has the id {id}.", what=Term(what), id=id_)
    return row


def held(session: Session, model: type[M], id_: Any, what: str) -> M:
    """The row ``id_`` of ``model`` read afresh and held against edits until the unit of work
    ends (``FOR SHARE`` on PostgreSQL; SQLite runs one writer at a time anyway).

    For a rule checked against another record that another workstation may be editing at the
    same moment: a shift is checked against its election's days, and an edit of the election
    checks its shifts. Held, the two cannot both read the other's old state. Several units of
    work may hold one row at once; an edit of it waits for them, and they for it.
    """
    return _read_locked(session, model, id_, what, read=True)
