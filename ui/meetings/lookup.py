"""What the meetings widgets read for display: people as the minutes name them, short lists.

Each function opens one read session and returns plain values, so no ORM object outlives its
session or crosses into a model.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from desktop.models import Person, Rank
from desktop.services.lookups import elections as election_choices
from desktop.services.lookups import organisations as organisation_choices
from desktop.services.people import formal_name, search_people
from desktop.storage.database import Database


@dataclass(frozen=True)
class PersonCard:
    id: int
    name: str  # honorific, rank and name, as the minutes give it
    details: str  # position — organisation, service number

    @property
    def line(self) -> str:
        return f"{self.name} — {self.details}" if self.details else self.name


def _card(person: Person) -> PersonCard:
    parts = [person.position_title, person.organisation.name_ar if person.organisation else None]
    details = " — ".join(p for p in parts if p)
    if person.service_number:
        details = f"{details} ({person.service_number})" if details else person.service_number
    return PersonCard(person.id, formal_name(person), details)


def find_people(db: Database, text: str, limit: int = 30) -> list[PersonCard]:
    with db.reader() as session:
        return [_card(p) for p in search_people(session, text, limit=limit)]


def people_cards(db: Database, ids: Iterable[int | None]) -> dict[int, PersonCard]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    with db.reader() as session:
        return {i: _card(p) for i in wanted if (p := session.get(Person, i)) is not None}


def ranks(db: Database) -> list[tuple[int, str]]:
    with db.reader() as session:
        return [(rid, name) for rid, name in session.execute(
            select(Rank.id, Rank.name_ar).order_by(Rank.seniority, Rank.name_ar))]


def organisations(db: Database, lang: str) -> list[tuple[int, str]]:
    with db.reader() as session:
        return [(c.id, c.text) for c in organisation_choices(session, lang)]


def elections(db: Database, lang: str) -> list[tuple[int, str]]:
    with db.reader() as session:
        return [(c.id, c.text) for c in election_choices(session, lang)]
