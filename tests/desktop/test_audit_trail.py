"""The audit trail: chained by hash, append-only on PostgreSQL, a delete's old values, sign-ins
and refusals recorded, and ``ghurfa check`` naming the first broken link."""

from __future__ import annotations

import itertools
import json
import threading

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from desktop.cli import main
from desktop.models import AuditEntry, Rank, UserRole
from desktop.services import accounts, audit, audit_chain, signin
from desktop.services.actor import SYSTEM, Actor
from desktop.services.errors import Forbidden
from desktop.services.organisations import OrganisationInput, create_organisation
from desktop.services.people import PersonInput, add_rank, create_person
from tests.desktop.factories import basic_world

VIEWER = Actor(None, "watcher", UserRole.VIEWER)
STAFF = Actor(None, "staff", UserRole.STAFF_OFFICER)


def _entries(db) -> list[AuditEntry]:
    with db.reader() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def _verify(db) -> audit_chain.BrokenLink | None:
    with db.reader() as session:
        return audit_chain.verify(session)


# -- the chain -------------------------------------------------------------------------------

def test_each_entry_carries_the_hash_of_the_one_before_and_its_own(db):
    with db.session() as session:
        basic_world(session)
    with db.session() as session:
        create_person(session, STAFF, PersonInput("علي حسين", service_number="3003"))
    entries = _entries(db)
    assert len(entries) >= 9
    assert entries[0].prev_hash == audit_chain.GENESIS
    for before, entry in itertools.pairwise(entries):
        assert entry.prev_hash == before.hash
        assert entry.hash == audit_chain.digest(audit_chain.values_of(entry), entry.prev_hash)
        assert len(entry.hash) == 64 and entry.hash != entry.prev_hash
    assert {e.outcome for e in entries} == {"done"}
    assert entries[-1].workstation == db.workstation and entries[-1].username == "staff"
    assert entries[-1].at is not None and _verify(db) is None


def test_a_rolled_back_savepoint_takes_its_entries_and_the_chain_still_holds(db):
    with db.session() as session:
        add_rank(session, SYSTEM, "عميد", 4, "Brigadier")
        session.flush()
        nested = session.begin_nested()
        add_rank(session, SYSTEM, "عقيد", 5, "Colonel")
        session.flush()
        nested.rollback()
        add_rank(session, SYSTEM, "نقيب", 8, "Captain")
    assert [e.changes is not None for e in _entries(db)] == [True, True]
    assert _verify(db) is None


def test_bulk_rows_and_single_entries_interleave_in_one_chain(db):
    with db.session() as session:
        audit.record(session, SYSTEM, "note", entity="centres", entity_id=1, changes={"a": [1, 2]})
        audit.record_many(session, SYSTEM, "create", "centres", [2, 3, 4],
                          ['{"code": [null, "A"]}', None, '{"code": [null, "C"]}'])
        audit.record(session, SYSTEM, "note", entity="centres", entity_id=5)
    assert [e.entity_id for e in _entries(db)] == [1, 2, 3, 4, 5]
    assert _verify(db) is None
    with pytest.raises(ValueError), db.session() as session:  # one changes text for each id
        audit.record_many(session, SYSTEM, "create", "centres", [6, 7], ["{}"])
    with pytest.raises(ValueError), db.session() as session:
        audit.record(session, SYSTEM, "note", entity="x", outcome="maybe")


def test_two_workstations_appending_at_once_never_fork_the_chain(db):
    """Threads, each with its own units of work (on PostgreSQL each its own connection, as two
    workstations): every entry links to the one before it by id."""
    errors: list[BaseException] = []
    start = threading.Barrier(3)

    def append(name: str) -> None:
        actor = Actor(None, name, UserRole.ADMIN)
        try:
            start.wait()
            for index in range(15):
                with db.session() as session:
                    audit.record(session, actor, "note", entity="test", entity_id=index)
                    audit.record(session, actor, "note", entity="test", entity_id=100 + index)
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=append, args=(f"ws{n}",)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    entries = _entries(db)
    assert len(entries) == 90
    assert len({e.prev_hash for e in entries}) == 90  # no two entries after the same one
    assert _verify(db) is None


