"""Vehicles: plate, kind, owning unit and whether they can go out."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Organisation, Vehicle, VehicleKind, VehicleStatus
from desktop.services import audit, duty, permissions, validation
from desktop.services.actor import Actor
from desktop.services.errors import Conflict
from desktop.text.arabic import plate_form


@dataclass
class VehicleInput:
    plate: str
    kind: VehicleKind | str
    organisation_id: int | None = None
    status: VehicleStatus | str = VehicleStatus.AVAILABLE
    notes: str | None = None


def _apply(session: Session, vehicle: Vehicle, data: VehicleInput) -> None:
    # «ميسان ١٢٣٤» is «ميسان 1234», «بغداد 12345 أ» is «بغداد 12345 ا»
    plate = plate_form(validation.code(data.plate, "Plate", max_length=40))
    taken = select(Vehicle.id).where(Vehicle.plate == plate, Vehicle.id != (vehicle.id or -1))
    if session.scalar(taken) is not None:
        raise Conflict("A vehicle with plate {plate} is already registered.", plate=plate)
    validation.existing(session, Organisation, data.organisation_id, "Organisation")
    vehicle.plate = plate
    vehicle.kind = validation.choice(VehicleKind, data.kind, "Vehicle kind")
    vehicle.organisation_id = data.organisation_id
    vehicle.status = validation.choice(VehicleStatus, data.status, "Status")
    vehicle.notes = validation.text(data.notes, "Notes", max_length=20_000, required=False)


def create_vehicle(session: Session, actor: Actor, data: VehicleInput) -> Vehicle:
    permissions.require(actor, permissions.DEPLOYMENT)
    vehicle = Vehicle()
    _apply(session, vehicle, data)
    session.add(vehicle)
    audit.record(session, actor, "create", vehicle)
    return vehicle


def update_vehicle(session: Session, actor: Actor, vehicle_id: int, data: VehicleInput, *,
                   expected_version: int | None = None) -> Vehicle:
    """Change a vehicle's plate, kind, unit or status; refused if the copy edited is stale.

    The vehicle's duty lock is held, so a workstation sending it out at the same moment
    reads the new status (one in maintenance is not sent out) rather than the old."""
    permissions.require(actor, permissions.DEPLOYMENT)
    duty.lock_duty(session, vehicles=[validation.identifier(vehicle_id, "Vehicle")])
    vehicle = validation.editable(session, Vehicle, vehicle_id, "Vehicle", expected_version)
    _apply(session, vehicle, data)
    audit.record(session, actor, "update", vehicle)
    return vehicle
