"""Area outlines: the bundled governorates, the room's own GeoJSON, and the hull of a sector.

With no tile server the outlines are all the map shows besides its markers, so they come with
the program: Iraq's 18 governorates from Natural Earth (``resources/map/boundaries``). A room
may import finer ones (districts, sub-districts; the commission's or OCHA's files, for
example) as a GeoJSON file. An outline is tied to an area of the tree by its code (ISO 3166-2
such as IQ-MA, or the room's own) or else by its name, compared after Arabic normalisation;
one the tree does not know is still drawn, for context.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from desktop.models import AreaLevel
from desktop.services.errors import Invalid
from desktop.text.arabic import normalise
from resources import path as resource_path

MAX_FILE_BYTES = 40 * 1024 * 1024
SHAPES = ("Polygon", "MultiPolygon")
BUNDLED = ("iraq-governorates.json",)
_ADMIN = re.compile(r"^ADM(\d)_(AR|EN|PCODE|NAME)$", re.I)
_LEVELS = {1: AreaLevel.GOVERNORATE, 2: AreaLevel.DISTRICT, 3: AreaLevel.SUBDISTRICT,
           4: AreaLevel.MUNICIPALITY}
_NAME_KEYS = ("name_ar", "name", "name_en", "NAME_AR", "NAME_EN", "shapeName", "NAME_2",
              "NAME_1", "Name", "NAME")
_CODE_KEYS = ("code", "iso_3166_2", "shapeISO", "CODE", "pcode")


@dataclass(frozen=True)
class Outline:
    """One outline to draw: its geometry and what it is called; ``area_id`` where the tree
    knows it."""

    geometry: dict[str, Any]
    name_ar: str | None
    name_en: str | None
    codes: tuple[str, ...]
    names: tuple[str, ...]  # every name it goes by, normalised
    level: AreaLevel | None
    area_id: int | None = None

    def label(self, lang: str) -> str:
        if lang == "en":
            return self.name_en or self.name_ar or ""
        return self.name_ar or self.name_en or ""


@dataclass(frozen=True)
class AreaKey:
    id: int
    code: str | None
    name_ar: str
    name_en: str | None
    level: AreaLevel


@cache
def bundled() -> tuple[Outline, ...]:
    found: list[Outline] = []
    for name in BUNDLED:
        found += _outlines(json.loads(resource_path("map", "boundaries", name)
                                      .read_text(encoding="utf-8")))
    return tuple(found)


def read_file(file: Path) -> list[Outline]:
    """The outlines of a GeoJSON file, or Invalid saying why it cannot serve as boundaries."""
    try:
        size = file.stat().st_size
    except OSError:
        raise Invalid("The boundary file {path} does not exist or cannot be read.",
                      path=str(file)) from None
    if not file.is_file():
        raise Invalid("The boundary file {path} does not exist or cannot be read.",
                      path=str(file))
    if size > MAX_FILE_BYTES:
        raise Invalid("The boundary file {path} is {size} MB; the map takes files of up to "
                      "{limit} MB (simplify the outlines first).", path=str(file),
                      size=size // 2**20, limit=MAX_FILE_BYTES // 2**20)
    try:
        data = json.loads(file.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):  # nested past Python's
        raise Invalid("{path} is not a GeoJSON file: its text does not read as JSON.",
                      path=str(file)) from None
    outlines = _outlines(data)
    if not outlines:
        raise Invalid("{path} holds no area outlines (GeoJSON polygons).", path=str(file))
    return outlines


def _outlines(data: Any) -> list[Outline]:
    if isinstance(data, dict) and data.get("type") == "FeatureCollection":
        features = data.get("features")
    elif isinstance(data, dict) and data.get("type") == "Feature":
        features = [data]
    else:
        return []
    found = []
    for feature in features if isinstance(features, list) else ():
        if not isinstance(feature, dict):
            continue
        geometry = feature.get("geometry")
        if not (isinstance(geometry, dict) and geometry.get("type") in SHAPES
                and _coordinates_ok(geometry)):
            continue
        props = feature.get("properties")
        found.append(_outline(geometry, props if isinstance(props, dict) else {},
                              feature.get("id")))
    return found


def _coordinates_ok(geometry: dict[str, Any]) -> bool:
    """Each ring a list of at least four [longitude, latitude] pairs within range."""
    polygons = geometry.get("coordinates")
    if geometry["type"] == "Polygon":
        polygons = [polygons]
    if not isinstance(polygons, list) or not polygons:
        return False
    for polygon in polygons:
        if not isinstance(polygon, list) or not polygon:
            return False
        for ring in polygon:
            if not isinstance(ring, list) or len(ring) < 4:
                return False
            for point in ring:
                if not (isinstance(point, list) and len(point) >= 2
                        and all(isinstance(v, int | float) for v in point[:2])
                        and -180 <= point[0] <= 180 and -90 <= point[1] <= 90):
                    return False
    return True


def _outline(geometry: dict[str, Any], props: dict[str, Any], feature_id: Any) -> Outline:
    """Names and codes from the usual property names: ours (``name_ar``, ``code``), Natural
    Earth's, geoBoundaries' (``shapeName``) and OCHA's (``ADM2_AR``, ``ADM2_PCODE``: the
    deepest level present is the feature's own)."""
    admin: dict[int, dict[str, str]] = {}
    for key, value in props.items():
        match = _ADMIN.match(str(key))
        if match and isinstance(value, str) and value.strip():
            admin.setdefault(int(match.group(1)), {})[match.group(2).upper()] = value.strip()
    level = None
    name_ar = _text(props.get("name_ar")) or _text(props.get("NAME_AR"))
    name_en = _text(props.get("name_en")) or _text(props.get("NAME_EN"))
    codes = [_text(props.get(k)) for k in _CODE_KEYS]
    names = [_text(props.get(k)) for k in _NAME_KEYS]
    if admin:
        deepest = max(admin)
        own = admin[deepest]
        level = _LEVELS.get(deepest)
        name_ar = name_ar or own.get("AR")
        name_en = name_en or own.get("EN") or own.get("NAME")
        codes.append(own.get("PCODE"))
        names += [own.get("AR"), own.get("EN"), own.get("NAME")]
    if isinstance(feature_id, str):
        codes.append(feature_id)
    stated = _text(props.get("level"))
    if stated in {m.value for m in AreaLevel}:
        level = AreaLevel(stated)
    if name_ar is None and name_en is None:
        first = next((n for n in names if n), None)
        if first is not None and re.search("[\u0600-\u06ff]", first):
            name_ar = first
        else:
            name_en = first
    return Outline(geometry, name_ar, name_en,
                   tuple(dict.fromkeys(c.upper() for c in codes if c)),
                   tuple(dict.fromkeys(normalise(n) for n in [name_ar, name_en, *names] if n)),
                   level)


