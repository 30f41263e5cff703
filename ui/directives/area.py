"""The Directives area: the follow-up board, the history of the directive in focus, and the
steps a staff officer takes on what comes back by phone.

The board's rows, the history, the choices and every step are operations; the steps offered
are the core's answer for the acting user and the directives chosen
(``permissions.directive_steps``). A change anywhere in the room (a note recorded at another
workstation, minutes saved, a body renamed) reaches the board through the room's change
notices: the rows are read again, the selection and the scroll stay. At the room's midnight
the board is read again too, so what turns late shows as late without a click.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.services import permissions, room_clock
from desktop.services.directive_board import DirectiveFilter, directive_count
from reports.file_names import suggested
from ui.changes import Debounce
from ui.context import AppContext
from ui.directives.board import COLUMNS, BoardModel, DirectiveSource, ltr
from ui.directives.carry import CarryOverDialog
from ui.directives.filters import FilterBar
from ui.directives.follow_up import FollowUpDialog
from ui.directives.history import HistoryPane
from ui.itemmodels.tables import record_table
from ui.operations import Op, Progress, query_op

if TYPE_CHECKING:
    from desktop.storage.changes import ChangeNotice

# What a row shows: a change to any of these kinds of record may change one.
SHOWN_KINDS = ("directives", "directive_updates", "meetings", "organisations", "people",
               "elections", "users")
TEXT_COLUMN = next(n for n, c in enumerate(COLUMNS) if c.key == "text")
# Names and notes of any length: as wide as this at first, then as the user drags them; the
# directive's text takes the rest; the short closed columns are as wide as their values.
NAMED_WIDTHS = {next(n for n, c in enumerate(COLUMNS) if c.key == key): width
                for key, width in (("responsible", 165), ("updated", 165))}
ROW_HEIGHT = 26  # one line a row: a screen of directives at a glance, the whole in the tip
HISTORY_DELAY_MS = 120
MIDNIGHT_SLACK_MS = 1_000  # read a second into the new day, never a second before it


class DirectivesArea(QWidget):
    """``follow_up_recorded(list[int])`` once a follow-up from here is committed."""

    follow_up_recorded = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = room_clock.today()
        self.filters = FilterBar(ctx)
        self.filters.changed.connect(self._on_filter_changed)
        self.model = BoardModel(DirectiveSource(self.filters.current(), self.today,
                                                ctx.language), ctx.db, self)
        self.model.reloaded.connect(self._on_reloaded)
        self.view = record_table(
            self.model, "directivesBoard",
            sort_column=next(n for n, c in enumerate(COLUMNS) if c.key == "due"), several=True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.view.horizontalHeader()
        header.setMinimumSectionSize(40)
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in NAMED_WIDTHS.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.view.setColumnWidth(column, width)
        header.setSectionResizeMode(TEXT_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _index: self.follow_up())
        self.view.activated.connect(lambda _index: self.follow_up())
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.view.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._history_timer.start())
        self.history = HistoryPane(ctx)
        self._history_timer = QTimer(self, singleShot=True, interval=HISTORY_DELAY_MS)
        self._history_timer.timeout.connect(self._show_history)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("directivesToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actions_: dict[str, QAction] = {}
        for key, text, shortcut, slot in (
                ("follow_up", self.tr("Follow up…"), QKeySequence("Ctrl+U"), self.follow_up),
                ("carry", self.tr("Carry over…"), None, self.carry_over),
                ("print", self.tr("Print the follow-up report…"),
                 QKeySequence.StandardKey.Print, self.print_report),
                ("excel", self.tr("Export to Excel…"), None, self.export_excel)):
            action = QAction(text, self)
            if shortcut is not None:
                action.setShortcut(shortcut)
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            self.actions_[key] = action
            self.toolbar.addAction(action)
            self.addAction(action)
            if key == "carry":
                self.toolbar.addSeparator()

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("boardSplitter")
        splitter.addWidget(self.view)
        splitter.addWidget(self.history)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 250])
        self.count_label = QLabel()
        self.count_label.setObjectName("boardCount")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count_label)

        self._late_count: int | None = None
        self._changes = Debounce(self._on_room_changed, self)
        if ctx.changes is not None:
            ctx.changes.changed.connect(self._on_change_noticed)
        self._midnight = QTimer(self, singleShot=True)
        self._midnight.timeout.connect(self._on_new_day)
        self._arm_midnight()
        self._update_actions()
        self.model.reload(reset=True)

    # -- what is shown -----------------------------------------------------------------------

    def show_filter(self, f: DirectiveFilter) -> None:
        """The board as ``f`` filters it (a home tile's count, the start's notice)."""
        self.filters.show_filter(f)

    def _source(self) -> DirectiveSource:
        return DirectiveSource(self.filters.current(), self.today, self.ctx.language)

    def _on_filter_changed(self, _f: DirectiveFilter) -> None:
        self.model.set_source(self._source())

    def _on_reloaded(self) -> None:
        self._show_count()
        f, today = self.filters.current(), self.today
        query_op(self, self.ctx.db, lambda session: directive_count(
            session, replace(f, late_only=True), today)).success(self._on_late_counted).run()
        if self.history.number is not None and self.model.row_of(self.history.number) is None:
            self.history.show_directive(None, self.today)

    def _on_late_counted(self, count: int) -> None:
        self._late_count = count
        self._show_count()

    def _show_count(self) -> None:
        text = self.tr("Directives: {count}").format(count=self.model.rowCount())
        if self._late_count:
            text += " · " + self.tr("late: {count}").format(count=self._late_count)
        text += " · " + self.tr("the room's day: {day}").format(day=ltr(self.today.isoformat()))
        self.count_label.setText(text)

    def selected_rows(self) -> list[Any]:
        numbers = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return self.model.rows_at(numbers)

    def _on_selection_changed(self, *_args: Any) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        rows = self.selected_rows()
        steps = permissions.directive_steps(self.ctx.actor, [row.status for row in rows])
        for key, action in self.actions_.items():
            action.setEnabled(steps.get(key, False))

    def _show_history(self) -> None:
        index = self.view.currentIndex()
        self.history.show_directive(self.model.id_at(index.row()) if index.isValid() else None,
                                    self.today)

    # -- the room and the clock --------------------------------------------------------------

    def _on_change_noticed(self, notice: ChangeNotice) -> None:
        if notice.everything or any(notice.touches(kind) for kind in SHOWN_KINDS):
            self._changes.add(notice)

    def _on_room_changed(self, _notices: list[ChangeNotice]) -> None:
        self.model.reload(changed=None)
        if self.history.number is not None:
            self.history.show_directive(self.history.number, self.today)

    def _arm_midnight(self) -> None:
        wait = room_clock.until_midnight()
        self._midnight.start(int(wait.total_seconds() * 1000) + MIDNIGHT_SLACK_MS)

    def _on_new_day(self) -> None:
        self.today = room_clock.today()
        self.model.set_source(self._source())
        self._arm_midnight()

    # -- the steps --------------------------------------------------------------------------

    def _allowed(self, step: str) -> list[Any]:
        rows = self.selected_rows()
        steps = permissions.directive_steps(self.ctx.actor, [row.status for row in rows])
        return rows if steps.get(step) else []

    def follow_up(self) -> FollowUpDialog | None:
        rows = self._allowed("follow_up")
        if not rows:
            return None
        dialog = FollowUpDialog(self.ctx, rows, self)
        dialog.recorded.connect(self._on_follow_up_recorded)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.follow_up_dialog = dialog
        return dialog

    def _on_follow_up_recorded(self, numbers: list[int]) -> None:
        self.model.reload(changed=frozenset(numbers))
        self._show_history()
        self.follow_up_recorded.emit(numbers)

    def carry_over(self) -> CarryOverDialog | None:
        rows = self._allowed("carry")
        if not rows:
            return None
        dialog = CarryOverDialog(self.ctx, rows, self)
        dialog.carried.connect(lambda numbers: self._on_follow_up_recorded(numbers))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.carry_dialog = dialog
        return dialog

    def _params(self) -> dict[str, Any]:
        from reports.documents.directives import board_params

        return {**board_params(self.filters.current()), "date": self.today.isoformat()}

    def print_report(self) -> Any:
        """The follow-up letter of what the board shows, previewed; printing or saving from
        the preview makes the numbered copy."""
        from ui.meetings.workflow import documents_folder
        from ui.reports.printing import preview_document

        params = self._params()
        day = self.today.isoformat()
        return preview_document(self, self.ctx, "directives", params,
                                self.tr("Follow-up of directives"),
                                lambda: suggested(documents_folder(), "directives-{day}", ".pdf",
                                                  day=day),
                                self.tr("Preparing the follow-up report…"))

    def export_excel(self, output: Path | None = None) -> Any:
        """The board as it is filtered, as a workbook (no number: a working file)."""
        if output is None:
            from ui.file_dialogs import save_file_name
            from ui.meetings.workflow import documents_folder

            chosen = save_file_name(
                self, self.tr("Export the board"),
                str(suggested(documents_folder(), "directives-{day}", ".xlsx",
                              day=self.today.isoformat())),
                self.tr("Excel workbook (*.xlsx)"))
            if not chosen:
                return None
            output = Path(chosen)
        params, ctx = self._params(), self.ctx

        def work(progress: Progress) -> Path:
            from reports import catalogue

            kind = catalogue.get("directives")
            request = catalogue.BuildRequest(
                db=ctx.db, params=params, output=output, fmt="xlsx", actor=ctx.actor,
                lang=ctx.language, progress=lambda done, total: progress.report(done, total),
                cancelled=progress.is_cancelled)
            return kind.build(request) or output

        return Op(self, work).with_progress(self.tr("Exporting the board…")) \
            .success(self._on_exported).run()

    def _on_exported(self, path: Path) -> None:
        self.exported = path
        window = self.window()
        status = getattr(window, "statusBar", None)
        if status is not None:
            status().showMessage(self.tr("Written: {path}").format(path=str(path)), 8000)
