"""A vehicle sent to a centre or post for a shift: which of the assignments there takes it.

A vehicle does not stand on duty by itself: it rides with a person or a detachment
(``Assignment.vehicle_id``; an assignment is of one person or one detachment, never of a
vehicle alone). So a commander who drops a vehicle on a site means "this site has it in this
shift", and the board gives it to one of the site's assignments that has no vehicle yet:

- the centre commander's, if it has none: the commander answers for the centre and what it
  has, and goes round with it;
- otherwise the only one there without a vehicle;
- if several are without one and none is the commander's, the user is asked which
  (``candidates``, as the board lists them: by role, then as placed);
- if none can take it, the refusal says why: nobody is on duty there yet, everyone there has
  a vehicle already, or the vehicle is there already.

Whether the vehicle may go out at all (in maintenance, out of service, at another site in an
overlapping shift) is the rules' (``check_assignment``), which the change runs as every change
of the board does; ``blocking`` carries the rules' errors about the vehicle itself, which no
choice of assignment mends, so nobody is asked which assignment takes a vehicle that cannot go.
The change itself is ``assignments.update_assignment`` of the assignment chosen, against the
version read here, so a colleague who gave it a vehicle meanwhile is not overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.models import AssignmentRole, Centre, Post, Shift, Vehicle
from desktop.services import assignment_checks, duty, validation
from desktop.services.duty_board import AssignedRow, SiteKey, SiteKind, assigned_at
from desktop.services.errors import Conflict, DomainError, Invalid
from desktop.services.findings import Finding


@dataclass(frozen=True)
class VehicleTargets:
    """Where a vehicle sent to a site goes. ``chosen``: the assignment that takes it, if the
    rule above names one; ``candidates``: those that could (several: the user chooses);
    ``refusal``: why none can, or None; ``blocking``: the rules' errors about the vehicle."""

    vehicle_id: int
    plate: str
    site: str
    candidates: tuple[AssignedRow, ...]
    chosen: AssignedRow | None
    refusal: DomainError | None
    blocking: tuple[Finding, ...]

    @property
    def must_ask(self) -> bool:
        """Whether the user is to choose among the candidates."""
        return (self.refusal is None and not self.blocking and self.chosen is None
                and len(self.candidates) > 1)


def _site_name(session: Session, site: SiteKey) -> str:
    kind, site_id = site
    if SiteKind(kind) is SiteKind.CENTRE:
        return validation.required(session, Centre, site_id, "Centre").name
    return validation.required(session, Post, site_id, "Post").name


def vehicle_targets(session: Session, shift_id: int, site: SiteKey,
                    vehicle_id: int) -> VehicleTargets:
    """Which assignment at ``site`` in the shift takes the vehicle, or why none does."""
    shift = validation.required(session, Shift, shift_id, "Shift")
    vehicle = validation.required(session, Vehicle, vehicle_id, "Vehicle")
    name = _site_name(session, site)
    rows = assigned_at(session, shift.id, site)
    where = {"plate": vehicle.plate, "site": name, "shift": shift.label}
    refusal: DomainError | None = None
    there = next((r for r in rows if r.vehicle_id == vehicle.id), None)
    candidates = tuple(r for r in rows if r.vehicle_id is None)
    if there is not None:
        refusal = Conflict("Vehicle {plate} is already at {site} in the shift {shift}, with "
                           "{name}.", name=there.who, **where)
    elif not rows:
        refusal = Invalid("Vehicle {plate} cannot go to {site} in the shift {shift}: nobody "
                          "is on duty there yet, and a vehicle goes out with a person or a "
                          "detachment. Place someone there first.", **where)
    elif not candidates:
        refusal = Conflict("Vehicle {plate} cannot go to {site} in the shift {shift}: "
                           "everyone on duty there has a vehicle already. To change one, "
                           "give the vehicle to that assignment itself.", **where)
    if refusal is not None:
        return VehicleTargets(vehicle.id, vehicle.plate, name, candidates, None, refusal, ())
    blocking = [f for f in [*duty.in_service(vehicle),
                            *assignment_checks.time_findings(session, shift, vehicle=vehicle)]
                if f.is_error]
    commander = next((r for r in candidates if r.role is AssignmentRole.CENTRE_COMMANDER),
                     None)
    chosen = commander or (candidates[0] if len(candidates) == 1 else None)
    return VehicleTargets(vehicle.id, vehicle.plate, name, candidates, chosen, None,
                          tuple(blocking))
