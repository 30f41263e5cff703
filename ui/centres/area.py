"""The Centres area: the registries of the ground for one election, and the map.

An election chooser heads the area, since a centre's risk, stations, voters and status are
the commission's for one election; tabs hold the centres, the posts, the sectors, the tree of
areas and the map. Each tab's New and Edit open a form (``ui.centres.form``); a save reaches
every list through the room's change notices.

Two parts are built apart and joined here when present: the map
(``ui.centres.map_view.MapView(ctx, parent)``, built when its tab is first shown; it may offer
``set_election(id)`` and a signal ``open_centre(int)``) and the import of the commission's
sheets (``ui.centres.import_dialog.ImportCentresDialog(ctx, parent).open()``).
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.services import permissions
from desktop.services.site_lists import PostRow, SectorRow, post_rows, sector_rows
from ui.areas.placeholder import Placeholder
from ui.audit.view import history_action
from ui.centres.centre_editor import CentreEditor
from ui.centres.common import read_election_choices, refusal
from ui.centres.editors import AreaEditor, PostEditor, SectorEditor
from ui.centres.form import RecordDialog
from ui.centres.listing import CentresList
from ui.centres.pages import AreasPage, RegisterPage, page_actions, reason_label
from ui.context import AppContext
from ui.direction import LRI, PDI
from ui.itemmodels.ids import Column
from ui.labels import label
from ui.meetings import lookup
from ui.meetings.common import ChoiceCombo

log = logging.getLogger("ghurfa.centres")
MAP_MODULE = "ui.centres.map_view"
IMPORT_MODULE = "ui.centres.import_dialog"
ELECTION_PREFERENCE = "centres.election"
COUNT = Qt.AlignmentFlag.AlignCenter


def _place(row: PostRow) -> str:
    if row.latitude is None or row.longitude is None:
        return ""
    return f"{LRI}{row.latitude:.5f}, {row.longitude:.5f}{PDI}"


POST_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Post"), lambda r: r.name),
    Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: label(r.kind)),
    Column("sector", QT_TRANSLATE_NOOP("Columns", "Sector"), lambda r: r.sector),
    Column("area", QT_TRANSLATE_NOOP("Columns", "Area"), lambda r: r.area),
    Column("place", QT_TRANSLATE_NOOP("Columns", "Place on the map"), _place),
)


def _areas(row: SectorRow) -> str:
    """The areas by their own names (their paths are in the sector's form)."""
    return "، ".join(path.rsplit(" / ", 1)[-1] for path in row.areas)


SECTOR_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Sector"), lambda r: r.name),
    Column("organisation", QT_TRANSLATE_NOOP("Columns", "Responsible organisation"),
           lambda r: r.organisation),
    Column("areas", QT_TRANSLATE_NOOP("Columns", "Areas covered"), _areas),
    Column("centres", QT_TRANSLATE_NOOP("Columns", "Centres"), lambda r: f"{r.centres:,}",
           align=COUNT),
    Column("posts", QT_TRANSLATE_NOOP("Columns", "Posts"), lambda r: f"{r.posts:,}",
           align=COUNT),
)


