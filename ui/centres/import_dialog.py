"""Importing a sheet in the program: choose, look, map, check, import.

The file is read by an operation (``desktop.imports.read_sheet``: the same checks as the
command line, nothing parsed before them); its first rows are shown with the field each column
feeds, and a combo per column maps what the headers did not say. «Check» runs the import as a
dry run for the chosen election and shows what it would do and the rows it would reject;
«Import» asks first when rows would be rejected (importing the others), then writes in one
unit of work, with progress and cancel. The dialog ends on the rejected rows and their
reasons, which «Export rejected rows…» writes as a workbook for the sender to correct.

Every read and write is an operation; the dialog only shows what they return.
``SheetImportDialog`` is all of that for any kind of sheet (its ``Schema``, its import call,
its words); ``ImportCentresDialog`` is the centres' (with the election the facts are for),
opened by the Centres area: ``ImportCentresDialog(ctx, parent).open()``; the personnel's is
``ui.personnel.import_dialog``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.imports import CENTRES, Field, ImportOptions, ImportResult, Layout, Outcome, Table
from desktop.imports.header import column_letter
from desktop.imports.rows import RowNumbers
from desktop.services import permissions
from desktop.services.errors import DomainError
from reports.file_names import suggested
from ui.centres.common import ERROR_STYLE, NOTE_STYLE, read_election_choices, refusal
from ui.centres.import_models import PREVIEW_ROWS, PreviewModel, RejectedModel
from ui.context import AppContext
from ui.file_dialogs import open_file_name, save_file_name
from ui.operations import Op, Operation, query_op

FOLDER_PREFERENCE = "import_centres_folder"
SHEET_FILTER = "*.xlsx *.xlsm *.csv *.txt"
COLUMNS_WIDTH = 340  # pixels: a column's header beside the combo of its field
SHOWN_WARNINGS = 5  # rows' warnings listed in the summary; the rest are counted


@dataclass(frozen=True)
class Words:
    """What a kind of sheet calls itself in the dialog."""

    title: str  # the window's
    key: str  # the rejected rows' column of the key (a code, a service number)
    choose: str  # the file chooser's title
    confirm: str  # the question's title, before rows are left out
    importing: str  # the progress while importing
    imported: str  # the outcome once written


class SheetImportDialog(QDialog):
    """The dialog of one kind of sheet; a kind says what the hooks below return."""

    table_read = Signal()  # the file was read and shown (or refused: see ``problem``)
    checked = Signal(object)  # the dry run's result (an ``Outcome``)
    imported = Signal(object)  # the import's result
    exported = Signal(object)  # the rejected rows' workbook written: its path
    schema = CENTRES  # the fields a column may feed
    key_field: Any = Field.CODE  # the fields the rejected rows are shown by
    name_field: Any = Field.NAME
    permission = permissions.DEPLOYMENT  # who may import (the check is for anyone)
    folder_preference = FOLDER_PREFERENCE

    # -- what a kind of sheet says ----------------------------------------------------------------

    def words(self) -> Words:
        raise NotImplementedError

    def summary_text(self, result: Any) -> str:
        raise NotImplementedError

    def add_settings(self, form: QFormLayout) -> None:
        """Rows of the kind's own settings under the file's (an election)."""

    def settings_ready(self) -> bool:
        return True

    def make_options(self, mapping: dict[str, Any], header_row: int, **changes: Any) -> Any:
        raise NotImplementedError

    def run_import(self, db: Any, actor: Any, table: Table, options: Any, progress: Any,
                   cancelled: Any) -> Outcome:
        """The core's import (called off the interface thread: it touches no widget)."""
        raise NotImplementedError

    # -- the dialog -------------------------------------------------------------------------------

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.operation: Operation | None = None
        self.confirmation: QMessageBox | None = None
        self.table: Table | None = None
        self.layout_found: Layout | None = None
        self.result: Any = None  # the last dry run's or import's (an ``Outcome``)
        self._checked_for: Any = None  # the settings the last dry run was made with
        self._busy = False
        self._continue_import = False  # «Import» asked for a check first: import after it
        self._combos: list[QComboBox] = []
        self.said = self.words()
        self.setWindowTitle(self.said.title)
        self.setMinimumSize(960, 640)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._preparing_page())
        self.pages.addWidget(self._done_page())
        buttons = QDialogButtonBox()
        self.check_button = buttons.addButton(self.tr("&Check"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = buttons.addButton(self.tr("&Import"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)
        self._refused = refusal(ctx.actor, self.permission)
        if self._refused:
            self.import_button.setToolTip(self._refused)
        self._update_buttons()

    # -- the two pages --------------------------------------------------------------------------

    def _preparing_page(self) -> QWidget:
        page = QWidget()
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("No file chosen"))
        self.file.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a path reads LTR
        choose = QPushButton(self.tr("Choose &file…"))
        choose.clicked.connect(self._on_choose_clicked)
        self.choose_button = choose
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("File"), file_row)
        self.add_settings(form)
        self.sheet_note = QLabel()
        self.sheet_note.setWordWrap(True)
        self.sheet_note.setStyleSheet(NOTE_STYLE)
        self.columns_box = QGroupBox(self.tr("Columns"))
        self.columns_grid = QGridLayout()
        holder = QWidget()
        holder.setLayout(self.columns_grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        box_layout = QVBoxLayout(self.columns_box)
        box_layout.addWidget(scroll)
        self.preview = PreviewModel(self.ctx.language, self, schema=self.schema)
        self.preview_view = QTableView()
        self.preview_view.setModel(self.preview)
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        preview_box = QGroupBox(self.tr("First rows of the sheet"))
        QVBoxLayout(preview_box).addWidget(self.preview_view)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.columns_box)
        split.addWidget(preview_box)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        self.columns_box.setMinimumWidth(COLUMNS_WIDTH)
        split.setSizes([COLUMNS_WIDTH, 3 * COLUMNS_WIDTH])
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rejected = RejectedModel(self.ctx.language, [
            self.tr("Row"), self.said.key, self.tr("Name"), self.tr("Reason")], self,
            key=self.key_field, name=self.name_field)
        self.checked_view = self._rejected_view()
        self.checked_box = QGroupBox(self.tr("Rows that would be rejected"))
        QVBoxLayout(self.checked_box).addWidget(self.checked_view)
        self.checked_box.hide()
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.sheet_note)
        layout.addWidget(split, 3)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addWidget(self.checked_box, 2)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        font = self.outcome.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.outcome.setFont(font)
        self.outcome_details = QLabel()
        self.outcome_details.setWordWrap(True)
        self.rejected_view = self._rejected_view()
        self.export_button = QPushButton(self.tr("&Export rejected rows…"))
        self.export_button.clicked.connect(self.export_rejected)
        self.rejected_box = QGroupBox(self.tr("Rejected rows"))
        box = QVBoxLayout(self.rejected_box)
        box.addWidget(self.rejected_view)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.export_button)
        box.addLayout(row)
        layout = QVBoxLayout(page)
        layout.addWidget(self.outcome)
        layout.addWidget(self.outcome_details)
        layout.addWidget(self.rejected_box, 1)
        return page

    def _rejected_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.rejected)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setWordWrap(True)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return view

    # -- state ----------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        ready = (self.table is not None and self.layout_found is not None and not self._busy
                 and self.settings_ready())
        self.check_button.setEnabled(ready)
        self.import_button.setEnabled(ready and not self._refused)
        self.choose_button.setEnabled(not self._busy)

    def _say_problem(self, error: BaseException | None) -> None:
        if error is None:
            self.problem.clear()
            return
        if isinstance(error, DomainError):
            self.problem.setText(error.message(self.ctx.language))
            return
        from ui.errors import show_error

        self.problem.clear()
        show_error(self, error)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self._say_problem(error)
        self._update_buttons()

    # -- the file ---------------------------------------------------------------------------------

    def _on_choose_clicked(self) -> None:
        start = self.ctx.preferences.get(self.folder_preference, "")
        chosen = open_file_name(self, self.said.choose, start,
                                self.tr("Sheets ({patterns})").format(patterns=SHEET_FILTER))
        if chosen:
            self.ctx.preferences[self.folder_preference] = str(Path(chosen).parent)
            self.read_file(Path(chosen))

    def read_file(self, path: Path) -> Operation:
        """Read ``path`` in the background and show it (the file chooser calls this)."""
        from desktop.imports import read_sheet

        schema = self.schema
        self.file.setText(str(path))
        self.table = self.layout_found = self.result = None
        self._checked_for = None
        self._busy = True
        self._say_problem(None)
        self.summary.clear()
        self.checked_box.hide()
        self._update_buttons()
        self.operation = (Op(self, lambda _progress: read_sheet(path, strict=False,
                                                                schema=schema))
                          .with_progress(self.tr("Reading the sheet…"))
                          .success(self._on_table_read).failure(self._on_table_refused).run())
        return self.operation

    def _on_table_refused(self, error: BaseException) -> None:
        self.preview.show([], (), 0, {})
        self._show_columns()
        self.sheet_note.clear()
        self._failed(error)
        self.table_read.emit()

    def _on_table_read(self, read: tuple[Table, Layout]) -> None:
        self._busy = False
        self.table, self.layout_found = read
        layout = self.layout_found
        first = layout.header_row + 1
        body = len(self.table.rows) - first
        sheet = self.table.sheet
        where = (self.tr("Sheet «{sheet}» of {file}").format(sheet=sheet,
                                                              file=self.table.file_name)
                 if sheet else self.table.file_name)
        # A CSV's note opens on its (Latin) file name, which would turn the line left to
        # right: the mark of the language's direction first keeps the sentence its own way.
        mark = "\u200f" if self.ctx.rtl else "\u200e"
        self.sheet_note.setText(mark + self.tr("{where}: the header is on row {row}; {count} "
                                               "rows under it. The first {shown} are shown.")
                                .format(where=where, row=first, count=body,
                                        shown=min(body, PREVIEW_ROWS)))
        self.preview.show(self.table.rows[first:], layout.headers, first + 1, layout.columns)
        self.preview_view.resizeColumnsToContents()
        self._show_columns()
        self._update_buttons()
        self.table_read.emit()

    def _show_columns(self) -> None:
        while self.columns_grid.count():
            item = self.columns_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._combos = []
        layout = self.layout_found
        if layout is None:
            return
        lang = self.ctx.language
        for index, header in enumerate(layout.headers):
            name = QLabel(f"{column_letter(index)} · {header or '—'}")
            name.setToolTip(header)
            combo = QComboBox()
            combo.setMinimumContentsLength(12)
            combo.addItem(self.tr("— not imported —"), None)
            for field in self.schema.fields:
                combo.addItem(self.schema.label(field, lang), field.value)
            chosen = layout.columns.get(index)
            combo.setCurrentIndex(combo.findData(chosen.value) if chosen else 0)
            combo.currentIndexChanged.connect(
                lambda _row, index=index: self._on_column_mapped(index))
            name.setBuddy(combo)
            self.columns_grid.addWidget(name, index, 0)
            self.columns_grid.addWidget(combo, index, 1)
            self._combos.append(combo)
        self.columns_grid.setRowStretch(len(layout.headers), 1)
        self.columns_grid.setColumnStretch(1, 1)

    def _on_column_mapped(self, index: int) -> None:
        """One field feeds from one column: choosing it here takes it from any other."""
        field = self._combos[index].currentData()
        if field is not None:
            for other, combo in enumerate(self._combos):
                if other != index and combo.currentData() == field:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self.preview.set_fields(self.mapped_fields())
        self._settings_changed()

    def _field_of(self, index: int) -> Any:
        value = self._combos[index].currentData()
        return self.schema.fields(value) if value else None

    def mapped_fields(self) -> dict[int, Any]:
        found = {index: self._field_of(index) for index in range(len(self._combos))}
        return {index: field for index, field in found.items() if field is not None}

    def set_column_field(self, index: int, field: Any) -> None:
        """Map column ``index`` as its combo would (for the keyboard-less, and tests)."""
        combo = self._combos[index]
        combo.setCurrentIndex(combo.findData(field.value) if field is not None else 0)

    def _settings_changed(self) -> None:
        self._checked_for = None
        self._update_buttons()

    def options(self, **changes: Any) -> Any:
        """The import as the dialog shows it: every column mapped as its combo says, the
        header where it was found."""
        assert self.layout_found is not None
        mapping = {column_letter(index): self._field_of(index)
                   for index in range(len(self._combos))}
        return self.make_options(mapping, self.layout_found.header_row, **changes)

    # -- check and import -----------------------------------------------------------------------

    def _run(self, options: Any, title: str, then: Any) -> Operation:
        table, db, actor = self.table, self.ctx.db, self.ctx.actor
        assert table is not None
        self._busy = True
        self._say_problem(None)
        self._update_buttons()
        run_import = self.run_import

        def work(progress: Any) -> Outcome:
            return run_import(db, actor, table, options, progress.report,
                              progress.is_cancelled)

        self.operation = (Op(self, work, changes=not options.dry_run)
                          .with_progress(title).success(then).failure(self._failed).run())
        return self.operation

    def _say_if_unmapped(self) -> bool:
        """Whether a field a row cannot do without (a centre's code and name) has no column
        yet; if so, said in the combos' words (the core's refusal speaks of --map)."""
        mapped = set(self.mapped_fields().values())
        missing = [field for field in self.schema.required if field not in mapped]
        if missing:
            self.problem.setText(QCoreApplication.translate(
                "SheetImportDialog", "No column holds {field}: choose it for its column in the "
                "list of columns.").format(field=self.schema.label(missing[0],
                                                                   self.ctx.language)))
        return bool(missing)

    def check(self) -> Operation | None:
        """The dry run: what the import would do, and the rows it would reject."""
        if self.table is None or self.layout_found is None or self._say_if_unmapped():
            return None
        return self._run(self.options(dry_run=True), self.tr("Checking the sheet…"),
                         self._on_checked)

    def _on_checked(self, result: Outcome) -> None:
        self._busy = False
        self.result = result
        self._checked_for = self.options()
        self.summary.setText(self.summary_text(result))
        self.rejected.show(result.rejected, self.mapped_fields())
        self.checked_box.setVisible(bool(result.rejected))
        self._update_buttons()
        self.checked.emit(result)
        if self._continue_import:
            self._continue_import = False
            self._confirm_then_import(result)

    def start_import(self) -> Operation | None:
        """Import: checked first (unless just checked as it stands), and asked about the
        rejected rows, if any, before anything is written."""
        if self.table is None or self.layout_found is None or self._refused:
            return None
        if self._say_if_unmapped():
            return None
        if self._checked_for == self.options() and self.result is not None:
            self._confirm_then_import(self.result)
            return self.operation
        self._continue_import = True
        return self.check()

    def _confirm_then_import(self, checked: Outcome) -> None:
        if not checked.rejected:
            self._import(skip_invalid=False)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.said.confirm,
                          self.tr("{rejected} rows of the sheet would be rejected (their "
                                  "reasons are listed). Import the other {good} rows?").format(
                              rejected=len(checked.rejected),
                              good=checked.created + checked.updated + checked.unchanged),
                          QMessageBox.StandardButton.NoButton, self)
        box.addButton(self.tr("Import the others"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _code: self._on_confirmation_answered(box))
        self.confirmation = box
        box.open()

    def _on_confirmation_answered(self, box: QMessageBox) -> None:
        self.confirmation = None
        clicked = box.clickedButton()
        if clicked is not None and box.buttonRole(clicked) == QMessageBox.ButtonRole.AcceptRole:
            self._import(skip_invalid=True)

    def _import(self, *, skip_invalid: bool) -> Operation:
        return self._run(self.options(skip_invalid=skip_invalid), self.said.importing,
                         self._on_imported)

    def _on_imported(self, result: Outcome) -> None:
        self._busy = False
        self.result = result
        self.rejected.show(result.rejected, self.mapped_fields())
        if result.held_back:
            self.outcome.setText(self.tr("Nothing was written: rows were rejected."))
        elif result.written:
            self.outcome.setText(self.said.imported)
        else:
            self.outcome.setText(self.tr("Nothing to change: the sheet is as recorded."))
        self.outcome_details.setText(self.summary_text(result))
        self.rejected_box.setVisible(bool(result.rejected))
        self.pages.setCurrentIndex(1)
        self.check_button.hide()
        self.import_button.hide()
        self.imported.emit(result)

    # -- the rejected rows, sent back -------------------------------------------------------------

    def export_rejected(self, path: Path | None = None) -> Operation | None:
        """Write the rejected rows, their columns and reasons, to a workbook."""
        result = self.result
        if result is None or not result.rejected:
            return None
        if path is None:
            start = str(suggested(Path(self.ctx.preferences.get(self.folder_preference, "")),
                                  "{file}-rejected", ".xlsx", file=Path(result.file_name).stem))
            chosen = save_file_name(self, self.tr("Export rejected rows"), start,
                                    self.tr("Excel workbook (*.xlsx)"))
            if not chosen:
                return None
            path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        lang = self.ctx.language

        def work(_progress: Any) -> Path:
            from desktop.imports import rejected_table
            from reports.excel.rejected import write_rejected

            return write_rejected(path, rejected_table(result, lang), lang=lang,
                                  sheet=result.sheet)

        def done(written: Path) -> None:
            self.outcome_details.setText(self.summary_text(result) + "\n" + self.tr(
                "The rejected rows were written to {file}.").format(file=written))
            self.exported.emit(written)

        title = QCoreApplication.translate("SheetImportDialog", "Writing the rejected rows…")
        self.operation = (Op(self, work).with_progress(title).success(done)
                          .failure(lambda error: self._say_export_problem(error)).run())
        return self.operation

    def _say_export_problem(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            self.outcome_details.setText(error.message(self.ctx.language))
            return
        from ui.errors import show_error

        show_error(self, error)


class ImportCentresDialog(SheetImportDialog):
    """The commission's centres sheet, for one election (the latest first)."""

    elections_read = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._read_elections()

    def words(self) -> Words:
        return Words(title=self.tr("Import centres from a sheet"), key=self.tr("Code"),
                     choose=self.tr("Choose the centres sheet"),
                     confirm=self.tr("Import centres"),
                     importing=self.tr("Importing the centres…"),
                     imported=self.tr("The centres were imported."))

    def add_settings(self, form: QFormLayout) -> None:
        self.election = QComboBox()
        self.election.setPlaceholderText("…")
        self.election.currentIndexChanged.connect(lambda _index: self._settings_changed())
        form.addRow(self.tr("&Election"), self.election)

    def settings_ready(self) -> bool:
        return self.election.currentData() is not None

    def make_options(self, mapping: dict[str, Any], header_row: int,
                     **changes: Any) -> ImportOptions:
        return ImportOptions(election=self.election.currentData(), mapping=mapping,
                             header_row=header_row, **changes)

    def run_import(self, db: Any, actor: Any, table: Table, options: Any, progress: Any,
                   cancelled: Any) -> ImportResult:
        from desktop.imports import import_centres

        return import_centres(db, actor, table, options, progress=progress,
                              cancelled=cancelled)

    # -- elections --------------------------------------------------------------------------------

    def _read_elections(self) -> None:
        lang = self.ctx.language
        self.operation = (query_op(self, self.ctx.db,
                                   lambda session: read_election_choices(session, lang))
                          .success(self._on_elections_read).failure(self._failed).run())

    def _on_elections_read(self, choices: list[tuple[int, str]]) -> None:
        self.election.blockSignals(True)
        self.election.clear()
        for id_, text in choices:
            self.election.addItem(text, id_)
        self.election.setCurrentIndex(0 if choices else -1)  # the current election first
        self.election.blockSignals(False)
        if not choices:
            self.problem.setText(self.tr("No election is recorded yet: the centres' risk, "
                                         "stations and voters belong to one. Add the "
                                         "election first, then import."))
        self._update_buttons()
        self.elections_read.emit()

    def summary_text(self, result: ImportResult) -> str:
        election = result.election.name
        if result.dry_run:
            text = self.tr("For {election}, the import would create {created} centres, update "
                           "{updated} and leave {unchanged} as they are; {rejected} rows would "
                           "be rejected.")
        else:
            text = self.tr("For {election}: {created} centres created, {updated} updated, "
                           "{unchanged} unchanged; {rejected} rows rejected.")
        lines = [text.format(election=election, created=result.created,
                             updated=result.updated, unchanged=result.unchanged,
                             rejected=len(result.rejected))]
        if result.areas_created:
            lines.append(self.tr("Areas added to the tree: {count}.").format(
                count=result.areas_created))
        if result.codes_from_numbers:
            lines.append(self.tr("{count} codes were stored as numbers in the workbook (any "
                                 "leading zeros were lost there); {restored} of them matched "
                                 "a recorded code with its zeros.").format(
                count=result.codes_from_numbers, restored=result.zeros_restored))
        lang = self.ctx.language
        if result.totals_rows:
            lines.append(self.tr("Totals rows at the foot of the sheet were left out (they "
                                 "are not centres): {rows}.").format(
                rows=RowNumbers(result.totals_rows).render(lang)))
        if result.warnings:
            lines.append(self.tr("{count} rows were taken as written but should be checked:")
                         .format(count=len(result.warnings)))
            lines.extend(self.tr("Row {row}: {warning}").format(
                row=warning.row, warning=warning.message(lang))
                for warning in result.warnings[:SHOWN_WARNINGS])
            if len(result.warnings) > SHOWN_WARNINGS:
                lines.append(self.tr("… and {count} more.").format(
                    count=len(result.warnings) - SHOWN_WARNINGS))
        return "\n".join(lines)
