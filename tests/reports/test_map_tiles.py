"""The map's tile sources and settings: each checked before it is kept, a tile read from a
folder or an MBTiles file, the room's boundary file copied in, other settings left alone."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop import i18n
from desktop import settings as workstation
from desktop.services.errors import Invalid
from reports.maps import boundaries, settings, tiles
from reports.maps.tiles import TileKind, TileSource


@pytest.fixture(autouse=True)
def _messages_in_english():
    """The refusals below are matched by their English text."""
    i18n.set_language("en")

PNG = b"\x89PNG\r\n\x1a\n" + b"tile"


def mbtiles(path: Path, fmt: str = "png", *, tiles_table: bool = True) -> Path:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    db.executemany("INSERT INTO metadata VALUES (?, ?)", [
        ("format", fmt), ("minzoom", "5"), ("maxzoom", "11"),
        ("bounds", "38.8,29.0,48.6,37.4"), ("attribution", "Room survey 2024")])
    if tiles_table:
        db.execute("CREATE TABLE tiles (zoom_level INT, tile_column INT, tile_row INT, "
                   "tile_data BLOB)")
        # z=6, x=39, y=25 in the page's (XYZ) numbering is row 2^6-1-25 = 38 in the file's
        db.execute("INSERT INTO tiles VALUES (6, 39, 38, ?)", (PNG,))
    db.commit()
    db.close()
    return path


def test_an_mbtiles_file_gives_its_tiles_rows_counted_from_the_south(tmp_path):
    reader = tiles.MBTiles(mbtiles(tmp_path / "iraq.mbtiles"))
    try:
        assert reader.tile(6, 39, 25) == PNG
        assert reader.tile(6, 39, 38) is None
        assert (reader.min_zoom, reader.max_zoom, reader.mime) == (5, 11, "image/png")
        assert reader.bounds == (38.8, 29.0, 48.6, 37.4)
        assert reader.attribution == "Room survey 2024"
    finally:
        reader.close()
    layer = tiles.layer_for_program(TileSource(TileKind.MBTILES, str(tmp_path / "iraq.mbtiles")))
    assert layer.url == tiles.PROGRAM_TILES and layer.max_zoom == 11
    assert layer.attribution == "Room survey 2024"


@pytest.mark.parametrize("make, reason", [
    (lambda p: p, "does not exist"),
    (lambda p: (p.write_bytes(b"not a database at all" * 100), p)[1], "not an MBTiles file"),
    (lambda p: mbtiles(p, tiles_table=False), "not an MBTiles file"),
    (lambda p: mbtiles(p, "pbf"), "pbf"),
])
def test_what_is_not_a_raster_mbtiles_file_is_refused(tmp_path, make, reason):
    with pytest.raises(Invalid, match=reason):
        tiles.check(TileSource(TileKind.MBTILES, str(make(tmp_path / "bad.mbtiles"))))


def test_a_tile_folder_is_read_and_its_format_found(tmp_path):
    (tmp_path / "7" / "79").mkdir(parents=True)
    (tmp_path / "7" / "79" / "51.jpg").write_bytes(b"jpeg")
    (tmp_path / "9" / "316").mkdir(parents=True)
    folder = tiles.FolderTiles(tmp_path)
    assert (folder.suffix, folder.mime, folder.min_zoom, folder.max_zoom) == (
        "jpg", "image/jpeg", 7, 9)
    assert folder.tile(7, 79, 51) == b"jpeg" and folder.tile(7, 79, 52) is None
    assert folder.file_template().startswith("file:///") and folder.file_template().endswith(
        "/{z}/{x}/{y}.jpg")
    with pytest.raises(Invalid, match="holds no map tiles"):
        tiles.FolderTiles(tmp_path / "9")
    with pytest.raises(Invalid, match="does not exist"):
        tiles.FolderTiles(tmp_path / "nowhere")


@pytest.mark.parametrize("url, reason", [
    ("ftp://tiles.room/{z}/{x}/{y}.png", "http"),
    ("http:///{z}/{x}/{y}.png", "http"),
    ("http://tiles.room/{z}/{x}.png", "{y}"),
    ("http://tiles.room/{z}/{x}/{y}/{token}.png", "token"),
])
def test_a_tile_server_address_must_be_a_template(url, reason):
    with pytest.raises(Invalid, match=reason.replace("{", r"\{").replace("}", r"\}")):
        tiles.check(TileSource(TileKind.SERVER, url))


def test_tile_settings_are_kept_beside_the_others(tmp_path):
    workstation.save({"database_url": "postgresql+psycopg://room/ghurfa", "language": "ar"})
    assert settings.load() == settings.MapSettings()
    url = "https://tiles.room.local/{z}/{x}/{y}.png"
    settings.save_tiles(TileSource(TileKind.SERVER, f"  {url} ", "Room"))
    assert settings.load().tiles == TileSource(TileKind.SERVER, url, "Room")
    with pytest.raises(Invalid):
        settings.save_tiles(TileSource(TileKind.SERVER, "tiles.room.local"))
    assert settings.load().tiles.location == url  # a refused source changes nothing
    settings.save_tiles(TileSource())
    saved = workstation.load()
    assert saved["database_url"] == "postgresql+psycopg://room/ghurfa" and "map" not in saved


def test_unreadable_settings_are_not_overwritten():
    file = workstation.config_file()
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text('{"database_url": "postgresql://room/ghurfa",', encoding="utf-8")
    with pytest.raises(Invalid, match="cannot be read"):
        settings.save_tiles(TileSource())
    assert file.read_text(encoding="utf-8").endswith(",")
    assert settings.load() == settings.MapSettings()


def test_the_rooms_boundaries_are_checked_copied_and_forgotten(tmp_path):
    source = tmp_path / "districts.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"ADM2_AR": "العمارة", "ADM2_EN": "Amarah"},
         "geometry": {"type": "Polygon", "coordinates": [[[47, 31.7], [47.3, 31.7],
                                                          [47.3, 32], [47, 31.7]]]}},
        {"type": "Feature", "properties": {"name": "a road"},
         "geometry": {"type": "LineString", "coordinates": [[47, 31], [48, 32]]}}]}),
        encoding="utf-8")
    copy = settings.import_boundaries(source)
    source.unlink()  # the USB stick is gone
    assert settings.load().boundaries == copy and copy.is_file()
    (outline,) = boundaries.read_file(copy)
    assert (outline.name_ar, outline.name_en, outline.level) == ("العمارة", "Amarah",
                                                                 "district")
    settings.forget_boundaries()
    assert settings.load().boundaries is None and not copy.exists()


@pytest.mark.parametrize("text, reason", [
    ("{not json", "not a GeoJSON file"),
    ('{"type": "FeatureCollection", "features": []}', "no area outlines"),
    ('{"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[400, 1], [1, 1],'
     ' [1, 2], [400, 1]]]}}', "no area outlines"),
    ('[1, 2, 3]', "no area outlines"),
])
def test_a_boundary_file_without_outlines_is_refused_and_nothing_copied(tmp_path, text, reason):
    bad = tmp_path / "bad.geojson"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(Invalid, match=reason):
        settings.import_boundaries(bad)
    assert settings.load().boundaries is None
    assert not (workstation.data_dir() / "map" / settings.ROOM_BOUNDARIES).exists()


def test_a_huge_boundary_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    big = tmp_path / "big.geojson"
    big.write_text("{}", encoding="utf-8")
    monkeypatch.setattr(boundaries, "MAX_FILE_BYTES", 1)
    with pytest.raises(Invalid, match="MB"):
        boundaries.read_file(big)
