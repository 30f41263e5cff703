"""The map page stands alone: nothing in it is loaded from a server unless the room's tile
server is its background; it shows the markers with the network cut off; texts are escaped,
in the user's language, right to left in Arabic."""

from __future__ import annotations

import json
import re

import folium
import pytest

from desktop.services.coverage import CoverageLevel
from reports.maps import Colouring, MapRequest, assets, build_map
from reports.maps.data import read
from reports.maps.page import build_page
from reports.maps.settings import MapSettings
from reports.maps.tiles import TileKind, TileLayerSpec, TileSource
from tests.reports import map_browser, map_world

SERVER = "http://tiles.room.invalid/{z}/{x}/{y}.png"


@pytest.fixture
def ground(sqlite_db):
    return map_world.build(sqlite_db)


def _layer(html: str, kind: str) -> tuple[dict, dict]:
    """The GeoJSON collection and the options of the point layer of ``kind``."""
    for match in re.finditer(r"ghurfaMap\.points\(\s*\w+, (\{.*?\}), (\{.*?\})\);\n", html):
        options = json.loads(match.group(2))
        if options["kind"] == kind:
            return json.loads(match.group(1)), options
    raise AssertionError(f"no {kind} layer")


def test_the_page_loads_nothing_from_a_server(sqlite_db, ground):
    with sqlite_db.reader() as s:
        html = build_map(s, MapRequest(), chosen=MapSettings()).html
    found = map_browser.addresses(html)
    assert map_browser.remote(found) == []
    # nor from a file beside it: only data: addresses, and the VML behaviour of old IE
    assert [a for a in found if not a.startswith(("data:", "#"))] == []
    # Leaflet, markercluster and jQuery are inside, once each, and the layer-control icon's
    # image is written into the style sheet
    assert html.count('t.version="1.9.4"') == 1 and html.count("L.MarkerClusterGroup") >= 1
    assert html.count("jQuery v3.7.1") == 1
    assert "data:image/png;base64," in html and "sourceMappingURL" not in html
    # the scan itself catches a loaded address
    assert map_browser.remote(map_browser.addresses(
        '<img src="https://a.example/x.png"><div style="background:url(//b.example/y)">'
        '<style>@import "http://c.example/z.css";</style>')) == [
        "https://a.example/x.png", "//b.example/y", "http://c.example/z.css"]


def test_an_asset_nobody_bundled_is_refused():
    page = folium.Map(tiles=None)
    page.default_js = [*page.default_js, ("some_plugin", "https://cdn.example/plugin.js")]
    with pytest.raises(assets.MissingAsset, match="some_plugin"):
        assets.make_offline(page.get_root())


def test_centres_are_one_layer_with_their_facts_and_texts_escaped(sqlite_db, ground):
    with sqlite_db.reader() as s:
        data = read(s, MapRequest(shift_id=ground["shift"], colour=Colouring.COVERAGE))
    html = build_page(data, lang="ar")
    assert html.count("ghurfaMap.points(") == 3  # centres, posts, incidents
    centres, options = _layer(html, "centre")
    assert len(centres["features"]) == 4 and options["cluster"] is True
    by_code = {f["properties"]["c"]: f for f in centres["features"]}
    low = by_code["MS-102"]
    assert low["geometry"]["coordinates"] == [47.1, 31.9]
    assert low["properties"]["k"] == CoverageLevel.FULL and low["properties"]["v"] == 1_850
    assert options["lists"]["a"][low["properties"]["a"]] == "ميسان - العمارة"
    assert by_code["MS-103"]["properties"]["k"] == CoverageLevel.NONE
    # a name with markup is data, never markup: escaped in the script, by the popup in the page
    assert "<النور>" not in html and "\\u003cالنور\\u003e" in html
    assert '<html lang="ar" dir="rtl">' in html
    assert options["rtl"] is True and options["categories"]["none"]["colour"]
    english = build_page(data, lang="en")
    assert '<html lang="en" dir="ltr">' in english and "Centres by coverage" in english


