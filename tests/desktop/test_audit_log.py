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
    # English: the field named, no isolates in the cell; the Arabic values run right to left
    # there, so the arrow drawn from the old (at the right) to the new points left
    assert body[0][8] == "Name: علي ← علي حسين"
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


BIDI = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def test_the_workbook_has_the_views_text_without_its_direction_marks(db, tmp_path):
    """The view isolates each value and marks each line right to left, so that «2009-01-20»
    or a Latin name reads right beside Arabic; in a cell those marks would keep a filter, a
    search or a pasted value from matching what it shows. The cell holds the same text
    without them, Arabic field labels, Latin names and numbers alike."""
    from desktop.labels import field_label

    changes = {"name": ["علي", "Ali Hussein"], "phone": ["07701234567", None],
               "starts_on": ["2009-01-20", "2009-01-21"], "zz_code": "MS-12",
               "seats": [3, 12]}
    with db.session() as session:
        entry = audit.record(session, Actor(None, "kateb.2", UserRole.CLERK), "update",
                             entity="people", entity_id=41, changes=changes)
        session.flush()
        written = entry.id
    with db.reader() as session:
        (row,) = audit_log.rows(session, ADMIN, [written])
    shown = row.changes_text(rtl=True, lang="ar")
    assert set(shown) & BIDI, "the view still marks its lines for the window"

    output = export_audit(db, COMMANDER, AuditFilter(entity="people"), tmp_path / "a.xlsx",
                          lang="ar")
    sheet = load_workbook(output).active
    assert sheet.sheet_view.rightToLeft
    texts = [cell.value for line in sheet.iter_rows() for cell in line
             if isinstance(cell.value, str)]
    assert texts and all(not set(text) & BIDI for text in texts), [
        t for t in texts if set(t) & BIDI]
    rows = [r for r in sheet.iter_rows(values_only=True) if r and r[0] is not None]
    header = next(i for i, r in enumerate(rows) if r[0] == "القيد")
    assert rows[header] == ("القيد", "الوقت (بالتوقيت العالمي)", "المستخدم", "محطة العمل",
                            "الإجراء", "نوع السجل", "رقم السجل", "النتيجة",
                            "التغييرات (القديم ← الجديد)")
    (body,) = rows[header + 1:]
    assert body[0] == written and body[2] == "kateb.2" and body[6] == 41
    assert body[4] == audit_log.action_label("update", "ar") != "update"
    assert body[5] == audit_log.entity_label("people", "ar")
    # the view's text, letter for letter, without the marks; a line with no right-to-left
    # letter («seats», no Arabic name) is drawn left to right, so its arrow points right
    lines = body[8].split("\n")
    assert lines == [
        f"{field_label('name', 'people', 'ar')}: علي ← Ali Hussein",
        "الهاتف: 07701234567 ← —",
        "تاريخ البدء: 2009-01-20 ← 2009-01-21",
        "zz_code: MS-12",
        "seats: 3 → 12"]
    unmarked = "".join(c for c in shown if c not in BIDI).split("\n")
    assert lines[:4] == unmarked[:4] and lines[4] == unmarked[4].replace("←", "→")
    changed = sheet.cell(sheet.max_row, 9)
    assert changed.value == body[8]
    # every line shown, not the last alone: wrapped from the top, the row five lines tall
    assert changed.alignment.wrap_text and changed.alignment.vertical == "top"
    assert sheet.row_dimensions[sheet.max_row].height >= 5 * 15
    assert not sheet.cell(sheet.max_row, 3).alignment.wrap_text
