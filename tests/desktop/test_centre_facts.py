"""A centre's lasting facts apart from the commission's facts for one election (migration
0008), and the minimum protection each risk level asks for."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select, text

from desktop.models import ElectionCentre, RiskLevel, UserRole
from desktop.services.actor import SYSTEM, Actor
from desktop.services.elections import ElectionInput, create_election
from desktop.services.errors import Forbidden, Invalid, StaleRecord
from desktop.services.sites import (
    DEFAULT_MINIMUMS,
    CommissionFacts,
    MinimumInput,
    minimums,
    record_for_election,
    set_minimum,
)
from desktop.storage.migrations import current_revision, downgrade, head_revision, upgrade
from tests.desktop.factories import basic_world


@pytest.fixture
def world(db):
    with db.session() as s:
        return basic_world(s)


def test_an_election_holds_its_own_facts_of_a_centre(db, world):
    with db.session() as s:
        other = create_election(s, SYSTEM, ElectionInput(
            "الانتخابات البرلمانية", "parliamentary", date(2010, 3, 7)))
        s.flush()
        record_for_election(s, SYSTEM, world["election"], world["centre"],
                            CommissionFacts(risk="high", stations=6, voters=4200, status="open"))
        record_for_election(s, SYSTEM, other.id, world["centre"],
                            CommissionFacts(risk="منخفض", stations=3))
        other_id = other.id
    with db.reader() as s:
        rows = {r.election_id: (r.risk, r.stations, r.voters, r.status.value)
                for r in s.scalars(select(ElectionCentre))}
    assert rows == {world["election"]: (RiskLevel.HIGH, 6, 4200, "open"),
                    other_id: (RiskLevel.LOW, 3, 0, "planned")}


def test_a_second_record_for_the_same_election_updates_the_first(db, world):
    with db.session() as s:
        first = record_for_election(s, SYSTEM, world["election"], world["centre"],
                                    CommissionFacts(risk="medium"))
        s.flush()
        first_id, first_version = first.id, first.version
    with db.session() as s:
        again = record_for_election(s, SYSTEM, world["election"], world["centre"],
                                    CommissionFacts(risk="critical"),
                                    expected_version=first_version)
        s.flush()
        assert again.id == first_id and again.version == first_version + 1
    with pytest.raises(StaleRecord), db.session() as s:
        record_for_election(s, SYSTEM, world["election"], world["centre"],
                            CommissionFacts(risk="low"), expected_version=first_version)
    with db.reader() as s:
        assert s.scalars(select(ElectionCentre.risk)).all() == [RiskLevel.CRITICAL]


def test_bad_facts_write_nothing(db, world):
    for facts in (CommissionFacts(stations=-1), CommissionFacts(risk="extreme"),
                  CommissionFacts(voters="many")):
        with pytest.raises(Invalid), db.session() as s:
            record_for_election(s, SYSTEM, world["election"], world["centre"], facts)
    with db.reader() as s:
        assert s.scalars(select(ElectionCentre)).all() == []


def test_the_minimums_start_as_the_rooms_usual_figures_and_can_be_changed(db):
    with db.reader() as s:
        start = {risk: (m.officers, m.vehicles, m.rapid_response)
                 for risk, m in minimums(s).items()}
    assert start == {RiskLevel.LOW: (2, 0, False), RiskLevel.MEDIUM: (4, 0, False),
                     RiskLevel.HIGH: (8, 1, False), RiskLevel.CRITICAL: (12, 1, True)}
    assert set(DEFAULT_MINIMUMS) == set(RiskLevel)
    with db.reader() as s:
        version = minimums(s)[RiskLevel.HIGH].version
    with db.session() as s:
        set_minimum(s, SYSTEM, "high", MinimumInput(10, 2, True), expected_version=version)
    with pytest.raises(StaleRecord), db.session() as s:
        set_minimum(s, SYSTEM, "high", MinimumInput(1, 0, False), expected_version=version)
    for bad in (MinimumInput(-1, 0, False), MinimumInput(2, 0, "no")):
        with pytest.raises(Invalid), db.session() as s:
            set_minimum(s, SYSTEM, "low", bad)
    with pytest.raises(Forbidden), db.session() as s:
        set_minimum(s, Actor(None, "viewer", UserRole.VIEWER), "low", MinimumInput(0, 0, False))
    with db.reader() as s:
        now = {risk: (m.officers, m.vehicles, m.rapid_response)
               for risk, m in minimums(s).items()}
    assert now == start | {RiskLevel.HIGH: (10, 2, True)}


def test_a_level_missing_from_the_table_reads_as_its_default(db):
    with db.session() as s:
        s.execute(text("DELETE FROM risk_minimums WHERE risk = 'critical'"))
    with db.reader() as s:
        critical = minimums(s)[RiskLevel.CRITICAL]
    assert (critical.officers, critical.vehicles, critical.rapid_response) == (12, 1, True)


def test_0008_moves_each_centres_facts_to_every_election_and_back(db):
    now = datetime.now(UTC).replace(tzinfo=None)
    stamp = {"c": now, "u": now}
    try:
        downgrade(db, "0007")
        with db.engine.begin() as c:
            for election in (1, 2):
                c.execute(text(
                    "INSERT INTO elections (id, name, kind, polling_date, created_at, updated_at,"
                    " version) VALUES (:id, :name, 'parliamentary', :day, :c, :u, 1)"),
                    {"id": election, "name": f"e{election}",
                     "day": date(2009 + election, 1, 31)} | stamp)
            c.execute(text(
                "INSERT INTO centres (id, code, kind, name, stations, voters, risk, status,"
                " created_at, updated_at, version) VALUES"
                " (1, 'MS-101', 'polling', 'مدرسة', 6, 4200, 'high', 'open', :c, :u, 1)"), stamp)
        upgrade(db)
        assert current_revision(db) == head_revision(db)
        with db.reader() as s:
            rows = sorted((r.election_id, r.risk.value, r.stations, r.voters, r.status.value)
                          for r in s.scalars(select(ElectionCentre)))
            assert rows == [(1, "high", 6, 4200, "open"), (2, "high", 6, 4200, "open")]
            assert len(minimums(s)) == 4
        with db.session() as s:  # the later election changes its own facts only
            record = s.scalars(select(ElectionCentre).where(
                ElectionCentre.election_id == 2)).one()
            record.risk, record.stations = RiskLevel.LOW, 2
        downgrade(db, "0007")
        with db.engine.connect() as c:
            back = c.execute(text("SELECT risk, stations, voters, status FROM centres")).one()
        assert tuple(back) == ("low", 2, 4200, "open")  # the latest election's facts
    finally:
        upgrade(db)
    assert current_revision(db) == head_revision(db)


def test_an_edit_of_a_centre_raises_its_version_once(db, world):
    from desktop.services.sites import CentreInput, update_centre

    with db.reader() as s:
        from desktop.models import Centre

        before = s.get(Centre, world["centre"]).version
    with db.session() as s:
        update_centre(s, SYSTEM, world["centre"], CentreInput(
            "MS-101", "مدرسة الرسالة الجديدة", kind="registration", latitude=31.8,
            longitude=47.1), expected_version=before)
    with db.reader() as s:
        assert s.get(Centre, world["centre"]).version == before + 1
