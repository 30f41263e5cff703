"""Migration 0010 on both engines: the rows saved before it are linked as one directive
(carried-over rows, and a revision's copies by their place and words), the users' visits
table comes and goes, and the schema ends where the models are."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import inspect, select

from desktop.models import Directive
from desktop.services import meetings, minutes
from desktop.services.directives import Seen, carry_over
from desktop.storage.migrations import (
    current_revision,
    downgrade,
    head_revision,
    schema_drift,
    upgrade,
)
from tests.desktop.directive_world import TEXTS, actor, build, later_draft


def _origins(db) -> dict[int, int | None]:
    with db.reader() as s:
        return dict(s.execute(select(Directive.id, Directive.origin_id)).tuples().all())


def test_0010_links_the_rows_saved_before_it(db):
    world = build(db)
    with db.session() as s:
        revision = minutes.amend(s, actor(s, "clerk"), world["meeting"])
    with db.reader() as s:
        state = meetings.load_meeting(s, revision)
    first, second = state.minutes.agenda
    first.outcomes[0].text += " وخارجها"  # changed in the revision: no longer its words
    second.outcomes.reverse()  # moved: the same words in another place
    with db.session() as s:
        meetings.save_meeting(s, actor(s, "clerk"), revision, state.minutes, state.version)
    later = later_draft(db, world, datetime(2008, 7, 27, 10))
    with db.session() as s:
        carry_over(s, actor(s, "clerk"), [Seen(world["posting"])], later)
    linked = _origins(db)
    try:
        downgrade(db, "0009")
        assert "origin_id" not in {c["name"] for c in inspect(db.engine).get_columns(
            "directives")}
        assert "user_visits" not in inspect(db.engine).get_table_names()
    finally:
        upgrade(db)
    assert current_revision(db) == head_revision(db) and schema_drift(db) == []
    relinked = _origins(db)
    with db.reader() as s:
        texts = dict(s.execute(select(Directive.id, Directive.text)).tuples().all())
    changed = next(i for i, text in texts.items() if text.endswith(" وخارجها"))
    assert relinked[changed] is None  # a directive of its own, as the old board showed it
    assert {i: o for i, o in relinked.items() if i != changed} == \
        {i: o for i, o in linked.items() if i != changed}
    assert linked[changed] == world["protect"]  # the program itself had linked it
    plan_rows = [i for i, text in texts.items() if text == TEXTS["plan"]]
    assert len(plan_rows) == 2 and relinked[plan_rows[1]] == world["plan"]  # moved, found
    posting_rows = sorted(i for i, text in texts.items() if text == TEXTS["posting"])
    assert [relinked[i] for i in posting_rows] == [None, world["posting"], world["posting"]]
    assert "user_visits" in inspect(db.engine).get_table_names()
