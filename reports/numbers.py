"""Issue a document number, build, and void the number if the build does not finish.

A number is given once. It is committed in its own transaction before the document is built,
so it is recorded even if the program dies mid-build; a cancelled or failed build then marks
it void (with the reason) in a second transaction, and it is never given again.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from desktop.i18n import translate
from desktop.services.actor import Actor
from desktop.services.numbering import (
    LetterheadCopy,
    format_number,
    issue_number,
    letterhead_of,
    void_number,
)
from desktop.storage.database import Database
from reports.errors import Cancelled


@dataclass(frozen=True)
class IssuedNumber:
    id: int
    text: str  # as printed after «العدد»
    year: int
    sequence: int
    issued_on: date
    letterhead: LetterheadCopy  # what the document under this number prints at its head


@contextmanager
def numbered(db: Database, actor: Actor, office_id: int, kind: str, *,
             purpose: str | None = None, entity: str | None = None,
             entity_id: int | None = None, on: date | None = None,
             lang: str | None = None) -> Iterator[IssuedNumber]:
    """``with numbered(...) as number:`` build the document; leaving by an exception voids it."""
    day = on or date.today()
    with db.session() as session:
        row = issue_number(session, actor, office_id, kind, purpose=purpose, entity=entity,
                           entity_id=entity_id, on=day)
        issued = IssuedNumber(row.id, format_number(row), row.year, row.sequence, day,
                              letterhead_of(row))
    try:
        yield issued
    except BaseException as error:
        if isinstance(error, Cancelled | KeyboardInterrupt):
            reason = translate("reports", "The printing was cancelled.", lang)
        else:
            reason = translate("reports", "The document could not be built: {error}",
                               lang).format(error=type(error).__name__)
        with db.session() as session:
            void_number(session, actor, issued.id, reason)
        raise