def _text(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def tie(outlines: Iterable[Outline], areas: Sequence[AreaKey]) -> list[Outline]:
    """Each outline with the area it stands for, where the tree has one: the same code, or
    else the same name (at the outline's level, if it says one)."""
    by_code = {a.code.upper(): a for a in areas if a.code}
    by_name: dict[str, list[AreaKey]] = {}
    for area in areas:
        for name in {normalise(area.name_ar), normalise(area.name_en or "")} - {""}:
            by_name.setdefault(name, []).append(area)
    tied = []
    for outline in outlines:
        area = next((by_code[c] for c in outline.codes if c in by_code), None)
        if area is None:
            candidates = [a for n in outline.names for a in by_name.get(n, ())]
            if outline.level is not None:
                candidates = [a for a in candidates if a.level is outline.level]
            area = candidates[0] if len({a.id for a in candidates}) == 1 else _highest(
                candidates)
        tied.append(Outline(outline.geometry, outline.name_ar, outline.name_en,
                            outline.codes, outline.names, outline.level,
                            area.id if area else None))
    return tied


_ORDER = list(AreaLevel)


def _highest(candidates: list[AreaKey]) -> AreaKey | None:
    """Several areas of one name (a district and its sub-district often share it): the
    outline stands for the largest, unless two of the same level make it a guess."""
    if not candidates:
        return None
    best = min(_ORDER.index(a.level) for a in candidates)
    top = {a.id: a for a in candidates if _ORDER.index(a.level) == best}
    return next(iter(top.values())) if len(top) == 1 else None


def combine(room: Sequence[Outline], bundled_outlines: Sequence[Outline]) -> list[Outline]:
    """The room's outlines, and the bundled ones for the areas the room's do not cover."""
    covered_areas = {o.area_id for o in room if o.area_id is not None}
    covered_codes = {c for o in room for c in o.codes}
    covered_names = {n for o in room for n in o.names}
    kept = [o for o in bundled_outlines
            if (o.area_id is None or o.area_id not in covered_areas)
            and not covered_codes & set(o.codes) and not covered_names & set(o.names)]
    return [*room, *kept]


# -- shapes ---------------------------------------------------------------------------------

def hull(points: Iterable[tuple[float, float]]) -> list[tuple[float, float]]:
    """The convex hull of (longitude, latitude) points, anticlockwise (Andrew's monotone
    chain); fewer than three distinct points give what there is."""
    unique = sorted(set(points))
    if len(unique) < 3:
        return unique

    def cross(o: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[tuple[float, float]] = []
    for p in unique:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[tuple[float, float]] = []
    for p in reversed(unique):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def hull_polygon(points: Iterable[tuple[float, float]], margin: float = 0.02
                 ) -> dict[str, Any] | None:
    """A GeoJSON polygon round the points and ``margin`` degrees (about 2 km) beyond them,
    so markers on the edge stay inside and a sector of one or two centres is still drawn;
    None where there is no point."""
    # The hull of the points grown by an octagon is the hull of the hull's corners grown
    # by it: a sector of 500 centres grows a dozen corners, not 500 points.
    corners = hull(points)
    ring = hull((x + margin * dx, y + margin * dy) for x, y in corners for dx, dy in _OCTAGON)
    if len(ring) < 3:
        return None
    closed = [[round(x, 5), round(y, 5)] for x, y in ring]
    closed.append(closed[0])
    return {"type": "Polygon", "coordinates": [closed]}


_OCTAGON = tuple((math.cos(math.pi * k / 4), math.sin(math.pi * k / 4)) for k in range(8))


def middle(geometry: dict[str, Any]) -> tuple[float, float]:
    """A point to put a marker at for an area (latitude, longitude): the middle of the outer
    ring of its largest polygon, by its vertices."""
    polygons = geometry["coordinates"]
    if geometry["type"] == "Polygon":
        polygons = [polygons]
    ring = max((p[0] for p in polygons), key=len)
    return (sum(p[1] for p in ring) / len(ring), sum(p[0] for p in ring) / len(ring))
