"""The People tab: the registry searched as one types, in the core.

A country's registry holds a hundred thousand people, so the list is the answer of a search
read by an operation (``registry_lists.person_rows``: every word typed, in name, rank,
service number, position or organisation; an organisation and whether they are active) with
a limit, not a table of everyone; the latest search's answer alone is shown. A change in the
room reads the search again, merged so the person chosen stays chosen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.services import permissions, registry_lists
from desktop.services.registry_lists import PersonRow
from ui.assignments.rows import CENTRE, BoardColumn, RowsModel, show_rows
from ui.audit.view import history_action
from ui.centres.common import read_organisation_choices, refusal
from ui.centres.pages import page_actions, reason_label
from ui.changes import Debounce
from ui.context import AppContext
from ui.direction import LRI, PDI
from ui.meetings import lookup
from ui.meetings.common import ChoiceCombo
from ui.operations import Operation, query_op

if TYPE_CHECKING:
    from desktop.storage.changes import ChangeNotice

SEARCH_DELAY_MS = 200
LEFT_TINT = "#e0e0e0"
KINDS = ("people", "organisations", "ranks", "sectors")

COLUMNS = (
    BoardColumn("name", QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.name),
    BoardColumn("rank", QT_TRANSLATE_NOOP("Columns", "Rank"), lambda r: r.rank,
                sort=lambda r: (r.seniority is None, r.seniority or 0)),
    BoardColumn("number", QT_TRANSLATE_NOOP("Columns", "Service number"),
                lambda r: f"{LRI}{r.service_number}{PDI}" if r.service_number else "",
                sort=lambda r: r.service_number or ""),
    BoardColumn("organisation", QT_TRANSLATE_NOOP("Columns", "Organisation"),
                lambda r: r.organisation),
    BoardColumn("position", QT_TRANSLATE_NOOP("Columns", "Position"), lambda r: r.position),
    BoardColumn("home", QT_TRANSLATE_NOOP("Columns", "Home sector"), lambda r: r.home_sector),
    BoardColumn("active", QT_TRANSLATE_NOOP("Columns", "Active"),
                lambda r: "✓" if r.active else "✗", align=CENTRE,
                background=lambda r: None if r.active else LEFT_TINT),
)


class PeoplePage(QWidget):
    open_requested = Signal(object)  # a person's id, None for a new one
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loading = False
        self._generation = 0
        self.reason = refusal(ctx.actor, permissions.REGISTRY)
        self.search = QLineEdit()
        self.search.setObjectName("peopleSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name, rank, service number, position, "
                                               "organisation…"))
        self.organisation = ChoiceCombo(empty=self.tr("All organisations"))
        self.organisation.setMinimumWidth(220)
        self.active = ChoiceCombo([(True, self.tr("Active")), (False, self.tr("Left"))],
                                  empty=self.tr("Active and left"))
        self.active.set_value(True)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(SEARCH_DELAY_MS)
        self._typing.timeout.connect(lambda: self.refresh())
        self.search.textChanged.connect(lambda _text: self._typing.start())
        for combo in (self.organisation, self.active):
            combo.value_changed.connect(lambda _value: self.refresh())

        self.model = RowsModel(COLUMNS, self)
        self.view = QTableView()
        self.proxy = show_rows(self.view, self.model, "peopleTable",
                               widths=(240, 110, 100, 220, 200, 160))
        self.view.activated.connect(lambda _index: self.edit_current())
        self.new_action, self.edit_action = page_actions(
            self, self.tr("New person"), lambda: self.open_requested.emit(None),
            self.edit_current, self.reason)
        toolbar = QToolBar()
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.edit_action)
        self.history_action = history_action(ctx, self, "people", self.current_id)
        if self.history_action is not None:
            toolbar.addAction(self.history_action)
        self.count_label = QLabel()
        self.count_label.setObjectName("peopleCount")
        search_label = QLabel(self.tr("&Search"))
        search_label.setBuddy(self.search)
        top = QHBoxLayout()
        top.addWidget(toolbar)
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.organisation)
        top.addWidget(self.active)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(reason_label(self.reason))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self.setFocusProxy(self.search)
        self._changes = Debounce(lambda _notices: self.refresh(), self)
        if ctx.changes is not None:
            ctx.changes.changed.connect(self._on_change_noticed)
        lang = ctx.language
        lookup.fill(self.organisation, ctx.db,
                    lambda session: read_organisation_choices(session, lang))
        self.refresh()

    def _on_change_noticed(self, notice: ChangeNotice) -> None:
        if notice.everything or any(notice.touches(kind) for kind in KINDS):
            self._changes.add(notice)
        if not notice.everything and notice.touches("organisations"):
            lang = self.ctx.language
            lookup.fill(self.organisation, self.ctx.db,
                        lambda session: read_organisation_choices(session, lang))

    def refresh(self) -> Operation:
        """Read the search again; the rows merged, the person chosen kept."""
        self._typing.stop()
        self._generation += 1
        generation = self._generation
        text, organisation, active = (self.search.text(), self.organisation.value(),
                                      self.active.value())
        self.loading = True

        def done(rows: list[PersonRow]) -> None:
            if generation != self._generation:
                return
            self.loading = False
            self.model.merge(rows)
            limit = registry_lists.PEOPLE_LIMIT
            self.count_label.setText(self.tr("Found: {count}").format(
                count=f"{len(rows)}+" if len(rows) >= limit else len(rows)))
            self.loaded.emit()

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.loading = False
            from ui.errors import show_error

            show_error(self, error)

        return (query_op(self, self.ctx.db, lambda session: registry_lists.person_rows(
            session, text, organisation_id=organisation, active=active))
            .success(done).failure(failed).run())

    def current_id(self) -> int | None:
        row = self.proxy.row_at(self.view.currentIndex())
        return row.id if row is not None else None

    def select(self, person_id: int) -> bool:
        index = self.proxy.index_of(person_id)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        return index.isValid()

    def edit_current(self) -> None:
        person_id = self.current_id()
        if person_id is not None:
            self.open_requested.emit(person_id)

    def rows(self) -> list[Any]:
        return list(self.model.rows)
