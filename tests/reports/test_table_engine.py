"""The table engine's short cuts give what the long way gives: shaping a word at a time, the
drawing order of plain lines without the bidi algorithm, each distinct text laid out once, and
text drawn from the document's own glyph codes (more than one font subset included)."""

from __future__ import annotations

import random
import subprocess
from pathlib import Path

import pytest
from bidi.algorithm import get_display

from reports import text
from reports.pdf.page import render
from reports.pdf.table import Column, RtlTable
from tests.reports.conftest import letters, need, normalise, pdf_pages, pdf_text
from tests.reports.test_pdf import SETUP

SEEDS = Path("/work/shared/domain/seeds")
EXTRA = ("12", "7/3/2010", "07:30", "1,016,712", "3.5", "7-3", "(", ")", "UNAMI", "مُحَمَّد",
         "ـ", "٣٨", "38)", "a1", "12a", "1/", "1//2", "،", "ﷲ", "+1", "1.", ".5", "ً", "لا")
WORDS = ("العميد", "الركن", "سعد", "علي", "حربيه", "قائد", "شرطة", "ميسان", "مركز", "تسجيل",
         "الناخبين", "اللواء", "الجيش", "العراقي", "الإلكتروني", "لإنجاح", "مسؤولية", "عبد",
         "الله", "مصطفى", "مُحَمَّد", "الحاج", "ذي", "قار", "الوجبة", "الأولى")


def _vocabulary() -> list[str]:
    found = set(WORDS)
    if SEEDS.is_dir():
        for seed in SEEDS.glob("*.txt"):
            found |= set(seed.read_text(encoding="utf-8").split())
    return sorted(found)


def _lines(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    vocabulary = _vocabulary()
    return [" ".join(rng.choice(vocabulary) if rng.random() < 0.6 else rng.choice(EXTRA)
                     for _ in range(rng.randint(1, 7))) for _ in range(count)]


def test_shaping_a_word_at_a_time_is_shaping_the_whole_text():
    for line in _lines(3000, 7):
        assert text.shape(line) == text._RESHAPER.reshape(line), line


@pytest.mark.parametrize("rtl", [True, False])
def test_the_quick_drawing_order_is_the_bidi_algorithms(rtl):
    for line in _lines(4000, 11 if rtl else 13):
        shaped = text._RESHAPER.reshape(line)
        assert text.visual(shaped, rtl) == get_display(shaped, base_dir="R" if rtl else "L"), \
            line


def test_a_dash_in_a_number_after_arabic_goes_the_long_way():
    # W2 makes the digits Arabic numbers; a dash between two of them does not join them
    shaped = text.shape("الهاتف 0770-123")
    assert text.visual(shaped, True) == get_display(shaped, base_dir="R")
    assert text._simple_rtl(shaped) is None


def test_each_distinct_word_is_shaped_once(tmp_path, monkeypatch):
    # every cache of the text module, or words an earlier test shaped are never shaped here
    for cached in vars(text).values():
        if callable(getattr(cached, "cache_clear", None)):
            cached.cache_clear()
    shaped: list[str] = []
    real = text._RESHAPER.reshape
    monkeypatch.setattr(text._RESHAPER, "reshape", lambda s: shaped.append(s) or real(s))
    names = ["حيدر علي كاظم", "علي حيدر كاظم", "كاظم علي حيدر"]
    rows = [[str(i), names[i % 3], "نقيب", "قسم شرطة العمارة"] for i in range(600)]
    columns = [Column("ت", fit=True), Column("الاسم"), Column("الرتبة"), Column("الجهة")]
    output = render(tmp_path / "repeat.pdf", SETUP, [RtlTable(columns, rows)])
    # the furniture and the titles shape their own words; the 1,800 Arabic cells add but
    # their seven distinct words
    cell_words = {"حيدر", "علي", "كاظم", "نقيب", "قسم", "شرطة", "العمارة"}
    assert sorted(w for w in shaped if w in cell_words) == sorted(cell_words)
    assert len(shaped) < 60
    page = normalise(pdf_text(output, pdf_pages(output)))
    assert "كاظم علي حيدر" in page or "حيدر علي كاظم" in page


def test_text_beyond_one_font_subset_extracts_whole(tmp_path):
    # Arabic in all its joined forms, Persian letters, Latin of both cases, digits: well over
    # the 256 codes of one subset, so lines switch subsets within a page and within a line
    arabic = [chr(c) for c in range(0x0628, 0x064B) if chr(c).isalpha()] + list("پچژگکی")
    latin = [chr(c) for c in (*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0x100))
             if chr(c).isalpha()]
    rng = random.Random(3)
    rows = []
    for i in range(1, 161):
        word = "".join(rng.choice(arabic) for _ in range(rng.randint(3, 7)))
        rows.append([str(i), f"{word} {i}", "".join(rng.choice(latin) for _ in range(6)),
                     f"ﻻ{word}ـ{word[::-1]}"])
    columns = [Column("ت", fit=True), Column("النص"), Column("Latin"), Column("الاسم")]
    output = render(tmp_path / "subsets.pdf", SETUP, [RtlTable(columns, rows)])
    listed = subprocess.run([need("pdffonts"), str(output)], capture_output=True, text=True,
                            check=True).stdout
    # two subsets of the regular face
    assert sum("Amiri-Regular" in line for line in listed.splitlines()[2:]) >= 2, listed
    seen = letters(pdf_text(output))
    places = [seen.find(letters(row[1])) for row in rows]
    assert -1 not in places, [r[1] for r, p in zip(rows, places, strict=True) if p == -1][:3]
    assert places == sorted(places)  # rows in order, across pages
    for row in rows:
        assert row[2] in seen


