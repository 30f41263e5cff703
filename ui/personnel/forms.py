"""The registry's forms: a person, a vehicle. Each is a ``RecordDialog`` (``ui.centres.form``):
read by an operation with the choices of its boxes, saved by one change, refused in words
with everything typed kept, theirs beside mine when another workstation saved first, told at
once of a change elsewhere. The rules that hold a record whole are the core's: a service
number held by someone else of the same force, a person put out of service while on duty
stays on the roster review as broken, a vehicle sent to maintenance is refused for new duty.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from desktop.models import Person, Vehicle, VehicleKind, VehicleStatus
from desktop.services import permissions
from desktop.services.errors import StaleRecord
from desktop.services.people import PersonInput, create_person, ranks, update_person
from desktop.services.registry_lists import (
    PersonRecord,
    VehicleListRow,
    person_record,
    sector_choices,
    vehicle_list,
)
from desktop.services.vehicles import VehicleInput, create_vehicle, update_vehicle
from desktop.text.arabic import clean_input
from ui.centres.common import Choices, read_organisation_choices
from ui.centres.form import RecordDialog
from ui.context import AppContext
from ui.field_limits import limit_lengths
from ui.meetings.common import ChoiceCombo, enum_choices

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def notes_field() -> QPlainTextEdit:
    notes = QPlainTextEdit()
    notes.setMaximumHeight(64)
    return notes


def text_or_none(edit: QLineEdit) -> str | None:
    return edit.text() if edit.text().strip() else None


@dataclass(frozen=True)
class PersonRead:
    person: PersonRecord | None
    ranks: Choices
    organisations: Choices
    sectors: Choices


class PersonEditor(RecordDialog):
    """An officer, an official or a representative of the registry."""

    KIND = "people"
    ROLES = permissions.REGISTRY

    def __init__(self, ctx: AppContext, person_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, person_id, self.tr("Person") if person_id is not None
                         else self.tr("New person"), parent)
        self.full_name = QLineEdit()
        self.full_name.setObjectName("personName")
        self.latin = QLineEdit()
        self.honorific = QLineEdit()
        self.honorific.setPlaceholderText(self.tr("e.g. الدكتور، الحاج"))
        self.rank = ChoiceCombo(empty=self.tr("(none)"))
        self.rank.setObjectName("personRank")
        self.staff = QCheckBox(self.tr("Staff-qualified (الركن)"))
        self.position = QLineEdit()
        self.number = QLineEdit()
        self.number.setObjectName("personNumber")
        self.organisation = ChoiceCombo(empty=self.tr("(none)"))
        self.organisation.setObjectName("personOrganisation")
        self.home = ChoiceCombo(empty=self.tr("(none)"))
        self.home.setObjectName("personHomeSector")
        self.phone = QLineEdit()
        limit_lengths({self.full_name: Person.full_name_ar, self.latin: Person.name_latin,
                       self.honorific: Person.honorific, self.position: Person.position_title,
                       self.number: Person.service_number, self.phone: Person.phone})
        self.active = QCheckBox(self.tr("Active (may be put on duty)"))
        self.active.setObjectName("personActive")
        self.active.setChecked(True)
        self.notes = notes_field()
        self.form.addRow(self.tr("Full &name"), self.full_name)
        self.form.addRow(self.tr("&Rank"), self.rank)
        self.form.addRow("", self.staff)
        self.form.addRow(self.tr("Honorifi&c"), self.honorific)
        self.form.addRow(self.tr("Service n&umber"), self.number)
        self.form.addRow(self.tr("&Organisation"), self.organisation)
        self.form.addRow(self.tr("Pos&ition"), self.position)
        self.form.addRow(self.tr("&Home sector"), self.home)
        self.form.addRow(self.tr("&Phone"), self.phone)
        self.form.addRow(self.tr("&Latin name"), self.latin)
        self.form.addRow("", self.active)
        self.form.addRow(self.tr("Notes"), self.notes)
        self.start()

    def read_work(self) -> Callable[[Session], PersonRead]:
        person_id, lang = self.record_id, self.ctx.language

        def read(session: Session) -> PersonRead:
            found = person_record(session, person_id) if person_id is not None else None
            return PersonRead(found, ranks(session), read_organisation_choices(session, lang),
                              sector_choices(session))

        return read

    def show_read(self, read: PersonRead) -> None:
        self.rank.set_choices(read.ranks)
        self.organisation.set_choices(read.organisations)
        self.home.set_choices(read.sectors)
        if read.person is not None:
            self.version = read.person.version
            self._show(read.person.__dict__)

    def _show(self, values: dict[str, Any]) -> None:
        self.full_name.setText(values.get("full_name_ar") or "")
        self.latin.setText(values.get("name_latin") or "")
        self.honorific.setText(values.get("honorific") or "")
        self.rank.set_value(values.get("rank_id"))
        self.staff.setChecked(bool(values.get("staff_qualified")))
        self.position.setText(values.get("position_title") or "")
        self.number.setText(values.get("service_number") or "")
        self.organisation.set_value(values.get("organisation_id"))
        self.home.set_value(values.get("home_sector_id"))
        self.phone.setText(values.get("phone") or "")
        self.active.setChecked(values.get("active") is not False)
        self.notes.setPlainText(values.get("notes") or "")

    def entered(self) -> PersonInput:
        return PersonInput(
            self.full_name.text(), rank_id=self.rank.value(),
            honorific=text_or_none(self.honorific), staff_qualified=self.staff.isChecked(),
            position_title=text_or_none(self.position), service_number=text_or_none(self.number),
            organisation_id=self.organisation.value(), name_latin=text_or_none(self.latin),
            phone=text_or_none(self.phone), notes=self.notes.toPlainText() or None,
            active=self.active.isChecked(), home_sector_id=self.home.value())

    def save_work(self, entered: PersonInput) -> Callable[[Session], int]:
        return self.create_or_update(create_person, update_person, entered)

    def stored_fields(self, error: StaleRecord) -> list[tuple[str, Any, Any]]:
        data, stored = self.entered(), error.stored
        texts = [(self.tr("Full name"), "full_name_ar", data.full_name_ar),
                 (self.tr("Latin name"), "name_latin", data.name_latin),
                 (self.tr("Honorific"), "honorific", data.honorific),
                 (self.tr("Position"), "position_title", data.position_title),
                 (self.tr("Service number"), "service_number", data.service_number),
                 (self.tr("Phone"), "phone", data.phone), (self.tr("Notes"), "notes", data.notes)]
        found = [(name, stored.get(key), clean_input(typed)) for name, key, typed in texts]
        for name, key, box, typed in (
                (self.tr("Rank"), "rank_id", self.rank, data.rank_id),
                (self.tr("Organisation"), "organisation_id", self.organisation,
                 data.organisation_id),
                (self.tr("Home sector"), "home_sector_id", self.home, data.home_sector_id)):
            found.append((name, box.choices.text_of(stored.get(key)), box.choices.text_of(typed)))
        yes, no = self.tr("yes"), self.tr("no")
        for name, key, typed in ((self.tr("Staff-qualified"), "staff_qualified",
                                  data.staff_qualified),
                                 (self.tr("Active"), "active", data.active)):
            found.append((name, yes if stored.get(key) else no, yes if typed else no))
        return found

    def take_stored(self, error: StaleRecord) -> None:
        self.version = error.stored_version
        self._show(error.stored)


@dataclass(frozen=True)
class VehicleRead:
    vehicle: VehicleListRow | None
    organisations: Choices


class VehicleEditor(RecordDialog):
    """A vehicle: its plate, kind, owning unit and whether it can go out."""

    KIND = "vehicles"

    def __init__(self, ctx: AppContext, vehicle_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, vehicle_id, self.tr("Vehicle") if vehicle_id is not None
                         else self.tr("New vehicle"), parent)
        self.plate = QLineEdit()
        self.plate.setObjectName("vehiclePlate")
        self.plate.setPlaceholderText("ميسان 1234")
        limit_lengths({self.plate: Vehicle.plate})
        self.kind = ChoiceCombo(enum_choices(VehicleKind))
        self.kind.set_value(VehicleKind.PICKUP)
        self.organisation = ChoiceCombo(empty=self.tr("(none)"))
        self.status = ChoiceCombo(enum_choices(VehicleStatus))
        self.status.setObjectName("vehicleStatus")
        self.status.set_value(VehicleStatus.AVAILABLE)
        self.notes = notes_field()
        self.form.addRow(self.tr("&Plate"), self.plate)
        self.form.addRow(self.tr("&Kind"), self.kind)
        self.form.addRow(self.tr("&Organisation"), self.organisation)
        self.form.addRow(self.tr("&Status"), self.status)
        self.form.addRow(self.tr("Notes"), self.notes)
        self.start()

    def read_work(self) -> Callable[[Session], VehicleRead]:
        vehicle_id, lang = self.record_id, self.ctx.language

        def read(session: Session) -> VehicleRead:
            found = vehicle_list(session, ids=[vehicle_id])[0] if vehicle_id is not None \
                else None
            return VehicleRead(found, read_organisation_choices(session, lang))

        return read

    def show_read(self, read: VehicleRead) -> None:
        self.organisation.set_choices(read.organisations)
        if read.vehicle is not None:
            self.version = read.vehicle.version
            self._show(read.vehicle.plate, read.vehicle.kind, read.vehicle.organisation_id,
                       read.vehicle.status, read.vehicle.notes)

    def _show(self, plate: str, kind: Any, organisation_id: int | None, status: Any,
              notes: str | None) -> None:
        self.plate.setText(plate)
        self.kind.set_value(kind)
        self.organisation.set_value(organisation_id)
        self.status.set_value(status)
        self.notes.setPlainText(notes or "")

    def entered(self) -> VehicleInput:
        return VehicleInput(self.plate.text(), self.kind.value() or VehicleKind.OTHER,
                            self.organisation.value(),
                            self.status.value() or VehicleStatus.AVAILABLE,
                            self.notes.toPlainText() or None)

    def save_work(self, entered: VehicleInput) -> Callable[[Session], int]:
        return self.create_or_update(create_vehicle, update_vehicle, entered)

    def stored_fields(self, error: StaleRecord) -> list[tuple[str, Any, Any]]:
        data, stored = self.entered(), error.stored
        return [
            (self.tr("Plate"), stored.get("plate"), clean_input(data.plate)),
            (self.tr("Kind"), stored.get("kind"), data.kind),
            (self.tr("Organisation"), self.organisation.choices.text_of(
                stored.get("organisation_id")), self.organisation.choices.text_of(
                data.organisation_id)),
            (self.tr("Status"), stored.get("status"), data.status),
            (self.tr("Notes"), stored.get("notes"), clean_input(data.notes)),
        ]

    def take_stored(self, error: StaleRecord) -> None:
        stored = error.stored
        self.version = error.stored_version
        self._show(stored.get("plate") or "", stored.get("kind"), stored.get("organisation_id"),
                   stored.get("status"), stored.get("notes"))
