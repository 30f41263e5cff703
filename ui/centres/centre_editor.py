"""A centre's form: what lasts of it, and what the commission says of it for one election.

Both are saved in one unit of work (``update_centre`` or ``create_centre``, then
``record_for_election``): a refusal of either leaves both as they were. Each carries its own
version, so a save is refused if another workstation changed either since the form read them;
a centre the form found outside the election is saved into it only if nobody put it there
meanwhile (the version handed over is 0, which no stored record has).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.models import Centre, CentreKind, CentreStatus, RiskLevel
from desktop.services.errors import StaleRecord
from desktop.services.site_lists import CentreRecord, centre_record
from desktop.services.sites import (
    CentreInput,
    CommissionFacts,
    create_centre,
    record_for_election,
    update_centre,
)
from desktop.text.arabic import clean_input, code_form
from ui.centres.common import (
    Choices,
    CountBox,
    coordinate_field,
    read_area_choices,
    read_sector_choices,
    shown_number,
    typed,
    typed_number,
)
from ui.centres.editors import place_row
from ui.centres.form import RecordDialog
from ui.centres.table import kind_choices
from ui.context import AppContext
from ui.field_limits import limit_lengths
from ui.meetings.common import ChoiceCombo, enum_choices

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

CENTRE_FIELDS = ("code", "name", "kind", "area_id", "sector_id", "address", "latitude",
                 "longitude", "notes")
FACT_FIELDS = ("risk", "stations", "voters", "status")


@dataclass(frozen=True)
class CentreRead:
    record: CentreRecord | None  # None: a new centre
    areas: Choices
    sectors: Choices


class CentreEditor(RecordDialog):
    KIND = "centres"

    def __init__(self, ctx: AppContext, centre_id: int | None, election_id: int | None,
                 election_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(ctx, centre_id, self.tr("Centre") if centre_id is not None
                         else self.tr("New centre"), parent)
        self.election_id = election_id
        self.facts_version: int | None = None  # None: the centre is not in the election
        self.facts_record_id: int | None = None

        self.code = QLineEdit()
        self.code.setObjectName("centreCode")
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.code.setMaximumWidth(220)
        self.name = QLineEdit()
        self.name.setObjectName("centreName")
        self.kind = ChoiceCombo(kind_choices())
        self.kind.set_value(CentreKind.POLLING)
        self.area = ChoiceCombo(empty=self.tr("(none)"))
        self.sector = ChoiceCombo(empty=self.tr("(none)"))
        self.address = QLineEdit()
        limit_lengths({self.code: Centre.code, self.name: Centre.name,
                       self.address: Centre.address})
        self.latitude = coordinate_field("31.8356")
        self.latitude.setObjectName("centreLatitude")
        self.longitude = coordinate_field("47.1442")
        self.longitude.setObjectName("centreLongitude")
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(64)
        self.form.addRow(self.tr("Commission &code"), self.code)
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&Kind"), self.kind)
        self.form.addRow(self.tr("&Area"), self.area)
        self.form.addRow(self.tr("S&ector"), self.sector)
        self.form.addRow(self.tr("A&ddress"), self.address)
        self.form.addRow(self.tr("Place on the map"), place_row(self.latitude, self.longitude))
        self.form.addRow(self.tr("Notes"), self.notes)

        self.facts = QGroupBox(self.tr("The commission's facts for «{election}»").format(
            election=election_name) if election_id is not None
            else self.tr("No election chosen"))
        self.facts.setObjectName("centreFacts")
        self.risk = ChoiceCombo(enum_choices(RiskLevel))
        self.risk.set_value(RiskLevel.LOW)
        self.stations = CountBox()
        self.voters = CountBox()
        self.status = ChoiceCombo(enum_choices(CentreStatus))
        self.status.set_value(CentreStatus.PLANNED)
        facts = QFormLayout(self.facts)
        facts.addRow(self.tr("&Risk"), self.risk)
        facts.addRow(self.tr("S&tations"), self.stations)
        facts.addRow(self.tr("&Voters"), self.voters)
        facts.addRow(self.tr("&Status"), self.status)
        self.facts.setEnabled(election_id is not None)
        self.form.addRow(self.facts)
        self.resize(640, 560)
        self.start()

    # -- reading -----------------------------------------------------------------------------------

    def read_work(self) -> Callable[[Session], CentreRead]:
        centre_id, election_id = self.record_id, self.election_id

        def read(session: Session) -> CentreRead:
            record = (centre_record(session, centre_id, election_id)
                      if centre_id is not None else None)
            return CentreRead(record, read_area_choices(session), read_sector_choices(session))

        return read

    def show_read(self, read: CentreRead) -> None:
        self.area.set_choices(read.areas)
        self.sector.set_choices(read.sectors)
        record = read.record
        if record is None:  # a new centre is in the election it is made for
            self.facts.setCheckable(self.election_id is not None)
            self.facts.setChecked(True)
            return
        self.version = record.version
        self.code.setText(record.code)
        self.name.setText(record.name)
        self.kind.set_value(record.kind)
        self.area.set_value(record.area_id)
        self.sector.set_value(record.sector_id)
        self.address.setText(record.address or "")
        self.latitude.setText(shown_number(record.latitude))
        self.longitude.setText(shown_number(record.longitude))
        self.notes.setPlainText(record.notes or "")
        facts = record.facts
        if facts is None:
            self.facts_version = None
            # Not in the election: ticked, the save puts it there.
            self.facts.setCheckable(self.election_id is not None)
            self.facts.setChecked(False)
            return
        self.facts_version, self.facts_record_id = facts.version, facts.id
        self.facts.setCheckable(False)  # in it: it leaves by its status (closed), not here
        self._show_facts(facts.risk, facts.stations, facts.voters, facts.status)

    def _show_facts(self, risk: Any, stations: int, voters: int, status: Any) -> None:
        self.risk.set_value(risk)
        self.stations.setValue(stations)
        self.voters.setValue(voters)
        self.status.set_value(status)

    # -- saving ------------------------------------------------------------------------------------

    def entered(self) -> tuple[CentreInput, CommissionFacts | None]:
        data = CentreInput(
            code=self.code.text(), name=self.name.text(),
            kind=self.kind.value() or CentreKind.POLLING, area_id=self.area.value(),
            sector_id=self.sector.value(), address=typed(self.address),
            latitude=typed(self.latitude), longitude=typed(self.longitude),
            notes=self.notes.toPlainText() or None)
        in_election = self.election_id is not None and (
            not self.facts.isCheckable() or self.facts.isChecked())
        facts = CommissionFacts(risk=self.risk.value() or RiskLevel.LOW,
                                stations=self.stations.value(), voters=self.voters.value(),
                                status=self.status.value() or CentreStatus.PLANNED) \
            if in_election else None
        return data, facts

    def save_work(self, entered: tuple[CentreInput, CommissionFacts | None]
                  ) -> Callable[[Session], int]:
        data, facts = entered
        actor, election_id = self.ctx.actor, self.election_id
        centre_id, version = self.record_id, self.version
        facts_version = self.facts_version if self.facts_version is not None else 0

        def save(session: Session) -> int:
            if centre_id is None:
                centre = create_centre(session, actor, data)
                session.flush()
            else:
                centre = update_centre(session, actor, centre_id, data,
                                       expected_version=version)
            if facts is not None and election_id is not None:
                record_for_election(session, actor, election_id, centre.id, facts,
                                    expected_version=facts_version)
            session.flush()
            return centre.id

        return save

    def versions(self) -> dict[str, dict[int, int | None]]:
        found = super().versions()
        if self.facts_record_id is not None:
            found["election_centres"] = {self.facts_record_id: self.facts_version}
        return found

    # -- a save refused as stale -------------------------------------------------------------------

    def stored_fields(self, error: StaleRecord) -> list[tuple[str, Any, Any]]:
        data, facts = self.entered()
        stored = error.stored
        if error.record == "election_centres":
            mine = facts or CommissionFacts()
            return [(self.tr("Risk"), stored.get("risk"), mine.risk),
                    (self.tr("Stations"), stored.get("stations"), mine.stations),
                    (self.tr("Voters"), stored.get("voters"), mine.voters),
                    (self.tr("Status"), stored.get("status"), mine.status)]
        return [
            (self.tr("Commission code"), stored.get("code"), code_form(data.code)),
            (self.tr("Name"), stored.get("name"), clean_input(data.name)),
            (self.tr("Kind"), self.kind.choices.text_of(stored.get("kind")),
             self.kind.choices.text_of(data.kind)),
            (self.tr("Area"), self.area.choices.text_of(stored.get("area_id")),
             self.area.choices.text_of(data.area_id)),
            (self.tr("Sector"), self.sector.choices.text_of(stored.get("sector_id")),
             self.sector.choices.text_of(data.sector_id)),
            (self.tr("Address"), stored.get("address"), clean_input(data.address)),
            (self.tr("Latitude"), stored.get("latitude"), typed_number(data.latitude)),
            (self.tr("Longitude"), stored.get("longitude"), typed_number(data.longitude)),
            (self.tr("Notes"), stored.get("notes"), clean_input(data.notes)),
        ]

    def take_stored(self, error: StaleRecord) -> None:
        stored = error.stored
        if error.record == "election_centres":
            self.facts_version = error.stored_version
            self._show_facts(stored.get("risk"), stored.get("stations") or 0,
                             stored.get("voters") or 0, stored.get("status"))
            return
        self.version = error.stored_version
        self.code.setText(stored.get("code") or "")
        self.name.setText(stored.get("name") or "")
        self.kind.set_value(stored.get("kind"))
        self.area.set_value(stored.get("area_id"))
        self.sector.set_value(stored.get("sector_id"))
        self.address.setText(stored.get("address") or "")
        self.latitude.setText(shown_number(stored.get("latitude")))
        self.longitude.setText(shown_number(stored.get("longitude")))
        self.notes.setPlainText(stored.get("notes") or "")

    def keep_typed(self, error: StaleRecord) -> None:
        if error.record == "election_centres":
            self.facts_version = error.stored_version
        else:
            self.version = error.stored_version

