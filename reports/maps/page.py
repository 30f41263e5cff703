"""The map page: folium's Leaflet page with everything it needs written inside it.

Centres are one GeoJSON collection drawn as one clustered layer (one folium object for all of
them, not one per centre: 8,000 centres make a page of a few megabytes in well under a second),
coloured by risk or by coverage; posts and incidents are layers of their own; sectors are
dashed outlines; area boundaries are drawn on a plain background when there are no tiles.
Popups and the legend are in the user's language, right to left in Arabic. The page asks no
server for anything unless the room's own tile server is its background.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

import folium

from desktop import i18n
from desktop.i18n import translate
from desktop.labels import label
from desktop.models import CentreStatus, IncidentKind, IncidentStatus, PostKind, RiskLevel, Severity
from desktop.services.coverage import CoverageLevel
from reports.maps import assets
from reports.maps.data import CentrePoint, Colouring, IncidentPoint, MapData, PostPoint
from reports.maps.layers import Legend, PointLayer, Ready, ShapeLayer
from reports.maps.tiles import DEFAULT_MAX_ZOOM, TileLayerSpec

CONTEXT = "MapPage"
UNSET = "unset"
IRAQ_BOUNDS = ((29.0, 38.8), (37.4, 48.6))  # south-west, north-east: a map with nothing on it


@dataclass(frozen=True)
class Category:
    key: str
    colour: str
    label: str


def _risk_categories(lang: str) -> list[Category]:
    colours = {RiskLevel.LOW: "#2e9d4f", RiskLevel.MEDIUM: "#e0b400",
               RiskLevel.HIGH: "#ee7a12", RiskLevel.CRITICAL: "#d0231f"}
    return [Category(str(r), colours[r], label(r, lang)) for r in RiskLevel] + [
        Category(UNSET, "#8a8f98", translate("MapPage", "Risk not set", lang))]


def _coverage_categories(lang: str) -> list[Category]:
    return [
        Category(CoverageLevel.FULL, "#2e9d4f", translate("MapPage", "Full coverage", lang)),
        Category(CoverageLevel.PARTIAL, "#f0a30a", translate("MapPage", "Partial coverage", lang)),
        Category(CoverageLevel.NONE, "#d0231f", translate("MapPage", "No coverage", lang)),
        Category(UNSET, "#8a8f98",
                 translate("MapPage", "Not measured (closed or suspended)", lang)),
    ]


def _post_categories(lang: str) -> list[Category]:
    colours = {PostKind.CHECKPOINT: "#1f5fae", PostKind.PATROL_BASE: "#6a3fa0",
               PostKind.RAPID_RESPONSE: "#0b8a8a", PostKind.OTHER: "#555b63"}
    return [Category(str(k), colours[k], label(k, lang)) for k in PostKind]


def _incident_categories(lang: str) -> list[Category]:
    colours = {Severity.LOW: "#8d949c", Severity.MEDIUM: "#c99a00",
               Severity.HIGH: "#e0600b", Severity.CRITICAL: "#9b0a1e"}
    return [Category(str(s), colours[s], label(s, lang)) for s in Severity]


def _values(enum: type[Enum], lang: str) -> dict[str, str]:
    return {str(member.value): label(member, lang) for member in enum}


class _Lists:
    """Texts many points share (an area, a sector) are written once and named by number."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self._index: dict[str, int] = {}

    def index(self, text: str | None) -> int | None:
        if text is None:
            return None
        found = self._index.get(text)
        if found is None:
            found = self._index[text] = len(self.items)
            self.items.append(text)
        return found


def _point(lon: float, lat: float, props: dict[str, Any]) -> dict[str, Any]:
    return {"type": "Feature", "geometry": {"type": "Point",
                                            "coordinates": [round(lon, 5), round(lat, 5)]},
            "properties": {k: v for k, v in props.items() if v is not None}}


