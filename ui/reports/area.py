"""The Reports area: pick a document kind, give its parameters, build it, see it.

Kinds come from ``reports.catalogue.kinds()``; the build runs through ``run_in_background``
with the request's progress and cancel. A PDF opens as a preview (``ui.reports.printing``),
which draws no number: printing or saving it makes the official copy, kept in the chosen
folder. A workbook, which takes no number, is written there at once and offers its folder.
The last kind, folder, format and each kind's parameters are remembered. A folder that cannot
be used is said in the status line, naming it and why. The parameters' choices are read in the
background (``ui.reports.params``); the document is made once they are shown.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop import settings
from desktop.i18n import translate
from reports.catalogue import BuildRequest, DocumentKind, kinds
from reports.file_names import suggested
from reports.files import UnusableOutput, prepare_folder
from ui.context import AppContext
from ui.operations import Operation, run_in_background
from ui.preview import PreviewDialog
from ui.reports.params import ParamField, make_field
from ui.reports.printing import preview_document
from ui.settings import store

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
PREFS = "reports"
FORMAT_NAMES = {"pdf": "PDF", "xlsx": "Excel (xlsx)"}
# The election the assignment board shows (``ui.assignments.area``'s preference): a document's
# election not chosen before is that one, so the orders printed are of the roster just made.
BOARD_ELECTION = "assignments.election"


def default_folder() -> Path:
    if os.environ.get(settings.HOME_ENV):
        return settings.data_dir() / "documents"
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or settings.data_dir()) / "Ghurfa"


class ReportsArea(QWidget):
    built = Signal(object)  # the Path written: a workbook, or a PDF's official copy
    previewed = Signal(object)  # the PreviewDialog of a PDF, shown
    fields_loaded = Signal()  # every parameter of the kind chosen has its choices

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.prefs: dict[str, Any] = ctx.preferences.setdefault(PREFS, {})
        self.kinds = {kind.key: kind for kind in kinds()}
        self.fields: list[ParamField] = []
        self.operation: Operation | None = None
        self.preview: PreviewDialog | None = None

        self.kind_model = QStandardItemModel(self)
        for kind in self.kinds.values():
            item = QStandardItem(translate("DocumentKind", kind.title))
            item.setData(kind.key, KEY_ROLE)
            item.setToolTip(", ".join(FORMAT_NAMES[f] for f in kind.formats))
            item.setEditable(False)
            self.kind_model.appendRow(item)
        self.kind_list = QListView()
        self.kind_list.setModel(self.kind_model)
        self.kind_list.setMinimumWidth(260)
        self.kind_list.selectionModel().currentChanged.connect(
            lambda current, _previous: self.select_kind(current.data(KEY_ROLE)))

        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.params_box = QGroupBox(self.tr("Parameters"))
        self.params_form = QFormLayout(self.params_box)

        self.format_box = QGroupBox(self.tr("Format"))
        self.format_row = QHBoxLayout(self.format_box)
        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        for fmt in ("pdf", "xlsx"):
            button = QRadioButton(FORMAT_NAMES[fmt])
            self.format_group.addButton(button)
            self.format_row.addWidget(button)
            self.format_buttons[fmt] = button
        self.format_row.addStretch(1)

        self.folder = QLineEdit(self.prefs.get("folder") or str(default_folder()))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(self.tr("Save in")))
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)

        self.build_button = QPushButton(self.tr("Make the document"))
        self.build_button.setDefault(True)
        self.build_button.clicked.connect(self.build)
        self.status = QLabel()
        self.status.setWordWrap(True)
        action_row = QHBoxLayout()
        action_row.addWidget(self.status, 1)
        action_row.addWidget(self.build_button)

        panel = QVBoxLayout()
        panel.addWidget(self.title)
        panel.addWidget(self.description)
        panel.addWidget(self.params_box)
        panel.addWidget(self.format_box)
        panel.addLayout(folder_row)
        panel.addLayout(action_row)
        panel.addStretch(1)
        heading = QLabel(self.tr("Documents"))
        heading.setFont(font)
        side = QVBoxLayout()
        side.addWidget(heading)
        side.addWidget(self.kind_list, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addLayout(side)
        layout.addSpacing(16)
        layout.addLayout(panel, 1)

        keys = list(self.kinds)
        last = self.prefs.get("kind")
        if keys:
            row = keys.index(last) if last in keys else 0
            self.kind_list.setCurrentIndex(self.kind_model.index(row, 0))

    # -- choosing ------------------------------------------------------------------------------

    @property
    def kind(self) -> DocumentKind | None:
        return self.kinds.get(self.prefs.get("kind", ""))

    def select_kind(self, key: str | None) -> None:
        kind = self.kinds.get(key or "")
        if kind is None:
            return
        self.prefs["kind"] = key
        self.title.setText(translate("DocumentKind", kind.title))
        description = getattr(kind, "description", "") or ""
        self.description.setText(translate("DocumentKind", description) if description else "")
        self.description.setVisible(bool(description))
        while self.params_form.rowCount():
            self.params_form.removeRow(0)
        saved = self.prefs.setdefault("params", {}).get(kind.key, {})
        self.fields = []
        for param in kind.params:
            field = make_field(param, self.ctx.db, self.ctx.language, self.params_box,
                               self.tr("(the default)"), self._on_field_loaded)
            value = saved.get(param.name)
            if value is None and param.kind == "election":
                value = self.ctx.preferences.get(BOARD_ELECTION)
            field.set_value(value)
            self.params_form.addRow(field.label, field.widget)
            self.fields.append(field)
        self.params_box.setVisible(bool(self.fields))
        self._update_build_button()
        wanted = self.prefs.get("format", {}).get(kind.key, kind.formats[0])
        for fmt, button in self.format_buttons.items():
            button.setVisible(fmt in kind.formats)
            button.setChecked(fmt == (wanted if wanted in kind.formats else kind.formats[0]))
        self.status.setText("")

    @property
    def loading(self) -> bool:
        """A parameter's choices are still on their way."""
        return any(field.loading for field in self.fields)

    def _on_field_loaded(self, field: ParamField) -> None:
        if field not in self.fields:
            return  # a field of a kind no longer chosen
        self._update_build_button()
        if not self.loading:
            self.fields_loaded.emit()

    def _update_build_button(self) -> None:
        self.build_button.setEnabled(self.operation is None and not self.loading)

    def select(self, key: str) -> None:
        """Select a kind by key (the list follows)."""
        row = list(self.kinds).index(key)
        self.kind_list.setCurrentIndex(self.kind_model.index(row, 0))

    def set_format(self, fmt: str) -> None:
        self.format_buttons[fmt].setChecked(True)

    def chosen_format(self) -> str:
        for fmt, button in self.format_buttons.items():
            if button.isChecked() and self.kind is not None and fmt in self.kind.formats:
                return fmt
        return self.kind.formats[0] if self.kind else "pdf"

    def params(self) -> dict[str, Any]:
        return {f.param.name: f.value() for f in self.fields if f.value() is not None}

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the documents in"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)

    # -- building ------------------------------------------------------------------------------

    def _remember(self, kind: DocumentKind, fmt: str, params: dict[str, Any]) -> None:
        self.prefs["folder"] = self.folder.text()
        self.prefs.setdefault("format", {})[kind.key] = fmt
        self.prefs.setdefault("params", {})[kind.key] = params
        store.save_preferences(self.ctx.preferences)

    def chosen_folder(self) -> Path:
        return Path(self.folder.text().strip() or default_folder())

    def output_path(self, kind: DocumentKind, fmt: str) -> Path:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        return suggested(self.chosen_folder(), "{kind}-{stamp}", f".{fmt}", kind=kind.key,
                         stamp=stamp)

    def _usable_folder(self) -> Path | None:
        """The chosen folder, made if it is the program's own default or only its last part
        is missing; None, with the reason in the status line, if it cannot be used."""
        folder = self.chosen_folder()
        try:
            if folder == default_folder():
                folder.mkdir(parents=True, exist_ok=True)
            return prepare_folder(folder)
        except UnusableOutput as error:
            self.status.setText(error.message(self.ctx.language))
        except OSError as error:  # the default folder itself could not be made
            self.status.setText(self.tr("The folder {folder} cannot be used: {error}").format(
                folder=folder, error=error.strerror or error))
        return None

    def build(self) -> Operation | None:
        kind = self.kind
        if kind is None or self.operation is not None or self.loading:
            return None
        fmt = self.chosen_format()
        params = self.params()
        if self._usable_folder() is None:
            return None
        self._remember(kind, fmt, params)
        title = translate("DocumentKind", kind.title)
        making = self.tr("Making {title}…").format(title=title)
        self.build_button.setEnabled(False)
        self.status.setText(making)
        if fmt == "pdf":
            self.operation = preview_document(
                self, self.ctx, kind.key, params, title,
                lambda: self.output_path(kind, fmt), making, self._on_previewed,
                self._on_failed)
            return self.operation
        request_args = dict(db=self.ctx.db, params=params, output=self.output_path(kind, fmt),
                            fmt=fmt, actor=self.ctx.actor, lang=self.ctx.language)

        def work(progress) -> Path:
            request = BuildRequest(**request_args,
                                   progress=lambda d, t: progress.report(d, t, making),
                                   cancelled=progress.is_cancelled)
            return kind.build(request)

        self.operation = run_in_background(self, making, work, self._on_built,
                                           self._on_failed)
        return self.operation

    def _on_previewed(self, dialog: PreviewDialog) -> None:
        self.operation = None
        self._update_build_button()
        self.preview = dialog
        if dialog.is_official:
            self.status.setText(self.tr("The preview is the document itself: print it or "
                                        "save it."))
        else:
            self.status.setText(self.tr("Preview only: the document number is given when "
                                        "it is printed or saved."))
        dialog.official_made.connect(self._on_official_made)
        self.previewed.emit(dialog)

    def _on_official_made(self, path: Path) -> None:
        self.status.setText(self.tr("Written: {path}").format(path=path))
        self.built.emit(Path(path))

    def _on_built(self, path: Path) -> None:
        self.operation = None
        self._update_build_button()
        self.status.setText(self.tr("Written: {path}").format(path=path))
        self._offer_folder(Path(path))
        self.built.emit(Path(path))

    def _offer_folder(self, path: Path) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Workbook written"),
                          self.tr("The workbook was written to {path}.").format(path=path),
                          QMessageBox.StandardButton.Close, self)
        open_button = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))))
        box.setModal(False)
        box.show()
        self.folder_box = box

    def _on_failed(self, error: BaseException) -> None:
        self.operation = None
        self._update_build_button()
        self.status.setText("")
        from ui.errors import show_error

        show_error(self, error)
