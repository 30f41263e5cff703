"""The audit view: the trail filtered by who, what, when and which record, and its export.

Rows come by operations in pages (``ui.itemmodels.ids``: the ids of the filter, newest first,
then the rows the view shows); the filters are the core's (``desktop.services.audit_log``),
which also decides who may read the trail (the administrator and the commander). A record's
"who changed this" opens the same view in a window of its own, filtered to that record
(``show_history``). The chosen entry's fields are shown beside the list as «old → new».
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services import audit_log, permissions
from desktop.services.audit_log import AuditFilter
from ui.changes import Debounce
from ui.context import AppContext
from ui.file_dialogs import save_file_name
from ui.itemmodels.ids import Column, IdTableModel
from ui.itemmodels.tables import record_table
from ui.meetings.common import ChoiceCombo, DateBox, set_date_format
from ui.operations import Op, query_op

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.services.actor import Actor
    from desktop.storage.changes import ChangeNotice

ANY_DATE = QDate(2000, 1, 1)


@dataclass(frozen=True)
class AuditSource:
    """One filter over the trail, read as the signed-in user (the core checks the role)."""

    actor: Actor
    filter: AuditFilter

    def ids(self, session: Session, sort: str, descending: bool) -> list[int]:
        return audit_log.ids(session, self.actor, self.filter, sort, descending)

    def rows(self, session: Session, ids: Sequence[int]) -> list[Any]:
        return audit_log.rows(session, self.actor, ids)


def _columns(lang: str) -> tuple[Column, ...]:
    center = Qt.AlignmentFlag.AlignCenter
    return (
        Column("at", QT_TRANSLATE_NOOP("Columns", "Time (UTC)"),
               lambda r: r.at.strftime("%Y-%m-%d %H:%M:%S"), align=center),
        Column("username", QT_TRANSLATE_NOOP("Columns", "User"), lambda r: r.username),
        Column("workstation", QT_TRANSLATE_NOOP("Columns", "Workstation"),
               lambda r: r.workstation or "—", sortable=False),
        Column("action", QT_TRANSLATE_NOOP("Columns", "Action"),
               lambda r: audit_log.action_label(r.action, lang)),
        Column("entity", QT_TRANSLATE_NOOP("Columns", "Record kind"),
               lambda r: audit_log.entity_label(r.entity, lang)),
        Column("entity_id", QT_TRANSLATE_NOOP("Columns", "Record"),
               lambda r: r.entity_id if r.entity_id is not None else "", sortable=False,
               align=center),
        Column("outcome", QT_TRANSLATE_NOOP("Columns", "Outcome"),
               lambda r: audit_log.outcome_label(r.outcome, lang)),
    )


def _day(edit: DateBox) -> date | None:
    picked = edit.date()
    return None if picked <= ANY_DATE else date(picked.year(), picked.month(), picked.day())


class AuditView(QWidget):
    """The trail with its filters; ``chosen`` narrows it to one record from the start."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 chosen: AuditFilter | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("auditView")
        lang = ctx.language
        self.user = ChoiceCombo([], empty=self.tr("All users"))
        self.action = ChoiceCombo([], empty=self.tr("All actions"))
        self.entity = ChoiceCombo([], empty=self.tr("All kinds of record"))
        self.entity_id = QLineEdit()
        self.entity_id.setPlaceholderText(self.tr("Record number"))
        self.entity_id.setClearButtonEnabled(True)
        self.date_from, self.date_to = DateBox(), DateBox()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            set_date_format(edit, "yyyy-MM-dd")
            edit.setMinimumDate(ANY_DATE)
            edit.setSpecialValueText(self.tr("any"))
            edit.setDate(ANY_DATE)
        chosen = chosen or AuditFilter()
        self._wanted = chosen  # the choices come later: set once they are there
        if chosen.entity_id is not None:
            self.entity_id.setText(str(chosen.entity_id))
        for edit, day in ((self.date_from, chosen.date_from), (self.date_to, chosen.date_to)):
            if day is not None:
                edit.setDate(QDate(day.year, day.month, day.day))

        self._offer({})
        self.model = IdTableModel(_columns(lang), AuditSource(ctx.actor, chosen), ctx.db,
                                  sort="at", descending=True, parent=self)
        self.model.reloaded.connect(self._show_count)
        self.view = record_table(self.model, "auditTable", order=Qt.SortOrder.DescendingOrder)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_entry(current.row()))
        # the chosen row's fields may come after it was chosen (its page was on its way)
        self.model.dataChanged.connect(
            lambda *_args: self._show_entry(self.view.currentIndex().row()))
        self.details = QPlainTextEdit()
        self.details.setObjectName("auditDetails")
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Choose an entry to see the fields it changed."))
        # Each line laid out in the window's direction and from its start, the right in
        # Arabic: a plain text edit leaves its lines at the left whatever their direction
        # and the window's, and a block's own alignment does not move them.
        rtl = ctx.rtl
        self.details.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl
                                        else Qt.LayoutDirection.LeftToRight)
        option = self.details.document().defaultTextOption()
        option.setTextDirection(self.details.layoutDirection())
        option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        self.details.document().setDefaultTextOption(option)
        self.count_label = QLabel()
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self._on_export_clicked)

        filters = QGridLayout()
        filters.addWidget(QLabel(self.tr("User")), 0, 0)
        filters.addWidget(self.user, 0, 1)
        filters.addWidget(QLabel(self.tr("Action")), 0, 2)
        filters.addWidget(self.action, 0, 3)
        filters.addWidget(QLabel(self.tr("From")), 0, 4)
        filters.addWidget(self.date_from, 0, 5)
        filters.addWidget(QLabel(self.tr("To")), 0, 6)
        filters.addWidget(self.date_to, 0, 7)
        filters.addWidget(QLabel(self.tr("Record kind")), 1, 0)
        filters.addWidget(self.entity, 1, 1)
        filters.addWidget(QLabel(self.tr("Record")), 1, 2)
        filters.addWidget(self.entity_id, 1, 3)
        for column in (1, 3):
            filters.setColumnStretch(column, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

        query_op(self, ctx.db, lambda session: audit_log.choices(session, ctx.actor)) \
            .success(self._on_choices).run()
        for combo in (self.user, self.action, self.entity):
            combo.value_changed.connect(self.apply_filter)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.apply_filter)
        self.entity_id.editingFinished.connect(self.apply_filter)
        self.model.reload(reset=True)
        self._show_count()
        self._changes = Debounce(lambda _notices: self.model.reload(), self)
        if ctx.changes is not None:  # every change is audited: any notice may add entries
            ctx.changes.changed.connect(self._on_change_noticed)

    def _on_change_noticed(self, notice: ChangeNotice) -> None:
        self._changes.add(notice)

    def _combos(self) -> tuple[tuple[ChoiceCombo, Any, Any], ...]:
        lang = self.ctx.language
        return ((self.user, self._wanted.username, str),
                (self.action, self._wanted.action, lambda a: audit_log.action_label(a, lang)),
                (self.entity, self._wanted.entity, lambda e: audit_log.entity_label(e, lang)))

    def _offer(self, offered: dict[ChoiceCombo, list[str]]) -> None:
        """The choices of each filter, the one asked for at the start kept among them."""
        for combo, wanted, shown in self._combos():
            values = list(offered.get(combo, []))
            if wanted is not None and wanted not in values:
                values.append(wanted)
            current = combo.value() if combo.count() > 1 else wanted
            combo.blockSignals(True)
            combo.set_choices([(value, shown(value)) for value in values])
            combo.set_value(current, quiet=True)
            combo.blockSignals(False)

    def _on_choices(self, choices: audit_log.Choices) -> None:
        self._offer({self.user: choices.usernames, self.action: choices.actions,
                     self.entity: choices.entities})

    def current_filter(self) -> AuditFilter:
        typed = self.entity_id.text().strip().translate(_DIGITS)
        return AuditFilter(
            username=self.user.value(), action=self.action.value(),
            date_from=_day(self.date_from), date_to=_day(self.date_to),
            entity=self.entity.value(), entity_id=int(typed) if typed.isdigit() else None)

    def apply_filter(self, *_args: Any) -> None:
        self.details.clear()
        self.model.set_source(AuditSource(self.ctx.actor, self.current_filter()))

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("Entries: {count}").format(count=self.model.rowCount()))

    def _show_entry(self, number: int) -> None:
        row = self.model.row(number) if number >= 0 else None
        if row is None:
            self.details.clear()
            return
        self.details.setPlainText(row.changes_text(self.ctx.rtl, self.ctx.language)
                                  or self.tr("No fields recorded."))

    def _on_export_clicked(self) -> None:
        chosen = self.current_filter()
        name = save_file_name(self, self.tr("Export the audit trail"), "audit-trail.xlsx",
                              self.tr("Excel workbooks (*.xlsx)"))
        if not name:
            return
        if not name.lower().endswith(".xlsx"):
            name += ".xlsx"
        self.export(Path(name), chosen)

    def export(self, output: Path, chosen: AuditFilter | None = None) -> Any:
        """Write the filtered entries to ``output`` in the background (the Excel export)."""
        from reports.excel.audit import export_audit

        chosen = chosen or self.current_filter()
        ctx = self.ctx

        def work(progress) -> Path:
            return export_audit(ctx.db, ctx.actor, chosen, output, lang=ctx.language,
                                progress=lambda done, total: progress.report(done, total),
                                cancelled=progress.is_cancelled)

        return Op(self, work).with_progress(self.tr("Exporting the audit trail…")) \
            .success(lambda path: self.count_label.setText(
                self.tr("Written: {path}").format(path=str(path)))).run()


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)