# -- tampering -------------------------------------------------------------------------------

def _some_entries(db, count: int = 5) -> list[int]:
    with db.session() as session:
        for index in range(count):
            audit.record(session, SYSTEM, "note", entity="test", entity_id=index,
                         changes={"n": [index, index + 1]})
    return [e.id for e in _entries(db)]


def test_a_changed_entry_is_named_as_altered(db):
    ids = _some_entries(db)
    if not db.is_sqlite:
        pytest.skip("the trigger refuses the change on PostgreSQL (see below)")
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_entries SET changes = :c WHERE id = :id"),
                           {"c": '{"n": [2, 99]}', "id": ids[2]})
    broken = _verify(db)
    assert broken is not None and broken.entry_id == ids[2] and broken.problem == "altered"


def test_a_removed_or_rehashed_entry_breaks_the_link_after_it(db):
    ids = _some_entries(db)
    if not db.is_sqlite:
        pytest.skip("the trigger refuses the change on PostgreSQL")
    with db.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_entries WHERE id = :id"), {"id": ids[1]})
    broken = _verify(db)
    assert broken is not None and broken.entry_id == ids[2] and broken.problem == "unlinked"


def test_an_entry_rewritten_with_a_fresh_hash_still_breaks_the_next_link(db):
    ids = _some_entries(db)
    if not db.is_sqlite:
        pytest.skip("the trigger refuses the change on PostgreSQL")
    with db.reader() as session:
        entry = session.get(AuditEntry, ids[3])
        values = dict(audit_chain.values_of(entry), username="someone else")
        forged = audit_chain.digest(values, entry.prev_hash)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_entries SET username = 'someone else', hash = :h "
                                "WHERE id = :id"), {"h": forged, "id": ids[3]})
    broken = _verify(db)
    assert broken is not None and broken.entry_id == ids[4] and broken.problem == "unlinked"


def test_ghurfa_check_names_the_first_broken_link_and_fails(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    assert main(["--lang", "en", "--db", url, "check", "--migrate"]) == 0
    assert "The audit trail holds: entries chained: 0" in capsys.readouterr().out
    from desktop.storage.database import Database

    db = Database(url)
    ids = _some_entries(db, 4)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_entries SET action = 'nothing' WHERE id = :id"),
                           {"id": ids[1]})
        at = connection.execute(text("SELECT at FROM audit_entries WHERE id = :id"),
                                {"id": ids[1]}).scalar_one()
    db.dispose()
    assert main(["--lang", "en", "--db", url, "check"]) == 1
    out = capsys.readouterr().out
    assert f"The audit trail is broken at entry {ids[1]} ({str(at)[:19]} UTC)" in out
    assert "it was changed after it was written" in out and "Problems found: 1" in out
    assert main(["--db", url, "check"]) == 1  # in Arabic too, whatever the words
    assert str(ids[1]) in capsys.readouterr().out


@pytest.mark.pg
def test_postgresql_refuses_to_update_or_delete_an_entry(db):
    if db.is_sqlite:
        pytest.skip("the trigger is PostgreSQL's")
    ids = _some_entries(db, 2)
    for statement in ("UPDATE audit_entries SET username = 'x' WHERE id = :id",
                      "DELETE FROM audit_entries WHERE id = :id"):
        with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as connection:
            connection.execute(text(statement), {"id": ids[0]})
    assert [e.username for e in _entries(db)] == ["system", "system"] and _verify(db) is None


# -- what is recorded ------------------------------------------------------------------------

