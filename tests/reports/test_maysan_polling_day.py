"""Issue 11's "done means", walked on the seed demo (``ghurfa --demo``): the commander sees
which of Maysan's 22 centres are covered for polling day, fills the gaps, gets no
double-booked officer even while a colleague on another workstation assigns one of the
proposed people at the same moment, publishes the roster, and prints the assignment orders of
the six police sections and the roster of every centre, ready to sign.

On both engines: the race is one of two ``Database`` objects (two workstations, a connection
each), PostgreSQL's advisory locks or SQLite's one writer. The PostgreSQL run is skipped
without ``GHURFA_TEST_PG_URL``; the documents are read back with pdftotext (skipped without
poppler-utils).
"""

from __future__ import annotations

import contextlib
import threading
from collections import Counter
from typing import Any

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.demo import load_demo
from desktop.models import (
    Assignment,
    Election,
    Organisation,
    OrganisationKind,
    PhaseKind,
    RosterStatus,
    Shift,
)
from desktop.services import duty, duty_board, fill, rosters
from desktop.services.actor import actor_for
from desktop.services.assignments import AssignmentInput, assign
from desktop.services.coverage import CoverageLevel
from desktop.services.duty_board import SiteKind
from desktop.services.errors import Conflict
from desktop.services.fill import acceptance
from desktop.services.findings import Rule
from desktop.storage.database import Database
from tests.reports.conftest import normalise, pdf_pages, pdf_text

POLLING_DAY = "2009-01-31"
COMMANDER_NAME = "سعد علي حربيه"  # the demo's commander, who signs


@pytest.fixture
def maysan(db: Database) -> Database:
    load_demo(db)
    return db


def _polling_shifts(db: Database) -> tuple[int, list[int]]:
    with db.reader() as s:
        election = s.scalars(select(Election).order_by(Election.polling_date)).first()
        shifts = s.scalars(select(Shift).where(
            Shift.election_id == election.id, Shift.phase == PhaseKind.POLLING_DAY)
            .order_by(Shift.starts_at)).all()
        return election.id, [shift.id for shift in shifts]


def _pause_once(monkeypatch, module: Any, name: str, barrier: threading.Barrier) -> None:
    """``module.name`` waits, the first time it has run, for the other racer to be past its
    own check (or a second): where the duty locks did not hold the second racer back, both
    would pass their checks before either wrote."""
    original = getattr(module, name)
    done = threading.Event()

    def paused(*args: Any, **kwargs: Any) -> Any:
        result = original(*args, **kwargs)
        if not done.is_set():
            done.set()
            with contextlib.suppress(threading.BrokenBarrierError):
                barrier.wait(1.0)
        return result

    monkeypatch.setattr(module, name, paused)


def _at_once(*actions) -> list[tuple[str, Any]]:
    """Each action in a thread of its own, started together: ("ok", result) or ("error",
    the error raised)."""
    start = threading.Barrier(len(actions))
    results: list[tuple[str, Any]] = [("none", None)] * len(actions)

    def run(index: int) -> None:
        start.wait(10)
        try:
            results[index] = ("ok", actions[index]())
        except Exception as error:  # reported to the test's thread
            results[index] = ("error", error)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(actions))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    return results


def _duties_per_person(db: Database, shift_id: int) -> Counter:
    """Each person's duties in the shift, alone or in a detachment's crew."""
    with db.reader() as s:
        rows = s.execute(select(Assignment.person_id, Assignment.detachment_id)
                         .where(Assignment.shift_id == shift_id)).all()
        crews = duty.crews(s, {r.detachment_id for r in rows if r.detachment_id})
    counted: Counter = Counter()
    for person_id, detachment_id in rows:
        if person_id is not None:
            counted[person_id] += 1
        for member in crews.get(detachment_id, ()) if detachment_id else ():
            counted[member] += 1
    return counted


def _cli(db: Database, *args: str) -> None:
    code = main(["--db", db.url.render_as_string(hide_password=False), *args])
    assert code == 0, args


