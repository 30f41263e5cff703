"""Importing a personnel sheet into the database, on both engines: created, updated and left
alone by service number; the rank found in either script; every reason a row is rejected; one
bad row holding everything back; a dry run; the services' rules and audit."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from desktop import i18n
from desktop.imports import Cancelled
from desktop.imports.personnel import PersonnelOptions, import_personnel
from desktop.models import AuditEntry, OrganisationKind, Person, UserRole
from desktop.services import audit_chain
from desktop.services.accounts import create_user
from desktop.services.actor import SYSTEM, Actor
from desktop.services.errors import DomainError, Forbidden
from desktop.services.organisations import OrganisationInput, create_organisation
from desktop.services.people import PersonInput, add_rank, create_person, update_person
from desktop.services.sites import SectorInput, create_sector
from tests.desktop.factories import row_counts

HEADER = ["الرقم الإحصائي", "الاسم الثلاثي", "الرتبة", "الجهة", "المنصب", "الهاتف"]
TITLES = [["وزارة الداخلية"], ["قيادة شرطة ميسان"], ["قائمة المنتسبين"], []]


def person(number: Any, name: str, rank: Any = "مقدم", unit: Any = "قسم شرطة العمارة",
           position: Any = "ضابط قاطع", phone: Any = "07701234567") -> list[Any]:
    return [number, name, rank, unit, position, phone]


def some_people(count: int = 3) -> list[list[Any]]:
    return [person(f"{i:06d}", f"علي حسين كاظم {i}") for i in range(1, count + 1)]


def workbook(path: Path, rows: Sequence[Sequence[Any]], *, header: Sequence[Any] = HEADER,
             titles: Sequence[Sequence[Any]] = TITLES) -> Path:
    book = Workbook()
    page = book.active
    page.title = "المنتسبون"
    for row in [*titles, header, *rows]:
        page.append(list(row))
    book.save(path)
    return path


FIRST = len(TITLES) + 2  # the row number of the first person


@pytest.fixture
def room(db) -> dict[str, int]:
    with db.session() as session:
        ids = {}
        for seniority, (ar, en) in enumerate(
                [("عميد", "Brigadier"), ("عقيد", "Colonel"), ("مقدم", "Lieutenant Colonel"),
                 ("ملازم أول", "First Lieutenant")], start=1):
            ids[en] = add_rank(session, SYSTEM, ar, seniority, name_en=en).id
        force = create_organisation(session, SYSTEM, OrganisationInput(
            "قيادة شرطة ميسان", OrganisationKind.COMMAND, short_name="ش.ميسان"))
        session.flush()
        for name in ("قسم شرطة العمارة", "قسم شرطة المجر"):
            ids[name] = create_organisation(session, SYSTEM, OrganisationInput(
                name, OrganisationKind.SECTION, parent_id=force.id)).id
        session.flush()
        for parent in ("قسم شرطة العمارة", "قسم شرطة المجر"):  # one name, two units
            create_organisation(session, SYSTEM, OrganisationInput(
                "السرية الأولى", OrganisationKind.DIVISION, parent_id=ids[parent]))
        ids["sector"] = create_sector(session, SYSTEM, SectorInput("قاطع الشمال")).id
        session.flush()
        ids["force"] = force.id
        return ids


def people(db) -> dict[str, tuple]:
    with db.reader() as session:
        rows = session.execute(select(Person.service_number, Person.full_name_ar,
                                      Person.rank_id, Person.organisation_id, Person.phone,
                                      Person.version, Person.staff_qualified, Person.active,
                                      Person.search_key))
        return {row.service_number: tuple(row[1:]) for row in rows}


def run(db, path: Path | str, **options: Any):
    return import_personnel(db, SYSTEM, path, PersonnelOptions(**options))


def test_a_sheet_is_imported_by_the_services(db, room, tmp_path):
    result = run(db, workbook(tmp_path / "p.xlsx", some_people(3)))
    assert (result.created, result.updated, result.unchanged) == (3, 0, 0)
    assert result.written and result.header_row == len(TITLES) + 1 and not result.rejected
    stored = people(db)
    assert set(stored) == {"000001", "000002", "000003"}  # the zeros survive
    name, rank, unit, phone, version, _staff, active, key = stored["000001"]
    assert (name, rank, unit, phone, version, active) == (
        "علي حسين كاظم 1", room["Lieutenant Colonel"], room["قسم شرطة العمارة"],
        "07701234567", 1, True)
    assert "000001" in key and "مقدم" in key  # the services' search key
    with db.reader() as session:
        force = session.scalar(select(Person.force_id).where(Person.service_number == "000001"))
        created = session.scalars(select(AuditEntry).where(AuditEntry.entity == "people",
                                                           AuditEntry.action == "create"))
        assert force == room["force"] and len(list(created)) == 3
        summary = session.scalars(select(AuditEntry).where(AuditEntry.action == "import",
                                                           AuditEntry.entity == "people")).one()
        assert '"created": 3' in summary.changes


def test_the_same_sheet_again_changes_nothing(db, room, tmp_path):
    path = workbook(tmp_path / "p.xlsx", some_people(3))
    run(db, path)
    with db.reader() as session:
        before = row_counts(session)
    again = run(db, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert not again.written
    with db.reader() as session:
        assert row_counts(session) == before  # no audit entry, no version
    assert {v[4] for v in people(db).values()} == {1}


def test_an_edited_sheet_updates_by_service_number(db, room, tmp_path):
    run(db, workbook(tmp_path / "p.xlsx", some_people(3)))
    edited = some_people(3)
    edited[1] = person("000002", "علي حسين كاظم 2", rank="عقيد", unit="قسم شرطة المجر",
                       phone="٠٧٨٠١١١٢٢٢٣")
    result = run(db, workbook(tmp_path / "edited.xlsx", [*edited, person("7", "سعد جاسم")]))
    assert (result.created, result.updated, result.unchanged) == (1, 1, 2)
    stored = people(db)
    _name, rank, unit, phone, version, *_ = stored["000002"]
    assert (rank, unit, phone) == (room["Colonel"], room["قسم شرطة المجر"], "07801112223")
    assert version > 1 and stored["000001"][4] == 1  # the one edited, and only it


def test_an_empty_cell_keeps_what_is_stored(db, room, tmp_path):
    run(db, workbook(tmp_path / "p.xlsx", some_people(1)))
    result = run(db, workbook(tmp_path / "q.xlsx", [person("000001", "علي حسين كاظم 1",
                                                            rank=None, phone=None)]))
    assert result.unchanged == 1
    assert people(db)["000001"][1] == room["Lieutenant Colonel"]


@pytest.mark.parametrize(("written", "rank", "staff"), [
    ("Lieutenant Colonel", "Lieutenant Colonel", False),
    ("first lieutenant", "First Lieutenant", False),
    ("الملازم الأول", "First Lieutenant", False),
    ("عميـد ركن", "Brigadier", True),
    ("العميد الركن", "Brigadier", True),
    ("عقيد", "Colonel", False),
])
def test_the_rank_is_found_in_either_script(db, room, tmp_path, written, rank, staff):
    result = run(db, workbook(tmp_path / "p.xlsx", [person("5", "حسن علي", rank=written)]))
    assert result.created == 1, result.as_json()
    _name, rank_id, _unit, _phone, _version, staff_qualified, *_ = people(db)["5"]
    assert (rank_id, staff_qualified) == (room[rank], staff)


def every_kind_of_bad_row() -> tuple[list[str], list[list[Any]]]:
    """A sheet (header with a home sector and an active column) holding a row for every
    reason a person's row is rejected, and two good rows."""
    header = [*HEADER, "القاطع", "الحالة", "الاسم باللاتينية"]

    def row(number: Any, name: Any, sector: Any = None, active: Any = None, latin: Any = None,
            **given: Any) -> list[Any]:
        return [*person(number, name, **given), sector, active, latin]

    rows = [
        row("1", "أحمد", rank="فريق ركن أول"),  # no such rank
        row("2", "باسم", unit="قسم شرطة الكحلاء"),  # no such organisation
        row("3", "جاسم", unit="السرية الأولى"),  # two units of that name
        row("4", ""),  # no name
        row(None, "داود"),  # no service number
        row("6", "هادي"), row("٦", "هاني"),  # one number twice
        row("8", "وليد", phone="not a phone"),  # not a phone
        row("9", "وليد", phone="12"),  # too short to be one
        row(True, "زيد"),  # a flag is no number
        row(12.5, "زيد"),  # a number with a fraction is no service number
        row("11", "سالم", sector="قاطع الجنوب"),  # no such sector
        row("12", "سامي", active="ربما"),  # neither yes nor no
        row("13", "س" * 301),  # a name too long
        row("14", "سعيد", position="م" * 301),  # a position too long
        row("15", "سعيد", latin="L" * 301),  # a Latin name too long
        row("16", "سعيد", phone="0" * 41),  # a phone too long
        row("1" * 41, "سعيد"),  # a service number too long
        row("18", "سعيد", rank="رتبة", unit="قسم غير موجود"),  # two reasons, both said
        row("19", "رعد", sector="قاطع الشمال", active="نعم"),  # good
        row("20", "رياض", phone="+964 770 123 4567"),  # good
    ]
    return header, rows


