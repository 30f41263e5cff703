"""The page's own folium elements: a layer of points from one GeoJSON collection, the legend,
and the mark that the page is ready. Their script is ``resources/map/ghurfa-map.js``."""

from __future__ import annotations

import json
from typing import Any

from branca.element import MacroElement
from folium.map import Layer
from folium.template import Template


def script_json(value: Any) -> str:
    """JSON that is safe inside a ``<script>`` element, written compactly (8,000 centres are
    most of the page)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


class PointLayer(Layer):
    """Points drawn by ``ghurfaMap.points``: one GeoJSON collection in, one layer out,
    clustered when ``options['cluster']``. Listed in the layer control under ``name``."""

    _template = Template("""
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = ghurfaMap.points(
                {{ this._parent.get_name() }}, {{ this.data }}, {{ this.options }});
        {% endmacro %}
    """)

    def __init__(self, features: list[dict[str, Any]], options: dict[str, Any], *, name: str,
                 show: bool = True) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "PointLayer"
        self.data = script_json({"type": "FeatureCollection", "features": features})
        self.options = script_json(options)
        if options.get("cluster"):  # read by ``assets.make_offline``, which bundles them
            self.default_js = [("markerclusterjs", "")]
            self.default_css = [("markerclustercss", ""), ("markerclusterdefaultcss", "")]


class Legend(MacroElement):
    _template = Template("""
        {% macro script(this, kwargs) %}
            ghurfaMap.legend({{ this._parent.get_name() }}, {{ this.html }}, {{ this.rtl }});
        {% endmacro %}
    """)

    def __init__(self, html: str, rtl: bool) -> None:
        super().__init__()
        self._name = "Legend"
        self.html = script_json(html)
        self.rtl = "true" if rtl else "false"


class Ready(MacroElement):
    """Added last: every layer is on the map when its script runs."""

    _template = Template("""
        {% macro script(this, kwargs) %}
            {{ this._parent.get_name() }}.attributionControl &&
                {{ this._parent.get_name() }}.attributionControl.setPrefix({{ this.prefix }});
            ghurfaMap.ready({{ this._parent.get_name() }}, {{ this.bounds }});
        {% endmacro %}
    """)

    def __init__(self, bounds: list[list[float]], prefix: str = "Leaflet") -> None:
        super().__init__()
        self._name = "Ready"
        self.bounds = script_json(bounds)  # [[south, west], [north, east]], to fit again
        self.prefix = script_json(prefix)
