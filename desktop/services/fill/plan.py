"""What the fill-the-gaps proposal hands the commander, and what accepting it did: plain
frozen values, so the board can show them off the worker thread and nothing is saved by
looking."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from desktop.models import AssignmentRole
from desktop.services.assignment_checks import AssignmentInput
from desktop.services.coverage import CentreCoverage, CoverageLevel, Totals
from desktop.services.fill.checks import Row
from desktop.services.findings import Finding


class Preference(StrEnum):
    """How near to its site a proposed person, detachment or vehicle comes from, best first."""

    HOME_SECTOR = "home_sector"  # serves in this sector, of the unit that holds it
    OWN_UNIT = "own_unit"  # of the unit that holds the sector (or a unit beneath it)
    NEIGHBOURING_UNIT = "neighbouring_unit"  # of the same command: the board warns
    ANYWHERE = "anywhere"  # the site's sector names no unit: anyone of the room


@dataclass(frozen=True, slots=True)
class ProposedRow:
    """One assignment the proposal would make. ``id`` is its number in the proposal (what a
    partial acceptance names); ``outside_organisation``: ``check_assignment`` will warn that
    the person or detachment is not of the unit that holds the site's sector."""

    id: int
    row: Row
    preference: Preference
    outside_organisation: bool = False
    hours: float = 0.0  # the shift's length: what it adds to the person's duty

    @property
    def role(self) -> AssignmentRole:
        return self.row.role

    @property
    def centre_id(self) -> int | None:
        return self.row.centre_id

    @property
    def post_id(self) -> int | None:
        return self.row.post_id

    @property
    def person_id(self) -> int | None:
        return self.row.person_id

    @property
    def detachment_id(self) -> int | None:
        return self.row.detachment_id

    @property
    def vehicle_id(self) -> int | None:
        return self.row.vehicle_id

    def input(self, shift_id: int) -> AssignmentInput:
        r = self.row
        return AssignmentInput(shift_id, r.role, r.centre_id, r.post_id, r.person_id,
                               r.detachment_id, r.vehicle_id)


@dataclass(frozen=True, slots=True)
class Shortfall:
    """A site the proposal leaves short: what it still lacks, for want of anyone free."""

    centre_id: int | None
    post_id: int | None
    officers: int
    vehicles: int
    rapid_response: bool
    commander: bool  # it has no commander and no officer was free


@dataclass(frozen=True, slots=True)
class Spread:
    """Duty hours in the election of the people the proposal could draw on (free for the
    shift, of a rank it places): the widest gap between two of them, and the deviation."""

    people: int
    spread: float  # max − min
    deviation: float  # population standard deviation
    mean: float


@dataclass(frozen=True)
class Proposal:
    shift_id: int
    election_id: int
    published: bool  # accepting it is an amendment of a published roster
    rows: tuple[ProposedRow, ...]
    before: Totals
    after: Totals
    levels_before: Mapping[int, CoverageLevel]  # by centre
    levels_after: Mapping[int, CoverageLevel]
    posts_unmanned_before: int
    posts_unmanned_after: int
    hours_before: Spread
    hours_after: Spread
    shortfalls: tuple[Shortfall, ...] = ()
    # what each centre would have, by id: officers, vehicles, rapid cover against its minimum
    coverage_after: Mapping[int, CentreCoverage] = field(default_factory=dict)
    method: str = "greedy"

    @property
    def uncovered_before(self) -> int:
        """Centres not fully covered (partly or not at all), as ``ghurfa coverage`` counts."""
        return self.before.partial + self.before.none

    @property
    def uncovered_after(self) -> int:
        return self.after.partial + self.after.none

    @property
    def hours_spread(self) -> float:
        return self.hours_after.spread

    def chosen(self, row_ids: Collection[int] | None = None,
               centre_ids: Collection[int] | None = None) -> list[ProposedRow]:
        """The rows named by number or by centre (both None: all; both given: either)."""
        if row_ids is None and centre_ids is None:
            return list(self.rows)
        ids, centres = set(row_ids or ()), set(centre_ids or ())
        return [r for r in self.rows if r.id in ids or r.centre_id in centres]


@dataclass(frozen=True, slots=True)
class AcceptedRow:
    row_id: int
    assignment_id: int
    warnings: tuple[Finding, ...] = ()


@dataclass(frozen=True, slots=True)
class SkippedRow:
    """A row no longer possible (a colleague put the person elsewhere meanwhile, someone fell
    sick): not written, with what ``check_assignment`` says of it now."""

    row_id: int
    findings: tuple[Finding, ...]

    @property
    def reason(self) -> Finding | None:
        return self.findings[0] if self.findings else None


@dataclass(frozen=True)
class AcceptReport:
    shift_id: int
    accepted: tuple[AcceptedRow, ...] = field(default_factory=tuple)
    skipped: tuple[SkippedRow, ...] = field(default_factory=tuple)