def test_template_syntax_in_the_rooms_texts_stays_text(sqlite_db, ground):
    """folium compiles what it renders as a Jinja template again; the room's texts must not
    reach that second pass."""
    from desktop.services.actor import SYSTEM
    from desktop.services.sites import CentreInput, SectorInput, update_centre, update_sector

    with sqlite_db.session() as s:
        update_centre(s, SYSTEM, ground["MS-104"], CentreInput(
            "MS-104", "مدرسة {{ 7*7 }} {% if %}", latitude=31.6, longitude=46.9,
            sector_id=ground["sector_governorate"]))
        update_sector(s, SYSTEM, ground["sector_district"], SectorInput(
            "قاطع {{ config }}", None, [ground["district"]]))
    with sqlite_db.reader() as s:
        html = build_map(s, MapRequest(), chosen=MapSettings(
            TileSource(TileKind.SERVER, SERVER, "© {{ survey }} {%"))).html
    centres, _ = _layer(html, "centre")
    names = {f["properties"]["c"]: f["properties"]["n"] for f in centres["features"]}
    assert names["MS-104"] == "مدرسة {{ 7*7 }} {% if %}"
    assert "قاطع {{ config }}" in html
    assert "\\u0026#123;\\u0026#123; survey \\u0026#125;\\u0026#125;" in html


def test_without_tiles_boundaries_are_filled_and_with_them_only_outlined(sqlite_db, ground):
    with sqlite_db.reader() as s:
        data = read(s, MapRequest())
    plain = build_page(data)
    assert '"fillOpacity":1.0' in plain and "L.tileLayer" not in plain
    tiled = build_page(data, tiles=TileLayerSpec(SERVER, "Room tiles", 5, 12))
    assert "L.tileLayer" in tiled and SERVER in tiled and '"fillOpacity":0.0' in tiled
    assert '"maxZoom": 12' in tiled or '"maxZoom":12' in tiled


def test_notes_say_what_of_the_settings_a_shared_page_does_not_use(sqlite_db, ground,
                                                                  tmp_path):
    mbtiles = MapSettings(TileSource(TileKind.MBTILES, str(tmp_path / "absent.mbtiles")),
                          tmp_path / "gone.json")
    with sqlite_db.reader() as s:
        built = build_map(s, MapRequest(), lang="en", chosen=mbtiles)
        served = build_map(s, MapRequest(), lang="en",
                           chosen=MapSettings(TileSource(TileKind.SERVER, SERVER)))
    assert any("boundary file was not used" in n for n in built.notes)
    assert any("tiles were not used" in n for n in built.notes)
    assert any("inside the program only" in n for n in built.notes)
    assert "L.tileLayer" not in built.html and len(built.data.outlines) == 18
    assert served.notes == (f"The page loads its background from the room's tile server "
                            f"{SERVER}.",) and SERVER in served.html


needs_chromium = pytest.mark.skipif(map_browser.chromium() is None,
                                    reason="chromium is not installed (apt-get install chromium)")


@needs_chromium
def test_headless_chromium_shows_the_markers_with_the_network_cut_off(sqlite_db, ground,
                                                                       tmp_path):
    with sqlite_db.reader() as s:
        built = build_map(s, MapRequest(), chosen=MapSettings())
    page = tmp_path / "map.html"
    page.write_text(built.html, encoding="utf-8")
    assert not any(host in built.html for host in map_browser.BROWSER_HOSTS)
    shown = map_browser.render(page)
    assert shown.asked == []
    assert shown.ready is not None and shown.shown_centres == 4
    assert "g-pin" in shown.dom or "g-cluster" in shown.dom
    assert "g-legend" in shown.dom and "leaflet-control-layers" in shown.dom


@needs_chromium
def test_the_cut_off_network_catches_a_page_that_asks_a_server(sqlite_db, ground, tmp_path):
    """The same check on a page with the room's tile server: its requests are seen."""
    with sqlite_db.reader() as s:
        built = build_map(s, MapRequest(),
                          chosen=MapSettings(TileSource(TileKind.SERVER, SERVER)))
    page = tmp_path / "tiled.html"
    page.write_text(built.html, encoding="utf-8")
    shown = map_browser.render(page)
    assert any("tiles.room.invalid" in line for line in shown.asked), shown.asked
    assert shown.shown_centres == 4
