"""The approved minutes' fingerprint, from the minutes service when it is installed.

The approval fingerprint belongs to the minutes service; the demo only asks it, so the demo
and a real approval can never disagree on how it is computed.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from desktop.models import Meeting


def _service() -> Callable[..., Any] | None:
    try:
        minutes = importlib.import_module("desktop.services.minutes")
    except ImportError:
        return None
    return getattr(minutes, "fingerprint", None)


def seal(session: Session, meeting: Meeting) -> None:
    compute = _service()
    if compute is None:
        return
    session.flush()
    session.refresh(meeting)
    value = compute(meeting)
    if isinstance(value, str):
        # One statement that names every column it sets: no "updated now" stamp, so the same
        # seed gives the same rows.
        session.execute(update(Meeting).where(Meeting.id == meeting.id)
                        .values(fingerprint=value, updated_at=meeting.updated_at))
        session.refresh(meeting)
