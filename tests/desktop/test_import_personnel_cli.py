"""``ghurfa import personnel``: the JSON it prints, its exit codes, the rejected rows' workbook."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from desktop.models import OrganisationKind
from desktop.services.actor import SYSTEM
from desktop.services.organisations import OrganisationInput, create_organisation
from desktop.services.people import add_rank
from desktop.storage.database import Database
from desktop.storage.migrations import upgrade
from tests.desktop.import_sheets import compound_file
from tests.desktop.test_import_personnel import FIRST, person, some_people, workbook


@pytest.fixture
def url(tmp_path) -> str:
    address = f"sqlite:///{tmp_path / 'room.sqlite3'}"
    db = Database(address)
    upgrade(db)
    with db.session() as session:
        add_rank(session, SYSTEM, "مقدم", 3, name_en="Lieutenant Colonel")
        create_organisation(session, SYSTEM, OrganisationInput(
            "قسم شرطة العمارة", OrganisationKind.SECTION))
    db.dispose()
    return address


def run(capsys, url: str, *args: object) -> tuple[int, str, str]:
    """The exit code, standard output and standard error of one English run."""
    code = main(["--lang", "en", "--db", url, "import", "personnel", *map(str, args)])
    return (code, *capsys.readouterr())


def test_json_prints_exactly_the_counts_and_the_rejected_rows(capsys, url, tmp_path):
    path = workbook(tmp_path / "p.xlsx", [*some_people(2), person("9", ""),
                                          person("10", "سعد", rank="لواء")])
    code, out, _err = run(capsys, url, path, "--json", "--skip-invalid")
    assert code == 0
    assert json.loads(out) == {"created": 2, "updated": 0, "unchanged": 0, "rejected": [
        {"row": FIRST + 2, "reason": "Full name is required."},
        {"row": FIRST + 3, "reason": "The rank «لواء» is not in the rank list; add it to the "
                                     "ranks first, or correct the sheet."}]}
    code, out, _err = run(capsys, url, path, "--json", "--skip-invalid")
    assert json.loads(out) == {"created": 0, "updated": 0, "unchanged": 2,
                               "rejected": json.loads(out)["rejected"]}
    assert len(out.splitlines()) == 1


def test_a_rejected_row_without_skip_invalid_exits_1_and_writes_nothing(capsys, url, tmp_path):
    path = workbook(tmp_path / "p.xlsx", [*some_people(2), person("9", "")])
    code, out, err = run(capsys, url, path)
    assert code == 1
    assert f"row {FIRST + 2}: Full name is required." in out and "Nothing was written" in err
    assert "new: 2" in out
    code, out, _err = run(capsys, url, workbook(tmp_path / "ok.xlsx", some_people(2)),
                          "--json")
    assert code == 0 and json.loads(out)["created"] == 2  # nothing was there before


def test_a_dry_run_says_so_and_writes_nothing(capsys, url, tmp_path):
    path = workbook(tmp_path / "p.xlsx", some_people(3))
    code, out, _err = run(capsys, url, path, "--dry-run")
    assert code == 0 and "Dry run: nothing was written." in out and "new: 3" in out
    assert "election" not in out
    code, out, _err = run(capsys, url, path, "--json")
    assert json.loads(out)["created"] == 3


def test_a_file_that_is_not_a_workbook_is_a_message_not_a_traceback(capsys, url, tmp_path):
    (tmp_path / "secret.xlsx").write_bytes(compound_file("EncryptionInfo", "EncryptedPackage"))
    code, _out, err = run(capsys, url, tmp_path / "secret.xlsx")
    assert code == 1 and "Traceback" not in err and "secret.xlsx" in err


def test_columns_are_mapped_by_hand(capsys, url, tmp_path):
    path = workbook(tmp_path / "p.xlsx", [["0042", "حسن علي", "x"]],
                    header=["رقم الهوية", "المنتسب", "شيء آخر"], titles=[])
    code, _out, err = run(capsys, url, path, "--json")
    assert code == 1 and "الرقم الإحصائي" in err  # no header: the known ones are named
    code, out, _err = run(capsys, url, path, "--json", "--map", "رقم الهوية=service_number",
                          "--map", "B=الاسم", "--map", "C=-")
    assert code == 0 and json.loads(out)["created"] == 1
    code, _out, err = run(capsys, url, path, "--map", "A=risk")
    assert code == 2 and "not a field of a person's record" in err


def test_the_rejected_rows_are_written_with_their_reasons(capsys, url, tmp_path):
    path = workbook(tmp_path / "p.xlsx", [*some_people(1), person("9", "", rank="لواء")])
    out_file = tmp_path / "rejected.xlsx"
    code, _out, err = run(capsys, url, path, "--skip-invalid", "--rejected", out_file)
    assert code == 0 and "rejected.xlsx" in err
    rows = list(load_workbook(out_file).active.iter_rows(values_only=True))
    header = next(i for i, row in enumerate(rows) if row[0] == "الرقم الإحصائي")
    assert rows[header + 1][0] == "9" and rows[header + 1][-2] == FIRST + 1
    assert "Full name is required." in rows[header + 1][-1]


def test_ghurfa_check_stays_clean_after_imports(capsys, url, tmp_path):
    run(capsys, url, workbook(tmp_path / "p.xlsx", some_people(3)))
    edited = [*some_people(3), person("70", "سعد")]
    edited[0] = person("000001", "علي حسين كاظم الأول")
    for _ in range(2):  # the second time nothing is written
        code, out, _err = run(capsys, url, workbook(tmp_path / "e.xlsx", edited), "--json")
    assert code == 0 and json.loads(out)["unchanged"] == 4
    code = main(["--lang", "en", "--db", url, "check"])
    out, err = capsys.readouterr()
    assert code == 0, out + err
    assert "The audit trail holds: entries chained: " in out
