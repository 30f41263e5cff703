"""Issue a document number, build, and void the number if the build does not finish.

A number is given once, and only to an official copy: a document printed, saved, or written
by the command line. A preview shows where the number will go («يعطى عند الطباعة») and the
gallery's specimens mark it «نموذج»; neither touches the register. A number is committed in its
own transaction before the document is built, so it is recorded even if the program dies
mid-build; a cancelled or failed build, write or print then marks it void (with the reason) in
a second transaction, and it is never given again.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.i18n import translate
from desktop.services.actor import Actor
from desktop.services.errors import DomainError
from desktop.services.numbering import (
    LetterheadCopy,
    format_number,
    issue_number,
    letterhead_of,
    void_number,
)
from desktop.storage.database import Database
from reports.catalogue import OFFICIAL, PREVIEW, SPECIMEN
from reports.errors import Cancelled
from reports.files import check_output

if TYPE_CHECKING:
    from reports.catalogue import BuildRequest

# Printed on the copies that draw no number: (Arabic, English), for the number field and for
# the mark across every page. Printed words, like reports.labels, not interface messages.
_STAND_INS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    PREVIEW: (("يعطى عند الطباعة", "given when printed"),
              ("معاينة — ليست نسخة رسمية", "Preview — not an official copy")),
    SPECIMEN: (("نموذج", "specimen"),
               ("نموذج — ليس وثيقة رسمية", "Specimen — not an official document")),
}


@dataclass(frozen=True)
class IssuedNumber:
    id: int
    text: str  # as printed after «العدد»
    year: int
    sequence: int
    issued_on: date
    letterhead: LetterheadCopy  # what the document under this number prints at its head


@dataclass(frozen=True)
class NumberSlot:
    """What a document prints where its number goes, and whether it is the official copy."""

    text: str  # after «العدد»: the number, or what stands in for it
    issued: IssuedNumber | None = None  # drawn from the register: this is the official copy
    watermark: str = ""  # across every page of a copy that is not official

    @property
    def official(self) -> bool:
        return self.issued is not None

    @property
    def keywords(self) -> tuple[str, ...]:
        """The number in the PDF's keywords, where there is one."""
        return (self.text,) if self.issued is not None else ()


def stand_in(copy: str, lang: str = "ar") -> NumberSlot:
    """The number field and page mark of a preview or a specimen."""
    (number_ar, number_en), (mark_ar, mark_en) = _STAND_INS[copy]
    english = lang == "en"
    return NumberSlot(number_en if english else number_ar,
                      watermark=mark_en if english else mark_ar)


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
        with db.session() as session:
            void_number(session, actor, issued.id, _void_reason(error, lang))
        raise


def _void_reason(error: BaseException, lang: str | None) -> str:
    if isinstance(error, Cancelled | KeyboardInterrupt):
        return translate("reports", "The printing was cancelled.", lang)
    detail = error.message(lang) if isinstance(error, DomainError) else type(error).__name__
    return translate("reports", "The document could not be built: {error}",
                     lang).format(error=detail)


@dataclass(frozen=True)
class Wanted:
    """One number a build of several letters asks for: from which office, for what."""

    office_id: int
    purpose: str
    entity: str | None = None
    entity_id: int | None = None


@contextmanager
def document_numbers(request: BuildRequest, kind: str, wanted: Sequence[Wanted], *,
                     on: date | None = None) -> Iterator[list[NumberSlot]]:
    """The numbers of a copy that holds several letters (the orders of every unit), in the
    order asked: all drawn in one transaction for the official copy, and all voided if the
    build or ``request.deliver`` (called once, with ``request.output``) fails; stand-ins for
    a preview or a specimen. The caller checks its output first."""
    if request.copy != OFFICIAL:
        request.needs_number = request.copy == PREVIEW
        yield [stand_in(request.copy, request.lang) for _ in wanted]
        return
    day = on or date.today()
    with request.db.session() as session:
        rows = [issue_number(session, request.actor, w.office_id, kind, purpose=w.purpose,
                             entity=w.entity, entity_id=w.entity_id, on=day) for w in wanted]
        issued = [IssuedNumber(row.id, format_number(row), row.year, row.sequence, day,
                               letterhead_of(row)) for row in rows]
    try:
        yield [NumberSlot(number.text, number) for number in issued]
        if request.deliver is not None:
            try:
                request.deliver(Path(request.output))
            except BaseException:
                if Path(request.output).is_file():  # no copy is kept under voided numbers
                    Path(request.output).unlink()
                raise
            request.delivered = True
    except BaseException as error:
        reason = _void_reason(error, request.lang)
        with request.db.session() as session:
            for number in issued:
                void_number(session, request.actor, number.id, reason)
        raise


@contextmanager
def document_number(request: BuildRequest, office_id: int, kind: str, *,
                    purpose: str | None = None, entity: str | None = None,
                    entity_id: int | None = None, on: date | None = None
                    ) -> Iterator[NumberSlot]:
    """The number of the copy ``request`` makes: drawn for the official copy (the block writes
    the document, then ``request.deliver`` gets it; a failure in either voids the number), a
    stand-in for a preview or a specimen, which draw nothing.

    The output is checked before a number is drawn, so an unusable folder spends none.
    """
    if request.copy != OFFICIAL:
        request.needs_number = request.copy == PREVIEW
        yield stand_in(request.copy, request.lang)
        return
    output = check_output(request.output)
    with numbered(request.db, request.actor, office_id, kind, purpose=purpose, entity=entity,
                  entity_id=entity_id, on=on, lang=request.lang) as issued:
        yield NumberSlot(issued.text, issued)
        if request.deliver is not None:
            try:
                request.deliver(Path(output))
            except BaseException:
                Path(output).unlink(missing_ok=True)  # no copy is kept under a voided number
                raise
            request.delivered = True
