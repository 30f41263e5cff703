"""The names of the files the program makes: one plain name, kept inside the chosen folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.services.errors import Invalid
from reports.file_names import file_name, inside, safe_part, suggested
from reports.files import check_output

HOSTILE = [
    "../../etc/passwd",
    "..",
    "/etc/shadow",
    "C:\\Windows\\System32\\drivers",
    "\\\\server\\share\\x",
    'a<b>c:"d"|e?f*g',
    "line\nbreak\x00nul\x1f",
    "\u202etxt.exe",
    "name. . .",
    "   ",
    "",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_a_hostile_value_makes_one_plain_name_inside_the_folder(tmp_path, value):
    name = file_name("{number:03d} - {subject}", ".pdf", number=7, subject=value)
    assert name.startswith("007 - ") and name.endswith(".pdf")
    assert not set(name) & set('/\\:*?"<>|\x00\n\u202e')
    target = inside(tmp_path, name)
    assert target.parent == tmp_path and target.name == name
    target.write_bytes(b"x")  # the system takes it as it is
    assert os.listdir(tmp_path) == [name]


@pytest.mark.parametrize("device", ["CON", "con", "PRN", "AUX", "NUL", "COM1", "com9", "LPT1",
                                    "LPT9", "nul.tar", "Con "])
def test_a_windows_device_name_is_never_given(device):
    name = file_name("{x}", ".pdf", x=device)
    assert name.split(".")[0].rstrip(" ").upper() not in {"CON", "PRN", "AUX", "NUL", "COM1",
                                                            "COM9", "LPT1", "LPT9"}
    first, _dot, rest = device.strip().partition(".")
    assert name == f"{first}_{_dot}{rest}.pdf"


def test_no_trailing_dot_or_space_and_an_empty_value_is_a_dash():
    assert file_name("{x}", ".xlsx", x="report. . ") == "report.xlsx"
    assert file_name("{x}", "", x=" ... ") == "-"
    assert safe_part("") == "-"


def test_a_long_arabic_name_stays_under_the_disks_limit_keeping_its_ending():
    name = file_name("{x}", ".pdf", x="محضر اجتماع " * 100)
    assert name.endswith(".pdf")
    assert len(name.encode("utf-8")) <= 200
    assert not name[:-4].endswith(" ")


def test_numbers_are_formatted_and_text_fields_cleaned():
    assert file_name("{n:03d} - {d} - {s}", ".pdf", n=3, d="2026-12-03",
                     s="خطة/حماية: \u202bالمراكز\u202c؟*") \
        == "003 - 2026-12-03 - خطة حماية المراكز؟.pdf"


def test_a_bad_ending_is_a_programming_error():
    with pytest.raises(ValueError):
        file_name("{x}", "/../x", x="a")


@pytest.mark.parametrize("name", ["..", ".", "../x.pdf", "/abs.pdf", "a/b.pdf", "a\\b.pdf",
                                  "CON.pdf", "nul", "x.pdf.", "x.pdf ", "\u202ex.pdf", "",
                                  "م" * 200 + ".pdf"])
def test_inside_refuses_any_name_that_is_not_one_plain_name(tmp_path, name):
    with pytest.raises(Invalid):
        inside(tmp_path, name)


def test_inside_refuses_a_link_that_points_out_of_the_folder(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    folder = tmp_path / "chosen"
    folder.mkdir()
    (folder / "report.pdf").symlink_to(outside / "report.pdf")
    with pytest.raises(Invalid):
        inside(folder, "report.pdf")
    assert inside(folder, "other.pdf") == folder / "other.pdf"


def test_suggested_is_the_name_in_the_folder(tmp_path):
    assert suggested(tmp_path, "{file}-rejected", ".xlsx", file="../../x") == \
        tmp_path / "x-rejected.xlsx"


def test_a_chosen_output_whose_name_holds_bidi_controls_is_refused(tmp_path):
    with pytest.raises(Invalid, match="علامات اتجاه"):
        check_output(tmp_path / "\u202efdp.exe")
    assert check_output(tmp_path / "محضر.pdf") == tmp_path / "محضر.pdf"
    assert list(Path(tmp_path).iterdir()) == []


def test_an_orders_file_per_unit_named_by_a_hostile_unit_stays_in_the_folder(tmp_path):
    from reports.documents.duty_record import Unit
    from reports.documents.orders import file_name as order_file_name

    name = order_file_name(3, Unit(9, "../../..\\CON\u202e:*", None), "en")
    assert name.startswith("003 - Assignment order") and name.endswith(".pdf")
    assert inside(tmp_path, name).parent == tmp_path
