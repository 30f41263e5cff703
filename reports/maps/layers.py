"""The page's own folium elements: layers of points or of shapes, each from one GeoJSON
collection, the legend, and the mark that the page is ready. Their script is
``resources/map/ghurfa-map.js``.

They put their script in the page as it is. folium's elements render a Jinja template and then
hand the result to branca, which compiles it as a template once more: a centre or a sector
named with ``{{`` or ``{%`` would be run or would break the page, and the 2 MB of 8,000 centres
would be parsed for nothing. Every text of the room (names, areas, descriptions) goes through
these elements, none through folium's.
"""

from __future__ import annotations

import json
from typing import Any

from branca.element import MacroElement
from folium.map import Layer

from reports.maps.assets import Raw


def script_json(value: Any) -> str:
    """JSON that is safe inside a ``<script>`` element, written compactly (8,000 centres are
    most of the page)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


class _AsIs:
    """Renders ``script()`` into the page's script as it is, not as a template."""

    def script(self) -> str:
        raise NotImplementedError

    def render(self, **kwargs: Any) -> None:
        self.get_root().script.add_child(Raw(self.script()), name=self.get_name())


class _GeoJsonLayer(_AsIs, Layer):
    """One GeoJSON collection drawn by ``ghurfaMap.<function>``, in the layer control under
    ``name``."""

    function = ""

    def __init__(self, features: list[dict[str, Any]], options: dict[str, Any], *, name: str,
                 show: bool = True) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self.data = script_json({"type": "FeatureCollection", "features": features})
        self.options = script_json(options)

    def script(self) -> str:
        name, map_name = self.get_name(), self._parent.get_name()
        text = f"var {name} = ghurfaMap.{self.function}({map_name}, {self.data}, {self.options});"
        return text + (f"\n{name}.addTo({map_name});" if self.show else "")


class PointLayer(_GeoJsonLayer):
    """Points: markers coloured by category, popups built when opened, clustered when
    ``options['cluster']``."""

    function = "points"

    def __init__(self, features: list[dict[str, Any]], options: dict[str, Any], *, name: str,
                 show: bool = True) -> None:
        super().__init__(features, options, name=name, show=show)
        self._name = "PointLayer"
        if options.get("cluster"):  # read by ``assets.make_offline``, which bundles them
            self.default_js = [("markerclusterjs", "")]
            self.default_css = [("markerclustercss", ""), ("markerclusterdefaultcss", "")]


class ShapeLayer(_GeoJsonLayer):
    """Outlines (areas, sectors): one style, a tooltip of named properties."""

    function = "shapes"

    def __init__(self, features: list[dict[str, Any]], options: dict[str, Any], *, name: str,
                 show: bool = True) -> None:
        super().__init__(features, options, name=name, show=show)
        self._name = "ShapeLayer"


class Legend(_AsIs, MacroElement):
    def __init__(self, html: str, rtl: bool) -> None:
        super().__init__()
        self._name = "Legend"
        self.html = script_json(html)
        self.rtl = "true" if rtl else "false"

    def script(self) -> str:
        return f"ghurfaMap.legend({self._parent.get_name()}, {self.html}, {self.rtl});"


class Ready(_AsIs, MacroElement):
    """Added last: every layer is on the map when its script runs."""

    def __init__(self, bounds: list[list[float]], prefix: str = "Leaflet") -> None:
        super().__init__()
        self._name = "Ready"
        self.bounds = script_json(bounds)  # [[south, west], [north, east]], to fit again
        self.prefix = script_json(prefix)

    def script(self) -> str:
        map_name = self._parent.get_name()
        return (f"{map_name}.attributionControl && "
                f"{map_name}.attributionControl.setPrefix({self.prefix});\n"
                f"ghurfaMap.ready({map_name}, {self.bounds});")
