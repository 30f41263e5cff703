"""The backups page (in the settings, for administrators): the backups folder and Choose…,
the last backup taken and the last automatic one that failed (while none succeeded since), the
automatic backups with their time and size, Back up now, and Restore…: open editors with unsaved
work asked about first, then confirmed, run with progress; after it ``restored`` tells the
program (``ui.app.Program``), which reconnects and rebuilds the window on the restored data.
A restore that fails says why here and changes nothing.

Every action is the core's (``desktop.services.backups``), run as an operation; what the
buttons allow is ``permissions.backup_steps``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import backups as service
from desktop.services import permissions
from desktop.services.errors import DomainError
from desktop.storage.backups import (
    INTERVAL_MINUTES,
    BackupFailure,
    BackupFile,
    BackupRefused,
    Restored,
)
from ui.backups import WARNING_STYLE, stamp
from ui.context import AppContext
from ui.direction import LRI, PDI, isolate_paths
from ui.operations import Op, Operation

log = logging.getLogger("ghurfa.backups")
Index = QModelIndex | QPersistentModelIndex
ERROR_STYLE = "color: #b00020;"


def size_text(count: int) -> str:
    """A file's size as people read it: «3.2 MB»."""
    value = float(count)
    for unit in ("B", "KB", "MB"):
        if value < 1024:
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"


class BackupsModel(QAbstractTableModel):
    """The backups as the core listed them, newest first; the model only adapts."""

    TIME, REASON, SIZE = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.files: list[BackupFile] = []

    def reasons(self) -> dict[str, str]:
        return {"start": self.tr("At start"), "import": self.tr("Before an import"),
                "migration": self.tr("Before an update of the schema"),
                "downgrade": self.tr("Before a downgrade of the schema"),
                "timer": self.tr("Every half hour"), "manual": self.tr("Backed up by hand")}

    def show(self, files: list[BackupFile]) -> None:
        self.beginResetModel()
        self.files = list(files)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.files)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Taken"), self.tr("Why"), self.tr("Size"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        backup = self.files[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == self.TIME:
                return stamp(backup.taken)
            if column == self.REASON:
                return self.reasons().get(backup.reason, backup.reason)
            return f"{LRI}{size_text(backup.size)}{PDI}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        return None


