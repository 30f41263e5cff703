"""How fast the meetings list answers with thousands of meetings, in the core and in the window.

Five thousand meetings with a dozen attendees each are written in bulk into a temporary
SQLite database over the demo registry; then the ordered ids and the first page of rows are
timed for each kind of question the list asks, and the same again through the list's model
(``IdTableModel``: from asking to the first 50 rows' cells painted, its reads running on the
operations' pool as in the window).
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from desktop.demo import load_demo
from desktop.models import (
    Attendance,
    AttendanceCapacity,
    Classification,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Organisation,
    Person,
    Presence,
)
from desktop.services.meeting_list import meeting_ids, meeting_rows
from desktop.services.meetings import MeetingFilter
from desktop.storage.database import Database
from desktop.storage.migrations import upgrade
from desktop.text.arabic import normalise

MEETINGS = 5_000
ATTENDEES = 12
BATCH = 1_000
LIMIT_MS = 100.0
SUBJECTS = ("اجتماع اللجنة الأمنية الأسبوعي", "مؤتمر أمني موسع لخطة حماية مراكز الاقتراع",
            "جلسة مجلس المفوضين", "زيارة ميدانية لمراكز تسجيل الناخبين",
            "اجتماع تنسيقي لتوزيع المفارز والعجلات")
PLACES = ("مقر قيادة الشرطة", "مكتب المفوضية", "غرفة العمليات", "قاعة المحافظة")


def fill_meetings(db: Database, meetings: int = MEETINGS, attendees_each: int = ATTENDEES, *,
                  seed: int = 2008, start: datetime = datetime(2008, 1, 1, 9, 0),
                  hours_apart: int = 7, batch: int = BATCH) -> tuple[int, str]:
    """Meetings and attendances in bulk over the demo registry; returns an attendee's id and
    a searched word. The room benchmark fills its hundred thousand with it too."""
    rng = random.Random(seed)
    with db.session() as session:
        people = list(session.scalars(select(Person.id)))
        organisations = list(session.scalars(select(Organisation.id)))
    kinds, statuses = list(MeetingKind), list(MeetingStatus)
    for first in range(0, meetings, batch):
        rows, chosen = [], []
        for n in range(first, min(first + batch, meetings)):
            subject, place = rng.choice(SUBJECTS) + f" رقم {n}", rng.choice(PLACES)
            attendees = rng.sample(people, attendees_each)
            chosen.append(attendees)
            rows.append({
                "kind": rng.choice(kinds), "subject": subject, "place": place,
                "starts_at": start + timedelta(hours=hours_apart * n),
                "status": rng.choice(statuses),
                "classification": Classification.UNCLASSIFIED, "revision": 1,
                "chair_id": attendees[0], "organiser_id": rng.choice(organisations),
                "search_key": normalise(f"{subject} {place}")[:1000]})
        with db.session() as session:
            ids = list(session.scalars(insert(Meeting).returning(Meeting.id), rows))
            session.execute(insert(Attendance), [
                {"meeting_id": meeting_id, "person_id": person_id, "position": position,
                 "capacity": AttendanceCapacity.CHAIR if position == 0
                 else AttendanceCapacity.MEMBER, "presence": Presence.PRESENT}
                for meeting_id, attendees in zip(ids, chosen, strict=True)
                for position, person_id in enumerate(attendees)])
    return people[len(people) // 2], "حمايه"  # typed without the ta marbuta


def _best_ms(work: Callable[[], object], runs: int = 5) -> float:
    """The median of a few runs after a warm-up: the figure a user meets after the first."""
    work()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _core(db: Database, f: MeetingFilter, sort: str) -> Callable[[], object]:
    def work() -> object:
        with db.reader() as session:
            ids = meeting_ids(session, f, sort, True)
            return len(ids), meeting_rows(session, ids[:100])
    return work


def _model(db: Database, f: MeetingFilter, sort_column: int) -> Callable[[], object]:
    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt

    from ui.itemmodels.ids import PLACEHOLDER, IdTableModel
    from ui.meetings.listing import COLUMNS, MeetingSource

    def work() -> object:
        model = IdTableModel(COLUMNS, MeetingSource(f), db)
        model.sort(sort_column, Qt.SortOrder.DescendingOrder)
        shown = min(50, model.rowCount())
        while True:  # the event loop runs, as the window's does, until the cells are in
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            if model.loading:
                continue
            shown = min(50, model.rowCount())
            cells = [model.data(model.index(row, column)) for row in range(shown)
                     for column in range(model.columnCount())]
            if PLACEHOLDER not in cells:
                return model.rowCount(), cells
    return work


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{Path(folder) / 'meetings.sqlite3'}")
        try:
            upgrade(db)
            load_demo(db)
            started = time.perf_counter()
            attendee, word = fill_meetings(db)
            print(f"   {MEETINGS} meetings, {MEETINGS * ATTENDEES} attendances written in "
                  f"{time.perf_counter() - started:.1f} s", flush=True)
            cases = (("no filter", MeetingFilter(), "starts_at", 0),
                     (f"text search «{word}»", MeetingFilter(text=word), "starts_at", 0),
                     ("attendee filter", MeetingFilter(attendee_id=attendee), "starts_at", 0),
                     ("sorted by chair", MeetingFilter(), "chair", 5))
            slow = []
            for label, f, sort, column in cases:
                core, model = _best_ms(_core(db, f, sort)), _best_ms(_model(db, f, column))
                with db.reader() as session:
                    count = len(meeting_ids(session, f, sort, True))
                print(f"   {label:<28} {count:>5} rows: ids + first page {core:6.1f} ms; "
                      f"list model, 50 rows painted {model:6.1f} ms", flush=True)
                if max(core, model) > LIMIT_MS:
                    slow.append(label)
            print(f"   over {LIMIT_MS:.0f} ms: {', '.join(slow) if slow else 'none'}")
        finally:
            db.dispose()
    del app


if __name__ == "__main__":
    main()
