"""How fast the follow-up board answers with ten thousand directives.

Five hundred approved meetings of twenty directives each (a fifth of them with notes, a tenth
carried over to a later sitting) are written in bulk into a temporary SQLite database over the
demo registry; then the board's ordered numbers, its first page of rows, the home view's
counts and the letter's reading are timed for each kind of question the room asks (median of
five runs).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from desktop.demo import load_demo
from desktop.models import (
    Directive,
    DirectiveUpdate,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Organisation,
    OutcomeKind,
)
from desktop.services.directive_board import (
    DirectiveFilter,
    directive_counts,
    directive_ids,
    directive_rows,
)
from desktop.storage.database import Database
from desktop.storage.migrations import upgrade

MEETINGS, PER_MEETING, RUNS = 500, 20, 5
TODAY = date(2010, 3, 2)


def _fill(db: Database) -> list[int]:
    now = datetime(2010, 1, 1)
    with db.session() as s:
        bodies = list(s.scalars(select(Organisation.id).order_by(Organisation.id).limit(60)))
        meetings = [{"kind": MeetingKind.PERIODIC_MEETING, "subject": f"اجتماع دوري {m}",
                     "starts_at": now + timedelta(days=m % 60, hours=m % 9), "election_id": 2,
                     "status": MeetingStatus.APPROVED, "revision": 1, "search_key": "",
                     "classification": "unclassified", "created_at": now, "updated_at": now,
                     "version": 1} for m in range(MEETINGS)]
        ids = list(s.scalars(insert(Meeting).returning(Meeting.id), meetings))
        rows = [{"meeting_id": meeting_id, "kind": OutcomeKind.DIRECTIVE, "position": k,
                 "text": f"توجيه {k} في الاجتماع {m}: تأمين المراكز وتسيير الدوريات",
                 "responsible_organisation_id": bodies[(m + k) % len(bodies)],
                 "due_date": date(2010, 2, 1) + timedelta(days=(m * k) % 60),
                 "priority": "normal", "status": "open", "created_at": now,
                 "updated_at": now, "version": 1}
                for m, meeting_id in enumerate(ids) for k in range(PER_MEETING)]
        directives = list(s.scalars(insert(Directive).returning(Directive.id), rows))
        s.execute(insert(DirectiveUpdate), [
            {"directive_id": d, "at": now + timedelta(days=n % 50), "text": "متابعة هاتفية"}
            for n, d in enumerate(directives) if n % 5 == 0])
        carried = [{**rows[n], "meeting_id": ids[(n // PER_MEETING + 1) % MEETINGS],
                    "carried_over_from_id": d, "origin_id": d}
                   for n, d in enumerate(directives) if n % 10 == 0]
        s.execute(insert(Directive), carried)
    return bodies


def _median(work: Callable[[], object]) -> tuple[float, object]:
    times, result = [], None
    for _ in range(RUNS):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000, result


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="ghurfa-bench-") as folder:
        os.environ.setdefault("GHURFA_HOME", folder)
        db = Database(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        try:
            upgrade(db)
            load_demo(db)
            bodies = _fill(db)
            questions = {
                "every directive": DirectiveFilter(),
                "late only": DirectiveFilter(late_only=True),
                "a body and those under it": DirectiveFilter(organisation_id=bodies[1]),
                "due this week": DirectiveFilter(due_this_week=True),
                "Arabic search": DirectiveFilter(text="تامين المراكز 12"),
            }
            with db.reader() as s:
                for label, f in questions.items():
                    ms, ids = _median(lambda f=f: directive_ids(s, f, TODAY))
                    page, _ = _median(lambda ids=ids: directive_rows(s, ids[:100], TODAY))
                    print(f"   {label}: {len(ids):,} directives, numbers {ms:.0f} ms, "
                          f"first 100 rows {page:.0f} ms")
                for sort in ("updated", "responsible", "priority"):
                    ms, _ = _median(lambda sort=sort: directive_ids(
                        s, DirectiveFilter(), TODAY, sort))
                    print(f"   sorted by {sort}: {ms:.0f} ms")
                ms, counts = _median(lambda: directive_counts(s, TODAY, 2))
                print(f"   home counts ({counts.open:,} open, {counts.late:,} late): {ms:.0f} ms")
        finally:
            db.dispose()


if __name__ == "__main__":
    main()
