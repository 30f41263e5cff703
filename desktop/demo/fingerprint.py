"""The approved minutes' seal, from the minutes service.

The approval seal (the registry copy and the fingerprint) belongs to the minutes service; the
demo only asks it, so the demo and a real approval can never disagree on how it is made.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from desktop.models import Meeting
from desktop.services import minutes


def seal(session: Session, meeting: Meeting) -> None:
    session.flush()
    session.refresh(meeting)
    record = minutes.sealed_copy(meeting)
    value = minutes.fingerprint(meeting, record)
    # One statement that names every column it sets: no "updated now" stamp, so the same
    # seed gives the same rows.
    session.execute(update(Meeting).where(Meeting.id == meeting.id)
                    .values(fingerprint=value, sealed_record=record,
                            updated_at=meeting.updated_at))
    session.refresh(meeting)