def test_each_reason_a_row_is_rejected(db, room, tmp_path):
    header, rows = every_kind_of_bad_row()
    result = run(db, workbook(tmp_path / "p.xlsx", rows, header=header), skip_invalid=True)
    reasons = {r.row - FIRST: r.reason("en") for r in result.rejected}
    assert "«فريق ركن أول» is not in the rank list" in reasons[0]
    assert "«قسم شرطة الكحلاء» is not in the organisation tree" in reasons[1]
    assert "More than one organisation is named «السرية الأولى»" in reasons[2]
    assert "قسم شرطة العمارة" in reasons[2] and "قسم شرطة المجر" in reasons[2]
    assert reasons[3] == "Full name is required."
    assert reasons[4] == "Service number is required."
    assert "The service number 6 is on rows" in reasons[5] and reasons[5] == reasons[6]
    assert "not a phone is not a phone number" in reasons[7]
    assert reasons[8] == "12 is not a phone number."
    assert "Service number must be a code" in reasons[9]
    assert "stored as a number with a fraction" in reasons[10]
    assert "«قاطع الجنوب» is not one of the room's sectors" in reasons[11]
    assert "Active must be yes or no" in reasons[12]
    assert "Full name is too long: 301 characters" in reasons[13]
    assert "Position is too long: 301" in reasons[14]
    assert "Latin name is too long: 301" in reasons[15]
    assert "Phone is too long: 41" in reasons[16]
    assert "Service number is too long" in reasons[17]
    assert "rank list" in reasons[18] and "organisation tree" in reasons[18]
    assert len(result.rejected) == len(rows) - 2 and result.created == 2
    assert all(r.cells for r in result.rejected)  # each with its cells, for the sheet back
    assert set(people(db)) == {"19", "20"}
    assert people(db)["20"][3] == "+964 770 123 4567"


