"""The issuing offices and their letterheads: a list and an editor, admin only.

Every official letter prints the letterhead of the office that issues it (issue 3); this is
where an administrator sets the chain of bodies, the city, the Hijri date and the logo.
"""

from __future__ import annotations

from typing import Any

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
from desktop.services import lookups, offices
from desktop.services.errors import DomainError
from desktop.services.offices import OfficeInput, OfficeRow
from ui.context import AppContext
from ui.direction import show_as_path, written_in
from ui.file_dialogs import open_file_name

Index = QModelIndex | QPersistentModelIndex


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
    """The list of offices with an editor beside it; ``saved`` gives the office id."""

    saved = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current: OfficeRow | None = None
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
        show_as_path(self.logo)
        logo_button = QPushButton(self.tr("Choose…"))
        logo_button.clicked.connect(self.choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(logo_button)
        self.organisation = QComboBox()
        self.organisation.addItem(self.tr("(none)"), None)
        with ctx.db.reader() as session:
            for choice in lookups.organisations(session, ctx.language):
                self.organisation.addItem(choice.text, choice.id)

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

        may_edit = ctx.actor.can()
        if not may_edit:
            self.error.setText(self.tr("Only an administrator may change the letterheads."))
        for widget in (self.new_button, self.save_button):
            widget.setEnabled(may_edit)
        self.reload()
        if self.model.rows:
            self.select_row(0)
        else:
            self.new_office()

    def reload(self, select_id: int | None = None) -> None:
        with self.ctx.db.reader() as session:
            self.model.set_rows(offices.list_offices(session))
        if select_id is not None:
            for row, office in enumerate(self.model.rows):
                if office.id == select_id:
                    self.select_row(row)

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
        if self.ctx.actor.can():
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

    def save(self) -> int | None:
        """Create or update from the form; a refusal shows its message and changes nothing."""
        data = self.entered()
        try:
            with self.ctx.db.session() as session:
                if self.current is None:
                    office = offices.create_office(session, self.ctx.actor, data)
                else:
                    office = offices.update_office(session, self.ctx.actor, self.current.id,
                                                   data, expected_version=self.current.version)
                session.flush()
                office_id = office.id
        except DomainError as error:
            self.error.setText(error.message(i18n.language()))
            return None
        self.error.setText("")
        self.reload(select_id=office_id)
        self.saved.emit(office_id)
        return office_id
