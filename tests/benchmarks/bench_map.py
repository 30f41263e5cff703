"""The map of 8,000 centres: how long the page takes to make, how big it is, how long headless
Chromium takes to show it with the network cut off, beside the naive page made in the same run.

The national set (8,000 centres) is built into a temporary SQLite file. Our page draws the
centres from one GeoJSON layer, clustered; the naive one makes one folium object per centre
(a circle marker with its popup in a marker cluster), as folium's examples do. Each is made
twice. Both pages are made offline the same way (``reports.maps.assets``), so the browser
compares like with like; its time is the whole run of ``chromium --headless --dump-dom`` less
that of an empty page, and ours also says when its layers were on the map (from the start of
the navigation). Goals: made in 2 s or less, shown in 3 s or less.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import folium
from folium.plugins import MarkerCluster
from sqlalchemy import select

from desktop.demo import load_demo
from desktop.models import Shift
from desktop.storage.database import Database
from desktop.storage.migrations import upgrade
from reports.maps import Colouring, MapRequest, assets, build_map
from reports.maps.data import MapData, read
from reports.maps.settings import MapSettings
from tests.reports import map_browser

RUNS = 2


def naive_page(data: MapData) -> str:
    """One folium object per centre, as a first try would make it."""
    page = folium.Map(location=[33.3, 44.4], zoom_start=6, tiles=None)
    cluster = MarkerCluster().add_to(page)
    colours = {"low": "green", "medium": "orange", "high": "red", "critical": "darkred"}
    for c in data.centres:
        popup = (f'<div dir="rtl"><b>{c.name}</b><br>{c.code}<br>{c.area or ""}<br>'
                 f'{c.sector or ""}<br>{c.stations} / {c.voters}</div>')
        folium.CircleMarker([c.latitude, c.longitude], radius=6,
                            color=colours.get(str(c.risk), "gray"), fill=True,
                            popup=folium.Popup(popup, max_width=300)).add_to(cluster)
    root = page.get_root()
    assets.make_offline(root)
    return root.render()


def _timed(label: str, make) -> str:
    html = ""
    for run in range(1, RUNS + 1):
        started = time.perf_counter()
        html = make()
        elapsed = time.perf_counter() - started
        print(f"   {label}, run {run}: {elapsed:.2f} s, {len(html.encode()) / 1e6:.1f} MB",
              flush=True)
    return html


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{Path(folder) / 'national.sqlite3'}")
        try:
            upgrade(db)
            started = time.perf_counter()
            load_demo(db, scale="national")
            print(f"   national set built in {time.perf_counter() - started:.1f} s", flush=True)
            with db.reader() as session:
                shift = session.scalar(select(Shift.id).order_by(Shift.id))

            def ours(request: MapRequest) -> str:
                with db.reader() as session:
                    return build_map(session, request, chosen=MapSettings()).html

            def read_only(request: MapRequest) -> None:
                with db.reader() as session:
                    read(session, request)

            for run in range(1, RUNS + 1):
                started = time.perf_counter()
                read_only(MapRequest())
                print(f"   reading the centres, posts and sectors, run {run}: "
                      f"{time.perf_counter() - started:.2f} s", flush=True)
            by_risk = _timed("our page by risk (read and made)", lambda: ours(MapRequest()))
            by_cover = _timed("our page by a shift's coverage (read and made)",
                              lambda: ours(MapRequest(shift_id=shift,
                                                      colour=Colouring.COVERAGE)))
            with db.reader() as session:
                data = read(session, MapRequest())
            naive = _timed("naive page, one folium object per centre (made only)",
                           lambda: naive_page(data))
            pages = Path(folder)
            for name, html in (("ours", by_risk), ("coverage", by_cover), ("naive", naive)):
                (pages / f"{name}.html").write_text(html, encoding="utf-8")
            _browser(pages, len(data.centres))
        finally:
            db.dispose()


def _browser(pages: Path, centres: int) -> None:
    if map_browser.chromium() is None:
        print("   Chromium: skipped (apt-get install chromium)")
        return
    (pages / "empty.html").write_text("<!DOCTYPE html><html><body></body></html>",
                                      encoding="utf-8")
    for run in range(1, RUNS + 1):
        empty = map_browser.render(pages / "empty.html").seconds
        for name, label in (("ours", "our page"), ("coverage", "our page by coverage"),
                            ("naive", "naive page")):
            shown = map_browser.render(pages / f"{name}.html")
            said = ""
            if shown.ready is not None:
                said = (f"; layers on the map {shown.ready['ms'] / 1000:.2f} s after the "
                        f"navigation began, {shown.shown_centres} of {centres} centres")
            print(f"   Chromium, run {run}, {label}: {shown.seconds - empty:.2f} s beyond an "
                  f"empty page ({shown.seconds:.2f} s in all){said}; requests that tried to "
                  f"leave: {len(shown.asked)}", flush=True)


if __name__ == "__main__":
    main()