def test_a_home_sector_must_be_one_of_the_rooms(db, room, tmp_path):
    header = [*HEADER, "القاطع", "الحالة"]
    rows = [[*person("1", "أحمد"), "قاطع الشمال", "نعم"],
            [*person("2", "باسم"), "قاطع الجنوب", "لا"],
            [*person("3", "جاسم"), None, "ربما"]]
    result = run(db, workbook(tmp_path / "p.xlsx", rows, header=header), skip_invalid=True)
    assert result.created == 1 and [r.row - FIRST for r in result.rejected] == [1, 2]
    assert "قاطع الجنوب" in result.rejected[0].reason("en")
    assert "Active must be yes or no" in result.rejected[1].reason("en")
    with db.reader() as session:
        stored = session.scalars(select(Person)).one()
        assert stored.home_sector_id == room["sector"] and stored.active is True


def test_one_bad_row_means_nothing_is_written(db, room, tmp_path):
    with db.reader() as session:
        before = row_counts(session)
    result = run(db, workbook(tmp_path / "p.xlsx", [*some_people(3), person("9", "")]))
    assert result.held_back and not result.written and result.created == 3
    with db.reader() as session:
        assert row_counts(session) == before


def test_a_row_only_the_services_refuse_holds_back_the_others(db, room, tmp_path):
    result = run(db, workbook(tmp_path / "p.xlsx", [*some_people(2),
                                                     person("9", "هادي", phone="x")]))
    assert result.held_back and not result.written
    assert (result.created, len(result.rejected)) == (2, 1)
    assert people(db) == {}
    rows = [person("8", "علي", phone="y"), *some_people(2), person("9", "هادي", phone="x")]
    skipped = run(db, workbook(tmp_path / "p.xlsx", rows), skip_invalid=True)
    assert skipped.written and skipped.created == 2 and set(people(db)) == {"000001",
                                                                            "000002"}
    assert [r.row - FIRST for r in skipped.rejected] == [0, 3]
    assert all("is not a phone number" in r.reason("en") for r in skipped.rejected)