def _centre_category(centre: CentrePoint, colour: Colouring) -> str:
    if colour is Colouring.COVERAGE:
        level = centre.coverage_level
        return str(level) if level is not None else UNSET
    return str(centre.risk) if centre.risk is not None else UNSET


def _centre_layer(data: MapData, categories: list[Category], lang: str) -> PointLayer:
    areas, sectors = _Lists(), _Lists()
    features = []
    for c in data.centres:
        props: dict[str, Any] = {
            "i": c.id, "c": c.code, "n": c.name, "a": areas.index(c.area),
            "s": sectors.index(c.sector), "r": str(c.risk) if c.risk else None,
            "st": c.stations, "v": c.voters, "u": str(c.status) if c.status else None,
            "k": _centre_category(c, data.colour)}
        if c.coverage is not None:
            m = c.coverage
            props |= {"o": m.officers, "on": m.officers_needed, "h": m.vehicles,
                      "hn": m.vehicles_needed, "q": int(m.rapid_response),
                      "qn": int(m.rapid_response_needed)}
        features.append(_point(c.longitude, c.latitude, props))
    fields = [
        {"key": "c", "label": translate("MapPage", "Code", lang), "ltr": True},
        {"key": "a", "label": translate("MapPage", "Area", lang), "list": "a"},
        {"key": "s", "label": translate("MapPage", "Sector", lang), "list": "s"},
        {"key": "r", "label": translate("MapPage", "Risk", lang),
         "values": _values(RiskLevel, lang)},
        {"key": "st", "label": translate("MapPage", "Stations", lang), "number": True},
        {"key": "v", "label": translate("MapPage", "Voters", lang), "number": True},
        {"key": "u", "label": translate("MapPage", "Status", lang),
         "values": _values(CentreStatus, lang)},
    ]
    if data.colour is Colouring.COVERAGE:
        fields.append({"key": "k", "label": translate("MapPage", "Coverage", lang),
                       "values": {c.key: c.label for c in categories}})
        fields.append({"key": "o", "label": translate("MapPage", "Has / needs", lang),
                       "coverage": True})
    options = _options("centre", categories, lang, fields, {"key": "n"}, shape="circle",
                       size=14, cluster=True)
    options["lists"] = {"a": areas.items, "s": sectors.items}
    options["words"] = {"officers": translate("MapPage", "Officers", lang),
                        "vehicles": translate("MapPage", "Vehicles", lang),
                        "rapid": translate("MapPage", "Rapid response", lang),
                        "yes": translate("MapPage", "yes", lang),
                        "no": translate("MapPage", "no", lang)}
    return PointLayer(features, options, name=translate("MapPage", "Centres", lang))


def _options(kind: str, categories: list[Category], lang: str, fields: list[dict[str, Any]],
             title: dict[str, Any], *, shape: str, size: int, cluster: bool) -> dict[str, Any]:
    return {"kind": kind, "cluster": cluster, "shape": shape, "size": size,
            "rtl": i18n.is_rtl(lang), "fields": fields, "title": title,
            "order": [c.key for c in categories], "lists": {},
            "categories": {c.key: {"colour": c.colour, "label": c.label} for c in categories}}


def _post_layer(posts: Sequence[PostPoint], categories: list[Category], lang: str
                ) -> PointLayer:
    areas, sectors = _Lists(), _Lists()
    features = [_point(p.longitude, p.latitude, {
        "i": p.id, "n": p.name, "k": str(p.kind), "a": areas.index(p.area),
        "s": sectors.index(p.sector)}) for p in posts]
    fields = [{"key": "k", "label": translate("MapPage", "Kind", lang),
               "values": _values(PostKind, lang)},
              {"key": "a", "label": translate("MapPage", "Area", lang), "list": "a"},
              {"key": "s", "label": translate("MapPage", "Sector", lang), "list": "s"}]
    options = _options("post", categories, lang, fields, {"key": "n"}, shape="square", size=11,
                       cluster=False)
    options["pane"] = "ghurfaPosts"  # under the centres' clusters, which matter more
    options["lists"] = {"a": areas.items, "s": sectors.items}
    return PointLayer(features, options, name=translate("MapPage", "Posts", lang))


