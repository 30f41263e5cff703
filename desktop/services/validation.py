"""Checks every service makes on its input, each failing with a message the user can act on.

Nothing is silently truncated or coerced: a value that does not fit is refused.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from desktop.services.errors import Choices, Conflict, Invalid, NotFound, Term

__all__ = ["Term"]
from desktop.text.arabic import clean_input

E = TypeVar("E", bound=Enum)
M = TypeVar("M")


def text(value: str | None, field: str, *, max_length: int, required: bool = True) -> str | None:
    """Cleaned text (no bidi controls, trimmed), refused if missing or too long."""
    cleaned = clean_input(value)
    if cleaned is None:
        if required:
            raise Invalid("{field} is required.", field=Term(field))
        return None
    if len(cleaned) > max_length:
        raise Invalid(
            "{field} is too long: {length} characters, at most {limit}.",
            field=Term(field),
            length=len(cleaned),
            limit=max_length,
        )
    return cleaned


def choice(
    enum_cls: type[E], value: E | str | None, field: str, *, required: bool = True
) -> E | None:
    """An enum member from a member or its stored value; unknown values are refused by name."""
    if value is None or value == "":
        if required:
            raise Invalid("{field} is required.", field=Term(field))
        return None
    if isinstance(value, enum_cls):
        return value
    try:
        return enum_cls(value)
    except ValueError:
        raise Invalid(
            "{value} is not a valid {field}; choose one of: {allowed}.",
            value=value,
            field=Term(field),
            allowed=Choices(enum_cls),
        ) from None


# Integer keys of both engines; anything outside cannot name a row (and PostgreSQL would
# refuse the value itself rather than find nothing).
_MAX_ID = 2**63 - 1


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


def ordered(start: date | datetime | None, end: date | datetime | None, what: str) -> None:
    if start is not None and end is not None and end < start:
        raise Invalid("{what}: the end comes before the start.", what=Term(what))


def not_negative(value: int | None, field: str) -> int:
    if value is None:
        return 0
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise Invalid("{field} must be a whole number, zero or more.", field=Term(field))
    return value


def expect_version(row: Any, expected: int | None) -> None:
    """Refuse an edit made on a copy that someone else has changed since it was read."""
    if expected is not None and row.version != expected:
        raise Conflict(
            "This record was changed by someone else since you opened it; reopen it and "
            "make your change again."
        )
