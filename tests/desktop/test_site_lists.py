"""The registry's lists beside the centres: areas with their paths, sectors with what they
cover, posts, and one centre as its form edits it."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop.demo import load_demo
from desktop.models import AreaLevel, Centre, CentreStatus, ElectionCentre, PostKind
from desktop.services.actor import SYSTEM
from desktop.services.errors import NotFound
from desktop.services.site_lists import area_rows, centre_record, post_rows, sector_rows
from desktop.services.sites import PostInput, SectorInput, create_post, create_sector


def test_areas_carry_their_path_from_the_top_of_the_tree(db):
    load_demo(db)
    with db.reader() as s:
        rows = {row.name_ar: row for row in area_rows(s)}
    assert rows["ميسان"].path == "ميسان" and rows["ميسان"].level is AreaLevel.GOVERNORATE
    assert rows["كميت"].path == "ميسان / العمارة / كميت"
    assert rows["كميت"].parent_id == rows["العمارة"].id and rows["كميت"].code == "IQ-MA-01-1"


def test_sectors_name_their_organisation_areas_and_counts(db):
    load_demo(db)
    with db.session() as s:
        kumait = next(r for r in area_rows(s) if r.name_ar == "كميت")
        made = create_sector(s, SYSTEM, SectorInput("قاطع تجريبي", area_ids=[kumait.id]))
        s.flush()
        made_id = made.id
    with db.reader() as s:
        rows = sector_rows(s)
        counted = dict(s.execute(select(Centre.sector_id, func.count())
                                 .group_by(Centre.sector_id)).all())
        only = sector_rows(s, ids=[made_id])
    assert [r.name for r in rows] == sorted(r.name for r in rows)
    assert all(r.centres == counted.get(r.id, 0) for r in rows)
    assert sum(r.centres for r in rows) > 0 and any(r.organisation for r in rows)
    assert len(only) == 1
    assert only[0].areas == ("ميسان / العمارة / كميت",) and only[0].area_ids == (kumait.id,)
    assert only[0].organisation is None and only[0].centres == 0
    assert "تجريبي" in only[0].search_key and "ميسان" in only[0].search_key


def test_posts_with_their_place_and_sector(db):
    load_demo(db)
    with db.session() as s:
        post = create_post(s, SYSTEM, PostInput("سيطرة الاختبار", "rapid_response",
                                                latitude=31.8, longitude=47.1))
        s.flush()
        post_id = post.id
    with db.reader() as s:
        rows = post_rows(s)
        one = post_rows(s, ids=[post_id])
    assert len(rows) > 1 and any(r.sector for r in rows) and any(r.area for r in rows)
    assert [(r.name, r.kind, r.area, r.latitude) for r in one] == [
        ("سيطرة الاختبار", PostKind.RAPID_RESPONSE, None, 31.8)]
    assert "سيطره" in one[0].search_key  # normalised: ta marbuta as ha


def test_a_centre_record_has_the_facts_of_the_election_asked_only(db):
    load_demo(db)
    with db.reader() as s:
        record = s.scalars(select(ElectionCentre).limit(1)).one()
        centre_id, election_id = record.centre_id, record.election_id
        other = s.scalar(select(ElectionCentre.election_id).where(
            ElectionCentre.election_id != election_id).limit(1))
        form = centre_record(s, centre_id, election_id)
        elsewhere = centre_record(s, centre_id, other)
        no_election = centre_record(s, centre_id, None)
    assert form.id == centre_id and form.code and form.name
    assert form.facts is not None and form.facts.version == record.version
    assert isinstance(form.facts.status, CentreStatus)
    assert elsewhere.facts is None and no_election.facts is None
    assert elsewhere.code == form.code


def test_a_centre_that_is_gone_is_said_so(db):
    with db.reader() as s, pytest.raises(NotFound) as caught:
        centre_record(s, 999, None)
    assert "999" in caught.value.message("en")
