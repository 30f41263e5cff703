"""Reading the audit trail: its filters, its pages, who may read it, and its workbook."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop.models import AuditEntry, UserRole
from desktop.services import audit, audit_log
from desktop.services.actor import Actor
from desktop.services.audit_log import AuditFilter
from desktop.services.errors import Forbidden, Invalid
from reports.excel.audit import export_audit
from reports.files import UnusableOutput

ADMIN = Actor(None, "boss", UserRole.ADMIN)
COMMANDER = Actor(None, "qaid", UserRole.COMMANDER)
CLERK = Actor(None, "kateb", UserRole.CLERK)


@pytest.fixture
def trail(db) -> dict[str, int]:
    """Entries by two users over three days, about two people and a meeting."""
    day = datetime(2026, 12, 1, 9, 0)
    written = {}
    with db.session() as session:
        for name, actor, action, entity, entity_id, at in (
                ("a", CLERK, "create", "people", 1, day),
                ("b", CLERK, "update", "people", 1, day + timedelta(days=1)),
                ("c", COMMANDER, "approve", "meetings", 7, day + timedelta(days=1, hours=5)),
                ("d", CLERK, "delete", "people", 2, day + timedelta(days=2, hours=14))):
            entry = audit.record(session, actor, action, entity=entity, entity_id=entity_id,
                                 changes={"name": ["علي", "علي حسين"]})
            entry.at = at  # before the flush that hashes it
            session.flush()
            written[name] = entry.id
    return written


def _ids(db, chosen: AuditFilter, actor: Actor = ADMIN) -> list[int]:
    with db.reader() as session:
        return audit_log.ids(session, actor, chosen)


def test_the_filters_narrow_the_trail_newest_first(db, trail):
    assert _ids(db, AuditFilter()) == [trail["d"], trail["c"], trail["b"], trail["a"]]
    assert _ids(db, AuditFilter(username="KATEB")) == [trail["d"], trail["b"], trail["a"]]
    assert _ids(db, AuditFilter(action="approve")) == [trail["c"]]
    assert _ids(db, AuditFilter(entity="people", entity_id=1)) == [trail["b"], trail["a"]]
    assert _ids(db, AuditFilter(date_from=date(2026, 12, 2), date_to=date(2026, 12, 2))) == [
        trail["c"], trail["b"]]  # the last day counted whole
    assert _ids(db, AuditFilter(date_from=date(2026, 12, 3))) == [trail["d"]]
    assert _ids(db, AuditFilter(username="nobody")) == []
    with db.reader() as session:
        assert audit_log.count(session, ADMIN, AuditFilter(entity="people")) == 3
        assert audit_log.ids(session, ADMIN, AuditFilter(), "username", False)[-1] == trail["c"]
        choices = audit_log.choices(session, COMMANDER)
    assert choices.usernames == ["kateb", "qaid"]
    assert choices.actions == ["approve", "create", "delete", "update"]


def test_rows_come_in_the_order_asked_with_their_changes(db, trail):
    with db.reader() as session:
        rows = audit_log.rows(session, ADMIN, [trail["c"], 999_999, trail["a"]])
    assert [r.id for r in rows] == [trail["c"], trail["a"]]
    assert rows[0].changes == {"name": ["علي", "علي حسين"]}
    rli, pdi = "\u2067", "\u2069"  # each Arabic value isolated, so the arrow keeps its side
    assert rows[0].changes_text(lang="en") == f"Name: {rli}علي{pdi} → {rli}علي حسين{pdi}"
    assert rows[0].changes_text(rtl=True, lang="ar") == (
        f"\u200fالاسم: {rli}علي{pdi} ← {rli}علي حسين{pdi}")
    assert rows[0].outcome == "done" and rows[0].workstation == db.workstation
    assert audit_log.action_label("approve", "en") == "Approved"
    assert audit_log.action_label("no_such_action", "ar") == "no_such_action"


def test_bad_filters_are_refused(db, trail):
    with db.reader() as session:
        with pytest.raises(Invalid):
            audit_log.ids(session, ADMIN, AuditFilter(date_from=date(2026, 12, 3),
                                                      date_to=date(2026, 12, 1)))
        with pytest.raises(Invalid):
            audit_log.ids(session, ADMIN, AuditFilter(entity_id="7"))  # type: ignore[arg-type]


def test_only_the_administrator_and_the_commander_read_it_and_a_refusal_is_kept(db, trail):
    assert _ids(db, AuditFilter(), COMMANDER)
    with pytest.raises(Forbidden), db.reader() as session:
        audit_log.ids(session, CLERK, AuditFilter())
    with db.reader() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert (last.action, last.username, last.outcome) == ("refused", "kateb", "refused")
    assert '"ids"' in last.changes


def test_the_workbook_holds_the_filtered_rows_and_is_itself_recorded(db, trail, tmp_path):
    output = export_audit(db, COMMANDER, AuditFilter(entity="people"), tmp_path / "a.xlsx",
                          lang="en")
    sheet = load_workbook(output, read_only=True).active
    rows = [row for row in sheet.iter_rows(values_only=True) if row and row[0] is not None]
    header = next(i for i, row in enumerate(rows) if row[0] == "Entry")
    assert rows[header][:5] == ("Entry", "Time (UTC)", "User", "Workstation", "Action")
    body = rows[header + 1:]
    assert [row[0] for row in body] == [trail["d"], trail["b"], trail["a"]]
    assert body[0][4] == "Deleted" and body[0][6] == 2 and body[0][7] == "Done"
    # English: left to right, the field named, each Arabic value isolated
    assert body[0][8] == "Name: \u2067علي\u2069 → \u2067علي حسين\u2069"
    with db.reader() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert (last.action, last.entity, last.username) == ("export", "people", "qaid")
    with pytest.raises(UnusableOutput):
        export_audit(db, COMMANDER, AuditFilter(), tmp_path / "a.csv")
    with pytest.raises(Forbidden):
        export_audit(db, CLERK, AuditFilter(), tmp_path / "b.xlsx")
    assert not (tmp_path / "b.xlsx").exists()


def test_the_fields_are_named_in_the_users_language_and_the_rest_kept_left_to_right():
    from desktop.labels import field_label

    row = audit_log.AuditRow(1, datetime(2026, 12, 3), "boss", None, "update", "users", 4,
                             "done", {"role": ["clerk", "commander"], "zz_flag": True,
                                      "starts_on": ["2009-01-20", None]})
    lines = row.changes_text(rtl=True, lang="ar").split("\n")
    assert lines[0].startswith("\u200fدور المستخدم: ")  # a user's role, not a duty's
    assert lines[1] == "\u200f\u2066zz_flag\u2069: \u2066True\u2069"  # no label: as stored
    assert lines[2] == "\u200fتاريخ البدء: \u20662009-01-20\u2069 ← \u2066—\u2069"
    english = row.changes_text(lang="en").split("\n")
    assert english[0].startswith("User role: ") and english[1].startswith("zz_flag: ")
    assert field_label("role", "assignments", "ar") == "الواجب"
    assert field_label("kind", "vehicles", "en") == "Vehicle kind"
    assert field_label("kind", None, "en") == "Kind"
    assert field_label("no_such_column", "people", "ar") is None