def may_read(actor: Actor | None) -> bool:
    return permissions.may(actor, permissions.AUDIT)


class HistoryDialog(QDialog):
    """"Who changed this": the trail of one record, in a window of its own."""

    def __init__(self, ctx: AppContext, entity: str, entity_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditHistory")
        self.setWindowTitle(self.tr("Who changed this: {kind} {id}").format(
            kind=audit_log.entity_label(entity, ctx.language), id=entity_id))
        self.audit = AuditView(ctx, self, chosen=AuditFilter(entity=entity, entity_id=entity_id))
        layout = QVBoxLayout(self)
        layout.addWidget(self.audit)
        self.resize(900, 560)


def history_action(ctx: AppContext, owner: QWidget, entity: str,
                   current_id: Callable[[], int | None]) -> QAction | None:
    """"Who changed this…" for the record in focus of a list (``current_id``), added to
    ``owner``; None for a user who may not read the trail (the list then offers nothing)."""
    if not may_read(ctx.actor):
        return None
    action = QAction(QCoreApplication.translate("AuditView", "Who changed this…"), owner)
    action.setObjectName(f"history_{entity}")
    action.setToolTip(QCoreApplication.translate(
        "AuditView", "The audit trail of the record chosen: who changed it, when, and what."))
    action.triggered.connect(lambda: show_history(ctx, owner, entity, current_id()))
    owner.addAction(action)
    return action


def show_history(ctx: AppContext, parent: QWidget | None, entity: str,
                 entity_id: int | None) -> HistoryDialog | None:
    """Open "who changed this" for one record (nothing for a record not yet saved)."""
    if entity_id is None:
        return None
    dialog = HistoryDialog(ctx, entity, entity_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
