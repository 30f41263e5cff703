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
from arabic_reshaper.ligatures import SENTENCES_LIGATURES
from bidi import get_display as compiled_display
from bidi.algorithm import get_display
from reportlab.pdfbase.pdfmetrics import stringWidth

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_SPACES = re.compile(r"[ \t\u00a0]+")
# Harakat kept: a name written مُحَمَّد or a word with tanween prints as its author wrote it
# (Amiri's marks carry no advance and sit over the letter before them).
_RESHAPER = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})


class _Settings:
    """The reshaper's settings read once: it asks its configparser for six of them on every
    word it shapes, which took more of a roster's time than the shaping itself."""

    def __init__(self, section: object) -> None:
        self._section = section
        self._flags: dict[str, bool] = {}

    def get(self, key: str, fallback: object = None) -> object:
        return self._section.get(key, fallback)  # type: ignore[attr-defined]

    def getboolean(self, key: str) -> bool:
        flag = self._flags.get(key)
        if flag is None:
            flag = self._flags[key] = bool(self._section.getboolean(key))  # type: ignore
        return flag


_RESHAPER.configuration = _Settings(_RESHAPER.configuration)


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


# Ligatures that join words across spaces (none in the configuration used, but a reshaper
# that made them would not be shaped a word at a time).
_ACROSS_WORDS = tuple(source for _name, (source, _forms) in SENTENCES_LIGATURES
                      if _RESHAPER.reshape(source).count(" ") < source.count(" "))


@lru_cache(maxsize=65536)
def _shape_word(word: str) -> str:
    return _RESHAPER.reshape(word)


@lru_cache(maxsize=65536)
def shape(text: str) -> str:
    """Contextual forms and ligatures, still in logical order.

    A letter joins only its neighbours within a word, so a text is shaped a word at a time and
    each word once: a roster's hundred thousand names are made of a few thousand words.
    """
    if not is_rtl(text):
        return text
    if _ACROSS_WORDS and any(source in text for source in _ACROSS_WORDS):
        return _RESHAPER.reshape(text)
    return " ".join([_shape_word(word) if word else word for word in text.split(" ")])


_ARABIC_WORD, _NUMBER = 1, 2
_NUMBER_WORD = re.compile(r"[0-9]+(?:[/:.,][0-9]+)*")  # common separators stay inside a number


def _bidi_class(kinds: tuple[str, ...]) -> str:
    chars = (chr(c) for block in ((0x0600, 0x0900), (0xFB1D, 0xFE00), (0xFE70, 0xFF00))
             for c in range(*block))
    return "".join(re.escape(ch) for ch in chars if unicodedata.bidirectional(ch) in kinds)


_ARABIC = _bidi_class(("AL",))
_ARABIC_WORD_RE = re.compile(f"[{_ARABIC}][{_ARABIC}{_bidi_class(('NSM',))}]*")


def _word_kind(word: str) -> int:
    """Whether a word is all Arabic letters (marks after a letter included), or an ASCII
    number whose separators are common separators (CS), or neither (0)."""
    if _ARABIC_WORD_RE.fullmatch(word):
        return _ARABIC_WORD
    if _NUMBER_WORD.fullmatch(word):
        return _NUMBER
    return 0


def _simple_rtl(shaped_line: str) -> str | None:
    """The drawing order of a right-to-left line of Arabic words and plain numbers, without the
    full bidi algorithm: the words in reverse, each Arabic word reversed, each number kept.

    Numbers after Arabic letters are Arabic numbers (W2), a common separator between two of
    them joins them (W4), and a space between numbers or letters resolves right to left (N1):
    so each number is one left-to-right run, and everything else reads right to left. Any
    other line (brackets, Latin, a dash in a number) goes through the algorithm.
    """
    words = shaped_line.split(" ")
    out = []
    for word in reversed(words):
        kind = _word_kind(word)
        if kind == _ARABIC_WORD:
            out.append(word[::-1])
        elif kind == _NUMBER:
            out.append(word)
        else:
            return None
    return " ".join(out)


