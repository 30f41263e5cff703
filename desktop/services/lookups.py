"""Short lists for pickers (combo boxes): an id and the text a person recognises it by.

The Reports area asks for an election, a shift, a meeting, an organisation or an issuing
office; each list is one ordered query returning plain tuples, so no ORM object crosses into
the window. Dates and hours are isolated left to right, so an Arabic line does not mirror them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Election, IssuingOffice, Meeting, Organisation, Shift
from desktop.text.arabic import left_to_right

LIMIT = 2000  # a picker longer than this wants a search box, not a combo


@dataclass(frozen=True, slots=True)
class Choice:
    id: int
    text: str


def elections(session: Session, lang: str = "ar", limit: int = LIMIT) -> list[Choice]:
    rows = session.execute(select(Election.id, Election.name, Election.name_en,
                                  Election.polling_date)
                           .order_by(Election.polling_date.desc(), Election.id).limit(limit))
    return [Choice(id_, f"{(name_en if lang == 'en' and name_en else name)}"
                        f" ({left_to_right(day.isoformat())})")
            for id_, name, name_en, day in rows]


def meetings(session: Session, lang: str = "ar", limit: int = LIMIT) -> list[Choice]:
    rows = session.execute(select(Meeting.id, Meeting.starts_at, Meeting.subject)
                           .order_by(Meeting.starts_at.desc(), Meeting.id.desc()).limit(limit))
    return [Choice(id_, f"{left_to_right(starts.date().isoformat())} — {subject}")
            for id_, starts, subject in rows]


def organisations(session: Session, lang: str = "ar", limit: int = LIMIT) -> list[Choice]:
    rows = session.execute(select(Organisation.id, Organisation.name_ar, Organisation.name_en)
                           .where(Organisation.active.is_(True))
                           .order_by(Organisation.name_ar, Organisation.id).limit(limit))
    return [Choice(id_, name_en if lang == "en" and name_en else name)
            for id_, name, name_en in rows]


def offices(session: Session, lang: str = "ar", limit: int = LIMIT) -> list[Choice]:
    rows = session.execute(select(IssuingOffice.id, IssuingOffice.code, IssuingOffice.name)
                           .order_by(IssuingOffice.id).limit(limit))
    return [Choice(id_, f"{name} ({code})") for id_, code, name in rows]


def shifts(session: Session, lang: str = "ar", limit: int = LIMIT) -> list[Choice]:
    """Every election's shifts, the newest election first, each by its day and hours."""
    rows = session.execute(
        select(Shift.id, Shift.on_date, Shift.label, Shift.starts_at, Shift.ends_at,
               Election.name, Election.name_en)
        .join(Election, Election.id == Shift.election_id)
        .order_by(Election.polling_date.desc(), Election.id, Shift.on_date, Shift.starts_at,
                  Shift.id).limit(limit))
    return [Choice(id_, f"{(name_en if lang == 'en' and name_en else name)}"
                        f" — {left_to_right(day.isoformat())} — {label}"
                        f" ({left_to_right(f'{starts:%H:%M}–{ends:%H:%M}')})")
            for id_, day, label, starts, ends, name, name_en in rows]


SOURCES: dict[str, Callable[..., list[Choice]]] = {
    "election": elections,
    "shift": shifts,
    "meeting": meetings,
    "organisation": organisations,
    "office": offices,
}


def choices(session: Session, kind: str, lang: str = "ar") -> list[Choice]:
    """The list for a report parameter kind (a key of ``SOURCES``)."""
    return SOURCES[kind](session, lang)
