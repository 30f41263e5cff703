"""Importing a centres sheet into the database, on both engines: what is created, updated and
left alone; one bad row holding everything back; the areas made once; the audit and the change
notice of the one unit of work."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from desktop import i18n
from desktop.imports import Cancelled, ImportOptions, import_centres
from desktop.models import (
    AdministrativeArea,
    AreaLevel,
    AuditEntry,
    Centre,
    CentreKind,
    Election,
    ElectionCentre,
    RiskLevel,
    UserRole,
)
from desktop.services.accounts import create_user
from desktop.services.actor import SYSTEM, Actor
from desktop.services.elections import ElectionInput, create_election
from desktop.services.errors import DomainError, Forbidden
from desktop.services.sites import CentreInput, SectorInput, create_centre, create_sector
from tests.desktop.factories import row_counts
from tests.desktop.import_sheets import HEADER, centre, csv_bytes, some_centres, workbook


@pytest.fixture
def election(db) -> int:
    with db.session() as session:
        older = create_election(session, SYSTEM, ElectionInput(
            "انتخابات مجالس المحافظات", "provincial_councils", date(2023, 12, 18)))
        latest = create_election(session, SYSTEM, ElectionInput(
            "انتخابات مجلس النواب", "parliamentary", date(2025, 11, 11)))
        session.flush()
        assert older.id != latest.id
        return latest.id


def centres(db) -> dict[str, tuple]:
    with db.reader() as session:
        rows = session.execute(select(Centre.code, Centre.name, Centre.version, Centre.area_id,
                                      Centre.kind, Centre.latitude))
        return {row.code: tuple(row)[1:] for row in rows}


def facts(db, election_id: int) -> dict[str, tuple]:
    with db.reader() as session:
        rows = session.execute(
            select(Centre.code, ElectionCentre.risk, ElectionCentre.stations,
                   ElectionCentre.voters, ElectionCentre.version)
            .join(Centre, Centre.id == ElectionCentre.centre_id)
            .where(ElectionCentre.election_id == election_id))
        return {row.code: tuple(row)[1:] for row in rows}


def counts(db) -> dict[str, int]:
    with db.reader() as session:
        return row_counts(session)


def _audit(db) -> list[tuple]:
    with db.reader() as session:
        return session.execute(select(AuditEntry.id, AuditEntry.action, AuditEntry.entity)
                               .order_by(AuditEntry.id)).all()


def test_a_sheet_is_imported_into_the_current_election(db, election, tmp_path):
    path = workbook(tmp_path / "maysan.xlsx", [
        centre("٠٠١٠١", "مدرسـة الرسالة", stations="٥", voters="٣٬٢٠٠", latitude="٣١٫٨٤",
               longitude="٤٧٫١٥", risk="عالية"),
        centre("00102", "مدرسة النور", district="الكحلاء", risk="منخفض", kind="تسجيل"),
    ])
    result = import_centres(db, SYSTEM, path)
    assert (result.created, result.updated, result.unchanged, result.rejected) == (2, 0, 0, ())
    assert result.written and result.election.id == election and result.areas_created == 3
    stored = centres(db)
    assert stored["00101"][:2] == ("مدرسة الرسالة", 1)
    assert stored["00102"][3] is CentreKind.REGISTRATION and stored["00101"][4] == 31.84
    assert facts(db, election) == {"00101": (RiskLevel.HIGH, 5, 3200, 1),
                                   "00102": (RiskLevel.LOW, 4, 2500, 1)}


def test_the_same_sheet_again_changes_nothing(db, election, tmp_path):
    path = workbook(tmp_path / "s.xlsx", some_centres(5))
    import_centres(db, SYSTEM, path)
    before, audit_before = counts(db), _audit(db)
    stored_before = centres(db)
    heard = []
    db.changes.subscribe(heard.append)
    again = import_centres(db, SYSTEM, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 5)
    assert not again.written
    assert counts(db) == before and _audit(db) == audit_before
    assert centres(db) == stored_before  # no version bumped
    assert heard == []


def test_an_edited_sheet_updates_by_code(db, election, tmp_path):
    rows = some_centres(3)
    import_centres(db, SYSTEM, workbook(tmp_path / "a.xlsx", rows))
    rows[0][1] = "مدرسة الرسالة الجديدة"  # name of 00001
    rows[1][9] = "حرج"  # risk of 00002
    rows.append(centre("00004", "مدرسة رابعة"))
    result = import_centres(db, SYSTEM, workbook(tmp_path / "b.xlsx", rows))
    assert (result.created, result.updated, result.unchanged) == (1, 2, 1)
    stored = centres(db)
    assert stored["00001"][:2] == ("مدرسة الرسالة الجديدة", 2)
    assert stored["00002"][1] == 1 and stored["00003"][1] == 1
    assert facts(db, election)["00002"] == (RiskLevel.CRITICAL, 4, 2500, 2)
    with db.reader() as session:
        entry = session.scalar(select(AuditEntry).where(
            AuditEntry.entity == "centres", AuditEntry.action == "update"))
    assert json.loads(entry.changes) == {"name": ["مدرسة رقم 1", "مدرسة الرسالة الجديدة"]}


def test_an_empty_cell_keeps_what_is_stored(db, election, tmp_path):
    import_centres(db, SYSTEM, workbook(tmp_path / "a.xlsx", some_centres(1)))
    row = centre("00001", "مدرسة رقم 1", latitude=None, longitude=None, stations=None)
    result = import_centres(db, SYSTEM, workbook(tmp_path / "b.xlsx", [row]))
    assert result.unchanged == 1
    assert centres(db)["00001"][4] == 31.84 and facts(db, election)["00001"][1] == 4


def test_a_sheet_that_stops_above_a_centres_place_keeps_it(db, election, tmp_path):
    """A centre placed in its sub-district stays there when a later sheet gives only its
    governorate and district (a sub-district left empty, or no such column): the sheet says
    nothing of that level. A sheet naming another district or sub-district still moves it."""
    import_centres(db, SYSTEM, workbook(tmp_path / "a.xlsx", [
        centre("00001", "مدرسة", subdistrict="المشرح"),
        centre("00002", "مدرسة ثانية", subdistrict="المشرح")]))
    placed = centres(db)["00001"][2]
    header = [h for h in HEADER if h != "الناحية"]
    no_column = [[cell for index, cell in enumerate(row) if index != HEADER.index("الناحية")]
                 for row in [centre("00001", "مدرسة"), centre("00002", "مدرسة ثانية")]]
    again = import_centres(db, SYSTEM, workbook(tmp_path / "b.xlsx", no_column, header=header))
    assert (again.updated, again.unchanged) == (0, 2)
    left_empty = import_centres(db, SYSTEM, workbook(tmp_path / "c.xlsx", [
        centre("00001", "مدرسة", subdistrict=None), centre("00002", "مدرسة ثانية")]))
    assert (left_empty.updated, left_empty.unchanged) == (0, 2)
    assert centres(db)["00001"][2] == placed
    moved = import_centres(db, SYSTEM, workbook(tmp_path / "d.xlsx", [
        centre("00001", "مدرسة", district="الكحلاء"),
        centre("00002", "مدرسة ثانية", subdistrict="كميت")]))
    assert moved.updated == 2
    with db.reader() as session:
        names = dict(session.execute(select(AdministrativeArea.id,
                                            AdministrativeArea.name_ar)).tuples().all())
    stored = centres(db)
    assert names[stored["00001"][2]] == "الكحلاء" and names[stored["00002"][2]] == "كميت"


def test_one_bad_row_means_nothing_is_written(db, election, tmp_path):
    before = counts(db)
    rows = [*some_centres(3), centre("00009", "", latitude=200)]
    result = import_centres(db, SYSTEM, workbook(tmp_path / "bad.xlsx", rows))
    assert result.held_back and not result.written
    assert (result.created, [r.row for r in result.rejected]) == (3, [9])
    assert counts(db) == before


def test_skip_invalid_writes_the_good_rows(db, election, tmp_path):
    rows = [*some_centres(3), centre("00009", "", latitude=200)]
    result = import_centres(db, SYSTEM, workbook(tmp_path / "bad.xlsx", rows),
                            ImportOptions(skip_invalid=True))
    assert result.written and not result.held_back and result.created == 3
    assert set(centres(db)) == {"00001", "00002", "00003"}
    with db.reader() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "import"))
    assert json.loads(entry.changes) == {
        "file": "bad.xlsx", "sheet": "المراكز", "election_id": election, "created": 3,
        "updated": 0, "unchanged": 0, "rejected": 1, "areas_created": 2}


def test_a_dry_run_writes_nothing(db, election, tmp_path):
    before = counts(db)
    result = import_centres(db, SYSTEM, workbook(tmp_path / "s.xlsx", some_centres(4)),
                            ImportOptions(dry_run=True))
    assert (result.created, result.areas_created, result.written) == (4, 2, False)
    assert counts(db) == before


def test_areas_are_created_once_under_their_parents(db, election, tmp_path):
    with db.session() as session:
        create_centre(session, SYSTEM, CentreInput("X-1", "قائم"))
    rows = [centre(f"{i}", f"م {i}", district=district, subdistrict=sub)
            for i, (district, sub) in enumerate([
                ("العمارة", "المشرح"), ("العماره", "المشرح"), ("الكحلاء", None),
                ("العمارة", None), ("الكحلاء", "المشرح")])]
    rows.append(centre("9", "م 9", governorate="ذي قار", district="العمارة"))
    import_centres(db, SYSTEM, workbook(tmp_path / "a.xlsx", rows))
    again = import_centres(db, SYSTEM, workbook(tmp_path / "b.xlsx", rows))
    assert again.unchanged == 6 and again.areas_created == 0
    with db.reader() as session:
        areas = session.execute(select(AdministrativeArea.id, AdministrativeArea.parent_id,
                                       AdministrativeArea.level, AdministrativeArea.name_ar))
        by_id = {row.id: row for row in areas}
    paths = sorted(tuple(_path(by_id, id_)) for id_ in by_id)
    assert paths == sorted([
        ("ميسان",), ("ميسان", "العمارة"), ("ميسان", "العمارة", "المشرح"),
        ("ميسان", "الكحلاء"), ("ميسان", "الكحلاء", "المشرح"), ("ذي قار",),
        ("ذي قار", "العمارة")])
    assert {row.level for row in by_id.values() if row.parent_id is None} == {
        AreaLevel.GOVERNORATE}


def _path(by_id, id_):
    names = []
    while id_ is not None:
        names.insert(0, by_id[id_].name_ar)
        id_ = by_id[id_].parent_id
    return names


def test_a_district_without_its_governorate_is_found_or_refused(db, election, tmp_path):
    import_centres(db, SYSTEM, workbook(tmp_path / "a.xlsx", some_centres(1)))
    rows = [centre("2", "م", governorate=None, district="العمارة"),
            centre("3", "م", governorate=None, district="قلعة صالح")]
    result = import_centres(db, SYSTEM, workbook(tmp_path / "b.xlsx", rows),
                            ImportOptions(skip_invalid=True))
    assert result.created == 1
    assert "give its Governorate" in result.rejected[0].reason("en")


def test_a_sector_must_be_one_of_the_rooms(db, election, tmp_path):
    with db.session() as session:
        create_sector(session, SYSTEM, SectorInput("قاطع شرطة العمارة"))
    header = [*HEADER, "القاطع"]
    rows = [[*centre("1", "م"), "قاطع شرطة العماره"], [*centre("2", "م"), "قاطع مجهول"]]
    result = import_centres(db, SYSTEM, workbook(tmp_path / "s.xlsx", rows, header=header),
                            ImportOptions(skip_invalid=True))
    assert result.created == 1
    assert result.rejected[0].row == 7
    assert "«قاطع مجهول» is not one of the room's sectors" in result.rejected[0].reason("en")
    assert result.rejected[0].cells[-1] == "قاطع مجهول"


def test_a_code_the_workbook_stored_as_a_number_finds_its_zeros(db, election, tmp_path):
    import_centres(db, SYSTEM, workbook(tmp_path / "a.xlsx", [centre("00123", "مدرسة")]))
    result = import_centres(db, SYSTEM, workbook(tmp_path / "b.xlsx", [
        centre(123, "مدرسة"), centre(456, "مدرسة جديدة")]))
    assert (result.created, result.unchanged) == (1, 1)
    assert (result.codes_from_numbers, result.zeros_restored) == (2, 1)
    assert set(centres(db)) == {"00123", "456"}


def test_another_election_gets_its_own_facts(db, election, tmp_path):
    path = workbook(tmp_path / "s.xlsx", some_centres(2))
    import_centres(db, SYSTEM, path)
    with db.reader() as session:
        older = session.scalar(select(Election.id).where(Election.id != election))
    result = import_centres(db, SYSTEM, path, ImportOptions(election="انتخابات مجالس المحافظات"))
    assert (result.created, result.updated, result.election.id) == (0, 2, older)
    assert set(facts(db, older)) == {"00001", "00002"}
    assert facts(db, election)["00001"][3] == 1


def test_no_election_is_a_clear_refusal(db, tmp_path):
    with pytest.raises(DomainError) as caught:
        import_centres(db, SYSTEM, workbook(tmp_path / "s.xlsx", some_centres(1)))
    assert "No election is recorded yet" in caught.value.message("en")


def test_an_unknown_election_names_the_ones_there_are(db, election, tmp_path):
    with pytest.raises(DomainError) as caught:
        import_centres(db, SYSTEM, workbook(tmp_path / "s.xlsx", some_centres(1)),
                       ImportOptions(election="999"))
    assert "انتخابات مجلس النواب" in caught.value.message("en")


def test_a_viewer_may_not_import(db, election, tmp_path):
    with db.session() as session:
        user = create_user(session, SYSTEM, "viewer", "Viewer", UserRole.VIEWER)
        session.flush()
        viewer = Actor(user.id, user.username, user.role)
    before = counts(db)
    with pytest.raises(Forbidden):
        import_centres(db, viewer, workbook(tmp_path / "s.xlsx", some_centres(1)))
    assert counts(db) == before


@pytest.mark.parametrize("stage", ["Checking the rows", "Writing the centres"])
def test_a_cancelled_import_writes_nothing(db, election, tmp_path, stage):
    i18n.set_language("en")  # the stages are matched by their English labels
    before = counts(db)
    seen: list[tuple[int, str]] = []

    def cancelled() -> bool:  # some way into the stage: the areas are written by then
        return sum(label == stage for _done, label in seen) > 2

    with pytest.raises(Cancelled):
        import_centres(db, SYSTEM, workbook(tmp_path / "s.xlsx", some_centres(3)),
                       progress=lambda done, total, label: seen.append((done, label)),
                       cancelled=cancelled)
    assert counts(db) == before and seen[-1][1] == stage


def test_progress_runs_to_its_end(db, election, tmp_path):
    seen = []
    import_centres(db, SYSTEM, workbook(tmp_path / "s.xlsx", some_centres(3)),
                   progress=lambda done, total, label: seen.append((done, total)))
    assert seen[0][0] == 0 and seen[-1][0] <= seen[-1][1]
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_the_unit_of_work_sends_one_change_notice(db, election, tmp_path):
    heard = []
    db.changes.subscribe(heard.append)
    import_centres(db, SYSTEM, workbook(tmp_path / "s.xlsx", some_centres(3)))
    (notice,) = heard
    assert {"centres", "election_centres", "areas"} <= set(notice.kinds)
    assert notice.user == "system"


def test_every_created_record_has_its_audit_entry(db, election, tmp_path):
    import_centres(db, SYSTEM, workbook(tmp_path / "s.xlsx", some_centres(3)))
    with db.reader() as session:
        entries = session.execute(select(AuditEntry.entity, AuditEntry.action,
                                         AuditEntry.entity_id, AuditEntry.changes)).all()
        ids = set(session.scalars(select(Centre.id)))
    created = [e for e in entries if e.entity == "centres" and e.action == "create"]
    assert {e.entity_id for e in created} == ids
    assert json.loads(created[0].changes)["code"][0] is None
    assert sum(e.entity == "election_centres" for e in entries) == 3
    assert sum(e.entity == "areas" for e in entries) == 2
    assert sum(e.action == "import" for e in entries) == 1


def test_a_csv_file_imports_like_a_workbook(db, election, tmp_path):
    (tmp_path / "s.csv").write_bytes(csv_bytes(some_centres(2), delimiter=";",
                                               encoding="cp1256"))
    result = import_centres(db, SYSTEM, tmp_path / "s.csv")
    assert result.created == 2 and result.sheet is None
    assert centres(db)["00002"][0] == "مدرسة رقم 2"


TOTALS = ["", "المجموع الكلي", "", "", "", 8, "5,000", "", "", "", ""]


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_a_totals_row_at_the_foot_is_left_out_not_rejected(db, election, tmp_path, kind):
    """A clean sheet that ends on its totals imports without --skip-invalid; the totals row
    is named in the result, and a centre whose name is the totals word is still a centre."""
    rows = [*some_centres(2), centre("00003", "المجموع"), TOTALS]
    if kind == "xlsx":
        path = workbook(tmp_path / "s.xlsx", rows)
        foot = 9  # four title rows, the header on row 5
    else:
        path = tmp_path / "s.csv"
        path.write_bytes(csv_bytes(rows, delimiter=";"))
        foot = 5  # the header on row 1
    result = import_centres(db, SYSTEM, path)
    assert result.rejected == () and result.written and result.created == 3
    assert result.totals_rows == (foot,) and result.blank_rows == 0
    assert result.as_json("en")["totals_rows"] == [foot]
    assert set(centres(db)) == {"00001", "00002", "00003"}
    assert centres(db)["00003"][0] == "المجموع"


def test_a_totals_word_above_the_last_centre_is_still_rejected(db, election, tmp_path):
    before = counts(db)
    result = import_centres(db, SYSTEM, workbook(tmp_path / "s.xlsx", [
        *some_centres(1), TOTALS, centre("00002", "مدرسة")]))
    assert result.held_back and result.totals_rows == ()
    assert [(r.row, r.reason("en")) for r in result.rejected] == [
        (7, "Commission code is required.")]
    assert counts(db) == before


def test_coordinates_with_a_decimal_comma_are_stored_and_bad_ones_refused(db, election,
                                                                          tmp_path):
    path = tmp_path / "s.csv"
    path.write_bytes(csv_bytes([centre("00001", "أ", latitude="31,8405", longitude="47,1502"),
                                centre("00002", "ب", latitude="31,840,5", longitude="47,15")],
                               delimiter=";"))
    result = import_centres(db, SYSTEM, path, ImportOptions(skip_invalid=True))
    assert [(r.row, r.reason("en")) for r in result.rejected] == [
        (3, "Latitude must be a number, not 31,840,5.")]
    assert "خط العرض" in result.rejected[0].reason("ar")
    with db.reader() as session:
        stored = session.execute(select(Centre.code, Centre.latitude, Centre.longitude)).all()
    assert [tuple(row) for row in stored] == [("00001", 31.8405, 47.1502)]


def test_swapped_coordinates_are_written_as_given_with_a_warning(db, election, tmp_path):
    rows = [centre("00001", "أ"), centre("00002", "ب", latitude=47.15, longitude=31.84),
            centre("00003", "", latitude=47.15, longitude=31.84)]  # rejected: no warning
    result = import_centres(db, SYSTEM, workbook(tmp_path / "s.xlsx", rows),
                            ImportOptions(skip_invalid=True))
    assert result.created == 2 and [r.row for r in result.rejected] == [8]
    (warning,) = result.warnings
    assert warning.row == 7 and "look swapped" in warning.message("en")
    assert result.as_json("en")["warnings"] == [{"row": 7, "warning": warning.message("en")}]
    with db.reader() as session:
        stored = session.execute(select(Centre.latitude, Centre.longitude)
                                 .where(Centre.code == "00002")).one()
    assert tuple(stored) == (47.15, 31.84)  # not swapped behind the sender's back


def test_a_sheet_without_totals_or_warnings_prints_the_json_it_always_did(db, election,
                                                                          tmp_path):
    result = import_centres(db, SYSTEM, workbook(tmp_path / "s.xlsx", some_centres(2)))
    assert result.totals_rows == () and result.warnings == ()
    assert set(result.as_json("en")) == {"created", "updated", "unchanged", "rejected"}