_MIRRORED = re.compile("[" + "".join(re.escape(chr(c)) for c in range(0x10000)
                                     if unicodedata.mirrored(chr(c))) + "]")


@lru_cache(maxsize=65536)
def _bidi(shaped_line: str, base: str) -> str:
    """The bidi algorithm: python-bidi's compiled one (some twenty times quicker) where the
    line holds no character that mirrors, its Python one (which mirrors brackets, the
    compiled one does not) where it does."""
    if _MIRRORED.search(shaped_line) is None:
        return compiled_display(shaped_line, base_dir=base)
    return get_display(shaped_line, base_dir=base)


def visual(shaped_line: str, rtl: bool) -> str:
    """One line in drawing order, by the bidi algorithm with the paragraph's direction."""
    if not is_rtl(shaped_line):
        if not rtl or _word_kind(shaped_line) == _NUMBER or shaped_line == "":
            return shaped_line
    elif rtl:
        simple = _simple_rtl(shaped_line)
        if simple is not None:
            return simple
    return _bidi(shaped_line, "R" if rtl else "L")


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
def _drawn_word(word: str, font: str, size: float) -> tuple[str, float] | None:
    """An Arabic word shaped, in drawing order, and its width; None for any other word."""
    shaped = _shape_word(word)
    if _word_kind(shaped) != _ARABIC_WORD:
        return None
    return shaped[::-1], stringWidth(shaped, font, size)


def _words_line(text: str, font: str, size: float, width: float) -> Line | None:
    """A right-to-left line of Arabic words only (a name, a rank, a unit) that fits, laid out
    from its words, each shaped and measured once for the document: what ``_simple_rtl``
    makes of it, without shaping and measuring the whole line again. None for any other."""
    drawn = []
    used = 0.0
    for word in _SPACES.sub(" ", text.strip()).split(" "):
        found = _drawn_word(word, font, size) if word else None
        if found is None:
            return None
        drawn.append(found[0])
        used += found[1]
    used += (len(drawn) - 1) * stringWidth(" ", font, size)
    if used > width:
        return None
    drawn.reverse()
    return Line(" ".join(drawn), used, True, True)


@lru_cache(maxsize=65536)
def layout(text: str, font: str, size: float, width: float,
           rtl: bool | None = None) -> tuple[Line, ...]:
    """The lines of a paragraph (hard breaks kept), first line first, each in visual order.

    ``rtl`` None means: the direction of the text's first strong letter.
    """
    direction = starts_rtl(text) if rtl is None else rtl
    if text.isascii() and (text.isdigit() or _word_kind(text) == _NUMBER):  # a number,
        # a date, a phone
        number_width = stringWidth(text, font, size)
        if number_width <= width:
            return (Line(text, number_width, True, direction),)
    if direction and "\n" not in text and not _ACROSS_WORDS:
        words = _words_line(text, font, size, width)
        if words is not None:
            return (words,)
    result: list[Line] = []
    for hard_line in text.split("\n"):
        shaped = shape(_SPACES.sub(" ", hard_line.strip()))
        shaped_width = stringWidth(shaped, font, size)
        if shaped_width <= width:  # most cells and short lines: one piece
            # the same glyphs reordered (mirrored brackets are as wide): measured once
            result.append(Line(visual(shaped, direction), shaped_width, True, direction))
            continue
        pieces = _wrap_logical(shaped, font, size, width)
        for number, logical in enumerate(pieces, 1):
            drawn = visual(logical, direction)
            result.append(Line(drawn, stringWidth(drawn, font, size), number == len(pieces),
                               direction))
    return tuple(result)


@lru_cache(maxsize=4096)
def single_line(text: str, font: str, size: float, rtl: bool | None = None) -> Line:
    """A short label that is never wrapped (headers, page numbers, table titles)."""
    direction = starts_rtl(text) if rtl is None else rtl
    drawn = visual(shape(_SPACES.sub(" ", text.strip())), direction)
    return Line(drawn, stringWidth(drawn, font, size), rtl=direction)
