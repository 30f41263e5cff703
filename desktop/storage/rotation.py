"""Which automatic backups to keep: the newest of each recent day, week and month.

The scheme is the grandfather-father-son rotation of backup tools (restic's ``--keep-daily``,
``--keep-weekly``, ``--keep-monthly``): walking from the newest backup to the oldest, the first
one met in a day is that day's, kept while fewer than ``daily`` days are; the same with ISO
weeks and calendar months. Days, weeks and months count only those that hold a backup, so a
program left unused for a season still keeps its last twelve days of work, not nothing. The
``last`` newest are kept whatever their day (the one taken just before an import among them),
and a backup dated after ``now`` (a clock set back) is never the one deleted.

Pure: times in, the times to keep out; the files are the caller's (``desktop.storage.backups``).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import datetime

DAILY, WEEKLY, MONTHLY, LAST = 12, 10, 9, 3


def _day(moment: datetime) -> Hashable:
    return moment.date()


def _week(moment: datetime) -> Hashable:
    year, week, _weekday = moment.isocalendar()
    return year, week


def _month(moment: datetime) -> Hashable:
    return moment.year, moment.month


def to_keep(moments: Iterable[datetime], *, now: datetime, daily: int = DAILY,
            weekly: int = WEEKLY, monthly: int = MONTHLY, last: int = LAST) -> set[datetime]:
    """The moments (of backups) that the rotation keeps; every other one may be deleted."""
    newest_first = sorted(set(moments), reverse=True)
    keep = {moment for moment in newest_first if moment > now}
    past = [moment for moment in newest_first if moment <= now]
    keep.update(past[:max(last, 0)])
    buckets: tuple[tuple[int, Callable[[datetime], Hashable]], ...] = (
        (daily, _day), (weekly, _week), (monthly, _month))
    for count, bucket in buckets:
        seen: set[Hashable] = set()
        for moment in past:
            if len(seen) >= count:
                break
            key = bucket(moment)
            if key not in seen:
                seen.add(key)
                keep.add(moment)
    return keep