def test_the_unit_of_work_sends_one_change_notice(db, room, tmp_path):
    heard = []
    db.changes.subscribe(heard.append)
    run(db, workbook(tmp_path / "p.xlsx", some_people(3)))
    (notice,) = heard
    assert "people" in set(notice.kinds) and notice.user == "system"


def test_a_dry_run_writes_nothing(db, room, tmp_path):
    with db.reader() as session:
        before = row_counts(session)
    result = run(db, workbook(tmp_path / "p.xlsx", some_people(3)), dry_run=True)
    assert result.created == 3 and not result.written
    with db.reader() as session:
        assert row_counts(session) == before


def test_a_number_stored_as_a_number_finds_its_zeros(db, room, tmp_path):
    run(db, workbook(tmp_path / "p.xlsx", [person("00042", "كريم")]))
    result = run(db, workbook(tmp_path / "q.xlsx", [person(42, "كريم عباس")]))
    assert (result.updated, result.zeros_restored) == (1, 1)
    assert set(people(db)) == {"00042"}


def test_a_number_held_in_two_forces_is_told_apart_by_the_organisation(db, room, tmp_path):
    with db.session() as session:
        other = create_organisation(session, SYSTEM, OrganisationInput(
            "قيادة شرطة البصرة", OrganisationKind.COMMAND))
        session.flush()
        create_person(session, SYSTEM, PersonInput("ناصر", service_number="77",
                                                   organisation_id=other.id))
        create_person(session, SYSTEM, PersonInput("منصور", service_number="77",
                                                   organisation_id=room["قسم شرطة العمارة"]))
    result = run(db, workbook(tmp_path / "p.xlsx", [person("77", "منصور كاظم")]))
    assert result.updated == 1
    with db.reader() as session:
        names = set(session.scalars(select(Person.full_name_ar)))
    assert names == {"ناصر", "منصور كاظم"}
    ambiguous = run(db, workbook(tmp_path / "q.xlsx", [person("77", "منصور", unit=None)]),
                    skip_invalid=True)
    assert "held by more than one person" in ambiguous.rejected[0].reason("en")


def test_english_headers_are_recognised(db, room, tmp_path):
    header = ["Service Number", "Full Name", "Rank", "Unit", "Position", "Phone"]
    result = run(db, workbook(tmp_path / "en.xlsx", [person("15", "Hassan Ali",
                                                             rank="Colonel")],
                              header=header, titles=[]))
    assert result.created == 1 and result.header_row == 1


def test_a_clerk_and_a_staff_officer_may_import_and_a_viewer_may_not(db, room, tmp_path):
    path = workbook(tmp_path / "p.xlsx", some_people(1))
    with db.session() as session:
        viewer = create_user(session, SYSTEM, "viewer1", "pass-word-1", UserRole.VIEWER)
        staff = create_user(session, SYSTEM, "staff1", "pass-word-1", UserRole.STAFF_OFFICER)
        session.flush()
        as_viewer = Actor(viewer.id, viewer.username, viewer.role)
        as_staff = Actor(staff.id, staff.username, staff.role)
    with pytest.raises(Forbidden):
        import_personnel(db, as_viewer, path)
    assert people(db) == {}
    assert import_personnel(db, as_staff, path).created == 1


