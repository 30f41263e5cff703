"""Every official copy of a document is in the audit trail: a print (PDF) or an export
(workbook), about which record, to which file; a failed one as failed; no preview."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.models import AuditEntry, UserRole
from desktop.services import audit_chain
from desktop.services.actor import Actor
from desktop.services.elections import ElectionInput, create_election
from desktop.services.sites import CentreInput, create_centre
from desktop.storage.database import Database
from reports import catalogue
from reports.files import UnusableOutput

STAFF = Actor(None, "staff", UserRole.STAFF_OFFICER)


def _prints(db: Database) -> list[AuditEntry]:
    with db.reader() as session:
        return list(session.scalars(select(AuditEntry).where(
            AuditEntry.action.in_(("print", "export"))).order_by(AuditEntry.id)))


@pytest.fixture
def election(db: Database) -> int:
    from datetime import date

    with db.session() as session:
        create_centre(session, STAFF, CentreInput(code="MS-1", name="مدرسة", kind="polling"))
        chosen = create_election(session, STAFF, ElectionInput(
            "انتخابات", "provincial_councils", date(2009, 1, 31)))
        session.flush()
        return chosen.id


def _request(db, tmp_path, fmt, election_id, **options):
    return catalogue.BuildRequest(db=db, params={"election": election_id},
                                  output=tmp_path / f"centres.{fmt}", fmt=fmt, actor=STAFF,
                                  lang="en", **options)


def test_an_exported_workbook_is_recorded_against_its_election(db, tmp_path, election):
    kind = catalogue.get("centres")
    catalogue.make(kind, _request(db, tmp_path, "xlsx", election))
    (entry,) = _prints(db)
    said = json.loads(entry.changes)
    assert (entry.action, entry.entity, entry.entity_id) == ("export", "elections", election)
    assert entry.username == "staff" and entry.outcome == "done"
    assert said["document"] == [None, "centres"] and said["format"] == [None, "xlsx"]
    assert said["file"][1].endswith("centres.xlsx")
    assert said["params"] == [None, {"election": election}]
    with db.reader() as session:
        assert audit_chain.verify(session) is None


def test_a_preview_is_no_print_and_a_failed_write_is_recorded_failed(db, tmp_path, election):
    kind = catalogue.get("centres")
    kind.build(_request(db, tmp_path, "xlsx", election, copy=catalogue.PREVIEW))
    assert _prints(db) == []
    with pytest.raises(UnusableOutput):
        kind.build(_request(db, tmp_path / "missing", "xlsx", election))
    (entry,) = _prints(db)
    assert (entry.action, entry.outcome) == ("export", "failed")
    assert json.loads(entry.changes)["reason"] == [None, "UnusableOutput"]


def test_the_command_lines_export_is_recorded(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    output = tmp_path / "all.xlsx"
    assert main(["--lang", "en", "--db", url, "export", "centres", "-o", str(output)]) == 0
    db = Database(url)
    try:
        (entry,) = _prints(db)
        assert (entry.action, entry.entity, entry.entity_id) == ("export", "documents", None)
        assert json.loads(entry.changes)["file"] == [None, str(output)]
    finally:
        db.dispose()


def test_the_orders_one_file_per_unit_are_each_a_print_and_a_failure_is_recorded(
        db, tmp_path):
    from desktop.demo import load_demo
    from desktop.models import Election
    from reports.documents import orders

    load_demo(db)
    with db.reader() as session:
        election = session.scalars(select(Election.id).order_by(Election.id)).first()
    request = catalogue.BuildRequest(db=db, params={"election": election},
                                     output=tmp_path / "orders", actor=STAFF, lang="en")
    written = orders.build_files(request)
    entries = _prints(db)
    assert len(written) >= 6 and len(entries) == len(written)
    assert [json.loads(e.changes)["file"][1] for e in entries] == [str(p) for p in written]
    assert {(e.action, e.entity, e.entity_id, e.outcome) for e in entries} == {
        ("print", "elections", election, "done")}
    assert {json.loads(e.changes)["document"][1] for e in entries} == {orders.KEY}

    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    with pytest.raises(UnusableOutput):
        orders.build_files(catalogue.BuildRequest(
            db=db, params={"election": election}, output=blocked / "orders", actor=STAFF,
            lang="en"))
    failed = _prints(db)[len(entries):]
    assert [(e.action, e.outcome) for e in failed] == [("print", "failed")]
