"""Opening and reading a sheet: what a file is by its content, the files refused before any
parser sees them, text in the encodings Arabic offices write, and where the header is."""

from __future__ import annotations

import codecs
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.imports import Field, read_sheet
from desktop.imports import opening as opening_module
from desktop.imports.header import find_layout, parse_mapping
from desktop.imports.opening import open_checked
from desktop.services.errors import DomainError
from tests.desktop.import_sheets import (
    HEADER,
    centre,
    compound_file,
    csv_bytes,
    some_centres,
    workbook,
    zip_of,
)


def refusal(path: Path) -> str:
    with pytest.raises(DomainError) as caught:
        read_sheet(path)
    return caught.value.message("en")


def test_a_workbook_is_read_whatever_its_name_says(tmp_path):
    named_csv = workbook(tmp_path / "centres.csv", some_centres(2))
    table, layout = read_sheet(named_csv)
    assert table.sheet == "المراكز" and layout.header_row == 4
    assert [row[0] for row in table.rows[5:7]] == ["00001", "00002"]


def test_an_empty_file_is_refused(tmp_path):
    (tmp_path / "empty.xlsx").write_bytes(b"")
    assert "empty" in refusal(tmp_path / "empty.xlsx")


def test_a_file_that_is_not_there_is_said_so(tmp_path):
    assert "There is no file" in refusal(tmp_path / "missing.xlsx")


def test_a_binary_file_is_not_a_workbook(tmp_path):
    (tmp_path / "photo.xlsx").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    assert "is a picture, not a workbook" in refusal(tmp_path / "photo.xlsx")
    (tmp_path / "noise.xlsx").write_bytes(b"\x00\x01" + bytes(range(256)) * 40)
    assert "is not an Excel workbook" in refusal(tmp_path / "noise.xlsx")


def test_a_zip_of_something_else_is_not_a_workbook(tmp_path):
    zip_of(tmp_path / "letters.xlsx", {"word/document.xml": b"<w/>", "[Content_Types].xml":
                                       b"<Types/>"})
    assert "is not an Excel workbook" in refusal(tmp_path / "letters.xlsx")


