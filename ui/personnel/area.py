"""The Personnel area: the registry of people, detachments and vehicles, each with its form.

Three tabs: the people (searched in the core as one types, ``ui.personnel.people``), the
detachments with their leader and crew, and the vehicles with their status (short lists, read
whole and searched in memory, ``ui.centres.pages.RegisterPage``). New and Edit open a form
(``ui.personnel.forms``, ``ui.personnel.detachment_form``); a save reaches every list, here
and on the assignment board, through the room's change notices. «Import personnel…» (beside
the tabs, Ctrl+I on the people) opens the sheet import dialog (``ui.personnel.import_dialog``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QTabWidget, QToolButton, QVBoxLayout, QWidget

from desktop.services import permissions
from desktop.services.registry_lists import DetachmentListRow, detachment_list, vehicle_list
from ui.centres.common import refusal
from ui.centres.form import RecordDialog
from ui.centres.pages import RegisterPage
from ui.context import AppContext
from ui.itemmodels.ids import Column
from ui.labels import label
from ui.personnel.detachment_form import DetachmentEditor
from ui.personnel.forms import PersonEditor, VehicleEditor
from ui.personnel.people import PeoplePage
from ui.record_forms import RecordForms

COUNT = Qt.AlignmentFlag.AlignCenter


def _crew(row: DetachmentListRow) -> str:
    names = [m.title for m in row.members]
    return "، ".join(names)


DETACHMENT_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Detachment"), lambda r: r.name),
    Column("organisation", QT_TRANSLATE_NOOP("Columns", "Organisation"),
           lambda r: r.organisation),
    Column("leader", QT_TRANSLATE_NOOP("Columns", "Leader"),
           lambda r: r.leader.title if r.leader else ""),
    Column("crew", QT_TRANSLATE_NOOP("Columns", "Crew"), lambda r: r.crew, align=COUNT),
    Column("members", QT_TRANSLATE_NOOP("Columns", "Members"), _crew),
)
VEHICLE_COLUMNS = (
    Column("plate", QT_TRANSLATE_NOOP("Columns", "Plate"), lambda r: r.plate),
    Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: label(r.kind)),
    Column("organisation", QT_TRANSLATE_NOOP("Columns", "Organisation"),
           lambda r: r.organisation),
    Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: label(r.status)),
)


class PersonnelArea(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.forms = RecordForms(ctx.changes is not None)
        self.people = PeoplePage(ctx)
        self.people.open_requested.connect(self.open_person)
        self.detachments = RegisterPage(
            ctx, columns=DETACHMENT_COLUMNS, read=detachment_list,
            kinds=("detachments", "detachment_members", "people", "organisations"),
            roles=permissions.DEPLOYMENT, new_text=self.tr("New detachment"), stretch=4)
        self.detachments.open_requested.connect(self.open_detachment)
        self.vehicles = RegisterPage(
            ctx, columns=VEHICLE_COLUMNS, read=vehicle_list,
            kinds=("vehicles", "organisations"), roles=permissions.DEPLOYMENT,
            new_text=self.tr("New vehicle"), stretch=2)
        self.vehicles.open_requested.connect(self.open_vehicle)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("personnelTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.people, self.tr("People"))
        self.tabs.addTab(self.detachments, self.tr("Detachments"))
        self.tabs.addTab(self.vehicles, self.tr("Vehicles"))
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.import_action = QAction(self.tr("Import personnel…"), self.people)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.import_action.triggered.connect(self.import_personnel)
        self.people.addAction(self.import_action)
        refused = refusal(ctx.actor, permissions.REGISTRY)
        self.import_action.setEnabled(refused is None)
        self.import_action.setToolTip(refused or "")
        self.import_button = QToolButton()
        self.import_button.setDefaultAction(self.import_action)
        self.import_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.tabs.setCornerWidget(self.import_button, Qt.Corner.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.tabs)
        self.setFocusProxy(self.people)

    def open_person(self, person_id: int | None) -> RecordDialog:
        return self.forms.open(("people", person_id),
                          lambda: PersonEditor(self.ctx, person_id, self), self.people)

    def open_detachment(self, detachment_id: int | None) -> RecordDialog:
        return self.forms.open(("detachments", detachment_id),
                          lambda: DetachmentEditor(self.ctx, detachment_id, self),
                          self.detachments)

    def open_vehicle(self, vehicle_id: int | None) -> RecordDialog:
        return self.forms.open(("vehicles", vehicle_id),
                          lambda: VehicleEditor(self.ctx, vehicle_id, self), self.vehicles)

    def import_personnel(self) -> QDialog:
        from ui.personnel.import_dialog import ImportPersonnelDialog

        dialog = ImportPersonnelDialog(self.ctx, self)
        dialog.open()
        return dialog

    def can_close(self) -> bool:
        return True
