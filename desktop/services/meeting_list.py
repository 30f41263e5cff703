"""The meetings list as the interface pages it: the ids in order, then rows by id.

Like Anki's browser, the database filters and sorts the whole list into ids (cheap: one
indexed column), and the list fetches the rows of the ids on screen. No page is asked by
OFFSET, whose cost grows with the depth of the scroll, and a change elsewhere in the room can
be shown by reading the ids again and only the rows that changed.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from desktop.models import Attendance, DocumentNumber, Election, Meeting, Organisation, Person
from desktop.services.meetings import MeetingFilter, MeetingRow, _filtered
from desktop.services.numbering import format_number

SORTS = ("starts_at", "subject", "kind", "status", "organiser", "chair")


def _organiser_name(lang: str):
    return (func.coalesce(Organisation.name_en, Organisation.name_ar) if lang == "en"
            else Organisation.name_ar)


def meeting_ids(session: Session, f: MeetingFilter, sort: str = "starts_at",
                descending: bool = True, lang: str = "ar") -> list[int]:
    """Every meeting the filter keeps, in the order asked (ties by id, so the order is
    stable between two reads)."""
    chair = aliased(Person)
    orders = {"starts_at": Meeting.starts_at, "subject": Meeting.subject, "kind": Meeting.kind,
              "status": Meeting.status, "organiser": _organiser_name(lang),
              "chair": chair.full_name_ar}
    column = orders.get(sort, Meeting.starts_at)
    stmt = select(Meeting.id).where(Meeting.id.in_(_filtered(f)))
    if sort == "organiser":
        stmt = stmt.outerjoin(Organisation, Meeting.organiser_id == Organisation.id)
    elif sort == "chair":
        stmt = stmt.outerjoin(chair, Meeting.chair_id == chair.id)
    stmt = stmt.order_by(column.desc() if descending else column.asc(),
                         Meeting.id.desc() if descending else Meeting.id.asc())
    return list(session.scalars(stmt))


def meeting_rows(session: Session, ids: Sequence[int], lang: str = "ar") -> list[MeetingRow]:
    """The rows of ``ids`` that still exist, in the order of ``ids``."""
    if not ids:
        return []
    chair = aliased(Person)
    attendees = (select(func.count(Attendance.id)).where(Attendance.meeting_id == Meeting.id)
                 .correlate(Meeting).scalar_subquery())
    stmt = (
        select(Meeting.id, Meeting.starts_at, Meeting.subject, Meeting.kind, Meeting.status,
               Meeting.revision, Election.name, _organiser_name(lang), chair.full_name_ar,
               attendees, Meeting.document_number_id, Meeting.version)
        .outerjoin(Election, Meeting.election_id == Election.id)
        .outerjoin(Organisation, Meeting.organiser_id == Organisation.id)
        .outerjoin(chair, Meeting.chair_id == chair.id)
        .where(Meeting.id.in_(list(ids)))
    )
    found = {r[0]: r for r in session.execute(stmt).all()}
    number_ids = [r[10] for r in found.values() if r[10] is not None]
    numbers = {n.id: format_number(n) for n in session.scalars(
        select(DocumentNumber).where(DocumentNumber.id.in_(number_ids)))} if number_ids else {}
    return [MeetingRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9] or 0,
                       numbers.get(r[10]), r[11])
            for i in ids if (r := found.get(i)) is not None]