def test_a_delete_keeps_every_old_value(db):
    with db.session() as session:
        rank = add_rank(session, SYSTEM, "عميد", 4, "Brigadier")
        session.flush()
        rank_id = rank.id
    with db.session() as session:
        rank = session.get(Rank, rank_id)
        audit.record(session, STAFF, "delete", rank, changes={"why": "typed twice"})
        session.delete(rank)
    entry = _entries(db)[-1]
    kept = json.loads(entry.changes)
    assert entry.action == "delete" and entry.entity == "ranks" and entry.entity_id == rank_id
    assert kept["name_ar"] == ["عميد", None] and kept["id"] == [rank_id, None]
    assert kept["seniority"] == [4, None] and kept["name_en"] == ["Brigadier", None]
    assert kept["why"] == ["typed twice", None]
    assert _verify(db) is None


def test_a_wrong_password_and_a_sign_in_are_recorded_in_the_chain(db):
    with db.session() as session:
        accounts.create_user(session, SYSTEM, "clerk", "clerk", "clerk",
                             "a long and quiet evening")
    with pytest.raises(Forbidden):
        signin.sign_in(db, "clerk", "not the password")
    with pytest.raises(Forbidden):
        signin.sign_in(db, "nobody", "not the password")
    signin.sign_in(db, "clerk", "a long and quiet evening")
    trail = [(e.action, e.username, e.outcome) for e in _entries(db)][-3:]
    assert trail == [("sign_in_refused", "clerk", "refused"),
                     ("sign_in_refused", "nobody", "refused"),
                     ("sign_in", "clerk", "done")]
    assert _verify(db) is None


def test_a_refused_action_is_recorded_although_its_unit_of_work_rolled_back(db):
    with pytest.raises(Forbidden), db.session() as session:
        create_organisation(session, SYSTEM, OrganisationInput("وزارة", "ministry"))
        session.flush()
        create_person(session, VIEWER, PersonInput("علي حسين"))
    entries = _entries(db)
    assert [(e.action, e.username, e.outcome) for e in entries] == [
        ("refused", "watcher", "refused")]  # the organisation went with the rollback
    said = json.loads(entries[0].changes)
    assert said["action"] == [None, "create_person"]
    assert "registry" in said["reason"][1]
    assert _verify(db) is None


def test_a_refusal_that_names_nobody_is_not_recorded(db):
    with pytest.raises(Forbidden), db.session():
        raise Forbidden("The username or the password is wrong.")
    assert _entries(db) == []


# -- the migration ---------------------------------------------------------------------------

def test_0012_chains_the_entries_written_before_it(db):
    from desktop.storage.migrations import downgrade, upgrade

    try:
        downgrade(db, "0011")
        with db.engine.begin() as connection:
            for action, changes in (("create", '{"name": [null, "علي"]}'),
                                    ("sign_in_refused", '{"reason": "password"}'),
                                    ("update", None)):
                connection.execute(text(
                    "INSERT INTO audit_entries (at, username, action, entity, entity_id, "
                    "changes) VALUES ('2026-11-01 10:00:00.250000', 'staff', :a, 'people', 1, "
                    ":c)"), {"a": action, "c": changes})
        upgrade(db)
        entries = _entries(db)
        assert [e.outcome for e in entries] == ["done", "refused", "done"]
        assert entries[0].prev_hash == audit_chain.GENESIS and entries[0].workstation is None
        assert _verify(db) is None
        with db.session() as session:  # the program goes on from the migration's last link
            audit.record(session, SYSTEM, "note", entity="test")
        entries = _entries(db)
        assert entries[-1].prev_hash == entries[-2].hash and _verify(db) is None
    finally:
        upgrade(db)


def test_a_services_own_role_check_names_the_service_refused(db):
    """Checks written in a service (minutes' approval, a module's ``_may…``) are recorded as
    the permissions' are, naming the service, not the check."""
    from desktop.services import meetings, minutes

    clerk = Actor(None, "kateb", UserRole.CLERK)
    viewer = Actor(None, "watcher", UserRole.VIEWER)
    with pytest.raises(Forbidden), db.session() as session:
        minutes.approve(session, clerk, 1)
    with pytest.raises(Forbidden), db.session() as session:
        meetings.delete_draft(session, viewer, 1)
    said = [(e.username, json.loads(e.changes)["action"][1]) for e in _entries(db)]
    assert said == [("kateb", "approve"), ("watcher", "delete_draft")]
