"""The home view's figures: counted by the database, matching the rows, on both engines."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from desktop.demo import load_demo
from desktop.models import (
    Assignment,
    Centre,
    CentreKind,
    Directive,
    DirectiveStatus,
    MeetingStatus,
    OutcomeKind,
)
from desktop.services import lookups
from desktop.services.overview import overview


def test_an_empty_database_counts_zero_everywhere(db):
    with db.reader() as session:
        data = overview(session)
    assert data.centre_total == 0 and data.meeting_total == 0 and data.people == 0
    assert set(data.meetings) == set(MeetingStatus)
    assert set(data.centres) == set(CentreKind)


def test_the_seed_set_is_counted_as_its_rows(db):
    load_demo(db)
    with db.reader() as session:
        data = overview(session, today=date(2010, 1, 1))
        registration = session.scalar(select(func.count()).select_from(Centre)
                                      .where(Centre.kind == CentreKind.REGISTRATION))
        assignments = session.scalar(select(func.count()).select_from(Assignment))
        followed = session.scalar(select(func.count()).select_from(Directive).where(
            Directive.kind.in_((OutcomeKind.DECISION, OutcomeKind.DIRECTIVE)),
            Directive.status.in_((DirectiveStatus.OPEN, DirectiveStatus.IN_PROGRESS))))
    assert data.centres[CentreKind.REGISTRATION] == registration == 22
    assert data.assignments == assignments > 0
    assert data.people == 546
    assert data.elections >= 1
    assert data.meetings[MeetingStatus.APPROVED] == 1
    assert data.meetings[MeetingStatus.AWAITING_APPROVAL] == 1
    assert data.open_directives == followed > 0


def test_overdue_depends_on_the_day(db):
    load_demo(db)
    with db.reader() as session:
        long_ago = overview(session, today=date(2000, 1, 1))
        far_ahead = overview(session, today=date(2100, 1, 1))
    assert long_ago.overdue_directives == 0
    assert 0 < far_ahead.overdue_directives <= far_ahead.open_directives


def test_lookups_list_what_the_pickers_offer(db):
    load_demo(db)
    with db.reader() as session:
        offices = lookups.choices(session, "office")
        meetings = lookups.choices(session, "meeting")
        elections = lookups.choices(session, "election", "en")
        organisations = lookups.choices(session, "organisation")
        shifts = lookups.choices(session, "shift")
    assert len(offices) == 3 and all(o.text for o in offices)
    # The demo's ten shifts, the newer election (Dhi Qar, 2010) first, each by day and hours.
    assert len(shifts) == 10 and shifts[0].text.endswith("(\u206606:00–18:00\u2069)")
    assert "\u20662010-03-04\u2069" in shifts[0].text and "2009-01-27" in shifts[4].text
    assert all("\u2066" in e.text for e in elections)  # dates kept left to right in Arabic
    assert len(meetings) == 2
    assert elections and all(str(e.id) for e in elections)
    assert any("ميسان" in o.text for o in organisations)
