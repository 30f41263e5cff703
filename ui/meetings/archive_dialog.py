"""The paper-archive export: every approved meeting of an election or a date range, as numbered
PDFs with an index, made in the background with progress and cancel.

The elections are read by an operation: the box shows «…» and the export waits until they
come (``elections_read``), the latest chosen."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.meetings import lookup
from ui.meetings.common import ChoiceCombo, DateBox, set_date_format, show_error

FOLDER_PREFERENCE = "meetings_archive_folder"


def _day(edit: QDateEdit) -> date:
    picked = edit.date()
    return date(picked.year(), picked.month(), picked.day())


class ArchiveDialog(QDialog):
    elections_read = Signal()  # the election box has its choices

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.operation: Any = None
        self.written: Path | None = None  # the folder the last export made
        self.report: QMessageBox | None = None  # the note that says where it went
        self.setWindowTitle(self.tr("Archive export of approved minutes"))
        self.by_election = QRadioButton(self.tr("One &election"))
        self.by_dates = QRadioButton(self.tr("A &date range"))
        group = QButtonGroup(self)
        group.addButton(self.by_election)
        group.addButton(self.by_dates)
        self.by_election.setChecked(True)
        self.election = ChoiceCombo()
        today = QDate.currentDate()
        self.date_from, self.date_to = DateBox(today.addMonths(-1)), DateBox(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            set_date_format(edit, "yyyy-MM-dd")
        self.folder = QLineEdit(ctx.preferences.get(FOLDER_PREFERENCE, ""))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._on_browse_clicked)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(self.date_to)
        form = QFormLayout()
        form.addRow(self.by_election, self.election)
        form.addRow(self.by_dates, dates)
        folder_label = QLabel(self.tr("&Folder"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("Export"))
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.export_button.setEnabled(False)  # until the elections are here
        lang = ctx.language
        self.reading = lookup.fill(self.election, ctx.db,
                                   lambda session: lookup.read_elections(session, lang),
                                   self._on_elections_read)
        self.reading.failed.connect(lambda _error: self.export_button.setEnabled(True))

    def _on_elections_read(self) -> None:
        if self.election.count():
            self.election.setCurrentIndex(0)  # the latest election, ready to export
        self.export_button.setEnabled(True)
        self.elections_read.emit()

    def _on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Archive folder"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)

    def arguments(self) -> dict[str, Any]:
        if self.by_election.isChecked():
            return {"election_id": self.election.value()}
        return {"date_from": _day(self.date_from), "date_to": _day(self.date_to)}

    def start(self) -> Any:
        """Start the export in the background; the dialog closes once it is under way."""
        from reports.archive import export_archive
        from ui.operations import run_in_background

        arguments = self.arguments()
        if self.by_election.isChecked() and arguments["election_id"] is None:
            QMessageBox.information(self, self.tr("Archive export"),
                                    self.tr("Choose the election whose minutes to export."))
            self.election.setFocus()
            return None
        if not self.folder.text().strip():
            self._on_browse_clicked()
            if not self.folder.text().strip():
                return None
        folder = Path(self.folder.text().strip())
        self.ctx.preferences[FOLDER_PREFERENCE] = str(folder)
        parent = self.parentWidget()
        ctx = self.ctx

        def work(progress: Any) -> Path:
            return export_archive(ctx.db, ctx.actor, folder=folder, lang=ctx.language,
                                  progress=lambda done, total: progress.report(done, total),
                                  cancelled=progress.is_cancelled, **arguments)

        def done(written: Path) -> None:
            self.written = written
            self.report = QMessageBox(QMessageBox.Icon.Information, self.tr("Archive export"),
                                      self.tr("The archive was written to {folder}.")
                                      .format(folder=written), QMessageBox.StandardButton.Ok,
                                      parent)
            self.report.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.report.show()

        title = QCoreApplication.translate("MeetingWorkflow", "Exporting the archive…")
        self.operation = run_in_background(parent, title, work, done,
                                           lambda error: show_error(parent, error))
        self.accept()
        return self.operation
