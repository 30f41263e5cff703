"""What the meetings widgets read for display: people as the minutes name them, short lists.

Each ``read_*`` function takes the session of an operation (``ui.operations.query_op``), calls
a service and returns plain values, so no query lives in a widget and no ORM object outlives
its session or crosses into a model. ``fill`` gives a choice box its choices that way: the box
waits, disabled and showing «…», until they come; the interface thread never waits.

The functions that open a session themselves (``find_people``, ``people_cards``, ``ranks``,
``organisations``, ``elections``) run on the calling thread. They are kept only for the
callers not yet reading by operations (the minutes editor, the meetings list); new code uses
``read_*`` inside an operation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from desktop.services import people
from desktop.services.lookups import elections as _election_choices
from desktop.services.lookups import organisations as _organisation_choices
from desktop.services.people import PersonCard
from desktop.storage.database import Database
from ui.operations import Operation, query_op

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ui.meetings.common import ChoiceCombo

__all__ = ["PLACEHOLDER", "PersonCard", "fill", "read_cards", "read_elections",
           "read_organisations", "read_people", "read_ranks"]

PLACEHOLDER = "…"  # what a box shows while its choices are on their way
Choices = list[tuple[int, str]]


# -- readings, inside an operation's session ------------------------------------------------------

def read_people(session: Session, text: str, limit: int = 30) -> list[PersonCard]:
    """The people a typed text finds (name, rank, service number, position, organisation)."""
    return people.find_person_cards(session, text, limit=limit)


def read_cards(session: Session, ids: Iterable[int | None]) -> dict[int, PersonCard]:
    return people.person_cards(session, ids)


def read_ranks(session: Session) -> Choices:
    return people.ranks(session)


def read_organisations(session: Session, lang: str) -> Choices:
    return [(c.id, c.text) for c in _organisation_choices(session, lang)]


def read_elections(session: Session, lang: str) -> Choices:
    return [(c.id, c.text) for c in _election_choices(session, lang)]


def fill(combo: ChoiceCombo, db: Database, read: Callable[[Session], Sequence[tuple[Any, str]]],
         then: Callable[[], None] | None = None) -> Operation:
    """Give ``combo`` the choices ``read`` returns, read by an operation.

    Until they come the box is disabled and shows «…»; then it takes them (its empty choice
    first, where it has one), is enabled again if it was, and ``then`` is called: set a value
    there, not before. If the reading fails, the box keeps only its empty choice and the
    failure goes to the one error place."""
    was_enabled = combo.isEnabled()
    line = combo.lineEdit()
    placeholder = line.placeholderText() if line is not None else ""
    combo.setEnabled(False)
    combo.blockSignals(True)  # no choice was made: nobody is told of one
    combo.choices.set_choices([])  # no row, not even the empty one: the «…» shows
    combo.blockSignals(False)
    if line is not None:
        line.setPlaceholderText(PLACEHOLDER)

    def settle(choices: Sequence[tuple[Any, str]]) -> None:
        if line is not None:
            line.setPlaceholderText(placeholder)
        combo.set_choices(choices)
        combo.setEnabled(was_enabled)

    def read_done(choices: Sequence[tuple[Any, str]]) -> None:
        settle(choices)
        if then is not None:
            then()

    def read_failed(error: BaseException) -> None:
        settle([])
        from ui.errors import show_error

        show_error(combo, error)

    return query_op(combo, db, read).success(read_done).failure(read_failed).run()