def _incident_layer(incidents: Sequence[IncidentPoint], categories: list[Category], lang: str
                    ) -> PointLayer:
    features = [_point(i.longitude, i.latitude, {
        "i": i.id, "t": str(i.kind), "k": str(i.severity), "u": str(i.status),
        "w": i.occurred_at.strftime("%Y-%m-%d %H:%M"), "p": i.place, "d": i.description})
        for i in incidents]
    fields = [{"key": "w", "label": translate("MapPage", "Time", lang), "ltr": True},
              {"key": "p", "label": translate("MapPage", "Place", lang)},
              {"key": "k", "label": translate("MapPage", "Severity", lang),
               "values": _values(Severity, lang)},
              {"key": "u", "label": translate("MapPage", "Status", lang),
               "values": _values(IncidentStatus, lang)},
              {"key": "d", "label": translate("MapPage", "Description", lang)}]
    options = _options("incident", categories, lang, fields,
                       {"key": "t", "values": _values(IncidentKind, lang)}, shape="diamond",
                       size=16, cluster=False)
    return PointLayer(features, options, name=translate("MapPage", "Incidents", lang))


def _bounds(data: MapData) -> tuple[tuple[float, float], tuple[float, float]]:
    lats = [c.latitude for c in data.centres] + [p.latitude for p in data.posts]
    lons = [c.longitude for c in data.centres] + [p.longitude for p in data.posts]
    if not lats:
        return IRAQ_BOUNDS
    pad = 0.05
    return (min(lats) - pad, min(lons) - pad), (max(lats) + pad, max(lons) + pad)


def _legend(data: MapData, centre_categories: list[Category], lang: str) -> str:
    from html import escape

    counts = Counter(_centre_category(c, data.colour) for c in data.centres)
    title = translate("MapPage", "Centres by coverage", lang) if data.colour is Colouring.COVERAGE \
        else translate("MapPage", "Centres by risk", lang)
    parts = [f"<h4>{escape(title)}</h4>"]
    when = f'<bdi dir="ltr">{data.shift_date.isoformat()}</bdi>' if data.shift_date else None
    sub = " — ".join(t for t in (escape(data.election or ""), escape(data.shift or ""), when)
                     if t)
    if sub:
        parts.append(f'<div class="g-sub">{sub}</div>')
    for category in centre_categories:
        if counts[category.key] or category.key != UNSET:
            parts.append(
                f'<div class="g-row"><span class="g-swatch" style="background:'
                f'{category.colour}"></span>{escape(category.label)} '
                f'<span class="g-count">({counts[category.key]:,})</span></div>')
    if data.posts:
        parts.append(f'<div class="g-head">{escape(translate("MapPage", "Posts", lang))}</div>')
        kinds = Counter(str(p.kind) for p in data.posts)
        for category in _post_categories(lang):
            if kinds[category.key]:
                parts.append(
                    f'<div class="g-row"><span class="g-swatch square" style="background:'
                    f'{category.colour}"></span>{escape(category.label)} '
                    f'<span class="g-count">({kinds[category.key]:,})</span></div>')
    if data.incidents:
        parts.append(f'<div class="g-row"><span class="g-swatch diamond" style="background:'
                     f'#9b0a1e"></span>{escape(translate("MapPage", "Incidents", lang))} '
                     f'<span class="g-count">({len(data.incidents):,})</span></div>')
    if data.sectors:
        parts.append(f'<div class="g-row"><span class="g-line"></span>'
                     f'{escape(translate("MapPage", "Sectors", lang))}</div>')
    if data.unplaced:
        note = translate("MapPage", "{count} centres have no coordinates and are not on the "
                                    "map.", lang)
        parts.append(f'<div class="g-note">{escape(note.format(count=data.unplaced))}</div>')
    return "".join(parts)