def test_a_damaged_zip_is_said_to_be_damaged(tmp_path):
    good = workbook(tmp_path / "good.xlsx", some_centres(1)).read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(good[: len(good) // 2])
    assert "damaged" in refusal(tmp_path / "cut.xlsx")


def test_an_encrypted_workbook_is_refused_with_what_to_do(tmp_path):
    (tmp_path / "secret.xlsx").write_bytes(
        compound_file("EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"))
    message = refusal(tmp_path / "secret.xlsx")
    assert "protected with a password" in message and "Encrypt with Password" in message


def test_an_old_xls_is_refused_with_what_to_do(tmp_path):
    (tmp_path / "old.xlsx").write_bytes(compound_file("Workbook", "\x05SummaryInformation"))
    assert "Excel 97-2003" in refusal(tmp_path / "old.xlsx")


def test_another_compound_file_is_not_a_workbook(tmp_path):
    (tmp_path / "letter.doc").write_bytes(compound_file("WordDocument"))
    assert "is not an Excel workbook" in refusal(tmp_path / "letter.doc")


def test_a_damaged_compound_file_is_said_to_be_damaged(tmp_path):
    (tmp_path / "bad.xls").write_bytes(compound_file("Workbook")[:300])
    assert "damaged" in refusal(tmp_path / "bad.xls")


def test_other_spreadsheets_are_told_by_name(tmp_path):
    zip_of(tmp_path / "a.xlsx", {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
                                 "content.xml": b"<office:document-content/>"})
    assert "OpenDocument" in refusal(tmp_path / "a.xlsx")
    zip_of(tmp_path / "b.xlsx", {"xl/workbook.bin": b"\0\1", "[Content_Types].xml": b"<T/>"})
    assert ".xlsb" in refusal(tmp_path / "b.xlsx")


def test_a_web_page_saved_as_xls_is_told_as_such(tmp_path):
    (tmp_path / "export.xls").write_text("<html><body><table><tr><td>1</td></tr></table>"
                                         "</body></html>", encoding="utf-8")
    assert "web page" in refusal(tmp_path / "export.xls")


def test_a_zip_bomb_is_refused_before_anything_is_parsed(tmp_path, monkeypatch):
    parsed = []
    monkeypatch.setattr("desktop.imports.reading.tables", lambda source: parsed.append(1))
    bomb = zip_of(tmp_path / "bomb.xlsx", {
        "[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>",
        "xl/worksheets/sheet1.xml": b"<worksheet>" + b" " * (3 * 1024 * 1024) + b"</worksheet>"})
    assert "zip bomb" in refusal(bomb)
    assert parsed == []


def test_too_many_entries_are_refused(tmp_path):
    entries = {f"xl/media/image{i}.png": b"x" for i in range(opening_module.MAX_ENTRIES + 1)}
    entries["xl/workbook.xml"] = b"<workbook/>"
    assert "parts" in refusal(zip_of(tmp_path / "many.xlsx", entries))


def test_too_much_in_all_once_inflated_is_refused(tmp_path, monkeypatch):
    path = workbook(tmp_path / "big.xlsx", some_centres(200))
    monkeypatch.setattr(opening_module, "MAX_INFLATED_BYTES", 20_000)
    assert "zip bomb" in refusal(path)


def test_a_sheet_that_would_span_billions_of_cells_is_refused(tmp_path):
    book = Workbook()
    book.active["A1"] = "رقم المركز"
    book.active["XFD1048576"] = "x"
    book.save(tmp_path / "wide.xlsx")
    assert "spans 1048576 rows by 16384 columns" in refusal(tmp_path / "wide.xlsx")


def test_xml_with_a_document_type_is_refused(tmp_path):
    path = workbook(tmp_path / "good.xlsx", some_centres(1))
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["xl/worksheets/sheet1.xml"] = (
        b'<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol">]>'
        + parts["xl/worksheets/sheet1.xml"].split(b"?>", 1)[-1])
    assert "document type" in refusal(zip_of(tmp_path / "laughs.xlsx", parts))


@pytest.mark.parametrize("encoding, bom", [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-le", b""), ("utf-16-be", codecs.BOM_UTF16_BE), ("cp1256", b""),
])
def test_csv_in_the_encodings_arabic_offices_write(tmp_path, encoding, bom):
    rows = [centre("00007", "مدرسة الرسالة", district="الكحلاء")]
    (tmp_path / "c.csv").write_bytes(bom + csv_bytes(rows, encoding=encoding))
    table, layout = read_sheet(tmp_path / "c.csv")
    assert table.sheet is None and layout.header_row == 0
    assert table.rows[1][:4] == ["00007", "مدرسة الرسالة", "ميسان", "الكحلاء"]


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_the_csv_delimiter_is_found(tmp_path, delimiter):
    rows = [centre("1", "مدرسة، الأولى" if delimiter != "," else "مدرسة الأولى")]
    (tmp_path / "c.csv").write_bytes(csv_bytes(rows, delimiter=delimiter))
    table, layout = read_sheet(tmp_path / "c.csv")
    assert layout.fields[Field.NAME] == 1 and len(table.rows[1]) == len(HEADER)


def test_the_header_is_found_under_title_rows_and_named_in_english(tmp_path):
    header = ["Centre Code", "Centre Name", "Governorate", "District", "Sub-district",
              "Stations", "Voters", "Latitude", "Longitude", "Risk", "Kind", "Sector"]
    titles = [["Independent High Electoral Commission"], [], ["Polling centres, 2025"], [],
              [], [], [], []]
    _table, layout = read_sheet(workbook(tmp_path / "en.xlsx", some_centres(1),
                                        header=header, titles=titles))
    assert layout.header_row == 8
    assert set(layout.columns.values()) == set(Field) - {Field.ADDRESS, Field.STATUS,
                                                          Field.NOTES}


def test_a_header_below_the_tenth_row_is_not_found(tmp_path):
    titles = [["title"]] * 10
    message = refusal(workbook(tmp_path / "deep.xlsx", some_centres(1), titles=titles))
    assert "No header row was found in the first 10 rows" in message


def test_headers_match_after_normalisation():
    header = ["رقم  المركز:", "اسم المركـز", "المحافظه", "عدد الناخبين", "Centre-Code"]
    layout = find_layout([header])
    assert layout.columns == {0: Field.CODE, 1: Field.NAME, 2: Field.GOVERNORATE,
                              3: Field.VOTERS}


def test_a_header_without_a_name_column_says_which_columns_it_has():
    with pytest.raises(DomainError) as caught:
        find_layout([["رقم المركز", "المدرسة", "المحافظة"]])
    message = caught.value.message("en")
    assert "has no column for Name" in message and "المدرسة" in message


def test_unknown_columns_are_mapped_by_hand_by_header_or_letter():
    rows = [["title"], ["الرقم الانتخابي", "المدرسة", "الملاحظة"]]
    layout = find_layout(rows, parse_mapping(["الرقم الانتخابي=code", "B=name", "C=-"]))
    assert layout.header_row == 1
    assert layout.columns == {0: Field.CODE, 1: Field.NAME}
    assert layout.by_hand == frozenset({0, 1, 2})


def test_a_hand_mapping_overrides_a_recognised_header():
    layout = find_layout([["رقم المركز", "اسم المركز", "القاطع"]],
                         parse_mapping(["القاطع=-"]))
    assert Field.SECTOR not in layout.columns.values()


@pytest.mark.parametrize("item, words", [
    ("code", "is not a mapping"), ("=code", "is not a mapping"),
    ("A=colour", "is not a field of a centre"),
])
def test_a_bad_mapping_is_refused_in_words(item, words):
    with pytest.raises(DomainError) as caught:
        parse_mapping([item])
    assert words in caught.value.message("en")


def test_a_mapping_may_name_the_field_in_arabic():
    assert parse_mapping(["X=درجة الخطورة", "Y=رمز المفوضية"]) == {"X": Field.RISK,
                                                                     "Y": Field.CODE}


def test_a_file_with_no_data_is_said_to_be_empty(tmp_path):
    book = Workbook()
    book.save(tmp_path / "blank.xlsx")
    assert "holds no data" in refusal(tmp_path / "blank.xlsx")


def test_the_first_worksheet_with_a_header_is_read(tmp_path):
    book = Workbook()
    book.active.title = "غلاف"
    book.active.append(["تقرير"])
    data = book.create_sheet("البيانات")
    data.append(HEADER)
    data.append(centre("00009", "مدرسة"))
    hidden = book.create_sheet("مخفي", 0)
    hidden.sheet_state = "hidden"
    hidden.append(HEADER)
    book.save(tmp_path / "sheets.xlsx")
    table, _layout = read_sheet(tmp_path / "sheets.xlsx")
    assert table.sheet == "البيانات"


def test_the_checked_bytes_are_the_ones_parsed(tmp_path):
    path = workbook(tmp_path / "c.xlsx", some_centres(1))
    source = open_checked(path)
    path.write_bytes(b"changed after the checks")
    from desktop.imports.reading import tables

    assert next(tables(source)).rows[5][0] == "00001"


def test_rows_and_columns_are_numbered_as_excel_does_around_empty_space(tmp_path):
    book = Workbook()
    book.active["C5"], book.active["D5"] = "رقم المركز", "اسم المركز"
    book.active["C6"], book.active["D6"] = "001", "مدرسة"
    book.save(tmp_path / "offset.xlsx")
    table, layout = read_sheet(tmp_path / "offset.xlsx")
    assert layout.header_row == 4 and layout.columns == {2: Field.CODE, 3: Field.NAME}
    assert table.rows[5][2:4] == ["001", "مدرسة"]
