"""Two workstations printing at once never draw the same number."""

from __future__ import annotations

import threading

from sqlalchemy import select

from desktop.models import DocumentNumber, IssuingOffice
from desktop.services.actor import SYSTEM
from desktop.services.numbering import issue_number


def test_concurrent_numbering_gives_distinct_sequential_numbers(db):
    with db.session() as s:
        office = IssuingOffice(code="ع م", name="غرفة العمليات", header_lines="جمهورية العراق")
        s.add(office)
        s.flush()
        office_id = office.id
    errors: list[BaseException] = []

    def print_documents() -> None:
        try:
            for _ in range(10):
                with db.session() as s:
                    issue_number(s, SYSTEM, office_id, "letter")
        except BaseException as error:  # reported to the main thread
            errors.append(error)

    workers = [threading.Thread(target=print_documents) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert not errors, errors
    with db.reader() as s:
        sequences = sorted(s.scalars(select(DocumentNumber.sequence)))
    assert sequences == list(range(1, 41))
