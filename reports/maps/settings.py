"""The map's settings on this workstation: the tile source and the room's own boundaries.

They live under ``map`` in the one settings file of ``desktop.settings`` (the tiles are on
this computer's disk or its network, so they are the workstation's, not the database's). A
boundary file the room imports is checked and copied into the data folder, so the map keeps
it when the USB stick it came on is gone; a tile folder or MBTiles file is used where it is
(it may be gigabytes). A write reads the file again and keeps every other setting; a file
that cannot be read is not overwritten (it may hold the database's address).
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop import settings
from desktop.services.errors import Invalid
from reports.maps import boundaries
from reports.maps.tiles import NO_TILES, TileKind, TileSource, check

KEY = "map"
ROOM_BOUNDARIES = "room-boundaries.json"


@dataclass(frozen=True)
class MapSettings:
    tiles: TileSource = NO_TILES
    boundaries: Path | None = None  # the room's own GeoJSON, copied into the data folder


def load() -> MapSettings:
    """What is saved; a setting that does not read as one counts as not set."""
    values = settings.load().get(KEY)
    if not isinstance(values, dict):
        return MapSettings()
    tiles = values.get("tiles")
    source = NO_TILES
    if isinstance(tiles, dict):
        try:
            source = TileSource(TileKind(tiles.get("kind", "none")),
                                str(tiles.get("location") or ""),
                                str(tiles.get("attribution") or ""))
        except ValueError:
            source = NO_TILES
    file = values.get("boundaries")
    return MapSettings(source, Path(file) if isinstance(file, str) and file else None)


def save_tiles(source: TileSource) -> TileSource:
    """Check ``source`` (Invalid if it cannot be used) and keep it; returns it as kept."""
    checked = check(source)
    stored = None if checked.kind is TileKind.NONE else {
        "kind": str(checked.kind), "location": checked.location,
        "attribution": checked.attribution}
    _update(tiles=stored)
    return checked


def import_boundaries(file: Path) -> Path:
    """Check the room's GeoJSON ``file`` (Invalid if it holds no area outlines), copy it into
    the data folder and use it from there; returns the copy."""
    boundaries.read_file(file)  # refuses before anything is copied
    target = settings.data_dir() / "map" / ROOM_BOUNDARIES
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".part")
    try:
        shutil.copyfile(file, partial)
        os.replace(partial, target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise Invalid("The boundary file could not be copied into {folder}: {reason}",
                      folder=str(target.parent), reason=error.strerror or str(error)) from None
    _update(boundaries=str(target))
    return target


def forget_boundaries() -> None:
    """Go back to the bundled outlines only."""
    current = load().boundaries
    _update(boundaries=None)
    if current is not None and current.name == ROOM_BOUNDARIES:
        current.unlink(missing_ok=True)


def _update(**values: Any) -> None:
    try:
        current = settings.load(strict=True)
    except settings.SettingsUnreadable as problem:
        raise Invalid("The settings file {file} cannot be read, so the map's settings were "
                      "not saved; correct the file or remove it.", file=str(problem.file)) \
            from None
    section = current.get(KEY)
    section = dict(section) if isinstance(section, dict) else {}
    for key, value in values.items():
        if value is None:
            section.pop(key, None)
        else:
            section[key] = value
    if section:
        current[KEY] = section
    else:
        current.pop(KEY, None)
    settings.save(current)