@pytest.mark.parametrize("stage", ["Checking the rows", "Writing the people"])
def test_a_cancelled_import_writes_nothing(db, room, tmp_path, stage):
    i18n.set_language("en")
    seen: list[str] = []

    def progress(done: int, total: int, label: str) -> None:
        seen.append(label)

    with pytest.raises(Cancelled):
        import_personnel(db, SYSTEM, workbook(tmp_path / "p.xlsx", some_people(3)),
                         progress=progress, cancelled=lambda: stage in seen)
    assert people(db) == {}


def test_a_file_that_is_not_a_workbook_is_refused_in_words(db, room, tmp_path):
    (tmp_path / "p.xlsx").write_bytes(b"<html><body>not a workbook</body></html>")
    with pytest.raises(DomainError) as refused:
        run(db, tmp_path / "p.xlsx")
    assert "p.xlsx" in refused.value.message("en")


def test_a_sheet_without_the_personnel_headers_names_them(db, room, tmp_path):
    with pytest.raises(DomainError) as refused:
        run(db, workbook(tmp_path / "p.xlsx", [["x", "y"]], header=["رقم المركز", "المدرسة"]))
    assert "الرقم الإحصائي" in refused.value.message("en")


def test_an_import_that_writes_is_preceded_by_a_backup(db, room, tmp_path):
    """As the centres import: a point to come back to, should the sheet prove wrong; a dry
    run takes none."""
    from desktop.storage import backups

    if db.file is None:
        pytest.skip("automatic backups are taken of an SQLite file; a server has pg_dump")
    sheet = workbook(tmp_path / "people.xlsx", some_people(2))
    import_personnel(db, SYSTEM, sheet, PersonnelOptions(dry_run=True))
    assert backups.listing(db) == []
    import_personnel(db, SYSTEM, sheet)
    assert [b.reason for b in backups.listing(db)] == ["import"]
    assert len(people(db)) == 2


def rejections(result) -> list[tuple[int, str]]:
    return [(r.row, r.reason("en")) for r in result.rejected]


def test_a_dry_run_rejects_the_rows_a_real_run_does_for_the_same_reasons(db, room, tmp_path):
    header, rows = every_kind_of_bad_row()
    path = workbook(tmp_path / "bad.xlsx", rows, header=header)
    dry = run(db, path, dry_run=True)
    dry_skipping = run(db, path, dry_run=True, skip_invalid=True)
    held_back = run(db, path)
    assert people(db) == {}  # one bad row: nothing written
    real = run(db, path, skip_invalid=True)
    assert rejections(dry) == rejections(dry_skipping) == rejections(held_back)
    assert rejections(dry) == rejections(real)
    assert [row - FIRST for row, _reason in rejections(real)] == list(range(len(rows) - 2))
    assert (dry.created, real.created, held_back.written, real.written) == (2, 2, False, True)
    assert set(people(db)) == {"19", "20"}


def test_each_person_written_bumps_one_version_and_reads_as_the_services(db, room, tmp_path):
    run(db, workbook(tmp_path / "p.xlsx", some_people(3)))
    edited = some_people(3)
    edited[0] = person("000001", "علي حسين كاظم الموسوي", rank="عقيد", phone="07801112223")
    result = run(db, workbook(tmp_path / "e.xlsx", edited))
    assert (result.created, result.updated, result.unchanged) == (0, 1, 2)
    versions = {number: values[4] for number, values in people(db).items()}
    assert versions == {"000001": 2, "000002": 1, "000003": 1}
    with db.session() as session:  # the one-by-one service, for the same person's twin
        create_person(session, SYSTEM, PersonInput(
            "علي حسين كاظم 3", rank_id=room["Lieutenant Colonel"], position_title="ضابط قاطع",
            service_number="900003", organisation_id=room["قسم شرطة العمارة"],
            phone="07701234567"))
    with db.reader() as session:
        entries = {(e.action, e.entity_id): json.loads(e.changes)
                   for e in session.scalars(select(AuditEntry)
                                            .where(AuditEntry.entity == "people"))}
        ids = dict(session.execute(select(Person.service_number, Person.id)
                                   .where(Person.force_id == room["force"])).all())
    imported, by_service = entries[("create", ids["000003"])], entries[("create", max(
        id_ for _action, id_ in entries if id_ is not None))]
    assert list(imported) == list(by_service)  # the same columns, in the same order
    assert imported.pop("service_number") == [None, "000003"]
    assert by_service.pop("service_number") == [None, "900003"]
    assert imported == by_service
    assert entries[("update", ids["000001"])] == {
        "full_name_ar": ["علي حسين كاظم 1", "علي حسين كاظم الموسوي"],
        "rank_id": [room["Lieutenant Colonel"], room["Colonel"]],
        "phone": ["07701234567", "07801112223"]}
    with db.reader() as session:
        key = session.scalar(select(Person.search_key).where(Person.id == ids["000001"]))
    assert "الموسوي" in key and "عقيد" in key  # the search key follows the edit


