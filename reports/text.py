"""Arabic that reads right: shaping, the bidi algorithm and line breaking for reportlab.

Order matters. Text is shaped in logical order (joined letters, lam-alef ligatures), broken
into lines in logical order, measured with the shaped glyphs' widths, and only then is each
line put into visual order by the Unicode bidi algorithm. Breaking visual text would put the
first line of a paragraph at the bottom.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import arabic_reshaper
from bidi.algorithm import get_display
from reportlab.pdfbase.pdfmetrics import stringWidth

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_SPACES = re.compile(r"[ \t\u00a0]+")
# Harakat kept: a name written مُحَمَّد or a word with tanween prints as its author wrote it
# (Amiri's marks carry no advance and sit over the letter before them).
_RESHAPER = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})


@dataclass(frozen=True, slots=True)
class Line:
    """One laid-out line: the glyphs in drawing (visual) order and their width in points."""

    visual: str
    width: float
    last: bool = True  # the last line of its paragraph: never stretched when justifying
    rtl: bool = True  # the paragraph's direction: where a short or last line stands


def is_rtl(text: str) -> bool:
    """Whether the text holds any Arabic (or Hebrew) letter, and so needs shaping and bidi."""
    return _RTL.search(text) is not None


def starts_rtl(text: str) -> bool:
    """The paragraph direction of the bidi algorithm (rules P2, P3): its first strong letter.

    An English sentence that quotes an Arabic name stays left to right; an Arabic one that
    opens with «UNAMI» would too, so documents pass their own direction where they know it.
    """
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


@lru_cache(maxsize=65536)
def shape(text: str) -> str:
    """Contextual forms and ligatures, still in logical order."""
    return _RESHAPER.reshape(text) if is_rtl(text) else text


def visual(shaped_line: str, rtl: bool) -> str:
    """One line in drawing order, by the bidi algorithm with the paragraph's direction."""
    if not rtl and not is_rtl(shaped_line):
        return shaped_line
    return get_display(shaped_line, base_dir="R" if rtl else "L")


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    """A word wider than the line (a long number, a URL) is cut where it must be."""
    pieces, current = [], ""
    for ch in word:
        if current and stringWidth(current + ch, font, size) > width:
            pieces.append(current)
            current = ch
        else:
            current += ch
    if current:
        pieces.append(current)
    return pieces


_OPENING = frozenset("([{«\"")
_CLOSING = frozenset(")]}».,،؛:!?\"")


def _tokens(shaped: str) -> list[str]:
    """Words, with a lone bracket or stop glued to its neighbour so ``( 38 )`` never breaks."""
    tokens: list[str] = []
    glue_next = False
    for word in shaped.split(" "):
        if not word:
            continue
        if tokens and (glue_next or (len(word) == 1 and word in _CLOSING)):
            tokens[-1] += " " + word
        else:
            tokens.append(word)
        glue_next = len(word) == 1 and word in _OPENING
    return tokens


def _wrap_logical(shaped: str, font: str, size: float, width: float) -> list[str]:
    space = stringWidth(" ", font, size)
    lines: list[str] = []
    words: list[str] = []
    used = 0.0
    for word in _tokens(shaped):
        w = stringWidth(word, font, size)
        if words and used + space + w > width:
            lines.append(" ".join(words))
            words, used = [], 0.0
        if w > width:
            pieces = _break_word(word, font, size, width)
            lines.extend(pieces[:-1])
            word = pieces[-1]
            w = stringWidth(word, font, size)
        used = used + space + w if words else w
        words.append(word)
    lines.append(" ".join(words))
    return lines


@lru_cache(maxsize=65536)
def layout(text: str, font: str, size: float, width: float,
           rtl: bool | None = None) -> tuple[Line, ...]:
    """The lines of a paragraph (hard breaks kept), first line first, each in visual order.

    ``rtl`` None means: the direction of the text's first strong letter.
    """
    direction = starts_rtl(text) if rtl is None else rtl
    result: list[Line] = []
    for hard_line in text.split("\n"):
        shaped = shape(_SPACES.sub(" ", hard_line.strip()))
        pieces = _wrap_logical(shaped, font, size, width)
        for number, logical in enumerate(pieces, 1):
            drawn = visual(logical, direction)
            result.append(Line(drawn, stringWidth(drawn, font, size), number == len(pieces),
                               direction))
    return tuple(result)


def single_line(text: str, font: str, size: float, rtl: bool | None = None) -> Line:
    """A short label that is never wrapped (headers, page numbers, table titles)."""
    direction = starts_rtl(text) if rtl is None else rtl
    drawn = visual(shape(_SPACES.sub(" ", text.strip())), direction)
    return Line(drawn, stringWidth(drawn, font, size), rtl=direction)