def test_maysans_polling_day_is_covered_published_and_printed_ready_to_sign(
        maysan, tmp_path, monkeypatch):
    db = maysan
    election_id, shifts = _polling_shifts(db)
    morning = shifts[0]
    assert len(shifts) == 3  # morning, afternoon, night

    # One view: the board's sites for the morning, the 22 centres with their coverage.
    with db.reader() as s:
        sites = duty_board.site_rows(s, morning)
    centres = [r for r in sites if r.kind is SiteKind.CENTRE]
    assert len(centres) == 22
    totals = duty_board.board_totals(sites)
    assert totals.centres == 22 and totals.partial + totals.none > 0  # gaps to fill
    assert {r.level for r in centres} >= {CoverageLevel.FULL, CoverageLevel.PARTIAL}

    # The proposal: read, nothing saved.
    with db.reader() as s:
        proposal = fill.propose(s, morning)
        staff = actor_for(s, "staff")
        commander = actor_for(s, "commander")
    assert proposal.uncovered_before == totals.partial + totals.none
    assert proposal.uncovered_after < proposal.uncovered_before
    assert _duties_per_person(db, morning).most_common(1)[0][1] == 1

    # A colleague on another workstation sends one of the proposed guards to another centre
    # of the proposal at the very moment the commander's staff accepts it.
    guards = [r for r in proposal.rows if r.person_id is not None and str(r.role) == "guard"]
    taken = guards[0]
    elsewhere = next(r.centre_id for r in guards if r.centre_id not in (None, taken.centre_id))
    barrier = threading.Barrier(2)
    _pause_once(monkeypatch, acceptance, "check_for", barrier)
    _pause_once(monkeypatch, duty, "person_findings", barrier)
    other = Database(db.url.render_as_string(hide_password=False))  # a second workstation

    def accepting() -> fill.AcceptReport:
        with db.session() as s:
            return fill.accept(s, staff, proposal)

    def colleague() -> int:
        with other.session() as s:
            return assign(s, staff, AssignmentInput(
                morning, "guard", centre_id=elsewhere, person_id=taken.person_id)).id

    try:
        (kind_a, report), (kind_b, theirs) = _at_once(accepting, colleague)
    finally:
        other.dispose()
    assert kind_a == "ok", report
    skipped = {row.row_id: row for row in report.skipped}
    if kind_b == "ok":  # the colleague was first: the proposal's row is skipped, and said
        assert taken.id in skipped
        assert skipped[taken.id].findings[0].rule is Rule.OVERLAP
        assert len(report.accepted) == len(proposal.rows) - len(skipped)
    else:  # the acceptance was first: the colleague is refused, in words
        assert isinstance(theirs, Conflict), theirs
        assert theirs.message("ar")
        assert not skipped
    with db.reader() as s:
        kept = s.scalars(select(Assignment).where(Assignment.shift_id == morning,
                                                  Assignment.person_id == taken.person_id))
        assert len(kept.all()) == 1
    assert max(_duties_per_person(db, morning).values()) == 1  # nobody double-booked

    # The other two shifts of the day filled too, then the three published by the commander.
    for shift_id in shifts[1:]:
        with db.reader() as s:
            later = fill.propose(s, shift_id)
        with db.session() as s:
            assert not fill.accept(s, staff, later).skipped
    with db.reader() as s:
        after = duty_board.board_totals(duty_board.site_rows(s, morning))
    assert after.partial + after.none < totals.partial + totals.none
    for shift_id in shifts:
        assert max(_duties_per_person(db, shift_id).values()) == 1
        with db.session() as s:
            rosters.publish_roster(s, commander, shift_id)
    with db.reader() as s:
        assert all(rosters.roster_state(s, i).status is RosterStatus.PUBLISHED for i in shifts)
        sections = [o.name_ar for o in s.scalars(select(Organisation).where(
            Organisation.kind == OrganisationKind.SECTION, Organisation.parent_id.in_(
                select(Organisation.id).where(Organisation.name_ar == "قيادة شرطة ميسان"))))]
    assert len(sections) == 6

    # The orders of polling day: one letter for each of the six sections, signed, no draft.
    orders = tmp_path / "orders.pdf"
    _cli(db, "report", "orders", "--election", str(election_id), "--date", POLLING_DAY,
         "-o", str(orders))
    text = normalise(pdf_text(orders))
    for section in sections:
        assert text.count(f"إلى / {section}") == 1, section
    assert text.count("أمر تنسيب") >= 6
    assert text.count(COMMANDER_NAME) >= 6  # each letter's signature block
    assert "مسودة" not in text  # every shift of the day is published
    assert pdf_pages(orders) >= 6

    # The roster of the day, a page (or more) for each centre, each signed.
    roster = tmp_path / "roster.pdf"
    _cli(db, "report", "roster", "--election", str(election_id), "--date", POLLING_DAY,
         "-o", str(roster))
    pages = pdf_pages(roster)
    assert pages >= 22
    texts = [normalise(pdf_text(roster, page)) for page in range(1, pages + 1)]
    for centre in centres:
        assert any(centre.code in page and centre.name in page for page in texts), centre.code
    assert all("مسودة" not in page for page in texts)
    assert sum(page.count("التوقيع") for page in texts) >= 22
