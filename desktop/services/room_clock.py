"""The room's day: which calendar day it is where the room sits, whatever clock asks.

A directive due on 3 March is late from the first minute of 4 March *in the room*. Three
clocks could answer "what day is it", and two of them are wrong for part of every night:

- the database server's (``CURRENT_DATE``): a PostgreSQL server keeps its own time zone,
  often UTC; SQLite's ``date('now')`` is always UTC. In Baghdad (UTC+3) both still say
  yesterday until three in the morning, so a directive would turn late three hours after
  midnight, and on each workstation at another moment than on the server;
- the UTC date of the moment: the same fault;
- the workstation's clock read in the room's time zone: right. The instant comes from the
  workstation (its clock is kept by the system, and every workstation of a room agrees on
  it to the second); the calendar is the room's.

So the day is computed here, in Python, and handed to the database as a parameter: no query
of the program asks the server what day it is. The room's time zone is the ``room_time_zone``
setting (an IANA name such as ``Asia/Baghdad`` or ``Africa/Tripoli``) where the workstation's
own zone is not the room's (a laptop left on UTC, a server running the command line),
otherwise the workstation's zone. Moments the program stores are naive UTC
(``desktop.models.base.utcnow``); ``day_of`` reads one as a day of the room.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop import settings

log = logging.getLogger(__name__)
ZONE_SETTING = "room_time_zone"


def room_zone() -> tzinfo:
    """The room's time zone: the setting if it names one this computer knows, else the
    workstation's own (said once in the log when the setting cannot be read)."""
    name = settings.load().get(ZONE_SETTING)
    if isinstance(name, str) and name.strip():
        try:
            return ZoneInfo(name.strip())
        except (ZoneInfoNotFoundError, ValueError):
            log.warning("the room's time zone %r is unknown here; the workstation's is used",
                        name)
    return datetime.now().astimezone().tzinfo or UTC


def _aware(moment: datetime | None) -> datetime:
    """``moment`` as an aware instant: now if None, naive values read as UTC (as stored)."""
    if moment is None:
        return datetime.now(UTC)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def today(now: datetime | None = None, zone: tzinfo | None = None) -> date:
    """The room's calendar day at the instant ``now`` (default: this instant)."""
    return _aware(now).astimezone(zone or room_zone()).date()


def day_of(moment: datetime, zone: tzinfo | None = None) -> date:
    """The room's day of a stored moment (naive UTC, as the program stores them)."""
    return _aware(moment).astimezone(zone or room_zone()).date()


def until_midnight(now: datetime | None = None, zone: tzinfo | None = None) -> timedelta:
    """How long until the room's next day begins: a view counting days late reads again
    then, so a directive turns late on screen at midnight without a click."""
    zone = zone or room_zone()
    local = _aware(now).astimezone(zone)
    midnight = datetime.combine(local.date() + timedelta(days=1), datetime.min.time(),
                                tzinfo=zone)
    # Compared as instants: a day of 23 or 25 hours (a change of summer time) is counted right.
    return midnight.astimezone(UTC) - local.astimezone(UTC)


def local(moment: datetime, zone: tzinfo | None = None) -> datetime:
    """A stored moment (naive UTC) as the room's clock read it, without a zone: what a
    document or a view prints beside a follow-up note."""
    return _aware(moment).astimezone(zone or room_zone()).replace(tzinfo=None)
