"""Which election an import's commission facts are for.

The program treats the election with the latest polling day as the current one: the pickers
list elections latest first (``services.lookups.elections``) and preselect the first, and the
home view counts for it. A user names another by its number or its name.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Election
from desktop.services.errors import Invalid, NotFound
from desktop.text.arabic import fold_digits, normalise


@dataclass(frozen=True)
class ElectionChoice:
    id: int
    name: str


def _latest_first():
    return select(Election.id, Election.name, Election.name_en).order_by(
        Election.polling_date.desc(), Election.id)


def current_election(session: Session) -> ElectionChoice | None:
    row = session.execute(_latest_first().limit(1)).first()
    return ElectionChoice(row.id, row.name) if row is not None else None


def election_for(session: Session, named: int | str | None) -> ElectionChoice:
    """The election ``named`` (an id, a name in either language), or the current one for
    None; refused, saying which there are, if none matches."""
    if named is None:
        found = current_election(session)
        if found is None:
            raise Invalid("No election is recorded yet: the centres' risk, stations and "
                          "voters belong to one. Add the election first, then import.")
        return found
    wanted = fold_digits(str(named)).strip()
    rows = session.execute(_latest_first()).all()
    for row in rows:
        if wanted.isdigit() and row.id == int(wanted):
            return ElectionChoice(row.id, row.name)
    key = normalise(wanted)
    matches = [row for row in rows if key in (normalise(row.name), normalise(row.name_en))]
    if len(matches) == 1:
        return ElectionChoice(matches[0].id, matches[0].name)
    there = "، ".join(f"{row.id}: {row.name}" for row in rows[:20]) or "-"
    raise NotFound("No single election is named {name}; the elections are: {elections}.",
                   name=str(named), elections=there)