class BackupsPage(QWidget):
    """Back up now, restore, and the list; for administrators only."""

    restored = Signal(object)  # the Restored, once the database was replaced

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._operation: Operation | None = None
        self.steps = permissions.backup_steps(ctx.actor)
        self.folder = QLabel()
        self.folder.setWordWrap(True)
        self.shown_folder: Path | None = None
        self.choose_folder_button = QPushButton(self.tr("Choose…"))
        self.choose_folder_button.setToolTip(self.tr("Choose the folder the backups go to"))
        self.choose_folder_button.clicked.connect(self._on_choose_folder_clicked)
        self.last_success = QLabel()
        self.last_success.setObjectName("lastSuccess")
        self.last_success.setWordWrap(True)
        self.last_failure = QLabel()
        self.last_failure.setObjectName("lastFailure")
        self.last_failure.setWordWrap(True)
        self.last_failure.setStyleSheet(WARNING_STYLE)
        self.last_failure.hide()
        rule = QLabel(self.tr(
            "Automatic backups are taken at start, before an import or an update of the "
            "schema, and every {minutes} minutes when something changed. They are kept in "
            "rotation: the newest of each of the last 12 days, 10 weeks and 9 months.")
            .format(minutes=INTERVAL_MINUTES))
        rule.setWordWrap(True)
        self.model = BackupsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.back_up_button = QPushButton(self.tr("Back up now"))
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore the chosen backup…"))
        self.restore_button.clicked.connect(self._on_restore_chosen_clicked)
        self.restore_file_button = QPushButton(self.tr("Restore from a file…"))
        self.restore_file_button.clicked.connect(self._on_restore_file_clicked)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.back_up_button, self.restore_button, self.restore_file_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(self.choose_folder_button)
        layout = QVBoxLayout(self)
        layout.addLayout(where)
        layout.addWidget(self.last_success)
        layout.addWidget(self.last_failure)
        layout.addWidget(rule)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._update_buttons()
        self.refresh()

    def _busy(self) -> bool:
        return self._operation is not None and not self._operation.finished

    def _update_buttons(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        idle = not self._busy()
        self.back_up_button.setEnabled(self.steps["backup"] and idle)
        self.choose_folder_button.setEnabled(self.steps["backup"] and idle)
        self.restore_button.setEnabled(self.steps["restore"] and chosen and idle)
        self.restore_file_button.setEnabled(self.steps["restore"] and idle)

    def _on_selection_changed(self, *_args: Any) -> None:
        self._update_buttons()

    def refresh(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self._operation = Op(self, lambda _p: service.list_backups(db, actor)) \
            .success(self._on_listed).failure(self._on_failed).run()
        self._update_buttons()

    def _on_listed(self, view: service.BackupsView) -> None:
        self._operation = None
        self.shown_folder = view.folder
        self.folder.setText(isolate_paths(
            self.tr("Backups folder: {folder}").format(folder=view.folder)))
        self.model.show(list(view.files))
        self._show_last(view.last_success, view.failure)  # (or that there is none yet)
        self._update_buttons()

    def _show_last(self, success: BackupFile | None, failure: BackupFailure | None) -> None:
        """The last backup taken, and beside it the last automatic one that failed, with its
        reason in words, while no backup has succeeded since (the core's rule)."""
        why = self.model.reasons()
        self.last_success.setText(
            self.tr("Last backup: {time} ({why})").format(
                time=stamp(success.taken), why=why.get(success.reason, success.reason))
            if success is not None else self.tr("No backup yet"))
        if failure is None:
            self.last_failure.hide()
            self.last_failure.setText("")
            return
        self.last_failure.setText(isolate_paths(
            self.tr("Last automatic backup failed: {time} ({why}): {reason}").format(
                time=stamp(failure.when), why=why.get(failure.reason, failure.reason),
                reason=failure.message())))
        self.last_failure.show()

    def _on_choose_folder_clicked(self) -> None:
        start = str(self.shown_folder) if self.shown_folder is not None else ""
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("The backups folder"), start, QFileDialog.Option.ShowDirsOnly)
        if chosen:
            self.choose_folder(chosen)

    def choose_folder(self, chosen: str) -> None:
        """The core checks ``chosen`` (a local folder this user may write) and saves it; a
        refusal is its own message, and nothing is saved."""
        db, actor = self.ctx.db, self.ctx.actor
        self._operation = Op(self, lambda _p: service.choose_folder(db, actor, chosen)) \
            .success(self._on_folder_chosen).failure(self._on_failed).run()
        self._update_buttons()

    def _on_folder_chosen(self, where: Path) -> None:
        self._operation = None
        self.message.setStyleSheet("")
        self.message.setText(isolate_paths(
            self.tr("The backups go to {folder} from now on.").format(folder=where)))
        self.refresh()

    def _on_failed(self, error: BaseException) -> None:
        self._operation = None
        self._update_buttons()
        text = error.message() if hasattr(error, "message") else str(error)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(isolate_paths(text))

    def back_up_now(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Backing up…"))
        self._operation = Op(self, lambda _p: service.back_up_now(db, actor)) \
            .success(self._on_backed_up).failure(self._on_failed).run()
        self._update_buttons()

    def _on_backed_up(self, path: Path) -> None:
        self._operation = None
        self.message.setStyleSheet("")
        self.message.setText(isolate_paths(self.tr("Backed up to {file}.").format(file=path)))
        self.refresh()

    def _on_restore_chosen_clicked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.restore(self.model.files[rows[0].row()].path)

    def _on_restore_file_clicked(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Restore a backup"), str(self.model.files[0].path.parent)
            if self.model.files else "", self.tr("Backups (*.sqlite3 *.db *.dump);;All files (*)"))
        if chosen:
            self.restore(Path(chosen))

    def confirm(self, source: Path) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Restore a backup"),
            self.tr("Replace the room's database by the backup {file}?\n\nEverything recorded "
                    "since it was taken is replaced, for every workstation. The current "
                    "database is kept aside first. The window then shows the restored "
                    "data.").format(file=source.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def restore(self, source: Path, *, confirmed: bool = False) -> None:
        """Restore ``source`` once every open editor lets go (one with unsaved work asks;
        after a save it chose, the restore goes on) and the user confirms."""
        ready = getattr(self.window(), "ready_to_close", None)
        if ready is not None and not ready(
                then=lambda: self.restore(source, confirmed=confirmed)):
            return
        if not confirmed and not self.confirm(source):
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Checking and restoring {file}…").format(file=source.name))
        self._operation = Op(self, lambda _p: service.restore_backup(db, actor, source),
                             changes=True) \
            .with_progress(self.tr("Restoring a backup"), cancellable=False) \
            .success(self._on_restored).failure(self._on_restore_failed).run()
        self._update_buttons()

    def _on_restore_failed(self, error: BaseException) -> None:
        if not isinstance(error, DomainError):  # the core's refusals say what and why
            log.error("a restore failed", exc_info=error)
            error = BackupRefused("The backup could not be restored; the details are in the "
                                  "log file.")
        self._on_failed(error)

    def _on_restored(self, done: Restored) -> None:
        """The database is the backup's now: said here, and told to the program, which
        reconnects and shows the restored data in a new window."""
        self._operation = None
        self.message.setStyleSheet("")
        self.message.setText(isolate_paths(
            self.tr("Restored. The database it replaced is kept at {file}.")
            .format(file=done.kept_aside or "-")))
        self._update_buttons()
        self.restored.emit(done)
