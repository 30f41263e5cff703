"""The map view in the Centres area: the page built by an operation and served by the view's
own scheme, a click on a centre said as ``centre_activated``, MBTiles tiles served from disk,
every other request refused, and the newest of two builds the one shown."""

from __future__ import annotations

import sqlite3

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets", reason="QtWebEngine is not installed")

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage

from desktop.services.actor import SYSTEM
from reports.maps import Colouring, settings
from reports.maps.tiles import PROGRAM_TILES, TileKind, TileSource
from tests.reports import map_browser, map_world
from ui.centres.map_view import MapView
from ui.context import AppContext

WAIT = 30_000  # QtWebEngine's first start on a busy machine


@pytest.fixture
def ground(sqlite_db):
    return map_world.build(sqlite_db)


@pytest.fixture
def view(qtbot, sqlite_db, ground):
    shown = MapView(AppContext(sqlite_db, SYSTEM, "ar", {}))
    qtbot.addWidget(shown)
    shown.resize(1000, 700)
    shown.show()
    yield shown
    shown.release()  # QtWebEngine's parts go now, in order, not at the interpreter's end


def _js(qtbot, view: MapView, source: str):
    results: list = []
    view.page.runJavaScript(source, 0, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=WAIT)
    return results[0]


def test_the_map_is_shown_and_a_click_on_a_centre_is_said(qtbot, view, ground):
    with qtbot.waitSignal(view.map_ready, timeout=WAIT) as ready:
        view.set_election(ground["election"])
    assert ready.args == [4]
    assert view.built.data.election_id == ground["election"]
    assert view.guard.refused == []
    centre = ground["MS-103"]
    said: list[tuple[str, int]] = []
    view.centre_activated.connect(lambda i: said.append(("activated", i)))
    view.open_centre.connect(lambda i: said.append(("open", i)))
    with qtbot.waitSignals([view.centre_activated, view.open_centre], timeout=WAIT):
        view.page.runJavaScript(f"ghurfaMap.markers[{centre}].fire('click');")
    assert sorted(said) == [("activated", centre), ("open", centre)]
    # the page's texts are the user's, right to left
    assert _js(qtbot, view, "document.documentElement.dir") == "rtl"


def test_coverage_of_a_chosen_shift(qtbot, view, ground):
    with qtbot.waitSignal(view.map_ready, timeout=WAIT):
        view.set_election(ground["election"])
    qtbot.waitUntil(lambda: view.shift.count() == 1, timeout=WAIT)
    with qtbot.waitSignal(view.map_ready, timeout=WAIT):
        view.colour.setCurrentIndex(1)
    assert view.shift.isEnabled()
    assert view.built.data.colour is Colouring.COVERAGE
    assert view.built.data.shift_id == ground["shift"]
    levels = _js(qtbot, view, "JSON.stringify(ghurfaMap.counts.centre)")
    assert levels == '{"partial":1,"full":1,"none":2}'