def test_a_row_with_the_wrong_number_of_cells_is_refused(tmp_path):
    with pytest.raises(ValueError):
        render(tmp_path / "bad.pdf", SETUP,
               [RtlTable([Column("أ"), Column("ب")], [["1", "2"], ["3"]])])
    assert not (tmp_path / "bad.pdf").exists()


def test_the_reshaper_reading_its_settings_once_shapes_as_a_fresh_one():
    import arabic_reshaper

    fresh = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})
    for line in _lines(2000, 17):
        assert text._RESHAPER.reshape(line) == fresh.reshape(line), line


def _pngs(pdf: Path) -> list[bytes]:
    folder = pdf.with_suffix("")
    folder.mkdir()
    subprocess.run([need("pdftoppm"), "-png", "-r", "40", str(pdf), str(folder / "p")],
                   check=True, capture_output=True, timeout=120)
    return [p.read_bytes() for p in sorted(folder.glob("*.png"))]


def _centres(count: int) -> list[list[list[object]]]:
    rng = random.Random(5)
    ranks, units = ["نقيب", "عريف", "شرطي"], ["قسم شرطة العمارة", "اللواء ( 38 )"]
    return [[[i, rng.choice(ranks), " ".join(rng.choice(WORDS) for _ in range(3)),
              str(1000000 + rng.randint(0, 99999 if c % 2 else 999)), rng.choice(units)]
             for i in range(1, rng.randint(2, 140))] for c in range(count)]


def test_tables_sharing_a_cache_print_as_tables_without_one(tmp_path):
    from reportlab.platypus import PageBreak

    from reports.pdf.table import TextCache

    columns = [Column("ت", fit=True), Column("الرتبة"), Column("الاسم", 2),
               Column("الرقم الإحصائي", fit=True), Column("الجهة", 1.5)]
    centres = _centres(6)  # the fitted numbers' widths differ from one table to the next

    def story(cache: TextCache | None) -> list[object]:
        flow: list[object] = []
        for rows in centres:
            flow += [RtlTable(columns, rows, cache=cache), PageBreak()]
        return flow

    cache = TextCache()
    shared = render(tmp_path / "shared.pdf", SETUP, story(cache))
    alone = render(tmp_path / "alone.pdf", SETUP, story(None))
    assert len(cache.lines) > 1  # several widths met
    assert pdf_pages(shared) == pdf_pages(alone) > len(centres)
    assert pdf_text(shared) == pdf_text(alone)
    assert _pngs(shared) == _pngs(alone)


