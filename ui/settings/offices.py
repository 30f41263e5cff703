"""The issuing offices and their letterheads: a list and an editor, admin only.

Every official letter prints the letterhead of the office that issues it (issue 3); this is
where an administrator sets the chain of bodies, the city, the Hijri date and the logo.

The offices and the organisations they may belong to are read by an operation, and a save is
a change (``ui.operations``): the editor waits, disabled, until they come, and its buttons wait
while a save is under way; the interface thread never waits for the database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.models import IssuingOffice
from desktop.services import lookups, offices
from desktop.services.actor import Actor
from desktop.services.errors import DomainError
from desktop.services.lookups import Choice
from desktop.services.offices import OfficeInput, OfficeRow
from ui.context import AppContext
from ui.direction import show_as_path, written_in
from ui.field_limits import limit_lengths
from ui.file_dialogs import open_file_name
from ui.operations import Operation, change_op, query_op

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Index = QModelIndex | QPersistentModelIndex
PLACEHOLDER = "…"


@dataclass(frozen=True)
class Letterheads:
    """What the editor shows: the offices, and the organisations an office may belong to."""

    offices: list[OfficeRow]
    organisations: list[Choice]


def read_letterheads(session: Session, lang: str) -> Letterheads:
    return Letterheads(offices.list_offices(session), lookups.organisations(session, lang))


def save_office(session: Session, actor: Actor, editing: OfficeRow | None,
                data: OfficeInput) -> int:
    """Create the office, or update the one being edited as it was read; its id."""
    if editing is None:
        office = offices.create_office(session, actor, data)
    else:
        office = offices.update_office(session, actor, editing.id, data,
                                       expected_version=editing.version)
    session.flush()
    return office.id


class OfficesModel(QAbstractTableModel):
    """The offices as rows: code, name, city. A handful per installation, read whole."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[OfficeRow] = []
        self.headers = (self.tr("Code"), self.tr("Name"), self.tr("City"))

    def set_rows(self, rows: list[OfficeRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        return (row.code, row.name, row.city or "")[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class OfficeEditor(QWidget):
    """The list of offices with an editor beside it.

    ``saved`` gives the office id once it is saved and shown in the list; ``loaded`` follows
    each reading of the list. ``pending`` is the save under way, ``loading`` whether a
    reading is."""

    saved = Signal(int)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current: OfficeRow | None = None
        self.pending: Operation | None = None
        self.loading = False
        self._shown_once = False
        self.model = OfficesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(self._on_table_row_changed)

        self.code = QLineEdit()
        self.name = QLineEdit()
        self.header_lines = QPlainTextEdit()
        self.header_lines.setPlaceholderText(self.tr("One body per line, the state first"))
        self.header_lines_en = QPlainTextEdit()
        # Each letterhead runs its own language's way, whichever language the program speaks.
        written_in(self.header_lines, Qt.LayoutDirection.RightToLeft)
        written_in(self.header_lines_en, Qt.LayoutDirection.LeftToRight)
        for box in (self.header_lines, self.header_lines_en):
            box.setFixedHeight(96)
        self.city = QLineEdit()
        self.show_hijri = QCheckBox(self.tr("Print the Hijri date beside the Gregorian"))
        self.logo = QLineEdit()
        limit_lengths({self.code: IssuingOffice.code, self.name: IssuingOffice.name,
                       self.city: IssuingOffice.city, self.logo: IssuingOffice.logo_path})
        show_as_path(self.logo)
        logo_button = QPushButton(self.tr("Choose…"))
        logo_button.clicked.connect(self.choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(logo_button)
        self.organisation = QComboBox()
        self.organisation.addItem(PLACEHOLDER, None)  # until the organisations are read

        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Letterhead"), self.header_lines)
        form.addRow(self.tr("Letterhead in English"), self.header_lines_en)
        form.addRow(self.tr("City"), self.city)
        form.addRow("", self.show_hijri)
        form.addRow(self.tr("Logo"), logo_row)
        form.addRow(self.tr("Organisation"), self.organisation)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New office"))
        self.new_button.clicked.connect(self.new_office)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        editor = QVBoxLayout()
        editor.addLayout(form)
        editor.addLayout(buttons)
        editor.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addLayout(editor, 3)
        self.form_widgets = [self.table, self.code, self.name, self.header_lines,
                             self.header_lines_en, self.city, self.show_hijri, self.logo,
                             logo_button, self.organisation]

        self.may_edit = ctx.actor.can()
        if not self.may_edit:
            self.error.setText(self.tr("Only an administrator may change the letterheads."))
        for widget in self.form_widgets:
            widget.setEnabled(False)  # until the offices are here
        self.reload()

    def _update_buttons(self) -> None:
        idle = self.pending is None and not self.loading
        for widget in (self.new_button, self.save_button):
            widget.setEnabled(self.may_edit and idle)

    def reload(self, select_id: int | None = None,
               then: Callable[[], None] | None = None) -> Operation:
        """Read the offices again; then show ``select_id`` (the first office the first time,
        or a new one if there is none) and call ``then``."""
        self.loading = True
        self._update_buttons()
        lang = self.ctx.language
        return query_op(self, self.ctx.db, lambda session: read_letterheads(session, lang)) \
            .success(lambda read: self._on_letterheads_read(read, select_id, then)) \
            .failure(self._on_letterheads_failed).run()

    def _on_letterheads_read(self, read: Letterheads, select_id: int | None,
                             then: Callable[[], None] | None) -> None:
        self.loading = False
        self.organisation.clear()
        self.organisation.addItem(self.tr("(none)"), None)
        for choice in read.organisations:
            self.organisation.addItem(choice.text, choice.id)
        self.model.set_rows(read.offices)
        for widget in self.form_widgets:
            widget.setEnabled(True)
        rows = [office.id for office in read.offices]
        if select_id in rows:
            self.select_row(rows.index(select_id))
        elif not self._shown_once and rows:
            self.select_row(0)
        elif not self._shown_once:
            self.new_office()
        else:
            self.show_office(self.current)  # the organisations were read again
        self._shown_once = True
        self._update_buttons()
        self.loaded.emit()
        if then is not None:
            then()

    def _on_letterheads_failed(self, error: BaseException) -> None:
        self.loading = False
        self._update_buttons()
        from ui.errors import show_error

        show_error(self, error)

    def select_row(self, row: int) -> None:
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.show_office(self.model.rows[row])

    def _on_table_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_office(self.model.rows[current.row()])

    def show_office(self, office: OfficeRow | None) -> None:
        self.current = office
        data = office.data if office is not None else OfficeInput("", "", "")
        self.code.setText(data.code)
        self.name.setText(data.name)
        self.header_lines.setPlainText(data.header_lines)
        self.header_lines_en.setPlainText(data.header_lines_en or "")
        self.city.setText(data.city or "")
        self.show_hijri.setChecked(bool(data.show_hijri))
        self.logo.setText(data.logo_path or "")
        self.organisation.setCurrentIndex(max(self.organisation.findData(data.organisation_id),
                                              0))
        if self.may_edit:
            self.error.setText("")

    def new_office(self) -> None:
        self.table.setCurrentIndex(QModelIndex())
        self.show_office(None)
        self.code.setFocus()

    def choose_logo(self) -> None:
        path = open_file_name(self, self.tr("The office's logo"), self.logo.text(),
                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.logo.setText(path)

    def entered(self) -> OfficeInput:
        return OfficeInput(
            code=self.code.text(), name=self.name.text(),
            header_lines=self.header_lines.toPlainText(),
            header_lines_en=self.header_lines_en.toPlainText() or None,
            city=self.city.text() or None, show_hijri=self.show_hijri.isChecked(),
            logo_path=self.logo.text() or None,
            organisation_id=self.organisation.currentData())

    def save(self) -> Operation | None:
        """Create or update from the form, as a change; a refusal shows its message in the
        editor and changes nothing. None if a save or a reading is under way."""
        if self.pending is not None or self.loading or not self.may_edit:
            return None
        data, editing, actor = self.entered(), self.current, self.ctx.actor
        self.pending = change_op(self, self.ctx.db, lambda session: save_office(
            session, actor, editing, data)) \
            .success(self._on_office_saved).failure(self._on_save_failed).run()
        self._update_buttons()
        return self.pending

    def _on_office_saved(self, office_id: int) -> None:
        self.pending = None
        self.error.setText("")
        self.reload(select_id=office_id, then=lambda: self.saved.emit(office_id))

    def _on_save_failed(self, error: BaseException) -> None:
        self.pending = None
        self._update_buttons()
        if isinstance(error, DomainError):
            self.error.setText(error.message(i18n.language()))
            return
        from ui.errors import show_error

        show_error(self, error)
