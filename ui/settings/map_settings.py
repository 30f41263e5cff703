"""The map's settings page: where the background comes from, and the room's own boundaries.

A room with no tiles sees area boundaries on a plain background; one that runs a tile server
gives its address; one that brought tiles on a USB stick names the folder or the MBTiles file.
The room may also import its own boundary GeoJSON (districts, sub-districts), which is checked
and copied into the data folder. They are this workstation's settings (``reports.maps.
settings``), checked off the interface thread (a file on a slow stick, a large GeoJSON) and
saved only if usable; a refusal says why, in the user's language, and keeps what was saved.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.errors import DomainError
from reports.maps import settings
from reports.maps.tiles import TileKind, TileSource
from ui.context import AppContext
from ui.direction import show_as_path
from ui.file_dialogs import existing_directory, open_file_name
from ui.operations import Op, Operation

SERVER_EXAMPLE = "http://tiles.room.local/{z}/{x}/{y}.png"


class _MapSettingsNotice(QObject):
    """One notice for the whole program: the map settings changed (an open map, in another
    area than the settings page, draws again)."""

    changed = Signal()


notice = _MapSettingsNotice()


class MapSettingsPage(QWidget):
    """``saved`` is emitted after either setting changed, so an open map can draw again."""

    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pending: Operation | None = None
        self.saved.connect(notice.changed)
        current = settings.load()

        self.none = QRadioButton(self.tr("No tiles: area boundaries on a plain background"))
        self.server = QRadioButton(self.tr("The room's tile server"))
        self.folder = QRadioButton(self.tr("A folder of tiles (zoom/column/row.png)"))
        self.mbtiles = QRadioButton(self.tr("An MBTiles file"))
        self.kinds = QButtonGroup(self)
        for button, kind in ((self.none, TileKind.NONE), (self.server, TileKind.SERVER),
                             (self.folder, TileKind.FOLDER), (self.mbtiles, TileKind.MBTILES)):
            self.kinds.addButton(button)
            button.setProperty("kind", str(kind))
        self.url = QLineEdit()
        self.url.setPlaceholderText(SERVER_EXAMPLE)
        self.folder_path = QLineEdit()
        self.mbtiles_path = QLineEdit()
        self.attribution = QLineEdit()
        self.attribution.setPlaceholderText(self.tr("Who made the tiles, shown in a corner"))
        for edit in (self.url, self.folder_path, self.mbtiles_path):
            edit.setMinimumWidth(420)
        show_as_path(self.url, self.folder_path, self.mbtiles_path)
        browse_folder = QPushButton(self.tr("Choose…"))
        browse_folder.clicked.connect(self._on_browse_folder_clicked)
        browse_file = QPushButton(self.tr("Choose…"))
        browse_file.clicked.connect(self._on_browse_file_clicked)
        self._show_source(current.tiles)

        tiles_form = QFormLayout()
        tiles_form.addRow(self.none)
        tiles_form.addRow(self.server)
        tiles_form.addRow(self.tr("Address"), self.url)
        tiles_form.addRow(self.folder)
        tiles_form.addRow(self.tr("Folder"), _row(self.folder_path, browse_folder))
        tiles_form.addRow(self.mbtiles)
        tiles_form.addRow(self.tr("File"), _row(self.mbtiles_path, browse_file))
        tiles_form.addRow(self.tr("Credit"), self.attribution)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save_tiles)
        tiles_box = QGroupBox(self.tr("Map background"))
        tiles_layout = QVBoxLayout(tiles_box)
        tiles_layout.addLayout(tiles_form)
        tiles_layout.addWidget(QLabel(self.tr(
            "With no tiles the map asks no server for anything. A tile server's address is "
            "reached by every map the program shows.")))
        tiles_layout.addWidget(self.save_button)

        self.boundaries = QLabel()
        self.boundaries.setWordWrap(True)
        show_as_path(self.boundaries)
        self.import_button = QPushButton(self.tr("Import a boundary file…"))
        self.import_button.clicked.connect(self._on_import_clicked)
        self.forget_button = QPushButton(self.tr("Use the bundled boundaries only"))
        self.forget_button.clicked.connect(self.forget_boundaries)
        bounds_box = QGroupBox(self.tr("Area boundaries"))
        bounds_layout = QVBoxLayout(bounds_box)
        bounds_layout.addWidget(QLabel(self.tr(
            "The program has Iraq's governorates. A GeoJSON file of the room's own areas "
            "(districts, sub-districts) adds them; each is tied to the area of the same code "
            "or name.")))
        bounds_layout.addWidget(self.boundaries)
        bounds_layout.addLayout(_row(self.import_button, self.forget_button, stretch=True))
        self._show_boundaries(current.boundaries)

        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(tiles_box)
        layout.addWidget(bounds_box)
        layout.addWidget(self.message)
        layout.addStretch(1)

    # -- showing ---------------------------------------------------------------------------

    def _show_source(self, source: TileSource) -> None:
        button = {TileKind.NONE: self.none, TileKind.SERVER: self.server,
                  TileKind.FOLDER: self.folder, TileKind.MBTILES: self.mbtiles}[source.kind]
        button.setChecked(True)
        edit = {TileKind.SERVER: self.url, TileKind.FOLDER: self.folder_path,
                TileKind.MBTILES: self.mbtiles_path}.get(source.kind)
        if edit is not None:
            edit.setText(source.location)
        self.attribution.setText(source.attribution)

    def _show_boundaries(self, file: Path | None) -> None:
        self.boundaries.setText(self.tr("In use: the bundled governorates only.") if file is None
                                else self.tr("In use: the room's file {path}, and the bundled "
                                             "governorates where it has none.")
                                .format(path=file))
        self.forget_button.setEnabled(file is not None)

    def chosen_source(self) -> TileSource:
        kind = TileKind(self.kinds.checkedButton().property("kind"))
        location = {TileKind.SERVER: self.url, TileKind.FOLDER: self.folder_path,
                    TileKind.MBTILES: self.mbtiles_path}.get(kind)
        return TileSource(kind, location.text() if location is not None else "",
                          self.attribution.text())

    # -- choosing --------------------------------------------------------------------------

    def _on_browse_folder_clicked(self) -> None:
        chosen = existing_directory(self, self.tr("The folder of map tiles"),
                                    self.folder_path.text())
        if chosen:
            self.folder_path.setText(chosen)
            self.folder.setChecked(True)

    def _on_browse_file_clicked(self) -> None:
        chosen = open_file_name(self, self.tr("The MBTiles file"), self.mbtiles_path.text(),
                                self.tr("MBTiles files (*.mbtiles);;All files (*)"))
        if chosen:
            self.mbtiles_path.setText(chosen)
            self.mbtiles.setChecked(True)

    def _on_import_clicked(self) -> None:
        chosen = open_file_name(self, self.tr("The room's boundary file"), "",
                                self.tr("GeoJSON files (*.geojson *.json);;All files (*)"))
        if chosen:
            self.import_boundaries(Path(chosen))

    # -- saving ----------------------------------------------------------------------------

    def save_tiles(self) -> Operation | None:
        source = self.chosen_source()
        return self._run(lambda _p: settings.save_tiles(source), self._on_tiles_saved)

    def import_boundaries(self, file: Path) -> Operation | None:
        return self._run(lambda _p: settings.import_boundaries(file), self._on_boundaries_saved)

    def forget_boundaries(self) -> Operation | None:
        return self._run(lambda _p: settings.forget_boundaries(), self._on_boundaries_saved)

    def _run(self, work, then) -> Operation | None:
        if self.pending is not None:
            return None  # one at a time
        self._busy(True)
        self.message.setText(self.tr("Checking…"))
        self.pending = Op(self, work).success(then).failure(self._on_refused).run()
        return self.pending

    def _busy(self, busy: bool) -> None:
        for button in (self.save_button, self.import_button):
            button.setEnabled(not busy)
        self.forget_button.setEnabled(not busy and settings.load().boundaries is not None)

    def _on_tiles_saved(self, source: TileSource) -> None:
        self.pending = None
        self._busy(False)
        self._show_source(source)
        self.message.setText(self.tr("Saved. The map uses it when it is drawn again."))
        self.saved.emit()

    def _on_boundaries_saved(self, _result: object) -> None:
        self.pending = None
        self._busy(False)
        self._show_boundaries(settings.load().boundaries)
        self.message.setText(self.tr("Saved. The map uses it when it is drawn again."))
        self.saved.emit()

    def _on_refused(self, error: BaseException) -> None:
        self.pending = None
        self._busy(False)
        if isinstance(error, DomainError):
            self.message.setText(error.message(self.ctx.language))
            return
        from ui.errors import show_error

        self.message.setText("")
        show_error(self, error)


def _row(*widgets: QWidget, stretch: bool = False) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    if stretch:
        row.addStretch(1)
    return row