def _outline_layer(data: MapData, lang: str, with_tiles: bool) -> ShapeLayer | None:
    if not data.outlines:
        return None
    features = [{"type": "Feature", "geometry": o.geometry,
                 "properties": {"n": o.label(lang)}} for o in data.outlines]
    style = {"color": "#7b8794", "weight": 1.2, "fillColor": "#fbfaf6",
             "fillOpacity": 0.0 if with_tiles else 1.0}
    return ShapeLayer(features, {"style": style, "rtl": i18n.is_rtl(lang),
                                 "tooltip": [{"key": "n"}]},
                      name=translate("MapPage", "Area boundaries", lang))


def _sector_layer(data: MapData, lang: str) -> ShapeLayer | None:
    if not data.sectors:
        return None
    features = [{"type": "Feature", "geometry": s.geometry,
                 "properties": {"n": s.name, "o": s.organisation}} for s in data.sectors]
    style = {"color": "#2f4f8f", "weight": 1.6, "dashArray": "5 4", "fillColor": "#2f4f8f",
             "fillOpacity": 0.03}
    return ShapeLayer(features, {"style": style, "rtl": i18n.is_rtl(lang), "tooltip": [
        {"key": "n", "label": translate("MapPage", "Sector", lang)},
        {"key": "o", "label": translate("MapPage", "Responsible", lang)}]},
        name=translate("MapPage", "Sectors", lang))


def build_page(data: MapData, *, tiles: TileLayerSpec | None = None,
               lang: str | None = None) -> str:
    """The whole page as one HTML text, standing alone."""
    lang = lang or i18n.language()
    rtl = i18n.is_rtl(lang)
    (south, west), (north, east) = _bounds(data)
    page = folium.Map(location=[(south + north) / 2, (west + east) / 2], zoom_start=7,
                      tiles=None, control_scale=True, prefer_canvas=True)
    # Without a tile layer Leaflet knows no zoom range, and the clusters need one.
    page.options.update(minZoom=4, maxZoom=tiles.max_zoom if tiles else DEFAULT_MAX_ZOOM)
    if tiles is not None:
        # folium compiles what it renders as a template again: no brace of the room's text
        attribution = (tiles.attribution or translate("MapPage", "The room's tiles", lang)) \
            .replace("{", "&#123;").replace("}", "&#125;")
        folium.TileLayer(tiles.url, attr=attribution,
                         name=translate("MapPage", "Map tiles", lang), min_zoom=tiles.min_zoom,
                         max_zoom=tiles.max_zoom, max_native_zoom=tiles.max_zoom,
                         overlay=False, control=False,
                         bounds=[[tiles.bounds[1], tiles.bounds[0]],
                                 [tiles.bounds[3], tiles.bounds[2]]] if tiles.bounds else None,
                         ).add_to(page)
    for layer in (_outline_layer(data, lang, tiles is not None), _sector_layer(data, lang)):
        if layer is not None:
            layer.add_to(page)
    centre_categories = (_coverage_categories(lang) if data.colour is Colouring.COVERAGE
                         else _risk_categories(lang))
    _centre_layer(data, centre_categories, lang).add_to(page)
    if data.posts:
        _post_layer(data.posts, _post_categories(lang), lang).add_to(page)
    if data.incidents:
        _incident_layer(data.incidents, _incident_categories(lang), lang).add_to(page)
    folium.LayerControl(position="topright", collapsed=False).add_to(page)
    Legend(_legend(data, centre_categories, lang), rtl).add_to(page)
    Ready([[south, west], [north, east]]).add_to(page)
    page.fit_bounds([[south, west], [north, east]])
    root = page.get_root()
    root.title = translate("MapPage", "Ghurfa map", lang)
    assets.make_offline(root)
    html = root.render()
    opening = f'<html lang="{lang}" dir="{"rtl" if rtl else "ltr"}">'
    return html.replace("<html>", opening, 1)
