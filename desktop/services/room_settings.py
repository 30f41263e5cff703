"""The settings of the whole room, kept in the database: every workstation reads the same.

How long a workstation may stay unused before it locks (shared workstations: an officer who
walks away leaves nothing open to the next), set by an administrator; and whether the
database holds the demo data, which its sign-in then shows with the demo's accounts.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import RoomSetting
from desktop.services import audit, permissions
from desktop.services.actor import Actor
from desktop.services.errors import Invalid

LOCK_AFTER = "lock_after_minutes"
DEMO = "demo_data"
LOCK_DEFAULT_MINUTES = 15
LOCK_LEAST_MINUTES, LOCK_MOST_MINUTES = 1, 8 * 60


def _setting(session: Session, name: str, *, locked: bool = False) -> RoomSetting | None:
    query = select(RoomSetting).where(RoomSetting.name == name)
    if locked:
        query = query.with_for_update().execution_options(populate_existing=True)
    return session.scalars(query).one_or_none()


def _value(session: Session, name: str) -> str | None:
    setting = _setting(session, name)
    return setting.value if setting is not None else None


def lock_after_minutes(session: Session) -> int:
    """Minutes without a key or a click before a workstation locks (the default until an
    administrator sets it)."""
    stored = _value(session, LOCK_AFTER)
    try:
        minutes = int(stored) if stored is not None else LOCK_DEFAULT_MINUTES
    except ValueError:
        minutes = LOCK_DEFAULT_MINUTES
    return max(LOCK_LEAST_MINUTES, min(LOCK_MOST_MINUTES, minutes))


def set_lock_after(session: Session, actor: Actor, minutes: int) -> int:
    """An administrator sets the idle period of every workstation; audited."""
    permissions.require_admin(actor)
    if isinstance(minutes, bool) or not isinstance(minutes, int) \
            or not LOCK_LEAST_MINUTES <= minutes <= LOCK_MOST_MINUTES:
        raise Invalid("The screen locks after {least} to {most} minutes without use.",
                      least=LOCK_LEAST_MINUTES, most=LOCK_MOST_MINUTES)
    before = lock_after_minutes(session)
    setting = _setting(session, LOCK_AFTER, locked=True)
    if setting is None:
        setting = RoomSetting(name=LOCK_AFTER, value=str(minutes))
        session.add(setting)
    setting.value = str(minutes)
    session.flush()
    audit.record(session, actor, "update", entity="room_settings", entity_id=setting.id,
                 changes={LOCK_AFTER: [before, minutes]})
    return minutes


def is_demo(session: Session) -> bool:
    """Whether the database holds the demo data (its sign-in then names the demo's
    accounts and a banner says so; a real database never does)."""
    return _value(session, DEMO) is not None


def mark_demo(session: Session, scale: str, at: datetime) -> None:
    """The demo loader's mark, in its transaction: this database holds demo data (``at``: the
    moment the demo stamps on its rows, so a seed gives the same rows)."""
    if _setting(session, DEMO) is None:
        session.add(RoomSetting(name=DEMO, value=scale, created_at=at, updated_at=at))
