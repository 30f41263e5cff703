"""Text drawn straight into a page's content stream, each distinct string encoded once.

A roster's page holds some four hundred cells, and most of them say what other cells say (a
rank, a unit, a centre, a shift). Reportlab's text object maps every string to the embedded
font's subsets again each time it is drawn; ``Glyphs`` keeps that mapping per document (a
character's code in a subset never changes once given) and writes the text operators itself,
which is how reportlab's own documentation says a dynamic font is drawn.
"""

from __future__ import annotations

from itertools import groupby
from weakref import WeakKeyDictionary

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

# per document, per font: a line's operators, each run as (subset's PDF name, "(…) Tj")
_Runs = tuple[tuple[str, str], ...]


class Unknown(Exception):
    """A character the document's subsets have not met yet (``str.translate`` passes any
    ``LookupError`` over in silence, so it is not one)."""


class _Table(dict[int, str]):
    """A character's code (or its subset's mark), for ``str.translate``: one that is missing
    stops the translation rather than being left as it is."""

    def __missing__(self, key: int) -> str:
        raise Unknown


class _Font:
    """One font's encodings in one document: each character's subset and its code there,
    as translation tables, so a line is encoded by ``str.translate`` in one pass."""

    def __init__(self) -> None:
        self.runs: dict[str, _Runs] = {}
        self.codes = _Table()  # a character's code in its subset, escaped
        self.marks = _Table()  # a character's subset, as one character: its index
        self.names: list[str] = []  # the subsets' PDF names, by index


_DOCUMENTS: WeakKeyDictionary[object, dict[str, _Font]] = WeakKeyDictionary()
_NO_FONT = _Font()  # before a font is set: nothing is drawn then


class Glyphs:
    """Collects the text of one drawing (a page of a table) and writes it as one text object.

    ``add`` takes a line already shaped and in visual order, with its left end and baseline in
    the canvas's current coordinates; ``draw`` writes them all, in the order added (the order
    text extraction reads them in).
    """

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self._doc = canvas._doc
        fonts = _DOCUMENTS.get(self._doc)
        if fonts is None:
            fonts = _DOCUMENTS[self._doc] = {}
        self._fonts = fonts
        self._encoding = _NO_FONT  # until ``font`` names one
        self._runs: dict[str, _Runs] = _NO_FONT.runs
        self._code: list[str] = ["BT"]
        self._font = ""
        self._size_text = ""
        self._current = ""  # the subset last set

    def font(self, name: str, size: float) -> None:
        self._font, self._size_text = name, fp_str(size)
        encoding = self._fonts.get(name)
        if encoding is None:
            encoding = self._fonts[name] = _Font()
        self._encoding, self._runs = encoding, encoding.runs
        self._current = ""

    def _learn(self, visual: str) -> None:
        """The characters of ``visual`` the document has not met, given their codes by the
        font (``splitString`` assigns a character its subset and code for good)."""
        font, doc, encoding = getFont(self._font), self._doc, self._encoding
        for ch in set(visual) - {chr(c) for c in encoding.codes}:
            ((subset, chunk),) = font.splitString(ch, doc)
            name = font.getSubsetInternalName(subset, doc)
            if name not in encoding.names:
                encoding.names.append(name)
            encoding.codes[ord(ch)] = escapePDF(chunk)
            encoding.marks[ord(ch)] = chr(encoding.names.index(name))

    def _encode(self, visual: str, keep: bool = True) -> _Runs:
        """A line's runs, from each character's subset and code."""
        if not visual:
            return ()
        encoding = self._encoding
        try:
            codes = visual.translate(encoding.codes)
        except Unknown:
            self._learn(visual)
            codes = visual.translate(encoding.codes)
        names = encoding.names
        if len(names) == 1:  # every character of the font so far in its first subset
            runs: _Runs = ((names[0], f"({codes}) Tj"),)
        else:
            marks = visual.translate(encoding.marks)
            if marks.count(marks[0]) == len(marks):
                runs = ((names[ord(marks[0])], f"({codes}) Tj"),)
            else:
                table = encoding.codes
                runs = tuple((names[ord(mark)], f"({''.join(table[ord(c)] for c in group)}) Tj")
                             for mark, group in _groups(visual, marks))
        if keep:
            self._runs[visual] = runs
        return runs

    def encoding(self, font: str) -> _Font:
        """``font``'s encodings in this document (what ``runs`` encodes with), for a caller
        that writes a line's codes itself; its tables raise ``Unknown`` for a character not
        met yet, which ``runs`` then learns."""
        encoding = self._fonts.get(font)
        if encoding is None:
            encoding = self._fonts[font] = _Font()
        return encoding

    def runs(self, font: str, visual: str, keep: bool = True) -> _Runs:
        """A line's runs in ``font``: (each subset's PDF name, its "(…) Tj"), in order; kept
        for the document unless ``keep`` is False (a name, a phone: met once)."""
        if font != self._font:
            self.font(font, 0.0)
        return self._runs.get(visual) or self._encode(visual, keep)

    def add(self, visual: str, x: str, y: str) -> None:
        """One line at its left end ``x`` and baseline ``y``, given formatted (a table formats
        a column's places and a row's baselines once)."""
        runs = self._runs.get(visual) or self._encode(visual)
        if len(runs) == 1 and runs[0][0] == self._current:  # the usual case: one run
            self._code.append(f"1 0 0 1 {x} {y} Tm {runs[0][1]}")
            return
        code = self._code
        code.append(f"1 0 0 1 {x} {y} Tm")
        for subset, shown in runs:
            if subset != self._current:
                code.append(f"{subset} {self._size_text} Tf")
                self._current = subset
            code.append(shown)

    def draw(self) -> None:
        self._code.append("ET")
        self.canvas.addLiteral("\n".join(self._code))
        self._code = ["BT"]
        self._current = ""


def _groups(visual: str, marks: str) -> list[tuple[str, str]]:
    """``visual`` cut where its characters' subset changes: (the subset's mark, the piece)."""
    pieces, start = [], 0
    for mark, group in groupby(range(len(visual)), key=marks.__getitem__):
        end = start + len(list(group))
        pieces.append((mark, visual[start:end]))
        start = end
    return pieces


def draw_string(canvas: Canvas, x: float, y: float, visual: str) -> None:
    """``canvas.drawString`` in the canvas's font for a line already shaped and in visual
    order, through the document's encodings: reportlab maps the string to the font's subsets
    again on every call, which a roster's headings and page furniture make thousands of."""
    if not visual:
        return
    if not isinstance(getFont(canvas._fontname), TTFont):
        canvas.drawString(x, y, visual)
        return
    text = Glyphs(canvas)
    text.font(canvas._fontname, canvas._fontsize)
    text.add(visual, fp_str(x), fp_str(y))
    text.draw()
