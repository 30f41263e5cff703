"""Where the map's background comes from: nothing, the room's tile server, or tiles on disk.

A room has no internet. With no tile source the map draws area boundaries on a plain
background; a room that runs its own tile server names its address (a template with ``{z}``,
``{x}`` and ``{y}``); a room that brought tiles on a USB stick names a folder of
``{z}/{x}/{y}.png`` files or one MBTiles file (an SQLite database of tiles). The program serves
the folder and the MBTiles file to its own map view from disk; a page written for sharing can
name the folder (it then works on this computer) but not an MBTiles file.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from urllib.parse import urlsplit

from desktop.services.errors import Invalid

MBTILES_SUFFIXES = (".mbtiles",)
RASTER_FORMATS = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg",
                  "webp": "image/webp"}
DEFAULT_MAX_ZOOM = 18
_FIELD = re.compile(r"\{([a-z]+)\}")
_TEMPLATE_FIELDS = {"z", "x", "y", "s", "r"}


class TileKind(StrEnum):
    NONE = "none"
    SERVER = "server"
    FOLDER = "folder"
    MBTILES = "mbtiles"


@dataclass(frozen=True)
class TileSource:
    """What the room chose in the settings; ``location`` is an address or a path."""

    kind: TileKind = TileKind.NONE
    location: str = ""
    attribution: str = ""

    @property
    def path(self) -> Path:
        return Path(self.location).expanduser()


NO_TILES = TileSource()


@dataclass(frozen=True)
class TileLayerSpec:
    """A tile layer as the page draws it."""

    url: str  # a template with {z}, {x}, {y}
    attribution: str = ""
    min_zoom: int = 0
    max_zoom: int = DEFAULT_MAX_ZOOM
    # west, south, east, north: where the tiles are, so the map is not grey beyond them
    bounds: tuple[float, float, float, float] | None = None


def check(source: TileSource) -> TileSource:
    """``source`` as it must be to use, or Invalid saying what is wrong with it."""
    kind = TileKind(source.kind)
    location = source.location.strip()
    if kind is TileKind.NONE:
        return NO_TILES
    if not location:
        raise Invalid("Give the tile server's address, the tile folder or the MBTiles file.")
    cleaned = TileSource(kind, location, source.attribution.strip())
    if kind is TileKind.SERVER:
        _check_template(location)
    elif kind is TileKind.FOLDER:
        FolderTiles(cleaned.path)
    else:
        MBTiles(cleaned.path).close()
    return cleaned


def _check_template(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise Invalid("The tile server's address must begin with http:// or https:// and "
                      "name the server: {url}", url=url)
    fields = set(_FIELD.findall(url))
    if not {"z", "x", "y"} <= fields:
        raise Invalid("The tile server's address must hold {{z}}, {{x}} and {{y}} where the "
                      "zoom and the tile's column and row go, for example "
                      "http://tiles.room.local/{{z}}/{{x}}/{{y}}.png: {url}", url=url)
    unknown = sorted(fields - _TEMPLATE_FIELDS)
    if unknown:
        raise Invalid("The tile server's address holds {{{field}}}, which is not a part of "
                      "a tile's address.", field=unknown[0])


class FolderTiles:
    """A folder of ``{z}/{x}/{y}.ext`` files, as tile tools write them."""

    def __init__(self, folder: Path) -> None:
        if not folder.is_dir():
            raise Invalid("The tile folder {path} does not exist or is not a folder.",
                          path=str(folder))
        self.folder = folder
        self.suffix = self._find_suffix()
        zooms = sorted(int(p.name) for p in folder.iterdir() if p.is_dir() and p.name.isdigit())
        self.min_zoom, self.max_zoom = zooms[0], zooms[-1]

    def _find_suffix(self) -> str:
        for zoom in sorted((p for p in self.folder.iterdir() if p.is_dir() and p.name.isdigit()),
                           key=lambda p: int(p.name)):
            for column in zoom.iterdir():
                if not column.is_dir():
                    continue
                for tile in column.iterdir():
                    ending = tile.suffix.lower().lstrip(".")
                    if ending in RASTER_FORMATS:
                        return ending
        raise Invalid("The folder {path} holds no map tiles: tiles are image files in "
                      "folders named zoom/column/row.png.", path=str(self.folder))

    @property
    def mime(self) -> str:
        return RASTER_FORMATS[self.suffix]

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        file = self.folder / str(z) / str(x) / f"{y}.{self.suffix}"
        try:
            return file.read_bytes()
        except OSError:
            return None

    def file_template(self) -> str:
        """A ``file:`` address for a page written to share (it works on this computer)."""
        return f"{self.folder.resolve().as_uri()}/{{z}}/{{x}}/{{y}}.{self.suffix}"


class MBTiles:
    """An MBTiles file (tiles in SQLite, rows counted from the south as in TMS), read only.

    One connection serves every thread that asks, one at a time: the view's scheme handler
    asks from the interface thread, a page builder from a worker."""

    def __init__(self, file: Path) -> None:
        if not file.is_file():
            raise Invalid("The MBTiles file {path} does not exist.", path=str(file))
        self.file = file
        try:
            self._db = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True,
                                       check_same_thread=False)
            meta = dict(self._db.execute("SELECT name, value FROM metadata").fetchall())
            self._db.execute("SELECT 1 FROM tiles LIMIT 1").fetchall()
        except sqlite3.DatabaseError:
            self.close()
            raise Invalid("{path} is not an MBTiles file (an SQLite database of map tiles).",
                          path=str(file)) from None
        self._lock = threading.Lock()
        fmt = str(meta.get("format", "png")).lower()
        if fmt not in RASTER_FORMATS:
            self.close()
            raise Invalid("The MBTiles file {path} holds {format} tiles; the map draws image "
                          "tiles (png, jpg or webp) only.", path=str(file), format=fmt)
        self.mime = RASTER_FORMATS[fmt]
        self.attribution = str(meta.get("attribution", "") or "")
        self.min_zoom = _zoom(meta.get("minzoom"), 0)
        self.max_zoom = _zoom(meta.get("maxzoom"), DEFAULT_MAX_ZOOM)
        self.bounds = _bounds(meta.get("bounds"))

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        row = (1 << z) - 1 - y  # MBTiles counts rows from the south
        with self._lock:
            found = self._db.execute(
                "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? "
                "AND tile_row = ?", (z, x, row)).fetchone()
        return bytes(found[0]) if found else None

    def close(self) -> None:
        db = getattr(self, "_db", None)
        if db is not None:
            db.close()
            self._db = None


def _zoom(value: object, default: int) -> int:
    try:
        return max(0, min(24, int(str(value))))
    except (TypeError, ValueError):
        return default


def _bounds(value: object) -> tuple[float, float, float, float] | None:
    try:
        west, south, east, north = (float(part) for part in str(value).split(","))
    except (TypeError, ValueError):
        return None
    if -180 <= west < east <= 180 and -90 <= south < north <= 90:
        return west, south, east, north
    return None


# The address the program's own map view asks its tiles at (``ui.centres.map_view``).
PROGRAM_TILES = "ghurfa-map://tiles/{z}/{x}/{y}"


def layer_for_program(source: TileSource) -> TileLayerSpec | None:
    """The tile layer of the map inside the program: a server's own address, or the view's
    scheme that reads the folder or the MBTiles file."""
    source = check(source)
    if source.kind is TileKind.NONE:
        return None
    if source.kind is TileKind.SERVER:
        return TileLayerSpec(source.location, source.attribution)
    if source.kind is TileKind.FOLDER:
        folder = FolderTiles(source.path)
        return TileLayerSpec(PROGRAM_TILES, source.attribution, folder.min_zoom,
                             folder.max_zoom)
    tiles = MBTiles(source.path)
    try:
        return TileLayerSpec(PROGRAM_TILES, source.attribution or tiles.attribution,
                             tiles.min_zoom, tiles.max_zoom, tiles.bounds)
    finally:
        tiles.close()


def layer_for_file(source: TileSource) -> TileLayerSpec | None:
    """The tile layer of a page written to a file. An MBTiles file cannot be read by a page
    opened alone, so that page has none (the boundaries stay)."""
    source = check(source)
    if source.kind is TileKind.SERVER:
        return TileLayerSpec(source.location, source.attribution)
    if source.kind is TileKind.FOLDER:
        folder = FolderTiles(source.path)
        return TileLayerSpec(folder.file_template(), source.attribution, folder.min_zoom,
                             folder.max_zoom)
    return None


def open_reader(source: TileSource) -> FolderTiles | MBTiles | None:
    """What reads the tiles from disk, for the program's scheme handler."""
    source = check(source)
    if source.kind is TileKind.FOLDER:
        return FolderTiles(source.path)
    if source.kind is TileKind.MBTILES:
        return MBTiles(source.path)
    return None
