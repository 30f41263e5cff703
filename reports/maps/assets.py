"""The map's scripts and style sheets, bundled in ``resources/map`` and written into the page.

folium asks for Leaflet, jQuery, Bootstrap, Font Awesome and the plugins' files from public
servers (each element's ``default_js`` and ``default_css``). A room has no internet, and a page
sent to the commander must work alone, so every file is put inside the page itself: scripts as
``<script>`` text, style sheets as ``<style>`` text with their images as ``data:`` addresses.
What folium asks for that the page does not use (Bootstrap, the icon fonts) is left out; a
file nobody bundled is refused, so a new folium feature cannot bring a server back unnoticed.
"""

from __future__ import annotations

import base64
import mimetypes
import re
from functools import cache
from pathlib import Path

import folium
from branca.element import Element, Figure

from resources import path as resource_path

FOLDER = resource_path("map")

# folium's names for its files -> the bundled file that stands for it.
SCRIPTS: dict[str, str] = {
    "leaflet": "leaflet/leaflet.js",
    "jquery": "jquery/jquery.min.js",
    "markerclusterjs": "markercluster/leaflet.markercluster.js",
}
STYLES: dict[str, str] = {
    "leaflet_css": "leaflet/leaflet.css",
    "markerclustercss": "markercluster/MarkerCluster.css",
    "markerclusterdefaultcss": "markercluster/MarkerCluster.Default.css",
}
# What folium's Map lists for markers and popups of its own that this page never draws.
UNUSED = frozenset({
    "bootstrap", "awesome_markers", "bootstrap_css", "glyphicons_css",
    "awesome_markers_font_css", "awesome_markers_css", "awesome_rotate_css",
})
# The page's own script and style, after the libraries.
OWN_SCRIPT, OWN_STYLE = "ghurfa-map.js", "ghurfa-map.css"

_SOURCE_MAP = re.compile(r"^\s*//[#@] sourceMappingURL=.*$", re.M)
_CSS_URL = re.compile(r"url\(\s*(['\"]?)([^)'\"]+)\1\s*\)")


class Raw(Element):
    """Text put in the page as it is. A branca ``Element`` would compile its text as a Jinja
    template: a quarter of a second for Leaflet's 150 kB, at every page."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs: object) -> str:
        return self.text


class MissingAsset(RuntimeError):
    """An element asks for a file that is not bundled: a programming error, not the user's."""


@cache
def script(relative: str) -> str:
    text = (FOLDER / relative).read_text(encoding="utf-8")
    return _SOURCE_MAP.sub("", text).replace("</script", "<\\/script")


@cache
def style(relative: str) -> str:
    """The style sheet with each image it names inside it, as a ``data:`` address."""
    file = FOLDER / relative
    return _CSS_URL.sub(lambda m: _inline_url(m, file.parent), file.read_text(encoding="utf-8"))


def _inline_url(match: re.Match[str], folder: Path) -> str:
    target = match.group(2)
    if target.startswith(("data:", "#")):
        return match.group(0)
    if "://" in target or target.startswith("//"):
        raise MissingAsset(f"a style sheet loads {target} from a server")
    file = (folder / target).resolve()
    kind = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
    data = base64.b64encode(file.read_bytes()).decode("ascii")
    return f'url("data:{kind};base64,{data}")'


def make_offline(root: Figure) -> None:
    """Put every file the elements under ``root`` ask for inside the page, in place of the
    servers' addresses; call once the page is complete and before it is rendered."""
    scripts: list[str] = []
    styles: list[str] = []
    for element in _walk(root):
        for attribute, bundled, found in (("default_js", SCRIPTS, scripts),
                                          ("default_css", STYLES, styles)):
            for name, url in getattr(element, attribute, ()):
                if name in UNUSED:
                    continue
                if name not in bundled:
                    raise MissingAsset(f"{type(element).__name__} needs {name} ({url}), "
                                       "which is not bundled in resources/map")
                if bundled[name] not in found:
                    found.append(bundled[name])
            if isinstance(element, folium.elements.JSCSSMixin):
                setattr(element, attribute, [])  # this instance asks no server for anything
    # Leaflet before its plugins, whichever element asked first.
    order = list(SCRIPTS.values())
    scripts.sort(key=order.index)
    header = root.header
    for relative in [*styles, OWN_STYLE]:
        header.add_child(Raw(f"<style>{style(relative)}</style>"),
                         name=f"ghurfa_css_{relative}")
    for relative in [*scripts, OWN_SCRIPT]:
        header.add_child(Raw(f"<script>{script(relative)}</script>"),
                         name=f"ghurfa_js_{relative}")


def _walk(element: Element):
    yield element
    for child in element._children.values():
        yield from _walk(child)
