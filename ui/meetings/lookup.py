"""What the meetings widgets read for display: people as the minutes name them, short lists.

Each function opens one read session, calls a service and returns plain values, so no query
lives in a widget and no ORM object outlives its session or crosses into a model.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.services import people
from desktop.services.lookups import elections as election_choices
from desktop.services.lookups import organisations as organisation_choices
from desktop.services.people import PersonCard
from desktop.storage.database import Database

__all__ = ["PersonCard", "elections", "find_people", "organisations", "people_cards", "ranks"]


def find_people(db: Database, text: str, limit: int = 30) -> list[PersonCard]:
    with db.reader() as session:
        return people.find_person_cards(session, text, limit=limit)


def people_cards(db: Database, ids: Iterable[int | None]) -> dict[int, PersonCard]:
    with db.reader() as session:
        return people.person_cards(session, ids)


def ranks(db: Database) -> list[tuple[int, str]]:
    with db.reader() as session:
        return people.ranks(session)


def organisations(db: Database, lang: str) -> list[tuple[int, str]]:
    with db.reader() as session:
        return [(c.id, c.text) for c in organisation_choices(session, lang)]


def elections(db: Database, lang: str) -> list[tuple[int, str]]:
    with db.reader() as session:
        return [(c.id, c.text) for c in election_choices(session, lang)]
