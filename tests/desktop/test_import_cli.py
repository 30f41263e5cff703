"""``ghurfa import centres``: the JSON it prints, its exit codes, the rejected rows' workbook."""

from __future__ import annotations

import json
from datetime import date

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from desktop.services.actor import SYSTEM
from desktop.services.elections import ElectionInput, create_election
from desktop.storage.database import Database
from desktop.storage.migrations import upgrade
from tests.desktop.import_sheets import centre, compound_file, some_centres, workbook


@pytest.fixture
def url(tmp_path) -> str:
    address = f"sqlite:///{tmp_path / 'room.sqlite3'}"
    db = Database(address)
    upgrade(db)
    with db.session() as session:
        create_election(session, SYSTEM, ElectionInput(
            "انتخابات مجلس النواب", "parliamentary", date(2025, 11, 11)))
    db.dispose()
    return address


def run(capsys, url: str, *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", "--db", url, "import", "centres", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_prints_exactly_the_counts_and_the_rejected_rows(capsys, url, tmp_path):
    rows = [*some_centres(2), centre("00009", "", stations="x")]
    path = workbook(tmp_path / "s.xlsx", rows)
    code, out, _err = run(capsys, url, path, "--json", "--skip-invalid")
    assert code == 0
    assert json.loads(out) == {"created": 2, "updated": 0, "unchanged": 0, "rejected": [
        {"row": 8, "reason": "Name is required. Stations must be a number, not x."}]}
    code, out, _err = run(capsys, url, path, "--json", "--skip-invalid")
    assert json.loads(out)["unchanged"] == 2 and len(out.splitlines()) == 1


def test_a_rejected_row_without_skip_invalid_exits_1_and_writes_nothing(capsys, url, tmp_path):
    path = workbook(tmp_path / "s.xlsx", [*some_centres(2), centre("00009", "")])
    code, out, err = run(capsys, url, path)
    assert code == 1
    assert "row 8: Name is required." in out and "Nothing was written" in err
    # The counts are what the import would have made, and the summary says so.
    assert "Nothing was written, as rows were rejected. The import would make:" in out
    assert "new: 2" in out
    code, out, _err = run(capsys, url, path, "--dry-run", "--json")
    assert code == 1 and json.loads(out)["created"] == 2
    fixed = workbook(tmp_path / "fixed.xlsx", some_centres(2))
    code, out, _err = run(capsys, url, fixed, "--json")
    assert code == 0 and json.loads(out)["created"] == 2  # nothing was there before


def test_a_dry_run_says_so_and_writes_nothing(capsys, url, tmp_path):
    path = workbook(tmp_path / "s.xlsx", some_centres(3))
    code, out, _err = run(capsys, url, path, "--dry-run")
    assert code == 0 and "Dry run: nothing was written." in out and "new: 3" in out
    code, out, _err = run(capsys, url, path, "--json")
    assert json.loads(out)["created"] == 3


def test_a_file_that_is_not_a_workbook_is_a_message_not_a_traceback(capsys, url, tmp_path):
    (tmp_path / "secret.xlsx").write_bytes(compound_file("EncryptionInfo", "EncryptedPackage"))
    code = main(["--db", url, "import", "centres", str(tmp_path / "secret.xlsx")])
    _out, err = capsys.readouterr()
    assert code == 1 and "Traceback" not in err and err.strip()
    assert "secret.xlsx" in err


def test_columns_are_mapped_by_hand(capsys, url, tmp_path):
    header = ["الرقم الانتخابي", "المدرسة", "شيء آخر"]
    path = workbook(tmp_path / "s.xlsx", [["1", "مدرسة", "x"]], header=header)
    code, _out, err = run(capsys, url, path)
    assert code == 1 and "No header row was found" in err
    code, out, _err = run(capsys, url, path, "--json", "--map", "الرقم الانتخابي=code",
                          "--map", "B=name")
    assert code == 0 and json.loads(out)["created"] == 1


def test_a_mapped_column_the_sheet_does_not_have_is_refused_and_nothing_written(
        capsys, url, tmp_path):
    """A mistyped header (or a letter past the sheet's columns) in --map is said, naming it,
    rather than passed over: the risk it was to feed would be missing from every centre."""
    header = ["رقم المركز", "اسم المركز", "الدرجة"]
    path = workbook(tmp_path / "s.xlsx", [["00001", "مدرسة", "عالية"]], header=header)
    for mapping in ("الدرجه الامنية=risk", "D=risk"):
        code, out, err = run(capsys, url, path, "--json", "--map", mapping)
        assert code == 1 and out == ""
        assert f"no column {mapping.partition('=')[0]} to map" in err
        assert "row 5" in err and "الدرجة" in err  # where the header is, what it holds
    for mapping in ("الدرجة=risk", "c=risk"):  # by its header as written, or its letter
        code, out, _err = run(capsys, url, path, "--json", "--dry-run", "--map", mapping)
        assert code == 0 and json.loads(out)["created"] == 1
    code, out, _err = run(capsys, url, path, "--json")
    assert code == 0 and json.loads(out)["created"] == 1  # written only now


def test_columns_mapped_by_letter_under_title_rows_find_the_header_not_the_title(
        capsys, url, tmp_path):
    """No header known and every column mapped by letter (which fits any row): the header is
    the first full row under the commission's title rows, so it is not imported as a centre
    named «المدرسة» with the code «الرقم الانتخابي»."""
    path = workbook(tmp_path / "s.xlsx", [["00001", "مدرسة السلام"], ["00002", "مدرسة"]],
                    header=["الرقم الانتخابي", "المدرسة"])
    code, out, err = run(capsys, url, path, "--map", "A=code", "--map", "b=name")
    assert code == 0, err
    assert "header on row 5" in out and "new: 2" in out and "rejected: 0" in out


def test_a_malformed_mapping_is_misuse(capsys, url, tmp_path):
    code, _out, err = run(capsys, url, tmp_path / "s.xlsx", "--map", "nofield")
    assert code == 2 and "COLUMN=FIELD" in err


def test_the_rejected_rows_are_written_with_their_reasons(capsys, url, tmp_path):
    rows = [centre("٠٠٠٠١", "مدرسة"), centre("00002", "", latitude=200)]
    out_file = tmp_path / "rejected.xlsx"
    code, _out, err = run(capsys, url, workbook(tmp_path / "s.xlsx", rows), "--rejected",
                          out_file)
    assert code == 1 and "rejected.xlsx" in err
    sheet = load_workbook(out_file, read_only=True).worksheets[0]
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    header = next(row for row in values if row and row[0] == "رقم المركز")
    assert header[-2:] == ["Row in the sheet", "Reason"]
    (data,) = values[values.index(header) + 1:]
    assert data[0] == "00002" and data[-2] == 7  # the code still text, zeros and all
    assert "Name is required." in data[-1] and "not on the map" in data[-1]


def test_the_rejected_workbook_must_be_an_xlsx_in_a_usable_folder(capsys, url, tmp_path):
    path = workbook(tmp_path / "s.xlsx", some_centres(1))
    code, _out, err = run(capsys, url, path, "--rejected", tmp_path / "r.csv")
    assert code == 1 and ".xlsx" in err
    code, _out, err = run(capsys, url, path, "--rejected", tmp_path / "no" / "r.xlsx")
    assert code == 1 and "does not exist" in err
    code, out, _err = run(capsys, url, path, "--json")
    assert json.loads(out)["created"] == 1  # nothing was written by the refused runs


def test_an_unknown_user_is_refused(capsys, url, tmp_path):
    code, _out, err = run(capsys, url, workbook(tmp_path / "s.xlsx", some_centres(1)),
                          "--user", "nobody")
    assert code == 1 and "nobody" in err


def test_messages_speak_arabic_by_default(capsys, url, tmp_path):
    code = main(["--db", url, "import", "centres", str(tmp_path / "missing.xlsx")])
    assert code == 1 and "missing.xlsx" in capsys.readouterr().err


def test_totals_rows_and_warnings_are_reported_not_rejected(capsys, url, tmp_path):
    totals = ["", "Total", "", "", "", 8, 5000]
    rows = [*some_centres(2), centre("00003", "م", latitude=44.36, longitude=33.31), totals]
    path = workbook(tmp_path / "s.xlsx", rows)
    code, out, _err = run(capsys, url, path, "--dry-run")
    assert code == 0  # no --skip-invalid needed
    assert "rejected: 0" in out
    assert "totals rows at the foot of the sheet, left out (not imported): 9" in out
    assert ("row 8, warning: The latitude 44.36 and longitude 33.31 look swapped" in out)
    code, out, _err = run(capsys, url, path, "--json")
    assert code == 0
    said = json.loads(out)
    assert said["created"] == 3 and said["rejected"] == [] and said["totals_rows"] == [9]
    assert [w["row"] for w in said["warnings"]] == [8]
    assert "taken as written" in said["warnings"][0]["warning"]