def test_tiles_of_an_mbtiles_file_come_from_disk_and_the_internet_is_refused(
        qtbot, view, ground, tmp_path):
    file = tmp_path / "room.mbtiles"
    db = sqlite3.connect(file)
    db.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    db.execute("INSERT INTO metadata VALUES ('format', 'png')")
    db.execute("CREATE TABLE tiles (zoom_level INT, tile_column INT, tile_row INT, "
               "tile_data BLOB)")
    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(QColor("#b0c4de"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    db.execute("INSERT INTO tiles VALUES (6, 39, 38, ?)", (bytes(buffer.data()),))
    db.commit()
    db.close()
    settings.save_tiles(TileSource(TileKind.MBTILES, str(file)))
    with qtbot.waitSignal(view.map_ready, timeout=WAIT):
        view.set_election(ground["election"])
    assert PROGRAM_TILES in view.built.html
    view.page.runJavaScript("""
        var tile = new Image();
        tile.onload = function () { window.tileWidth = tile.naturalWidth; };
        tile.onerror = function () { window.tileWidth = -1; };
        tile.src = 'ghurfa-map://tiles/6/39/25';""")
    found: list = []
    qtbot.waitUntil(lambda: found.append(_js(qtbot, view, "window.tileWidth || 0"))
                    or bool(found[-1]), timeout=WAIT)
    assert found[-1] == 256 and view.handler.served_tiles >= 1
    view.page.runJavaScript("new Image().src = 'https://tile.example.invalid/1/1/1.png';")
    qtbot.waitUntil(lambda: any("tile.example.invalid" in u for u in view.guard.refused),
                    timeout=WAIT)


def test_the_rooms_tile_server_is_reached_and_nothing_else(qtbot, view, ground):
    with map_browser.cut_off_network() as server:  # a stand-in on the loopback
        port = server.server_address[1]
        settings.save_tiles(TileSource(TileKind.SERVER,
                                       f"http://127.0.0.1:{port}/{{z}}/{{x}}/{{y}}.png"))
        with qtbot.waitSignal(view.map_ready, timeout=WAIT):
            view.set_election(ground["election"])
        qtbot.waitUntil(lambda: any(line.startswith("GET /") for line in server.asked),
                        timeout=WAIT)
        view.page.runJavaScript("new Image().src = 'http://other.example.invalid/x.png';")
        qtbot.waitUntil(lambda: view.guard.refused != [], timeout=WAIT)
    assert view.guard.refused == ["http://other.example.invalid/x.png"]


def test_a_map_that_cannot_be_built_says_why_and_the_newest_build_wins(qtbot, view, ground):
    with qtbot.waitSignal(view.failed, timeout=WAIT) as failed:
        view.show_map(shift_id=9999, colour=Colouring.COVERAGE)
    assert failed.args[0] and view.stack.currentWidget() is view.status
    assert view.status.text() == failed.args[0]
    with qtbot.waitSignal(view.map_ready, timeout=WAIT):
        view.show_map(ground["election"], ground["shift"], Colouring.COVERAGE)
        view.show_map(ground["election"])  # asked again before the first came back
    qtbot.wait(300)
    assert view.built.data.colour is Colouring.RISK


# -- the settings page ---------------------------------------------------------------------------

def _page(qtbot, sqlite_db):
    from ui.settings.map_settings import MapSettingsPage

    page = MapSettingsPage(AppContext(sqlite_db, SYSTEM, "en", {}))
    qtbot.addWidget(page)
    return page


def _done(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.pending is None, timeout=WAIT)


def test_the_settings_page_keeps_a_usable_source_and_says_why_not_otherwise(qtbot, sqlite_db,
                                                                             tmp_path):
    page = _page(qtbot, sqlite_db)
    assert page.none.isChecked()
    page.server.setChecked(True)
    page.url.setText("tiles.room.local/{z}/{x}/{y}.png")
    assert page.save_tiles() is not None and page.save_tiles() is None  # one at a time
    _done(qtbot, page)
    assert "http://" in page.message.text() and settings.load().tiles == TileSource()
    url = "http://tiles.room.local/{z}/{x}/{y}.png"
    page.url.setText(url)
    page.attribution.setText("Survey")
    with qtbot.waitSignal(page.saved, timeout=WAIT):
        page.save_tiles()
    assert settings.load().tiles == TileSource(TileKind.SERVER, url, "Survey")
    again = _page(qtbot, sqlite_db)  # opened again, it shows what is saved
    assert again.server.isChecked() and again.url.text() == url


def test_the_settings_page_imports_the_rooms_boundaries(qtbot, sqlite_db, tmp_path):
    page = _page(qtbot, sqlite_db)
    assert not page.forget_button.isEnabled()
    bad = tmp_path / "bad.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    page.import_boundaries(bad)
    _done(qtbot, page)
    assert "no area outlines" in page.message.text() and settings.load().boundaries is None
    good = tmp_path / "room.geojson"
    good.write_text('{"type": "Feature", "properties": {"name_ar": "العمارة"}, "geometry": '
                    '{"type": "Polygon", "coordinates": [[[47, 31.7], [47.3, 31.7], '
                    '[47.3, 32], [47, 31.7]]]}}', encoding="utf-8")
    with qtbot.waitSignal(page.saved, timeout=WAIT):
        page.import_boundaries(good)
    copy = settings.load().boundaries
    assert copy is not None and str(copy) in page.boundaries.text()
    assert page.forget_button.isEnabled()
    with qtbot.waitSignal(page.saved, timeout=WAIT):
        page.forget_boundaries()
    assert settings.load().boundaries is None and not copy.exists()


def test_a_map_draws_again_when_its_settings_are_saved(qtbot, view, sqlite_db, ground):
    """The settings page and the map sit in two areas: one program-wide notice joins them."""
    from ui.settings.map_settings import MapSettingsPage

    with qtbot.waitSignal(view.map_ready, timeout=WAIT):
        view.set_election(ground["election"])
    asked = []
    view.refresh = lambda: asked.append(True)
    page = MapSettingsPage(AppContext(sqlite_db, SYSTEM, "ar", {}))
    qtbot.addWidget(page)
    page.saved.emit()
    assert asked == [True]