class CentresArea(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialogs: dict[tuple[str, int | None], RecordDialog] = {}
        self.map_view: QWidget | None = None
        self._election_shown = False  # the centres have been asked for an election
        deployment = refusal(ctx.actor, permissions.DEPLOYMENT)

        self.election = ChoiceCombo()
        self.election.setObjectName("centresElection")
        self.election.setMinimumWidth(360)
        self.election.value_changed.connect(self._on_election_value_changed)
        election_label = QLabel(self.tr("&Election"))
        election_label.setBuddy(self.election)
        head = QHBoxLayout()
        head.addWidget(election_label)
        head.addWidget(self.election)
        head.addStretch(1)

        self.centres = CentresList(ctx)
        self.centres.open_requested.connect(self.open_centre)
        centres_page = QWidget()
        self.new_centre, self.edit_centre = page_actions(
            centres_page, self.tr("New centre"), lambda: self.open_centre(None),
            self._on_edit_centre, deployment)
        self.import_action = QAction(self.tr("Import centres…"), centres_page)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.import_action.triggered.connect(self.import_centres)
        centres_page.addAction(self.import_action)
        importing = importlib.util.find_spec(IMPORT_MODULE) is not None
        self.import_action.setEnabled(importing and deployment is None)
        self.import_action.setToolTip(deployment or ("" if importing else self.tr(
            "The import of the commission's sheets is not in this version yet.")))
        self.centres_toolbar = QToolBar()
        self.centres_toolbar.setObjectName("centresToolbar")
        self.centres_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_centre, self.edit_centre, self.import_action):
            self.centres_toolbar.addAction(action)
        self.centre_history = history_action(
            ctx, centres_page, "centres",
            lambda: getattr(self.centres.current_row(), "id", None))
        if self.centre_history is not None:
            self.centres_toolbar.addAction(self.centre_history)
        centres_layout = QVBoxLayout(centres_page)
        centres_layout.addWidget(self.centres_toolbar)
        centres_layout.addWidget(reason_label(deployment))
        centres_layout.addWidget(self.centres, 1)
        centres_page.setFocusProxy(self.centres.search)

        self.posts = RegisterPage(
            ctx, columns=POST_COLUMNS, read=post_rows, kinds=("posts", "areas", "sectors"),
            roles=permissions.DEPLOYMENT, new_text=self.tr("New post"), stretch=0)
        self.posts.open_requested.connect(self.open_post)
        self.sectors = RegisterPage(
            ctx, columns=SECTOR_COLUMNS, read=sector_rows,
            kinds=("sectors", "sector_areas", "areas", "organisations", "centres", "posts"),
            roles=permissions.DEPLOYMENT, new_text=self.tr("New sector"), stretch=2)
        self.sectors.open_requested.connect(self.open_sector)
        self.areas = AreasPage(ctx, permissions.REGISTRY)
        self.areas.open_requested.connect(self.open_area)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("centresTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(centres_page, self.tr("Centres"))
        self.tabs.addTab(self.posts, self.tr("Posts"))
        self.tabs.addTab(self.sectors, self.tr("Sectors"))
        self.tabs.addTab(self.areas, self.tr("Areas"))
        self.map_page = QWidget()
        QVBoxLayout(self.map_page).setContentsMargins(0, 0, 0, 0)
        self.map_index = self.tabs.addTab(self.map_page, self.tr("Map"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.centres.search)
        self.fill_elections()
        if ctx.changes is not None:
            ctx.changes.changed.connect(self._on_change_noticed)

    # -- the election --------------------------------------------------------------------------

    def fill_elections(self) -> None:
        """The elections, latest first; the one chosen last time is chosen again."""
        lang = self.ctx.language
        wanted = (self.election.value() if self._election_shown
                  else self.ctx.preferences.get(ELECTION_PREFERENCE))

        def filled() -> None:
            choices = self.election.choices
            if wanted is None or choices.row_of(wanted) < 0:
                self.election.set_value(choices.value_at(0), quiet=True)
            else:
                self.election.set_value(wanted, quiet=True)
            self._show_election(self.election.value())

        lookup.fill(self.election, self.ctx.db,
                    lambda session: read_election_choices(session, lang), then=filled)

    def _on_election_value_changed(self, election_id: int | None) -> None:
        self._show_election(election_id)

    def _show_election(self, election_id: int | None) -> None:
        if self._election_shown and election_id == self.centres.election_id:
            return
        self._election_shown = True
        if election_id is not None:
            self.ctx.preferences[ELECTION_PREFERENCE] = election_id
        self.centres.set_election(election_id)
        if self.map_view is not None and hasattr(self.map_view, "set_election"):
            self.map_view.set_election(election_id)

    def _on_change_noticed(self, notice: Any) -> None:
        if not notice.everything and notice.touches("elections"):
            self.fill_elections()

    # -- the forms ---------------------------------------------------------------------------

    def _open(self, key: tuple[str, int | None], make: Any, page: Any) -> RecordDialog:
        """One form per record: asked again, the open one comes forward."""
        found = self.dialogs.get(key)
        if found is not None and key[1] is not None:
            found.raise_()
            found.activateWindow()
            return found
        dialog = make()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialogs[key] = dialog
        dialog.finished.connect(lambda _result: self.dialogs.pop(key, None))
        dialog.saved.connect(lambda record_id: self._on_saved(page, record_id))
        dialog.open()
        return dialog

    def _on_saved(self, page: Any, record_id: int) -> None:
        """The list shows the record saved, chosen. With the room's notices the list reads
        it by itself; without them (a test's context) it is asked to."""
        if page is self.centres:
            if self.ctx.changes is None:
                self.centres.refresh([record_id])
            self._select_when_read(self.centres, record_id, self.centres.select_centre)
        else:
            if self.ctx.changes is None:
                page.refresh()
            self._select_when_read(page, record_id, page.select)

    @staticmethod
    def _select_when_read(page: Any, record_id: int, select: Any) -> None:
        if select(record_id):
            return

        def once() -> None:
            page.loaded.disconnect(once)
            select(record_id)

        page.loaded.connect(once)

    def open_centre(self, centre_id: int | None) -> RecordDialog:
        election_id, name = self.election.value(), self.election.chosen_text()
        return self._open(("centres", centre_id), lambda: CentreEditor(
            self.ctx, centre_id, election_id, name, self), self.centres)

    def _on_edit_centre(self) -> None:
        row = self.centres.current_row()
        if row is not None:
            self.open_centre(row.id)

    def open_post(self, post_id: int | None) -> RecordDialog:
        return self._open(("posts", post_id), lambda: PostEditor(self.ctx, post_id, self),
                          self.posts)

    def open_sector(self, sector_id: int | None) -> RecordDialog:
        return self._open(("sectors", sector_id),
                          lambda: SectorEditor(self.ctx, sector_id, self), self.sectors)

    def open_area(self, area_id: int | None, under: int | None = None) -> RecordDialog:
        return self._open(("areas", area_id),
                          lambda: AreaEditor(self.ctx, area_id, under, self), self.areas)

    def import_centres(self) -> Any:
        """The import dialog, where it is built."""
        try:
            module = importlib.import_module(IMPORT_MODULE)
        except ImportError:
            log.exception("the import dialog failed to load")
            return None
        dialog = module.ImportCentresDialog(self.ctx, self)
        dialog.open()
        return dialog

    # -- the map -------------------------------------------------------------------------------

    def _on_tab_changed(self, index: int) -> None:
        if index == self.map_index and self.map_view is None:
            self.map_view = self._build_map()
            self.map_page.layout().addWidget(self.map_view)

    def _build_map(self) -> QWidget:
        """The map where its module is present; a note saying what will come where not."""
        coming = self.tr("The offline map of the centres, coloured by risk or by the "
                         "coverage of a shift.")
        try:
            module = importlib.import_module(MAP_MODULE)
        except ImportError as error:
            if not (error.name or "").startswith(MAP_MODULE):
                log.exception("the map failed to load")
            return Placeholder(coming, self.map_page)
        except Exception:  # a map that fails must not take the area down
            log.exception("the map failed to load")
            return Placeholder(coming, self.map_page)
        view_class = getattr(module, "MapView", None) or getattr(module, "CentresMap", None)
        if view_class is None:
            return Placeholder(coming, self.map_page)
        view = view_class(self.ctx, self.map_page)
        if hasattr(view, "set_election"):
            view.set_election(self.election.value())
        if hasattr(view, "open_centre"):
            view.open_centre.connect(self.open_centre)
        return view

    def can_close(self) -> bool:
        return True
