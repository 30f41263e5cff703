"""Shaping, bidi order and line breaking, without a PDF."""

from __future__ import annotations

import unicodedata

from reports import fonts
from reports.text import layout, shape, single_line

fonts.register()


def test_lam_alef_becomes_one_ligature_and_letters_join():
    shaped = shape("لا إله")
    assert "\ufefb" in shaped  # ARABIC LIGATURE LAM WITH ALEF ISOLATED FORM
    assert all(not ("\u0621" <= ch <= "\u064a") for ch in shaped if ch != " ")


def test_first_line_holds_the_first_words():
    text = "عقد في مقر قيادة شرطة ميسان اجتماع مشترك لقيادة شرطة ميسان ومكتب مفوضية الانتخابات"
    lines = layout(text, fonts.REGULAR, 12, 150)
    assert len(lines) >= 2
    # pure Arabic: the visual line is the logical one reversed
    first = unicodedata.normalize("NFKC", lines[0].visual[::-1])
    last = unicodedata.normalize("NFKC", lines[-1].visual[::-1])
    assert text.startswith(first)
    assert text.endswith(last)
    assert all(line.width <= 150 for line in lines)


def test_numbers_and_latin_keep_their_left_to_right_order():
    line = single_line("وممثل اللواء ( 38 ) وبعثة UNAMI يوم 6/2/2010 الساعة 07:30", fonts.REGULAR,
                       12)
    for run in ("38", "UNAMI", "6/2/2010", "07:30"):
        assert run in line.visual
    # in an RTL line the date comes visually left of the words that precede it logically
    assert line.visual.index("07:30") < line.visual.index("6/2/2010")


def test_pure_latin_text_stays_left_to_right():
    assert single_line("Hello world (test) 123", fonts.REGULAR, 12).visual == \
        "Hello world (test) 123"


def test_brackets_are_never_left_at_a_line_end():
    text = "ممثل اللواء ( 38 ) من الجيش العراقي " * 6
    for width in range(90, 260, 7):
        for line in layout(text, fonts.REGULAR, 12, width):
            assert not line.visual.startswith(")") and not line.visual.endswith("(")