def test_update_person_bumps_one_version_and_records_the_fields_changed(db, room):
    with db.session() as session:
        created = create_person(session, SYSTEM, PersonInput("كريم", service_number="50",
                                                             phone="07701234567"))
        session.flush()
        person_id = created.id
    with db.session() as session:
        update_person(session, SYSTEM, person_id, PersonInput(
            "كريم جاسم", service_number="50", phone="07701234568",
            organisation_id=room["قسم شرطة العمارة"]), 1)
    with db.reader() as session:
        assert session.get(Person, person_id).version == 2
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "update",
                                                         AuditEntry.entity_id == person_id)
                                ).one()
    assert json.loads(entry.changes) == {
        "full_name_ar": ["كريم", "كريم جاسم"],
        "organisation_id": [None, room["قسم شرطة العمارة"]],
        "force_id": [None, room["force"]], "phone": ["07701234567", "07701234568"]}


def test_the_same_sheet_again_sends_no_notice_and_no_entry(db, room, tmp_path):
    path = workbook(tmp_path / "p.xlsx", some_people(4))
    run(db, path)
    heard = []
    db.changes.subscribe(heard.append)
    with db.reader() as session:
        entries = session.scalar(select(func.count()).select_from(AuditEntry))
    again = run(db, path)
    assert (again.unchanged, again.written) == (4, False)
    assert heard == []
    with db.reader() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == entries


def test_the_audit_chain_holds_after_imports(db, room, tmp_path):
    run(db, workbook(tmp_path / "p.xlsx", some_people(5)))
    edited = [*some_people(5), person("77", "منصور")]
    edited[2] = person("000003", "علي حسين كاظم 3", phone="07809990000")
    run(db, workbook(tmp_path / "e.xlsx", edited))
    run(db, workbook(tmp_path / "e.xlsx", edited))
    with db.reader() as session:
        assert audit_chain.verify(session) is None
        actions = list(session.scalars(select(AuditEntry.action)
                                       .where(AuditEntry.entity == "people")
                                       .order_by(AuditEntry.id)))
    assert actions == ["create"] * 5 + ["import", "update", "create", "import"]


def test_a_person_edited_meanwhile_is_a_rejected_row(db, room, tmp_path, monkeypatch):
    """Between the plan and the write another workstation edits a person (here: the plan is
    told an older version): the row is refused as stale, the rest held back or written."""
    from desktop.imports import personnel

    run(db, workbook(tmp_path / "p.xlsx", some_people(2)))
    planned = personnel.make_plan

    def older(session, rows, **kwargs):
        plan = planned(session, rows, **kwargs)
        plan.changes = [replace(c, version=0) if c.number == "000001" else c
                        for c in plan.changes]
        return plan

    monkeypatch.setattr(personnel, "make_plan", older)
    edited = [person("000001", "علي 1"), person("000002", "علي 2"), person("3", "جديد")]
    path = workbook(tmp_path / "e.xlsx", edited)
    held = run(db, path)
    assert not held.written and [r.row - FIRST for r in held.rejected] == [0]
    assert "changed by someone else" in held.rejected[0].reason("en")
    assert set(people(db)) == {"000001", "000002"}
    skipped = run(db, path, skip_invalid=True)
    assert skipped.written and (skipped.created, skipped.updated) == (1, 1)
    assert people(db)["000001"][0] == "علي حسين كاظم 1" and people(db)["000002"][0] == "علي 2"
