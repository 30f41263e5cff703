"""What the map reads: the election's centres and their colours, posts, incidents placed at
their centre, post or area, sectors outlined by their areas or the hull of their centres, and
the outlines tied to the area tree."""

from __future__ import annotations

import pytest

from desktop import i18n
from desktop.models import Assignment, Election, ElectionCentre, Incident, RiskLevel, Shift
from desktop.services.coverage import CoverageLevel
from desktop.services.errors import Invalid, NotFound
from reports.maps import boundaries
from reports.maps.data import Colouring, MapRequest, read
from tests.reports import map_world


@pytest.fixture(autouse=True)
def _messages_in_english():
    """The refusals below are matched by their English text."""
    i18n.set_language("en")


@pytest.fixture
def ground(db):
    return map_world.build(db)


def test_the_map_of_an_election_shows_its_placed_centres_only(db, ground):
    with db.reader() as s:
        data = read(s, MapRequest(ground["election"]))
    codes = {c.code: c for c in data.centres}
    assert set(codes) == {"MS-101", "MS-102", "MS-103", "MS-104"}  # MS-900 is not in it
    assert data.unplaced == 1  # MS-105
    assert codes["MS-101"].risk is RiskLevel.CRITICAL and codes["MS-101"].voters == 1_850
    assert codes["MS-102"].area == "ميسان - العمارة" and codes["MS-102"].sector == "قاطع العمارة"
    assert all(c.coverage is None for c in data.centres)
    assert data.election == "انتخابات مجالس المحافظات" and data.shift is None


def test_no_election_named_means_the_latest_and_no_election_at_all_every_centre(db, ground):
    with db.reader() as s:
        assert read(s, MapRequest()).election_id == ground["election"]
    with db.session() as s:
        for model in (Assignment, Incident, Shift, ElectionCentre):
            s.query(model).delete()
        s.query(Election).delete()
    with db.reader() as s:
        data = read(s, MapRequest())
    assert data.election is None
    assert {c.code for c in data.centres} == {"MS-101", "MS-102", "MS-103", "MS-104", "MS-900"}
    assert all(c.risk is None for c in data.centres)


def test_coverage_colouring_measures_the_shift(db, ground):
    with db.reader() as s:
        data = read(s, MapRequest(shift_id=ground["shift"], colour=Colouring.COVERAGE))
    levels = {c.code: c.coverage_level for c in data.centres}
    assert levels == {"MS-101": CoverageLevel.PARTIAL, "MS-102": CoverageLevel.FULL,
                      "MS-103": CoverageLevel.NONE, "MS-104": CoverageLevel.NONE}
    assert data.shift == "الوجبة الأولى" and data.shift_date.isoformat() == "2009-01-31"


def test_coverage_without_a_shift_or_a_shift_of_another_election_is_refused(db, ground):
    with db.reader() as s:
        with pytest.raises(Invalid, match="needs a shift"):
            read(s, MapRequest(colour=Colouring.COVERAGE))
        with pytest.raises(Invalid, match="not of the election"):
            read(s, MapRequest(ground["election"] + 1, ground["shift"]))
        with pytest.raises((Invalid, NotFound)):
            read(s, MapRequest(shift_id=9999))
        with pytest.raises((Invalid, NotFound)):
            read(s, MapRequest(election_id=9999))


def test_incidents_stand_at_their_centre_post_or_area(db, ground):
    with db.reader() as s:
        data = read(s, MapRequest())
    places = sorted((i.latitude, i.longitude) for i in data.incidents)
    assert (31.80, 47.20) in places  # at MS-103
    assert (31.88, 47.12) in places  # at the checkpoint
    # in the district: the middle of its three centres
    assert any(abs(lat - 31.8467) < 1e-3 and abs(lon - 47.15) < 1e-3 for lat, lon in places)
    assert all(len(i.description) <= 280 and i.description.endswith("…")
               for i in data.incidents)
    assert [p.name for p in data.posts] == ["سيطرة مدخل العمارة"]  # the unplaced one is left


def test_sectors_are_their_areas_outlines_or_the_hull_of_their_centres(db, ground):
    with db.reader() as s:
        data = read(s, MapRequest())
    sectors = {s.name: s for s in data.sectors}
    assert sectors["قاطع ميسان"].by_areas  # Maysan has the bundled outline
    assert sectors["قاطع ميسان"].geometry["type"] == "MultiPolygon"
    hull = sectors["قاطع العمارة"]
    assert not hull.by_areas and hull.geometry["type"] == "Polygon"
    ring = hull.geometry["coordinates"][0]
    lons, lats = [p[0] for p in ring], [p[1] for p in ring]
    # round the three centres and a little beyond them
    assert min(lons) < 47.10 and max(lons) > 47.20 and min(lats) < 31.80 and max(lats) > 31.90
    tied = {o.area_id for o in data.outlines if o.area_id}
    assert tied == {ground["gov"]} and len(data.outlines) == 18


def test_the_rooms_outlines_replace_the_bundled_ones_they_cover(db, ground):
    room = boundaries._outlines({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"ADM1_AR": "ميسان", "ADM2_AR": "العمارة",
                                           "ADM2_PCODE": "IQG14Q01"},
         "geometry": {"type": "Polygon", "coordinates": [[[47.0, 31.7], [47.3, 31.7],
                                                          [47.3, 32.0], [47.0, 31.7]]]}},
        {"type": "Feature", "properties": {"name": "ميسان"},
         "geometry": {"type": "Polygon", "coordinates": [[[46.5, 31.0], [48.0, 31.0],
                                                          [48.0, 32.8], [46.5, 31.0]]]}},
    ]})
    with db.reader() as s:
        data = read(s, MapRequest(), room)
    assert len(data.outlines) == 19  # the room's two, and 17 of the bundled 18
    district = next(o for o in data.outlines if o.name_ar == "العمارة")
    assert district.area_id == ground["district"]
    sectors = {s.name: s for s in data.sectors}
    assert sectors["قاطع العمارة"].by_areas  # now the district has an outline


def test_hull_of_few_points():
    assert boundaries.hull_polygon([]) is None
    one = boundaries.hull_polygon([(47.0, 31.0)])
    assert one is not None and len(one["coordinates"][0]) == 9  # an octagon, closed
    square = boundaries.hull([(0, 0), (1, 0), (1, 1), (0, 1), (0.5, 0.5)])
    assert sorted(square) == [(0, 0), (0, 1), (1, 0), (1, 1)]
