"""PDFs read back with poppler: text order, embedded fonts, furniture on every page."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

from desktop.models import Classification
from desktop.storage.database import Database
from reports import catalogue
from reports.documents import sample_letter
from reports.pdf.flowables import RtlParagraph
from reports.pdf.page import Letterhead, PageSetup, render
from reports.pdf.table import Column, RtlTable
from tests.reports.conftest import HEADER, letters, need, normalise, pdf_pages, pdf_text

SEED_SENTENCES = (
    "أقامت المديرية العامة لشرطة محافظة ذي قار مؤتمرا امنيا موسعا لمناقشة خطة حماية مراكز "
    "الاقتراع",
    "وممثل اللواء ( 38 ) من الجيش العراقي",
    "صباح اليوم السبت المصادف 6/2/2010",
)
SETUP = PageSetup(Letterhead(tuple(HEADER.split("\n")), "غرفة العمليات"), date(2010, 2, 6),
                  "ق ش م/ع/7", Classification.SECRET_PERSONAL, title="اختبار")


def _letter(db: Database, world: dict[str, int], tmp_path: Path) -> Path:
    output = tmp_path / "letter.pdf"
    catalogue.get("sample_letter").build(catalogue.BuildRequest(
        db=db, params={"office": world["office"], "date": "2010-02-06"}, output=output))
    return output


def test_letter_text_extracts_in_logical_order(db, world, tmp_path):
    raw = pdf_text(_letter(db, world, tmp_path))
    text = normalise(raw)
    for paragraph in sample_letter.PARAGRAPHS:
        for sentence in re.split(r"[.،]\s", paragraph):
            assert letters(sentence) in letters(raw), sentence
    # pure Arabic keeps its spaces exactly
    assert normalise("أقامت المديرية العامة لشرطة محافظة ذي قار مؤتمراً أمنياً موسعاً") in text
    for label in (sample_letter.SUBJECT, "نسخة منه إلى", "جمهورية العراق", "قيادة شرطة ميسان"):
        assert normalise(label) in text, label
    for label in ("الموضوع / " + sample_letter.SUBJECT, "الصفحة 1 من 1", "22/2/1431", "6/2/2010"):
        assert letters(label) in letters(raw), label
    assert text.count("سري") >= 2  # the classification, top and bottom


def test_seed_sentences_with_digits_extract_in_order(tmp_path):
    output = render(tmp_path / "seed.pdf", SETUP, [RtlParagraph(s) for s in SEED_SENTENCES])
    raw = pdf_text(output)
    for sentence in SEED_SENTENCES:
        assert letters(sentence) in letters(raw), sentence


def test_amiri_is_embedded_and_nothing_else_is_referenced(db, world, tmp_path):
    output = _letter(db, world, tmp_path)
    done = subprocess.run([need("pdffonts"), str(output)], capture_output=True, text=True,
                          check=True)
    rows = done.stdout.splitlines()[2:]
    assert any("Amiri-Regular" in r for r in rows) and any("Amiri-Bold" in r for r in rows)
    for row in rows:
        assert row.split()[-5] == "yes", row  # the "emb" column


def test_metadata_names_title_author_and_arabic_language(db, world, tmp_path):
    output = _letter(db, world, tmp_path)
    assert b"/Lang (ar)" in output.read_bytes()
    info = subprocess.run([need("pdfinfo"), str(output)], capture_output=True, text=True,
                          check=True).stdout
    assert sample_letter.SUBJECT in re.search(r"^Title:\s+(.*)$", info, re.M).group(1)
    assert "غرفة عمليات قيادة شرطة ميسان" in re.search(r"^Author:\s+(.*)$", info, re.M).group(1)


def test_long_paragraph_flows_over_pages_with_furniture_on_each(tmp_path):
    sentences = [f"الجملة رقم {i} من الخطة الأمنية لحماية مراكز الاقتراع في قاطع المسؤولية."
                 for i in range(1, 400)]
    long_text = " ".join(sentences)
    assert len(long_text) >= 20_000
    output = render(tmp_path / "long.pdf", SETUP, [RtlParagraph(long_text)])
    pages = pdf_pages(output)
    assert pages >= 4
    seen = ""
    for page in range(1, pages + 1):
        raw = pdf_text(output, page)
        text = normalise(raw)
        assert letters(f"الصفحة {page} من {pages}") in letters(raw)
        assert text.count("سري وشخصي") == 2
        seen += " " + text
    assert letters(sentences[0]) in letters(seen) and letters(sentences[-1]) in letters(seen)
    order = letters(seen)
    assert order.index(letters("الجملة رقم 1 من")) < order.index(letters("الجملة رقم 200 من")) \
        < order.index(letters("الجملة رقم 399 من"))


def _words_with_x(path: Path, page: int) -> list[tuple[float, str]]:
    done = subprocess.run([need("pdftotext"), "-bbox", "-f", str(page), "-l", str(page),
                           str(path), "-"], capture_output=True, text=True, check=True)
    return [(float(x), word) for x, word in
            re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', done.stdout)]


def test_table_runs_right_to_left_and_repeats_its_header(tmp_path):
    columns = [Column("المنتسب"), Column("القسم"), Column("Phone", fit=True)]
    rows = [[f"المنتسب {i}", f"قسم {i % 7}", f"0770{i:07d}"] for i in range(1, 301)]
    output = render(tmp_path / "table.pdf", SETUP, [RtlTable(columns, rows)])
    pages = pdf_pages(output)
    assert pages >= 3
    for page in range(1, pages + 1):
        text = normalise(pdf_text(output, page))
        assert "المنتسب" in text and "Phone" in text
        words = _words_with_x(output, page)
        # -bbox gives each word as drawn: an Arabic word comes reversed
        first = max(x for x, w in words if normalise(w)[::-1] == "المنتسب")
        phone = max(x for x, w in words if w == "Phone")
        assert first > phone  # the first column stands at the right
    assert "07700000001" in pdf_text(output, 1) and "07700000300" in pdf_text(output, pages)


def test_a_table_row_taller_than_a_page_goes_on_over_the_next(tmp_path):
    remark = " ".join(f"الملاحظة رقم {i} على حماية المركز" for i in range(1, 801))
    rows = [["قبل", "1"], [remark, "2"], ["بعد", "3"]]
    output = render(tmp_path / "tall.pdf", SETUP,
                    [RtlTable([Column("الملاحظات"), Column("ت", fit=True)], rows)])
    pages = pdf_pages(output)
    assert pages >= 3
    seen = letters(pdf_text(output))
    # every sentence of the tall cell is printed once, in order, and the rows around it too
    places = [seen.index(letters(f"الملاحظة رقم {i} على")) for i in (1, 2, 400, 799, 800)]
    assert places == sorted(places)
    assert seen.index(letters("قبل")) < places[0] and seen.index(letters("بعد")) > places[-1]
    for page in range(1, pages + 1):  # the header again on each page the row crosses
        assert "الملاحظات" in normalise(pdf_text(output, page))


def test_fitted_columns_that_are_too_wide_stay_on_the_page(tmp_path):
    columns = [Column("الاسم"), *(Column(f"رقم {i}", fit=True) for i in range(6))]
    rows = [["المنتسب", *("0770123456789012" for _ in range(6))]]
    output = render(tmp_path / "wide.pdf", SETUP, [RtlTable(columns, rows)])
    words = _words_with_x(output, 1)
    digits = sum(ch.isdigit() for _, w in words for ch in w if not w.startswith("رقم"))
    assert digits >= 6 * 16  # every number printed, wrapped if it must, none off the page
    assert all(40 <= x < 595.3 - 40 for x, _ in words)  # inside the margins (42 pt)
    assert any(normalise(w)[::-1] == "المنتسب" for _, w in words)


def test_a_long_letterhead_line_is_set_smaller_not_cut(tmp_path):
    long_line = "المديرية العامة لشرطة محافظة ذي قار - مديرية العمليات المشتركة والتخطيط الأمني"
    setup = PageSetup(Letterhead((long_line, "غرفة العمليات"), "غرفة العمليات"),
                      date(2010, 2, 6), "ق ش م/ع/7", title="اختبار")
    output = render(tmp_path / "head.pdf", setup, [RtlParagraph("نص")])
    assert letters(long_line) in letters(pdf_text(output, 1))
    width = 595.3  # A4
    assert all(0 <= x < width for x, _ in _words_with_x(output, 1))


def test_an_english_letter_keeps_a_quoted_arabic_name_inside_its_line(tmp_path):
    text = "The UNAMI delegation met (at 07:30) the command قيادة شرطة ميسان today"
    output = render(tmp_path / "en.pdf", PageSetup(
        Letterhead(("Republic of Iraq",), "Operations room"), date(2010, 2, 6), "1",
        lang="en", title="test"), [RtlParagraph(text, rtl=None)])
    words = [w for _, w in sorted(_words_with_x(output, 1)) if w in ("The", "today")]
    assert words == ["The", "today"]  # left to right: the sentence starts at the left
    assert "(at 07:30)" in pdf_text(output, 1)