def test_a_table_drawn_again_after_its_rows_were_let_go_prints_the_same(tmp_path):
    columns = [Column("ت", fit=True), Column("الرتبة"), Column("الاسم", 2),
               Column("الرقم الإحصائي", fit=True), Column("الجهة", 1.5)]
    table = RtlTable(columns, [row for rows in _centres(3) for row in rows])
    first = render(tmp_path / "first.pdf", SETUP, [table])
    assert not table._shared  # let go once its last piece was drawn
    again = render(tmp_path / "again.pdf", SETUP, [table])
    assert pdf_pages(first) == pdf_pages(again) > 1
    assert pdf_text(first) == pdf_text(again)


def test_a_line_of_arabic_words_laid_out_word_by_word_is_the_long_way():
    from reports import fonts

    seen = 0
    for line in [*_lines(3000, 19), "", "  علي   حسين ", "عبد الكريم\tالسعدي"]:
        for width in (40.0, 400.0):
            quick = text._words_line(line, fonts.REGULAR, 9.0, width)
            shaped = text._SPACES.sub(" ", text.shape(text._SPACES.sub(" ", line.strip())))
            long_width = text.stringWidth(shaped, fonts.REGULAR, 9.0)
            if quick is None:
                continue
            seen += 1
            assert quick.visual == get_display(shaped, base_dir="R"), line
            assert abs(quick.width - long_width) < 1e-6 and long_width <= width, line
    assert seen > 500  # the quick way was taken, not always declined


def test_the_compiled_bidi_algorithm_is_taken_only_without_mirrored_characters():
    lines = ["المركز: N1-01-00001 — ثانوية الجواهري", "Duty roster — انتخابات 2010",
             "الهاتف 0770-123 UNAMI", "ABC 12-34 علي", *_lines(3000, 23)]
    for line in lines:
        shaped = text.shape(line)
        for base in "RL":
            assert text._bidi(shaped, base) == get_display(shaped, base_dir=base), line
    # brackets mirror in the Python algorithm, not in the compiled one: the long way for them
    shaped = text.shape("بغداد 100521 حكومي (عجلة مدرعة)")
    assert text._bidi(shaped, "R") == get_display(shaped, base_dir="R")
    assert text._bidi(shaped, "R").startswith("(")


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_page_number_made_from_its_pattern_is_the_line_laid_out_whole(lang):
    from reports import fonts, labels
    from reports.pdf.page import PAGE_NUMBER_SIZE, page_number_line

    rtl = lang == "ar"
    for page, pages in ((1, 1), (9, 10), (5, 14300), (14300, 14300), (0, 0), (123456, 7)):
        made = page_number_line(lang, rtl, page, pages)
        whole = text.single_line(labels.label("page_of", lang, page=page, pages=pages),
                                 fonts.REGULAR, PAGE_NUMBER_SIZE, rtl or None)
        assert made is not None
        assert (made.visual, made.rtl) == (whole.visual, whole.rtl)
        assert made.width == pytest.approx(whole.width, abs=1e-9)
    assert page_number_line(lang, rtl, -1, 3) is None  # not a page: laid out whole


def test_numbers_in_a_table_are_laid_out_as_layout_lays_them_out():
    from reports.pdf.table import TableStyle, _column_lines

    style = TableStyle()
    values = ["07812251999", "2100940", 17, "٠٧٨١٢", "12/3/2010", "", None, "1" * 60]
    for width in (float("inf"), 40.0):
        lines = _column_lines(values, style, width, True, {})
        assert lines == [text.layout("" if v is None else str(v), style.font, style.size,
                                     width, True) for v in values]
    assert len(_column_lines(["1" * 60], style, 40.0, True, {})[0]) > 1  # too wide: broken
