"""Small building blocks for core tests, made through the services themselves."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Base
from desktop.services.actor import SYSTEM
from desktop.services.assignments import ShiftInput, create_shift
from desktop.services.elections import ElectionInput, create_election
from desktop.services.organisations import OrganisationInput, create_organisation
from desktop.services.people import PersonInput, add_rank, create_person
from desktop.services.sites import CentreInput, create_centre


def row_counts(session: Session) -> dict[str, int]:
    """Rows per table: two equal snapshots mean an action changed nothing. The audit trail
    counts only what was done: a refusal is recorded (on its own, after the rollback), and
    that record is no change."""
    return {
        table.name: session.scalar(
            select(func.count()).select_from(table).where(table.c.outcome == "done")
            if table.name == "audit_entries" else select(func.count()).select_from(table))
        for table in Base.metadata.sorted_tables
    }


def basic_world(session: Session) -> dict[str, int]:
    """A ministry, a command under it, two ranks, two people, a centre, an election, a shift."""
    ministry = create_organisation(session, SYSTEM, OrganisationInput("وزارة الداخلية", "ministry"))
    session.flush()
    command = create_organisation(
        session, SYSTEM, OrganisationInput("قيادة شرطة ميسان", "command", parent_id=ministry.id)
    )
    brigadier = add_rank(session, SYSTEM, "عميد", 4, "Brigadier")
    captain = add_rank(session, SYSTEM, "نقيب", 8, "Captain")
    session.flush()
    chief = create_person(session, SYSTEM, PersonInput(
        "سعد علي حربيه", rank_id=brigadier.id, staff_qualified=True,
        position_title="قائد شرطة ميسان", service_number="1001", organisation_id=command.id))
    officer = create_person(session, SYSTEM, PersonInput(
        "حسن كاظم جبار", rank_id=captain.id, service_number="2002", organisation_id=command.id))
    centre = create_centre(session, SYSTEM, CentreInput(
        code="MS-101", name="مدرسة الرسالة", kind="registration",
        latitude=31.84, longitude=47.15))
    election = create_election(session, SYSTEM, ElectionInput(
        "انتخابات مجالس المحافظات", "provincial_councils", date(2009, 1, 31)))
    session.flush()
    shift = create_shift(session, SYSTEM, ShiftInput(
        election.id, "polling_day", date(2009, 1, 31), time(6), time(14), "الوجبة الأولى"))
    session.flush()
    return {
        "ministry": ministry.id, "command": command.id, "chief": chief.id,
        "officer": officer.id, "centre": centre.id, "election": election.id,
        "shift": shift.id, "captain": captain.id,
    }
