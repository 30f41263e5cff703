"""The proposal as the commander reviews it: each row with the names it places (the site, the
person or detachment, the vehicle), read in a few queries, so the board shows a national
proposal without a query a row and nothing on its interface thread.

    review = review_of(session, proposal)   # reads, saves nothing
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.models import AssignmentRole, Centre, Detachment, Person, Post, Vehicle
from desktop.services.fill.plan import Preference, Proposal
from desktop.services.people import formal_name

_CHUNK = 5_000


@dataclass(frozen=True, slots=True)
class ProposalLine:
    """One proposed assignment in words. ``centre_id`` is None for a post."""

    row_id: int
    centre_id: int | None
    site_code: str
    site: str
    role: AssignmentRole
    who: str
    service_number: str | None
    vehicle: str | None
    preference: Preference
    outside_organisation: bool


@dataclass(frozen=True)
class ProposalReview:
    """The proposal and its lines, in the proposal's order (the most wanting sites first)."""

    proposal: Proposal
    lines: tuple[ProposalLine, ...]


def _by_id(session: Session, model, ids: Iterable[int | None], *options) -> dict[int, object]:
    wanted = sorted({i for i in ids if i is not None})
    found: dict[int, object] = {}
    for start in range(0, len(wanted), _CHUNK):
        stmt = select(model).where(model.id.in_(wanted[start:start + _CHUNK]))
        if options:
            stmt = stmt.options(*options)
        found.update((record.id, record) for record in session.scalars(stmt))
    return found


def review_of(session: Session, proposal: Proposal) -> ProposalReview:
    rows = proposal.rows
    centres = _by_id(session, Centre, (r.centre_id for r in rows))
    posts = _by_id(session, Post, (r.post_id for r in rows))
    people = _by_id(session, Person, (r.person_id for r in rows),
                    selectinload(Person.rank))
    teams = _by_id(session, Detachment, (r.detachment_id for r in rows))
    vehicles = _by_id(session, Vehicle, (r.vehicle_id for r in rows))
    lines = []
    for row in rows:
        centre = centres.get(row.centre_id) if row.centre_id is not None else None
        post = posts.get(row.post_id) if row.post_id is not None else None
        person = people.get(row.person_id) if row.person_id is not None else None
        team = teams.get(row.detachment_id) if row.detachment_id is not None else None
        vehicle = vehicles.get(row.vehicle_id) if row.vehicle_id is not None else None
        lines.append(ProposalLine(
            row.id, row.centre_id, centre.code if centre is not None else "",
            centre.name if centre is not None else post.name if post is not None else "",
            row.role, formal_name(person) if person is not None
            else team.name if team is not None else "",
            person.service_number if person is not None else None,
            vehicle.plate if vehicle is not None else None, row.preference,
            row.outside_organisation))
    return ProposalReview(proposal, tuple(lines))
