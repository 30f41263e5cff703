"""The map of the centres, offline: ``build_map`` reads what to show and writes the page.

    with db.reader() as session:
        built = build_map(session, MapRequest(shift_id=3, colour=Colouring.COVERAGE))
    Path("map.html").write_text(built.html, encoding="utf-8")

``for_program=True`` gives the page for the program's own view (``ui.centres.map_view``), whose
tiles from a folder or an MBTiles file come through the view's scheme; otherwise the page stands
alone in a file. The room's settings (``reports.maps.settings``) choose the tiles and add the
room's boundaries; what cannot be used of them is said in ``notes`` and the map is drawn
without it, never refused for it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop import i18n
from desktop.i18n import translate
from desktop.services.errors import DomainError
from reports.maps import boundaries, settings, tiles
from reports.maps.data import Colouring, MapData, MapRequest, read
from reports.maps.page import build_page

__all__ = ["BuiltMap", "Colouring", "MapData", "MapRequest", "build_map", "build_page"]


@dataclass(frozen=True)
class BuiltMap:
    html: str
    data: MapData
    notes: tuple[str, ...]  # in the user's language: what of the settings was not used


def build_map(session: Session, request: MapRequest, *, for_program: bool = False,
              lang: str | None = None, chosen: settings.MapSettings | None = None) -> BuiltMap:
    lang = lang or i18n.language()
    chosen = chosen if chosen is not None else settings.load()
    notes: list[str] = []
    room: list[boundaries.Outline] = []
    if chosen.boundaries is not None:
        try:
            room = boundaries.read_file(chosen.boundaries)
        except DomainError as error:
            notes.append(translate("MapPage", "The room's boundary file was not used: {reason}",
                                   lang).format(reason=error.message(lang)))
    layer = None
    try:
        layer = (tiles.layer_for_program if for_program else tiles.layer_for_file)(chosen.tiles)
    except DomainError as error:
        notes.append(translate("MapPage", "The map tiles were not used: {reason}", lang).format(
            reason=error.message(lang)))
    if not for_program and chosen.tiles.kind is tiles.TileKind.MBTILES:
        notes.append(translate("MapPage", "An MBTiles file serves the map inside the program "
                                        "only; the written page shows the boundaries.", lang))
    if not for_program and layer is not None and chosen.tiles.kind is tiles.TileKind.SERVER:
        notes.append(translate("MapPage", "The page loads its background from the room's tile "
                                        "server {url}.", lang).format(url=layer.url))
    data = read(session, request, room)
    return BuiltMap(build_page(data, tiles=layer, lang=lang), data, tuple(notes))
